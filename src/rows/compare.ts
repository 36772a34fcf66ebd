// `compare` rows from the merged group data: long ("tidy": one row per group and term) or wide (one row per term,
// one column per group), for keywords, the user's terms, slogans, officials and figures of one metric.
import { keyness, per10k } from '../extract/keywords/keyness.js';
import { countsWithPhrases, isContentTerm, isKeywordTerm } from '../extract/keywords/keywords.js';
import type { Idf } from '../extract/keywords/idf.js';
import { PART_SEPARATOR } from '../extract/keywords/phrases.js';
import type { Row, Table } from '../types.js';
import type { CompareParams, ComparePartial, CompareWhat, GroupData } from './compare-stats.js';
import { compareGroupKeys } from './groups.js';

export const TERM_COLUMNS = ['group', 'group_code', 'term', 'count', 'per_10k', 'articles', 'g2', 'pct_diff', 'p'];
export const SLOGAN_COLUMNS = ['group', 'group_code', 'slogan', 'value', 'count', 'per_10k', 'articles', 'groups', 'shared'];
export const OFFICIAL_COLUMNS = ['group', 'group_code', 'name', 'titles', 'org', 'articles', 'mentions'];
export const FIGURE_COLUMNS = [
  'group', 'group_code', 'metric', 'value', 'unit', 'period', 'approx', 'change', 'basis', 'text', 'doc', 'article', 'line', 'column', 'context',
];
export const COMPARE_NUMERIC = ['count', 'per_10k', 'articles', 'g2', 'pct_diff', 'p', 'value', 'groups', 'mentions', 'line', 'column'];

/** The long form's columns for each `--what`. */
export function compareColumns(what: CompareWhat): string[] {
  switch (what) {
    case 'keywords':
    case 'terms':
      return TERM_COLUMNS;
    case 'slogans':
      return SLOGAN_COLUMNS;
    case 'officials':
      return OFFICIAL_COLUMNS;
    case 'numbers':
      return FIGURE_COLUMNS;
  }
}

/** Whether a `--what` has a wide view (a term × group table of counts). */
export function hasWideView(what: CompareWhat): boolean {
  return what === 'keywords' || what === 'terms' || what === 'slogans';
}

export interface RankOptions {
  /** Keywords per group. */
  top: number;
  /** Keywords seen fewer times in the group are left out. */
  minCount: number;
  /** Keywords whose p-value is above this are left out (1 = keep all). */
  maxP: number;
  /** Keywords: the IDF file's part-of-speech tags keep verbs and adverbs out, as in `keywords`. */
  idf?: Idf;
}

/** Groups in output order: by key (place code, year, level…), the unknown group last. */
export function sortedGroups(merged: ComparePartial): GroupData[] {
  return [...merged.groups.values()].sort((a, b) => compareGroupKeys(a.key, b.key));
}

interface Totals {
  chars: number;
  counts: Map<string, number>;
}

function totalsOf(groups: GroupData[]): Totals {
  const counts = new Map<string, number>();
  let chars = 0;
  for (const group of groups) {
    chars += group.chars;
    for (const [term, n] of group.counts) counts.set(term, (counts.get(term) ?? 0) + n);
  }
  return { chars, counts };
}

/** One term of one group against the rest of the corpus. Keyness is empty when there is no rest (a single group). */
function termRow(group: GroupData, term: string, totals: Totals): Row {
  const count = group.counts.get(term) ?? 0;
  const restChars = totals.chars - group.chars;
  const row: Row = {
    group: group.label, group_code: group.code,
    term,
    count,
    per_10k: round(per10k(count, group.chars), 4),
    articles: group.articleCounts.get(term) ?? 0,
    g2: null,
    pct_diff: null,
    p: null,
  };
  if (restChars > 0 && group.chars > 0) {
    const k = keyness(count, (totals.counts.get(term) ?? 0) - count, group.chars, restChars);
    row.g2 = round(k.g2, 4);
    row.pct_diff = k.pctDiff === null ? null : round(k.pctDiff, 2);
    row.p = significant(k.p, 4);
  }
  return row;
}

/**
 * Keywords: for each group, the terms it uses more than the rest of the corpus (positive G²), strongest first, at most
 * `top`. With a single group there is nothing to set it against: its most frequent terms, keyness empty.
 */
