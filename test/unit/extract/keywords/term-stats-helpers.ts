// Shared by the keyword statistics tests: stats of whole files, and stats as plain sorted data for toEqual.
import { addArticle, newTermStats, type Method, type TermStats } from '../../../../src/extract/keywords/keywords.js';

/** One file per article, in the order given, each named by its path (the `docs` count). */
export function statsOfFiles(wordsOf: ReadonlyMap<string, string[]>, files: string[], method: Method): TermStats {
  const stats = newTermStats();
  for (const f of files) addArticle(stats, wordsOf.get(f)!, method, f);
  return stats;
}

/** The counts, with maps sorted by key: two stats are equal when these are. */
export function plainStats(stats: TermStats) {
  const sorted = (m?: Map<string, number>) => (m ? [...m].sort(([a], [b]) => (a < b ? -1 : 1)) : undefined);
  return {
    tokens: stats.tokens,
    articles: stats.articles,
    documents: stats.documents,
    counts: sorted(stats.counts),
    docFreq: sorted(stats.docFreq),
    edges: sorted(stats.edges),
  };
}
