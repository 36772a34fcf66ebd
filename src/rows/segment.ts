// `segment` rows: one per article, its words (or word/tag) separated by spaces.
import { tokensOf, wordsOf } from '../nlp/article-tokens.js';
import type { Article, Row } from '../types.js';

export const SEGMENT_COLUMNS = ['doc', 'article', 'title', 'segmented'];

/** Words worth printing: whitespace (paragraph breaks, spaces) is layout, not a word. */
export function isVisibleWord(word: string): boolean {
  return word.trim().length > 0;
}

/** The article's words, or word/tag with `pos` (the segmentation stage gave words, or tagged tokens). */
export function segmentRow(article: Article, pos: boolean): Row {
  const words = pos
    ? tokensOf(article, true).filter((t) => isVisibleWord(t.word)).map((t) => `${t.word}/${t.tag}`)
    : wordsOf(article).filter(isVisibleWord);
  return { doc: article.doc, article: article.index, title: article.title, segmented: words.join(' ') };
}
