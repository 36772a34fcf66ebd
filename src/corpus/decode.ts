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

function check(text: string, file: string, encoding: string): Decoded {
  const replacements = (text.match(/\uFFFD/g) ?? []).length;
  // A few replacement characters are damage; many mean the bytes are not in this encoding at all.
  if (replacements > 0 && replacements >= Math.max(3, text.length * 0.01)) {
    throw new InputError(file, `cannot decode as ${encoding}: ${replacements} bytes are not valid text`);
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
 * Decode a file's bytes. `encoding` forces one (any iconv-lite name); otherwise: BOM, then UTF-16 by NUL pattern,
 * then strict UTF-8, then GB18030 (a superset of GBK and GB2312). Throws InputError when the file is empty, binary,
 * undecodable, or holds no letters at all.
 */
export function decodeBytes(bytes: Buffer, file: string, encoding?: string): Decoded {
  if (bytes.length === 0) throw new InputError(file, 'empty file');

  if (encoding) {
    const name = normaliseName(encoding);
    if (!iconv.encodingExists(name)) throw new InputError(file, `unknown encoding '${encoding}'`);
    // iconv-lite strips a BOM of the encoding it decodes by default.
    return check(iconv.decode(bytes, name), file, name);
  }

  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    if (bytes.length === 3) throw new InputError(file, 'empty file (only a byte order mark)');
    return check(bytes.toString('utf8', 3), file, 'utf-8');
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    if (bytes.length === 2) throw new InputError(file, 'empty file (only a byte order mark)');
    return check(iconv.decode(bytes, 'utf-16le'), file, 'utf-16le');
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    if (bytes.length === 2) throw new InputError(file, 'empty file (only a byte order mark)');
    return check(iconv.decode(bytes, 'utf-16be'), file, 'utf-16be');
  }

  for (const { bytes: magic, what } of MAGIC) {
    if (startsWith(bytes, magic)) throw new InputError(file, `binary file (${what}), not text`);
  }

  const utf16 = utf16ByNuls(bytes);
  if (utf16) return check(iconv.decode(bytes, utf16), file, utf16);
  if (bytes.subarray(0, 64 * 1024).includes(0)) throw new InputError(file, 'binary file (NUL bytes), not text');

  const { multibyte, invalid } = utf8Stats(bytes);
  if (invalid === 0 || (multibyte >= 100 && invalid <= Math.max(4, multibyte / 200))) return check(bytes.toString('utf8'), file, 'utf-8');
  return check(iconv.decode(bytes, 'gb18030'), file, 'gb18030');
}
