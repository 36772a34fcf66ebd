// A run's total with its merges put off and made in runs: the same merges in the same order, made once enough weight
// waits or when the total is read.
import { describe, expect, it } from 'vitest';
import { mergeRuns, runTotal } from '../../../src/pipeline/merge-runs.js';
import type { Aggregation } from '../../../src/commands/command.js';

/** Results are lists of numbers; the total records what it merged, in order, and each merge's size. */
function recording(weighs: boolean): { aggregate: Aggregation<number[]>; merges: number[][] } {
  const merges: number[][] = [];
  const aggregate: Aggregation<number[]> = {
    empty: () => [],
    merge: (into, from) => {
      merges.push([...from]);
      into.push(...from);
    },
    ...(weighs && { mergeWeight: (from: number[]) => from.length }),
  };
  return { aggregate, merges };
}

describe('runTotal', () => {
  it.each([
    // results, run weight, merges made before the total is read
    { results: [[1], [2, 3], [4]], weight: 10, before: 0 },
    { results: [[1], [2, 3], [4]], weight: 3, before: 2 },
    { results: [[1, 2, 3, 4]], weight: 3, before: 1 },
    { results: [[1], [2], [3], [4]], weight: 2, before: 4 },
  ])('merges $results in order, $before of them before the total is read (run weight $weight)', ({ results, weight, before }) => {
    const { aggregate, merges } = recording(true);
    const total = runTotal(aggregate, weight);
    for (const result of results) total.merge(result);
    expect(merges.length).toBe(before);
    expect(total.value()).toEqual([1, 2, 3, 4]);
    expect(merges).toEqual(results);
  });

  it('merges at once for a command that gives no weight', () => {
    const { aggregate, merges } = recording(false);
    const total = runTotal(aggregate, 100);
    total.merge([1]);
    total.merge([2]);
    expect(merges).toEqual([[1], [2]]);
    expect(total.value()).toEqual([1, 2]);
  });

  it('merges what came after the total was read on the next read', () => {
    const { aggregate } = recording(true);
    const total = runTotal(aggregate, 100);
    total.merge([1]);
    expect(total.value()).toEqual([1]);
    total.merge([2]);
    expect(total.value()).toEqual([1, 2]);
  });
});

describe('mergeRuns', () => {
  it('merges into the target it was given, what waits once flushed', () => {
    const { aggregate, merges } = recording(true);
    const into = [0];
    const runs = mergeRuns(aggregate, into, 3);
    runs.merge([1]);
    expect(into).toEqual([0]);
    runs.merge([2, 3]);
    expect(into).toEqual([0, 1, 2, 3]);
    runs.merge([4]);
    runs.flush();
    expect(into).toEqual([0, 1, 2, 3, 4]);
    expect(merges).toEqual([[1], [2, 3], [4]]);
  });
});
