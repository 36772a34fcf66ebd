import { describe, expect, it } from 'vitest';
import { createFormatter, type Format } from '../../../src/output/formats.js';
import { rowTexter, rowTextSpec, withKeptFields, type RowTextCase } from '../../../src/pipeline/row-text.js';
import type { FileResult } from '../../../src/pipeline/task.js';
import type { Row } from '../../../src/types.js';

const streamed: RowTextCase = { format: 'csv', columns: ['doc', 'text'], inOrderStep: false, heldByMainThread: false, ownFormatter: false };

describe('rowTextSpec: which runs a worker formats the rows of', () => {
  it.each<[string, Partial<RowTextCase>, boolean]>([
    ['csv', {}, true],
    ['tsv', { format: 'tsv' }, true],
    ['jsonl', { format: 'jsonl' }, true],
    ['json: the separator before a row depends on the rows before it', { format: 'json' }, false],
    ['table: widths depend on every row', { format: 'table' }, false],
    ['docs: reprint_of is found in input order', { inOrderStep: true }, false],
    ['--by place, --emit counts, --collapse-reprints', { heldByMainThread: true }, false],
    ['idf: a formatter of its own', { ownFormatter: true }, false],
    ['compare --wide: columns known only at the end', { columns: undefined }, false],
  ])('%s', (_, change, formats) => {
    const spec = rowTextSpec({ ...streamed, ...change });
    expect(spec !== undefined).toBe(formats);
    if (spec) expect(spec).toEqual({ format: change.format ?? 'csv', columns: ['doc', 'text'] });
  });
});

describe('withKeptFields', () => {
  it.each<[Row | undefined, Row[]]>([
    [undefined, [{ text: '潍坊', n: 1 }]],
    [{ date: '2020-02-01', page: '01' }, [{ text: '潍坊', n: 1, date: '2020-02-01', page: '01' }]],
    // A kept field named like a row's own column wins, as it always has (checkKeepFields refuses such names).
    [{ n: 'kept' }, [{ text: '潍坊', n: 'kept' }]],
  ])('%j', (kept, rows) => {
    expect(withKeptFields([{ text: '潍坊', n: 1 }], kept)).toEqual(rows);
  });
});

/** Cells that each format writes its own way: a formula guard, quotes, a tab, a line break, numbers, null. */
const ROWS: Row[] = [
  { doc: 'a.txt', text: '=SUM(A1)', value: -0.8, unit: null },
  { doc: 'a.txt', text: '推动"潍坊实践",\n再出发', value: 1e-7, unit: '亿元' },
  { doc: 'a.txt', text: '\t制表符\\', value: 15370000000, unit: '' },
];

const resultOf = (rows: Row[], kept?: Row): FileResult => ({ file: { path: 'a.txt', doc: 'a.txt', ...(kept && { kept }) }, rows, bytes: 10 });

describe('rowTexter: the text is what the main thread would have written', () => {
  it.each<[Format & ('csv' | 'tsv' | 'jsonl'), Row | undefined]>([
    ['csv', undefined],
    ['tsv', undefined],
    ['jsonl', undefined],
    ['csv', { date: '2020-02-01', meta: '{"a":1}' }],
    ['jsonl', { date: '2020-02-01', meta: null }],
  ])('%s, kept %j', async (format, kept) => {
    const columns = ['doc', 'text', 'value', 'unit', ...Object.keys(kept ?? {})];
    const formatter = createFormatter(format, columns, { color: false, bom: true });
    const expected = ROWS.map((row) => formatter.row({ ...row, ...kept })).join('');
    const sent = (await rowTexter({ format, columns }))(resultOf(ROWS, kept));
    expect(sent.text).toBe(expected);
    expect(sent.textRows).toBe(3);
    expect(sent.rows).toEqual([]);
    expect(sent.bytes).toBe(10);
    // Only the rows: the header and the BOM stay with the main thread's begin().
    expect(sent.text!.startsWith('\uFEFF')).toBe(false);
    expect(sent.text!.startsWith('doc')).toBe(false);
  });

  it('a file with no rows is empty text; a file that failed keeps its error and no text', async () => {
    const sent = await rowTexter({ format: 'csv', columns: ['doc'] });
    expect(sent(resultOf([]))).toMatchObject({ text: '', textRows: 0 });
    const failed: FileResult = { ...resultOf([]), error: 'binary file' };
    expect(sent(failed)).toBe(failed);
  });

  it('a piece of a big file stays a piece, its partial travels with it', async () => {
    const sent = (await rowTexter({ format: 'jsonl', columns: ['doc'] }))({ ...resultOf([{ doc: 'a.txt' }]), more: true, partial: { n: 1 } });
    expect(sent).toMatchObject({ text: '{"doc":"a.txt"}\n', textRows: 1, more: true, partial: { n: 1 } });
  });
});
