// What HTML input leaves for the rest of the pipeline, without the parser (src/corpus/html.ts loads it, ~110 ms, only
// for HTML inputs): the test that a text is HTML, and the articles of a page already reduced to its text.
import type { Article, SourceDoc } from '../types.js';
import { assembleArticle, type Piece } from './articles.js';
import { normalise, rawLines, traditionalShare } from './normalise.js';

/** The extracted text's line of one article: [start, end) in SourceDoc.original. */
export type Span = [number, number];

/** One article of a page: its title line (when it has one) and its paragraphs, as spans of the extracted text. */
export interface MarkupArticle {
  title?: Span;
  lines: Span[];
}

/**
 * HTML by its text: after whitespace, a BOM and comments (`<!-- saved from url=… -->`) it opens with `<!doctype html`
 * or `<html`, or a `<head>` or `<body>` tag comes in its first 4 KB. A plain text quoting a tag or two is none of these.
 */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096);
  const start = head.replace(/^(?:[\s\ufeff]+|<!--[\s\S]*?-->)*/, '');
  if (/^<!doctype\s+html\b|^<html[\s>]/i.test(start)) return true;
  return /<(?:head|body)(?:\s[^>]*)?>/i.test(head);
}

/** The articles of a page read by src/corpus/html.ts: one per MarkupArticle, lines normalised one by one. */
export function splitMarkup(source: SourceDoc): Article[] {
  const { original } = source;
  const traditional = traditionalShare(original) >= 0.03;
  const piece = ([start, end]: Span): Piece => normalise(original, start, end, { traditional, lineWidth: 0 });
  const articles: Article[] = [];
  for (const page of source.markup?.articles ?? []) {
    const headlines = page.title ? [piece(page.title)].filter((p) => p.text.length > 0) : [];
    const body = page.lines.map(piece).filter((p) => p.text.length > 0);
    if (body.length === 0 && headlines.length === 0) continue;
    const first = page.lines[0];
    const last = page.lines[page.lines.length - 1];
    const bodyLines = first && last ? rawLines(original, first[0], last[1]) : [];
    const article = assembleArticle(source, articles.length + 1, headlines, body, bodyLines, false);
    if (!article) continue;
    if (source.given?.date) article.givenDate = source.given.date;
    if (source.given?.place) article.givenPlace = source.given.place;
    if (source.given?.title) article.title = source.given.title;
    articles.push(article);
  }
  return articles;
}
