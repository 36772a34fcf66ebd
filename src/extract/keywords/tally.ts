// A tally: keys (candidate words, n-grams) with their occurrences and the documents holding them, in one table. Each
// key has a slot, its figures side by side in one array, so counting an occurrence costs one lookup and merging a key
// one lookup, where a map per figure (counts, document frequencies, the set of keys already seen in the document) cost
// four or five: that was a sixth of a `keywords` run. Plain data (a Map and a typed array), so it crosses from a
// worker thread as it is.

export interface Tally {
  /** Each key's slot: 0, 1, 2… in the order keys were first counted (pruning keeps the order and renumbers). */
  slots: Map<string, number>;
  /**
   * CELLS numbers per slot, side by side so that a key's figures are read together: its occurrences (COUNT), the
   * documents holding it (DOCS; 0 where they are not counted: n-grams that can never be listed, see phrases.ts) and
   * the number of the document (TermStats.documents at the time) that last counted it in DOCS (LAST_DOC; 0: none).
   */
  cells: Float64Array;
}

export const COUNT = 0;
export const DOCS = 1;
export const LAST_DOC = 2;
const CELLS = 3;

/** Counts by key, as ranking and phrase judgement read them: a Map of counts, or a tally seen through countsOf. */
export interface Counts extends Iterable<[string, number]> {
  get(key: string): number | undefined;
  has(key: string): boolean;
  readonly size: number;
  /** Each key with its count, as Map's forEach gives them: no entry made per key, where iterating makes two. */
  forEach(visit: (count: number, key: string) => void): void;
}

export function newTally(slots = 16): Tally {
  return { slots: new Map(), cells: new Float64Array(slots * CELLS) };
}

/** A copy sharing nothing with the tally. */
export function copyTally(tally: Tally): Tally {
  return { slots: new Map(tally.slots), cells: tally.cells.slice() };
}

/** Where the key's figures start in `cells`: its slot's, made (with nothing counted) if it has none. */
export function cellsOf(tally: Tally, key: string): number {
  let slot = tally.slots.get(key);
  if (slot === undefined) {
    slot = tally.slots.size;
    tally.slots.set(key, slot);
    if ((slot + 1) * CELLS > tally.cells.length) {
      const grown = new Float64Array(tally.cells.length * 2);
      grown.set(tally.cells);
      tally.cells = grown;
    }
  }
  return slot * CELLS;
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
  // Slots follow the keys' order: the nth key's is n.
  let was = 0;
  for (const key of from.slots.keys()) {
    const at = cellsOf(into, key);
    const { cells } = into;
    cells[at + COUNT] += source[was + COUNT]!;
    cells[at + DOCS] += source[was + DOCS]!;
    if (source[was + LAST_DOC] === fromDoc) cells[at + LAST_DOC] = intoDoc;
    was += CELLS;
  }
}

/** The key's occurrences, or undefined when it has none. */
export function countOf(tally: Tally, key: string): number | undefined {
  const slot = tally.slots.get(key);
  return slot === undefined ? undefined : tally.cells[slot * CELLS + COUNT];
}

/** The documents holding the key (0 when unseen or not counted). */
export function docsOf(tally: Tally, key: string): number {
  const slot = tally.slots.get(key);
  return slot === undefined ? 0 : tally.cells[slot * CELLS + DOCS]!;
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
  const before = tally.slots.size;
  for (let floor = 1; tally.slots.size > room; floor++) {
    const kept = newTally(room);
    for (const [key, slot] of tally.slots) {
      if (tally.cells[slot * CELLS + COUNT]! <= floor) {
        dropping?.(key, slot);
        continue;
      }
      const at = cellsOf(kept, key);
      kept.cells.set(tally.cells.subarray(slot * CELLS, (slot + 1) * CELLS), at);
    }
    tally.slots = kept.slots;
    tally.cells = kept.cells;
  }
  return before - tally.slots.size;
}

/** Each key with its count, in the order keys were first counted. */
export function* tallyCounts(tally: Tally): Generator<[string, number]> {
  for (const [key, slot] of tally.slots) yield [key, tally.cells[slot * CELLS + COUNT]!];
}

/** A tally's counts as a read-only map (a class, so that every view shares its methods' optimised code). */
class TallyCounts implements Counts {
  constructor(private readonly tally: Tally) {}
  get(key: string): number | undefined {
    return countOf(this.tally, key);
  }
  has(key: string): boolean {
    return this.tally.slots.has(key);
  }
  get size(): number {
    return this.tally.slots.size;
  }
  forEach(visit: (count: number, key: string) => void): void {
    const { cells } = this.tally;
    this.tally.slots.forEach((slot, key) => visit(cells[slot * CELLS + COUNT]!, key));
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
