// inOrder: a lazy sort, which must give what a stable sort gives.
import { describe, expect, it } from 'vitest';
import { inOrder } from '../../../../src/extract/keywords/in-order.js';

const byScore = (a: { score: number }, b: { score: number }) => b.score - a.score;

describe('inOrder', () => {
  it.each<[string, number[]]>([
    ['nothing', []],
    ['one', [3]],
    ['ties keep the items order', [2, 5, 2, 5, 1, 2]],
    ['already sorted', [9, 8, 7, 6]],
    ['reversed', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]],
  ])('%s: the order of a stable sort', (_, scores) => {
    const items = scores.map((score, id) => ({ score, id }));
    expect([...inOrder(items, byScore)]).toEqual([...items].sort(byScore));
  });

  it('gives the first items without ordering the rest, and leaves the items alone', () => {
    const items = Array.from({ length: 1000 }, (_, id) => ({ score: (id * 7919) % 1000, id }));
    const before = [...items];
    const first: number[] = [];
    for (const item of inOrder(items, byScore)) {
      first.push(item.score);
      if (first.length === 3) break;
    }
    expect(first).toEqual([999, 998, 997]);
    expect(items).toEqual(before);
  });
});
