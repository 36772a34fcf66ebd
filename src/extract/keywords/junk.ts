// Classes of ranked terms that are never keywords of a text whatever their score (issue 15), judged on the ranked rows.
// The word-level classes (stop words, names, fragments, organs) live in term-class.ts; this is what only the ranking sees.

/**
 * Specificity (see keywords.ts `specificity`) below which a single word is one that four in ten policy texts use
 * (idf = ln((N+1)/(df+1)) + 1 = 1.9 at df ≈ 40 % of the IDF's corpus): 企业, 合作, 经济, 政策, 项目, 体系, 环境. A
 * short article repeats such a word enough to rank it, and it names no subject. Phrases weigh more than their words and
 * are not judged so.
 */
export const BROAD_SPECIFICITY = 1.9;

/** True when a single word of this specificity is too broad to be a keyword (keyness). */
export function isBroadWord(parts: readonly string[], weight: number): boolean {
  return parts.length === 1 && weight < BROAD_SPECIFICITY;
}
