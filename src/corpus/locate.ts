// From a span of normalised article text back to the file: line, column, the text as printed, and its sentence.
import type { Article, Location, SourceDoc } from '../types.js';

/** 1-based line and column (in UTF-16 characters) in the file of an offset in source.original; in the HTML file for a page. */
export function lineColumn(source: SourceDoc, offset: number): { line: number; column: number } {
  const { markup } = source;
  if (markup) offset = markup.origin[Math.max(0, Math.min(offset, markup.origin.length - 1))]!;
  const starts = markup ? markup.lineStarts : source.lineStarts;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  // A piece of a big file counts on from where it starts in the file.
  const column = offset - (starts[lo] ?? 0) + 1 + (lo === 0 ? source.firstColumn ?? 0 : 0);
  return { line: lo + 1 + (source.firstLine ?? 0), column };
}

/** Where a clause ends: sentence stops, clause stops and paragraph breaks (full- and half-width), by UTF-16 code. */
const BOUNDARY = new Uint8Array(0x10000);
for (const stop of '。！？；\n!?;') BOUNDARY[stop.charCodeAt(0)] = 1;
const CONTEXT_REACH = 60;

/** The clause or sentence of article.text around [start, end), at most ~60 characters either side. */
export function contextOf(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && start - from < CONTEXT_REACH && BOUNDARY[text.charCodeAt(from - 1)] !== 1) from--;
  let to = end;
  while (to < text.length && to - end < CONTEXT_REACH && BOUNDARY[text.charCodeAt(to)] !== 1) to++;
  // Keep the stop that closes the sentence.
  if (to < text.length && text[to] !== '\n' && BOUNDARY[text.charCodeAt(to)] === 1) to++;
  return text.slice(from, to).replace(/\s*\n\s*/g, ' ').trim();
}

/** Location of article.text[start, end) in the original file. */
export function locate(article: Article, start: number, end: number): Location {
  const { origin, source } = article;
  const s = Math.max(0, Math.min(start, origin.length - 1));
  const e = Math.max(s, Math.min(end, origin.length - 1));
  const from = origin[s]!;
  // The end is the offset just after the span's last character; origin[e] may lie elsewhere (a headline printed
  // below its article, a paragraph break), so prefer last character + 1.
  const to = e > s ? origin[e - 1]! + 1 : from;
  const { line, column } = lineColumn(source, from);
  const original = to >= from ? source.original.slice(from, to) : source.original.slice(from, from + (e - s));
  return { line, column, original, context: contextOf(article.text, s, e) };
}
