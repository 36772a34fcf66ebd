// Runs a task over every file, in this thread or spread over worker threads, and hands results back in input order
// so that output is the same whatever the number of jobs.
import { freemem } from 'node:os';
import type { InputFile } from '../corpus/inputs.js';
import { loadCommand } from '../commands/command.js';
import type { FileResult, InputFormat, TaskOptions } from './task.js';
import type { BatchJob, BatchReply } from './batch-job.js';
import { engineName, preloadSharedSegmenter } from '../nlp/segmenter.js';
import { inShard } from '../corpus/shard.js';

export type ResultHandler = (result: FileResult) => void | Promise<void>;

/**
 * How many batches a thread may be handed past the first not yet delivered, which all wait for it (bounds memory).
 * A thread's queue and a long file in it hold up the delivery of every batch after them, and the other threads
 * then stop: with 4 a thread, the main thread went idle for a sixth of a `numbers -j2` run, with 16 for 3–6 % of
 * `entities` and `numbers` over 103 MB. A file's result waits as its rows' text and what it adds to a total (a few kB);
 * a batch merged in its worker (Aggregation.inWorker: keywords, compare) as the batch's counts (MBs), so it keeps the
 * shorter reach.
 */
const AHEAD_PER_THREAD = { rows: 64, merging: 16 } as const;

/**
 * Files per batch. Commands whose partial results merge in the worker (keywords, compare) hand out batches of up to
 * 8 files: the main thread then merges and the worker sends a batch's vocabulary once, not each file's (merging was
 * a fifth of the main thread's time, and that thread shares the cores with the workers). Row commands go file by
 * file. The size depends on the files alone, never on --jobs, so every --jobs merges the same batches the same way.
 */
export function batchSize(mergesInWorker: boolean, fileCount: number): number {
  if (!mergesInWorker) return 1;
  return Math.min(8, Math.max(1, Math.floor(fileCount / 32)));
}

/**
 * Records of a JSON Lines file per batch: enough that a worker is not sent one short record at a time, few enough that
 * the batches read ahead stay small. Fixed, like batchSize, so that every --jobs merges the same batches.
 */
export const RECORDS_PER_BATCH = 64;

/** Is this input a JSON Lines file: --input-format jsonl, else a `.jsonl` name. */
export function isJsonLines(file: InputFile, format?: InputFormat): boolean {
  if (format !== undefined) return format === 'jsonl';
  return file.path !== '-' && /\.jsonl$/i.test(file.path);
}

/**
 * The batches of a run, in input order, made as they are asked for: files `size` at a time, and the records of a JSON
 * Lines file RECORDS_PER_BATCH at a time, read from the file only as the batches before them are handed out. Records
 * outside --shard are skipped here, as they are read (files outside it never reach the run).
 *
 * `eager` (row commands, whose output cannot depend on how records are batched): a batch goes as soon as the next
 * record is not there yet, so a stream that pauses (a pipe fed record by record) gets its rows without waiting for 63
 * more records. Aggregating commands keep fixed batches: they merge batch by batch, the same way for every --jobs.
 */
export async function* batchesOf(
  files: InputFile[],
  size: number,
  options: Pick<TaskOptions, 'inputFormat' | 'fields' | 'shard'>,
  eager = false,
): AsyncGenerator<InputFile[]> {
  let batch: InputFile[] = [];
  for (const file of files) {
    if (!isJsonLines(file, options.inputFormat)) {
      batch.push(file);
      if (batch.length >= size) {
        yield batch;
        batch = [];
      }
      continue;
    }
    if (batch.length > 0) yield batch;
    batch = [];
    const { recordsOf } = await import('../corpus/jsonl.js');
    const records = recordsOf(file, options.fields)[Symbol.asyncIterator]();
    for (;;) {
      const pending = records.next();
      if (eager && batch.length > 0 && !(await settlesNow(pending))) {
        yield batch;
        batch = [];
      }
      const next = await pending;
      if (next.done) break;
      if (!inShard(next.value.doc, options.shard)) continue;
      batch.push(next.value);
      if (batch.length >= RECORDS_PER_BATCH) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length > 0) yield batch;
    batch = [];
  }
  if (batch.length > 0) yield batch;
}

/**
 * Does `promise` settle before the event loop turns (that is, without waiting for I/O)? Records already read sit in
 * the stream's buffer and settle through microtasks; a record still to come from a pipe does not.
 */
