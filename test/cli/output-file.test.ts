// -o never destroys an input, and never leaves a half-written or emptied file: it refuses a path that is (or would
// become) an input, and writes through a temporary file renamed into place when the run ends.
import { spawn } from 'node:child_process';
import { cpSync, linkSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REPO, runCli } from './run-cli.js';

const SEED = join(REPO, 'seeds', readdirSync(join(REPO, 'seeds')).filter((n) => n.endsWith('.txt')).sort()[0]!);
const OLD = 'old output\n';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'policy-cli-out-'));
  cpSync(SEED, join(dir, 'c.txt'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const bytes = (path: string) => readFileSync(path);
const temporaries = (folder: string) => readdirSync(folder).filter((n) => n.endsWith('.tmp'));

describe('-o onto an input is a usage error, and the input stays as it was', () => {
  const cases: [string, (d: string) => string][] = [
    ['the same path', () => 'c.txt'],
    ['./ in front', () => './c.txt'],
    ['through the parent folder', (d) => `../${d.split('/').pop()!}/c.txt`],
    ['a symbolic link to it', (d) => (symlinkSync('c.txt', join(d, 'link.txt')), 'link.txt')],
    ['a hard link to it', (d) => (linkSync(join(d, 'c.txt'), join(d, 'hard.csv')), 'hard.csv')],
  ];
  it.each(cases)('%s', (_name, outputOf) => {
    const output = outputOf(dir);
    const before = bytes(join(dir, 'c.txt'));
    const result = runCli(['segment', 'c.txt', '-o', output], { cwd: dir });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`policy-cli: -o ${output}: is the input c.txt; writing it would destroy it\n`);
    expect(result.stdout).toBe('');
    expect(bytes(join(dir, 'c.txt'))).toEqual(before);
    expect(temporaries(dir)).toEqual([]);
  });
});

describe('-o inside an input directory', () => {
  it('is refused when its ending is one the run reads (.txt): the next run would read it', () => {
    mkdirSync(join(dir, 'in'));
    cpSync(SEED, join(dir, 'in', 'a.txt'));
    const result = runCli(['segment', 'in', '-o', 'in/out.txt'], { cwd: dir });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('policy-cli: -o in/out.txt: lies in the input directory in and ends with .txt, so the next run would read it as input\n');
    expect(readdirSync(join(dir, 'in'))).toEqual(['a.txt']);
  });

  it('is refused for an ending named by --ext', () => {
    mkdirSync(join(dir, 'in'));
    cpSync(SEED, join(dir, 'in', 'a.txt'));
    const result = runCli(['segment', 'in', '--ext', '.txt,.csv', '-o', 'in/out.csv'], { cwd: dir });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^policy-cli: -o in\/out\.csv: lies in the input directory in and ends with \.csv/);
  });

  it('works for another ending (.csv), and the csv is not read as input on the next run', () => {
    mkdirSync(join(dir, 'in'));
    cpSync(SEED, join(dir, 'in', 'a.txt'));
    const first = runCli(['docs', 'in', '-o', 'in/out.csv'], { cwd: dir });
    expect(first.status).toBe(0);
    const once = readFileSync(join(dir, 'in', 'out.csv'), 'utf8');
    const second = runCli(['docs', 'in', '-o', 'in/out.csv'], { cwd: dir });
    expect(second.status).toBe(0);
    expect(readFileSync(join(dir, 'in', 'out.csv'), 'utf8')).toBe(once);
    expect(once).not.toMatch(/out\.csv/);
    expect(temporaries(join(dir, 'in'))).toEqual([]);
  });
});

describe('an existing -o file', () => {
  it('stays as it was after a usage error (a bad --place)', () => {
    writeFileSync(join(dir, 'out.csv'), OLD);
    const result = runCli(['segment', 'c.txt', '--place', '没有这个地方', '-o', 'out.csv'], { cwd: dir });
    expect(result.status).toBe(2);
    expect(readFileSync(join(dir, 'out.csv'), 'utf8')).toBe(OLD);
    expect(temporaries(dir)).toEqual([]);
  });

  it('stays as it was when --strict stops the run at an input that fails after a good one; no temporary file is left', () => {
    writeFileSync(join(dir, 'out.csv'), OLD);
    writeFileSync(join(dir, 'empty.txt'), ''); // listed fine, fails when read, after c.txt
    for (const command of ['segment', 'keywords']) {
      const result = runCli([command, 'c.txt', 'empty.txt', '--strict', '-j1', '-o', 'out.csv'], { cwd: dir });
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/empty\.txt/);
      expect(readFileSync(join(dir, 'out.csv'), 'utf8')).toBe(OLD);
      expect(temporaries(dir)).toEqual([]);
    }
  });

  it('is replaced by a run that ends, also when an input failed (exit 1), keeping its mode', () => {
    writeFileSync(join(dir, 'out.csv'), OLD, { mode: 0o600 });
    writeFileSync(join(dir, 'empty.txt'), '');
    const result = runCli(['docs', 'c.txt', 'empty.txt', '-o', 'out.csv'], { cwd: dir });
    expect(result.status).toBe(1);
    const text = readFileSync(join(dir, 'out.csv'), 'utf8');
    expect(text).toMatch(/^doc,article,/);
    expect(text).toMatch(/\nc\.txt,1,/);
    expect(statSync(join(dir, 'out.csv')).mode & 0o777).toBe(0o600);
    expect(temporaries(dir)).toEqual([]);
  });

  it('is replaced through a symbolic link: the link stays and its target gets the output', () => {
    writeFileSync(join(dir, 'real.csv'), OLD);
    symlinkSync('real.csv', join(dir, 'link.csv'));
    expect(runCli(['docs', 'c.txt', '-o', 'link.csv'], { cwd: dir }).status).toBe(0);
    expect(readFileSync(join(dir, 'real.csv'), 'utf8')).toMatch(/^doc,article,/);
    expect(readFileSync(join(dir, 'link.csv'), 'utf8')).toMatch(/^doc,article,/);
  });
});

describe('an interrupted run', () => {
  it('SIGTERM leaves no temporary file and the old output unchanged', async () => {
    const corpus = join(dir, 'many');
    // Big enough that the run goes on well past the kill on a fast, quiet machine (60 copies ended within a second).
    for (let i = 0; i < 240; i++) cpSync(join(REPO, 'seeds'), join(corpus, `copy${i}`), { recursive: true });
    writeFileSync(join(dir, 'out.csv'), OLD);
    const child = spawn(process.execPath, [join(REPO, 'bin/policy-cli.js'), 'keywords', 'many', '-j1', '--no-progress', '-o', 'out.csv'], {
      cwd: dir,
      stdio: 'ignore',
    });
    const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
      child.on('exit', (code, signal) => done({ code, signal })),
    );
    // Killed soon after it began writing (through its temporary file, since the fix).
    const start = Date.now();
    while (temporaries(dir).length === 0 && child.exitCode === null && Date.now() - start < 20_000) await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => setTimeout(r, 300));
    const during = temporaries(dir);
    child.kill('SIGTERM');
    const { code, signal } = await ended;
    expect(during).toHaveLength(1); // the run was still writing when killed
    expect(code === null ? signal : code).toBe('SIGTERM');
    expect(readFileSync(join(dir, 'out.csv'), 'utf8')).toBe(OLD);
    expect(temporaries(dir)).toEqual([]);
  }, 30_000);
});
