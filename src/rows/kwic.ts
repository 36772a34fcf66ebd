// Key word in context rows: an occurrence of a term in the normalised text, with the characters either side.
import { lineColumn } from '../corpus/locate.js';
import type { Article, Row } from '../types.js';
import type { TermMatch } from './compare-terms.js';

export const KWIC_COLUMNS = ['doc', 'article', 'place', 'line', 'column', 'left', 'match', 'right'];
/** Right-aligned in the table: the numbers, and `left`, so that every match starts in the same column. */
export const KWIC_RIGHT_ALIGNED = ['article', 'line', 'column', 'left'];

/** One occurrence with `width` characters each side. Context stops at the article's edges. */
export function kwicRow(article: Article, { start, end }: TermMatch, width: number): Row {
  const { line, column } = lineColumn(article.source, article.origin[start]!);
  return {
    doc: article.doc,
    article: article.index,
    place: article.place?.name ?? null,
    line,
    column,
    left: oneLine(sliceChars(article.text, start, -width)),
    match: oneLine(article.text.slice(start, end)),
    right: oneLine(sliceChars(article.text, end, width)),
  };
}

/**
 * Up to |count| characters (code points, not UTF-16 units) after `from`, or before it when count is negative, so
 * that a character outside the Basic Multilingual Plane is never cut in half.
 */
export function sliceChars(text: string, from: number, count: number): string {
  let at = from;
  if (count < 0) {
    for (let n = 0; n < -count && at > 0; n++) at -= isLowSurrogate(text.charCodeAt(at - 1)) && at > 1 ? 2 : 1;
    return text.slice(at, from);
  }
  for (let n = 0; n < count && at < text.length; n++) at += isHighSurrogate(text.charCodeAt(at)) && at + 1 < text.length ? 2 : 1;
  return text.slice(from, at);
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** Paragraph breaks inside the context print as spaces: one row is one line. */
function oneLine(text: string): string {
  return text.replace(/[\r\n\t]+/g, ' ');
}
