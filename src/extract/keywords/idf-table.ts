// An IDF file (src/data/policy-idf.txt, 36,000 lines, or a user's --idf) as a lookup table kept in the cache folder
// (src/cache-dir.ts), so that a run reads it in one read instead of parsing the text (~40 ms of a small `keywords` run,
// more than half of it garbage). The table is an open-addressing hash of the words' UTF-16 code units: a word is looked
// up without encoding it, and once found its entry number is remembered, so a long run looks each word up as fast as in
// a Map. The file is named after a hash of the IDF file's bytes, so an edited IDF file never gets an old table, and it
// ends with a SHA-1 of everything before it: a damaged table is refused and the text parsed, as without a cache folder.
// Both ways give the same numbers and tags (test/unit/extract/keywords/idf-table.test.ts).
import { createHash } from 'node:crypto';
import { cacheDir, cachedBytes, canKeepInCache, saveInCache } from '../../cache-dir.js';

/** The terms of an IDF file: what idf.ts ranks with, from the parsed text or from a table. */
export interface IdfEntries {
  idf(term: string): number | undefined;
  /** The same as idf(term), without remembering the term: for a caller that asks about each term once and keeps the answer. */
  idfOnce(term: string): number | undefined;
  has(term: string): boolean;
  /** The same as has(term), without remembering the term (see idfOnce). */
  hasOnce(term: string): boolean;
  tag(term: string): string | undefined;
  /** Median and largest IDF of the file's terms (0 for a file without any). */
  median: number;
  max: number;
  documents: number;
}

/** What a table is made from: the parsed file (later lines for a word replaced earlier ones). */
export interface ParsedIdf {
  entries: Map<string, { idf: number; tag?: string }>;
  documents: number;
  median: number;
  max: number;
}

const MAGIC = 0x50494454; // "PIDT", read as a Uint32: a table written on a machine of the other byte order is refused
const VERSION = 1;
const HEADER_BYTES = 64; // 8 × uint32 (magic, version, count, slots, chars, tags, 2 spare), 4 × float64
const DIGEST_BYTES = 20;
const NO_TAG = 255;

/** Prefix of the table files in the cache folder; the four most recent are kept (the built-in IDF and users' files). */
export const TABLE_PREFIX = 'idf-';

/** The cache file name of the IDF file whose bytes are `source`. */
export function tableName(source: Uint8Array): string {
  const hash = createHash('sha1').update(`policy-cli idf table ${VERSION}\n`).update(source).digest('hex').slice(0, 20);
  return `${TABLE_PREFIX}${hash}.bin`;
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return hash >>> 0;
}

interface Layout {
  values: number;
  slots: number;
  starts: number;
  tagStarts: number;
  chars: number;
  tags: number;
  digest: number;
  total: number;
}

function layoutOf(count: number, slotCount: number, charCount: number, tagCount: number): Layout {
  const values = HEADER_BYTES;
  const slots = values + count * 8;
  const starts = slots + slotCount * 4;
  const tagStarts = starts + (count + 1) * 4;
  const chars = tagStarts + (tagCount + 1) * 4;
  const tags = chars + charCount * 2;
  const digest = tags + count;
  return { values, slots, starts, tagStarts, chars, tags, digest, total: digest + DIGEST_BYTES };
}

function viewsOf(buffer: ArrayBuffer, base: number, layout: Layout, count: number, slotCount: number, charCount: number, tagCount: number) {
  return {
    header: new Uint32Array(buffer, base, 8),
    numbers: new Float64Array(buffer, base + 32, 4),
    values: new Float64Array(buffer, base + layout.values, count),
    slots: new Int32Array(buffer, base + layout.slots, slotCount),
    starts: new Int32Array(buffer, base + layout.starts, count + 1),
    tagStarts: new Int32Array(buffer, base + layout.tagStarts, tagCount + 1),
    chars: new Uint16Array(buffer, base + layout.chars, charCount),
    tags: new Uint8Array(buffer, base + layout.tags, count),
  };
}

/**
 * The table of a parsed IDF file: a header, each entry's value, the hash slots (entry number or -1), where each
 * entry's word starts in the characters (one start more than entries), where each tag name starts, the characters of
 * the words then of the tag names, each entry's tag number (255: none), and the SHA-1 of all that. Undefined when the
 * file has more distinct tags than a byte numbers.
 */
export function tableOfIdf(parsed: ParsedIdf): Uint8Array | undefined {
  const words = [...parsed.entries.keys()];
  const count = words.length;
  const tagNumbers = new Map<string, number>();
  for (const { tag } of parsed.entries.values()) if (tag !== undefined && !tagNumbers.has(tag)) tagNumbers.set(tag, tagNumbers.size);
  if (tagNumbers.size >= NO_TAG) return undefined;
  const tagNames = [...tagNumbers.keys()];
  let slotCount = 1024;
  while (slotCount < count * 2) slotCount *= 2;
  let charCount = 0;
  for (const word of words) charCount += word.length;
  const wordChars = charCount;
  for (const name of tagNames) charCount += name.length;
  const layout = layoutOf(count, slotCount, charCount, tagNames.length);
  const buffer = new ArrayBuffer(layout.total);
  const view = viewsOf(buffer, 0, layout, count, slotCount, charCount, tagNames.length);
  view.header.set([MAGIC, VERSION, count, slotCount, charCount, tagNames.length, 0, 0]);
  view.numbers.set([parsed.median, parsed.max, parsed.documents, 0]);
  view.slots.fill(-1);
  let at = 0;
  let i = 0;
  for (const [word, { idf, tag }] of parsed.entries) {
    view.starts[i] = at;
    for (let k = 0; k < word.length; k++) view.chars[at + k] = word.charCodeAt(k);
    at += word.length;
    view.values[i] = idf;
    view.tags[i] = tag === undefined ? NO_TAG : tagNumbers.get(tag)!;
    let slot = fnv1a(word) & (slotCount - 1);
    while (view.slots[slot]! >= 0) slot = (slot + 1) & (slotCount - 1);
    view.slots[slot] = i;
    i++;
  }
  view.starts[count] = wordChars;
  tagNames.forEach((name, n) => {
    view.tagStarts[n] = at;
    for (let k = 0; k < name.length; k++) view.chars[at + k] = name.charCodeAt(k);
    at += name.length;
  });
  view.tagStarts[tagNames.length] = at;
  const file = new Uint8Array(buffer);
  file.set(createHash('sha1').update(file.subarray(0, layout.digest)).digest(), layout.digest);
  return file;
}

