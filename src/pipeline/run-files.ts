// Runs a task over every file, in this thread or spread over worker threads, and hands results back in input order
// so that output is the same whatever the number of jobs.
import { freemem } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { InputFile } from '../corpus/inputs.js';
import type { FileResult, TaskOptions } from './task.js';
import { processFile } from './process-file.js';

export type ResultHandler = (result: FileResult) => void | Promise<void>;

/** How many results may wait for an earlier, slower file before no more work is handed out (bounds memory). */
const AHEAD_PER_WORKER = 4;

/**
 * Memory one worker needs: nodejieba's load() reads its 5 MB dictionary into two tries (the segmenter's and a TextRank
 * extractor's it always builds), ~290 MB that threads cannot share, plus the worker's own heap.
 */
export const WORKER_MEMORY = 350 * 2 ** 20;

/** How many workers the free memory can hold (at least one: the main thread then does the work itself). */
export function affordableWorkers(free = freemem()): number {
  return Math.max(1, Math.floor(free / WORKER_MEMORY));
}

export async function runFiles(files: InputFile[], options: TaskOptions, jobs: number, onResult: ResultHandler): Promise<void> {
  // More workers than memory allows would swap or be killed; fewer only cost time, never change the output.
  const workers = Math.min(jobs, files.length, affordableWorkers());
  // Standard input belongs to this thread; one file gains nothing from a worker that must load the segmenter again.
  if (workers <= 1 || files.some((f) => f.path === '-')) {
    for (const file of files) await onResult(await processFile(file, options));
    return;
  }
  await runInWorkers(files, options, workers, onResult);
}

interface WorkerReply {
  index: number;
  result?: FileResult;
  failure?: { message: string; stack?: string };
}

async function runInWorkers(files: InputFile[], options: TaskOptions, count: number, onResult: ResultHandler): Promise<void> {
  const pending = new Map<number, FileResult>();
  let nextToHand = 0;
  let nextToDeliver = 0;
  let delivering = Promise.resolve();
  const pool: Worker[] = [];
  // A worker must never be terminated inside nodejieba (loading or cutting): the addon then throws a C++ exception that
  // aborts the whole process. So a pool stops by handing out no more work and waiting for its busy workers.
  /** Workers in the middle of a file, and how to learn that they are done with it. */
  const busy = new Map<Worker, { done: Promise<void>; finish: () => void }>();
  let stopped = false;
  const stop = async () => {
    stopped = true;
    await Promise.all([...busy.values()].map((b) => b.done));
    await Promise.all(pool.map((w) => w.terminate()));
  };

  await new Promise<void>((resolve, reject) => {
    let failed = false;
    const fail = (error: Error) => {
      if (failed) return;
      failed = true;
      reject(error);
    };
    const handOut = (worker: Worker) => {
      if (stopped || failed || nextToHand >= files.length || nextToHand >= nextToDeliver + count * AHEAD_PER_WORKER) return false;
      const index = nextToHand++;
      let finish = () => {};
      const done = new Promise<void>((r) => (finish = r));
      busy.set(worker, { done, finish });
      worker.postMessage({ index, file: files[index] });
      return true;
    };
    const idle: Worker[] = [];
    const deliver = () => {
      delivering = delivering.then(async () => {
        while (pending.has(nextToDeliver)) {
          const result = pending.get(nextToDeliver)!;
          pending.delete(nextToDeliver);
          nextToDeliver++;
          await onResult(result);
        }
        // Room opened up ahead: wake idle workers.
        while (idle.length > 0 && handOut(idle[idle.length - 1]!)) idle.pop();
        if (nextToDeliver === files.length) resolve();
      }).catch(fail);
    };
    for (let i = 0; i < count; i++) {
      const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: options });
      pool.push(worker);
      worker.on('message', (reply: WorkerReply) => {
        busy.get(worker)?.finish();
        busy.delete(worker);
        if (stopped) return;
        if (reply.failure) {
          const error = new Error(reply.failure.message);
          error.stack = reply.failure.stack;
          return fail(error);
        }
        pending.set(reply.index, reply.result!);
        if (!handOut(worker)) idle.push(worker);
        deliver();
      });
      worker.on('error', (error) => {
        busy.get(worker)?.finish();
        busy.delete(worker);
        fail(error);
      });
      if (!handOut(worker)) idle.push(worker);
    }
  }).finally(stop);
}
