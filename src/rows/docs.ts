// `docs` rows: one per article, what it is, where it is from, how long it is.
import { wordsOf } from '../nlp/article-tokens.js';
import type { Article, Row } from '../types.js';
import { isVisibleWord } from './segment.js';

export const DOCS_COLUMNS = ['doc', 'article', 'title', 'date', 'byline', 'chars', 'tokens', 'place', 'place_code', 'place_level'];

/** The article's row; its words from the segmentation stage. */
export function docsRow(article: Article): Row {
  let tokens = 0;
  for (const word of wordsOf(article)) if (isVisibleWord(word)) tokens++;
  return {
    doc: article.doc,
    article: article.index,
    title: article.title,
    date: article.date ?? article.dateline ?? article.givenDate ?? null,
    byline: article.byline.join(' '),
    chars: countTextChars(article.text),
    tokens,
    place: article.place?.name ?? null,
    place_code: article.place?.code || null,
    place_level: article.place?.level ?? null,
  };
}

/** Characters of text, not counting the line breaks between paragraphs. */
function countTextChars(text: string): number {
  let count = 0;
  for (const ch of text) if (ch !== '\n') count++;
  return count;
}