/** A table read back, or undefined when it is not one (another version or byte order, cut short, damaged). */
export function idfOfTable(file: Uint8Array): IdfEntries | undefined {
  if (file.byteLength < HEADER_BYTES + DIGEST_BYTES || file.byteOffset % 8 !== 0) return undefined;
  const header = new Uint32Array(file.buffer, file.byteOffset, 8);
  if (header[0] !== MAGIC || header[1] !== VERSION) return undefined;
  const [count, slotCount, charCount, tagCount] = [header[2]!, header[3]!, header[4]!, header[5]!];
  if (slotCount === 0 || (slotCount & (slotCount - 1)) !== 0 || slotCount < count || tagCount >= NO_TAG) return undefined;
  const layout = layoutOf(count, slotCount, charCount, tagCount);
  if (layout.total !== file.byteLength) return undefined;
  const digest = createHash('sha1').update(file.subarray(0, layout.digest)).digest();
  if (!digest.equals(file.subarray(layout.digest))) return undefined;
  const { numbers, values, slots, starts, tagStarts, chars, tags } = viewsOf(file.buffer as ArrayBuffer, file.byteOffset, layout, count, slotCount, charCount, tagCount);
  const tagNames: string[] = [];
  for (let n = 0; n < tagCount; n++) tagNames.push(String.fromCharCode(...chars.subarray(tagStarts[n], tagStarts[n + 1])));
  const mask = slotCount - 1;
  const find = (term: string): number => {
    for (let slot = fnv1a(term) & mask, probes = 0; probes < slotCount; slot = (slot + 1) & mask, probes++) {
      const entry = slots[slot]!;
      if (entry < 0) return -1;
      const start = starts[entry]!;
      if (starts[entry + 1]! - start !== term.length) continue;
      let same = true;
      for (let k = 0; k < term.length && same; k++) same = chars[start + k] === term.charCodeAt(k);
      if (same) return entry;
    }
    return -1;
  };
  // Entry numbers of the words looked up so far (-1: not in the file): ranking asks about the same words many times.
  const found = new Map<string, number>();
  const indexOf = (term: string): number => {
    let entry = found.get(term);
    if (entry === undefined) found.set(term, (entry = find(term)));
    return entry;
  };
  return {
    idf: (term) => {
      const entry = indexOf(term);
      return entry < 0 ? undefined : values[entry];
    },
    idfOnce: (term) => {
      const entry = found.get(term) ?? find(term);
      return entry < 0 ? undefined : values[entry];
    },
    has: (term) => indexOf(term) >= 0,
    hasOnce: (term) => (found.get(term) ?? find(term)) >= 0,
    tag: (term) => {
      const entry = indexOf(term);
      return entry < 0 || tags[entry] === NO_TAG ? undefined : tagNames[tags[entry]!];
    },
    median: numbers[0]!,
    max: numbers[1]!,
    documents: numbers[2]!,
  };
}

/** The entries of a parsed IDF file, as a Map gives them. */
export function idfOfParsed(parsed: ParsedIdf): IdfEntries {
  const { entries } = parsed;
  return {
    idf: (term) => entries.get(term)?.idf,
    idfOnce: (term) => entries.get(term)?.idf,
    has: (term) => entries.has(term),
    hasOnce: (term) => entries.has(term),
    tag: (term) => entries.get(term)?.tag,
    median: parsed.median,
    max: parsed.max,
    documents: parsed.documents,
  };
}

/**
 * The entries of the IDF file whose bytes are `source`: from its table in the cache folder `dir` when there is an
 * intact one, else `parse`d (errors of the file are thrown from there) and its table saved for the next run.
 */
export function cachedIdfEntries(source: Uint8Array, parse: () => ParsedIdf, dir = cacheDir()): IdfEntries {
  // No cache folder: the text is parsed, and no table is built that could not be kept (~10 % more CPU for nothing).
  if (!dir) return idfOfParsed(parse());
  const name = tableName(source);
  const bytes = cachedBytes(name, dir);
  const cached = bytes && idfOfTable(bytes);
  if (cached) return cached;
  const parsed = parse();
  const table = canKeepInCache(dir) ? tableOfIdf(parsed) : undefined;
  if (table) saveInCache(name, table, { dir, prune: { prefix: TABLE_PREFIX, keep: 4 } });
  return idfOfParsed(parsed);
}
