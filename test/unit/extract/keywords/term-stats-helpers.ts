// Shared by the keyword statistics tests: stats of whole files, and stats as plain sorted data for toEqual.
import { addArticle, newTermStats, type Method, type TermStats } from '../../../../src/extract/keywords/keywords.js';
import { DOCS, countsOf, figureAt, type Tally } from '../../../../src/extract/keywords/tally.js';

/** One file per article, in the order given, each named by its path (the `docs` count). */
export function statsOfFiles(wordsOf: ReadonlyMap<string, string[]>, files: string[], method: Method): TermStats {
  const stats = newTermStats();
  for (const f of files) addArticle(stats, wordsOf.get(f)!, method, f);
  return stats;
}

/** The counts, with maps sorted by key: two stats are equal when these are. */
export function plainStats(stats: TermStats) {
  const sorted = (m?: Iterable<[string, number]>) => (m ? [...m].sort(([a], [b]) => (a < b ? -1 : 1)) : undefined);
  const docs = (tally: Tally) => tally.keys.map((key, slot): [string, number] => [key, figureAt(tally, slot, DOCS)]);
  return {
    tokens: stats.tokens,
    articles: stats.articles,
    documents: stats.documents,
    counts: sorted(countsOf(stats.terms)),
    docFreq: sorted(docs(stats.terms)),
    phrases: sorted(countsOf(stats.phrases)),
    phraseDocs: sorted(docs(stats.phrases)),
    edges: sorted(stats.edges),
  };
}
