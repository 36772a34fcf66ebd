// Finding the earliest near-identical article already seen, among millions, without comparing against each
// (multi-index hashing, Norouzi, Punjani and Fleet 2012): two signatures within k bits of each other differ in at most
// ⌊k/4⌋ bits in at least one of four 16-bit bands (pigeonhole). Each band's value indexes the articles, a lookup visits
// the band's value and its one-bit neighbours, and only the articles found there are compared bit by bit.
import { hamming, type Signature } from './simhash.js';

/**
 * Two bodies this many bits apart or fewer are one text. bench/reprints.mjs: at 7, 87–100 % of copies (new headline,
 * cut paragraph, other byline, traditional script, all four) and none of 79,800 pairs of distinct articles.
 */
export const REPRINT_DISTANCE = 7;

/** Shorter bodies are left alone: notices and one-line items share their few words by template, not by copying. */
export const REPRINT_MIN_CHARS = 200;

export interface Seen<T> {
  signature: Signature;
  what: T;
}

const BANDS = 4;
const BAND_BITS = 16;
/** Bits a band may differ in and still lead to a match within REPRINT_DISTANCE (searched: the value and its neighbours). */
const BAND_RADIUS = Math.floor(REPRINT_DISTANCE / BANDS);
if (BAND_RADIUS > 1) throw new Error('ReprintIndex searches bands within one bit: REPRINT_DISTANCE must be below 8');

/** The four 16-bit bands of a signature, each as a key tagged with its band. */
function bandKeys(s: Signature): number[] {
  return [s.lo & 0xffff, s.lo >>> 16, s.hi & 0xffff, s.hi >>> 16].map((value, band) => band * 0x10000 + value);
}

/** The keys to visit for a signature: each band's key and, within BAND_RADIUS, its one-bit neighbours. */
function probeKeys(s: Signature): number[] {
  const keys: number[] = [];
  for (const key of bandKeys(s)) {
    keys.push(key);
    if (BAND_RADIUS === 1) for (let bit = 0; bit < BAND_BITS; bit++) keys.push(key ^ (1 << bit));
  }
  return keys;
}

/** Signatures seen so far, in the order they were added; `earliestNear` answers with the first added. */
export class ReprintIndex<T> {
  private readonly seen: Seen<T>[] = [];
  private readonly buckets = new Map<number, number[]>();

  /** The earliest signature added within REPRINT_DISTANCE bits of `signature`, if any. */
  earliestNear(signature: Signature): Seen<T> | undefined {
    let best = -1;
    for (const key of probeKeys(signature)) {
      for (const i of this.buckets.get(key) ?? []) {
        if ((best < 0 || i < best) && hamming(signature, this.seen[i]!.signature) <= REPRINT_DISTANCE) best = i;
      }
    }
    return best < 0 ? undefined : this.seen[best];
  }

  add(signature: Signature, what: T): void {
    const i = this.seen.push({ signature, what }) - 1;
    for (const key of bandKeys(signature)) {
      const bucket = this.buckets.get(key);
      if (bucket) bucket.push(i);
      else this.buckets.set(key, [i]);
    }
  }

  get size(): number {
    return this.seen.length;
  }
}
