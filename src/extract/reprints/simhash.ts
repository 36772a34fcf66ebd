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
function termHashes(term: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let i = 0; i < term.length; i++) {
    const c = term.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193);
  }
  return [mix(a), mix(b ^ 0x9e3779b9)];
}

/** The SimHash of weighted terms; undefined when there is nothing to sign (no term of positive weight). */
export function simhash(weights: Map<string, number>): Signature | undefined {
  const votes = new Float64Array(64);
  let any = false;
  for (const [term, weight] of weights) {
    if (!(weight > 0)) continue;
    any = true;
    const [h1, h2] = termHashes(term);
    // Branch-free: the bits are random, so a branch per bit would be mispredicted half the time.
    const twice = 2 * weight;
    for (let bit = 0; bit < 32; bit++) {
      votes[bit]! += twice * ((h1 >>> bit) & 1) - weight;
      votes[bit + 32]! += twice * ((h2 >>> bit) & 1) - weight;
    }
  }
  if (!any) return undefined;
  let hi = 0;
  let lo = 0;
  for (let bit = 0; bit < 32; bit++) {
    if (votes[bit]! > 0) lo |= 1 << bit;
    if (votes[bit + 32]! > 0) hi |= 1 << bit;
  }
  return { hi: hi >>> 0, lo: lo >>> 0 };
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
