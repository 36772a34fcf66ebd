// The cells every row about a span starts from: which article, where in the original file, what it says there.
import { locate } from '../corpus/locate.js';
import type { Article } from '../types.js';

export interface SpanCells {
  doc: string;
  article: number;
  line: number;
  column: number;
  /** The span as printed in the original file. */
  text: string;
  /** The clause or sentence around the span. */
  context: string;
}

export function spanCells(article: Article, start: number, end: number): SpanCells {
  const where = locate(article, start, end);
  return { doc: article.doc, article: article.index, line: where.line, column: where.column, text: where.original, context: where.context };
}
