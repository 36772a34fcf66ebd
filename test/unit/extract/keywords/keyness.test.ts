import { describe, expect, it } from 'vitest';
import { chiSquare1PValue, erfc, keyness, logLikelihood, per10k, percentDiff } from '../../../../src/extract/keywords/keyness.js';

// a, b = the term's frequency in corpus 1 (the group) and corpus 2 (the rest); c, d = the corpus sizes, as in the
// UCREL log-likelihood wizard (Rayson & Garside 2000): E1 = c(a+b)/(c+d), E2 = d(a+b)/(c+d),
// G² = 2(a ln(a/E1) + b ln(b/E2)), shown with + for overuse and − for underuse in corpus 1.
describe('logLikelihood (Rayson & Garside)', () => {
  it.each([
    // E1 = E2 = 15; 2(20 ln(20/15) + 10 ln(10/15)) = 2(5.75364 − 4.05465) = 3.39798
    { a: 20, b: 10, c: 1000, d: 1000, g2: 3.39798 },
    // the same table the other way round: underuse, the same magnitude with a minus sign
    { a: 10, b: 20, c: 1000, d: 1000, g2: -3.39798 },
    // 5/1000 = 10/2000: equal rates, nothing to tell them apart
    { a: 5, b: 10, c: 1000, d: 2000, g2: 0 },
    // b = 0: the b·ln(b/E2) term is 0 (limit of x ln x); E1 = 5, 2(10 ln 2) = 13.86294
    { a: 10, b: 0, c: 1000, d: 1000, g2: 13.86294 },
    // unequal sizes: E1 = 10000·80/60000 = 13.3333, E2 = 66.6667;
    // 2(50 ln 3.75 + 30 ln 0.45) = 2(66.08779 − 23.95525) = 84.26512
    { a: 50, b: 30, c: 10000, d: 50000, g2: 84.26512 },
    // a term the group never uses: E1 = E2 = 6; 2(12 ln 2) = 16.63553, underuse
    { a: 0, b: 12, c: 5000, d: 5000, g2: -16.63553 },
    // a term nobody uses: 0
    { a: 0, b: 0, c: 5000, d: 5000, g2: 0 },
  ])('a=$a b=$b c=$c d=$d → G² $g2', ({ a, b, c, d, g2 }) => {
    expect(logLikelihood(a, b, c, d)).toBeCloseTo(g2, 4);
  });

  it('is 0 when one side has no text (there is nothing to compare with)', () => {
    expect(logLikelihood(3, 0, 100, 0)).toBe(0);
  });
});

// %DIFF (Gabrielatos & Marchi 2012) = (NF_group − NF_rest)·100 / NF_rest, NF = normalised frequency.
describe('percentDiff (Gabrielatos & Marchi)', () => {
  it.each([
    // 20 per 1000 against 10 per 1000: twice as frequent = +100%
    { a: 20, b: 10, c: 1000, d: 1000, pct: 100 },
    // half as frequent = −50%
    { a: 10, b: 20, c: 1000, d: 1000, pct: -50 },
    // 50/10000 = 0.005 against 30/50000 = 0.0006: (0.005 − 0.0006)/0.0006·100 = 733.33
    { a: 50, b: 30, c: 10000, d: 50000, pct: 733.3333 },
    // equal rates
    { a: 5, b: 10, c: 1000, d: 2000, pct: 0 },
    // never in the group: −100%
    { a: 0, b: 12, c: 5000, d: 5000, pct: -100 },
  ])('a=$a b=$b c=$c d=$d → $pct%', ({ a, b, c, d, pct }) => {
    expect(percentDiff(a, b, c, d)).toBeCloseTo(pct, 3);
  });

  it('is undefined (null) when the rest never uses the term', () => {
    expect(percentDiff(10, 0, 1000, 1000)).toBeNull();
  });
});

describe('chiSquare1PValue', () => {
  // The wizard's critical values of χ²(1): 3.84 (p < 0.05), 6.63 (0.01), 10.83 (0.001), 15.13 (0.0001).
  it.each([
    { x: 3.84, p: 0.05 },
    { x: 6.63, p: 0.01 },
    { x: 10.83, p: 0.001 },
    { x: 15.13, p: 0.0001 },
  ])('χ² = $x → p ≈ $p', ({ x, p }) => {
    expect(chiSquare1PValue(x) / p).toBeCloseTo(1, 2);
  });

  it.each([0, -1, Number.NaN])('%s → 1', (x) => {
    expect(chiSquare1PValue(x)).toBe(1);
  });

  it('keeps its digits far in the tail (G² = 84.27 → 4.3268e-20, as erfc(√42.13))', () => {
    expect(chiSquare1PValue(84.26512222516565) / 4.326812448854056e-20).toBeCloseTo(1, 8);
  });
});

describe('erfc', () => {
  // Reference values from Python's math.erfc.
  it.each([
    { x: 0, y: 1 },
    { x: 0.5, y: 0.4795001221869535 },
    { x: 1, y: 0.15729920705028513 },
    { x: 1.9, y: 0.0072095707647425325 },
    { x: 2, y: 0.004677734981047265 },
    { x: 3, y: 2.2090496998585438e-5 },
    { x: 5, y: 1.5374597944280351e-12 },
    { x: 10, y: 2.088487583762545e-45 },
    { x: -1, y: 1.8427007929497148 },
  ])('erfc($x) = $y', ({ x, y }) => {
    expect(erfc(x) / y).toBeCloseTo(1, 10);
  });
});

describe('keyness', () => {
  it('gives the signed G², %DIFF and the p of |G²| together', () => {
    const k = keyness(10, 20, 1000, 1000);
    expect(k.g2).toBeCloseTo(-3.39798, 4);
    expect(k.pctDiff).toBeCloseTo(-50, 6);
    expect(k.p).toBeCloseTo(0.0652763, 6);
  });
});

describe('per10k', () => {
  it.each([
    { count: 3, size: 30000, rate: 1 },
    { count: 7, size: 12418, rate: 5.636978579481398 },
    { count: 0, size: 100, rate: 0 },
    { count: 4, size: 0, rate: 0 },
  ])('$count in $size characters → $rate', ({ count, size, rate }) => {
    expect(per10k(count, size)).toBeCloseTo(rate, 9);
  });
});
