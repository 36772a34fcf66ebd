// The quality bar: on real pages, the top 20 by tf-idf are policy content terms, not boilerplate.
// (test/eval/keyword-quality.test.ts holds the same bar on whole reports of the real corpus: npm run eval.)
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Method } from '../../../../src/extract/keywords/keywords.js';
import { expectClean, top20 } from '../../../helpers/keyword-quality.js';

describe('keyword quality', () => {
  const seeds = readdirSync('seeds').filter((f) => f.endsWith('.txt')).map((f) => join('seeds', f));

  it.each<Method>(['tfidf', 'textrank', 'freq'])('seeds together, %s: no boilerplate, no figures, no names', (method) => {
    expectClean(top20(seeds, method));
  });

  it('seeds together, tfidf: the pages\' subjects are there', () => {
    const top = top20(seeds);
    for (const term of ['高质量发展', '光伏', '疫情防控']) expect(top).toContain(term);
    // 儿童, or a phrase that holds it (孤困儿童): a phrase and its words are not both listed.
    expect(top.some((t) => t.includes('儿童'))).toBe(true);
    // At least half are substantive policy terms (the bar).
    const substantive = ['高质量发展', '光伏', '疫情防控', '儿童', '孤困儿童', '孤困', '创城', '产业', '企业', '项目', '生态', '农业',
      '教育', '人才', '贸易', '消费', '攻坚', '提效', '商通', '经济', '政策', '投资', '乡村振兴', '现代化强市', '人居环境'];
    expect(top.filter((t) => substantive.includes(t)).length).toBeGreaterThanOrEqual(10);
  });
});
