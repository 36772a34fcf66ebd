// The signature of an article for finding reprints: the SimHash of its body's terms, weighted by use and rarity.
// The headline is left out (papers retitle agency copy), and so are stop words and punctuation, which every text shares.
import { tokensOf } from '../../nlp/article-tokens.js';
import { isStopWord } from '../../nlp/stopwords.js';
import type { Article, Token } from '../../types.js';
import { loadIdf, type Idf } from '../keywords/idf.js';
import { SimHasher, termHashes, type Signature } from './simhash.js';

let idf: Idf | undefined;

/** What a signature reads of an IDF: a term's value (undefined when the file lacks it) and the file's median. */
export type TermIdf = Pick<Idf, 'get' | 'median'>;

/**
 * A term worth a vote starts with a Han character, a letter or a digit (text is normalised: full-width forms are
 * folded). A test of the first code unit: a regular expression per token was a third of the signature's time.
 */
function isContent(word: string): boolean {
  return isContentUnit(word.charCodeAt(0));
}

function isContentUnit(c: number): boolean {
  if (c < 0x80) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  // CJK symbols and punctuation (、。「」…) and the half/full-width forms block are not content; the rest of Han is.
  return c >= 0x3400 && c < 0xfe30;
}

/**
 * Weighted terms of the article's body: (1 + ln tf) × IDF, so a word said ten times does not outvote the rest. In the
 * order of each term's first use: the order the signature sums their votes in. The definition; articleSignature
 * computes the same signature without building this map.
 */
export function bodyTermWeights(article: Article, weights: TermIdf = defaultIdf()): Map<string, number> {
  // Count every word first and judge each distinct word once: stop words and punctuation are most of the tokens.
  const counts = new Map<string, number>();
  for (const token of tokensOf(article)) {
    if (token.start < article.bodyStart) continue;
    counts.set(token.word, (counts.get(token.word) ?? 0) + 1);
  }
  const weighted = new Map<string, number>();
  for (const [word, tf] of counts) {
    if (!isContent(word) || isStopWord(word)) continue;
    weighted.set(word, (1 + Math.log(tf)) * (weights.get(word) ?? weights.median));
  }
  return weighted;
}

/** Our policy IDF, without the general-Chinese fallback: read from its table in the cache folder (idf-table.ts) when there is one. */
function defaultIdf(): Idf {
  return (idf ??= loadIdf(undefined, { fallback: false }));
}

/**
 * The terms a thread has met, each with what it brings to every signature, worked out the first time: whether it
 * votes (not punctuation, not a stop word), its IDF and its two hashes. One open-addressing table of 32-byte slots,
 * each holding a term's key, what it brings and where it stands in the article being signed, so that a token costs
 * one cache line: docs signs between segmenting and attributing, which leave little of the table in the cache, and a
 * Map lookup per token (its string hashed, its entry a cache miss, a string comparison) was most of the cost.
 */
export class TermTable {
  /** `maxTerms`: past this many terms the table starts over; `slots`, a power of two, to begin with (tests make both small). */
  constructor(
    private readonly maxTerms = MAX_TERMS,
    slots = MAX_SLOTS,
  ) {
    this.ints = new Int32Array(SLOT * slots);
    this.floats = new Float64Array(this.ints.buffer);
  }

  /**
   * Slots of SLOT int32: LENGTH (the word's length, negative for a word that never votes; 0: an empty slot), K1 and
   * K2 (a word of up to four code units: the units themselves, two to an int; a longer one: its FNV-1a and where its
   * units are in `chars`), USED (the term's place in `used`, when the article being signed uses it), H1 and H2 (its
   * hashes) and its IDF (a float64 in the last two). A power of two of slots, at most LOAD full.
   */
  private ints: Int32Array<ArrayBuffer>;
  private floats: Float64Array<ArrayBuffer>;
  private count = 0;
  /** The code units of words of five or more, one after another: compared in place, cheaper than strings. */
  private chars = new Uint16Array(8192);
  private charCount = 0;
  /** The slots of the terms the article uses, in order of first use, and how often it uses each. */
  private used = new Int32Array(1024);
  private tfs = new Int32Array(1024);
  private usedCount = 0;
  private readonly hasher = new SimHasher();

  get size(): number {
    return this.count;
  }

  /**
   * The visible words (not all white space: rows/segment.ts's isVisibleWord) among all the tokens the last sign()
   * read, headline included: docs counts them in the signature's pass over the tokens instead of in a second one.
   */
  visibleWords = 0;

