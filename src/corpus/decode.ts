// Bytes → text. Chinese government texts come as UTF-8 (with or without BOM), UTF-16 from Windows tools, or
// GB18030/GBK from older sites; we detect which, and refuse files that are not text at all.
import { isUtf8 as isWellFormedUtf8 } from 'node:buffer';
import { createRequire } from 'node:module';
import { StringDecoder } from 'node:string_decoder';
import { readWordList } from '../word-lists.js';
import { InputError } from '../types.js';

type Iconv = typeof import('iconv-lite');
let iconvModule: Iconv | undefined;
/** iconv-lite, loaded at its first use: UTF-8 input (nearly all of it) never needs it. */
function iconv(): Iconv {
  iconvModule ??= createRequire(import.meta.url)('iconv-lite') as Iconv;
  return iconvModule;
}

export interface Decoded {
  text: string;
  /** `utf-8`, `utf-16le`, `utf-16be`, `gb18030`, `big5`, or the forced encoding's name. */
  encoding: string;
  /** Read, but with something the user should know (a stray NUL byte…): one line each, without the file name. */
  warnings?: string[];
}

export interface DecodeOptions {
  /** Decode every file with this encoding (any iconv-lite name) instead of detecting it. */
  encoding?: string;
  /** --text: read a file that looks binary or garbled as text anyway. */
  text?: boolean;
  /** False: no plausibility check on GB18030/Big5 text (a dictionary of rare names need not read like prose). */
  plausible?: boolean;
}

/** Whether `name` is an encoding --encoding accepts. */
export function encodingExists(name: string): boolean {
  return iconv().encodingExists(normaliseName(name));
}

/**
 * The most frequent characters of Chinese policy text, with their traditional forms (src/data/common-han.txt: 560
 * characters, opening with the function characters 的 和 在 有 是 为 对 与 等 了). Loaded on the first plausibility check.
 */
let commonHan: ReadonlySet<string> | undefined;

const HAN = /\p{Script=Han}/u;
/** What Chinese text is made of besides Han characters: letters of the scripts GB18030 text uses, digits, punctuation, symbols, spaces. */
const TEXTUAL = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Bopomofo}\p{N}\p{P}\p{S}\p{Zs}\t\n\r\f\v\u3000-\u303f\uff00-\uffef]/u;

/**
 * How much a decoded text looks like Chinese (or plain Latin) text, from 0 to 1: the share of its Han characters that
 * are common ones, counting every character that no Chinese text is made of (replacement characters, private use,
 * unassigned code points, controls, Hangul and other scripts) as one more rare character. The 359 texts of the corpus
 * and seeds score 0.60 to 0.92 (median 0.84, the same in traditional script); the same texts decoded in the wrong
 * encoding (Big5 as GB18030 and back, Shift_JIS or UTF-8 as GB18030, UTF-8 as UTF-16) score 0.14 at most. Plus one in the numerator
 * and two in the denominator so that a text with (almost) no Han characters scores about one half.
 */
export function plausibility(text: string): number {
  const commonSet = (commonHan ??= new Set(readWordList('common-han.txt')));
  let han = 0;
  let common = 0;
  let bad = 0;
  let seen = 0;
  for (const c of text) {
    if (++seen > 64 * 1024) break;
    const u = c.codePointAt(0)!;
    if (u < 0x80 ? u >= 0x20 || u === 9 || u === 10 || u === 13 || u === 12 : false) continue;
    if (HAN.test(c)) {
      han++;
      if (commonSet.has(c)) common++;
    } else if (u < 0x20 || (u >= 0xe000 && u <= 0xf8ff) || u === 0xfffd || !TEXTUAL.test(c)) bad++;
  }
  return (common + 1) / (han + bad + 2);
}

/** Below this a decoded text looks garbled: a third of the lowest score of real text, above every garbled one. */
export const PLAUSIBLE = 0.2;

/** Magic numbers of binary formats people feed to text tools by mistake. */
const MAGIC: Array<{ bytes: number[]; what: string }> = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], what: 'a PDF file' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive (or DOCX/XLSX)' },
  { bytes: [0x1f, 0x8b], what: 'a GZIP archive' },
  { bytes: [0x42, 0x5a, 0x68], what: 'a BZIP2 archive' },
  { bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], what: 'an XZ archive' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], what: 'a 7-Zip archive' },
  { bytes: [0x52, 0x61, 0x72, 0x21], what: 'a RAR archive' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'an old Office document (DOC/XLS)' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], what: 'an executable (ELF)' },
];

