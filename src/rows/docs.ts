// `docs` rows: one per article, what it is, where it is from, how long it is.
import { articleSignature, isAllWhiteSpace } from '../extract/reprints/signature.js';
import { signatureHex, type Signature } from '../extract/reprints/simhash.js';
import type { Article, Row } from '../types.js';

/**
 * POLICY_CLI_DOCS_SIGNATURES=off: a bench switch (bench/reprints-cost.mjs), not a user option. docs then leaves
 * simhash and reprint_of empty, so the cost of signing is the difference between two runs. Read once per thread.
 */
const SIGNING = process.env.POLICY_CLI_DOCS_SIGNATURES !== 'off';

export const DOCS_COLUMNS = ['doc', 'article', 'title', 'date', 'byline', 'chars', 'tokens', 'place', 'place_code', 'place_level', 'simhash', 'reprint_of', 'reprint_of_article'];

/**
 * The article's row; its word lengths from the segmentation stage. reprint_of is filled in input order
 * (src/commands/docs.ts).
 */
export function docsRow(article: Article): Row {
  // Signing reads every word anyway: it counts the visible words on its way.
  const words = { visible: 0 };
  let signature: Signature | undefined;
  if (SIGNING) signature = articleSignature(article, words);
  else words.visible = visibleWords(article);
  return {
    doc: article.doc,
    article: article.index,
    title: article.title,
    date: article.date ?? article.dateline ?? article.givenDate ?? null,
    byline: article.byline.join(' '),
    chars: countTextChars(article.text),
    tokens: words.visible,
    place: article.place?.name ?? null,
    place_code: article.place?.code || null,
    place_level: article.place?.level ?? null,
    simhash: signature ? signatureHex(signature) : null,
    reprint_of: null,
    reprint_of_article: null,
  };
}

/** The words of the article that are not all white space, from its word lengths. */
function visibleWords(article: Article): number {
  const lengths = article.wordLengths!;
  let visible = 0;
  let start = 0;
  for (let i = 0; i < lengths.length; i++) {
    const length = lengths[i]!;
    if (length > 0 && !isAllWhiteSpace(article.text, start, start + length)) visible++;
    start += Math.abs(length);
  }
  return visible;
}

/** Characters of text, not counting the line breaks between paragraphs. */
export function countTextChars(text: string): number {
  let count = 0;
  for (const ch of text) if (ch !== '\n') count++;
  return count;
}
