// Hostile text: one pattern repeated over a long line. Each case ran for minutes before its fix (a regex that
// backtracked from every position of a numeral run, a containment check against every span kept so far, the whole
// text read again for every figure or date); now each
// finishes in well under the timeout, and the answers are the ones a short text gives.
import { describe, expect, it, vi } from 'vitest';
import { splitArticles } from '../../src/corpus/articles.js';
import { lineStartsOf } from '../../src/corpus/read.js';
import { attributeArticles } from '../../src/extract/places/attribution.js';
import { ENTITY_TYPES } from '../../src/extract/entities.js';
import entities from '../../src/commands/entities.js';
import keywords from '../../src/commands/keywords.js';
import numbers from '../../src/commands/numbers.js';
import { processArticles } from '../../src/pipeline/process-file.js';
import { NUMBER_KINDS, type Article } from '../../src/types.js';

vi.setConfig({ testTimeout: 60_000 });

const LENGTH = 100_000;

function articlesOf(pattern: string): Article[] {
  const original = pattern.repeat(Math.ceil(LENGTH / pattern.length)).slice(0, LENGTH);
  const articles = splitArticles({ doc: 'p.txt', path: 'p.txt', encoding: 'utf-8', original, lineStarts: lineStartsOf(original) });
  attributeArticles(articles);
  return articles;
}

describe.each([
  ['a run of Chinese numerals', '一二三四五六七八九十百千万亿'],
  ['an organisation repeated', '市委'],
  ['titles in a list', '市委书记、市长、'],
  ['an ordinal repeated', '第十四届'],
  ['a place repeated', '潍坊市'],
  ['a figure repeated', '153.7亿元'],
  ['a meeting repeated', '第十四届人民代表大会第一次会议'],
  ['a percentage in words repeated', '百分之'],
  ['a date repeated', '12月25日'],
  ['a full date repeated', '2022年12月25日，'],
])('%s (%s), 100 000 characters on one line', (_what, pattern) => {
  it('numbers, entities and keywords finish in seconds', () => {
    const articles = articlesOf(pattern);
    expect(articles.length).toBeGreaterThan(0);
    const started = performance.now();
    processArticles(numbers, { kinds: NUMBER_KINDS }, articles);
    processArticles(entities, { types: ENTITY_TYPES }, articles);
    processArticles(keywords, { by: 'corpus', method: 'tfidf', top: 20, minCount: 1 }, articles);
    // ~1 s here; generous for a loaded CI machine; the quadratic versions took 20 s to minutes.
    expect(performance.now() - started).toBeLessThan(15_000);
  });
});
