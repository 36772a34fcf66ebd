// nodejieba's general IDF, read from a lookup table kept in the cache folder: the same numbers as parsing the file.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { idfOfTable, idfOfTableFile, loadGeneralIdf, medianOf, parseGeneralIdf, tableOf } from '../../../../src/extract/keywords/general-idf.js';

const dir = mkdtempSync(join(tmpdir(), 'policy-cli-general-idf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TEXT = '劳动防护 13.900677652\n生化学 13.900677652\n岗上 11.5027823792\nGDP 8.25\n𠮷野 12.5\n岗上 9.75\n';
const file = join(dir, 'idf.utf8');
writeFileSync(file, TEXT);

/** A table file as readFileSync gives it: its own 8-aligned buffer. */
const asRead = (table: Uint8Array) => new Uint8Array(Buffer.from(table));

describe('the general IDF table', () => {
  const entries = parseGeneralIdf(TEXT);

  it('parses the file as a Map: a later line for a word replaces an earlier one', () => {
    expect([...entries]).toEqual([['劳动防护', 13.900677652], ['生化学', 13.900677652], ['岗上', 9.75], ['GDP', 8.25], ['𠮷野', 12.5]]);
    expect(medianOf([...entries.values()])).toBe(12.5);
    expect(medianOf([4, 1, 3, 2])).toBe(2.5);
    expect(medianOf([])).toBe(0);
  });

  it.each<[string, number | undefined]>([...parseGeneralIdf(TEXT), ['岗', undefined], ['发展', undefined], ['', undefined]])(
    'looks %s up as the Map does',
    (word, value) => {
      const table = idfOfTable(asRead(tableOf(entries)!))!;
      expect(table.get(word)).toBe(value);
      expect(table.median).toBe(12.5);
    },
  );

  it.each([
    ['empty', () => new Uint8Array(0)],
    ['cut short', (t: Uint8Array) => t.slice(0, t.length - 8)],
    ['of another version', (t: Uint8Array) => ((t[4] = 9), t)],
  ])('is refused when %s', (_, spoil) => {
    expect(idfOfTable(asRead(spoil(asRead(tableOf(entries)!))))).toBeUndefined();
  });

  it('is written at the first load, read at the next, and the numbers stay those of the file', () => {
    const cache = join(dir, 'cache');
    mkdirSync(cache);
    const first = loadGeneralIdf(file, cache);
    const tables = readdirSync(cache);
    expect(tables).toHaveLength(1);
    expect(tables[0]).toMatch(/^general-idf-\d+-\d+\.v2\.bin$/);
    const second = loadGeneralIdf(file, cache);
    for (const [word, value] of entries) {
      expect(first.get(word)).toBe(value);
      expect(second.get(word)).toBe(value);
    }
    expect([first.median, second.median]).toEqual([12.5, 12.5]);
    // A damaged table whose shape still holds gives at worst no value, never a crash; one of the wrong size is rebuilt.
    writeFileSync(join(cache, tables[0]!), readFileSync(join(cache, tables[0]!)).subarray(0, 100));
    expect(loadGeneralIdf(file, cache).get('岗上')).toBe(9.75);
    expect(loadGeneralIdf(file, cache).get('GDP')).toBe(8.25);
  });

  it('is read a bucket at a time, then whole after enough lookups, with the same numbers', () => {
    // Many words, so that they fill many buckets.
    const many = new Map<string, number>();
    for (let i = 0; i < 5000; i++) many.set(`词${i}`, (i % 97) / 7);
    const path = join(dir, 'many.bin');
    writeFileSync(path, tableOf(many)!);
    for (const wholeAfter of [0, 100, 1_000_000]) {
      const table = idfOfTableFile(path, wholeAfter)!;
      expect(table.median).toBe(medianOf([...many.values()]));
      for (const [word, value] of many) expect(table.get(word)).toBe(value);
      expect([table.get('词5000'), table.get(''), table.get('词')]).toEqual([undefined, undefined, undefined]);
    }
    expect(idfOfTableFile(join(dir, 'missing.bin'))).toBeUndefined();
    writeFileSync(join(dir, 'short.bin'), tableOf(many)!.subarray(0, 1000));
    expect(idfOfTableFile(join(dir, 'short.bin'))).toBeUndefined();
  });

  it('is not made when the values are too many to number in 16 bits', () => {
    const spread = new Map<string, number>();
    for (let i = 0; i <= 0x10000; i++) spread.set(`w${i}`, i);
    expect(tableOf(spread)).toBeUndefined();
  });

  it('without a cache folder or a file: parsed each time, or empty', () => {
    expect(loadGeneralIdf(file, '').get('GDP')).toBe(8.25);
    const none = loadGeneralIdf(join(dir, 'missing.utf8'), '');
    expect([none.get('GDP'), none.median]).toEqual([undefined, 0]);
  });
});

