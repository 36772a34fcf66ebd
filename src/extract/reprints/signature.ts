// The signature of an article for finding reprints: the SimHash of its body's terms, weighted by use and rarity.
// The headline is left out (papers retitle agency copy), and so are stop words and punctuation, which every text shares.
import { tokensOf } from '../../nlp/article-tokens.js';
import { isStopWord } from '../../nlp/stopwords.js';
import type { Article, Token } from '../../types.js';
import { loadIdf, type Idf } from '../keywords/idf.js';
import { SimHasher, termHashes, type Signature } from './simhash.js';

let idf: Idf | undefined;

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
export function bodyTermWeights(article: Article, weights: Idf = defaultIdf()): Map<string, number> {
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

function defaultIdf(): Idf {
  return (idf ??= loadIdf(undefined, { fallback: false }));
}

/**
 * The terms a thread has met, each with what it brings to every signature, worked out the first time: whether it
 * votes (not punctuation, not a stop word), its IDF and its two hashes; and, while an article is being signed, its
 * count there. All in typed arrays: a word of one code unit is found by that unit, one of two by both in an open-
 * addressing table, a longer one by its FNV-1a, computed inline. A Map lookup per token (its string hashed by V8, its
 * entry a cache miss in a table of 10⁵ words, then a string comparison) was most of the cost.
 */
export class TermTable {
  /** `maxTerms`: past this many terms the table starts over (tests make it small). */
  constructor(private readonly maxTerms = MAX_TERMS) {}

  /**
   * Per term, 32 bytes side by side (one cache miss for all a term brings): its IDF (a float64 at 4·term), then as
   * int32 at 8·term + VOTES, H1, H2, ARTICLE, TF: whether it votes, its hashes, the last article that used it and how
   * often. Two views of one buffer.
   */
  private terms = new Float64Array(4 * 1024);
  private ints = new Int32Array(this.terms.buffer);
  private capacity = 1024;
  private count = 0;
  /** The code units of words of three or more, one after another: compared in place, cheaper than a string comparison. */
  private chars = new Uint16Array(8192);
  private charCount = 0;
  /** Words of one code unit (most tokens, 的 and 在 among them) by that unit: the term's index + 1, 0 when not met. */
  private readonly singles = new Int32Array(0x10000);
  /**
   * Words of two code units (most of the rest) by both units, which are their own exact key: per slot, the term's
   * index + 1 (0: empty) and the units (pairs). A power of two of slots, at most half full.
   */
  private pairs = new Int32Array(2 * 4096);
  private pairCount = 0;
  /**
   * Longer words by FNV-1a: per slot, the term's index + 1 (0: empty), the hash, where the word's units are in
   * `chars` and its length, side by side, so that a probe reads one cache line before it compares the units.
   */
  private slots = new Int32Array(4 * 1024);
  private slotCount = 0;
  /** The serial of the article being signed; terms whose `articles` entry equals it were used in it. */
  private serial = 0;
  /** The terms the article uses, in order of first use. */
  private used = new Int32Array(1024);
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
    if (this.count > this.maxTerms || this.serial === 0x7fffffff) this.clear();
    // Two loops in two functions: V8 compiles a long first article's loop while it runs (on-stack replacement), and
    // code after the loop that had never run then lacked type feedback: that compiled code left for the interpreter at
    // the end of every article (`--trace-deopt`).
    this.tally(tokens, bodyStart, ++this.serial);
    return this.vote();
  }

  /** Which terms the body uses, in order of first use, and how often; and how many of all the tokens are visible. */
  private tally(tokens: Token[], bodyStart: number, serial: number): void {
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
      let term: number;
      if (word.length === 1) {
        term = this.singles[word.charCodeAt(0)]! - 1;
        if (term < 0) this.singles[word.charCodeAt(0)] = (term = this.add(word)) + 1;
      } else if (word.length === 2) term = this.findPair(word);
      else term = this.findLong(word);
      const ints = this.ints; // after the lookup: adding a term can move them
      const at = 8 * term;
      if (ints[at + VOTES] === 0) continue;
      if (ints[at + ARTICLE] === serial) ints[at + TF]!++;
      else {
        ints[at + ARTICLE] = serial;
        ints[at + TF] = 1;
        if (this.usedCount === this.used.length) this.used = grown(this.used, this.used.length * 2);
        this.used[this.usedCount++] = term;
      }
    }
    this.visibleWords = visible;
  }

  /** The used terms vote: in order of first use, as bodyTermWeights lists them, and with its arithmetic, so that the votes round the same way. */
  private vote(): Signature | undefined {
    const hasher = this.hasher;
    const ints = this.ints;
    for (let i = 0; i < this.usedCount; i++) {
      const term = this.used[i]!;
      const at = 8 * term;
      const tf = ints[at + TF]!;
      hasher.vote(ints[at + H1]!, ints[at + H2]!, (tf < LOG_TABLE_SIZE ? ONE_PLUS_LOG[tf]! : 1 + Math.log(tf)) * this.terms[4 * term]!);
    }
    return hasher.finish();
  }

  /** The index of a word of two code units, added when new. */
  private findPair(word: string): number {
    const units = (word.charCodeAt(0) << 16) | word.charCodeAt(1);
    const pairs = this.pairs;
    const mask = (pairs.length >> 1) - 1;
    for (let slot = spread(units) & mask; ; slot = (slot + 1) & mask) {
      const at = pairs[2 * slot]!;
      if (at === 0) {
        const term = this.add(word);
        pairs[2 * slot] = term + 1;
        pairs[2 * slot + 1] = units;
        if (4 * ++this.pairCount > pairs.length) this.pairs = rehashed(pairs, 2, spread);
        return term;
      }
      if (pairs[2 * slot + 1] === units) return at - 1;
    }
  }

  /** The index of a word of three code units or more, added when new. */
  private findLong(word: string): number {
    const length = word.length;
    let key = 0x811c9dc5;
    for (let k = 0; k < length; k++) key = Math.imul(key ^ word.charCodeAt(k), 0x01000193);
    const slots = this.slots;
    const mask = (slots.length >> 2) - 1;
    for (let slot = spread(key) & mask; ; slot = (slot + 1) & mask) {
      const at = slots[4 * slot]!;
      if (at === 0) {
        const term = this.add(word);
        slots[4 * slot] = term + 1;
        slots[4 * slot + 1] = key;
        slots[4 * slot + 2] = this.charCount;
        slots[4 * slot + 3] = length;
        this.keepChars(word);
        if (8 * ++this.slotCount > slots.length) this.slots = rehashed(slots, 4, spread);
        return term;
      }
      if (slots[4 * slot + 1] !== key || slots[4 * slot + 3] !== length) continue;
      const offset = slots[4 * slot + 2]!;
      let k = 0;
      while (k < length && this.chars[offset + k] === word.charCodeAt(k)) k++;
      if (k === length) return at - 1;
    }
  }

  private keepChars(word: string): void {
    if (this.charCount + word.length > this.chars.length) this.chars = grown(this.chars, Math.max(2 * this.chars.length, this.charCount + word.length));
    for (let k = 0; k < word.length; k++) this.chars[this.charCount + k] = word.charCodeAt(k);
    this.charCount += word.length;
  }

  /** A new term: its characters kept, what it brings to a signature worked out. */
  private add(word: string): number {
    const term = this.count++;
    if (term === this.capacity) this.grow();
    const ints = this.ints;
    const at = 8 * term;
    ints[at + ARTICLE] = 0;
    if (isContent(word) && !isStopWord(word)) {
      const weights = defaultIdf();
      const [h1, h2] = termHashes(word);
      ints[at + VOTES] = 1;
      // Once per term and thread: the IDF table need not remember the word.
      this.terms[4 * term] = (weights.getOnce ? weights.getOnce(word) : weights.get(word)) ?? weights.median;
      ints[at + H1] = h1;
      ints[at + H2] = h2;
    } else ints[at + VOTES] = 0;
    return term;
  }

  private grow(): void {
    this.capacity *= 2;
    this.terms = grown(this.terms, 4 * this.capacity);
    this.ints = new Int32Array(this.terms.buffer);
  }

  /** Forget every term (between articles only). */
  private clear(): void {
    this.count = 0;
    this.charCount = 0;
    this.singles.fill(0);
    this.pairs.fill(0);
    this.pairCount = 0;
    this.slots.fill(0);
    this.slotCount = 0;
    this.serial = 0;
  }
}

