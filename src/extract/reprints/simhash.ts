// A 64-bit SimHash of an article (Charikar 2002; as Manku, Jain and Das Sarma 2007 used it to find near-duplicate web
// pages): every term votes on every bit with its weight, so two texts that share most of their weighted terms get
// signatures a few bits apart, whatever was added, cut or reworded at the edges. Terms weigh by how often the article
// uses them and how rare they are in policy texts (our IDF), so the boilerplate every report shares (发展, 工作…)
// moves few bits and a story's own names, figures and measures move most.

/** A signature as two unsigned 32-bit halves (JavaScript numbers hold 53 bits; BigInt costs ~10× per term). */
export interface Signature {
  hi: number;
  lo: number;
}

/** fmix32 of MurmurHash3: spreads FNV's output so that every input bit flips each output bit about half the time. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Two independent 32-bit hashes of a term: FNV-1a over its UTF-16 code units from two bases, each mixed. */
export function termHashes(term: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let i = 0; i < term.length; i++) {
    const c = term.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193);
  }
  return [mix(a), mix(b ^ 0x9e3779b9)];
}

/**
 * The votes of one signature being built: `vote` each term in turn, then `finish`. One per thread, reused (signatures
 * are built one at a time), so a signature allocates nothing but its result. The terms' order is part of the result:
 * each bit sums floating-point weights, so the same terms voting in another order can round differently.
 */
export class SimHasher {
  private readonly votes = new Float64Array(64);
  private any = false;

  /** A term of hashes h1 (bits 0–31) and h2 (bits 32–63) votes with `weight`; nothing when weight is not above 0. */
  vote(h1: number, h2: number, weight: number): void {
    if (!(weight > 0)) return;
    this.any = true;
    const votes = this.votes;
    // Branch-free: the bits are random, so a branch per bit would be mispredicted half the time. 2w·b − w is ±w exactly.
    const twice = 2 * weight;
    for (let bit = 0; bit < 32; bit++) {
      votes[bit]! += twice * (h1 & 1) - weight;
      votes[bit + 32]! += twice * (h2 & 1) - weight;
      h1 >>= 1;
      h2 >>= 1;
    }
  }

  /** The signature of the terms voted since the last finish (undefined when none had a positive weight); starts over. */
  finish(): Signature | undefined {
    const votes = this.votes;
    let hi = 0;
    let lo = 0;
    for (let bit = 0; bit < 32; bit++) {
      if (votes[bit]! > 0) lo |= 1 << bit;
      if (votes[bit + 32]! > 0) hi |= 1 << bit;
    }
    const any = this.any;
    votes.fill(0);
    this.any = false;
    return any ? { hi: hi >>> 0, lo: lo >>> 0 } : undefined;
  }
}

/** The SimHash of weighted terms, in the map's order; undefined when there is nothing to sign (no term of positive weight). */
export function simhash(weights: Map<string, number>, hasher = new SimHasher()): Signature | undefined {
  for (const [term, weight] of weights) {
    if (!(weight > 0)) continue;
    const [h1, h2] = termHashes(term);
    hasher.vote(h1, h2, weight);
  }
  return hasher.finish();
}

/** 16 hexadecimal digits, high half first: how the `simhash` column prints (a JSON number could not hold 64 bits). */
export function signatureHex(s: Signature): string {
  return s.hi.toString(16).padStart(8, '0') + s.lo.toString(16).padStart(8, '0');
}

export function parseSignature(hex: string): Signature | undefined {
  if (!/^[0-9a-f]{16}$/i.test(hex)) return undefined;
  return { hi: parseInt(hex.slice(0, 8), 16), lo: parseInt(hex.slice(8), 16) };
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

/** Bits in which two signatures differ. */
export function hamming(a: Signature, b: Signature): number {
  return popcount((a.hi ^ b.hi) >>> 0) + popcount((a.lo ^ b.lo) >>> 0);
}
