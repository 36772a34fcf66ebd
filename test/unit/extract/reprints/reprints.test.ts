// Reprints: the SimHash of weighted terms, the index that finds the earliest near signature, and the in-order step
// that names each cluster's first article.
import { describe, expect, it } from 'vitest';
import { hamming, parseSignature, signatureHex, simhash, type Signature } from '../../../../src/extract/reprints/simhash.js';
import { REPRINT_DISTANCE, ReprintIndex } from '../../../../src/extract/reprints/index.js';
import { reprintStep } from '../../../../src/extract/reprints/in-order.js';

const terms = (...pairs: Array<[string, number]>) => new Map(pairs);
const BASE: Array<[string, number]> = Array.from({ length: 60 }, (_, i) => [`词${i}`, 1 + (i % 7)]);

/** The signature with the given bits flipped. */
function flipped(s: Signature, bits: number[]): Signature {
  let { hi, lo } = s;
  for (const bit of bits) {
    if (bit < 32) lo = (lo ^ (1 << bit)) >>> 0;
    else hi = (hi ^ (1 << (bit - 32))) >>> 0;
  }
  return { hi, lo };
}

describe('simhash', () => {
  it('is undefined without a term of positive weight', () => {
    expect(simhash(new Map())).toBeUndefined();
    expect(simhash(terms(['发展', 0]))).toBeUndefined();
  });

  it('is the same for the same weighted terms, in any order', () => {
    expect(simhash(terms(...BASE))).toEqual(simhash(terms(...[...BASE].reverse())));
  });

  it('moves few bits for a small change and about half for another text', () => {
    const base = simhash(terms(...BASE))!;
    const edited = simhash(terms(...BASE.slice(0, 57), ['新词', 1]))!;
    const other = simhash(terms(...BASE.map(([w, n]): [string, number] => [`另${w}`, n])))!;
    expect(hamming(base, edited)).toBeLessThanOrEqual(REPRINT_DISTANCE);
    expect(hamming(base, other)).toBeGreaterThan(16);
  });

  it.each<[Signature, string]>([
    [{ hi: 0, lo: 0 }, '0000000000000000'],
    [{ hi: 0xc2636087, lo: 0x15ad0e5f }, 'c263608715ad0e5f'],
    [{ hi: 0xffffffff, lo: 1 }, 'ffffffff00000001'],
  ])('%j prints as %s and reads back', (s, hex) => {
    expect(signatureHex(s)).toBe(hex);
    expect(parseSignature(hex)).toEqual(s);
  });

  it.each(['', 'c26360', 'g263608715ad0e5f', 'c263608715ad0e5f0'])('%j is not a signature', (hex) => {
    expect(parseSignature(hex)).toBeUndefined();
  });
});

describe('ReprintIndex', () => {
  const origin: Signature = { hi: 0x12345678, lo: 0x9abcdef0 };

  it.each<[string, number[], boolean]>([
    ['the same signature', [], true],
    ['one bit off', [5], true],
    ['seven bits, two in one band', [0, 1, 20, 33, 40, 50, 63], true],
    ['seven bits, spread', [0, 17, 18, 35, 36, 52, 53], true],
    ['eight bits off', [0, 1, 16, 17, 32, 33, 48, 49], false],
    ['all bits of a band off', Array.from({ length: 16 }, (_, i) => i), false],
  ])('%s: found = %s', (_, bits, found) => {
    const index = new ReprintIndex<string>();
    index.add(origin, 'origin');
    expect(index.earliestNear(flipped(origin, bits))?.what).toBe(found ? 'origin' : undefined);
  });

  it('answers with the earliest of several near signatures', () => {
    const index = new ReprintIndex<string>();
    index.add(flipped(origin, [40]), 'second');
    index.add(origin, 'third');
    expect(index.earliestNear(flipped(origin, [3]))?.what).toBe('second');
    expect(index.size).toBe(2);
  });
});

describe('reprintStep', () => {
  const row = (doc: string, simhash: string | null, chars = 500) => ({ doc, article: 1, chars, simhash, reprint_of: null, reprint_of_article: null });
  const a = 'c263608715ad0e5f';
  const b = signatureHex(flipped(parseSignature(a)!, [1, 2, 3, 4, 5, 6])); // 6 bits from a
  const c = signatureHex(flipped(parseSignature(b)!, [40, 41, 42, 43, 44])); // 11 from a, 5 from b

  it('names the first article of the cluster, also for a reprint of a reprint', () => {
    const step = reprintStep();
    const out = [row('a', a), row('b', b), row('c', c), row('d', 'ffffffffffffffff')].map(step);
    expect(out.map((r) => [r.doc, r.reprint_of, r.reprint_of_article])).toEqual([
      ['a', null, null],
      ['b', 'a', 1],
      ['c', 'a', 1],
      ['d', null, null],
    ]);
  });

  it('leaves short bodies and unsigned articles alone', () => {
    const step = reprintStep();
    const out = [row('a', a), row('short', a, 120), row('none', null)].map(step);
    expect(out.map((r) => r.reprint_of)).toEqual([null, null, null]);
  });
});
