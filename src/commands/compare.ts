// `compare`: groups of articles (places, documents, levels, years) set against each other. Each file's articles are
// counted into their groups (in worker threads), the groups merge across files, and the rows come from the totals:
// long ("tidy") by default, or wide (one column per group), whose columns are known only at the end.
import { loadIdf, type Idf } from '../extract/keywords/idf.js';
import { countCandidates } from '../extract/keywords/keywords.js';
import { MAX_PHRASES, prunePhrases } from '../extract/keywords/phrases.js';
import { entitySegmentation, findEntities } from '../extract/entities.js';
import { extractNumbers } from '../extract/numbers/numbers.js';
import { wordsOf } from '../nlp/article-tokens.js';
import { COMPARE_NUMERIC, compareColumns, compareRows, hasWideView, wideTable, type RankOptions } from '../rows/compare.js';
import {
  add,
  countNonSpace,
  newGroupData,
  type CompareParams as CompareCounting,
  type ComparePartial,
  type CompareWhat,
  type GroupData,
} from '../rows/compare-stats.js';
import { COUNTED_WHATS, addCompareCountRecord, compareCountRecords } from '../rows/compare-counts.js';
import { compileTerm, countTermMatches, parseTermList, readTermsFile } from '../rows/compare-terms.js';
import { groupCode, groupLabel, groupName, groupOf, type GroupBy } from '../rows/groups.js';
import { spanCells } from '../rows/location.js';
import { compileTextMatcher } from '../rows/text-matcher.js';
import { FIGURE_KINDS, UsageError, type Article, type Segmentation } from '../types.js';
import type { CommandParams, CommandSpec } from './command.js';
import { prunedNotice } from './pruned-notice.js';

export interface CompareParams extends CompareCounting, CommandParams {
  /** Keywords per group, fewest occurrences, highest p-value. */
  top: number;
  minCount: number;
  maxP: number;
  /** One row per term and one column per group. */
  wide: boolean;
  /** Wide cells hold rates per 10,000 characters. */
  rate: boolean;
}

/** What the command line says, as commander parsed it. */
export interface CompareOptions {
  by: GroupBy;
  what?: CompareWhat;
  terms?: string;
  termsFile?: string;
  metric?: string;
  top: number;
  minCount: number;
  maxP: number;
  wide: boolean;
  rate: boolean;
}

/**
 * The params of a command line: `--what` defaults to terms when terms are given, numbers with --metric, else
 * keywords; each goes only with its own options. The view comes from --wide alone, never from the output format.
 */
export function compareParams(options: CompareOptions): CompareParams {
  const terms = [...(options.terms ? parseTermList(options.terms) : []), ...(options.termsFile ? readTermsFile(options.termsFile) : [])];
  const what: CompareWhat = options.what ?? (terms.length > 0 ? 'terms' : options.metric ? 'numbers' : 'keywords');
  if (what === 'terms' && terms.length === 0) throw new UsageError('--what terms needs --terms LIST or --terms-file FILE');
  if (what !== 'terms' && terms.length > 0) throw new UsageError(`--terms and --terms-file go with --what terms, not --what ${what}`);
  if (what === 'numbers' && !options.metric) throw new UsageError('--what numbers needs --metric TEXT (the measure to set side by side, e.g. 总产值)');
  if (what !== 'numbers' && options.metric) throw new UsageError(`--metric goes with --what numbers, not --what ${what}`);
  terms.forEach(compileTerm); // a bad /regex/ is a usage error before any work
  if (options.metric) compileTextMatcher(options.metric);
  if (options.wide && !hasWideView(what)) throw new UsageError(`--wide goes with --what keywords, terms or slogans, not --what ${what}`);
  if (options.rate && !options.wide) throw new UsageError('--rate goes with --wide (the long view has both count and per_10k)');
  return {
    by: options.by,
    what,
    terms,
    metric: options.metric,
    top: options.top,
    minCount: options.minCount,
    maxP: options.maxP,
    wide: options.wide,
    rate: options.rate,
  };
}

