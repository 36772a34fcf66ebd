// keywords' statistics as counts records (--emit counts / --from-counts): per group its sizes, then every candidate
// word, every n-gram the phrase discovery judges (with the documents holding it) and, for TextRank, every
// co-occurrence edge. All are integer tables that merge by addition, so N shards' records give the TermStats one run
// over every input gives, and the same ranking byte for byte (phrases are judged on the pooled counts of the merge).
import { object, sortedEntries, text, wholeNumber } from '../../corpus/count-fields.js';
import type { Cell } from '../../types.js';
import { compareGroupKeys } from '../../rows/groups.js';
import { newTermStats, type TermStats } from './keywords.js';
import { COUNT, DOCS, cellsOf, figureAt, tallySlots, type Tally } from './tally.js';

/** The statistics of each group, as keywords' partial results hold them (see src/rows/keywords.ts). */
export interface KeywordGroupStats {
  groups: Map<string, { label: Record<string, Cell>; stats: TermStats }>;
}

/** The records of a total: each group (in output order) opens with its sizes, then its terms, n-grams and edges. */
export function* keywordCountRecords(merged: KeywordGroupStats): Generator<Record<string, unknown>> {
  for (const key of [...merged.groups.keys()].sort(compareGroupKeys)) {
    const { label, stats } = merged.groups.get(key)!;
    const sizes = { group: key, label, tokens: stats.tokens, articles: stats.articles, documents: stats.documents };
    // Carried so that the merge can say its tail may differ from one run's (see TermStats.pruned).
    yield stats.pruned ? { ...sizes, pruned: stats.pruned } : sizes;
    const { terms, phrases } = stats;
    for (const [term, slot] of sortedEntries(tallySlots(terms))) yield { group: key, term, count: figureAt(terms, slot, COUNT), docs: figureAt(terms, slot, DOCS) };
    for (const [phrase, slot] of sortedEntries(tallySlots(phrases))) {
      const count = figureAt(phrases, slot, COUNT);
      const docs = figureAt(phrases, slot, DOCS);
      // Only n-grams that may be listed have their documents counted (phrases.ts): the others carry none.
      yield docs === 0 ? { group: key, phrase, count } : { group: key, phrase, count, docs };
    }
    for (const [edge, count] of sortedEntries(stats.edges ?? new Map<string, number>())) yield { group: key, edge, count };
  }
}

function add(map: Map<string, number>, key: string, by: number): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

function addToTally(tally: Tally, key: string, count: number, docs: number): void {
  const at = cellsOf(tally, key);
  tally.cells[at + COUNT] += count;
  tally.cells[at + DOCS] += docs;
}

/** Add one record of keywordCountRecords (from any run with the same key) to a total. */
export function addKeywordCountRecord(into: KeywordGroupStats, record: Record<string, unknown>): void {
  const key = text(record.group, 'group');
  let group = into.groups.get(key);
  if ('label' in record) {
    const label = object(record.label, 'label') as Record<string, Cell>;
    if (!group) into.groups.set(key, (group = { label, stats: newTermStats() }));
    group.stats.tokens += wholeNumber(record.tokens, 'tokens');
    group.stats.articles += wholeNumber(record.articles, 'articles');
    group.stats.documents += wholeNumber(record.documents, 'documents');
    if (record.pruned !== undefined) group.stats.pruned = (group.stats.pruned ?? 0) + wholeNumber(record.pruned, 'pruned');
    return;
  }
  if (!group) throw new Error(`group ${JSON.stringify(key)} has no sizes record before its counts`);
  const { stats } = group;
  const count = wholeNumber(record.count, 'count');
  if ('term' in record) {
    addToTally(stats.terms, text(record.term, 'term'), count, wholeNumber(record.docs, 'docs'));
  } else if ('phrase' in record) {
    addToTally(stats.phrases, text(record.phrase, 'phrase'), count, record.docs === undefined ? 0 : wholeNumber(record.docs, 'docs'));
  } else if ('edge' in record) {
    add((stats.edges ??= new Map()), text(record.edge, 'edge'), count);
  } else throw new Error('a record needs "label", "term", "phrase" or "edge"');
}

