// Phrases of one document: a run of adjacent content words that a single article repeats (人居环境整治 three times, 分布式
// 光伏 twice) is a term of that article even when the rest of the run never uses it, so the pooled association test
// (phrases.ts) cannot see it. Per-document top 10s are where this matters: on 50 held-out 人民日报 articles, 13 % of the
// per-article top 10 were phrases before, with the pooled test alone.
//
// The document's own counts must show the words belong together (not merely meet): the phrase is how the article mostly
// uses one of its edge words, and the edge words are associated in the article. Nesting is judged on the pooled counts,
// so a piece of a longer name (中央经济 of 中央经济工作会议, 贸易全球 of 服务贸易全球商通中心) stays out however often one
// article repeats it.
import { PHRASE_MIN_G2, type PhraseEvidence, type PhraseJudgement, judgePhrase } from './phrases.js';

/** Share of the article's uses of one edge word the phrase must account for: the article's usual way to say it. */
export const LOCAL_MIN_SHARE = 0.5;

/**
 * True when the n-gram `key`, rejected on the pooled evidence (`pooled`), is a phrase of the document whose counts are
 * `local`: free of a longer n-gram in the pool and in the document, the article's usual use of one edge word, and
 * associated in the article.
 */
export function isDocumentPhrase(key: string, pooled: PhraseJudgement, local: PhraseEvidence): boolean {
  if (pooled.pooled === 0 || pooled.nested * 3 > pooled.pooled * 2) return false;
  // The share first, from the counts alone: most n-grams fail it, and judging costs more.
  const n = local.phrases.get(key) ?? 0;
  const edges = Math.min(local.counts.get(pooled.parts[0]!) ?? 0, local.counts.get(pooled.parts[pooled.parts.length - 1]!) ?? 0);
  if (n < 2 || edges === 0 || n < LOCAL_MIN_SHARE * edges) return false;
  const own = judgePhrase(key, local);
  if (own.pooled < 2 || own.nested * 3 > own.pooled * 2) return false;
  return own.share >= LOCAL_MIN_SHARE && own.g2 >= PHRASE_MIN_G2;
}