function startsWith(bytes: Buffer, magic: number[]): boolean {
  if (bytes.length < magic.length) return false;
  return magic.every((b, i) => bytes[i] === b);
}

/**
 * Where NUL bytes sit in the first bytes tells UTF-16 without a BOM: ASCII and CJK text in UTF-16LE has NULs at odd
 * offsets for ASCII characters, UTF-16BE at even offsets. Only a strong one-sided pattern counts.
 */
function utf16ByNuls(bytes: Buffer): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, 64 * 1024) & ~1;
  if (n < 4) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) {
    if (bytes[i] === 0) {
      if (i % 2 === 0) even++;
      else odd++;
    }
  }
  const pairs = n / 2;
  // A CJK character may have a zero byte too (开 is U+5F00), so one side need only dominate.
  if (odd >= pairs * 0.1 && even * 4 <= odd) return 'utf-16le';
  if (even >= pairs * 0.1 && odd * 4 <= even) return 'utf-16be';
  return undefined;
}

/**
 * Strict UTF-8 check (no overlongs, no surrogates), counting good multi-byte characters and bad sequences, so
 * GB18030 bytes are never taken for UTF-8 while a UTF-8 file with a damaged byte or two still is.
 */
function utf8Stats(bytes: Buffer): { multibyte: number; invalid: number } {
  let multibyte = 0;
  let invalid = 0;
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else {
      invalid++;
      i++;
      continue;
    }
    if (i + need >= n) {
      // A character cut at the end of the file (a truncated download) is not held against it.
      let ok = true;
      for (let k = 1; i + k < n; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) ok = false;
      if (!ok) invalid++;
      break;
    }
    let cp = b & (0x3f >> need);
    let ok = true;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k]!;
      if ((c & 0xc0) !== 0x80) {
        ok = false;
        break;
      }
      cp = (cp << 6) | (c & 0x3f);
    }
    if (!ok || cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
      invalid++;
      i++;
      continue;
    }
    multibyte++;
    i += need + 1;
  }
  return { multibyte, invalid };
}

const LETTER_OR_CJK = /[\p{L}\p{N}]/u;

/**
 * Share of the UTF-16 code units in `bytes` (read as `le` or `be`) that Chinese policy text is made of: CJK ideographs,
 * CJK and full-width punctuation, general punctuation, printable ASCII and line ends. Text in UTF-16 without a BOM
 * scores near 1; UTF-8 or GB18030 bytes read in pairs land in Hangul, surrogates and private use, and score low.
 */
function utf16Plausibility(bytes: Buffer, littleEndian: boolean): number {
  const n = Math.min(bytes.length, 64 * 1024) & ~1;
  if (n < 4) return 0;
  let good = 0;
  for (let i = 0; i < n; i += 2) {
    const u = littleEndian ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!;
    if (
      (u >= 0x4e00 && u <= 0x9fff) || // CJK unified ideographs
      (u >= 0x3400 && u <= 0x4dbf) || // extension A
      (u >= 0x3000 && u <= 0x303f) || // CJK punctuation
      (u >= 0xff00 && u <= 0xffef) || // full-width forms
      (u >= 0x2000 && u <= 0x206f) || // general punctuation (—, “”, …)
      (u >= 0x20 && u <= 0x7e) ||
      u === 0x0a ||
      u === 0x0d ||
      u === 0x09
    ) {
      good++;
    }
  }
  return good / (n / 2);
}

/** UTF-16 without a BOM and without ASCII (so without a NUL pattern): only when one byte order reads as text. */
function utf16ByContent(bytes: Buffer): 'utf-16le' | 'utf-16be' | undefined {
  const le = utf16Plausibility(bytes, true);
  const be = utf16Plausibility(bytes, false);
  if (le >= 0.9 && le > be) return 'utf-16le';
  if (be >= 0.9 && be > le) return 'utf-16be';
  return undefined;
}

