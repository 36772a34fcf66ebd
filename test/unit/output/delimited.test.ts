import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeTsv } from '../../../src/output/delimited.js';
import { textOfRows } from '../../../src/output/formatter.js';
import { createFormatter, formatAll } from '../../../src/output/formats.js';
import { cellText } from '../../../src/output/guard.js';
import type { Cell, Row } from '../../../src/types.js';

const openFormat = (format: 'csv' | 'tsv' | 'jsonl' | 'json', columns: string[]) => createFormatter(format, columns, { color: false });
const csv = (rows: Row[], columns = ['cell'], bom = false) => formatAll({ columns, rows }, 'csv', { color: false, bom });
const tsv = (rows: Row[], columns = ['cell'], bom = false) => formatAll({ columns, rows }, 'tsv', { color: false, bom });

describe('CSV cells', () => {
  it.each<[Cell, string]>([
    ['市委经济工作会议召开', '市委经济工作会议召开'],
    ['立足全市“9+3+N”产业链', '立足全市“9+3+N”产业链'], // Chinese quotes need no quoting
    ['推动中国式现代化"潍坊实践"', '"推动中国式现代化""潍坊实践"""'],
    ['市委书记江敦涛出席会议并讲话,市长刘运主持', '"市委书记江敦涛出席会议并讲话,市长刘运主持"'],
    ['市委副书记、市长，刘运', '市委副书记、市长，刘运'], // full-width comma is text
    ['政府工作报\n告', '"政府工作报\n告"'],
    ['第一段\r\n第二段', '"第一段\r\n第二段"'],
    ['第一段\r第二段', '"第一段\r第二段"'], // a lone carriage return breaks the line in Excel
    ['👍 点赞', '👍 点赞'],
    ['  留着空格  ', '  留着空格  '],
    ['=HYPERLINK("http://x")', '"\'=HYPERLINK(""http://x"")"'],
    ['-0.8', "'-0.8"],
    ['+86', "'+86"],
    ['@潍坊发布', "'@潍坊发布"],
    ['\t开头是制表符', "'\t开头是制表符"],
    [-0.8, '-0.8'],
    [15370000000, '15370000000'],
    [1e-7, '0.0000001'],
    [true, 'true'],
    [false, 'false'],
    [null, ''],
  ])('%j → %j', (cell, field) => {
    expect(csv([{ cell, other: 'x' }], ['cell', 'other'])).toBe(`cell,other\n${field},x\n`);
  });

  it('a missing cell is empty, like null', () => {
    expect(csv([{ a: 1 }], ['a', 'b'])).toBe('a,b\n1,\n');
  });

  it('no rows: the header alone', () => {
    expect(csv([], ['doc', 'keyword', 'score'])).toBe('doc,keyword,score\n');
  });

  it('bom puts U+FEFF before the header, once', () => {
    const out = csv([{ cell: '潍坊' }, { cell: '济南' }], ['cell'], true);
    expect(out).toBe('\uFEFFcell\n潍坊\n济南\n');
  });

  it('columns follow the given order, not the keys of the row', () => {
    expect(csv([{ score: 0.5, keyword: '高质量发展' }], ['keyword', 'score'])).toBe('keyword,score\n高质量发展,0.5\n');
  });
});

describe('TSV cells', () => {
  it.each<[string, string]>([
    ['a\tb', 'a\\tb'],
    ['政府工作报\n告', '政府工作报\\n告'],
    ['第一段\r\n第二段', '第一段\\r\\n第二段'],
    ['C:\\data\\潍坊', 'C:\\\\data\\\\潍坊'],
    ['\\n is not a line break', '\\\\n is not a line break'],
    ['"9+3+N"产业链, 引号和逗号', '"9+3+N"产业链, 引号和逗号'],
  ])('escapeTsv(%j) → %j', (text, escaped) => {
    expect(escapeTsv(text)).toBe(escaped);
  });

  it.each<[Cell, string]>([
    ['市委经济工作会议', '市委经济工作会议'],
    ['\t缩进', "'\\t缩进"], // guarded, then escaped
    ['=1+1', "'=1+1"],
    ['-0.8', "'-0.8"],
    [-0.8, '-0.8'],
    [1e-7, '0.0000001'],
    [null, ''],
    [true, 'true'],
  ])('%j → %j', (cell, field) => {
    expect(tsv([{ cell, n: 1 }], ['cell', 'n'])).toBe(`cell\tn\n${field}\t1\n`);
  });

  it('bom and header', () => {
    expect(tsv([], ['doc', 'title'], true)).toBe('\uFEFFdoc\ttitle\n');
  });
});

