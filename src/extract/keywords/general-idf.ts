// nodejieba's general-Chinese IDF (cppjieba dict/idf.utf8: 260,000 words of news text), the fallback for terms our own
// IDF lacks. Parsing it into a Map and taking its median costs ~0.5 s of CPU, more than all the rest of a small
// `keywords` run, so the first run saves it as a lookup table in the cache folder (src/cache-dir.ts): an open-addressing
// hash of the words' UTF-8 bytes, their values and the median, in one file that later runs read in one read and look
// words up in without parsing anything. The table is named after the IDF file's size and modification time (the file is
// nodejieba's, which changes only with nodejieba) and checked for size on reading; without a cache folder the Map is
// built as before. Both give the same numbers.
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { cacheDir, cachedBytes, saveInCache } from '../../cache-dir.js';

export interface GeneralIdf {
  get(term: string): number | undefined;
  /** The median of all its values (the median of the two middle ones when their number is even). */
  median: number;
}

/** nodejieba's general-Chinese IDF (cppjieba dict/idf.utf8, news text), found next to the installed package. */
export function generalIdfPath(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('nodejieba/package.json')), 'submodules/cppjieba/dict/idf.utf8');
}

export function medianOf(values: ArrayLike<number>): number {
  if (values.length === 0) return 0;
  const sorted = Float64Array.from(values).sort();
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The IDF file's words and values, as a Map (a later line for a word replaces an earlier one). */
export function parseGeneralIdf(text: string): Map<string, number> {
  const entries = new Map<string, number>();
  // 260,000 lines: scanned with indexOf rather than split, which halves the load time.
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const space = text.indexOf(' ', start);
    if (space > start && space < end) entries.set(text.slice(start, space), parseFloat(text.slice(space + 1, end)));
    start = end + 1;
  }
  return entries;
}

const MAGIC = 0x50434944; // "PCID"
const VERSION = 1;
const HEADER_BYTES = 48;

function fnv1a(bytes: Uint8Array, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ bytes[i]!, 16777619);
  return hash >>> 0;
}

/**
 * The table file of these entries: a header (magic, version, entry count, slot count, word bytes, median), then the
 * slots (entry number or -1), each entry's word start and length in the word bytes, the values, the word bytes.
 */
export function tableOf(entries: Map<string, number>): Uint8Array {
  const words = [...entries.keys()].map((word) => Buffer.from(word, 'utf8'));
  const count = words.length;
  let slotCount = 1024;
  while (slotCount < count * 2) slotCount *= 2;
  const wordBytes = words.reduce((sum, w) => sum + w.length, 0);
  const layout = sections(count, slotCount, wordBytes);
  const file = new Uint8Array(layout.total);
  const header = new DataView(file.buffer);
  header.setUint32(0, MAGIC, true);
  header.setUint32(4, VERSION, true);
  header.setUint32(8, count, true);
  header.setUint32(12, slotCount, true);
  header.setUint32(16, wordBytes, true);
  header.setFloat64(24, medianOf([...entries.values()]), true);
  const view = viewsOf(file, layout, count, slotCount, wordBytes);
  view.slots.fill(-1);
  let at = 0;
  let i = 0;
  for (const value of entries.values()) {
    const word = words[i]!;
    view.bytes.set(word, at);
    view.starts[i] = at;
    view.lengths[i] = word.length;
    view.values[i] = value;
    let slot = fnv1a(word, 0, word.length) & (slotCount - 1);
    while (view.slots[slot]! >= 0) slot = (slot + 1) & (slotCount - 1);
    view.slots[slot] = i;
    at += word.length;
    i++;
  }
  return file;
}

function sections(count: number, slotCount: number, wordBytes: number) {
  const slots = HEADER_BYTES;
  const starts = slots + slotCount * 4;
  const lengths = starts + count * 4;
  const values = lengths + count * 4; // 8-aligned: the header and the slots are, and starts and lengths add 8 × count
  const bytes = values + count * 8;
  return { slots, starts, lengths, values, bytes, total: bytes + wordBytes };
}

function viewsOf(file: Uint8Array, layout: ReturnType<typeof sections>, count: number, slotCount: number, wordBytes: number) {
  const base = file.byteOffset;
  return {
    slots: new Int32Array(file.buffer, base + layout.slots, slotCount),
    starts: new Int32Array(file.buffer, base + layout.starts, count),
    lengths: new Int32Array(file.buffer, base + layout.lengths, count),
    values: new Float64Array(file.buffer, base + layout.values, count),
    bytes: new Uint8Array(file.buffer, base + layout.bytes, wordBytes),
  };
}

/** A table file read back, or undefined when it is not one (another version, truncated, damaged indices). */
export function idfOfTable(file: Uint8Array): GeneralIdf | undefined {
  if (file.byteLength < HEADER_BYTES || file.byteOffset % 8 !== 0) return undefined;
  const header = new DataView(file.buffer, file.byteOffset, HEADER_BYTES);
  if (header.getUint32(0, true) !== MAGIC || header.getUint32(4, true) !== VERSION) return undefined;
  const count = header.getUint32(8, true);
  const slotCount = header.getUint32(12, true);
  const wordBytes = header.getUint32(16, true);
  const median = header.getFloat64(24, true);
  if (slotCount === 0 || (slotCount & (slotCount - 1)) !== 0 || slotCount < count) return undefined;
  const layout = sections(count, slotCount, wordBytes);
  if (layout.total !== file.byteLength) return undefined;
  const { slots, starts, lengths, values, bytes } = viewsOf(file, layout, count, slotCount, wordBytes);
  const mask = slotCount - 1;
  return {
    median,
    get(term: string): number | undefined {
      const key = Buffer.from(term, 'utf8');
      for (let slot = fnv1a(key, 0, key.length) & mask, probes = 0; probes < slotCount; slot = (slot + 1) & mask, probes++) {
        const entry = slots[slot]!;
        if (entry < 0 || entry >= count) return undefined;
        const start = starts[entry]!;
        if (lengths[entry] !== key.length || start < 0 || start + key.length > wordBytes) continue;
        let same = true;
        for (let i = 0; i < key.length && same; i++) same = bytes[start + i] === key[i];
        if (same) return values[entry];
      }
      return undefined;
    },
  };
}

function idfOfMap(entries: Map<string, number>): GeneralIdf {
  return { median: medianOf([...entries.values()]), get: (term) => entries.get(term) };
}

/** Read the cached table of `path`, or build it (and save it when there is a cache folder); an empty IDF when `path` cannot be read. */
export function loadGeneralIdf(path = generalIdfPath(), dir = cacheDir()): GeneralIdf {
  let name: string;
  try {
    const { size, mtimeMs } = statSync(path);
    name = `general-idf-${size}-${Math.floor(mtimeMs)}.bin`;
  } catch {
    return idfOfMap(new Map()); // no fallback installed: unknown terms simply get the median
  }
  const bytes = cachedBytes(name, dir);
  const cached = bytes && idfOfTable(bytes);
  if (cached) return cached;
  const entries = parseGeneralIdf(readFileSync(path, 'utf8'));
  saveInCache(name, tableOf(entries), { dir, prune: { prefix: 'general-idf-', keep: 2 } });
  return idfOfMap(entries);
}
