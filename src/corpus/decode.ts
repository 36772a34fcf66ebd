// Bytes → text. Chinese government texts come as UTF-8 (with or without BOM), UTF-16 from Windows tools, or
// GB18030/GBK from older sites; we detect which, and refuse files that are not text at all.
import iconv from 'iconv-lite';
import { InputError } from '../types.js';

export interface Decoded {
  text: string;
  /** `utf-8`, `utf-16le`, `utf-16be`, `gb18030`, or the forced encoding's name. */
  encoding: string;
}

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
  if (encoding === 'gb18030' || encoding === 'gbk') {
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
  return encoding === 'utf-8' ? whole.toString('utf8') : iconv.decode(whole, encoding);
}

function countReplacements(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) count++;
  return count;
}

function check(text: string, file: string, encoding: string, detected: boolean): Decoded {
  const replacements = countReplacements(text);
  // A few replacement characters are damage; many mean the bytes are not in this encoding at all.
  if (replacements > 0 && replacements >= Math.max(3, text.length * 0.01)) {
    const tried = detected ? 'not text in UTF-8, UTF-16 or GB18030' : `cannot decode as ${encoding}`;
    throw new InputError(file, `${tried}: ${replacements} invalid byte sequences (try --encoding)`);
  }
  if (/[\x00-\x08\x0e-\x1b]/.test(text.slice(0, 64 * 1024))) {
    throw new InputError(file, 'binary file (control characters), not text');
  }
  if (!LETTER_OR_CJK.test(text)) {
    throw new InputError(file, 'no text in file (only whitespace or punctuation)');
  }
  return { text, encoding };
}

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
 * by content, then strict UTF-8, then GB18030 (a superset of GBK and GB2312). A character cut off at the end of the
 * file (a truncated download) is dropped. Throws InputError when the file is empty, binary, undecodable, or holds
 * no letters at all.
 */
export function decodeBytes(bytes: Buffer, file: string, encoding?: string): Decoded {
  if (bytes.length === 0) throw new InputError(file, 'empty file');
  try {
    return decodeChecked(bytes, file, encoding);
  } catch (error) {
    // V8 cannot hold a string of more than ~2^29 characters: say so instead of failing the whole run.
    const e = error as NodeJS.ErrnoException;
    if (e?.code === 'ERR_STRING_TOO_LONG' || (e instanceof RangeError && /string length|string longer/i.test(e.message))) {
      throw new InputError(file, 'file too large to hold as text');
    }
    throw error;
  }
}

function decodeChecked(bytes: Buffer, file: string, encoding?: string): Decoded {
  if (encoding) {
    const name = normaliseName(encoding);
    if (!iconv.encodingExists(name)) throw new InputError(file, `unknown encoding '${encoding}'`);
    // iconv-lite strips a BOM of the encoding it decodes by default.
    return check(iconv.decode(bytes, name), file, name, false);
  }

  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    if (bytes.length === 3) throw new InputError(file, 'empty file (only a byte order mark)');
    return check(decodeAs(bytes.subarray(3), 'utf-8'), file, 'utf-8', false);
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    if (bytes.length === 2) throw new InputError(file, 'empty file (only a byte order mark)');
    return check(decodeAs(bytes.subarray(2), 'utf-16le'), file, 'utf-16le', false);
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    if (bytes.length === 2) throw new InputError(file, 'empty file (only a byte order mark)');
    return check(decodeAs(bytes.subarray(2), 'utf-16be'), file, 'utf-16be', false);
  }

  for (const { bytes: magic, what } of MAGIC) {
    if (startsWith(bytes, magic)) throw new InputError(file, `binary file (${what}), not text`);
  }

  const utf16 = utf16ByNuls(bytes);
  if (utf16) return check(decodeAs(bytes, utf16), file, utf16, true);
  if (bytes.subarray(0, 64 * 1024).includes(0)) {
    // Chinese in UTF-16 has NULs too (开 is U+5F00), but no ASCII to make a pattern of.
    const byContent = utf16ByContent(bytes);
    if (byContent) return check(decodeAs(bytes, byContent), file, byContent, true);
    throw new InputError(file, 'binary file (NUL bytes), not text');
  }

  const { multibyte, invalid } = utf8Stats(bytes);
  if (invalid === 0 || (multibyte >= 100 && invalid <= Math.max(4, multibyte / 200))) {
    return check(decodeAs(bytes, 'utf-8'), file, 'utf-8', true);
  }
  const byContent = utf16ByContent(bytes);
  if (byContent) return check(decodeAs(bytes, byContent), file, byContent, true);
  return check(decodeAs(bytes, 'gb18030'), file, 'gb18030', true);
}
