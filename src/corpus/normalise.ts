// Normalised text for extraction, with a map back to the original for every character.
// OCR pages break lines inside words (`青州市委书\n记宋伟伟`) and sometimes leave blank lines inside paragraphs;
// we join lines that do not end a sentence, keep paragraph ends as a single `\n`, fold full-width ASCII and
// simplify traditional characters, one output character per input character so the map stays exact.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { endianness } from 'node:os';
import { dataPath } from '../paths.js';

const require = createRequire(import.meta.url);

export interface NormaliseOptions {
  /**
   * Usual length of a full printed line (OCR column width, in CJK characters; ASCII counts half). Estimated from the
   * text when left out; 0 means the text has no fixed width (one paragraph per line).
   */
  lineWidth?: number;
  /** Simplify traditional characters: forced on/off, or (default) when enough of the text is traditional. */
  traditional?: boolean;
}

export interface Normalised {
  text: string;
  /** origin[i] = offset in `original` of text[i]; one entry more than text has characters (the end offset). */
  origin: Int32Array;
}

// ---------------------------------------------------------------------------------------------------------------
// Character classes, on raw (unfolded) characters, full- and half-width alike.

/** Characters that end a sentence at the end of a line. */
const SENTENCE_END = new Set([...'。！？；：…!?;:', '．']);
/** Closing quotes and brackets that may follow a sentence end (`……。”`). */
const CLOSERS = new Set([...'”’」』）)】》〉"\'］]']);
/** A line ending with one of these obviously continues. */
const JOINERS = new Set([...'，,、（(《〈“‘「『【—-～~·']);
/** Punctuation that closes a short leading fragment (`力。推动…` continues `…激活内需动`). */
const CLAUSE_PUNCT = new Set([...'。，、；：！？,;:!?']);
/** Inner punctuation that a headline-like line does not have. */
const INNER_STOPS = new Set([...'。！？；，,;!?']);

/** Full-width ASCII forms that are Chinese punctuation in their own right and stay as printed. */
const KEEP_FULLWIDTH = new Set([0xff0c, 0xff1b, 0xff1a, 0xff08, 0xff09]); // ，；：（）

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0 || c === 0x0b || c === 0x0c || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x205f || c === 0xfeff;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** Fold one UTF-16 unit: full-width ASCII → ASCII (except ，；：（）), any space → ' '. */
export function foldChar(c: number): number {
  if (c >= 0xff01 && c <= 0xff5e && !KEEP_FULLWIDTH.has(c)) return c - 0xfee0;
  if (isSpace(c)) return 0x20;
  return c;
}

/**
 * Fold a string (no map): for matching patterns on raw lines. Every unit foldChar changes, and only those, is changed
 * (a loop over units: a replace with a callback per space or full-width character cost a tenth of splitting a page).
 */
export function foldString(s: string): string {
  let folded = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const f = foldChar(c);
    if (f === c) continue;
    folded += s.slice(from, i) + String.fromCharCode(f);
    from = i + 1;
  }
  return from === 0 ? s : folded + s.slice(from);
}

/** Width on a printed page, in CJK character cells: ASCII counts half (output/width.ts measures terminal columns). */
export function printedWidth(s: string): number {
  let w = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) continue; // second half of a surrogate pair
    w += c < 0x80 ? 0.5 : 1;
  }
  return w;
}

// ---------------------------------------------------------------------------------------------------------------
// Traditional → simplified, per character, so lengths never change.

export type Convert = (s: string) => string;
let phraseConverter: Convert | undefined;
/** charMap[c] = simplified unit for a traditional BMP unit c (0 = unchanged). Built once. */
let charMap: Uint16Array | undefined;

function converter(): Convert {
  // 'tw' also undoes Taiwan variant forms before simplifying; plain traditional text goes through unchanged by it.
  // Loaded on first use, and only the traditional-to-simplified build (the same dictionaries; test/unit/corpus/
  // normalise.test.ts compares them): importing the whole of opencc-js cost every run ~80 ms at start.
  phraseConverter ??= (require('opencc-js/t2cn') as typeof import('opencc-js')).Converter({ from: 'tw', to: 'cn' }) as Convert;
  return phraseConverter;
}

function traditionalMap(): Uint16Array {
  charMap ??= shippedTraditionalMap() ?? traditionalMapFromConverter(converter());
  return charMap;
}

