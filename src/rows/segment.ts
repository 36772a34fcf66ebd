import { cut, tag } from '../nlp/segmenter.js';
import type { Article, Row, Token } from '../types.js';

export const SEGMENT_COLUMNS = ['doc', 'article', 'title', 'tokens'];

export interface SegmentParams {
  pos?: boolean;
}

/** Tokens worth printing: whitespace (paragraph breaks, spaces) is layout, not a token. */
export function visibleTokens(tokens: Token[]): Token[] {
  return tokens.filter((t) => t.word.trim().length > 0);
}

export function segmentRows(articles: Article[], params: SegmentParams): Row[] {
  return articles.map((article) => {
    const tokens = visibleTokens(params.pos ? tag(article.text) : cut(article.text));
    const words = tokens.map((t) => (params.pos ? `${t.word}/${t.tag}` : t.word));
    return { doc: article.doc, article: article.index, title: article.title, tokens: words.join(' ') };
  });
}
