// compare's statistics as counts records (--emit counts / --from-counts): per group its sizes (characters, articles,
// candidate words), then each term's occurrences and articles, each n-gram the phrase discovery judges (occurrences and
// articles), and each
// slogan's number. Integer tables that merge by addition: N shards' records give the groups one run gives, so G², %DIFF
// and p come out the same byte for byte. Officials and figures are lists in input order (titles as first met, figures
// in text order), not counts: `compare --what officials|numbers` has none (src/commands/compare.ts says so).
import { sortedEntries, text, wholeNumber } from '../corpus/count-fields.js';
import { add, newGroupData, type ComparePartial, type CompareWhat } from './compare-stats.js';
import { compareGroupKeys } from './groups.js';

/** The `--what`s whose totals are counts. */
export const COUNTED_WHATS: readonly CompareWhat[] = ['keywords', 'terms', 'slogans'];

/** The records of a total: each group (in output order) opens with its sizes, then its terms, n-grams and values. */
export function* compareCountRecords(merged: ComparePartial): Generator<Record<string, unknown>> {
  for (const group of [...merged.groups.values()].sort((a, b) => compareGroupKeys(a.key, b.key))) {
    const { key } = group;
    const sizes: Record<string, unknown> = { group: key, name: group.name, label: group.label, code: group.code, chars: group.chars, articles: group.articles };
    // keywords count candidate words and n-grams; their presence is what tells compare to look for phrases.
    if (group.phrases) sizes.tokens = group.tokens ?? 0;
    if (group.pruned) sizes.pruned = group.pruned;
    yield sizes;
    // A user's term has an entry at zero too (rows have no holes): both tables are written as they are.
    const terms = new Set([...group.counts.keys(), ...group.articleCounts.keys()]);
    for (const term of [...terms].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
      const record: Record<string, unknown> = { group: key, term };
      if (group.counts.has(term)) record.count = group.counts.get(term);
      if (group.articleCounts.has(term)) record.articles = group.articleCounts.get(term);
      yield record;
    }
    for (const [phrase, count] of sortedEntries(group.phrases ?? new Map<string, number>())) {
      const articles = group.phraseArticles?.get(phrase);
      yield articles === undefined ? { group: key, phrase, count } : { group: key, phrase, count, articles };
    }
    for (const [slogan, value] of sortedEntries(group.values)) yield { group: key, slogan, value };
  }
}

/** Add one record of compareCountRecords (from any run with the same key) to a total. */
export function addCompareCountRecord(into: ComparePartial, record: Record<string, unknown>): void {
  const key = text(record.group, 'group');
  let group = into.groups.get(key);
  if ('chars' in record) {
    if (!group) {
      const code = record.code === null ? null : text(record.code, 'code');
      into.groups.set(key, (group = newGroupData(key, text(record.name, 'name'), text(record.label, 'label'), code)));
    }
    group.chars += wholeNumber(record.chars, 'chars');
    group.articles += wholeNumber(record.articles, 'articles');
    if (record.tokens !== undefined) {
      group.phrases ??= new Map();
      group.tokens = (group.tokens ?? 0) + wholeNumber(record.tokens, 'tokens');
    }
    if (record.pruned !== undefined) group.pruned = (group.pruned ?? 0) + wholeNumber(record.pruned, 'pruned');
    return;
  }
  if (!group) throw new Error(`group ${JSON.stringify(key)} has no sizes record before its counts`);
  if ('term' in record) {
    const term = text(record.term, 'term');
    if (record.count !== undefined) add(group.counts, term, wholeNumber(record.count, 'count'));
    if (record.articles !== undefined) add(group.articleCounts, term, wholeNumber(record.articles, 'articles'));
  } else if ('phrase' in record) {
    const phrase = text(record.phrase, 'phrase');
    add((group.phrases ??= new Map()), phrase, wholeNumber(record.count, 'count'));
    if (record.articles !== undefined) add((group.phraseArticles ??= new Map()), phrase, wholeNumber(record.articles, 'articles'));
  } else if ('slogan' in record) {
    const value = record.value;
    if (typeof value !== 'number' && typeof value !== 'string') throw new Error('"value" must be a number or a string');
    const slogan = text(record.slogan, 'slogan');
    // The number a formulation carries comes from its name (八件大事 → 8): every run finds the same.
    if (!group.values.has(slogan)) group.values.set(slogan, value);
  } else throw new Error('a record needs "chars", "term", "phrase" or "slogan"');
}

