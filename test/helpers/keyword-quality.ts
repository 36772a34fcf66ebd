// The keyword quality bar, shared by the unit test on the seeds (test/unit/extract/keywords/quality.test.ts) and the
// check on whole reports of the real corpus (test/eval/keyword-quality.test.ts).
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { loadIdf } from '../../src/extract/keywords/idf.js';
import { addArticle, newTermStats, rankKeywords, type Method } from '../../src/extract/keywords/keywords.js';
import { cutWords } from '../../src/nlp/segmenter.js';
import { isStopWord } from '../../src/nlp/stopwords.js';

let idf: ReturnType<typeof loadIdf> | undefined;
export const BOILERPLATE = ['推进', '加快', '着力', '落实', '坚持', '深入', '工作', '会议', '要求', '发展', '建设', '推动', '加强',
  '贯彻落实', '市委', '习近平', '潍坊', '全市'];

/** The top 20 keywords of the files taken together. */
export function top20(files: string[], method: Method = 'tfidf'): string[] {
  const stats = newTermStats();
  for (const file of files) addArticle(stats, cutWords(readFileSync(file, 'utf8')), method, file);
  return rankKeywords(stats, { method, top: 20, minCount: 2, idf: (idf ??= loadIdf()) }).map((r) => r.keyword);
}

/** Twenty terms, none of them a figure, a date, a stop word or boilerplate. */
export function expectClean(top: string[]): void {
  expect(top).toHaveLength(20);
  for (const word of top) {
    expect(word.length).toBeGreaterThan(1);
    expect(word).not.toMatch(/^[\d.]+|\d[年月日号%]/); // figures and dates; codes like X86 may stay
    expect(isStopWord(word)).toBe(false);
  }
  for (const word of BOILERPLATE) expect(top).not.toContain(word);
}
