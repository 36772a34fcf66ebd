// A tally: keys (candidate words, n-grams) with their occurrences and the documents holding them, in one table. Each
// key has a slot, its figures side by side in one array, so counting an occurrence costs one lookup and merging a key
// one lookup, where a map per figure (counts, document frequencies, the set of keys already seen in the document) cost
// four or five: that was a sixth of a `keywords` run. Plain data (an array of keys and typed arrays), so it crosses
// from a worker thread as it is.

export interface Tally {
  /** Each slot's key: slot 0, 1, 2… in the order keys were first counted (pruning keeps the order and renumbers). */
  keys: string[];
  /**
   * Where a key's slot is: open addressing over pairs of numbers, the key's hash and its slot + 1 (0: an empty pair),
   * a power of two of pairs, at most half of them used. A lookup reads the hash beside the slot, so a key that is not
   * there costs one read where a Map compared strings along a chain of entries, and the table grows without reading
   * any key again: on the 9 MB corpus, merging the files' tallies took a quarter less time.
   */
  index: Int32Array;
  /**
   * CELLS numbers per slot, side by side so that a key's figures are read together: its occurrences (COUNT), the
   * documents holding it (DOCS; 0 where they are not counted: n-grams that can never be listed, see phrases.ts), the
   * number of the document (TermStats.documents at the time) that last counted it in DOCS (LAST_DOC; 0: none), and
   * the key's hash (HASH), so that a merge finds a key's place in another tally without reading the key.
   */
  cells: Float64Array;
}

export const COUNT = 0;
export const DOCS = 1;
export const LAST_DOC = 2;
const HASH = 3;
const CELLS = 4;

/** Counts by key, as ranking and phrase judgement read them: a Map of counts, or a tally seen through countsOf. */
export interface Counts extends Iterable<[string, number]> {
  get(key: string): number | undefined;
  has(key: string): boolean;
  readonly size: number;
  /** Each key with its count, as Map's forEach gives them: no entry made per key, where iterating makes two. */
  forEach(visit: (count: number, key: string) => void): void;
}

export function newTally(slots = 16): Tally {
  let pairs = 16;
  while (pairs < 2 * slots) pairs *= 2;
  return { keys: [], index: new Int32Array(2 * pairs), cells: new Float64Array(Math.max(1, slots) * CELLS) };
}

/** A copy sharing nothing with the tally. */
export function copyTally(tally: Tally): Tally {
  return { keys: tally.keys.slice(), index: tally.index.slice(), cells: tally.cells.slice() };
}

/** FNV-1a over the key's UTF-16 units, its bits mixed so that the low ones, which pick a pair, depend on all. */
function hashOf(key: string): number {
  let hash = 0x811c9dc5 | 0;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return Math.imul(hash ^ (hash >>> 16), 0x45d9f3b);
}

/** The key's slot, or -1 when it has none. */
function slotOf(tally: Tally, key: string): number {
  const hash = hashOf(key);
  const { index, keys } = tally;
  const mask = (index.length >> 1) - 1;
  for (let pair = hash & mask; ; pair = (pair + 1) & mask) {
    const slot = index[2 * pair + 1]! - 1;
    if (slot < 0) return -1;
    if (index[2 * pair] === hash && keys[slot] === key) return slot;
  }
}

/** Where the key's figures start in `cells`: its slot's, made (with nothing counted) if it has none. */
export function cellsOf(tally: Tally, key: string): number {
  return cellsAt(tally, key, hashOf(key));
}

/** cellsOf for a key whose hash is known. */
function cellsAt(tally: Tally, key: string, hash: number): number {
  const { index, keys } = tally;
  const mask = (index.length >> 1) - 1;
  let pair = hash & mask;
  for (; ; pair = (pair + 1) & mask) {
    const slot = index[2 * pair + 1]! - 1;
    if (slot < 0) break;
    if (index[2 * pair] === hash && keys[slot] === key) return slot * CELLS;
  }
  const slot = keys.length;
  keys.push(key);
  index[2 * pair] = hash;
  index[2 * pair + 1] = slot + 1;
  if ((slot + 1) * CELLS > tally.cells.length) {
    const grown = new Float64Array(tally.cells.length * 2);
    grown.set(tally.cells);
    tally.cells = grown;
  }
  tally.cells[slot * CELLS + HASH] = hash;
  if (2 * keys.length > mask + 1) tally.index = doubled(index);
  return slot * CELLS;
}

/** The index with twice the pairs, from the hashes it holds. */
function doubled(index: Int32Array): Int32Array {
  const grown = new Int32Array(2 * index.length);
  const mask = (grown.length >> 1) - 1;
  for (let at = 0; at < index.length; at += 2) {
    if (index[at + 1] === 0) continue;
    let pair = index[at]! & mask;
    while (grown[2 * pair + 1] !== 0) pair = (pair + 1) & mask;
    grown[2 * pair] = index[at]!;
    grown[2 * pair + 1] = index[at + 1]!;
  }
  return grown;
}

