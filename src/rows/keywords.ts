// Keywords per group: each file adds its term statistics to its groups; the merged statistics are ranked at the end.
import { cutWords } from '../nlp/segmenter.js';
import { addArticle, mergeStatsInto, newTermStats, rankKeywords, type TermStats } from '../extract/keywords/keywords.js';
import type { Idf } from '../extract/keywords/idf.js';
import type { Article, Cell, Row } from '../types.js';
import { groupColumns, groupOf, type GroupBy } from './groups.js';

export type KeywordMethod = 'tfidf' | 'textrank' | 'freq';

export interface KeywordParams {
  by: GroupBy;
  method: KeywordMethod;
}

export interface KeywordGroups {
  groups: Map<string, { label: Record<string, Cell>; stats: TermStats }>;
}

export function keywordColumns(by: GroupBy): string[] {
  return [...groupColumns(by), 'rank', 'keyword', 'score', 'count', 'docs'];
}

export function keywordsPartial(articles: Article[], params: KeywordParams): KeywordGroups {
  const groups: KeywordGroups['groups'] = new Map();
  for (const article of articles) {
    const { key, label } = groupOf(article, params.by);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { label, stats: newTermStats() }));
    // The doc lets a file count once per group in the `docs` column, however many of its articles the group holds.
    addArticle(group.stats, cutWords(article.text), params.method, article.doc);
  }
  // The file is done: no later article can continue its document, so the set that tells a repeat within it goes
  // (it was a second copy of the file's vocabulary, cloned to the main thread and copied again at every merge).
  for (const { stats } of groups.values()) {
    stats.lastDoc = undefined;
    stats.lastDocTerms = undefined;
  }
  return { groups };
}

export function mergeKeywordGroups(into: KeywordGroups, from: KeywordGroups): void {
  for (const [key, group] of from.groups) {
    const existing = into.groups.get(key);
    // In place: the merged stats belong to the caller, and copying them for every file made merging quadratic.
    if (existing) mergeStatsInto(existing.stats, group.stats);
    else into.groups.set(key, group);
  }
}

export function keywordRows(
  merged: KeywordGroups,
  opts: { by: GroupBy; method: KeywordMethod; top: number; minCount: number; idf: Idf },
): Row[] {
  const rows: Row[] = [];
  const keys = [...merged.groups.keys()].sort(compareKeys);
  for (const key of keys) {
    const group = merged.groups.get(key)!;
    const ranked = rankKeywords(group.stats, opts);
    ranked.forEach((k, i) => rows.push({ ...group.label, rank: i + 1, keyword: k.keyword, score: k.score, count: k.count, docs: k.docs }));
  }
  return rows;
}

/** Groups print in a stable order; the unknown group (empty key) last. */
function compareKeys(a: string, b: string): number {
  if (a === '' || b === '') return a === b ? 0 : a === '' ? 1 : -1;
  return a < b ? -1 : a > b ? 1 : 0;
}