/** What each `--what` reads of the article: keywords its words, slogans and officials what their recognisers need. */
function segmentationFor(what: CompareWhat): Segmentation {
  switch (what) {
    case 'keywords':
      return 'words';
    case 'slogans':
      return entitySegmentation(['slogan']);
    case 'officials':
      return entitySegmentation(['official']);
    case 'terms':
    case 'numbers':
      return 'none';
  }
}

const compare: CommandSpec<CompareParams, ComparePartial> = {
  url: import.meta.url,
  needs: (params) => ({ attribute: true, segmentation: segmentationFor(params.what) }),
  // The wide view's columns are the groups, known only once every file is read.
  columns: (params) => (params.wide ? undefined : compareColumns(params.what)),
  priority: ['group', 'term', 'slogan', 'name', 'metric', 'value', 'unit', 'bars', 'count', 'per_10k', 'titles', 'period', 'g2', 'p'],
  numeric: COMPARE_NUMERIC,
  processFile: (articles, params) => ({ rows: [], partial: comparePartial(articles, params) }),
  aggregate: {
    empty: () => ({ groups: new Map() }),
    merge: mergeComparePartial,
    inWorker: true,
    groupsOf: (partial) => [...partial.groups.values()].map((group) => group.name),
  },
  finish: (merged, params) => compareRows(merged, params, rankOptions(params)),
  notices: (merged) => prunedNotice('compare', [...merged.groups.values()].map((group) => group.pruned)),
  table: (merged, params) => wideTable(merged, params, compareRows(merged, params, rankOptions(params)), params),
  // --top, --min-count, --max-p, --wide and --rate only rank and print, so a merge may change them.
  counts: {
    key: (params) => ({ by: params.by, what: params.what, ...(params.terms && params.terms.length > 0 && { terms: params.terms }), ...(params.metric && { metric: params.metric }) }),
    write: compareCountRecords,
    read: addCompareCountRecord,
    refuse: (params) =>
      COUNTED_WHATS.includes(params.what)
        ? undefined
        : `--what ${params.what} lists what it finds in input order (titles as first met, figures in text order), not counts: it has no --emit counts or --from-counts`,
  },
};
export default compare;

function rankOptions(params: CompareParams): RankOptions {
  return { top: params.top, minCount: params.minCount, maxP: params.maxP, idf: params.what === 'keywords' ? loadIdfQuietly() : undefined };
}

/** The built-in IDF's part-of-speech tags keep verbs out of the keywords; without the file, every term stays. */
function loadIdfQuietly(): Idf | undefined {
  try {
    return loadIdf();
  } catch {
    return undefined;
  }
}

/** Count one file's articles into their groups. */
export function comparePartial(articles: Iterable<Article>, params: CompareCounting): ComparePartial {
  const groups = new Map<string, GroupData>();
  const terms = params.what === 'terms' ? (params.terms ?? []).map(compileTerm) : [];
  const metricMatches = params.what === 'numbers' && params.metric ? compileTextMatcher(params.metric) : undefined;
  for (const article of articles) {
    const group = groupOf(article, params.by);
    let data = groups.get(group.key);
    if (!data) groups.set(group.key, (data = newGroupData(group.key, groupName(group), groupLabel(group), groupCode(group))));
    data.articles++;
    data.chars += countNonSpace(article.text);
    switch (params.what) {
      case 'keywords':
        countKeywords(data, wordsOf(article));
        break;
      case 'terms':
        for (const term of terms) {
          const n = countTermMatches(article.text, term);
          // Every term gets an entry, zero or not: the rows must have no holes.
          add(data.counts, term.label, n);
          add(data.articleCounts, term.label, n > 0 ? 1 : 0);
        }
        break;
      case 'slogans':
        addSlogans(data, article);
        break;
      case 'officials':
        addOfficials(data, article);
        break;
      case 'numbers':
        addFigures(data, article, metricMatches);
        break;
    }
  }
  return { groups };
}

