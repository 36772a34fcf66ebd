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

/** Whether text[start, end) is all white space, as String.prototype.trim has it (rows/segment.ts's isVisibleWord). */
export function isAllWhiteSpace(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (!isWhiteSpaceUnit(text.charCodeAt(k))) return false;
  return true;
}

/** ECMAScript's WhiteSpace and LineTerminator: tab to carriage return, space, no-break space, BOM and the Zs spaces. */
function isWhiteSpaceUnit(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Weighted terms of the article's body: (1 + ln tf) × IDF, so a word said ten times does not outvote the rest. In the
 * order of each term's first use: the order the signature sums their votes in. Only the quarter of the words whose
 * hash samples them (isSampled): two copies of a text share the same sample, so they still sign alike, and docs looks
 * up a quarter as many words. bench/reprints.mjs, all words → a quarter: precision .996 → .998, recall .964 → .976
 * (articles of 250–600 characters: .993 → 1.0, .830 → .846); docs' cost over docs without signatures on 20 MB of
 * 人民日报, +15 % → +5 % of CPU. The definition; articleSignature computes the same signature without building this map.
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
    if (!isContent(word) || !isSampled(wordHash(word, 0, word.length)) || isStopWord(word)) continue;
    weighted.set(word, (1 + Math.log(tf)) * (weights.get(word) ?? weights.median));
  }
  return weighted;
}

/** FNV-1a of text[start, end): how the term table finds a long word, and what samples a word. */
function wordHash(text: string, start: number, end: number): number {
  let key = 0x811c9dc5;
  for (let k = start; k < end; k++) key = Math.imul(key ^ text.charCodeAt(k), 0x01000193);
  return key;
}

