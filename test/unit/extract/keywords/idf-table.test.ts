// The policy IDF (or a user's --idf) read from a lookup table kept in the cache folder: the same numbers and tags as
// parsing the file, a table for each content of the file, and parsing whenever the table is missing, damaged or cannot
// be kept.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { cachedIdfEntries, idfOfParsed, idfOfTable, tableName, tableOfIdf, type ParsedIdf } from '../../../../src/extract/keywords/idf-table.js';
import { idfFromText, loadIdf, parseIdf } from '../../../../src/extract/keywords/idf.js';
import { medianOf } from '../../../../src/extract/keywords/general-idf.js';
import { dataPath } from '../../../../src/paths.js';

const dir = mkdtempSync(join(tmpdir(), 'policy-cli-idf-table-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TEXT = '# documents 12\n数字经济 2.5 n\n光伏 1.25 n\n推动 0.5 v\nGDP 3 eng\n𠮷野 4.75\n光伏 1.5 nz\n岗上 1\n';

function parsed(text: string): ParsedIdf {
  const { entries, documents } = parseIdf(text);
  const values = [...entries.values()].map((e) => e.idf);
  return { entries, documents, median: medianOf(values), max: Math.max(0, ...values) };
}

/** A table as readFileSync gives it back: a buffer of its own. */
const asRead = (table: Uint8Array) => new Uint8Array(Buffer.from(table));
const TERMS = ['数字经济', '光伏', '推动', 'GDP', '𠮷野', '岗上', '岗', '光', '发展', '', '数字经济 '];

describe('the IDF table', () => {
  const file = parsed(TEXT);
  const table = idfOfTable(asRead(tableOfIdf(file)!))!;
  const map = idfOfParsed(file);

  it.each(TERMS)('knows %j as the parsed file does', (term) => {
    // idfOnce and hasOnce first, which remember nothing: then idf from the table itself, then from the remembered entry.
    expect([table.idfOnce(term), map.idfOnce(term)]).toEqual([map.idf(term), map.idf(term)]);
    expect([table.hasOnce(term), map.hasOnce(term)]).toEqual([map.has(term), map.has(term)]);
    expect([table.idf(term), table.has(term), table.tag(term)]).toEqual([map.idf(term), map.has(term), map.tag(term)]);
    expect(table.idfOnce(term)).toBe(map.idf(term));
    // Asked again (from the remembered entry): the same.
    expect([table.idf(term), table.has(term), table.tag(term)]).toEqual([map.idf(term), map.has(term), map.tag(term)]);
  });

  it('keeps the median, the largest value and the document count', () => {
    expect([table.median, table.max, table.documents]).toEqual([2, 4.75, 12]);
    expect(map.tag('光伏')).toBe('nz'); // the later line wins
  });

  it('holds a file without terms', () => {
    const empty = idfOfTable(asRead(tableOfIdf(parsed('# documents 3\n'))!))!;
    expect([empty.idf('光伏'), empty.has('光伏'), empty.median, empty.max, empty.documents]).toEqual([undefined, false, 0, 0, 3]);
  });

  it.each([
    ['empty', () => new Uint8Array(0)],
    ['cut short', (t: Uint8Array) => t.slice(0, t.length - 8)],
    ['of another version', (t: Uint8Array) => ((t[4] = 9), t)],
    ['changed in a value', (t: Uint8Array) => ((t[70] ^= 1), t)],
    ['changed in a word', (t: Uint8Array) => ((t[t.length - 40] ^= 1), t)],
  ])('is refused when %s', (_, spoil) => {
    expect(idfOfTable(asRead(spoil(asRead(tableOfIdf(file)!))))).toBeUndefined();
  });

  it('is not made for a file with more tags than a byte numbers', () => {
    const text = Array.from({ length: 300 }, (_, i) => `词${i} 1 t${i}`).join('\n');
    expect(tableOfIdf(parsed(text))).toBeUndefined();
  });

  it('is named after the file\'s bytes', () => {
    expect(tableName(Buffer.from(TEXT))).toBe(tableName(Buffer.from(TEXT)));
    expect(tableName(Buffer.from(TEXT))).not.toBe(tableName(Buffer.from(TEXT.replace('2.5', '2.6'))));
    expect(tableName(Buffer.from(TEXT))).toMatch(/^idf-[0-9a-f]{20}\.bin$/);
  });
});

describe('cachedIdfEntries(source, parse, dir)', () => {
  const source = Buffer.from(TEXT);

  it('parses and saves at the first load, reads the table at the next', () => {
    const cache = join(dir, 'cache');
    mkdirSync(cache);
    const parse = vi.fn(() => parsed(TEXT));
    const first = cachedIdfEntries(source, parse, cache);
    expect(parse).toHaveBeenCalledTimes(1);
    expect(readdirSync(cache)).toEqual([tableName(source)]);
    const second = cachedIdfEntries(source, parse, cache);
    expect(parse).toHaveBeenCalledTimes(1);
    for (const term of TERMS) expect([second.idf(term), second.tag(term)]).toEqual([first.idf(term), first.tag(term)]);

    // Another content of the file has a table of its own.
    const edited = TEXT.replace('2.5', '2.75');
    expect(cachedIdfEntries(Buffer.from(edited), () => parsed(edited), cache).idf('数字经济')).toBe(2.75);
    expect(readdirSync(cache)).toHaveLength(2);

    // A damaged table is parsed again (and replaced).
    const path = join(cache, tableName(source));
    const spoilt = readFileSync(path);
    spoilt[80] ^= 1;
    writeFileSync(path, spoilt);
    expect(cachedIdfEntries(source, parse, cache).idf('光伏')).toBe(1.5);
    expect(parse).toHaveBeenCalledTimes(2);
    expect(idfOfTable(new Uint8Array(readFileSync(path)))).toBeDefined();
  });

  it('without a cache folder, or one that cannot be made: parsed each time, and no error', () => {
    const parse = vi.fn(() => parsed(TEXT));
    expect(cachedIdfEntries(source, parse, '').idf('GDP')).toBe(3);
    const blocked = join(dir, 'a-file');
    writeFileSync(blocked, '');
    expect(cachedIdfEntries(source, parse, join(blocked, 'cache')).idf('GDP')).toBe(3);
    expect(cachedIdfEntries(source, parse, join(blocked, 'cache')).idf('GDP')).toBe(3);
    expect(parse).toHaveBeenCalledTimes(3);
  });

  it('throws what parsing throws', () => {
    expect(() => loadIdf(join(dir, 'missing.idf'), { cacheDir: join(dir, 'cache') })).toThrow(/cannot read IDF file/);
    const bad = join(dir, 'bad.idf');
    writeFileSync(bad, '光伏 x\n');
    expect(() => loadIdf(bad, { cacheDir: join(dir, 'cache') })).toThrow(/line 1 is not "word idf"/);
  });
});

describe('loadIdf of the built-in policy IDF', () => {
  it('gives from its table what parsing the file gives', () => {
    const cache = join(dir, 'built-in');
    const text = readFileSync(dataPath('policy-idf.txt'), 'utf8');
    const parsedIdf = idfFromText(text, 'policy-idf.txt', { fallback: false });
    loadIdf(undefined, { cacheDir: cache, fallback: false }); // saves the table
    const fromTable = loadIdf(undefined, { cacheDir: cache, fallback: false });
    expect(readdirSync(cache)).toHaveLength(1);
    expect([fromTable.median, fromTable.documents]).toEqual([parsedIdf.median, parsedIdf.documents]);
    const words = [...parseIdf(text).entries.keys()];
    for (const word of [...words.filter((_, i) => i % 7 === 0), '不在表里的词', '高质量发展']) {
      expect([fromTable.get(word), fromTable.has(word), fromTable.tag(word)]).toEqual([parsedIdf.get(word), parsedIdf.has(word), parsedIdf.tag(word)]);
    }
  });
});