  /** The signature of the body's tokens (from `bodyStart` on): see articleSignature. */
  sign(tokens: Token[], bodyStart: number): Signature | undefined {
    if (this.count > this.maxTerms) this.clear();
    // Two loops in two functions: V8 compiles a long first article's loop while it runs (on-stack replacement), and
    // code after the loop that had never run then lacked type feedback: that compiled code left for the interpreter at
    // the end of every article (`--trace-deopt`), which made signing several times slower.
    this.tally(tokens, bodyStart);
    return this.vote();
  }

  /** Which terms the body uses, in order of first use, and how often. */
  private tally(tokens: Token[], bodyStart: number): void {
    this.usedCount = 0;
    let visible = 0;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      const word = token.word;
      // Punctuation and spaces never vote: known from the first code unit, before any lookup. Content starts with no
      // white space, so such a word is visible; of the rest, those that are not all white space.
      if (!isContentUnit(word.charCodeAt(0))) {
        if (word.trim().length > 0) visible++;
        continue;
      }
      visible++;
      if (token.start < bodyStart) continue;
      const slot = this.find(word);
      const ints = this.ints; // after the lookup: adding a term can move the slots
      const at = SLOT * slot;
      if (ints[at + LENGTH]! < 0) continue;
      // Whether the article has used the term yet: its USED entry points back at it (a stale one cannot).
      const u = ints[at + USED]!;
      if (u < this.usedCount && this.used[u] === slot) this.tfs[u]!++;
      else {
        if (this.usedCount === this.used.length) this.moreUsed();
        ints[at + USED] = this.usedCount;
        this.used[this.usedCount] = slot;
        this.tfs[this.usedCount++] = 1;
      }
    }
    this.visibleWords = visible;
  }

  private moreUsed(): void {
    this.used = grown(this.used, 2 * this.used.length);
    this.tfs = grown(this.tfs, 2 * this.tfs.length);
  }

  /** The used terms vote: in order of first use, as bodyTermWeights lists them, and with its arithmetic, so that the votes round the same way. */
  private vote(): Signature | undefined {
    const hasher = this.hasher;
    const ints = this.ints;
    const floats = this.floats;
    for (let i = 0; i < this.usedCount; i++) {
      const at = SLOT * this.used[i]!;
      const tf = this.tfs[i]!;
      const weight = (tf < LOG_TABLE_SIZE ? ONE_PLUS_LOG[tf]! : 1 + Math.log(tf)) * floats[(at + IDF) / 2]!;
      hasher.vote(ints[at + H1]!, ints[at + H2]!, weight);
    }
    return hasher.finish();
  }

  /** The slot of a word, added when new. */
  private find(word: string): number {
    const length = word.length;
    let k1: number;
    let k2 = 0;
    if (length <= 4) {
      k1 = (word.charCodeAt(0) << 16) | (length > 1 ? word.charCodeAt(1) : 0);
      if (length > 2) k2 = (word.charCodeAt(2) << 16) | (length > 3 ? word.charCodeAt(3) : 0);
    } else {
      k1 = 0x811c9dc5;
      for (let k = 0; k < length; k++) k1 = Math.imul(k1 ^ word.charCodeAt(k), 0x01000193);
    }
    const ints = this.ints;
    const mask = ints.length / SLOT - 1;
    for (let slot = slotOf(length, k1, k2) & mask; ; slot = (slot + 1) & mask) {
      const at = SLOT * slot;
      const stored = ints[at + LENGTH]!;
      if (stored === 0) return this.add(word, slot, k1, k2);
      if ((stored === length || stored === -length) && ints[at + K1] === k1) {
        if (length <= 4) {
          if (ints[at + K2] === k2) return slot;
        } else {
          const offset = ints[at + K2]!;
          let k = 0;
          while (k < length && this.chars[offset + k] === word.charCodeAt(k)) k++;
          if (k === length) return slot;
        }
      }
    }
  }

  /** A new term in the empty `slot`: what it brings to a signature worked out. Returns its slot (moved if the table grew). */
  private add(word: string, slot: number, k1: number, k2: number): number {
    const ints = this.ints;
    const at = SLOT * slot;
    const length = word.length;
    if (length > 4) {
      k2 = this.charCount;
      if (this.charCount + length > this.chars.length) this.chars = grown(this.chars, Math.max(2 * this.chars.length, this.charCount + length));
      for (let k = 0; k < length; k++) this.chars[this.charCount + k] = word.charCodeAt(k);
      this.charCount += length;
    }
    ints[at + K1] = k1;
    ints[at + K2] = k2;
    ints[at + USED] = NOT_USED;
    if (isContent(word) && !isStopWord(word)) {
      const weights = defaultIdf();
      const [h1, h2] = termHashes(word);
      ints[at + LENGTH] = length;
      ints[at + H1] = h1;
      ints[at + H2] = h2;
      // Once per term and thread: the IDF table need not remember the word.
      this.floats[(at + IDF) / 2] = (weights.getOnce ? weights.getOnce(word) : weights.get(word)) ?? weights.median;
    } else ints[at + LENGTH] = -length;
    if (++this.count > LOAD * (ints.length / SLOT)) return this.grow(slot);
    return slot;
  }

  /** Twice the slots; the article's `used` follows its terms. Returns where `slot` went. */
  private grow(slot: number): number {
    const old = this.ints;
    const ints = new Int32Array(2 * old.length);
    const mask = ints.length / SLOT - 1;
    const used = this.used.slice();
    let moved = -1;
    for (let from = 0; from < old.length / SLOT; from++) {
      const at = SLOT * from;
      const length = old[at + LENGTH]!;
      if (length === 0) continue;
      let to = slotOf(length < 0 ? -length : length, old[at + K1]!, old[at + K2]!) & mask;
      while (ints[SLOT * to + LENGTH] !== 0) to = (to + 1) & mask;
      for (let k = 0; k < SLOT; k++) ints[SLOT * to + k] = old[at + k]!;
      const u = old[at + USED]!;
      if (u < this.usedCount && this.used[u] === from) used[u] = to;
      if (from === slot) moved = to;
    }
    this.ints = ints;
    this.floats = new Float64Array(ints.buffer);
    this.used = used;
    return moved;
  }

  /** Forget every term (between articles only). */
  private clear(): void {
    this.ints.fill(0);
    this.count = 0;
    this.charCount = 0;
  }
}

