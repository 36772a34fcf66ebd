// The signature of an article for finding reprints: the SimHash of its body's terms, weighted by use and rarity.
// The headline is left out (papers retitle agency copy), and so are stop words and punctuation, which every text shares.
import { tokensOf } from '../../nlp/article-tokens.js';
import { isStopWord } from '../../nlp/stopwords.js';
import type { Article } from '../../types.js';
import { loadIdf, type Idf } from '../keywords/idf.js';
import { simhash, type Signature } from './simhash.js';

let idf: Idf | undefined;

/**
 * A term worth a vote starts with a Han character, a letter or a digit (text is normalised: full-width forms are
 * folded). A test of the first code unit: a regular expression per token was a third of the signature's time.
 */
function isContent(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 0x80) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  // CJK symbols and punctuation (、。「」…) and the half/full-width forms block are not content; the rest of Han is.
  return c >= 0x3400 && c < 0xfe30;
}

/** Weighted terms of the article's body: (1 + ln tf) × IDF, so a word said ten times does not outvote the rest. */
export function bodyTermWeights(article: Article, weights: Idf = (idf ??= loadIdf(undefined, { fallback: false }))): Map<string, number> {
  // Count every word first and judge each distinct word once: stop words and punctuation are most of the tokens.
  const counts = new Map<string, number>();
  for (const token of tokensOf(article)) {
    if (token.start < article.bodyStart) continue;
    counts.set(token.word, (counts.get(token.word) ?? 0) + 1);
  }
  const weighted = new Map<string, number>();
  for (const [word, tf] of counts) {
    if (!isContent(word) || isStopWord(word)) continue;
    weighted.set(word, (1 + Math.log(tf)) * (weights.get(word) ?? weights.median));
  }
  return weighted;
}

/** The article's signature; undefined for a body with no term. */
export function articleSignature(article: Article): Signature | undefined {
  return simhash(bodyTermWeights(article));
}
