// The quality bar on whole government texts: the top 20 by tf-idf of a national report, a provincial report and
// a city policy text are policy content terms, not boilerplate, figures or names, and hold each text's subjects.
// (test/unit/extract/keywords/quality.test.ts holds the same bar on the seeds.)
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadIdf } from '../../src/extract/keywords/idf.js';
import { addArticle, newTermStats, rankKeywords } from '../../src/extract/keywords/keywords.js';
import { cutWords } from '../../src/nlp/segmenter.js';
import { isStopWord } from '../../src/nlp/stopwords.js';
import { hasShared, shared } from './shared.js';

const BOILERPLATE = ['推进', '加快', '着力', '落实', '坚持', '深入', '工作', '会议', '要求', '发展', '建设', '推动', '加强',
  '贯彻落实', '市委', '习近平', '潍坊', '全市'];

describe.skipIf(!hasShared('corpus'))('keyword quality on the corpus', () => {
  const idf = loadIdf();

  it.each([
    ['reports/national_china_2024_gov-report.txt', ['高质量发展', '改革', '政策', '民生']],
    ['reports/province_shandong_2026_gov-report.txt', ['高质量发展', '改革', '示范区']],
    ['policy/city_jinan_2021_policy-s023.txt', ['鲲鹏', '软件开发', '信息化']],
  ])('%s: top 20 by tf-idf', (name, expected) => {
    const stats = newTermStats();
    addArticle(stats, cutWords(readFileSync(shared(`corpus/${name}`), 'utf8')), 'tfidf', name);
    const top = rankKeywords(stats, { method: 'tfidf', top: 20, minCount: 2, idf }).map((r) => r.keyword);
    console.log(`keywords ${name}: ${top.join(' ')}; expected terms found ${expected.filter((t) => top.includes(t)).length}/${expected.length}`);
    expect(top).toHaveLength(20);
    for (const word of top) {
      expect(word.length).toBeGreaterThan(1);
      expect(word).not.toMatch(/^[\d.]+|\d[年月日号%]/); // figures and dates; codes like X86 may stay
      expect(isStopWord(word)).toBe(false);
    }
    for (const word of BOILERPLATE) expect(top).not.toContain(word);
    for (const term of expected) expect(top).toContain(term);
  });
});
