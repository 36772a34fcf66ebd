// Which columns a table keeps on a terminal of 80 or 120 columns, and how wide: data whole, context shortened.
import { describe, expect, it } from 'vitest';
import { fitColumns, fitColumnWidths, rankColumns, type ColumnFacts } from '../../../src/output/fit.js';

/** Columns as `name:width` (`~` a text column, `0` an empty one): `text~:16 value:11 context~:120`. */
function facts(spec: string): ColumnFacts[] {
  return spec.split(' ').map((part) => {
    const [name, width] = part.split(':') as [string, string];
    return { name: name.replace('~', ''), natural: Number(width), text: name.endsWith('~'), empty: width === '0' };
  });
}
const shownNames = (columns: ColumnFacts[], shown: number[]) => shown.map((i) => columns[i]!.name);

// The seeds' `numbers` table: widths as measured (display columns of the widest cell or the header).
const NUMBERS = facts('doc~:30 article:7 line:4 column:6 text~:14 value:11 unit~:8 kind~:8 approx:6 change~:8 basis~:12 metric~:25 period~:10 context~:160');
const NUMBERS_PRIORITY = ['text', 'value', 'unit', 'metric', 'period', 'change', 'basis', 'doc', 'line', 'kind', 'approx', 'article', 'column'];
// `officials`: one foreign name (斯维特兰娜·马克西莫娃) and one long title set the widths; four columns are empty.
const OFFICIALS = facts('doc~:30 article:7 line:4 column:6 type~:8 text~:21 name~:21 title~:52 org~:40 role~:4 level:0 code:0 value:0 date:0 context~:200');
const OFFICIALS_PRIORITY = ['name', 'titles', 'title', 'value', 'date', 'org', 'role', 'text', 'type', 'mentions', 'level', 'code', 'doc', 'line', 'docs'];
// `kwic 双招双引`: left and right are context, ranked right after the match.
const KWIC = facts('doc~:30 article:7 place~:6 line:4 column:6 left~:40 match~:8 right~:40');
const KWIC_PRIORITY = ['match', 'left', 'right', 'doc', 'line', 'place', 'column', 'article'];
// `compare --wide`: one column per group, named by the group; bars ranks right after the term.
const WIDE = facts('term~:16 山东省:13 潍坊市:13 奎文区:13 青州市:13 东昌府区:15 菏泽市:13 bars~:6');
const COMPARE_PRIORITY = ['group', 'term', 'slogan', 'bars'];

describe('fitColumns', () => {
  it.each([
    // table, priority, width → shown columns, their widths, left out
    ['numbers', NUMBERS, NUMBERS_PRIORITY, 80, 'line text value unit metric', [4, 14, 11, 8, 25], 'doc article column kind approx change basis period context'],
    ['numbers', NUMBERS, NUMBERS_PRIORITY, 120, 'line text value unit change basis metric period', [4, 14, 11, 8, 8, 12, 25, 10], 'doc article column kind approx context'],
    ['officials', OFFICIALS, OFFICIALS_PRIORITY, 80, 'name title', [21, 52], 'doc article line column type text org role context'],
    ['officials', OFFICIALS, OFFICIALS_PRIORITY, 120, 'line text name title role', [4, 21, 21, 52, 4], 'doc article column type org context'],
    ['kwic', KWIC, KWIC_PRIORITY, 80, 'left match right', [31, 8, 31], 'doc article place line column'],
    ['kwic', KWIC, KWIC_PRIORITY, 120, 'place line left match right', [6, 4, 40, 8, 40], 'doc article column'],
    ['compare --wide', WIDE, COMPARE_PRIORITY, 80, 'term 山东省 潍坊市 奎文区 bars', [16, 13, 13, 13, 6], '青州市 东昌府区 菏泽市'],
    ['compare --wide', WIDE, COMPARE_PRIORITY, 120, 'term 山东省 潍坊市 奎文区 青州市 东昌府区 bars', [16, 13, 13, 13, 13, 15, 6], '菏泽市'],
  ])('%s at %i columns: %s', (_, columns, priority, width, shown, widths, leftOut) => {
    const fit = fitColumns(columns, width, priority);
    expect(shownNames(columns, fit.shown).join(' ')).toBe(shown);
    expect(fit.widths).toEqual(widths);
    expect(fit.leftOut.join(' ')).toBe(leftOut);
    expect(fit.widths.reduce((a, b) => a + b, 0) + 3 * fit.shown.length + 1).toBeLessThanOrEqual(width);
  });

  it('columns empty in every row are left out, with or without a width; all empty: all kept', () => {
    expect(fitColumns(OFFICIALS, undefined).empty).toEqual(['level', 'code', 'value', 'date']);
    expect(fitColumns(OFFICIALS, 80, OFFICIALS_PRIORITY).empty).toEqual(['level', 'code', 'value', 'date']);
    expect(fitColumns(facts('a:0 b:0'), 80).shown).toEqual([0, 1]);
  });

  it('no width (a pipe): every column with data at its natural width, nothing left out', () => {
    const fit = fitColumns(NUMBERS, undefined, NUMBERS_PRIORITY);
    expect(fit.shown).toHaveLength(NUMBERS.length);
    expect(fit.widths).toEqual(NUMBERS.map((c) => c.natural));
    expect(fit.leftOut).toEqual([]);
  });

  it('a numeric column called context is a number, not context: never shortened', () => {
    const columns = facts('name~:6 context:40');
    expect(fitColumns(columns, 40).leftOut).toEqual(['context']);
  });
});

describe('rankColumns', () => {
  it.each([
    [['doc', 'text', 'value', 'context', 'period'], ['value', 'text'], ['value', 'text', 'doc', 'period', 'context']],
    [['doc', 'left', 'match', 'right'], ['match', 'left', 'right'], ['match', 'left', 'right', 'doc']],
    [['doc', 'context', 'name'], [], ['doc', 'name', 'context']],
    [['a', 'b'], ['missing', 'b', 'b'], ['b', 'a']],
  ])('%j ranked by %j → %j', (names, priority, ranked) => {
    expect(rankColumns(names, priority).map((i) => names[i])).toEqual(ranked);
  });
});

describe('fitColumnWidths', () => {
  it.each([
    // natural widths, floors, budget → widths
    [[10, 20, 30], [4, 4, 4], 100, [10, 20, 30]],
    [[10, 20, 30], [4, 4, 4], 50, [10, 20, 20]],
    [[10, 20, 30], [4, 4, 4], 41, [10, 16, 15]],
    [[10, 20, 30], [4, 4, 4], 12, [4, 4, 4]], // below the floors: the floors
    [[40, 40], [10, 10], 62, [31, 31]], // kwic's left and right share what is left
    [[7, 60], [2, 4], 20, [7, 13]],
  ])('%j floors %j in %i → %j', (natural, floor, budget, widths) => {
    expect(fitColumnWidths(natural, floor, budget)).toEqual(widths);
  });
});
