// Property: on any text made of digits, numerals, units and punctuation, extraction never throws and its spans
// are ordered, disjoint slices of the text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractNumbers } from '../../../../src/extract/numbers/numbers.js';
import { makeArticle } from '../../../helpers/article.js';

const PIECES = [
  '1', '2', '0', '5', '.', ',', '，', '、', '。', '-', '~', '至', '%', '万', '亿', '千', '百', '十', '一', '二', '两', '三',
  '零', '〇', '多', '余', '约', '近', '超', '以上', '左右', '元', '亩', '千瓦', '个', '名', '户', '年', '月', '日', '季度',
  '前', '第', '届', '大', '分之', '百分之', '个百分点', '倍', '成', '“', '”', '《', '》', '同比', '增长', '下降', '较', '比',
  '全省', '产值', '面积', 'PM', 'G', '+', '\n', ' ', '(', ')', '由', '提高至', '/', '每人',
];

describe('extractNumbers on arbitrary number-heavy text', () => {
  it('returns ordered, disjoint spans that slice the text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        const spans = extractNumbers(makeArticle(text));
        let last = 0;
        for (const s of spans) {
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(s.end).toBeGreaterThan(s.start);
          expect(text.slice(s.start, s.end)).toBe(s.text);
          if (s.value !== null) expect(Number.isFinite(s.value)).toBe(true);
          last = s.end;
        }
      }),
      { numRuns: 1500 },
    );
  });
});
