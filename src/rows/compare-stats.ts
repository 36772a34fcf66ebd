// What `compare` counts per group, as plain data that crosses worker threads and merges across files: group sizes
// (characters, articles), term counts, slogans, officials, figures of one metric. The counting and the merge are the
// command's (src/commands/compare.ts); compare.ts here makes the rows.
import type { GroupBy } from './groups.js';

export type CompareWhat = 'keywords' | 'terms' | 'slogans' | 'officials' | 'numbers';

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
  context: string;
}

export interface GroupData {
  key: string;
  /** One cell naming the group: `潍坊市 370700`, a doc path, a level, a year (the wide view's column, unique). */
  name: string;
  /** The name without the code (`潍坊市`), and the place code, for the long rows' `group` and `group_code`. */
  label: string;
  code: string | null;
  /** Characters of the group's normalised text, whitespace left out: the size for rates and keyness. */
  chars: number;
  articles: number;
  /** Occurrences of each term (keywords, user terms, slogans by name). */
  counts: Map<string, number>;
  /** keywords: n-grams of adjacent candidate words (`孤困 儿童`), the phrase candidates, and the candidate words counted. */
  phrases?: Map<string, number>;
  /** keywords: the articles holding each n-gram of `phrases`, so that a phrase's row says in how many it stands. */
  phraseArticles?: Map<string, number>;
  tokens?: number;
  /** n-grams the bound on the phrase table dropped, when any (see src/commands/pruned-notice.ts). */
  pruned?: number;
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

export function newGroupData(key: string, name: string, label = name, code: string | null = null): GroupData {
  return { key, name, label, code, chars: 0, articles: 0, counts: new Map(), articleCounts: new Map(), values: new Map(), officials: new Map(), figures: [] };
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
