// keywords' statistics as counts (--emit counts / --from-counts): any split of the files into shards, each counted
// apart and written as records, reads back into the stats of one run (words, n-grams and their documents, TextRank's
// edges); malformed records say what is wrong.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addKeywordCountRecord, keywordCountRecords, type KeywordGroupStats } from '../../../../src/extract/keywords/counts.js';
import { addArticle, newTermStats, type Method } from '../../../../src/extract/keywords/keywords.js';
import { prunedNotice } from '../../../../src/commands/pruned-notice.js';

const WORDS = ['孤困', '儿童', '关爱', '分布式', '光伏', '建设', '工作', '，', '人居', '环境', '整治', '数字经济'];
const fileArb = fc.record({ group: fc.constantFrom('370700', '371500', ''), words: fc.array(fc.constantFrom(...WORDS), { maxLength: 20 }) });

function count(files: Array<{ group: string; words: string[] }>, names: number[], method: Method): KeywordGroupStats {
  const total: KeywordGroupStats = { groups: new Map() };
  for (const i of names) {
    const { group: key, words } = files[i]!;
    let group = total.groups.get(key);
    if (!group) total.groups.set(key, (group = { label: { place_code: key || null }, stats: newTermStats() }));
    addArticle(group.stats, words, method, `file-${i}`);
  }
  return total;
}

/** Through JSON, as a counts file carries them. */
function records(total: KeywordGroupStats): Record<string, unknown>[] {
  return [...keywordCountRecords(total)].map((r) => JSON.parse(JSON.stringify(r)) as Record<string, unknown>);
}

describe('keyword counts', () => {
  it.each<Method>(['keyness', 'textrank'])('%s: shards merged from their records give the records of one run', (method) => {
    fc.assert(
      fc.property(fc.array(fileArb, { maxLength: 12 }), fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 12, maxLength: 12 }), (files, shardOf) => {
        const all = files.map((_, i) => i);
        const whole = count(files, all, method);
        const merged: KeywordGroupStats = { groups: new Map() };
        for (let shard = 0; shard < 4; shard++) {
          const part = count(files, all.filter((i) => shardOf[i] === shard), method);
          for (const record of records(part)) addKeywordCountRecord(merged, record);
        }
        expect(records(merged)).toEqual(records(whole));
      }),
      { numRuns: 60, seed: 18 },
    );
  });

  it('writes a group\'s sizes first, then its words, n-grams with their documents, and edges', () => {
    const total = count([{ group: '370700', words: ['孤困', '儿童', '孤困', '儿童'] }], [0], 'textrank');
    expect(records(total)).toEqual([
      { group: '370700', label: { place_code: '370700' }, tokens: 4, articles: 1, documents: 1 },
      { group: '370700', term: '儿童', count: 2, docs: 1 },
      { group: '370700', term: '孤困', count: 2, docs: 1 },
      { group: '370700', phrase: '儿童 孤困', count: 1, docs: 1 },
      { group: '370700', phrase: '儿童 孤困 儿童', count: 1, docs: 1 },
      { group: '370700', phrase: '孤困 儿童', count: 2, docs: 1 },
      { group: '370700', phrase: '孤困 儿童 孤困', count: 1, docs: 1 },
      { group: '370700', phrase: '孤困 儿童 孤困 儿童', count: 1, docs: 1 },
      // Within TextRank's window of 5: 孤困 with the 儿童 after it, twice, and with the next but one, twice.
      { group: '370700', edge: '儿童\t孤困', count: 4 },
    ]);
  });

  it.each<[Record<string, unknown>, RegExp]>([
    [{ group: 'x', term: '儿童', count: 1, docs: 1 }, /group "x" has no sizes record/],
    [{ group: '', label: {}, tokens: -1, articles: 0, documents: 0 }, /"tokens" must be a whole number/],
    [{ group: '', label: 'all', tokens: 1, articles: 1, documents: 1 }, /"label" must be an object/],
    [{ group: 1 }, /"group" must be a string/],
  ])('%j is refused', (record, message) => {
    expect(() => addKeywordCountRecord({ groups: new Map() }, record)).toThrow(message);
  });

  it('carries what a group dropped past its bounds, added up over shards, and the run says so once', () => {
    const shard = (pruned: number): KeywordGroupStats => {
      const total = count([{ group: '370700', words: ['孤困', '儿童'] }], [0], 'keyness');
      total.groups.get('370700')!.stats.pruned = pruned;
      return total;
    };
    expect(records(shard(7))[0]).toEqual({ group: '370700', label: { place_code: '370700' }, tokens: 2, articles: 1, documents: 1, pruned: 7 });
    const merged: KeywordGroupStats = { groups: new Map() };
    for (const record of [...records(shard(7)), ...records(shard(5))]) addKeywordCountRecord(merged, record);
    expect(merged.groups.get('370700')!.stats.pruned).toBe(12);
    expect(prunedNotice('keywords', [...merged.groups.values()].map(({ stats }) => stats.pruned))).toEqual([
      'policy-cli: keywords: a group passed the bounds on its count tables (200,000 words, 300,000 n-grams, 500,000 co-occurrences) and dropped 12 of its rarest entries: ' +
        'the top of the ranking holds, but its tail may differ from a run over the same texts split otherwise (shards, --from-counts).',
    ]);
    expect(prunedNotice('keywords', [undefined, 0])).toEqual([]);
  });
});
