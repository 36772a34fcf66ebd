// Classes of terms that are never keywords of a text whatever their score (issue 15): words of classes that only
// keywords leaves out (src/data/keyword-junk.txt: ceremony, obituaries, kinship…; not stop words, which the reprint
// signature reads too), and, judged on the ranked rows, words every policy text uses. The classes of shape and tag
// (names, fragments, organs) live in term-class.ts.
import { readWordList } from '../../word-lists.js';

let junkWords: ReadonlySet<string> | undefined;

/** True for a word of src/data/keyword-junk.txt. */
export function isKeywordJunk(word: string): boolean {
  junkWords ??= new Set(readWordList('keyword-junk.txt'));
  return junkWords.has(word);
}

/**
 * Specificity (see keywords.ts `specificity`) below which a single word is one that four in ten policy texts use
 * (idf = ln((N+1)/(df+1)) + 1 = 1.9 at df ≈ 40 % of the IDF's corpus): 企业, 合作, 经济, 政策, 项目, 体系, 环境. A
 * short article repeats such a word enough to rank it, and it names no subject. Phrases weigh more than their words and
 * are not judged so.
 */
export const BROAD_SPECIFICITY = 1.9;

/**
 * An IDF made from fewer documents than this (`keywords --idf` of a user's small corpus) cannot tell a broad word: at 3
 * documents a word of one of them already weighs under BROAD_SPECIFICITY.
 */
export const BROAD_MIN_DOCUMENTS = 100;

/** True when a single word of this specificity is too broad to be a keyword (keyness). `documents`: 0 when unknown. */
export function isBroadWord(parts: readonly string[], weight: number, documents = 0): boolean {
  if (documents > 0 && documents < BROAD_MIN_DOCUMENTS) return false;
  return parts.length === 1 && weight < BROAD_SPECIFICITY;
}

/**
 * Bodies named by their kind alone (研究院, 领导小组, 指导组, 专家组, 教育部门, 总部): the organisation a story
 * mentions, said without its name; organisations are entities, not keywords. Heads that also name a kind of place or
 * a sector (医院, 学校, 合作社) are not of this class.
 */
const BODY_KIND = /(?:研究院|研究所|研究中心|小组|指导组|专家组|工作组|部门|总部|指挥部|办公室)$/u;

export function isBodyKind(word: string): boolean {
  return BODY_KIND.test(word);
}
