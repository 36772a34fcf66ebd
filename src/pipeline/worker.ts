// A worker thread: imports the task's command once, then processes the batches of files the main thread sends, one
// at a time and in the order sent (the main thread may send the next before this one is done).
import { parentPort, workerData } from 'node:worker_threads';
import type { InputFile } from '../corpus/inputs.js';
import { loadCommand } from '../commands/command.js';
import type { FileResult, TaskOptions } from './task.js';
import { processBatch } from './process-file.js';
import { rowTexter } from './row-text.js';

const options = workerData as TaskOptions;
const command = loadCommand(options.command);
/** Rows go back as text where the run allows (row-text.ts), else as rows. */
const asSent = options.rowText ? rowTexter(options.rowText) : Promise.resolve((result: FileResult) => result);

type Job = { index: number; files: InputFile[] };

let queue: Promise<void> = Promise.resolve();

parentPort!.on('message', (job: Job) => {
  queue = queue.then(() => run(job));
});

async function run({ index, files }: Job): Promise<void> {
  try {
    // The pieces of a big file go back as they are made, so that its rows stream.
    const sent = await asSent;
    const onPiece = (result: FileResult) => parentPort!.postMessage({ index, results: [sent(result)], more: true });
    const results = await processBatch(files, options, await command, onPiece);
    parentPort!.postMessage({ index, results: results.map(sent) });
  } catch (error) {
    const e = error as Error;
    parentPort!.postMessage({ index, failure: { message: e.message, stack: e.stack } });
  }
}