/**
 * How many bytes at the end of `bytes` are the start of a character the file was cut in (a half-downloaded page),
 * for the encodings where that can be told: dropping them keeps the cut from showing as a replacement character.
 */
function cutTail(bytes: Buffer, encoding: string): number {
  const n = bytes.length;
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    let cut = n % 2;
    // A high surrogate with its low half missing.
    const at = n - cut - 2;
    if (at >= 0) {
      const u = encoding === 'utf-16le' ? bytes[at]! | (bytes[at + 1]! << 8) : (bytes[at]! << 8) | bytes[at + 1]!;
      if (u >= 0xd800 && u <= 0xdbff) cut += 2;
    }
    return cut;
  }
  if (encoding === 'utf-8') {
    // Walk back over continuation bytes to the lead byte of the last character.
    let k = 0;
    while (k < 3 && k < n && (bytes[n - 1 - k]! & 0xc0) === 0x80) k++;
    const lead = bytes[n - 1 - k];
    if (lead === undefined) return 0;
    const need = lead >= 0xf0 && lead <= 0xf4 ? 3 : lead >= 0xe0 && lead <= 0xef ? 2 : lead >= 0xc2 && lead <= 0xdf ? 1 : 0;
    return need > k ? k + 1 : 0;
  }
  if (encoding === 'gb18030' || encoding === 'gbk' || encoding === 'big5') {
    // Pair bytes up from the last byte below 0x30, which no multi-byte character holds (second bytes are 0x30–0x39
    // in four-byte sequences, 0x40 and up otherwise): a lead byte left alone, or a four-byte sequence missing its
    // end, was cut.
    let i = n;
    while (i > 0 && bytes[i - 1]! >= 0x30) i--;
    while (i < n) {
      const b = bytes[i]!;
      if (b <= 0x80 || b === 0xff) {
        i++;
        continue;
      }
      if (i + 1 >= n) return n - i;
      const c = bytes[i + 1]!;
      if (c >= 0x30 && c <= 0x39) {
        if (i + 3 >= n) return n - i;
        i += 4;
      } else i += 2;
    }
    return 0;
  }
  return 0;
}

function decodeAs(bytes: Buffer, encoding: string): string {
  const whole = bytes.subarray(0, bytes.length - cutTail(bytes, encoding));
  return encoding === 'utf-8' ? whole.toString('utf8') : iconv().decode(whole, encoding);
}

function countReplacements(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) count++;
  return count;
}

function check(text: string, file: string, encoding: string, detected: boolean, force = false): Decoded {
  const replacements = countReplacements(text);
  // A few replacement characters are damage; many mean the bytes are not in this encoding at all.
  if (!force && replacements > 0 && replacements >= Math.max(3, text.length * 0.01)) {
    const why = `${replacements} invalid byte sequences`;
    throw new InputError(file, detected ? `looks garbled: try --encoding (not text in UTF-8, UTF-16, GB18030 or Big5: ${why})` : `cannot decode as ${encoding}: ${why} (try --encoding)`);
  }
  if (CONTROL.test(text.slice(0, 64 * 1024))) {
    if (!force) throw new InputError(file, 'binary file (control characters), not text');
    // Read as text anyway (--text): a control character becomes a space, so offsets stay and the segmenter sees text.
    text = text.replace(CONTROLS, ' ');
  }
  if (!LETTER_OR_CJK.test(text)) {
    throw new InputError(file, 'no text in file (only whitespace or punctuation)');
  }
  return { text, encoding };
}

const CONTROL = /[\x00-\x08\x0e-\x1b]/;
const CONTROLS = /[\x00-\x08\x0e-\x1b]/g;

function normaliseName(encoding: string): string {
  const e = encoding.toLowerCase().replace(/_/g, '-');
  if (e === 'utf8') return 'utf-8';
  if (e === 'utf16le' || e === 'utf-16') return 'utf-16le';
  if (e === 'utf16be') return 'utf-16be';
  if (e === 'gb-18030') return 'gb18030';
  return e;
}

/**
 * Decode a file's bytes. `encoding` forces one (any iconv-lite name); otherwise: BOM, then UTF-16 by NUL pattern or
 * by content (when it reads as text), then strict UTF-8 (a stray NUL or two allowed, with a warning), then GB18030 (a
 * superset of GBK and GB2312) or Big5, whichever reads more like Chinese text. A character cut off at the end of the
 * file (a truncated download) is dropped. Throws InputError when the file is empty, binary, undecodable, looks garbled
 * in every encoding tried, or holds no letters at all; `text` (--text) reads a binary or garbled file anyway.
 */
