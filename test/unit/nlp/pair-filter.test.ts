import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PairFilter } from '../../../src/nlp/pair-filter.js';

describe('PairFilter', () => {
  it('never says no to a pair it was given', () => {
    const unit = fc.integer({ min: 0, max: 0xffff });
    fc.assert(
      fc.property(fc.array(fc.tuple(unit, unit), { maxLength: 2000 }), (pairs) => {
        const filter = new PairFilter();
        for (const [a, b] of pairs) filter.add(a, b);
        for (const [a, b] of pairs) expect(filter.mayBegin(a, b)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('says no to most pairs it was not given', () => {
    const filter = new PairFilter();
    for (let k = 0; k < 6000; k++) filter.add(0x4e00 + (k % 900), 0x4e00 + Math.floor(k / 900));
    let yes = 0;
    for (let a = 0x5000; a < 0x5100; a++) for (let b = 0x6000; b < 0x6100; b++) if (filter.mayBegin(a, b)) yes++;
    expect(yes / 0x10000).toBeLessThan(0.02);
  });
});
