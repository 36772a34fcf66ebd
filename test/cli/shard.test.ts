// Splitting a run over processes (--shard I/N) and carrying record fields into rows (--keep-fields): what an engine
// such as GNU parallel, Slurm or Spark's pipe relies on.
import { describe, expect, it } from 'vitest';
import { jsonl, runCli } from './run-cli.js';

const INPUTS = ['seeds', 'test/fixtures/input/rmrb-sample.jsonl', 'test/fixtures/input/records.jsonl'];

function sortedLines(stdout: string): string[] {
  return stdout.split('\n').filter(Boolean).sort();
}

describe('--shard I/N', () => {
  it.each([
    ['numbers', 2],
    ['numbers', 3],
    ['entities', 3],
    ['docs', 4],
  ])('%s: the %i shards together print exactly the rows of one run', (command, count) => {
    const whole = runCli([command, ...INPUTS, '-f', 'jsonl', '-j1']);
    expect(whole.status).toBe(1); // the fixture holds two bad records on purpose
    const parts = Array.from({ length: count }, (_, i) => runCli([command, ...INPUTS, '-f', 'jsonl', '-j1', '--shard', `${i + 1}/${count}`]));
    expect(parts.flatMap((p) => sortedLines(p.stdout)).sort()).toEqual(sortedLines(whole.stdout));
    // Each bad record is reported by the one shard it falls in.
    const errors = (r: { stderr: string }) => r.stderr.split('\n').filter((l) => l.includes('policy-cli:') && l.includes(':5'));
    expect(parts.flatMap(errors)).toHaveLength(errors(whole).length);
  });

  it('takes a whole file or nothing of it (text files are not split)', () => {
    const docs = (i: number) => new Set(jsonl(runCli(['docs', 'seeds', '-f', 'jsonl', '--shard', `${i}/2`]).stdout).map((r) => r.doc));
    const [a, b] = [docs(1), docs(2)];
    expect([...a].filter((d) => b.has(d))).toEqual([]);
    expect(a.size + b.size).toBe(5);
  });

  it.each(['0/2', '3/2', 'half', '1/0'])('--shard %s is a usage error', (shard) => {
    const r = runCli(['numbers', 'seeds', '--shard', shard]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('expected I/N');
    expect(r.stdout).toBe('');
  });
});

describe('--keep-fields', () => {
  const records = ['{"id":"a","source":"rmrb","page":4,"meta":{"edition":"北京"},"text":"全市生产总值增长5.2%。"}', '{"id":"b","text":"投资增长8%。"}'].join('\n');

  it('copies the fields into every row of their record: scalars as they are, objects as JSON text, null when absent', () => {
    const r = runCli(['numbers', '--input-format', 'jsonl', '-', '-f', 'jsonl', '--keep-fields', 'source,page,meta'], { input: records });
    expect(r.status).toBe(0);
    expect(jsonl(r.stdout).map((row) => [row.doc, row.text, row.source, row.page, row.meta])).toEqual([
      ['stdin#a', '5.2%', 'rmrb', 4, '{"edition":"北京"}'],
      ['stdin#b', '8%', null, null, null],
    ]);
  });

  it('adds the columns after the command\'s own, in CSV too, and in --columns', () => {
    const csv = runCli(['numbers', '--input-format', 'jsonl', '-', '-f', 'csv', '--keep-fields', 'source'], { input: records });
    expect(csv.stdout.split(/\r?\n/)[0]).toMatch(/,context,source$/);
    const columns = runCli(['numbers', '--columns', '--keep-fields', 'source', '-f', 'tsv']);
    expect(columns.stdout.trim().split('\n').at(-1)).toMatch(/^source\tas in the record\t/);
  });

  it.each<[string[], string]>([
    [['keywords', '--keep-fields', 'source'], 'prints totals over many documents'],
    [['compare', '--keep-fields', 'source'], 'prints totals over many documents'],
    [['numbers', '--keep-fields', 'value'], 'value is already a column'],
    [['docs', '--keep-fields', 'doc,title'], 'doc, title are already a column'],
  ])('%j is a usage error', (args, message) => {
    const r = runCli([...args, '--input-format', 'jsonl', '-'], { input: records });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(message);
  });
});
