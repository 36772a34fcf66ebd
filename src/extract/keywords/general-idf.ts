// nodejieba's general-Chinese IDF (cppjieba dict/idf.utf8: 260,000 words of news text), the fallback for terms our own
// IDF lacks. Parsing it into a Map and taking its median costs ~0.5 s of CPU, more than all the rest of a small
// `keywords` run, so the first run saves it as a lookup table in the cache folder (src/cache-dir.ts) that later runs
// look words up in without parsing anything. A run asks for a few hundred words (a few thousand over a corpus), so the
// table is not read whole either: its words are hashed into buckets of ~8, and a lookup reads the one bucket of its
// word from the file (~100 bytes); only a run that has looked up many words reads the rest of the file at once (reading
// all 3 MB, or the 8 MB of the former table, took longer than a small run's every lookup). The table is named after the
// IDF file's size and modification time (the file is nodejieba's, which changes only with nodejieba) and checked for
// size and shape on reading; without a cache folder the Map is built as before. Both give the same numbers.
import { closeSync, fstatSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { cacheDir, canKeepInCache, saveInCache } from '../../cache-dir.js';

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

const MAGIC = 0x50434944; // "PCID", read as a Uint32: a table of the other byte order is refused
const VERSION = 2;
const HEADER_BYTES = 32; // magic, version, entries, buckets, distinct values, data units (uint32 each), median (float64)
/** Words per bucket, about: a lookup reads one bucket. */
const PER_BUCKET = 8;
/** Buckets read one by one before the rest of the table is read at once. */
export const BUCKET_READS_BEFORE_WHOLE = 2048;

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return hash >>> 0;
}

interface Layout {
  count: number;
  bucketCount: number;
  valueCount: number;
  dataUnits: number;
  median: number;
  /** Byte offsets of the sections: the distinct values (float64), the buckets' starts (uint32, one more than buckets,
   * in 16-bit units of the data), the data: per entry its length in UTF-16 units, the units, its value's number. */
  values: number;
  starts: number;
  data: number;
  total: number;
}

function layoutOf(count: number, bucketCount: number, valueCount: number, dataUnits: number, median: number): Layout {
  const values = HEADER_BYTES;
  const starts = values + valueCount * 8;
  const data = starts + (bucketCount + 1) * 4;
  return { count, bucketCount, valueCount, dataUnits, median, values, starts, data, total: data + dataUnits * 2 };
}

/** The layout a table's header gives, or undefined when the header is not one of ours. */
function layoutOfHeader(header: Uint8Array): Layout | undefined {
  if (header.byteLength < HEADER_BYTES) return undefined;
  const view = new DataView(header.buffer, header.byteOffset, HEADER_BYTES);
  if (view.getUint32(0, true) !== MAGIC || view.getUint32(4, true) !== VERSION) return undefined;
  const bucketCount = view.getUint32(12, true);
  if (bucketCount === 0 || (bucketCount & (bucketCount - 1)) !== 0) return undefined;
  return layoutOf(view.getUint32(8, true), bucketCount, view.getUint32(16, true), view.getUint32(20, true), view.getFloat64(24, true));
}

/**
 * The table file of these entries (see the top of this file), or undefined when their values are too many to number
 * in 16 bits or a word is longer than 65,535 units (never in jieba's file: the Map is then built at each run).
 */
export function tableOf(entries: Map<string, number>): Uint8Array | undefined {
  const valueNumbers = new Map<number, number>();
  for (const value of entries.values()) if (!valueNumbers.has(value)) valueNumbers.set(value, valueNumbers.size);
  if (valueNumbers.size > 0x10000) return undefined;
  let bucketCount = 1024;
  while (bucketCount * PER_BUCKET < entries.size) bucketCount *= 2;
  const buckets: string[][] = Array.from({ length: bucketCount }, () => []);
  let dataUnits = 0;
  for (const word of entries.keys()) {
    if (word.length > 0xffff) return undefined;
    buckets[fnv1a(word) & (bucketCount - 1)]!.push(word);
    dataUnits += word.length + 2;
  }
  const layout = layoutOf(entries.size, bucketCount, valueNumbers.size, dataUnits, medianOf([...entries.values()]));
  const file = new Uint8Array(layout.total);
  const view = new DataView(file.buffer);
  [MAGIC, VERSION, layout.count, bucketCount, layout.valueCount, dataUnits].forEach((n, i) => view.setUint32(i * 4, n, true));
  view.setFloat64(24, layout.median, true);
  for (const [value, n] of valueNumbers) view.setFloat64(layout.values + n * 8, value, true);
  let at = 0; // in 16-bit units of the data
  const unit = (n: number) => view.setUint16(layout.data + 2 * at++, n, true);
  buckets.forEach((words, b) => {
    view.setUint32(layout.starts + b * 4, at, true);
    for (const word of words) {
      unit(word.length);
      for (let k = 0; k < word.length; k++) unit(word.charCodeAt(k));
      unit(valueNumbers.get(entries.get(word)!)!);
    }
  });
  view.setUint32(layout.starts + bucketCount * 4, at, true);
  return file;
}

/** Where a table's sections come from: a file read whole, or one read a bucket at a time. */
interface TableSource {
  layout: Layout;
  values: Float64Array;
  starts: Uint32Array;
  /** The data units of one bucket, [from, to) in units; only valid until the next call. */
  units(from: number, to: number): Uint16Array;
}

