import { describe, expect, it } from 'vitest';
import { comparePartial, mergeComparePartial } from '../../../src/commands/compare.js';
import { countNonSpace, type ComparePartial } from '../../../src/rows/compare-stats.js';
import { segmentEach } from '../../../src/nlp/article-tokens.js';
import { gazetteer } from '../../../src/extract/places/gazetteer.js';
import { makeArticle } from '../../helpers/article.js';

const weifang = gazetteer().byCode('370700')!;
const dongchangfu = gazetteer().byCode('371502')!;

// Sentences from seeds/000 (潍坊) and seeds/003 (东昌府区), and from the Hailar 2019 report in the corpus.
const articles = [
  makeArticle('市委经济工作会议召开\n着力推动高质量发展，加快建设新时代社会主义现代化强市。在加快高质量发展中勇毅前行。', { place: weifang, index: 1 }),
  makeArticle('全力以赴抓招商\n深入实施“双招双引”，持续优化营商环境。', { place: weifang, index: 2 }),
  makeArticle('我区扎实做好儿童关爱和保护工作\n推动高质量发展。', { place: dongchangfu, index: 3 }),
  makeArticle('大力优化营商环境，深化“放管服”改革。', { index: 4 }),
];

describe('comparePartial --what terms', () => {
  const partial = comparePartial(articles, { by: 'place', what: 'terms', terms: ['高质量发展', '双招双引', '营商环境', '/“[^”]{2,4}”/'] });

  it.each([
    { group: '370700', term: '高质量发展', count: 2, articles: 1 },
    { group: '370700', term: '双招双引', count: 1, articles: 1 },
    { group: '370700', term: '营商环境', count: 1, articles: 1 },
    { group: '370700', term: '/“[^”]{2,4}”/', count: 1, articles: 1 },
    { group: '371502', term: '高质量发展', count: 1, articles: 1 },
    // zero counts are kept, so every group has every term
    { group: '371502', term: '双招双引', count: 0, articles: 0 },
    { group: '', term: '营商环境', count: 1, articles: 1 },
    { group: '', term: '/“[^”]{2,4}”/', count: 1, articles: 1 },
  ])('$group $term: $count in $articles articles', ({ group, term, count, articles: inArticles }) => {
    const data = partial.groups.get(group)!;
    expect(data.counts.get(term)).toBe(count);
    expect(data.articleCounts.get(term)).toBe(inArticles);
  });

  it('sizes groups in characters without whitespace', () => {
    const data = partial.groups.get('370700')!;
    expect(data.articles).toBe(2);
    expect(data.chars).toBe(countNonSpace(articles[0]!.text) + countNonSpace(articles[1]!.text));
    expect(data.name).toBe('潍坊市 370700');
    expect(partial.groups.get('')!.name).toBe('unknown');
  });
});

describe('comparePartial --what keywords', () => {
  it('counts candidate terms (whole policy terms, no boilerplate) per group', () => {
    const partial = comparePartial(segmentEach(articles, 'words'), { by: 'place', what: 'keywords' });
    const counts = partial.groups.get('370700')!.counts;
    expect(counts.get('高质量发展')).toBe(2);
    expect(counts.has('推动')).toBe(false);
    expect(partial.groups.get('370700')!.articleCounts.get('高质量发展')).toBe(1);
  });
});

describe('mergeComparePartial', () => {
  it('gives the same counts as counting all articles at once', () => {
    const params = { by: 'place' as const, what: 'terms' as const, terms: ['高质量发展', '营商环境'] };
    const whole = comparePartial(articles, params);
    const merged: ComparePartial = { groups: new Map() };
    for (const article of articles) mergeComparePartial(merged, comparePartial([article], params));
    expect([...merged.groups.keys()].sort()).toEqual([...whole.groups.keys()].sort());
    for (const [key, group] of whole.groups) {
      const other = merged.groups.get(key)!;
      expect([other.chars, other.articles, [...other.counts], [...other.articleCounts]]).toEqual([group.chars, group.articles, [...group.counts], [...group.articleCounts]]);
    }
  });
});

describe('countNonSpace', () => {
  it.each([
    { text: '着力推动 高质量发展\n', n: 9 },
    { text: '\u3000\t\r\n', n: 0 },
    { text: '𠮷a', n: 2 },
  ])('$text → $n', ({ text, n }) => {
    expect(countNonSpace(text)).toBe(n);
  });
});
