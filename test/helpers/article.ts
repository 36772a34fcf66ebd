import type { Article, SourceDoc } from '../../src/types.js';
import { segmentArticle } from '../../src/nlp/article-tokens.js';

/** An article whose text is its own original (no normalising), for unit tests of extractors. */
export function makeArticle(text: string, extra: Partial<Article> = {}): Article {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const source: SourceDoc = { doc: 'test.txt', path: 'test.txt', encoding: 'utf-8', original: text, lineStarts };
  const origin = new Int32Array(text.length + 1).map((_, i) => i);
  const firstBreak = text.indexOf('\n');
  return {
    doc: 'test.txt',
    index: 1,
    title: firstBreak > 0 ? text.slice(0, firstBreak) : '',
    byline: [],
    text,
    bodyStart: firstBreak > 0 ? firstBreak + 1 : 0,
    origin,
    source,
    ...extra,
  };
}

/** makeArticle, segmented with tags as the pipeline does for the recognisers that read tokens (orgs, meetings, slogans). */
export function taggedArticle(text: string, extra: Partial<Article> = {}): Article {
  const article = makeArticle(text, extra);
  segmentArticle(article, 'tagged');
  return article;
}
