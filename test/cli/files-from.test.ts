// --files-from end to end: `find … | policy-cli … --files-from -`, NUL-separated lists, a list file with CRLF and a
// missing path, and the usage errors.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { jsonl, REPO, runCli, withoutEngineNotice } from './run-cli.js';

vi.setConfig({ testTimeout: 90_000 });

const BIN = join(REPO, 'bin/policy-cli.js');
const dir = mkdtempSync(join(tmpdir(), 'policy-cli-files-from-'));
mkdirSync(join(dir, 'a'));
mkdirSync(join(dir, 'b b'));
const seeds = readdirSync(join(REPO, 'seeds')).filter((name) => name.endsWith('.txt')).sort();
copyFileSync(join(REPO, 'seeds', seeds[0]!), join(dir, 'a', 'one.txt'));
copyFileSync(join(REPO, 'seeds', seeds[1]!), join(dir, 'b b', 'two words.txt'));
writeFileSync(join(dir, 'a', 'skip.md'), '# 不在列表里\n正文。\n');

function shell(script: string) {
  const result = spawnSync('sh', ['-c', script], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: result.status, stdout: result.stdout, stderr: withoutEngineNotice(result.stderr) };
}

const docsOf = (stdout: string) => [...new Set(jsonl(stdout).map((r) => r.doc))];

describe('--files-from', () => {
  it('reads the paths find prints, one a line, relative to the current directory', () => {
    const result = shell(`find . -name '*.txt' | sort | node '${BIN}' docs --files-from - -f jsonl -j 1`);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(docsOf(result.stdout)).toEqual(['./a/one.txt', './b b/two words.txt']);
  });

  it('reads NUL-separated paths (find -print0)', () => {
    const result = shell(`find . -name '*.txt' -print0 | node '${BIN}' docs --files-from - -f jsonl -j 1`);
    expect(result.status).toBe(0);
    expect(docsOf(result.stdout)).toEqual(['./a/one.txt', './b b/two words.txt']);
  });

  it('adds a list file (CRLF, blank lines) to the inputs given, and names a missing listed file, exit 1', () => {
    writeFileSync(join(dir, 'list.txt'), 'b b/two words.txt\r\n\r\nmissing.txt\r\n');
    const result = runCli(['docs', 'a/one.txt', '--files-from', 'list.txt', '-f', 'jsonl', '-j', '1'], { cwd: dir });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('policy-cli: missing.txt: no such file or directory\n');
    expect(docsOf(result.stdout)).toEqual(['a/one.txt', 'b b/two words.txt']);
  });

  it.each([
    [['docs', '-', '--files-from', '-'], /--files-from - and the input - both read standard input/],
    [['docs', '--files-from', 'no-list.txt'], /--files-from no-list.txt: no such file/],
  ])('is a usage error: %j', (args, message) => {
    const result = runCli(args, { cwd: dir, input: 'a/one.txt\n' });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it('reads nothing, and not standard input, from an empty list', () => {
    const result = shell(`find . -name '*.none' | node '${BIN}' docs --files-from - -f jsonl -j 1`);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
  });

  it('is offered by every command that reads inputs', () => {
    for (const command of ['keywords', 'numbers', 'entities', 'officials', 'docs', 'kwic', 'compare', 'idf', 'segment', 'eval']) {
      expect(runCli([command, '--help']).stdout, command).toContain('--files-from <file>');
    }
  });
});
