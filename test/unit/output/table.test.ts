import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatAll, type FormatOptions } from '../../../src/output/formats.js';
import { inferNumericColumns, tableCellText } from '../../../src/output/table.js';
import { displayWidth } from '../../../src/output/width.js';
import type { Row, Table } from '../../../src/types.js';

const OFFICIALS: Table = {
  columns: ['doc', 'article', 'name', 'title', 'role', 'score', 'context'],
  numeric: ['article', 'score'],
  rows: [
    { doc: 'seeds/000.txt', article: 1, name: '江敦涛', title: '市委书记', role: '讲话', score: 0.9, context: '市委书记江敦涛出席会议并讲话' },
    { doc: 'seeds/000.txt', article: 1, name: '刘运', title: '市委副书记、市长', role: '主持', score: 0.87, context: '市委副书记、市长刘运主持会议' },
    { doc: 'seeds/001.txt', article: 12, name: 'Li', title: null, role: '出席', score: 153.7, context: '市政协党组书记李爱杰，市委副书记李兰祥出席' },
  ],
};
const plain = (table: Table, opts: Partial<FormatOptions> = {}) => formatAll(table, 'table', { color: false, ...opts });
const linesOf = (out: string) => out.replace(/\n$/, '').split('\n');

/** Terminal columns where each box-drawing separator of a line sits. */
function separatorColumns(line: string): number[] {
  const columns: number[] = [];
  let at = 0;
  for (const ch of line) {
    if ('│┼┬┴├┤┌┐└┘'.includes(ch)) columns.push(at);
    at += displayWidth(ch);
  }
  return columns;
}

describe('table layout', () => {
  const out = plain(OFFICIALS);
  const lines = linesOf(out);

  it('one line per row between the header and the borders', () => {
    expect(lines).toHaveLength(OFFICIALS.rows.length + 4);
    expect(out.endsWith('\n')).toBe(true);
  });

  it('Chinese text counts two columns: every line is as wide, separators line up', () => {
    const widths = new Set(lines.map(displayWidth));
    expect(widths.size).toBe(1);
    const first = separatorColumns(lines[0]!);
    for (const line of lines) expect(separatorColumns(line)).toEqual(first);
    expect(lines[3]).toContain('│ 市委书记江敦涛出席会议并讲话               │');
  });

  it('numbers are right-aligned, text left-aligned, null empty', () => {
    expect(lines[3]).toMatch(/│\s+1 │ 江敦涛 │ 市委书记\s+│ 讲话 │\s+0\.9 │/);
    expect(lines[5]).toMatch(/│\s+12 │ Li\s+│\s+│ 出席 │ 153\.7 │/);
  });

  it('no trailing spaces', () => {
    for (const line of lines) expect(line).not.toMatch(/\s$/);
  });

  it('no colour unless asked; bold cyan header when asked', () => {
    expect(out).not.toContain('\u001b');
    const coloured = formatAll(OFFICIALS, 'table', { color: true });
    expect(coloured).toContain('\u001b[1m\u001b[36mdoc\u001b[39m\u001b[22m');
    expect(linesOf(coloured).map(displayWidth)).toEqual(lines.map(displayWidth));
  });

  it('no rows: the header alone', () => {
    expect(plain({ columns: ['doc', 'keyword', 'score'], rows: [] })).toBe(
      ['┌─────┬─────────┬───────┐', '│ doc │ keyword │ score │', '└─────┴─────────┴───────┘', ''].join('\n'),
    );
  });

  it('no columns: nothing', () => {
    expect(plain({ columns: [], rows: [{}] })).toBe('');
  });

  it('line breaks and control characters inside cells stay on one line', () => {
    const table = { columns: ['title'], rows: [{ title: '政府工作报\n告' }, { title: '\u001b[2J清屏' }] };
    const tableLines = linesOf(plain(table));
    expect(tableLines).toHaveLength(6);
    expect(tableLines[3]).toBe('│ 政府工作报 告 │');
    expect(plain(table)).not.toContain('\u001b');
  });
});