async function settlesNow(promise: Promise<unknown>): Promise<boolean> {
  let settled = false;
  const mark = () => {
    settled = true;
  };
  promise.then(mark, mark);
  await new Promise<void>((resolve) => setImmediate(resolve));
  return settled;
}

/** The inputs a run over `files` reads whole under --shard: files that are not JSON Lines (their records are sharded one by one). */
export function filesInShard(files: InputFile[], options: Pick<TaskOptions, 'inputFormat' | 'shard'>): InputFile[] {
  if (!options.shard) return files;
  return files.filter((file) => isJsonLines(file, options.inputFormat) || inShard(file.doc, options.shard));
}

/**
 * Memory one worker needs. With our binding the segmenter is built once per process and shared, so a worker needs
 * its own heap and little else; nodejieba's load() builds two tries per worker (the segmenter's and a TextRank
 * extractor's it always builds), ~290 MB that threads cannot share.
 */
export const WORKER_MEMORY = { native: 150 * 2 ** 20, nodejieba: 350 * 2 ** 20 } as const;

/** How many workers the free memory can hold (at least one: the main thread then does the work itself). */
export function affordableWorkers(free = freemem(), perWorker: number = WORKER_MEMORY[engineName()]): number {
  return Math.max(1, Math.floor(free / perWorker));
}

export async function runFiles(files: InputFile[], options: TaskOptions, jobs: number, onResult: ResultHandler): Promise<void> {
  // More workers than memory allows would swap or be killed; fewer only cost time, never change the output.
  // The command's module: in this thread already imported by the CLI, in a worker imported once.
  const command = await loadCommand(options.command);
  const size = batchSize(Boolean(command.aggregate?.inWorker) && !options.collapseReprints, files.length);
  const batches = batchesOf(files, size, options, !command.aggregate);
  // JSON Lines files hold any number of records: as many workers as asked for.
  const streamed = files.some((f) => isJsonLines(f, options.inputFormat));
  const workers = Math.min(jobs, streamed ? jobs : Math.ceil(files.length / size), affordableWorkers());
  // Standard input belongs to this thread (records read from it here are sent on like any other); one file gains
  // nothing from a worker that must load the segmenter again.
  if (workers <= 1 || files.some((f) => f.path === '-' && !isJsonLines(f, options.inputFormat))) {
    // Imported here: with workers, this thread never runs the extractors, and loading them delayed the workers' start.
    const { processBatch } = await import('./process-file.js');
    for await (const batch of batches) for (const result of await processBatch(batch, options, command, onResult)) await onResult(result);
    return;
  }
  await runInWorkers(batches, options, workers, onResult, command.aggregate?.inWorker ? AHEAD_PER_THREAD.merging : AHEAD_PER_THREAD.rows);
}

/**
 * Batches a worker thread holds at once: the one it works on and those after, so that it never waits for the main
 * thread to hand it work. The main thread works on batches of its own (local-worker.ts) and answers only between two
 * of them, up to a long file's time later.
 */
const QUEUED_PER_THREAD = 8;
/** This thread holds one batch at a time: the next goes to whoever is free first. */
const QUEUED_HERE = 1;

/** A member of the pool: a worker thread, or this thread itself (LocalWorker). */
interface Member {
  postMessage(job: BatchJob): void;
  on(event: 'message', listener: (reply: BatchReply) => void): unknown;
  terminate(): Promise<number>;
}

