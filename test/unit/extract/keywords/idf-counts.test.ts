// IdfBuilder as counts (--emit counts / --from-counts): records read back into a builder give the same IDF file, and
// any split of the documents into shards, counted apart and merged from their records, gives the IDF of one run.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IdfBuilder } from '../../../../src/extract/keywords/idf.js';
import type { Token } from '../../../../src/types.js';

const WORDS = ['发展', '改革', '营商环境', '高质量发展', '乡村振兴', 'AI', '数字经济'];
const TAGS = ['n', 'v', 'vn', 'nz'];

const documentArb = fc.array(fc.record({ word: fc.constantFrom(...WORDS), tag: fc.option(fc.constantFrom(...TAGS), { nil: undefined }) }), { maxLength: 12 });

function tokens(doc: Array<{ word: string; tag?: string }>): Token[] {
  return doc.map(({ word, tag }, i) => (tag ? { word, start: i, end: i + 1, tag } : { word, start: i, end: i + 1 }));
}

function throughRecords(builder: IdfBuilder, into = new IdfBuilder()): IdfBuilder {
  for (const record of builder.countRecords()) into.addCountRecord(JSON.parse(JSON.stringify(record)) as Record<string, unknown>);
  return into;
}

describe('IdfBuilder counts', () => {
  it('writes the document count first, then words in code-point order with their tag counts', () => {
    const builder = new IdfBuilder();
    builder.addDocument(tokens([{ word: '营商环境', tag: 'n' }, { word: '发展', tag: 'v' }, { word: '发展', tag: 'vn' }]));
    builder.addDocument(tokens([{ word: '发展' }]));
    expect([...builder.countRecords()]).toEqual([
      { documents: 2 },
      { term: '发展', df: 2, tags: { v: 1, vn: 1 } },
      { term: '营商环境', df: 1, tags: { n: 1 } },
    ]);
  });

  it('merged from any split into shards, gives the IDF of one run', () => {
    fc.assert(
      fc.property(fc.array(documentArb, { maxLength: 20 }), fc.integer({ min: 1, max: 5 }), fc.integer(), (docs, shards, seed) => {
        const whole = new IdfBuilder();
        const parts = Array.from({ length: shards }, () => new IdfBuilder());
        docs.forEach((doc, i) => {
          whole.addDocument(tokens(doc));
          parts[Math.abs(seed + i * 7919) % shards]!.addDocument(tokens(doc));
        });
        const merged = new IdfBuilder();
        for (const part of parts) throughRecords(part, merged);
        expect(merged.toText()).toBe(whole.toText());
      }),
    );
  });

  it.each<[Record<string, unknown>, RegExp]>([
    [{}, /needs "documents" or "term"/],
    [{ documents: -1 }, /"documents" must be a whole number/],
    [{ documents: 1.5 }, /"documents" must be a whole number/],
    [{ term: '发展', df: '2' }, /"df" must be a whole number/],
    [{ term: '发展', df: 2, tags: 'n' }, /"tags" must be an object/],
    [{ term: '发展', df: 2, tags: { n: null } }, /"tags.n" must be a whole number/],
  ])('refuses %j', (record, message) => {
    expect(() => new IdfBuilder().addCountRecord(record)).toThrow(message);
  });
});
