// Issue 7: a folder of good and bad files gives, for the good files, exactly the rows they give alone, one stderr line
// per bad file (`policy-cli: <file>: <reason>`), exit code 1; --strict stops at the first bad file.
// Build first (`npx tsc -p .`, or `npm test`, which builds): these tests spawn bin/policy-cli.js.
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { cellText } from '../../src/output/guard.js';
import type { CliResult } from '../cli/run-cli.js';
import { jsonl } from '../cli/run-cli.js';
import { makeFixture, type Fixture } from './fixtures.js';
import { runAll, runCliAsync } from './run-cli-async.js';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 300_000 });

/** Every command, with the arguments it needs besides the inputs. */
const COMMANDS: string[][] = [
  ['keywords'],
  ['numbers'],
  ['entities'],
  ['officials'],
  ['meetings'],
  ['places'],
  ['slogans'],
  ['docs'],
  ['segment'],
  ['idf'],
  ['compare', '--by', 'doc'],
  ['kwic', '会议'],
];
const MISSING = 'no such dir/does-not-exist.txt';
/** idf writes a file format of its own and offers no --format. */
const formatOf = (command: string[]) => (command[0] === 'idf' ? [] : ['-f', 'jsonl']);

let root: string;
let fx: Fixture;
const mixed = new Map<string, CliResult>();
const alone = new Map<string, CliResult>();

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'policy-cli-robust-'));
  fx = makeFixture(root);
  const calls: Array<[string[]]> = [];
  for (const command of COMMANDS) {
    // The folder with everything, a directory named x.txt and a missing path, over two worker threads…
    calls.push([[...command, fx.mixedDir, join(fx.mixedDir, 'x.txt'), join(root, MISSING), ...formatOf(command), '-j', '2']]);
    // …against the good files alone, named one by one in reverse order, in this thread.
    const goods = fx.goodNames.map((n) => join(fx.mixedDir, n)).reverse();
    calls.push([[...command, ...formatOf(command), '-j', '1', '--', ...goods]]);
  }
  const results = await runAll(calls);
  COMMANDS.forEach((command, i) => {
    mixed.set(command[0]!, results[2 * i]!);
    alone.set(command[0]!, results[2 * i + 1]!);
  });
});

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

function expectedErrors(): Array<{ doc: string; reason: RegExp }> {
  return [
    ...fx.bad.map((b) => ({ doc: join(fx.mixedDir, b.name), reason: b.reason })),
    { doc: join(fx.mixedDir, 'x.txt'), reason: /^directory has no matching files \(\.txt, \.md, \.jsonl, \.html, \.htm\)$/ },
    { doc: join(root, MISSING), reason: /^no such file or directory$/ },
  ];
}

describe.each(COMMANDS.map((c) => [c[0]!]))('%s over a folder of good and bad files', (name) => {
  it('gives exactly the rows of the good files alone', () => {
    const good = alone.get(name)!;
    expect(good.stderr).toBe('');
    expect(good.status).toBe(0);
    expect(good.stdout.length).toBeGreaterThan(0);
    expect(mixed.get(name)!.stdout).toBe(good.stdout);
  });

  it('says on one stderr line per bad file what it skipped and why, and exits 1', () => {
    const result = mixed.get(name)!;
    expect(result.status).toBe(1);
    const lines = result.stderr.split('\n').filter(Boolean);
    const expected = expectedErrors();
    expect(lines).toHaveLength(expected.length);
    for (const { doc, reason } of expected) {
      const prefix = `policy-cli: ${doc}: `;
      const line = lines.find((l) => l.startsWith(prefix));
      expect(line, `no line for ${doc}`).toBeDefined();
      expect(line!.slice(prefix.length)).toMatch(reason);
    }
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });
});