export function decodeBytes(bytes: Buffer, file: string, options: DecodeOptions | string = {}): Decoded {
  const opts = typeof options === 'string' ? { encoding: options } : options;
  if (bytes.length === 0) throw new InputError(file, 'empty file');
  try {
    return decodeChecked(bytes, file, opts.encoding, opts.text ?? false, opts.plausible ?? true);
  } catch (error) {
    // V8 cannot hold a string of more than ~2^29 characters: say so instead of failing the whole run.
    const e = error as NodeJS.ErrnoException;
    if (e?.code === 'ERR_STRING_TOO_LONG' || (e instanceof RangeError && /string length|string longer/i.test(e.message))) {
      throw new InputError(file, 'file too large to hold as text');
    }
    throw error;
  }
}

/** UTF-16 without a BOM, when its text is plausible: NUL bytes alone are not enough (`abc\0def` is not UTF-16). */
function plausibleUtf16(bytes: Buffer, encoding: 'utf-16le' | 'utf-16be' | undefined): string | undefined {
  if (!encoding) return undefined;
  const text = decodeAs(bytes, encoding);
  return plausibility(text) >= PLAUSIBLE ? text : undefined;
}

function nulCount(bytes: Buffer): number {
  let count = 0;
  for (let i = bytes.indexOf(0); i !== -1; i = bytes.indexOf(0, i + 1)) count++;
  return count;
}

function isUtf8(bytes: Buffer): boolean {
  // Well-formed UTF-8 (Node's native check, of the same definition as utf8Stats) has nothing invalid to count: most
  // files are, and counting their characters one by one in JavaScript cost more than decoding them.
  if (isWellFormedUtf8(bytes)) return true;
  const { multibyte, invalid } = utf8Stats(bytes);
  return invalid === 0 || (multibyte >= 100 && invalid <= Math.max(4, multibyte / 200));
}

function decodeChecked(bytes: Buffer, file: string, encoding: string | undefined, force: boolean, plausible: boolean): Decoded {
  if (encoding) {
    const name = normaliseName(encoding);
    if (!iconv().encodingExists(name)) throw new InputError(file, `unknown encoding '${encoding}'`);
    // iconv-lite strips a BOM of the encoding it decodes by default.
    return check(iconv().decode(bytes, name), file, name, false, force);
  }

  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    if (bytes.length === 3) throw new InputError(file, 'empty file (only a byte order mark)');
    return check(decodeAs(bytes.subarray(3), 'utf-8'), file, 'utf-8', false, force);
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    if (bytes.length === 2) throw new InputError(file, 'empty file (only a byte order mark)');
    return check(decodeAs(bytes.subarray(2), 'utf-16le'), file, 'utf-16le', false, force);
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    if (bytes.length === 2) throw new InputError(file, 'empty file (only a byte order mark)');
    return check(decodeAs(bytes.subarray(2), 'utf-16be'), file, 'utf-16be', false, force);
  }

  if (!force) {
    for (const { bytes: magic, what } of MAGIC) {
      if (startsWith(bytes, magic)) throw new InputError(file, `binary file (${what}), not text`);
    }
  }

  if (bytes.subarray(0, 64 * 1024).includes(0)) {
    const byNuls = utf16ByNuls(bytes);
    const utf16 = plausibleUtf16(bytes, byNuls);
    if (utf16 !== undefined) return check(utf16, file, byNuls!, true, force);
    // Chinese in UTF-16 has NULs too (开 is U+5F00), but no ASCII to make a pattern of.
    const byContent = utf16ByContent(bytes);
    const content = plausibleUtf16(bytes, byContent);
    if (content !== undefined) return check(content, file, byContent!, true, force);
    // A NUL byte or two in good UTF-8 (a copy and paste from a tool that left one): read it, and say so.
    const nuls = nulCount(bytes);
    if ((nuls === 1 || nuls * 1000 <= bytes.length) && isUtf8(bytes)) {
      const decoded = check(decodeAs(bytes, 'utf-8').replace(/\0/g, ' '), file, 'utf-8', true, force);
      const what = nuls === 1 ? 'a NUL byte' : `${nuls} NUL bytes`;
      return { ...decoded, warnings: [`${what} in UTF-8 text, read as ${nuls === 1 ? 'a space' : 'spaces'}`] };
    }
    if (!force) throw new InputError(file, 'binary file (NUL bytes), not text');
  }

  if (isUtf8(bytes)) return check(decodeAs(bytes, 'utf-8'), file, 'utf-8', true, force);
  const byContent = utf16ByContent(bytes);
  const utf16 = plausibleUtf16(bytes, byContent);
  if (utf16 !== undefined) return check(utf16, file, byContent!, true, force);
  return chineseLegacy(bytes, file, force, plausible);
}