async function runInWorkers(batches: AsyncGenerator<InputFile[]>, options: TaskOptions, count: number, onResult: ResultHandler, ahead: number): Promise<void> {
  // Imported here: a run in one thread (most small runs) never loads worker_threads.
  const { Worker } = await import('node:worker_threads');
  /** Results come in per batch, or a piece at a time for a big file: a batch is delivered as far as it has come. */
  const pending = new Map<number, FileResult[]>();
  const complete = new Set<number>();
  let nextToHand = 0;
  let nextToDeliver = 0;
  /** How many batches there are, once the last has been made. */
  let total: number | undefined;
  let delivering = Promise.resolve();
  const pool: Member[] = [];
  // A worker must never be terminated inside the segmenter (loading or cutting): nodejieba's addon then throws a C++
  // exception that aborts the whole process. So a pool stops by handing out no more work and waiting for its busy
  // workers, whichever binding segments.
  /** Batches each worker holds and has not answered yet. */
  const held = new Map<Member, number>();
  /** How many batches each member may hold. */
  const room = new Map<Member, number>();
  /** Called when a worker has answered all it held. */
  const whenIdle = new Map<Member, () => void>();
  let stopped = false;
  const stop = async () => {
    stopped = true;
    await Promise.all(
      pool.filter((w) => (held.get(w) ?? 0) > 0).map((w) => new Promise<void>((resolve) => whenIdle.set(w, resolve))),
    );
    await Promise.all(pool.map((w) => w.terminate()));
    // A run stopped early (--strict, a failure) closes the JSON Lines file it was reading.
    // Not awaited: a generator waiting on standard input would hold the run until more bytes came.
    void batches.return(undefined).catch(() => {});
  };

  await new Promise<void>((resolve, reject) => {
    let failed = false;
    const fail = (error: Error) => {
      if (failed) return;
      failed = true;
      reject(error);
    };
    const finished = () => {
      if (total !== undefined && nextToDeliver === total) resolve();
    };
    /** The least busy worker that may take one more batch, if the look-ahead allows one. */
    const taker = (): Member | undefined => {
      if (nextToHand >= nextToDeliver + count * ahead) return undefined;
      let best: Member | undefined;
      for (const w of pool) if (held.get(w)! < room.get(w)! && (!best || held.get(w)! < held.get(best)!)) best = w;
      return best;
    };
    /**
     * Hand out batches while workers have room. Batches are made as they are handed out (JSON Lines records are read
     * here), one pump at a time; a pump that is running picks up the room made while it waited.
     */
    let pumping = false;
    const pump = async () => {
      if (pumping) return;
      pumping = true;
      try {
        while (!stopped && !failed && total === undefined && taker() !== undefined) {
          const next = await batches.next();
          if (next.done) {
            total = nextToHand;
            break;
          }
          // Only this pump hands out work, so some worker still has room; the least busy one now takes it.
          const worker = taker() ?? pool[0]!;
          const index = nextToHand++;
          held.set(worker, (held.get(worker) ?? 0) + 1);
          worker.postMessage({ index, files: next.value });
        }
      } catch (error) {
        fail(error as Error);
      } finally {
        pumping = false;
      }
      finished();
    };
    const answered = (worker: Member) => {
      const left = (held.get(worker) ?? 1) - 1;
      held.set(worker, left);
      if (left === 0) whenIdle.get(worker)?.();
    };
    const deliver = () => {
      delivering = delivering.then(async () => {
        for (let results = pending.get(nextToDeliver); results; results = pending.get(nextToDeliver)) {
          // Taken out first: pieces that arrive meanwhile are delivered in the next round.
          const ready = results.splice(0);
          for (const result of ready) await onResult(result);
          if (results.length > 0) continue;
          if (!complete.has(nextToDeliver)) break;
          pending.delete(nextToDeliver);
          complete.delete(nextToDeliver);
          nextToDeliver++;
        }
        // Room opened up ahead: top up the workers.
        void pump();
        finished();
      }).catch(fail);
    };
    const join = (member: Member, batches: number) => {
      pool.push(member);
      held.set(member, 0);
      room.set(member, batches);
      member.on('message', (reply: BatchReply) => {
        if (!reply.more) answered(member);
        if (stopped) return;
        if (reply.failure) {
          const error = new Error(reply.failure.message);
          error.stack = reply.failure.stack;
          return fail(error);
        }
        const results = pending.get(reply.index);
        if (results) results.push(...reply.results!);
        else pending.set(reply.index, [...reply.results!]);
        if (!reply.more) {
          complete.add(reply.index);
          void pump();
        }
        deliver();
      });
    };
    for (let i = 1; i < count; i++) {
      const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: options });
      join(worker, QUEUED_PER_THREAD);
      worker.on('error', (error) => {
        held.set(worker, 0);
        whenIdle.get(worker)?.();
        fail(error);
      });
    }
    // This thread joins once it has imported the extractors, the threads meanwhile starting up with their first batches.
    Promise.all([import('./local-worker.js'), loadCommand(options.command)])
      .then(([{ LocalWorker }, command]) => {
        if (stopped || failed) return;
        join(new LocalWorker(options, command), QUEUED_HERE);
        void pump();
      })
      .catch(fail);
    void pump();
    // The workers now start up and read their first files; the shared segmenter loads meanwhile (~0.35 s).
    try {
      preloadSharedSegmenter(options.dicts);
    } catch (error) {
      fail(error as Error);
    }
  }).finally(stop);
}