describe('fitting the terminal width', () => {
  const PRIORITY = ['name', 'title', 'role', 'score', 'doc', 'article'];
  const notes = (width: number) => {
    const heard: string[] = [];
    const out = plain(OFFICIALS, { width, priority: PRIORITY, note: (line) => heard.push(line) });
    return { lines: linesOf(out), heard };
  };

  it.each([
    // width → header of the table (left out: what the note names)
    [120, '│ doc           │ article │ name   │ title            │ role │ score │ context                                    │', []],
    [90, '│ doc           │ article │ name   │ title            │ role │ score │ context           │', []],
    [80, '│ doc           │ article │ name   │ title            │ role │ score │', ['context']],
    [60, '│ doc           │ name   │ title            │ role │ score │', ['article', 'context']],
    [40, '│ name   │ title            │ role │', ['doc', 'article', 'score', 'context']],
  ])('%i columns: %s', (width, header, leftOut) => {
    const { lines, heard } = notes(width);
    expect(lines[1]).toBe(header);
    expect(lines).toHaveLength(OFFICIALS.rows.length + 4);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(width);
    expect(new Set(lines.map(displayWidth)).size).toBe(1);
    const total = OFFICIALS.columns.length;
    expect(heard).toEqual(
      leftOut.length === 0
        ? []
        : [`table shows ${total - leftOut.length} of ${total} columns at ${width} columns wide (left out: ${leftOut.join(', ')}); -f csv has them all`],
    );
  });

  it('names, titles and numbers are never cut; the context is, with …', () => {
    const text = notes(90).lines.join('\n');
    for (const whole of ['江敦涛', '市委副书记、市长', '153.7', 'seeds/001.txt']) expect(text).toContain(whole);
    expect(notes(90).lines[3]).toMatch(/│ 市委书记江敦涛出… │$/);
    expect(notes(80).lines.join('\n')).not.toContain('…');
  });

  it('wide enough, or no width (a pipe): the natural table, and nothing to say', () => {
    expect(plain(OFFICIALS, { width: 500 })).toBe(plain(OFFICIALS));
    expect(notes(500).heard).toEqual([]);
  });

  it('too narrow for the most important column: it alone, shortened, rather than a broken row', () => {
    const heard: string[] = [];
    const table: Table = { columns: ['context', 'title'], rows: [{ title: '市委副书记、市长', context: '市委副书记、市长刘运主持会议' }] };
    const lines = linesOf(plain(table, { width: 12, priority: ['title'], note: (l) => heard.push(l) }));
    expect(lines).toEqual(['┌──────────┐', '│ title    │', '├──────────┤', '│ 市委副…  │', '└──────────┘']);
    expect(heard).toEqual(['table shows 1 of 2 columns at 12 columns wide (left out: context); -f csv has them all']);
  });

  it('a column empty in every row is left out of the table (not of csv); a table of no rows keeps its header', () => {
    const table: Table = { columns: ['name', 'level', 'role'], rows: [{ name: '刘运', level: null, role: '' }, { name: '王磊', level: null, role: '出席' }] };
    expect(linesOf(plain(table))[1]).toBe('│ name │ role │');
    expect(formatAll(table, 'csv', { color: false })).toContain('name,level,role');
    expect(linesOf(plain({ ...table, rows: [] }))[1]).toBe('│ name │ level │ role │');
  });

  it('the note names the empty columns too, and counts the bars column out', () => {
    const heard: string[] = [];
    const table: Table = {
      columns: ['term', '潍坊市 370700', '青州市 370781', 'unused'],
      rows: [{ term: '双招双引', '潍坊市 370700': 3, '青州市 370781': 1, unused: null }],
    };
    plain(table, { width: 36, bars: ['潍坊市 370700', '青州市 370781'], priority: ['term', 'bars'], note: (l) => heard.push(l) });
    expect(heard).toEqual([
      'table shows 2 of 4 columns at 36 columns wide (left out: 青州市 370781; empty: unused; bars still spans them); -f csv has them all',
    ]);
  });

  it('any rows, any width: one line per row, no wider than the terminal', () => {
    const text = fc.string({ unit: fc.constantFrom('潍', '坊', 'a', 'b', ' ', '😀', '“', '-', '\n'), maxLength: 60 });
    const cell = fc.oneof(text, fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constant(null));
    const rows = fc.array(fc.record({ a: cell, context: text, c: cell, d: text }), { maxLength: 6 });
    fc.assert(
      fc.property(rows, fc.integer({ min: 8, max: 200 }), (rows, width) => {
        const lines = linesOf(plain({ columns: ['a', 'context', 'c', 'd'], rows }, { width, numeric: [] }));
        expect(lines).toHaveLength(rows.length + (rows.length ? 4 : 3));
        for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(width);
        expect(new Set(lines.map(displayWidth)).size).toBe(1);
      }),
      { numRuns: 300 },
    );
  });
});

describe('cells', () => {
  it.each([
    [15370000000, '15370000000'],
    [0.08734829374, '0.08735'],
    [3.14159265, '3.1416'],
    [-0.8, '-0.8'],
    [1e-7, '0.0000001'],
    [true, 'true'],
    [null, ''],
    ['=1+1', '=1+1'], // the formula guard is for spreadsheets, not terminals
  ] as const)('%j shows as %j', (cell, text) => {
    expect(tableCellText(cell)).toBe(text);
  });

  it('numeric columns are inferred when not given', () => {
    const rows: Row[] = [{ a: 1, b: '潍坊', c: null, d: 2 }, { a: null, b: '3', c: null, d: 'x' }];
    expect(inferNumericColumns(['a', 'b', 'c', 'd'], rows)).toEqual(['a']);
  });
});

describe('bars: a view the table adds, never the data', () => {
  const COUNTS: Table = {
    columns: ['term', '潍坊市', '青州市'],
    numeric: ['潍坊市', '青州市'],
    rows: [
      { term: '高质量发展', 潍坊市: 10, 青州市: 1 },
      { term: '双招双引', 潍坊市: 0, 青州市: 3 },
    ],
  };

  it('draws one more column, the row across the named columns', () => {
    expect(linesOf(plain(COUNTS, { bars: ['潍坊市', '青州市'] }))).toEqual([
      '┌────────────┬────────┬────────┬──────┐',
      '│ term       │ 潍坊市 │ 青州市 │ bars │',
      '├────────────┼────────┼────────┼──────┤',
      '│ 高质量发展 │     10 │      1 │ █▁   │',
      '│ 双招双引   │      0 │      3 │  █   │',
      '└────────────┴────────┴────────┴──────┘',
    ]);
  });

  it.each(['csv', 'tsv', 'json', 'jsonl'] as const)('%s ignores it', (format) => {
    expect(formatAll(COUNTS, format, { color: false, bars: ['潍坊市', '青州市'] })).toBe(formatAll(COUNTS, format, { color: false }));
  });
});
