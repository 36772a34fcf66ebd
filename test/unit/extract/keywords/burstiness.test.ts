// How news uses a word (src/data/news-burstiness.tsv): a word news articles seldom say twice is said in passing, and is
// no keyword of one text however often that text says it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MIN_ARTICLES, isSaidInPassing, newsAdaptation, parseBurstiness, usesNeeded } from '../../../../src/extract/keywords/burstiness.js';
import { dataPath } from '../../../../src/paths.js';
import { rankedBesideAReport } from '../../../helpers/keyword-ranking.js';

describe('parseBurstiness', () => {
  it.each<[string, string, [string, number][]]>([
    ['rows become shares', 'word\tarticles\trepeated\n疫苗\t100\t40\n印象\t120\t6\n', [['疫苗', 0.4], ['印象', 0.05]]],
    ['comments and blank lines are skipped', '# made by a script\nword\tarticles\trepeated\n\n口罩\t20\t10\n', [['口罩', 0.5]]],
    ['rarer words than the minimum tell nothing', '新词\t9\t1\n老词\t10\t1\n', [['老词', 0.1]]],
    ['a broken row is left out', '坏\tx\t1\n多\t10\t11\n好\t10\t2\n', [['好', 0.2]]],
  ])('%s', (_, text, expected) => {
    expect([...parseBurstiness(text)]).toEqual(expected);
  });
});

describe('the shipped table', () => {
  const text = readFileSync(dataPath('news-burstiness.tsv'), 'utf8');
  const rows = text.split('\n').filter((line) => line && !line.startsWith('#') && !line.startsWith('word\t'));

  it('holds every row whole: a word, at least MIN_ARTICLES articles, no more repeats than articles', () => {
    expect(rows.length).toBeGreaterThan(10_000);
    for (const row of rows) {
      const [word, articles, repeated] = row.split('\t');
      expect(word, row).toMatch(/\p{Script=Han}/u);
      expect(Number(articles), row).toBeGreaterThanOrEqual(MIN_ARTICLES);
      expect(Number(repeated), row).toBeLessThanOrEqual(Number(articles));
    }
  });

  it.each<[string, boolean]>([
    // Topic words: an article about them says them again.
    ['疫苗', false],
    ['口罩', false],
    ['患者', false],
    ['呼吸机', false],
    // Said in passing, whatever the article is about.
    ['印象', true],
    ['重任', true],
    ['观点', true],
    ['与时俱进', true],
    // Seldom said twice, but terms of the policy dictionary: the policy's own words.
    ['人居环境', false],
    ['党建引领', false],
  ])('%s said in passing: %s', (word, passing) => {
    expect(newsAdaptation(word)).toBeDefined();
    expect(isSaidInPassing(word)).toBe(passing);
  });

  it('tells nothing of a word news never used', () => {
    expect(newsAdaptation('孤困儿童救助站')).toBeUndefined();
    expect(isSaidInPassing('孤困儿童救助站')).toBe(false);
  });
});

describe('usesNeeded', () => {
  it.each<[string, number]>([
    ['营商环境', 1], // longer words news uses: once
    ['呼吸机', 1],
    ['同情心', 2], // longer words news hardly uses: twice
    ['负面影响', 2], // longer words news seldom repeats (5 of 19): twice
    ['产业链', 1], // 71 of 216 repeat it: once
    ['双招双引', 1], // the policy dictionary's terms
    ['疫苗', 2], // topic words of two characters: twice
    ['预期', 3], // two characters news seldom repeats: three times
    ['仔猪', 3], // two characters news hardly uses
    ['印象', Infinity], // said in passing
    ['与时俱进', Infinity],
  ])('%s: %d', (word, needed) => {
    expect(usesNeeded(word)).toBe(needed);
  });
});

describe('keyness per text', () => {
  const text = '社区养老起步。疫苗研发提速，疫苗到货。印象深刻，印象很好。';
  it.each<[string, number, boolean]>([
    // [by, --min-count, 印象 listed]
    ['doc', 1, false],
    ['article', 1, false],
    ['doc', 0, true],
    ['corpus', 1, true],
  ])('by %s, --min-count %i: 印象 listed %s, 疫苗 always', (by, minCount, listed) => {
    const rows = rankedBesideAReport(text, { minCount, by });
    expect(rows.includes('印象')).toBe(listed);
    expect(rows).toContain('疫苗');
  });
});