/**
 * Bytes that are not UTF-8: GB18030 (GBK, GB2312) from the mainland, or Big5 from Taiwan and Hong Kong. Every Big5 byte
 * pair is a GBK character too, so validity cannot tell them apart: decode both, and keep the one that reads more like
 * Chinese text (fewer invalid sequences, then the better plausibility). When neither does, the file is in some other
 * encoding (Shift_JIS, Latin-1…) and would only give nonsense words.
 */
function chineseLegacy(bytes: Buffer, file: string, force: boolean, plausible: boolean): Decoded {
  const candidates = (['gb18030', 'big5'] as const).map((encoding) => {
    const text = decodeAs(bytes, encoding);
    const replacements = countReplacements(text);
    const damaged = replacements > 0 && replacements >= Math.max(3, text.length * 0.01);
    return { encoding, text, damaged, score: plausibility(text) };
  });
  const [gb, big5] = candidates as [(typeof candidates)[0], (typeof candidates)[0]];
  const best = !big5.damaged && (gb.damaged || big5.score > gb.score) ? big5 : gb;
  if (force) return check(best.text, file, best.encoding, true, true);
  if (best.damaged) return check(best.text, file, best.encoding, true, false);
  if (plausible && best.score < PLAUSIBLE) {
    throw new InputError(file, 'looks garbled: try --encoding (not like Chinese text in GB18030 or Big5; --text reads it anyway)');
  }
  return check(best.text, file, best.encoding, true, false);
}

/** How the rest of a big file is decoded once its head has been: see headDecoding. */
export interface StreamDecoding {
  encoding: string;
  /** Bytes of a byte order mark to skip at the start of the file. */
  skip: number;
  /** Read, but with something to tell the user (from the head). */
  warnings?: string[];
  /** Decode the next block: a character split between two blocks comes out whole with the later one. */
  write(bytes: Buffer): string;
}

/**
 * How to decode a file too big to read whole, from its first bytes: the encoding decodeBytes finds there (with the
 * same refusals: binary, garbled, empty), and a streaming decoder for it. A character cut at the end of the file is
 * dropped, as decodeBytes drops it, because the decoder is never asked to flush. What decodeBytes replaces (a stray
 * NUL in UTF-8, control characters with --text) is replaced in every block.
 */
export function headDecoding(head: Buffer, file: string, options: DecodeOptions = {}): StreamDecoding {
  const { encoding, warnings } = decodeBytes(head, file, options);
  const forced = options.encoding !== undefined;
  let skip = 0;
  if (!forced) {
    if (encoding === 'utf-8' && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) skip = 3;
    else if (encoding === 'utf-16le' && head[0] === 0xff && head[1] === 0xfe) skip = 2;
    else if (encoding === 'utf-16be' && head[0] === 0xfe && head[1] === 0xff) skip = 2;
  }
  // Detected UTF-8 is decoded as Buffer.toString decodes it; every other encoding (and a forced one) as iconv-lite does.
  const decoder = !forced && encoding === 'utf-8' ? new StringDecoder('utf8') : iconv().getDecoder(encoding);
  const nuls = warnings?.some((w) => w.includes('NUL')) ?? false;
  const write = (bytes: Buffer) => {
    let text = decoder.write(bytes);
    if (nuls) text = text.replace(/\0/g, ' ');
    if (options.text) text = text.replace(CONTROLS, ' ');
    return text;
  };
  return warnings ? { encoding, skip, warnings, write } : { encoding, skip, write };
}
