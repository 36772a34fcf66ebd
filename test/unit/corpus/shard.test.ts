// --shard I/N: parsing, the hash every process must agree on, and that N shards split any set of names exactly.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inShard, parseShard, stableHash } from '../../../src/corpus/shard.js';

describe('parseShard', () => {
  it.each<[string, ReturnType<typeof parseShard>]>([
    ['1/1', { index: 1, count: 1 }],
    ['2/8', { index: 2, count: 8 }],
    [' 8 / 8 ', { index: 8, count: 8 }],
    ['0/3', undefined],
    ['4/3', undefined],
    ['1/0', undefined],
    ['-1/3', undefined],
    ['1.5/3', undefined],
    ['2', undefined],
    ['a/b', undefined],
  ])('%j → %j', (text, shard) => {
    expect(parseShard(text)).toEqual(shard);
  });
});

describe('stableHash', () => {
  // FNV-1a 32-bit reference values: a change here would send every input of a running job to another shard.
  it.each<[string, number]>([
    ['', 0x811c9dc5],
    ['a', 0xe40c292c],
    ['foobar', 0xbf9cf968],
  ])('%j → %d', (key, hash) => {
    expect(stableHash(key)).toBe(hash);
  });

  it('hashes the UTF-8 bytes, so a name in Chinese has one hash everywhere', () => {
    expect(stableHash('人民日报.jsonl#1')).toBe(stableHash('人民日报.jsonl#1'));
    expect(stableHash('人民日报.jsonl#1')).not.toBe(stableHash('人民日报.jsonl#2'));
  });
});

describe('inShard', () => {
  it('puts every name in exactly one of N shards', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 50 }), fc.integer({ min: 1, max: 12 }), (keys, count) => {
        for (const key of keys) {
          const taking = Array.from({ length: count }, (_, i) => inShard(key, { index: i + 1, count })).filter(Boolean);
          expect(taking).toHaveLength(1);
        }
      }),
    );
  });

  it('spreads names over the shards', () => {
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 4000; i++) {
      const shard = counts.findIndex((_, s) => inShard(`rmrb.jsonl#${i}`, { index: s + 1, count: 4 }));
      counts[shard]!++;
    }
    for (const n of counts) expect(n).toBeGreaterThan(850);
  });

  it('takes everything without a shard', () => {
    expect(inShard('x', undefined)).toBe(true);
  });
});
