// Keywords of one short text ranked by keyness beside another report that repeats 社区养老, so that the run's
// statistics accept that phrase (one text says too little to make a phrase): for tests of what a text lists and in
// which order.
import { loadIdf } from '../../src/extract/keywords/idf.js';
import { addArticle, mergeStats, newTermStats, rankKeywords } from '../../src/extract/keywords/keywords.js';
import { cutWords } from '../../src/nlp/segmenter.js';

const idf = loadIdf();
const OTHER = Array.from({ length: 8 }, (_, i) => `社区养老推进第${i}批。`).join('') + '社区道路。养老金。';

function statsOf(text: string, doc: string) {
  const stats = newTermStats();
  addArticle(stats, cutWords(text), 'keyness', doc);
  return stats;
}

/** The keywords of `text`, in rank order (every one: no --top), with --min-count and --by as given. */
export function rankedBesideAReport(text: string, { minCount = 1, by }: { minCount?: number; by?: string } = {}): string[] {
  const group = statsOf(text, 'b');
  const pooled = mergeStats(statsOf(OTHER, 'a'), group);
  return rankKeywords(group, { method: 'keyness', top: 0, minCount, idf, pooled, ...(by ? { by } : {}) }).map((r) => r.keyword);
}