/** The BMP ranges of Han characters the map covers (CJK Extension A, Unified Ideographs, Compatibility Ideographs). */
export const HAN_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
];

/**
 * The map as opencc-js gives it, character by character: how src/data/traditional-chars.txt is made
 * (scripts/build-traditional-map.mjs), and what a run builds if that file is missing. Loading opencc's dictionaries and
 * converting 28,000 characters took ~140 ms, on every run that met a traditional character, even a few in simplified
 * text (which then needs no conversion).
 */
export function traditionalMapFromConverter(convert: Convert): Uint16Array {
  const map = new Uint16Array(0x10000);
  // One character per line so no phrase rule can fire: this gives each character's own conversion.
  for (const [lo, hi] of HAN_RANGES) {
    let s = '';
    for (let c = lo; c <= hi; c++) s += String.fromCharCode(c) + '\n';
    const out = convert(s).split('\n');
    for (let c = lo; c <= hi; c++) {
      const t = out[c - lo];
      if (t && t.length === 1 && t.charCodeAt(0) !== c) map[c] = t.charCodeAt(0);
    }
  }
  return map;
}

/** The map as src/data/traditional-chars.txt lists it, after its `#` comments: a traditional character and its simplified form a line. */
export function traditionalMapLines(map: Uint16Array): string[] {
  const lines: string[] = [];
  for (let c = 0; c < map.length; c++) if (map[c]) lines.push(String.fromCharCode(c, map[c]!));
  return lines;
}

/** src/data/traditional-chars.txt read into a map; undefined when it cannot be read. */
function shippedTraditionalMap(): Uint16Array | undefined {
  let text: string;
  try {
    text = readFileSync(dataPath('traditional-chars.txt'), 'utf8');
  } catch {
    return undefined;
  }
  const map = new Uint16Array(0x10000);
  for (const line of text.split('\n')) {
    if (line.length === 2 && line[0] !== '#') map[line.charCodeAt(0)] = line.charCodeAt(1);
  }
  return map;
}

/**
 * Frequent characters that exist only in traditional script: a text with none of them is not worth loading the
 * conversion tables for (keeps start-up fast for the usual simplified input).
 */
const COMMON_TRADITIONAL = new Uint8Array(0x10000);
for (const ch of '們個這來為會說國時對於學與經過還後發現開關長問進實動種點體東業務產員機區義當從還應該認並將議報導區縣鄉傳統選舉級書記黨') {
  COMMON_TRADITIONAL[ch.charCodeAt(0)] = 1;
}

/** Whether original[from, to) holds one of COMMON_TRADITIONAL: a table, not a regex (the corpus: 60 → 5 ms). */
function hasCommonTraditional(original: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (COMMON_TRADITIONAL[original.charCodeAt(i)] === 1) return true;
  return false;
}

