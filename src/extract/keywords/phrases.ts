// Policy phrases (孤困儿童, 分布式光伏, 全球商通中心, 人居环境整治): runs of adjacent content words inside a clause that
// recur together. Counting is plain n-gram tables (mergeable like the word counts); which n-grams are phrases is
// decided at ranking time, from the statistics of the whole run:
// - nesting, as in C-value (Frantzi, Ananiadou & Mima 2000): an n-gram that mostly occurs inside one longer n-gram is
//   a piece of it, not a term (中央经济 of 中央经济工作会议, 贸易全球 of 服务贸易全球商通中心);
// - association between its edge words, Dunning's log-likelihood (1993) on the 2×2 table of "starts with the first
//   word" × "ends with the last": adjacency well above chance;
// - stability: the phrase accounts for a real share of the uses of at least one of its edge words, so two frequent
//   words that merely meet now and then (经济 增长) do not make a phrase.
// An accepted phrase then absorbs its occurrences from its words (and from shorter phrases inside it): a word stays a
// keyword only with the uses the phrase does not explain.
import { readFileSync } from 'node:fs';
import { dataPath } from '../../paths.js';
import { logLikelihood } from './keyness.js';
import { isDocumentPhrase } from './local-phrases.js';
import type { Counts } from './tally.js';

/** Words of a phrase are joined by this in the count tables (words never hold a space). */
export const PART_SEPARATOR = ' ';
/** Longest phrase counted, in words. */
export const MAX_PHRASE_WORDS = 4;
export const MAX_PHRASES = 300_000;

/**
 * Occurrences of a phrase in the group below which it is not listed; a phrase seen once in a group is no keyword of it.
 */
export const PHRASE_MIN_COUNT = 2;
/** Share of the uses of one of its edge words the phrase must explain (stability, not chance meeting). */
export const PHRASE_MIN_SHARE = 0.25;
/** Log-likelihood of the edge words' association (p < 0.001 under χ²(1)). */
export const PHRASE_MIN_G2 = 10.83;
/** Share of a phrase's occurrences that must stand outside its most frequent longer n-gram (C-value nesting). */
export const PHRASE_MIN_FREE = 1 / 3;

/** Role of a token in a phrase run. */
export const BREAK = 0;
/** A keyword candidate: may start, end or sit inside a phrase. */
export const EDGE = 1;
/** A generic noun of policy prose (工作, 建设, 中心): may sit inside a phrase (人居环境整治工作…), never at its ends. */
export const INNER = 2;

let innerWords: ReadonlySet<string> | undefined;

/**
 * The stop words that are nouns: sections 3 (generic nouns of policy prose) and 7c (generic nouns of news) of
 * src/data/stopwords.txt. They are no keywords alone, but they hold phrases together (全球商通中心) and, counted,
 * show when a shorter n-gram is only a piece of a longer one (中央经济 of 中央经济工作会议).
 */
export function phraseInnerWords(): ReadonlySet<string> {
  if (!innerWords) {
    const words = new Set<string>();
    let section = '';
    for (const raw of readFileSync(dataPath('stopwords.txt'), 'utf8').split(/\r?\n/)) {
      const line = raw.trim();
      const heading = /^#\s*(\d+[a-z]?)\./.exec(line);
      if (heading) section = heading[1]!;
      if (line.length === 0 || line.startsWith('#')) continue;
      if (section === '3' || section === '7c') words.add(line);
    }
    innerWords = words;
  }
  return innerWords;
}