describe('rows of the good files', () => {
  it('reads every good file, whatever its encoding or name', () => {
    const docs = jsonl(alone.get('docs')!.stdout);
    const read = new Set(docs.map((r) => r.doc));
    for (const n of fx.goodNames) expect(read).toContain(join(fx.mixedDir, n));
    // UTF-16 without a BOM and GB18030 come out as the same articles as the UTF-8 seeds.
    const titles = docs.map((r) => r.title as string);
    expect(titles.some((t) => t.length > 0)).toBe(true);
    expect(alone.get('docs')!.stdout).not.toContain('\uFFFD');
  });
});

describe('--strict', () => {
  it('stops at the first bad file, with one line and exit 1', async () => {
    const result = await runCliAsync(['docs', '--strict', fx.mixedDir, '-f', 'jsonl', '-j', '1']);
    expect(result.status).toBe(1);
    expect(result.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(result.stderr).toMatch(/^policy-cli: .+: .+\n$/);
  });

  it('stops at a file that cannot be decoded after the rows of the files before it', async () => {
    const [png, page] = [join(fx.mixedDir, 'image.txt'), join(fx.mixedDir, 'gbk page.txt')];
    const result = await runCliAsync(['docs', '--strict', '-f', 'jsonl', '-j', '1', png, page]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`policy-cli: ${png}: binary file (a PNG image), not text\n`);
    // Sorted order: `gbk page.txt` comes before `image.txt`, so its rows are complete.
    const docs = new Set(jsonl(result.stdout).map((r) => r.doc));
    expect([...docs]).toEqual([page]);
  });
});

describe('file names', () => {
  it('reads a file whose name starts with - after -- or as ./-name', async () => {
    const [afterDashes, dotted, bare] = await runAll([
      [['docs', '-f', 'jsonl', '-j', '1', '--', '-lead.txt'], { cwd: fx.goodDir }],
      [['docs', '-f', 'jsonl', '-j', '1', './-lead.txt'], { cwd: fx.goodDir }],
      [['docs', '-f', 'jsonl', '-j', '1', '-lead.txt'], { cwd: fx.goodDir }],
    ]);
    expect(afterDashes!.status).toBe(0);
    expect(dotted!.status).toBe(0);
    const strip = (out: string) => jsonl(out).map(({ doc: _doc, ...rest }) => rest);
    expect(strip(afterDashes!.stdout)).toEqual(strip(dotted!.stdout));
    expect(jsonl(afterDashes!.stdout)[0]!.doc).toBe('-lead.txt');
    // Bare, it is an option: a usage error (exit 2), not a crash.
    expect(bare!.status).toBe(2);
    expect(bare!.stderr).toMatch(/unknown option '-lead\.txt'/);
  });
});

describe('the same output whatever the order, --jobs or run', () => {
  it.each([['entities'], ['keywords'], ['docs']])('%s', async (command) => {
    const goods = fx.goodNames.map((n) => join(fx.goodDir, n));
    const runs = await runAll([
      [[command, '-f', 'jsonl', '-j', '1', '--', ...goods]],
      [[command, '-f', 'jsonl', '-j', '3', '--', ...[...goods].reverse()]],
      [[command, '-f', 'jsonl', '-j', '2', fx.goodDir]],
    ]);
    for (const run of runs) expect(run.status).toBe(0);
    const docsOf = (out: string) => out.replaceAll(`${fx.goodDir}/`, '');
    expect(docsOf(runs[1]!.stdout)).toBe(docsOf(runs[0]!.stdout));
    expect(docsOf(runs[2]!.stdout)).toBe(docsOf(runs[0]!.stdout));
  });
});

describe('CSV and TSV carry every cell through', () => {
  it.each([['entities'], ['numbers'], ['kwic', '会议'], ['segment']])('%s: csv-parse and TSV give back the JSON cells', async (...command) => {
    const base = [...command, join(fx.goodDir, 'quotes, commas and emoji.txt'), join(fx.goodDir, '潍坊 日报.txt'), '-j', '1'];
    const [json, csv, tsv] = await runAll([[[...base, '-f', 'jsonl']], [[...base, '-f', 'csv']], [[...base, '-f', 'tsv']]]);
    const rows = jsonl(json!.stdout);
    expect(rows.length).toBeGreaterThan(0);
    const records = parse(csv!.stdout) as string[][];
    const columns = records[0]!;
    expect(records).toHaveLength(rows.length + 1);
    const tsvLines = tsv!.stdout.split('\n');
    expect(tsvLines.pop()).toBe('');
    expect(tsvLines).toHaveLength(rows.length + 1);
    const unescape = (s: string) => s.replace(/\\([tnr\\])/g, (_, c: string) => ({ t: '\t', n: '\n', r: '\r', '\\': '\\' })[c]!);
    rows.forEach((row, r) => {
      const fields = tsvLines[r + 1]!.split('\t').map(unescape);
      columns.forEach((column, c) => {
        const cell = row[column] as string | number | boolean | null;
        const expected = cell !== null && typeof cell === 'object' ? JSON.stringify(cell) : cellText(cell);
        expect(records[r + 1]![c]).toBe(expected);
        expect(fields[c]).toBe(expected);
        if (typeof cell === 'number') expect(Number(records[r + 1]![c])).toBe(cell);
      });
    });
    // The awkward text did reach the output.
    const reached: Record<string, RegExp> = { entities: /潍坊/, numbers: /5\.5%/, kwic: /"稳中求进"|引进项目1,200个/, segment: /😀/ };
    expect(csv!.stdout).toMatch(reached[command[0]!]!);
  });

  it('guards text that starts like a formula, never a number', async () => {
    const file = join(fx.goodDir, 'quotes, commas and emoji.txt');
    const [csv, json] = await runAll([[['numbers', file, '--kind', 'all', '-f', 'csv', '-j', '1']], [['numbers', file, '--kind', 'all', '-f', 'jsonl', '-j', '1']]]);
    const records = parse(csv!.stdout, { columns: true }) as Record<string, string>[];
    const rows = jsonl(json!.stdout);
    // The line that starts with =SUM(A1): its context is text, guarded in CSV, as printed in JSON.
    const formula = rows.findIndex((r) => (r.context as string).startsWith('=SUM(A1)'));
    expect(formula).toBeGreaterThanOrEqual(0);
    expect(records[formula]!.context).toBe(`'${rows[formula]!.context as string}`);
    // Figures stay plain numbers.
    const growth = rows.findIndex((r) => r.text === '5.5%');
    expect(records[growth]!.value).toBe('5.5');
    for (const record of records) for (const field of Object.values(record)) {
      if (/^[=+\-@\t\r]/.test(field)) expect(Number.isFinite(Number(field))).toBe(true); // only numbers start so
    }
  });
});

describe('reading as another user', () => {
  // Root reads everything: drop to nobody with setpriv when we are root, run as ourselves otherwise.
  const root0 = process.getuid?.() === 0;
  it('reports a file without read permission and reads the others', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'policy-cli-perm-'));
    chmodSync(dir, 0o755);
    writeFileSync(join(dir, 'ok.txt'), '市委常委会召开会议\n会议强调，要坚定信心。\n');
    writeFileSync(join(dir, 'secret.txt'), '市政府常务会议召开\n');
    chmodSync(dir + '/secret.txt', 0o000);
    const prefix = root0 ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', process.execPath] : undefined;
    const result = await runCliAsync(['docs', dir, '-f', 'jsonl', '-j', '1'], { prefix }).catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
    if (!result || (root0 && /setpriv|EACCES.*policy-cli\.js|Cannot find module/.test(result.stderr) && result.stdout === '')) {
      console.warn('skipped: cannot run as another user here');
      return;
    }
    expect(result.stderr).toBe(`policy-cli: ${dir}/secret.txt: permission denied\n`);
    expect(result.status).toBe(1);
    expect(jsonl(result.stdout).map((r) => r.doc)).toEqual([`${dir}/ok.txt`]);
  });
});