export function keywordRows(merged: ComparePartial, opts: RankOptions): Row[] {
  let groups = sortedGroups(merged);
  // The policy phrases `keywords` lists, judged on every group together, replace the uses of their words, and the
  // words go through the same judgement as in `keywords` (no names, organs, verb coinages…).
  let listed: ((term: string, count: number) => boolean) | undefined;
  if (opts.idf && groups.some((group) => group.phrases)) {
    const { counts, phrases } = countsWithPhrases(groups, opts.idf);
    groups = groups.map((group, i) => ({ ...group, counts: counts[i]!, articleCounts: withPhraseArticles(group, phrases) }));
    const idf = opts.idf;
    listed = (term, count) => phrases.has(term) || isKeywordTerm(term, idf, count);
  }
  const totals = totalsOf(groups);
  const rows: Row[] = [];
  for (const group of groups) rows.push(...topTermRows(group, totals, opts, listed));
  return rows;
}

/**
 * The group's articles per term, with each listed phrase's (`孤困儿童`) from its n-gram (`孤困 儿童`); where two cuts of
 * one phrase were counted, the larger, as an article may hold both.
 */
function withPhraseArticles(group: GroupData, phrases: ReadonlySet<string>): Map<string, number> {
  const articleCounts = new Map(group.articleCounts);
  for (const [key, n] of group.phraseArticles ?? []) {
    const phrase = key.split(PART_SEPARATOR).join('');
    if (phrases.has(phrase) && n > (articleCounts.get(phrase) ?? 0)) articleCounts.set(phrase, n);
  }
  return articleCounts;
}

function topTermRows(group: GroupData, totals: Totals, opts: RankOptions, listed?: (term: string, count: number) => boolean): Row[] {
  const candidates: Row[] = [];
  const single = totals.chars === group.chars;
  for (const [term, count] of group.counts) {
    if (count < opts.minCount) continue;
    if (opts.idf && !isContentTerm(term, opts.idf)) continue;
    const row = termRow(group, term, totals);
    if (!single && !((row.g2 as number) > 0 && (row.p as number) <= opts.maxP)) continue;
    candidates.push(row);
  }
  const strength = (row: Row) => (single ? (row.count as number) : (row.g2 as number));
  candidates.sort((a, b) => strength(b) - strength(a) || (a.term! < b.term! ? -1 : a.term! > b.term! ? 1 : 0));
  if (!listed) return candidates.slice(0, opts.top);
  // Judged in rank order until `top` are kept: the judgement asks the dictionary, which costs more than a score.
  const kept: Row[] = [];
  for (const row of candidates) {
    if (kept.length >= opts.top) break;
    if (listed(row.term as string, row.count as number)) kept.push(row);
  }
  return kept;
}

/** The user's terms in every group, in the order given: a zero count is a row too, so a pivot has no holes. */
export function termRows(merged: ComparePartial, terms: string[]): Row[] {
  const groups = sortedGroups(merged);
  const totals = totalsOf(groups);
  const rows: Row[] = [];
  for (const group of groups) for (const term of terms) rows.push(termRow(group, term, totals));
  return rows;
}

/**
 * Slogans per group, most used first; `groups` = how many groups use the slogan, `shared` = used by every group.
 */
