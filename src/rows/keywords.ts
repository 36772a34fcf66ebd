// Keyword rows: the merged term statistics of each group (see src/commands/keywords.ts), ranked.
import { rankKeywords, type TermStats } from '../extract/keywords/keywords.js';
import type { Idf } from '../extract/keywords/idf.js';
import type { Cell, Row } from '../types.js';
import { compareGroupKeys, groupColumns, type GroupBy } from './groups.js';

export type KeywordMethod = 'tfidf' | 'textrank' | 'freq';

/** Term statistics per group: what each file gives and what the files merge into. */
export interface KeywordGroups {
  groups: Map<string, { label: Record<string, Cell>; stats: TermStats }>;
}

export function keywordColumns(by: GroupBy): string[] {
  return [...groupColumns(by), 'rank', 'keyword', 'score', 'count', 'docs'];
}

export function keywordRows(
  merged: KeywordGroups,
  opts: { by: GroupBy; method: KeywordMethod; top: number; minCount: number; idf: Idf },
): Row[] {
  const rows: Row[] = [];
  const keys = [...merged.groups.keys()].sort(compareGroupKeys);
  for (const key of keys) {
    const group = merged.groups.get(key)!;
    const ranked = rankKeywords(group.stats, opts);
    ranked.forEach((k, i) => rows.push({ ...group.label, rank: i + 1, keyword: k.keyword, score: k.score, count: k.count, docs: k.docs }));
  }
  return rows;
}