// A cell as a spreadsheet-safe text field: what a reader should get back.
const anyCell: fc.Arbitrary<Cell> = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: fc.constantFrom('"', ',', '\n', '\r', '\t', '\\', '=', '-', '+', '@', "'", ' ', '潍', '坊', '😀', 'a') }),
  fc.constantFrom('市委经济工作会议', '“两会”', '153.7亿元', '-0.8', '=SUM(A1)', '029-84335021', '@市委'),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
);
const anyTable = fc.integer({ min: 1, max: 5 }).chain((width) => {
  const columns = Array.from({ length: width }, (_, i) => `col_${i}`);
  const row = fc.tuple(...columns.map(() => anyCell)).map((cells) => Object.fromEntries(cells.map((c, i) => [columns[i], c])));
  return fc.record({ columns: fc.constant(columns), rows: fc.array(row, { maxLength: 8 }) });
});

/** What a reader should get back for a cell: the guarded text, or a number that reads back exactly. */
function expectReadBack(field: string, cell: Cell) {
  if (typeof cell === 'number') expect(Number(field)).toBe(cell === 0 ? 0 : cell);
  else expect(field).toBe(cellText(cell));
  if (typeof cell === 'string') expect(field).toBe(/^[=+\-@\t\r]/.test(cell) && cell !== '-' ? `'${cell}` : cell);
}

describe('a file\'s rows in one go', () => {
  it('csv rows() is the rows\' row() texts joined, across batches of csv-stringify calls', () => {
    const cell = fc.oneof(fc.string({ unit: fc.constantFrom('"', ',', '\n', '\r', '\t', ' ', '潍', 'a', '=') }), fc.integer(), fc.constant(null));
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell, cell), { maxLength: 150 }), (tuples) => {
        const columns = ['a', 'b', 'c'];
        const rows: Row[] = tuples.map(([a, b, c]) => ({ a, b, c }));
        const formatter = openFormat('csv', columns);
        expect(formatter.rows!(rows)).toBe(rows.map((row) => formatter.row(row)).join(''));
      }),
      { numRuns: 300 },
    );
  });

  it.each(['tsv', 'jsonl', 'json'] as const)('%s: textOfRows joins row() texts', (format) => {
    const rows: Row[] = [{ a: 1 }, { a: 'x,y' }, { a: null }];
    expect(textOfRows(openFormat(format, ['a']), rows)).toBe(
      (() => {
        const f = openFormat(format, ['a']);
        return rows.map((row) => f.row(row)).join('');
      })(),
    );
  });
});

describe('round trips', () => {
  it('csv-parse reads back every row and cell', () => {
    fc.assert(
      fc.property(anyTable, fc.boolean(), ({ columns, rows }, bom) => {
        const records = parse(csv(rows, columns, bom), { bom: true, relax_column_count: false }) as string[][];
        expect(records[0]).toEqual(columns);
        expect(records).toHaveLength(rows.length + 1);
        rows.forEach((row, r) => columns.forEach((column, c) => expectReadBack(records[r + 1]![c]!, row[column]!)));
      }),
      { numRuns: 500 },
    );
  });

  it('TSV splits into one line per row and unescapes to the cells', () => {
    fc.assert(
      fc.property(anyTable, ({ columns, rows }) => {
        const lines = tsv(rows, columns).split('\n');
        expect(lines.pop()).toBe('');
        expect(lines).toHaveLength(rows.length + 1);
        const unescape = (s: string) => s.replace(/\\([tnr\\])/g, (_, c: string) => ({ t: '\t', n: '\n', r: '\r', '\\': '\\' })[c]!);
        rows.forEach((row, r) => {
          const fields = lines[r + 1]!.split('\t');
          expect(fields).toHaveLength(columns.length);
          columns.forEach((column, c) => expectReadBack(unescape(fields[c]!), row[column]!));
        });
      }),
      { numRuns: 500 },
    );
  });
});
