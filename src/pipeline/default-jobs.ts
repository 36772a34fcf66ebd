// How many worker threads a run gets when --jobs is not given: one below a size of input, every core above it.
//
// A worker pays a fixed cost before its first file: its own JIT warm-up and caches, ~1.3 CPU-s (the segmenter's
// dictionary it shares with the process). The main thread and one worker, on input that takes C CPU-s alone, finish
// in about (C + 1.3) / 2 on two cores, so they gain only when C is well above that cost, and on a small input they lose
// (and hold ~70 MB more). The threshold is where two threads measured faster than one (README, Performance).
import { stat } from 'node:fs/promises';
import type { InputFile } from '../corpus/inputs.js';

/** Input below this many bytes runs in one thread unless --jobs says otherwise. */
export const PARALLEL_FROM_BYTES = 20 * 2 ** 20;

/**
 * The default --jobs for `inputBytes` of input on `cores` cores: 1 below PARALLEL_FROM_BYTES or when the size is
 * unknown, else the cores.
 */
export function defaultJobs(inputBytes: number | undefined, cores: number): number {
  if (inputBytes === undefined || !(inputBytes >= PARALLEL_FROM_BYTES)) return 1;
  return Math.max(1, Math.floor(cores));
}

/**
 * The inputs' size on disk, summed only as far as `enough` (a run over many files need not stat them all); standard
 * input and files that cannot be read count as nothing (what cannot be measured is taken as small).
 */
export async function inputBytes(files: InputFile[], enough = PARALLEL_FROM_BYTES): Promise<number> {
  let total = 0;
  const seen = new Set<string>();
  for (const file of files) {
    if (total >= enough) break;
    if (file.path === '-' || seen.has(file.path)) continue; // JSON Lines records share their file
    seen.add(file.path);
    try {
      total += (await stat(file.path)).size;
    } catch {
      // unreadable: reported when it is read
    }
  }
  return total;
}