/** How many keys the tally holds. */
export function tallySize(tally: Tally): number {
  return tally.keys.length;
}

/** Whether the tally holds the key. */
export function hasKey(tally: Tally, key: string): boolean {
  return slotOf(tally, key) >= 0;
}

/** Each key with its slot, in the order keys were first counted. */
export function tallySlots(tally: Tally): Map<string, number> {
  return new Map(tally.keys.map((key, slot) => [key, slot]));
}

/** One occurrence of the key in document `doc`, which counts in DOCS the first time the document names the key. */
export function countInDocument(tally: Tally, key: string, doc: number): void {
  const at = cellsOf(tally, key);
  const { cells } = tally;
  cells[at + COUNT]++;
  if (cells[at + LAST_DOC] !== doc) {
    cells[at + LAST_DOC] = doc;
    cells[at + DOCS]++;
  }
}

/**
 * Add `from`'s figures to `into`. Keys `from` counted in its document `fromDoc` are marked as counted in `into`'s
 * document `intoDoc` (the document a merge continues); every other mark `into` holds stays as it was.
 */
export function addTally(into: Tally, from: Tally, fromDoc: number, intoDoc: number): void {
  const source = from.cells;
  const { keys } = from;
  for (let slot = 0, was = 0; slot < keys.length; slot++, was += CELLS) {
    const at = cellsAt(into, keys[slot]!, source[was + HASH]!);
    const { cells } = into;
    cells[at + COUNT] += source[was + COUNT]!;
    cells[at + DOCS] += source[was + DOCS]!;
    if (source[was + LAST_DOC] === fromDoc) cells[at + LAST_DOC] = intoDoc;
  }
}

/** The key's occurrences, or undefined when it has none. */
export function countOf(tally: Tally, key: string): number | undefined {
  const slot = slotOf(tally, key);
  return slot < 0 ? undefined : tally.cells[slot * CELLS + COUNT];
}

/** The documents holding the key (0 when unseen or not counted). */
export function docsOf(tally: Tally, key: string): number {
  const slot = slotOf(tally, key);
  return slot < 0 ? 0 : tally.cells[slot * CELLS + DOCS]!;
}

/** A figure (COUNT, DOCS, LAST_DOC) of the key in `slot`. */
export function figureAt(tally: Tally, slot: number, figure: number): number {
  return tally.cells[slot * CELLS + figure]!;
}

/**
 * Drop the keys of lowest count until no more than `room` are left: those seen once, then twice… (lossy counting).
 * `dropping(key, slot)` is told of each key before it goes. Returns how many went.
 */
export function pruneTally(tally: Tally, room: number, dropping?: (key: string, slot: number) => void): number {
  const before = tally.keys.length;
  for (let floor = 1; tally.keys.length > room; floor++) {
    const kept = newTally(room);
    tally.keys.forEach((key, slot) => {
      if (tally.cells[slot * CELLS + COUNT]! <= floor) {
        dropping?.(key, slot);
        return;
      }
      const at = cellsOf(kept, key);
      kept.cells.set(tally.cells.subarray(slot * CELLS, (slot + 1) * CELLS), at);
    });
    tally.keys = kept.keys;
    tally.index = kept.index;
    tally.cells = kept.cells;
  }
  return before - tally.keys.length;
}

/** Each key with its count, in the order keys were first counted. */
export function* tallyCounts(tally: Tally): Generator<[string, number]> {
  const { keys } = tally;
  for (let slot = 0; slot < keys.length; slot++) yield [keys[slot]!, tally.cells[slot * CELLS + COUNT]!];
}

/** A tally's counts as a read-only map (a class, so that every view shares its methods' optimised code). */
class TallyCounts implements Counts {
  constructor(private readonly tally: Tally) {}
  get(key: string): number | undefined {
    return countOf(this.tally, key);
  }
  has(key: string): boolean {
    return slotOf(this.tally, key) >= 0;
  }
  get size(): number {
    return this.tally.keys.length;
  }
  forEach(visit: (count: number, key: string) => void): void {
    const { cells, keys } = this.tally;
    for (let slot = 0; slot < keys.length; slot++) visit(cells[slot * CELLS + COUNT]!, keys[slot]!);
  }
  [Symbol.iterator](): Iterator<[string, number]> {
    return tallyCounts(this.tally);
  }
}

const countViews = new WeakMap<Tally, Counts>();

/**
 * The tally's counts as a read-only map. Always the same object for one tally, as the phrase judgement remembers
 * what it worked out per table (phrases.ts); it reads the tally as it is now, pruned or added to.
 */
export function countsOf(tally: Tally): Counts {
  let view = countViews.get(tally);
  if (!view) countViews.set(tally, (view = new TallyCounts(tally)));
  return view;
}
