// Keyword rows: the merged term statistics of each group (see src/commands/keywords.ts), ranked.
import { mergeStatsInto, newTermStats, rankKeywords, type Method, type TermStats } from '../extract/keywords/keywords.js';
import type { Idf } from '../extract/keywords/idf.js';
import type { Cell, Row } from '../types.js';
import { compareGroupKeys, groupColumns, type GroupBy } from './groups.js';

export type KeywordMethod = Method;

/** Term statistics per group: what each file gives and what the files merge into. */
export interface KeywordGroups {
  groups: Map<string, { label: Record<string, Cell>; stats: TermStats }>;
}

/** The columns behind a score (`--explain`): see src/rows/columns.ts. */
export const EXPLAIN_COLUMNS = ['tf', 'ref_df', 'weight', 'parts'];

export function keywordColumns(by: GroupBy, explain = false): string[] {
  return [...groupColumns(by), 'rank', 'keyword', 'score', 'count', 'docs', ...(explain ? EXPLAIN_COLUMNS : [])];
}

/**
 * Documents of the IDF's reference holding the term, from its idf = ln((N+1)/(df+1)) + 1 (0 when the file lacks it: it
 * holds every word of its documents); for a phrase, the least of its words' (a bound: a document holding the phrase
 * holds each word). Null when the file does not say how many documents it was built from.
 */
function referenceDocs(parts: string[], idf: Idf): number | null {
  if (idf.documents <= 0) return null;
  let least = Infinity;
  for (const part of parts) {
    const df = idf.has(part) ? Math.max(0, Math.round((idf.documents + 1) / Math.exp(idf.get(part)! - 1) - 1)) : 0;
    least = Math.min(least, df);
  }
  return least;
}

export function keywordRows(
  merged: KeywordGroups,
  opts: { by: GroupBy; method: KeywordMethod; top: number; minCount: number; idf: Idf; explain?: boolean },
): Row[] {
  const rows: Row[] = [];
  const keys = [...merged.groups.keys()].sort(compareGroupKeys);
  // Phrases are judged on the whole run: a single article rarely shows whether two words belong together.
  let pooled: TermStats | undefined;
  if (merged.groups.size > 1) {
    pooled = newTermStats();
    for (const key of keys) mergeStatsInto(pooled, merged.groups.get(key)!.stats);
  }
  for (const key of keys) {
    const group = merged.groups.get(key)!;
    const ranked = rankKeywords(group.stats, { ...opts, pooled });
    const per1000 = group.stats.tokens > 0 ? 1000 / group.stats.tokens : 0;
    ranked.forEach((k, i) => {
      const row: Row = { ...group.label, rank: i + 1, keyword: k.keyword, score: k.score, count: k.count, docs: k.docs };
      if (opts.explain) {
        row.tf = Math.round(k.count * per1000 * 100) / 100;
        row.ref_df = referenceDocs(k.parts, opts.idf);
        row.weight = Math.round(k.weight * 10_000) / 10_000;
        row.parts = k.parts.join(' ');
      }
      rows.push(row);
    });
  }
  return rows;
}