/** Where a term's int32 fields are, from 8·term (0–1 hold its IDF as a float64). */
const VOTES = 2;
const H1 = 3;
const H2 = 4;
const ARTICLE = 5;
const TF = 6;

/** A slot from a key: FNV-1a's and two code units' low bits alone would crowd some slots. */
function spread(key: number): number {
  return key ^ (key >>> 15);
}

/** Slots of `width` entries each (the term's index + 1 first, the key second), moved into a table twice as big. */
function rehashed(slots: Int32Array, width: number, slotOf: (key: number) => number): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(2 * slots.length);
  const mask = bigger.length / width - 1;
  for (let old = 0; old < slots.length; old += width) {
    if (slots[old] === 0) continue;
    let slot = slotOf(slots[old + 1]!) & mask;
    while (bigger[width * slot] !== 0) slot = (slot + 1) & mask;
    bigger.set(slots.subarray(old, old + width), width * slot);
  }
  return bigger;
}

/** 1 + ln tf for the small counts most terms have: Math.log once per count, not once per term and article. */
const LOG_TABLE_SIZE = 256;
const ONE_PLUS_LOG = Float64Array.from({ length: LOG_TABLE_SIZE }, (_, tf) => 1 + Math.log(tf));

function grown<T extends Int32Array | Uint8Array | Uint16Array | Float64Array>(array: T, length: number): T {
  const bigger = new (array.constructor as new (n: number) => T)(length);
  bigger.set(array);
  return bigger;
}

/**
 * Terms a thread keeps. The shared realnews and corpus together (30 MB, 5,959 articles) have 113,767 distinct words,
 * ~50 bytes each here; past this many the table starts over (a few MB of slots and records at most), so an endless
 * stream of new strings (numbers, names the HMM joins) cannot grow it without bound.
 */
const MAX_TERMS = 1 << 18;
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
