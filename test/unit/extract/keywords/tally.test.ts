// Tallies: each key's occurrences and documents in one slot (the keyword statistics' tables).
import { describe, expect, it } from 'vitest';
import { addTally, copyTally, countInDocument, countsOf, docsOf, hasKey, newTally, pruneTally, tallySize, type Tally } from '../../../../src/extract/keywords/tally.js';

/** A tally of [key, document] occurrences, counted in order. */
function tallyOf(occurrences: [string, number][]): Tally {
  const tally = newTally(1);
  for (const [key, doc] of occurrences) countInDocument(tally, key, doc);
  return tally;
}

const figures = (tally: Tally) => [...countsOf(tally)].map(([key, n]) => [key, n, docsOf(tally, key)]);

describe('countInDocument', () => {
  it.each<[string, [string, number][], (string | number)[][]]>([
    ['a document counts a key once in docs', [['光伏', 1], ['光伏', 1], ['光伏', 2]], [['光伏', 3, 2]]],
    ['keys stay in the order first counted', [['储能', 1], ['光伏', 1], ['储能', 2]], [['储能', 2, 2], ['光伏', 1, 1]]],
    // past the first capacity (one slot here), the table grows and keeps every figure
    ['grows', [['甲', 1], ['乙', 1], ['丙', 2], ['甲', 3]], [['甲', 2, 2], ['乙', 1, 1], ['丙', 1, 1]]],
  ])('%s', (_, occurrences, expected) => {
    expect(figures(tallyOf(occurrences))).toEqual(expected);
  });
});

describe('the index of keys', () => {
  it('finds every key of a tally grown far past its first size, and none it does not hold', () => {
    // 5,000 keys from one table of 16 pairs: the index doubles nine times; keys of one and of several units.
    const keys = Array.from({ length: 5000 }, (_, i) => (i % 2 ? String.fromCharCode(0x4e00 + i) : `光伏 ${i}`));
    const tally = newTally();
    keys.forEach((key, i) => {
      for (let n = 0; n <= i % 3; n++) countInDocument(tally, key, 1);
    });
    expect(tallySize(tally)).toBe(5000);
    expect(keys.every((key, i) => countsOf(tally).get(key) === (i % 3) + 1)).toBe(true);
    expect(tally.keys).toEqual(keys);
    expect([hasKey(tally, '光伏 4999'), hasKey(tally, '光伏 5000'), hasKey(tally, ''), countsOf(tally).get('储能')]).toEqual([false, false, false, undefined]);
  });
});

describe('addTally', () => {
  it('adds counts and documents, and carries the marks of the document a merge continues', () => {
    const into = tallyOf([['光伏', 1], ['储能', 1]]);
    const from = tallyOf([['光伏', 1], ['氢能', 2]]);
    // from's document 2 goes on as into's document 3: 氢能 is marked counted in it, 光伏 (from's document 1) is not
    addTally(into, from, 2, 3);
    expect(figures(into)).toEqual([['光伏', 2, 2], ['储能', 1, 1], ['氢能', 1, 1]]);
    countInDocument(into, '氢能', 3);
    countInDocument(into, '光伏', 3);
    expect(figures(into)).toEqual([['光伏', 3, 3], ['储能', 1, 1], ['氢能', 2, 1]]);
    expect(figures(from)).toEqual([['光伏', 1, 1], ['氢能', 1, 1]]);
  });

  it('leaves a copy alone', () => {
    const tally = tallyOf([['光伏', 1]]);
    const copy = copyTally(tally);
    countInDocument(tally, '光伏', 2);
    expect(figures(copy)).toEqual([['光伏', 1, 1]]);
  });
});

describe('pruneTally', () => {
  it('drops the keys seen least until the room is kept, says which and how many', () => {
    const tally = tallyOf([['甲', 1], ['乙', 1], ['乙', 2], ['丙', 1], ['丙', 2], ['丙', 3], ['丁', 1]]);
    const dropped: string[] = [];
    expect(pruneTally(tally, 1, (key) => dropped.push(key))).toBe(3);
    expect(dropped).toEqual(['甲', '丁', '乙']);
    expect(figures(tally)).toEqual([['丙', 3, 3]]);
  });

  it('drops nothing within the room', () => {
    const tally = tallyOf([['甲', 1]]);
    expect(pruneTally(tally, 1)).toBe(0);
    expect(figures(tally)).toEqual([['甲', 1, 1]]);
  });
});

describe('countsOf', () => {
  it('is one live view per tally', () => {
    const tally = tallyOf([['光伏', 1]]);
    const view = countsOf(tally);
    expect(countsOf(tally)).toBe(view);
    countInDocument(tally, '储能', 1);
    expect([view.get('储能'), view.has('光伏'), view.get('氢能'), view.size]).toEqual([1, true, undefined, 2]);
  });
});