/** Look words up in a table; undefined when its sections are not those its header gives. */
function idfOfSource(source: TableSource): GeneralIdf {
  const { layout, values, starts } = source;
  const mask = layout.bucketCount - 1;
  return {
    median: layout.median,
    get(term: string): number | undefined {
      const b = fnv1a(term) & mask;
      const from = starts[b]!;
      const to = starts[b + 1]!;
      if (!(from <= to && to <= layout.dataUnits)) return undefined; // damaged: at worst no value, never a crash
      const units = source.units(from, to);
      for (let i = 0; i < units.length; ) {
        const length = units[i]!;
        const end = i + 1 + length;
        if (end >= units.length) return undefined;
        if (length === term.length) {
          let same = true;
          for (let k = 0; k < length && same; k++) same = units[i + 1 + k] === term.charCodeAt(k);
          if (same) return values[units[end]!];
        }
        i = end + 1;
      }
      return undefined;
    },
  };
}

/** Copy `bytes` into a buffer of its own, for typed-array views at any alignment. */
function aligned(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset % 8 === 0 ? bytes : new Uint8Array(bytes);
}

function sourceOfBytes(file: Uint8Array, layout: Layout): TableSource {
  const bytes = aligned(file);
  const data = new Uint16Array(bytes.buffer, bytes.byteOffset + layout.data, layout.dataUnits);
  return {
    layout,
    values: new Float64Array(bytes.buffer, bytes.byteOffset + layout.values, layout.valueCount),
    starts: new Uint32Array(bytes.buffer, bytes.byteOffset + layout.starts, layout.bucketCount + 1),
    units: (from, to) => data.subarray(from, to),
  };
}

/** A table file read back whole, or undefined when it is not one (another version, truncated, padded). */
export function idfOfTable(file: Uint8Array): GeneralIdf | undefined {
  const layout = layoutOfHeader(file);
  if (!layout || layout.total !== file.byteLength) return undefined;
  return idfOfSource(sourceOfBytes(file, layout));
}

/**
 * The table file at `path`, of which only the header, the values and the buckets' starts are read now; each lookup
 * then reads its word's bucket, and after BUCKET_READS_BEFORE_WHOLE of those the rest of the file is read at once.
 * Undefined when there is no such file or it is not a table (another version, truncated, padded).
 */
export function idfOfTableFile(path: string, wholeAfter = BUCKET_READS_BEFORE_WHOLE): GeneralIdf | undefined {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return undefined;
  }
  let keep = false;
  try {
    const header = new Uint8Array(HEADER_BYTES);
    if (readSync(fd, header, 0, HEADER_BYTES, 0) !== HEADER_BYTES) return undefined;
    const layout = layoutOfHeader(header);
    if (!layout || layout.total !== fstatSync(fd).size) return undefined;
    const head = new Uint8Array(layout.data - layout.values);
    if (readSync(fd, head, 0, head.length, layout.values) !== head.length) return undefined;
    const values = new Float64Array(head.buffer, 0, layout.valueCount);
    const starts = new Uint32Array(head.buffer, layout.starts - layout.values, layout.bucketCount + 1);
    let scratch = new Uint16Array(256);
    let reads = 0;
    let whole: TableSource | undefined;
    const source: TableSource = {
      layout,
      values,
      starts,
      units: (from, to) => {
        if (whole) return whole.units(from, to);
        if (++reads > wholeAfter) {
          const data = new Uint16Array(layout.dataUnits);
          const bytes = new Uint8Array(data.buffer);
          const read = readSync(fd, bytes, 0, bytes.length, layout.data);
          closeSync(fd);
          if (read !== bytes.length) data.fill(0, read >> 1); // cut short meanwhile: those buckets find nothing
          whole = { ...source, units: (f, t) => data.subarray(f, t) };
          return whole.units(from, to);
        }
        const length = to - from;
        if (scratch.length < length) scratch = new Uint16Array(length * 2);
        const bytes = new Uint8Array(scratch.buffer, 0, length * 2);
        const read = readSync(fd, bytes, 0, bytes.length, layout.data + from * 2);
        return scratch.subarray(0, read >> 1);
      },
    };
    keep = true;
    return idfOfSource(source);
  } catch {
    return undefined;
  } finally {
    if (!keep) closeSync(fd);
  }
}

function idfOfMap(entries: Map<string, number>): GeneralIdf {
  return { median: medianOf([...entries.values()]), get: (term) => entries.get(term) };
}

/** Read the cached table of `path`, or build it (and save it when there is a cache folder); an empty IDF when `path` cannot be read. */
export function loadGeneralIdf(path = generalIdfPath(), dir = cacheDir()): GeneralIdf {
  let name: string;
  try {
    const { size, mtimeMs } = statSync(path);
    name = `general-idf-${size}-${Math.floor(mtimeMs)}.v${VERSION}.bin`;
  } catch {
    return idfOfMap(new Map()); // no fallback installed: unknown terms simply get the median
  }
  const cached = dir ? idfOfTableFile(join(dir, name)) : undefined;
  if (cached) return cached;
  const entries = parseGeneralIdf(readFileSync(path, 'utf8'));
  // No usable cache folder: the Map alone, without a table that could not be kept (~10 % more CPU for nothing).
  const table = canKeepInCache(dir) ? tableOf(entries) : undefined;
  if (table) saveInCache(name, table, { dir, prune: { prefix: 'general-idf-', keep: 2 } });
  return idfOfMap(entries);
}