function increment(map: Map<string, number>, key: string, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

/**
 * Each n-gram (2 to MAX_PHRASE_WORDS words) of one article's runs, maximal stretches of EDGE and INNER tokens, handed
 * to `visit` with whether it may be listed (an EDGE word at both ends). Those with an INNER word at an edge are
 * visited too: they tell nesting.
 */
export function forEachNgram(words: readonly string[], roles: Uint8Array, visit: (key: string, listable: boolean) => void): void {
  for (let start = 0; start < words.length; ) {
    if (roles[start] === BREAK) {
      start++;
      continue;
    }
    let end = start + 1;
    while (end < words.length && roles[end] !== BREAK) end++;
    if (end - start >= 2) {
      // Each word after the separator, made once for the run rather than once per n-gram it ends.
      const joined: string[] = [];
      for (let j = start + 1; j < end; j++) joined.push(PART_SEPARATOR + words[j]!);
      for (let i = start; i < end - 1; i++) {
        let key = words[i]!;
        for (let j = i + 1; j < end && j - i < MAX_PHRASE_WORDS; j++) {
          key += joined[j - start - 1]!;
          const listable = roles[i] === EDGE && roles[j] === EDGE;
          // An n-gram with a generic noun at an edge is never a phrase, only the container of a shorter one: a bigram
          // (经济 工作) contains none, so it is not counted; nor is one of generic nouns at both ends.
          if (!listable && (j === i + 1 || (roles[i] === INNER && roles[j] === INNER))) continue;
          visit(key, listable);
        }
      }
    }
    start = end;
  }
}

/**
 * Count the n-grams of one article (forEachNgram) into `phrases`, a plain table (compare's; keywords counts into a
 * tally, see keywords.ts). Returns how many n-grams the bound made it drop.
 */
export function countPhrases(words: readonly string[], roles: Uint8Array, phrases: Map<string, number>): number {
  let dropped = 0;
  forEachNgram(words, roles, (key) => {
    phrases.set(key, (phrases.get(key) ?? 0) + 1);
    // A giant article (a whole year of a paper in one file) must not outgrow the bound before it ends.
    if (phrases.size > MAX_PHRASES) dropped += prunePhrases(phrases);
  });
  return dropped;
}

/** What pruning leaves of the n-gram table: three quarters of the bound. */
export const PHRASE_ROOM = (MAX_PHRASES * 3) / 4;

/**
 * Drop the rarest n-grams until a quarter of the room is free (the word counts are pruned the same way). Returns how
 * many were dropped: what a run drops depends on how its input was split, so the run says so (TermStats.pruned).
 */
export function prunePhrases(phrases: Map<string, number>): number {
  const before = phrases.size;
  for (let floor = 1; phrases.size > PHRASE_ROOM; floor++) {
    for (const [key, n] of phrases) if (n <= floor) phrases.delete(key);
  }
  return before - phrases.size;
}

/** The statistics a phrase is judged on: pooled over every group of the run (see rankKeywords). */
export interface PhraseEvidence {
  /** Candidate-word counts and their total. */
  counts: Counts;
  tokens: number;
  /** n-gram counts. */
  phrases: Counts;
  documents: number;
}

export interface PhraseJudgement {
  parts: string[];
  /** Occurrences in the pooled statistics. */
  pooled: number;
  /** Occurrences inside its most frequent one-word-longer n-gram (see judgePhrase for one seen once). */
  nested: number;
  /** Share of the uses of its better-explained edge word. */
  share: number;
  g2: number;
  accepted: boolean;
}

const longestContainer = new WeakMap<Counts, Map<string, number>>();
const longestRepeatedContainer = new WeakMap<Counts, Map<string, number>>();

/**
 * For every n-gram, the count of its most frequent extension by one word on either side; with `repeated`, among the
 * extensions seen twice or more only. Three in four n-grams are seen once, and an extension seen once never decides
 * for an n-gram seen twice or more (nested ≤ 1 leaves it free, see judgePhrase): such n-grams use the smaller table.
 */
function containers(phrases: Counts, repeated: boolean): Map<string, number> {
  const cache = repeated ? longestRepeatedContainer : longestContainer;
  let found = cache.get(phrases);
  if (!found) {
    found = new Map();
    const least = repeated ? 2 : 1;
    const raised = found;
    phrases.forEach((n, key) => {
      if (n < least) return;
      const first = key.indexOf(PART_SEPARATOR);
      const last = key.lastIndexOf(PART_SEPARATOR);
      if (first === last) return; // a bigram contains no n-gram
      raiseTo(raised, key.slice(first + 1), n);
      raiseTo(raised, key.slice(0, last), n);
    });
    cache.set(phrases, found);
  }
  return found;
}

function raiseTo(map: Map<string, number>, key: string, n: number): void {
  if ((map.get(key) ?? 0) < n) map.set(key, n);
}

/**
 * Judge an n-gram (its words joined by PART_SEPARATOR, or `parts` when already split) on the pooled evidence. `known`
 * says the joined phrase is a word of the policy or a user dictionary: stable by definition, only nesting is checked.
 * It may be a function, asked only when the counts alone neither reject nor accept the n-gram (a dictionary lookup of
 * the joined words costs more than the counts).
 * `nested` counts a container seen once only for an n-gram seen once (or not at all): for any other it cannot decide.
 * `pooled` is the n-gram's count in the evidence, when the caller has it.
 */
export function judgePhrase(
  key: string,
  evidence: PhraseEvidence,
  known: boolean | (() => boolean) = false,
  parts = key.split(PART_SEPARATOR),
  pooled = evidence.phrases.get(key) ?? 0,
): PhraseJudgement {
  const nested = containers(evidence.phrases, pooled >= 2).get(key) ?? 0;
  const f1 = evidence.counts.get(parts[0]!) ?? 0;
  const fn = evidence.counts.get(parts[parts.length - 1]!) ?? 0;
  const share = pooled > 0 && f1 > 0 && fn > 0 ? pooled / Math.min(f1, fn) : 0;
  // 2×2: starts with w1 and ends with wn (the phrase), w1 elsewhere, wn elsewhere, neither; N candidate tokens.
  const n = Math.max(evidence.tokens, f1 + fn);
  // Signed: a pair seen less often than chance is no phrase.
  const g2 = pooled > 0 ? Math.max(0, logLikelihood(pooled, Math.max(0, fn - pooled), Math.max(1, f1), Math.max(1, n - f1))) : 0;
  const free = pooled - nested >= PHRASE_MIN_FREE * pooled;
  const accepted = pooled > 0 && free && ((share >= PHRASE_MIN_SHARE && g2 >= PHRASE_MIN_G2) || (typeof known === 'function' ? known() : known));
  return { parts, pooled, nested, share: Math.round(share * 1000) / 1000, g2: Math.round(g2 * 100) / 100, accepted };
}

const pooledJudgements = new WeakMap<Counts, Map<string, PhraseJudgement>>();

/**
 * judgePhrase on the pooled evidence, remembered for the run: every group of a `--by doc` run judges its n-grams on the
 * same pooled counts (built once all files are counted, never changed after), and an n-gram many documents hold was
 * judged again for each.
 */
function pooledJudgement(key: string, parts: string[], evidence: PhraseEvidence, known: () => boolean): PhraseJudgement {
  let judged = pooledJudgements.get(evidence.phrases);
  if (!judged) pooledJudgements.set(evidence.phrases, (judged = new Map()));
  let judgement = judged.get(key);
  if (!judgement) judged.set(key, (judgement = judgePhrase(key, evidence, known, parts)));
  return judgement;
}

export interface AbsorbedPhrase {
  key: string;
  keyword: string;
  parts: string[];
  /** Occurrences in the group not explained by a longer accepted phrase. */
  count: number;
  judgement: PhraseJudgement;
}

/**
 * The group's phrases and the word counts left once they absorb their uses. `acceptable(parts)` says whether the words
 * may form a keyword at all (no verb, no name…); `known(phrase)` whether the joined phrase is a dictionary word.
 * Longer phrases absorb first, so 人居环境整治 takes its uses from 人居环境 before 人居环境 takes the rest from 人居.
 */
export function absorbPhrases(
  group: { counts: Counts; phrases?: Counts },
  evidence: PhraseEvidence,
  opts: {
    minCount: number;
    acceptable: (parts: string[]) => boolean;
    known: (phrase: string) => boolean;
    edge: (word: string) => boolean;
    /** The group's own counts: a phrase the pool rejects may still be one the group repeats (local-phrases.ts). */
    local?: PhraseEvidence;
    /** Whether words that are no keyword phrase together name a place or a body: they still take their words' uses. */
    isName?: (parts: string[]) => boolean;
  },
): { phrases: AbsorbedPhrase[]; residual: Map<string, number> } {
  const residual = new Map<string, number>();
  const phrases: AbsorbedPhrase[] = [];
  if (!group.phrases) return { phrases, residual };
  const minCount = Math.max(PHRASE_MIN_COUNT, opts.minCount);
  // A group judged beside others (a document of the run) may list a phrase it says once when the run repeats it and
  // accepts it: a known term of the corpus, used once, says more than a word used once (see rankKeywords' order).
  const floor = opts.local ? Math.max(1, opts.minCount) : minCount;
  // (`words` is parts.length, kept beside the count: the sort then reads no array.)
  const candidates: { key: string; parts: string[]; n: number; words: number }[] = [];
  group.phrases.forEach((n, key) => {
    if (n < floor) return;
    // Said once here: only the run's repeats can make it a phrase (most such n-grams the run has seen once, too).
    if (n < minCount && (evidence.phrases.get(key) ?? 0) < PHRASE_MIN_COUNT) return;
    const parts = key.split(PART_SEPARATOR);
    if (!opts.edge(parts[0]!) || !opts.edge(parts[parts.length - 1]!)) return;
    candidates.push({ key, parts, n, words: parts.length });
  });
  candidates.sort((a, b) => b.words - a.words || b.n - a.n || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const taken = new Map<string, number>(); // occurrences of an n-gram already explained by a longer accepted phrase
  for (const { key, parts, n } of candidates) {
    const count = n - (taken.get(key) ?? 0);
    if (count < floor) continue;
    // (The words, split once: they are judged and listed read-only; joined only when the dictionary or the list needs
    // them whole.)
    const known = (): boolean => opts.known(parts.join(''));
    const judgement = opts.local
      ? pooledJudgement(key, parts, evidence, known)
      : judgePhrase(key, evidence, known, parts, group.phrases === evidence.phrases ? n : undefined);
    if (count < minCount) {
      if (!judgement.accepted || judgement.pooled < PHRASE_MIN_COUNT) continue;
    } else if (!judgement.accepted && !(opts.local && isDocumentPhrase(key, judgement, opts.local))) continue;
    if (!opts.acceptable(parts)) {
      // A name (方庄 社区, 云朵玫瑰 集团) is no keyword, and the uses of its words are the name's: 方庄 alone is a piece.
      if (!opts.isName?.(parts)) continue;
    } else phrases.push({ key, keyword: parts.join(''), parts, count, judgement });
    // The phrase explains `count` uses of each of its words and of every shorter n-gram inside it.
    for (let i = 0; i < parts.length; i++) {
      const word = parts[i]!;
      residual.set(word, (residual.get(word) ?? group.counts.get(word) ?? 0) - count);
      let sub = word;
      for (let j = i + 1; j < parts.length; j++) {
        sub += PART_SEPARATOR + parts[j]!;
        if (sub !== key) increment(taken, sub, count);
      }
    }
  }
  for (const [word, n] of residual) residual.set(word, Math.max(0, n));
  return { phrases, residual };
}
