import { describe, expect, it } from 'vitest';
import { compareRows, keywordRows, officialRows, sloganRows, termRows, wideTable } from '../../../src/rows/compare.js';
import { newGroupData, type ComparePartial, type GroupData } from '../../../src/rows/compare-stats.js';

/** A long row's group as the wide view names it (`潍坊市 370700`). */
const groupOf = (r: Record<string, unknown>): string => [r.group, r.group_code].filter((c) => c !== null && c !== undefined && c !== '').join(' ');

function group(key: string, name: string, chars: number, articles: number, counts: Record<string, [number, number]>): GroupData {
  const [label, code] = name.split(' ');
  const g = newGroupData(key, name, label, code ?? null);
  g.chars = chars;
  g.articles = articles;
  for (const [term, [count, inArticles]] of Object.entries(counts)) {
    g.counts.set(term, count);
    g.articleCounts.set(term, inArticles);
  }
  return g;
}

// Two places, sizes 10,000 and 30,000 characters (the unknown group, key '', prints last).
function twoPlaces(): ComparePartial {
  const weifang = group('370700', '潍坊市 370700', 10000, 4, { 高质量发展: [20, 4], 双招双引: [6, 2], 营商环境: [0, 0] });
  const liaocheng = group('371500', '聊城市 371500', 30000, 9, { 高质量发展: [30, 7], 双招双引: [0, 0], 营商环境: [3, 2] });
  const unknown = group('', 'unknown', 5000, 1, { 高质量发展: [0, 0], 双招双引: [0, 0], 营商环境: [0, 0] });
  return { groups: new Map([['', unknown], ['371500', liaocheng], ['370700', weifang]]) };
}

describe('termRows', () => {
  it('gives every group × term, zeros included, with keyness against the rest', () => {
    const rows = termRows(twoPlaces(), ['高质量发展', '双招双引', '营商环境']);
    expect(rows.map((r) => `${groupOf(r)}/${r.term}/${r.count}`)).toEqual([
      '潍坊市 370700/高质量发展/20', '潍坊市 370700/双招双引/6', '潍坊市 370700/营商环境/0',
      '聊城市 371500/高质量发展/30', '聊城市 371500/双招双引/0', '聊城市 371500/营商环境/3',
      'unknown/高质量发展/0', 'unknown/双招双引/0', 'unknown/营商环境/0',
    ]);
    const first = rows[0]!;
    // 潍坊: a = 20 in c = 10000; rest b = 30 in d = 35000. E1 = 10000·50/45000 = 11.1111, E2 = 38.8889;
    // G² = 2(20 ln(20/11.1111) + 30 ln(30/38.8889)) = 2(11.75573 − 7.78534) = 7.94079; rate 20 per 10k.
    expect(first.per_10k).toBe(20);
    expect(first.articles).toBe(4);
    expect(first.g2).toBeCloseTo(7.94079, 3);
    // %DIFF: (0.002 − 30/35000)·100 / (30/35000) = 133.33
    expect(first.pct_diff).toBeCloseTo(133.33, 2);
    expect(first.p as number).toBeLessThan(0.01);
    // 营商环境 never in 潍坊: underuse (G² < 0), −100%
    expect(rows[2]!.g2 as number).toBeLessThan(0);
    expect(rows[2]!.pct_diff).toBe(-100);
    // a term only 潍坊 uses: %DIFF undefined
    expect(rows[1]!.pct_diff).toBeNull();
  });

  it('leaves keyness empty when there is a single group (no rest to compare with)', () => {
    const only = group('370700', '潍坊市 370700', 10000, 4, { 高质量发展: [20, 4] });
    const rows = termRows({ groups: new Map([['370700', only]]) }, ['高质量发展']);
    expect(rows).toEqual([{ group: '潍坊市', group_code: '370700', term: '高质量发展', count: 20, per_10k: 20, articles: 4, g2: null, pct_diff: null, p: null }]);
  });
});

