// What `compare` counts per group, as plain data that crosses worker threads and merges across files: group sizes
// (characters, articles), term counts, slogans, officials, figures of one metric. The counting is in compare-count.ts.
import type { NumberKind } from '../types.js';
import type { GroupBy } from './groups.js';

export type CompareWhat = 'keywords' | 'terms' | 'slogans' | 'officials' | 'numbers';
export const COMPARE_WHATS: CompareWhat[] = ['keywords', 'terms', 'slogans', 'officials', 'numbers'];

export interface CompareParams {
  by: GroupBy;
  what: CompareWhat;
  /** what = terms: the user's terms, as written (`/regex/` allowed). */
  terms?: string[];
  /** what = numbers: keep figures whose metric contains this text or matches /regex/. */
  metric?: string;
}

export interface OfficialEntry {
  name: string;
  titles: string[];
  orgs: string[];
  /** Articles of the group that name the official. */
  articles: number;
  mentions: number;
}

export interface FigureEntry {
  doc: string;
  article: number;
  line: number;
  column: number;
  metric: string | null;
  value: number | null;
  unit: string;
  period: string | null;
  approx: string;
  change: string | null;
  basis: string | null;
  text: string;
  sentence: string;
}

export interface GroupData {
  key: string;
  /** One cell naming the group: `潍坊市 370700`, a doc path, a level, a year. */
  name: string;
  /** Characters of the group's normalised text, whitespace left out: the size for rates and keyness. */
  chars: number;
  articles: number;
  /** Occurrences of each term (keywords, user terms, slogans by name). */
  counts: Map<string, number>;
  /** Articles using each term. */
  articleCounts: Map<string, number>;
  /** slogans: the number a formulation carries (`八件大事` → 8, `"1441"` → '1441'). */
  values: Map<string, number | string>;
  officials: Map<string, OfficialEntry>;
  figures: FigureEntry[];
}

export interface ComparePartial {
  groups: Map<string, GroupData>;
}

/** The figure kinds `--what numbers` compares: measures, not dates or ordinals. */
export const FIGURE_KINDS: NumberKind[] = ['amount', 'count', 'percent', 'ratio', 'rank'];

export function newGroupData(key: string, name: string): GroupData {
  return { key, name, chars: 0, articles: 0, counts: new Map(), articleCounts: new Map(), values: new Map(), officials: new Map(), figures: [] };
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

export function add(map: Map<string, number>, key: string, by: number): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

/** Characters that are not whitespace: the size of a text for rates (line breaks and spaces are layout, not text). */
export function countNonSpace(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Low surrogates are the second half of a character already counted.
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x3000 || (c >= 0xdc00 && c <= 0xdfff)) continue;
    n++;
  }
  return n;
}