/** Merge a later file's groups into the running total (files arrive in input order, so figures stay in text order). */
export function mergeComparePartial(into: ComparePartial, from: ComparePartial): void {
  for (const [key, group] of from.groups) {
    const existing = into.groups.get(key);
    if (!existing) {
      into.groups.set(key, group);
      continue;
    }
    existing.chars += group.chars;
    existing.articles += group.articles;
    for (const [term, n] of group.counts) add(existing.counts, term, n);
    if (group.phrases) {
      existing.phrases ??= new Map();
      for (const [key, n] of group.phrases) add(existing.phrases, key, n);
      existing.phraseArticles ??= new Map();
      for (const [key, n] of group.phraseArticles ?? []) add(existing.phraseArticles, key, n);
      existing.tokens = (existing.tokens ?? 0) + (group.tokens ?? 0);
    }
    if (group.pruned) existing.pruned = (existing.pruned ?? 0) + group.pruned;
    for (const [term, n] of group.articleCounts) add(existing.articleCounts, term, n);
    for (const [name, value] of group.values) if (!existing.values.has(name)) existing.values.set(name, value);
    for (const [name, official] of group.officials) {
      const known = existing.officials.get(name);
      if (!known) {
        existing.officials.set(name, official);
        continue;
      }
      known.articles += official.articles;
      known.mentions += official.mentions;
      for (const t of official.titles) if (!known.titles.includes(t)) known.titles.push(t);
      for (const o of official.orgs) if (!known.orgs.includes(o)) known.orgs.push(o);
    }
    for (const figure of group.figures) existing.figures.push(figure);
  }
}

/** Keyword candidates and their n-grams (phrases are decided on the merged counts, see countsWithPhrases). */
function countKeywords(data: GroupData, words: readonly string[]): void {
  // The article's n-grams apart first: each adds one to the articles holding it.
  const own = new Map<string, number>();
  const { terms, dropped: droppedHere } = countCandidates(words, data.counts, own);
  const phrases = (data.phrases ??= new Map());
  const phraseArticles = (data.phraseArticles ??= new Map());
  for (const [key, n] of own) {
    add(phrases, key, n);
    add(phraseArticles, key, 1);
  }
  let dropped = droppedHere;
  if (phrases.size > MAX_PHRASES) {
    dropped += prunePhrases(phrases);
    for (const key of phraseArticles.keys()) if (!phrases.has(key)) phraseArticles.delete(key);
  }
  data.tokens = (data.tokens ?? 0) + terms.length;
  if (dropped > 0) data.pruned = (data.pruned ?? 0) + dropped;
  for (const word of new Set(terms)) add(data.articleCounts, word, 1);
}

function countTerms(data: GroupData, words: string[]): void {
  const seen = new Set<string>();
  for (const word of words) {
    add(data.counts, word, 1);
    if (!seen.has(word)) {
      seen.add(word);
      add(data.articleCounts, word, 1);
    }
  }
}

function addSlogans(data: GroupData, article: Article): void {
  const names: string[] = [];
  for (const slogan of findEntities(article, ['slogan'])) {
    names.push(slogan.name);
    if (slogan.value !== undefined && !data.values.has(slogan.name)) data.values.set(slogan.name, slogan.value);
  }
  countTerms(data, names);
}

function addOfficials(data: GroupData, article: Article): void {
  const seen = new Set<string>();
  for (const person of findEntities(article, ['official'])) {
    let entry = data.officials.get(person.name);
    if (!entry) data.officials.set(person.name, (entry = { name: person.name, titles: [], orgs: [], articles: 0, mentions: 0 }));
    entry.mentions++;
    if (!seen.has(person.name)) {
      seen.add(person.name);
      entry.articles++;
    }
    if (person.title && !entry.titles.includes(person.title)) entry.titles.push(person.title);
    if (person.org && !entry.orgs.includes(person.org)) entry.orgs.push(person.org);
  }
}

function addFigures(data: GroupData, article: Article, metricMatches: ((text: string) => boolean) | undefined): void {
  for (const figure of extractNumbers(article)) {
    if (!FIGURE_KINDS.includes(figure.kind)) continue;
    if (metricMatches && !metricMatches(figure.metric ?? '')) continue;
    const { text, context, ...where } = spanCells(article, figure.start, figure.end);
    data.figures.push({
      ...where,
      metric: figure.metric ?? null,
      value: figure.value,
      unit: figure.unit,
      period: figure.period ?? null,
      approx: figure.approx,
      change: figure.change ?? null,
      basis: figure.basis ?? null,
      text,
      context,
    });
  }
}