export function sloganRows(merged: ComparePartial): Row[] {
  const groups = sortedGroups(merged);
  const usedBy = sloganUse(groups);
  const rows: Row[] = [];
  for (const group of groups) {
    const slogans = [...group.counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    for (const [slogan, count] of slogans) {
      rows.push({
        group: group.label, group_code: group.code,
        slogan,
        value: sloganValue(groups, slogan),
        count,
        per_10k: round(per10k(count, group.chars), 4),
        articles: group.articleCounts.get(slogan) ?? 0,
        groups: usedBy.get(slogan)!,
        shared: usedBy.get(slogan) === groups.length,
      });
    }
  }
  return rows;
}

function sloganUse(groups: GroupData[]): Map<string, number> {
  const usedBy = new Map<string, number>();
  for (const group of groups) for (const [slogan, n] of group.counts) if (n > 0) usedBy.set(slogan, (usedBy.get(slogan) ?? 0) + 1);
  return usedBy;
}

function sloganValue(groups: GroupData[], slogan: string): number | string | null {
  for (const group of groups) {
    const value = group.values.get(slogan);
    if (value !== undefined) return value;
  }
  return null;
}

/** A roster per group: officials by how many articles name them, then by name. */
export function officialRows(merged: ComparePartial): Row[] {
  const rows: Row[] = [];
  for (const group of sortedGroups(merged)) {
    const officials = [...group.officials.values()].sort((a, b) => b.articles - a.articles || b.mentions - a.mentions || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const o of officials) {
      rows.push({ group: group.label, group_code: group.code, name: o.name, titles: o.titles.join('; ') || null, org: o.orgs.join('; ') || null, articles: o.articles, mentions: o.mentions });
    }
  }
  return rows;
}

/** Figures of the asked metric, group after group, each group's in input and text order. */
export function figureRows(merged: ComparePartial): Row[] {
  const rows: Row[] = [];
  for (const group of sortedGroups(merged)) {
    for (const f of group.figures) {
      rows.push({
        group: group.label, group_code: group.code, metric: f.metric, value: f.value, unit: f.unit, period: f.period, approx: f.approx, change: f.change,
        basis: f.basis, text: f.text, doc: f.doc, article: f.article, line: f.line, column: f.column, context: f.context,
      });
    }
  }
  return rows;
}

/** The long rows of any `--what`. */
export function compareRows(merged: ComparePartial, params: CompareParams, opts: RankOptions): Row[] {
  switch (params.what) {
    case 'keywords':
      return keywordRows(merged, opts);
    case 'terms':
      return termRows(merged, params.terms ?? []);
    case 'slogans':
      return sloganRows(merged);
    case 'officials':
      return officialRows(merged);
    case 'numbers':
      return figureRows(merged);
  }
}

export interface WideOptions {
  /** Cells hold rates per 10,000 characters instead of counts. */
  rate: boolean;
}

/**
 * The wide view: one row per term (or slogan), one column per group, holding its count or rate, from the long rows
 * (so both views always hold the same numbers). Terms keep the order they first appear in the long rows.
 */
export function wideTable(merged: ComparePartial, params: CompareParams, longRows: Row[], opts: WideOptions): Table {
  const groups = sortedGroups(merged);
  const names = groups.map((g) => g.name);
  const termColumn = params.what === 'slogans' ? 'slogan' : 'term';
  const terms: string[] = [];
  const seen = new Set<string>();
  for (const row of longRows) {
    const term = row[termColumn] as string;
    if (!seen.has(term)) {
      seen.add(term);
      terms.push(term);
    }
  }
  if (params.what === 'slogans') {
    // Slogans every group uses first, then the most widely and most often used: what is shared, then what is local.
    const usage = sloganUse(groups);
    const total = totalsOf(groups).counts;
    terms.sort((a, b) => usage.get(b)! - usage.get(a)! || total.get(b)! - total.get(a)! || (a < b ? -1 : a > b ? 1 : 0));
  }
  const extra = params.what === 'slogans' ? ['value'] : [];
  const after = params.what === 'slogans' ? ['shared'] : [];
  const columns = [termColumn, ...extra, ...names, ...after];
  const usedBy = params.what === 'slogans' ? sloganUse(groups) : undefined;
  const rows = terms.map((term) => {
    const row: Row = { [termColumn]: term };
    if (params.what === 'slogans') row.value = sloganValue(groups, term);
    const values = groups.map((g) => {
      const count = g.counts.get(term) ?? 0;
      return opts.rate ? round(per10k(count, g.chars), 4) : count;
    });
    groups.forEach((g, i) => (row[g.name] = values[i]!));
    if (usedBy) row.shared = usedBy.get(term) === groups.length;
    return row;
  });
  // The table draws the row across the groups as bars; the data is the same in every format.
  return { columns, rows, numeric: names, bars: names };
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** Below this a p-value prints as 0: its digits say nothing more (G² gives the strength), and they would fill the cell. */
const SMALLEST_P = 1e-12;

function significant(value: number, digits: number): number {
  return value < SMALLEST_P ? 0 : Number(value.toPrecision(digits));
}