describe('keywordRows', () => {
  it('keeps the terms a group overuses, strongest first, at most top', () => {
    const rows = keywordRows(twoPlaces(), { top: 5, minCount: 1, maxP: 1 });
    // 潍坊 overuses 高质量发展 (20/10k vs 30/35k) and 双招双引 (6 vs 0); 聊城 overuses 营商环境 only.
    expect(rows.filter((r) => groupOf(r) === '潍坊市 370700').map((r) => r.term)).toEqual(['双招双引', '高质量发展']);
    expect(rows.filter((r) => groupOf(r) === '聊城市 371500').map((r) => r.term)).toEqual(['营商环境']);
    expect(rows.every((r) => (r.g2 as number) > 0)).toBe(true);
  });

  it('applies top, min-count and max-p', () => {
    expect(keywordRows(twoPlaces(), { top: 1, minCount: 1, maxP: 1 }).filter((r) => groupOf(r) === '潍坊市 370700')).toHaveLength(1);
    expect(keywordRows(twoPlaces(), { top: 5, minCount: 10, maxP: 1 }).map((r) => r.term)).toEqual(['高质量发展']);
    // 营商环境 in 聊城: 3 of 30k vs 0 of 15k → G² = 2·3·ln(45/30) = 2.43, p = 0.119: out at 0.05
    expect(keywordRows(twoPlaces(), { top: 5, minCount: 1, maxP: 0.05 }).some((r) => r.term === '营商环境')).toBe(false);
  });
});

describe('sloganRows', () => {
  it('marks the slogans every group uses as shared', () => {
    const a = group('370700', '潍坊市 370700', 8000, 3, { 两个确立: [2, 2], '“1441”工作思路': [1, 1] });
    a.values.set('两个确立', 2).set('“1441”工作思路', '1441');
    const b = group('371500', '聊城市 371500', 6000, 2, { 两个确立: [1, 1] });
    const rows = sloganRows({ groups: new Map([['370700', a], ['371500', b]]) });
    expect(rows.map((r) => [groupOf(r), r.slogan, r.value, r.count, r.groups, r.shared])).toEqual([
      ['潍坊市 370700', '两个确立', 2, 2, 2, true],
      ['潍坊市 370700', '“1441”工作思路', '1441', 1, 1, false],
      ['聊城市 371500', '两个确立', 2, 1, 2, true],
    ]);
  });
});

describe('officialRows', () => {
  it('lists a roster per group, most articles first', () => {
    const a = newGroupData('370700', '潍坊市 370700', '潍坊市', '370700');
    a.officials.set('刘运', { name: '刘运', titles: ['市委副书记、市长'], orgs: ['潍坊市委', '潍坊市政府'], articles: 1, mentions: 1 });
    a.officials.set('江敦涛', { name: '江敦涛', titles: ['市委书记'], orgs: ['潍坊市委'], articles: 2, mentions: 3 });
    expect(officialRows({ groups: new Map([['370700', a]]) })).toEqual([
      { group: '潍坊市', group_code: '370700', name: '江敦涛', titles: '市委书记', org: '潍坊市委', articles: 2, mentions: 3 },
      { group: '潍坊市', group_code: '370700', name: '刘运', titles: '市委副书记、市长', org: '潍坊市委; 潍坊市政府', articles: 1, mentions: 1 },
    ]);
  });
});

describe('wideTable', () => {
  const params = { by: 'place' as const, what: 'terms' as const, terms: ['高质量发展', '双招双引', '营商环境'] };

  it('holds the same counts as the long rows, one column per group', () => {
    const merged = twoPlaces();
    const long = compareRows(merged, params, { top: 20, minCount: 1, maxP: 1 });
    const wide = wideTable(merged, params, long, { rate: false });
    expect(wide.columns).toEqual(['term', '潍坊市 370700', '聊城市 371500', 'unknown']);
    for (const row of long) {
      const wideRow = wide.rows.find((r) => r.term === row.term)!;
      expect(wideRow[groupOf(row)]).toBe(row.count);
    }
  });

  it('shows rates when asked, and names the group columns the table draws as bars', () => {
    const merged = twoPlaces();
    const long = compareRows(merged, params, { top: 20, minCount: 1, maxP: 1 });
    const wide = wideTable(merged, params, long, { rate: true });
    expect(wide.bars).toEqual(['潍坊市 370700', '聊城市 371500', 'unknown']);
    // 高质量发展: 20 per 10k in 潍坊, 10 in 聊城, 0 unknown
    expect(wide.rows[0]).toEqual({ term: '高质量发展', '潍坊市 370700': 20, '聊城市 371500': 10, unknown: 0 });
  });
});
