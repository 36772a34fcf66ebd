// The main thread as a member of the worker pool: it answers batches as a worker thread does, from the event loop.
import { describe, expect, it } from 'vitest';
import { LocalWorker } from '../../../src/pipeline/local-worker.js';
import type { BatchJob, BatchReply } from '../../../src/pipeline/batch-job.js';
import { runFiles } from '../../../src/pipeline/run-files.js';
import { taskOf, type FileResult } from '../../../src/pipeline/task.js';
import numbers from '../../../src/commands/numbers.js';
import type { InputFile } from '../../../src/corpus/inputs.js';

const SEEDS: InputFile[] = [
  { path: 'seeds/000_5ad3a02533805057.txt', doc: '000' },
  { path: 'seeds/does-not-exist.txt', doc: 'missing' },
  { path: 'seeds/002_7b22e6a93400afce.txt', doc: '002' },
];

/** Posts the jobs, then waits for one final reply per job. */
async function answers(worker: LocalWorker, jobs: BatchJob[]): Promise<BatchReply[]> {
  const replies: BatchReply[] = [];
  const done = new Promise<void>((resolve) => {
    worker.on('message', (reply) => {
      replies.push(reply);
      if (replies.filter((r) => !r.more).length === jobs.length) resolve();
    });
  });
  for (const job of jobs) worker.postMessage(job);
  await done;
  return replies;
}

describe('LocalWorker', () => {
  const task = taskOf(numbers, { kinds: ['amount', 'percent'] }, { dicts: [] });

  it('answers each batch in the order handed out, with the results a run in one thread makes', async () => {
    const alone: FileResult[] = [];
    await runFiles(SEEDS, task, 1, (result) => {
      alone.push(result);
    });
    const replies = await answers(new LocalWorker(task, numbers), [
      { index: 0, files: SEEDS.slice(0, 2) },
      { index: 1, files: SEEDS.slice(2) },
    ]);
    expect(replies.map((r) => [r.index, r.results!.map((x) => x.file.doc)])).toEqual([
      [0, ['000', 'missing']],
      [1, ['002']],
    ]);
    const results = replies.flatMap((r) => r.results!);
    expect(results.map((r) => r.rows)).toEqual(alone.map((r) => r.rows));
    expect(results[0]!.rows.length).toBeGreaterThan(0);
    expect(results[1]!.error).toBe(alone[1]!.error);
  });

  it('starts a batch from the event loop, never inside the call that hands it out', async () => {
    const worker = new LocalWorker(task, numbers);
    const replies: BatchReply[] = [];
    const answered = new Promise((resolve) => worker.on('message', (reply) => resolve(replies.push(reply))));
    worker.postMessage({ index: 0, files: SEEDS.slice(0, 1) });
    expect(replies).toEqual([]);
    await answered;
    expect(replies.map((r) => [r.index, r.results!.length])).toEqual([[0, 1]]);
  });

  it('replies a failure instead of throwing, and drops the batches not started when terminated', async () => {
    const worker = new LocalWorker(task, numbers);
    const [failed] = await answers(worker, [{ index: 3, files: null as unknown as InputFile[] }]);
    expect(failed).toMatchObject({ index: 3, failure: { message: expect.any(String) } });
    const replies: BatchReply[] = [];
    worker.on('message', (reply) => replies.push(reply));
    worker.postMessage({ index: 4, files: SEEDS.slice(0, 1) });
    await worker.terminate();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(replies).toEqual([]);
  });
});
