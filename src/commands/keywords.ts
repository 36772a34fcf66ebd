// `keywords`: each file adds its words' statistics to its groups (in worker threads); the merged statistics are
// ranked once every file is read.
import { addArticle, mergeStatsInto, newTermStats } from '../extract/keywords/keywords.js';
import { addKeywordCountRecord, keywordCountRecords } from '../extract/keywords/counts.js';
import { loadIdf, type Idf } from '../extract/keywords/idf.js';
import { tallySize } from '../extract/keywords/tally.js';
import { wordsOf } from '../nlp/article-tokens.js';
import { groupOf, type GroupBy } from '../rows/groups.js';
import { keywordColumns, keywordRows, type KeywordGroups, type KeywordMethod } from '../rows/keywords.js';
import type { Article } from '../types.js';
import type { CommandParams, CommandSpec } from './command.js';
import { prunedNotice } from './pruned-notice.js';

export interface KeywordParams extends CommandParams {
  by: GroupBy;
  method: KeywordMethod;
  /** Keywords per group. */
  top: number;
  minCount: number;
  /** An IDF file made by `policy-cli idf`; the built-in policy IDF when absent. */
  idf?: string;
  /** Add the columns behind each score (tf, ref_df, weight, parts). */
  explain?: boolean;
}

const idfs = new Map<string | undefined, Idf>();
/**
 * The IDF a run ranks with, read once. The CLI asks for a user's file before the work, so that a bad one fails first;
 * the built-in IDF (~50 ms) only when ranking, which lets the worker threads start that much sooner.
 */
export function keywordIdf(path: string | undefined): Idf {
  let idf = idfs.get(path);
  if (!idf) idfs.set(path, (idf = loadIdf(path)));
  return idf;
}

export function keywordsPartial(articles: Iterable<Article>, params: Pick<KeywordParams, 'by' | 'method'>): KeywordGroups {
  const groups: KeywordGroups['groups'] = new Map();
  for (const article of articles) {
    const { key, label } = groupOf(article, params.by);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { label, stats: newTermStats() }));
    // The doc lets a file count once per group in the `docs` column, however many of its articles the group holds.
    addArticle(group.stats, wordsOf(article), params.method, article.doc);
  }
  // The file is done: no later article can continue its document (nor needs the n-grams it dropped meanwhile).
  for (const { stats } of groups.values()) {
    stats.lastDoc = undefined;
    stats.droppedInDoc = undefined;
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

/** The keys merging the groups walks: their words, n-grams and edges. */
export function keywordKeys(from: KeywordGroups): number {
  let keys = 0;
  for (const { stats } of from.groups.values()) keys += tallySize(stats.terms) + tallySize(stats.phrases) + (stats.edges?.size ?? 0);
  return keys;
}

const keywords: CommandSpec<KeywordParams, KeywordGroups> = {
  url: import.meta.url,
  // Words without offsets: a token object per word cost ~10 % of the run.
  needs: (params) => ({ attribute: params.by === 'place', segmentation: 'words' }),
  columns: (params) => keywordColumns(params.by, params.explain),
  priority: ['keyword', 'place', 'doc', 'level', 'year', 'date', 'score', 'count', 'rank', 'docs', 'article', 'place_code', 'parts', 'weight', 'tf', 'ref_df'],
  numeric: ['rank', 'score', 'count', 'docs', 'article', 'tf', 'ref_df', 'weight'],
  processFile: (articles, params) => ({ rows: [], partial: keywordsPartial(articles, params) }),
  aggregate: { empty: () => ({ groups: new Map() }), merge: mergeKeywordGroups, inWorker: true, mergeWeight: keywordKeys },
  finish: (merged, params) => keywordRows(merged, { ...params, idf: keywordIdf(params.idf) }),
  notices: (merged) => prunedNotice('keywords', [...merged.groups.values()].map(({ stats }) => stats.pruned)),
  // Every method ranks integer tables (TextRank its co-occurrence edges): --top, --min-count, --idf and --explain only
  // rank, so a merge may change them.
  counts: {
    key: (params) => ({ by: params.by, method: params.method }),
    write: keywordCountRecords,
    read: addKeywordCountRecord,
  },
};
export default keywords;
