// The quality bar: on real pages, the top 20 by tf-idf are policy content terms, not boilerplate.
// (test/eval/keyword-quality.test.ts holds the same bar on whole reports of the real corpus: npm run eval.)
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadIdf } from '../../../../src/extract/keywords/idf.js';
import { addArticle, newTermStats, rankKeywords, type Method } from '../../../../src/extract/keywords/keywords.js';
import { cutWords } from '../../../../src/nlp/segmenter.js';
import { isStopWord } from '../../../../src/nlp/stopwords.js';

const idf = loadIdf();
const BOILERPLATE = ['推进', '加快', '着力', '落实', '坚持', '深入', '工作', '会议', '要求', '发展', '建设', '推动', '加强',
  '贯彻落实', '市委', '习近平', '潍坊', '全市'];

function top20(files: string[], method: Method = 'tfidf'): string[] {
  const stats = newTermStats();
  for (const file of files) addArticle(stats, cutWords(readFileSync(file, 'utf8')), method, file);
  return rankKeywords(stats, { method, top: 20, minCount: 2, idf }).map((r) => r.keyword);
}

function expectClean(top: string[]): void {
  expect(top).toHaveLength(20);
  for (const word of top) {
    expect(word.length).toBeGreaterThan(1);
    expect(word).not.toMatch(/^[\d.]+|\d[年月日号%]/); // figures and dates; codes like X86 may stay
    expect(isStopWord(word)).toBe(false);
  }
  for (const word of BOILERPLATE) expect(top).not.toContain(word);
}

describe('keyword quality', () => {
  const seeds = readdirSync('seeds').filter((f) => f.endsWith('.txt')).map((f) => join('seeds', f));

  it.each<Method>(['tfidf', 'textrank', 'freq'])('seeds together, %s: no boilerplate, no figures, no names', (method) => {
    expectClean(top20(seeds, method));
  });

  it('seeds together, tfidf: the pages\' subjects are there', () => {
    const top = top20(seeds);
    for (const term of ['高质量发展', '光伏', '疫情防控', '儿童']) expect(top).toContain(term);
    // At least half are substantive policy terms (the bar).
    const substantive = ['高质量发展', '光伏', '疫情防控', '儿童', '孤困', '创城', '产业', '企业', '项目', '生态', '农业',
      '教育', '人才', '贸易', '消费', '攻坚', '提效', '商通', '经济', '政策', '投资', '乡村振兴', '现代化强市', '人居环境'];
    expect(top.filter((t) => substantive.includes(t)).length).toBeGreaterThanOrEqual(10);
  });
});
