// The segmentation stage: the pipeline cuts each article once, after splitting and attribution, into what its command
// asks for (see Segmentation), and every extractor and row builder reads the result from the article. Also the index
// of an article's tokens by character offset, which the recognisers that read words around a match share.
import type { Article, Segmentation, Token } from '../types.js';
import { cut, cutLengths, cutWords, tag } from './segmenter.js';

/**
 * Fill what `need` asks for: `words` (the words alone, no token objects: counting them is ~10 % faster), `lengths`
 * (the words' lengths: no string either), `tokens` (with offsets) or `tagged` (with part of speech). What the article
 * already has is kept.
 */
export function segmentArticle(article: Article, need: Segmentation): void {
  switch (need) {
    case 'none':
      return;
    case 'words':
      article.words ??= cutWords(article.text);
      return;
    case 'lengths':
      article.wordLengths ??= cutLengths(article.text);
      return;
    case 'tokens':
      article.tokens ??= cut(article.text);
      return;
    case 'tagged':
      if (!article.tokens || !isTagged(article.tokens)) article.tokens = tag(article.text);
      return;
  }
}

/**
 * The articles of one file, each segmented as the command reaches it. Words and lengths serve only to be counted: an
 * article's go once the command has moved on, so a file of many articles never holds all its words at once.
 */
export function* segmentEach(articles: Iterable<Article>, need: Segmentation): Generator<Article> {
  for (const article of articles) {
    segmentArticle(article, need);
    yield article;
    if (need === 'words') article.words = undefined;
    else if (need === 'lengths') article.wordLengths = undefined;
  }
}

/**
 * Token arrays found tagged throughout (a token array is never changed once made): an article's is asked about by every
 * recogniser that reads its tags.
 */
const taggedArrays = new WeakSet<Token[]>();

function isTagged(tokens: Token[]): boolean {
  if (taggedArrays.has(tokens)) return true;
  const tagged = tokens.every((t) => t.tag !== undefined);
  if (tagged) taggedArrays.add(tokens);
  return tagged;
}

/** An article's words, as the segmentation stage left them. */
export function wordsOf(article: Article): string[] {
  if (!article.words) throw new Error(`${article.doc} article ${article.index}: not segmented into words (the command must ask for 'words')`);
  return article.words;
}

/** An article's tokens, as the segmentation stage left them; `tagged` when the caller reads their tags. */
export function tokensOf(article: Article, tagged = false): Token[] {
  const tokens = article.tokens;
  if (!tokens || (tagged && !isTagged(tokens))) {
    throw new Error(`${article.doc} article ${article.index}: not segmented (the command must ask for '${tagged ? 'tagged' : 'tokens'}')`);
  }
  return tokens;
}

/** Tagged tokens of an article and, for each character, the index of its token (-1 where the tagger dropped it). */
export interface TokenIndex {
  tokens: Token[];
  tokenAt: Int32Array;
}

const tokenIndexes = new WeakMap<Article, TokenIndex>();

/** The article's tagged tokens indexed by offset, built once per article. */
export function tokenIndex(article: Article): TokenIndex {
  let index = tokenIndexes.get(article);
  if (!index || index.tokens !== article.tokens) {
    const tokens = tokensOf(article, true);
    index = { tokens, tokenAt: tokenAtOffsets(article.text.length, tokens) };
    tokenIndexes.set(article, index);
  }
  return index;
}

/** For each of `length` characters, the index of the token holding it, or -1. */
export function tokenAtOffsets(length: number, tokens: Token[]): Int32Array {
  const tokenAt = new Int32Array(length).fill(-1);
  // A loop, not fill(i, start, end): tokens are a character or two, and a call per token cost more than the stores.
  for (let i = 0; i < tokens.length; i++) {
    const { start, end } = tokens[i]!;
    for (let k = start; k < end; k++) tokenAt[k] = i;
  }
  return tokenAt;
}
