// A worker thread: imports the task's command once, then processes the batches of files the main thread sends, one
// at a time and in the order sent (the main thread may send the next before this one is done).
import { parentPort, workerData } from 'node:worker_threads';
import { loadCommand } from '../commands/command.js';
import type { TaskOptions } from './task.js';
import { answerJob, senderFor, type BatchJob } from './batch-job.js';

const options = workerData as TaskOptions;
const command = loadCommand(options.command);
const sender = senderFor(options);

let queue: Promise<void> = Promise.resolve();

parentPort!.on('message', (job: BatchJob) => {
  queue = queue.then(async () => answerJob(job, options, await command, await sender, (reply) => parentPort!.postMessage(reply)));
});