/** Share of CJK characters in [from, to) that simplification would change. */
export function traditionalShare(original: string, from = 0, to = original.length): number {
  if (!hasCommonTraditional(original, from, to)) return 0;
  const map = traditionalMap();
  let cjk = 0;
  let changed = 0;
  for (let i = from; i < to; i++) {
    const c = original.charCodeAt(i);
    if (c < 0x3400) continue;
    if ((c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) {
      cjk++;
      if (map[c]) changed++;
    }
  }
  return cjk === 0 ? 0 : changed / cjk;
}

/** Simplify `units` in place: phrase conversion when it keeps the length, else character by character. */
function simplifyInPlace(units: Uint16Array, from: number, to: number): void {
  const map = traditionalMap();
  let any = false;
  for (let i = from; i < to; i++) if (map[units[i]!]) any = true;
  if (!any) return;
  let s = '';
  for (let i = from; i < to; i += 4096) s += String.fromCharCode(...units.subarray(i, Math.min(to, i + 4096)));
  const converted = converter()(s);
  if (converted.length === s.length) {
    for (let i = 0; i < converted.length; i++) units[from + i] = converted.charCodeAt(i);
    return;
  }
  for (let i = from; i < to; i++) {
    const m = map[units[i]!];
    if (m) units[i] = m;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Lines and the decision to join them.

export interface RawLine {
  /** Offsets in the original of the trimmed content: [start, end). */
  start: number;
  end: number;
  /** Offset of the line break after the line (= end of range for the last line). */
  breakAt: number;
  /** Leading whitespace before the content (indentation). */
  indented: boolean;
  /** Blank lines between this line and the previous non-blank one. */
  blanksBefore: number;
  text: string;
}

/** Non-blank lines of original[from, to), trimmed, with the blank lines counted. */
export function rawLines(original: string, from: number, to: number): RawLine[] {
  const lines: RawLine[] = [];
  let blanks = 0;
  let i = from;
  while (i <= to) {
    let j = i;
    while (j < to) {
      const c = original.charCodeAt(j);
      if (c === 10 || c === 13) break;
      j++;
    }
    let s = i;
    while (s < j && isSpace(original.charCodeAt(s))) s++;
    let e = j;
    while (e > s && isSpace(original.charCodeAt(e - 1))) e--;
    if (e > s) {
      lines.push({ start: s, end: e, breakAt: j, indented: s - i >= 1, blanksBefore: blanks, text: original.slice(s, e) });
      blanks = 0;
    } else if (j < to || j > i) {
      blanks++;
    }
    if (j >= to) break;
    i = original.charCodeAt(j) === 13 && original.charCodeAt(j + 1) === 10 ? j + 2 : j + 1;
    if (i > to) break;
  }
  return lines;
}

/** Whether a line ends a sentence: a stop, maybe followed by closing quotes or brackets (`……。”`). */
export function endsSentence(text: string): boolean {
  let k = text.length - 1;
  while (k >= 0 && CLOSERS.has(text[k]!)) k--;
  if (k < 0) return false;
  return SENTENCE_END.has(text[k]!) || (text[k] === '.' && k > 0 && text.charCodeAt(k - 1) > 0x2e80);
}

/** A line shaped like a headline or section heading: short, no sentence punctuation inside. */
export function headingLike(text: string, maxWidth = 30): boolean {
  if (printedWidth(text) > maxWidth) return false;
  for (const ch of text) if (INNER_STOPS.has(ch)) return false;
  return true;
}

/** `一、` `（一）` `(1)` `1.` `第一章` `第三条`: the start of a numbered heading or item. */
const ENUMERATED = /^(?:[一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十\d０-９]+[)）]|[\d０-９]+[、.．](?![\d０-９])|第[一二三四五六七八九十百\d]+[章节条部篇])/;

/** The next line starts with a tiny fragment closed by punctuation (`力。推动…`): the rest of a broken word. */
function startsWithFragment(text: string): boolean {
  if (ENUMERATED.test(text)) return false;
  for (let k = 0; k < Math.min(text.length, 3); k++) {
    if (CLAUSE_PUNCT.has(text[k]!)) return k >= 1 && k <= 2;
  }
  return false;
}

/**
 * The usual width of a full line when the text is set in columns of fixed width (OCR of a newspaper column):
 * at least half of the lines within ±2 of the most common width. 0 when lines are paragraphs of any length.
 */
export function estimateLineWidth(lines: RawLine[]): number {
  if (lines.length < 6) return 0;
  const counts = new Map<number, number>();
  for (const line of lines) {
    const w = Math.round(printedWidth(line.text));
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  let best = 0;
  let bestCount = 0;
  for (const w of counts.keys()) {
    if (w < 8) continue;
    let around = 0;
    for (let d = -2; d <= 2; d++) around += counts.get(w + d) ?? 0;
    if (around > bestCount || (around === bestCount && w > best)) [best, bestCount] = [w, around];
  }
  return bestCount >= 5 && bestCount >= lines.length * 0.5 ? best : 0;
}

type BlankStyle = 'double' | 'mixed' | 'single';

/** How blank lines are used: between every line (meaningless), between paragraphs only, or hardly at all. */
function blankStyleOf(lines: RawLine[]): BlankStyle {
  if (lines.length < 3) return 'single';
  let withBlank = 0;
  for (let k = 1; k < lines.length; k++) if (lines[k]!.blanksBefore > 0) withBlank++;
  const share = withBlank / (lines.length - 1);
  return share >= 0.85 ? 'double' : share >= 0.15 ? 'mixed' : 'single';
}

export interface JoinContext {
  lineWidth: number;
  style: BlankStyle;
  /** Indentation marks paragraph starts (some lines indented, most not). */
  indentSignal: boolean;
  /** Number of non-blank lines. */
  lines: number;
}

export function joinContext(lines: RawLine[], lineWidth?: number): JoinContext {
  let indented = 0;
  for (const line of lines) if (line.indented) indented++;
  return {
    lineWidth: lineWidth ?? estimateLineWidth(lines),
    style: blankStyleOf(lines),
    indentSignal: indented > 0 && indented < lines.length * 0.6,
    lines: lines.length,
  };
}

/** Whether line b continues the paragraph of line a (the line break between them is an OCR wrap). */
export function continues(a: RawLine, b: RawLine, ctx: JoinContext): boolean {
  const at = a.text;
  const bt = b.text;
  if (ctx.indentSignal && ctx.lineWidth > 0 && !b.indented && b.blanksBefore === 0) {
    // Indented paragraphs in a fixed-width column: a full line goes on into an unindented one even after a stop.
    if (printedWidth(at) >= ctx.lineWidth - Math.max(2, Math.round(ctx.lineWidth * 0.1))) return true;
  }
  if (endsSentence(at)) return false;
  if (ctx.indentSignal && b.indented) return false;
  if (JOINERS.has(at[at.length - 1]!)) return true;
  if (startsWithFragment(bt)) return true;
  if (ctx.lineWidth > 0) {
    const tolerance = Math.max(2, Math.round(ctx.lineWidth * 0.1));
    if (printedWidth(at) >= ctx.lineWidth - tolerance) return true;
    if (b.blanksBefore === 0 && !headingLike(at)) return true;
    return false;
  }
  if (ENUMERATED.test(at) && headingLike(at, 60)) return false;
  // Where blank lines separate paragraphs, a single line break inside a block is a wrap.
  if (ctx.style === 'mixed' && b.blanksBefore === 0) return true;
  // A few lines with no blank line and no width to compare: too little to call a short line a heading.
  if (ctx.style === 'single' && ctx.lines < 6 && b.blanksBefore === 0) return true;
  return !headingLike(at);
}

// ---------------------------------------------------------------------------------------------------------------

/**
 * Normalise original[from, to): lines trimmed, wrapped lines joined (a space only between two Latin letters),
 * paragraphs separated by one `\n`, whitespace runs collapsed, full-width ASCII folded, traditional simplified.
 */
export function normalise(original: string, from = 0, to = original.length, opts: NormaliseOptions = {}): Normalised {
  const lines = rawLines(original, from, to);
  const ctx = joinContext(lines, opts.lineWidth);
  const traditional = opts.traditional ?? traditionalShare(original, from, to) >= 0.03;

  const capacity = to - from + 1;
  const units = new Uint16Array(capacity);
  const origin = new Int32Array(capacity + 1);
  let n = 0;
  let lastWasSpace = true;

  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    if (k > 0) {
      const prev = lines[k - 1]!;
      if (continues(prev, line, ctx)) {
        const left = units[n - 1] ?? 0;
        const right = foldChar(original.charCodeAt(line.start));
        if (isAsciiLetter(left) && isAsciiLetter(right)) {
          units[n] = 0x20;
          origin[n++] = prev.breakAt;
        }
      } else {
        units[n] = 0x0a;
        origin[n++] = prev.breakAt;
      }
      lastWasSpace = true;
    }
    const lineStart = n;
    for (let i = line.start; i < line.end; i++) {
      const c = foldChar(original.charCodeAt(i));
      if (c === 0x20) {
        if (lastWasSpace) continue;
        lastWasSpace = true;
      } else {
        lastWasSpace = false;
      }
      units[n] = c;
      origin[n++] = i;
    }
    if (traditional) simplifyInPlace(units, lineStart, n);
  }
  origin[n] = lines.length > 0 ? lines[lines.length - 1]!.end : to;

  return { text: textOfUnits(units, n), origin: origin.slice(0, n + 1) };
}

const LITTLE_ENDIAN = endianness() === 'LE';

/**
 * The string of units[0, n), lone surrogates and all: the array's bytes read as UTF-16LE where the machine stores it
 * so (one native copy; String.fromCharCode over 8,192-unit spreads cost a tenth of reading a file), else unit by unit.
 */
function textOfUnits(units: Uint16Array, n: number): string {
  if (LITTLE_ENDIAN) return Buffer.from(units.buffer, units.byteOffset, n * 2).toString('utf16le');
  let text = '';
  for (let i = 0; i < n; i += 8192) text += String.fromCharCode(...units.subarray(i, Math.min(n, i + 8192)));
  return text;
}