/** Whether a word of hash `key` votes: a quarter of all words, by two bits FNV-1a mixes well (its low bits follow the last unit's). */
function isSampled(key: number): boolean {
  return (key & 0x30000) === 0;
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
 *
 * A word's entry in those tables is its term's index + 1, 0 for a word not met, or NO_VOTE + 1 for a word that never
 * votes (a stop word), which then costs no further read. Between articles the pipeline's other stages push the tables
 * out of the cache, so each read per word is likely a miss: the fewer, the better.
 */
export class TermTable {
  /** `maxTerms`: past this many terms the table starts over (tests make it small). */
  constructor(private readonly maxTerms = MAX_TERMS) {}

  /**
   * Per term (those that vote), what its votes need, 16 bytes side by side: its IDF (a float64 at 2·term), then its
   * hashes as int32 at 4·term + H1 and H2. Two views of one buffer. Read once per article and term.
   */
  private terms = new Float64Array(2 * INITIAL_TERMS);
  private ints = new Int32Array(this.terms.buffer);
  /**
   * Per term, what the words of the article being signed update, 8 bytes (half a term's record before: twice the
   * terms per cache line): at 2·term the last article that used it, at 2·term + 1 how often.
   */
  private uses = new Int32Array(2 * INITIAL_TERMS);
  private capacity = INITIAL_TERMS;
  private count = 0;
  /** The code units of words of three or more, one after another: compared in place, cheaper than a string comparison. */
  private chars = new Uint16Array(4 * INITIAL_TERMS);
  private charCount = 0;
  /** Words of one code unit (most tokens, 的 and 在 among them) by that unit: the word's entry. */
  private readonly singles = new Int32Array(0x10000);
  /**
   * Words of two code units (most of the rest) by both units, which are their own exact key: per slot, the word's
   * entry (0: empty) and the units (pairs). A power of two of slots, at most half full.
   */
  private pairs = new Int32Array(2 * 2 * INITIAL_TERMS);
  private pairCount = 0;
  /**
   * Longer words by FNV-1a: per slot, the word's entry (0: empty), the hash, where the word's units are in
   * `chars` and its length, side by side, so that a probe reads one cache line before it compares the units.
   */
  private slots = new Int32Array(4 * 2 * INITIAL_TERMS);
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
   * The visible words (not all white space: rows/segment.ts's isVisibleWord) among all the words the last signature
   * read, headline included: docs counts them in the signature's pass over the words instead of in a second one.
   */
  visibleWords = 0;

  /** The signature of the body (from `bodyStart` on) of the text cut into `tokens`: see articleSignature. */
  sign(text: string, tokens: Token[], bodyStart: number): Signature | undefined {
    this.begin();
    // Two loops in two functions: V8 compiles a long first article's loop while it runs (on-stack replacement), and
    // code after the loop that had never run then lacked type feedback: that compiled code left for the interpreter at
    // the end of every article (`--trace-deopt`).
    this.visibleWords = this.tallyTokens(text, tokens, bodyStart, ++this.serial);
    return this.vote();
  }

  /** The same from the word lengths of Article.wordLengths: no token object is read (or made) for a word. */
  signLengths(text: string, lengths: Int32Array, bodyStart: number): Signature | undefined {
    this.begin();
    this.visibleWords = this.tallyLengths(text, lengths, bodyStart, ++this.serial);
    return this.vote();
  }

  private begin(): void {
    if (this.count > this.maxTerms || this.serial === 0x7fffffff) this.clear();
    this.usedCount = 0;
  }

  /** Counts the body's terms; returns how many of all the words are visible. Nothing but the return after the loop (see sign). */
  private tallyTokens(text: string, tokens: Token[], bodyStart: number, serial: number): number {
    let visible = 0;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      visible += this.tallyWord(text, token.start, token.end, bodyStart, serial);
    }
    return visible;
  }

  private tallyLengths(text: string, lengths: Int32Array, bodyStart: number, serial: number): number {
    let visible = 0;
    let start = 0;
    for (let i = 0; i < lengths.length; i++) {
      const length = lengths[i]!;
      if (length <= 0) {
        start -= length; // a gap between words, or an empty word
        continue;
      }
      visible += this.tallyWord(text, start, start + length, bodyStart, serial);
      start += length;
    }
    return visible;
  }

  /**
   * The word text[start, end): 1 when it is visible, 0 when it is all white space; when it is in the body and votes,
   * its term is counted (in order of first use). Read from the text, whose units lie one after another in memory: a
   * token's own string was a pointer away, and a cache miss per token.
   */
  private tallyWord(text: string, start: number, end: number, bodyStart: number, serial: number): number {
    const first = text.charCodeAt(start);
    // Punctuation and spaces never vote: known from the first code unit, before any lookup. Content starts with no
    // white space, so such a word is visible; of the rest, those that are not all white space.
    if (!isContentUnit(first)) return isAllWhiteSpace(text, start, end) ? 0 : 1;
    if (start < bodyStart) return 1;
    // Only the words the hash samples are looked up: the text is at hand, the tables are likely out of the cache.
    const key = wordHash(text, start, end);
    if (!isSampled(key)) return 1;
    let term: number;
    const length = end - start;
    if (length === 1) {
      term = this.singles[first]! - 1;
      if (term === -1) this.singles[first] = (term = this.add(text.slice(start, end))) + 1;
    } else if (length === 2) term = this.findPair(text, start);
    else term = this.findLong(text, start, end, key);
    if (term === NO_VOTE) return 1;
    const uses = this.uses; // after the lookup: adding a term can move them
    if (uses[2 * term] === serial) uses[2 * term + 1]!++;
    else {
      uses[2 * term] = serial;
      uses[2 * term + 1] = 1;
      if (this.usedCount === this.used.length) this.used = grown(this.used, this.used.length * 2);
      this.used[this.usedCount++] = term;
    }
    return 1;
  }

  /** The used terms vote: in order of first use, as bodyTermWeights lists them, and with its arithmetic, so that the votes round the same way. */
  private vote(): Signature | undefined {
    const hasher = this.hasher;
    const ints = this.ints;
    for (let i = 0; i < this.usedCount; i++) {
      const term = this.used[i]!;
      const tf = this.uses[2 * term + 1]!;
      hasher.vote(ints[4 * term + H1]!, ints[4 * term + H2]!, (tf < LOG_TABLE_SIZE ? ONE_PLUS_LOG[tf]! : 1 + Math.log(tf)) * this.terms[2 * term]!);
    }
    return hasher.finish();
  }

  /** The term of the word of two code units at text[start] (NO_VOTE for a stop word), added when new. */
  private findPair(text: string, start: number): number {
    const units = (text.charCodeAt(start) << 16) | text.charCodeAt(start + 1);
    const pairs = this.pairs;
    const mask = (pairs.length >> 1) - 1;
    for (let slot = spread(units) & mask; ; slot = (slot + 1) & mask) {
      const at = pairs[2 * slot]!;
      if (at === 0) {
        const term = this.add(text.slice(start, start + 2));
        pairs[2 * slot] = term + 1;
        pairs[2 * slot + 1] = units;
        if (4 * ++this.pairCount > pairs.length) this.pairs = rehashed(pairs, 2, spread);
        return term;
      }
      if (pairs[2 * slot + 1] === units) return at - 1;
    }
  }

  /**
   * The term of the word text[start, end) of three code units or more (NO_VOTE for a stop word), added when new;
   * `key` is its wordHash.
   */
  private findLong(text: string, start: number, end: number, key: number): number {
    const length = end - start;
    const slots = this.slots;
    const mask = (slots.length >> 2) - 1;
    for (let slot = spread(key) & mask; ; slot = (slot + 1) & mask) {
      const at = slots[4 * slot]!;
      if (at === 0) {
        const word = text.slice(start, end);
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
      while (k < length && this.chars[offset + k] === text.charCodeAt(start + k)) k++;
      if (k === length) return at - 1;
    }
  }

  private keepChars(word: string): void {
    if (this.charCount + word.length > this.chars.length) this.chars = grown(this.chars, Math.max(2 * this.chars.length, this.charCount + word.length));
    for (let k = 0; k < word.length; k++) this.chars[this.charCount + k] = word.charCodeAt(k);
    this.charCount += word.length;
  }

  /** A word met for the first time: NO_VOTE for a stop word, else a new term with what it brings to a signature. */
  private add(word: string): number {
    if (!isContent(word) || isStopWord(word)) return NO_VOTE;
    const term = this.count++;
    if (term === this.capacity) this.grow();
    const weights = defaultIdf();
    const [h1, h2] = termHashes(word);
    // Once per term and thread: the IDF table need not remember the word.
    this.terms[2 * term] = (weights.getOnce ? weights.getOnce(word) : weights.get(word)) ?? weights.median;
    this.ints[4 * term + H1] = h1;
    this.ints[4 * term + H2] = h2;
    this.uses[2 * term] = 0;
    return term;
  }

  private grow(): void {
    this.capacity *= 2;
    this.terms = grown(this.terms, 2 * this.capacity);
    this.ints = new Int32Array(this.terms.buffer);
    this.uses = grown(this.uses, 2 * this.capacity);
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

/** Where a term's hashes are, as int32 from 4·term (0–1 hold its IDF as a float64). */
const H1 = 2;
const H2 = 3;

/** The term of a word that never votes; its entry in the word tables is NO_VOTE + 1 (nonzero: the word is known). */
const NO_VOTE = -2;

/** A slot from a key: FNV-1a's and two code units' low bits alone would crowd some slots. */
function spread(key: number): number {
  return key ^ (key >>> 15);
}

/** Slots of `width` entries each (the word's entry first, the key second), moved into a table twice as big. */
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

/** 1 + ln tf for the counts terms have (a long report says some word hundreds of times): Math.log once per count, not once per
 * term and article; and a count past the table, met first in optimised code, would send it back to the interpreter. */
const LOG_TABLE_SIZE = 4096;
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

/**
 * Room for this many terms from the start (~1 MB of tables, zero pages until used): a run over a few MB of text then
 * never grows or rehashes them. Each first growth met in optimised code sent it back to the interpreter and to another
 * compile (`--trace-deopt`), which on the 9 MB corpus cost as much as the signing itself.
 */
const INITIAL_TERMS = 1 << 15;
const table = new TermTable();

/**
 * The article's signature: simhash(bodyTermWeights(article)), bit for bit, at a fraction of the cost (docs signs every
 * article; issue 18 allows 10 % over docs without signatures). IDF, stop list and hashes are consulted once per
 * distinct word per thread; a word costs a probe of the term table, and nothing is allocated per word. Reads the
 * article's word lengths when the segmentation stage left those (docs), else its tokens.
 * Undefined for a body with no term. `words.visible`, when given, gets the count of the article's visible words (all its
 * words, headline included), which the same pass counts for docs' `tokens` column.
 */
export function articleSignature(article: Article, words?: { visible: number }): Signature | undefined {
  const signature = article.wordLengths
    ? table.signLengths(article.text, article.wordLengths, article.bodyStart)
    : table.sign(article.text, tokensOf(article), article.bodyStart);
  if (words) words.visible = table.visibleWords;
  return signature;
}
