// The quality bar on whole government texts: the top 20 by tf-idf of a national report, a provincial report and
// a city policy text are policy content terms, not boilerplate, figures or names, and hold each text's subjects.
// (test/unit/extract/keywords/quality.test.ts holds the same bar on the seeds.)
import { describe, expect, it } from 'vitest';
import { expectClean, top20 } from '../helpers/keyword-quality.js';
import { hasShared, shared } from './shared.js';

describe.skipIf(!hasShared('corpus'))('keyword quality on the corpus', () => {
  it.each([
    ['reports/national_china_2024_gov-report.txt', ['高质量发展', '改革', '政策', '民生']],
    ['reports/province_shandong_2026_gov-report.txt', ['高质量发展', '改革', '示范区']],
    ['policy/city_jinan_2021_policy-s023.txt', ['鲲鹏', '软件开发', '信息化']],
  ])('%s: top 20 by tf-idf', (name, expected) => {
    const top = top20([shared(`corpus/${name}`)]);
    // A term may be listed inside a phrase the text repeats (鲲鹏 in 鲲鹏产品): a phrase and its words are not both listed.
    const listed = (term: string) => top.find((keyword) => keyword.includes(term));
    console.log(`keywords ${name}: ${top.join(' ')}; expected terms found ${expected.filter(listed).length}/${expected.length}`);
    expectClean(top);
    for (const term of expected) expect(listed(term), term).toBeDefined();
  });
});
