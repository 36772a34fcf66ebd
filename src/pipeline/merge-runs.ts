// Merges of results made in runs. Merging a result walks the total's tables (keywords: a map of some 200,000 n-grams),
// and the files read and cut between two results push those tables out of the processor's caches, so each merge paid
// a cache miss at nearly every key. A command that says what a result weighs (Aggregation.mergeWeight) has its results
// put off until MERGE_RUN_WEIGHT of them wait, then merged one after another while the tables stay cached: into the
// run's total in the main thread, and into the first result of a batch where the batch merges (process-file.ts). The
// merges are the same, in the same order: only when they are made changes.
import type { Aggregation } from '../commands/command.js';

/**
 * Weight of the results put off before they are merged: about 100,000 keys, a few MB held (on the 9 MB corpus, some 60
 * files of `keywords`); a result heavier than that is merged at once, as before.
 */
export const MERGE_RUN_WEIGHT = 100_000;

export interface MergeRuns<Partial> {
  /** Merge a later result (in input order) into the target, now or in the next run of merges. */
  merge(from: Partial): void;
  /** Make the merges still waiting. */
  flush(): void;
}

/** Merges into `into`, in runs (see above). */
export function mergeRuns<Partial>(aggregate: Aggregation<Partial>, into: Partial, runWeight = MERGE_RUN_WEIGHT): MergeRuns<Partial> {
  let waiting: Partial[] = [];
  let weight = 0;
  const flush = (): void => {
    const results = waiting;
    waiting = [];
    weight = 0;
    for (const from of results) aggregate.merge(into, from);
  };
  return {
    merge(from) {
      if (!aggregate.mergeWeight) {
        aggregate.merge(into, from);
        return;
      }
      waiting.push(from);
      weight += aggregate.mergeWeight(from);
      if (weight >= runWeight) flush();
    },
    flush() {
      if (waiting.length > 0) flush();
    },
  };
}

export interface RunTotal<Partial> {
  /** Merge a later result (in input order), now or in the next run of merges. */
  merge(from: Partial): void;
  /** The total, every result merged. */
  value(): Partial;
}

/** A run's total, its merges made in runs. */
export function runTotal<Partial>(aggregate: Aggregation<Partial>, runWeight = MERGE_RUN_WEIGHT): RunTotal<Partial> {
  const total = aggregate.empty();
  const runs = mergeRuns(aggregate, total, runWeight);
  return {
    merge: (from) => runs.merge(from),
    value() {
      runs.flush();
      return total;
    },
  };
}
