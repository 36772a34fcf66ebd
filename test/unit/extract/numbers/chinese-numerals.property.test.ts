// Property: every integer written out in Chinese by an independent library (nzh) parses back to itself.
import fc from 'fast-check';
import Nzh from 'nzh';
import { describe, expect, it } from 'vitest';
import { parseChineseNumber } from '../../../../src/extract/numbers/chinese-numerals.js';

describe('parseChineseNumber against nzh', () => {
  it('reads back integers written in Chinese numerals', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999_999 }), (n) => {
        expect(parseChineseNumber(Nzh.cn.encodeS(n))).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads back the short form of the tens (十二, not 一十二)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 10, max: 99_999 }), (n) => {
        expect(parseChineseNumber(Nzh.cn.encodeS(n, { tenMin: true }))).toBe(n);
      }),
      { numRuns: 500 },
    );
  });
});
