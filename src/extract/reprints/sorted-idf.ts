// The IDF that signatures weigh terms by, held as the file's text and three typed arrays rather than a Map of 36,000
// entries: it loads in a fraction of the time, and the heap that every major collection marks stays ~8 MB smaller (docs
// ran three times as many mark-compacts with the Map). A signature asks for a term's IDF once per distinct word per
// thread (see TermTable), so a binary search is as fast as a hash lookup where it counts.
import { medianOf } from '../keywords/general-idf.js';
import type { Idf } from '../keywords/idf.js';

/** What a signature reads of an IDF: a term's value (undefined when the file lacks it) and the file's median. */
export type TermIdf = Pick<Idf, 'get' | 'median'>;

/**
 * The IDF of an IDF file's text (`word idf [tag]` lines, `#` comments; see parseIdf), answering exactly as
 * loadIdf(…, { fallback: false }) does; undefined unless the text is in the plain form IdfBuilder writes (words in
 * strictly increasing code-unit order, fields separated by single spaces, no other whitespace, every value a number):
 * the caller then loads it the general way, which also reports a malformed line.
 */
export function sortedIdf(text: string): TermIdf | undefined {
  // Tabs, carriage returns, other Unicode spaces, doubled spaces, spaces at either end of a line: parseIdf trims and
  // splits those, this reader does not.
  if (/[^\S \n]| {2}| \n|\n | $|^ /.test(text)) return undefined;
  // A line holds at least a word, a space and a digit, and ends with a line break: a bound on the entries.
  const bound = Math.ceil((text.length + 1) / 4);
  let wordStarts = new Int32Array(bound);
  let wordEnds = new Int32Array(bound);
  const values = new Float64Array(bound);
  let n = 0;
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (end > start && text.charCodeAt(start) !== 0x23 /* # */) {
      const space = text.indexOf(' ', start);
      if (space < 0 || space > end) return undefined;
      let valueEnd = text.indexOf(' ', space + 1);
      if (valueEnd < 0 || valueEnd > end) valueEnd = end;
      const value = numberAt(text, space + 1, valueEnd);
      if (!Number.isFinite(value)) return undefined;
      if (n > 0 && compareAt(text, start, space, wordStarts[n - 1]!, wordEnds[n - 1]!) <= 0) return undefined;
      wordStarts[n] = start;
      wordEnds[n] = space;
      values[n++] = value;
    }
    start = end + 1;
  }
  const idfs = values.slice(0, n);
  wordStarts = wordStarts.slice(0, n);
  wordEnds = wordEnds.slice(0, n);
  return {
    median: medianOf(idfs),
    get(term: string): number | undefined {
      let lo = 0;
      let hi = idfs.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >>> 1;
        const order = compareTerm(term, text, wordStarts[mid]!, wordEnds[mid]!);
        if (order === 0) return idfs[mid];
        if (order < 0) hi = mid - 1;
        else lo = mid + 1;
      }
      return undefined;
    },
  };
}

/**
 * Number(text.slice(start, end)), without the slice for plain decimals of up to 15 digits (IdfBuilder writes six
 * decimals): digits / 10^k is the same double, as both integers are exact and the division is rounded correctly.
 */
function numberAt(text: string, start: number, end: number): number {
  let digits = 0;
  let n = 0;
  let scale = 1;
  let point = false;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0x30 && c <= 0x39) {
      n = n * 10 + (c - 0x30);
      digits++;
      if (point) scale *= 10;
    } else if (c === 0x2e && !point) point = true;
    else return Number(text.slice(start, end));
  }
  return digits === 0 || digits > 15 ? Number(text.slice(start, end)) : n / scale;
}

/** text[aStart, aEnd) against text[bStart, bEnd) by UTF-16 code units, as JavaScript's < orders strings. */
function compareAt(text: string, aStart: number, aEnd: number, bStart: number, bEnd: number): number {
  const a = aEnd - aStart;
  const b = bEnd - bStart;
  for (let k = 0; k < a && k < b; k++) {
    const d = text.charCodeAt(aStart + k) - text.charCodeAt(bStart + k);
    if (d !== 0) return d;
  }
  return a - b;
}

/** A term against text[start, end), the same way. */
function compareTerm(term: string, text: string, start: number, end: number): number {
  const b = end - start;
  for (let k = 0; k < term.length && k < b; k++) {
    const d = term.charCodeAt(k) - text.charCodeAt(start + k);
    if (d !== 0) return d;
  }
  return term.length - b;
}
