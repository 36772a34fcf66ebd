import { describe, expect, it } from 'vitest';
import { FORMATS, createFormatter, formatAll, formatFromPath, parseFormat, type Format } from '../../../src/output/formats.js';
import { UsageError, type Table } from '../../../src/types.js';

describe('formatFromPath', () => {
  it.each([
    ['out.csv', 'csv'],
    ['OUT.CSV', 'csv'],
    ['results/潍坊_2022.csv', 'csv'],
    ['keywords.tsv', 'tsv'],
    ['keywords.tab', 'tsv'],
    ['numbers.json', 'json'],
    ['numbers.jsonl', 'jsonl'],
    ['numbers.ndjson', 'jsonl'],
    ['C:\\data\\officials.Json', 'json'],
    ['dir.csv/out.jsonl', 'jsonl'],
    ['notes.txt', undefined],
    ['out', undefined],
    ['dir.csv/out', undefined],
    ['-', undefined],
    ['.csv', undefined],
    ['out.csv.gz', undefined],
  ])('%s → %s', (path, format) => {
    expect(formatFromPath(path)).toBe(format);
  });
});

describe('parseFormat', () => {
  it.each(FORMATS.map((f) => [f]))('%s is a format', (name) => {
    expect(parseFormat(name)).toBe(name);
  });
  it('ignores case', () => {
    expect(parseFormat('CSV')).toBe('csv');
  });
  it.each([['xlsx'], [''], ['ndjson']])('%j is a usage error that lists the formats', (name) => {
    expect(() => parseFormat(name)).toThrow(UsageError);
    expect(() => parseFormat(name)).toThrow(/table, csv, tsv, json, jsonl/);
  });
});

const FIGURES: Table = {
  columns: ['doc', 'article', 'text', 'value', 'unit', 'change'],
  numeric: ['article', 'value'],
  rows: [
    { doc: 'seeds/000.txt', article: 1, text: '153.7亿元', value: 15370000000, unit: '元', change: null },
    { doc: 'seeds/000.txt', article: 1, text: '下降0.8个百分点', value: -0.8, unit: '百分点', change: 'decrease' },
  ],
};

describe('createFormatter streams what formatAll prints', () => {
  it.each(FORMATS.map((f) => [f]))('%s', (format: Format) => {
    const formatter = createFormatter(format, FIGURES.columns, { color: false, numeric: FIGURES.numeric });
    const pieces = [formatter.begin(), ...FIGURES.rows.map((row) => formatter.row(row)), formatter.end()];
    expect(pieces.join('')).toBe(formatAll(FIGURES, format, { color: false }));
    expect(pieces.join('')).toMatch(/\n$/);
  });

  it.each([['csv'], ['tsv'], ['jsonl']] as const)('%s writes each row as soon as it comes', (format) => {
    const formatter = createFormatter(format, FIGURES.columns, { color: false });
    formatter.begin();
    expect(formatter.row(FIGURES.rows[0]!)).toContain('153.7亿元');
  });

  it('the header is the same column names in every format', () => {
    const columns = ['doc', 'place_code', 'place_level'];
    const table = { columns, rows: [{ doc: 'a.txt', place_code: '370700', place_level: 'prefecture' }] };
    expect(formatAll(table, 'csv', { color: false }).split('\n')[0]).toBe('doc,place_code,place_level');
    expect(formatAll(table, 'tsv', { color: false }).split('\n')[0]).toBe('doc\tplace_code\tplace_level');
    expect(Object.keys(JSON.parse(formatAll(table, 'jsonl', { color: false })))).toEqual(columns);
    expect(formatAll(table, 'table', { color: false }).split('\n')[1]).toMatch(/doc .*place_code .*place_level/);
  });
});