/** A slot's int32 fields: see TermTable. */
const SLOT = 8;
const LENGTH = 0;
const K1 = 1;
const K2 = 2;
const USED = 3;
const H1 = 4;
const H2 = 5;
const IDF = 6;
/** USED of a term no article has used yet: never below the count of `used`. */
const NOT_USED = 0x7fffffff;
/** How full the table gets before it doubles: linear probing stays short below this. */
const LOAD = 0.6;

/**
 * The first slot to probe for a word's keys: for a word of five or more units K1 is already FNV-1a, the units of a
 * shorter one are mixed (their low bits alone would crowd some slots).
 */
function slotOf(length: number, k1: number, k2: number): number {
  if (length > 4) return k1 ^ (k1 >>> 15);
  let h = Math.imul(k1 ^ Math.imul(k2 ^ length, 0x85ebca6b), 0x9e3779b1);
  return h ^ (h >>> 16);
}

/** 1 + ln tf for the small counts most terms have: Math.log once per count, not once per term and article. */
const LOG_TABLE_SIZE = 256;
const ONE_PLUS_LOG = Float64Array.from({ length: LOG_TABLE_SIZE }, (_, tf) => 1 + Math.log(tf));

function grown<T extends Int32Array | Uint16Array>(array: T, length: number): T {
  const bigger = new (array.constructor as new (n: number) => T)(length);
  bigger.set(array);
  return bigger;
}

/**
 * Terms a thread keeps: the shared realnews and corpus together (30 MB, 5,959 articles) have 113,767 distinct words.
 * Past this many the table starts over, so an endless stream of new strings (numbers, names the HMM joins) cannot grow
 * it without bound: it stays at 2¹⁸ slots (8 MB) unless one article brings thousands of new words at the limit.
 */
const MAX_TERMS = 150_000;
/**
 * Slots to begin with: room for MAX_TERMS, so that a run never doubles the table (a copy of every slot, made by code
 * that runs once and so mostly in V8's slower tiers). The operating system commits a page only once a term lands in it.
 */
const MAX_SLOTS = 1 << 18;
const table = new TermTable();

/**
 * The article's signature: simhash(bodyTermWeights(article)), bit for bit, at a fraction of the cost (docs signs every
 * article; issue 18 allows 10 % over docs without signatures). IDF, stop list and hashes are consulted once per
 * distinct word per thread; a token costs a probe of the term table, and nothing is allocated per token.
 * Undefined for a body with no term. `words.visible`, when given, gets the count of the article's visible words (all its
 * tokens, headline included), which the same pass over the tokens counts for docs' `tokens` column.
 */
export function articleSignature(article: Article, words?: { visible: number }): Signature | undefined {
  const signature = table.sign(tokensOf(article), article.bodyStart);
  if (words) words.visible = table.visibleWords;
  return signature;
}
