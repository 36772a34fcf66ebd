// How news uses a word, from src/data/news-burstiness.tsv (scripts/build-news-burstiness.mjs): of the news articles
// that use it, the share that use it twice or more: Church's adaptation, P(k ≥ 2 | k ≥ 1). An article about vaccines
// says 疫苗 again and again (51 of 125 articles that use it say it twice); a word said in passing (印象, 重任, 与时俱进)
// is rarely said twice (8 of 119, 5 of 48, 10 of 57), whatever the article is about. Specificity (IDF) cannot tell
// them apart: both kinds are rare in the reference.
import { readFileSync } from 'node:fs';
import { dataPath } from '../../paths.js';
import { readWordList } from '../../word-lists.js';

/** Articles of the reference a word must appear in for its share to be trusted (the file holds no rarer words). */
export const MIN_ARTICLES = 10;

/**
 * Adaptation below which a word is said in passing. In the per-article top 10 of the two judged keyword samples of
 * issue 15 (their articles left out of the table), single words under it were 52 % junk when the article said them once
 * or twice and 39 % when it said them three times or more; words over it, 18 % and 8 %.
 */
export const PASSING_ADAPTATION = 0.25;

/**
 * Adaptation from which a two-character word is a topic word: one text saying it twice is evidence enough. Between
 * PASSING_ADAPTATION and this, two-character words an article said twice were 46 % junk in the judged samples
 * (预期, 策略, 冲击 beside 财政, 税率), over it 12 %.
 */
export const TOPIC_ADAPTATION = 0.4;

/**
 * Adaptation under which a word of three characters or more must be said twice. Between PASSING_ADAPTATION and this,
 * such words an article said once were 40 % junk in the judged samples (增长率, 服务体系, 负面影响, 长治久安 beside
 * 贫困村, 养老保险); over it, 20 %.
 */
export const ONCE_ADAPTATION = 0.3;

let table: ReadonlyMap<string, number> | undefined;
let policyTerms: ReadonlySet<string> | undefined;

/** The file's rows (`word articles repeated`, `#` comments, a header) as word → adaptation. */
export function parseBurstiness(text: string, minArticles = MIN_ARTICLES): Map<string, number> {
  const shares = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || line.startsWith('word\t') || line.length === 0) continue;
    const [word, articles, repeated] = line.split('\t');
    const n = Number(articles);
    const k = Number(repeated);
    if (!word || !Number.isFinite(n) || !Number.isFinite(k) || n < minArticles || k > n) continue;
    shares.set(word, k / n);
  }
  return shares;
}

/** The share of the news articles using `word` that use it twice or more; undefined for a word too rare to tell. */
export function newsAdaptation(word: string): number | undefined {
  table ??= loadTable();
  return table.get(word);
}

/**
 * True when news articles that use the word seldom use it again (see PASSING_ADAPTATION), unless our policy dictionary
 * lists it: news names the policy's own terms in lists, once an article (人居环境 4 of 37, 党建引领 2 of 27), and they
 * are still what a text is about.
 */
export function isSaidInPassing(word: string): boolean {
  const share = newsAdaptation(word);
  return share !== undefined && share < PASSING_ADAPTATION && !isPolicyDictionaryTerm(word);
}

/**
 * How many times one text must say a single word for the word to be one of its keywords (Infinity: never). The less
 * news shows a word to be a topic, the more the text must repeat it:
 * - a word news says in passing (isSaidInPassing): never;
 * - a word of three characters or more: once; twice when news hardly uses it (fewer than MIN_ARTICLES articles: 一盏灯,
 *   同情心 beside 冠心病; 48 % junk when said once) or seldom repeats it (ONCE_ADAPTATION); for the policy
 *   dictionary's terms, once whatever news does;
 * - a word of two characters: twice when it is a topic word (TOPIC_ADAPTATION) or a policy dictionary term, three times
 *   otherwise (a two-character word news hardly uses is mostly a verb and its object or a fragment: 挖井, 换水, 原产).
 */
export function usesNeeded(word: string): number {
  const short = [...word].length <= 2;
  if (isPolicyDictionaryTerm(word)) return short ? 2 : 1;
  const share = newsAdaptation(word);
  if (share === undefined) return short ? 3 : 2;
  if (share < PASSING_ADAPTATION) return Infinity;
  if (short) return share >= TOPIC_ADAPTATION ? 2 : 3;
  return share >= ONCE_ADAPTATION ? 1 : 2;
}

/** True for a term of our policy dictionary (src/data/policy-dict.txt): the policy's own words, whatever news does. */
export function isPolicyDictionaryTerm(word: string): boolean {
  policyTerms ??= new Set(readWordList('policy-dict.txt').map((line) => line.split(/\s+/)[0]!));
  return policyTerms.has(word);
}

function loadTable(): ReadonlyMap<string, number> {
  return parseBurstiness(readFileSync(dataPath('news-burstiness.tsv'), 'utf8'));
}
