// A worker thread: loads the segmenter once, then processes the files the main thread sends, one at a time.
import { parentPort, workerData } from 'node:worker_threads';
import type { InputFile } from '../corpus/inputs.js';
import type { TaskOptions } from './task.js';
import { processFile } from './process-file.js';

const options = workerData as TaskOptions;

parentPort!.on('message', async ({ index, file }: { index: number; file: InputFile }) => {
  try {
    const result = await processFile(file, options);
    parentPort!.postMessage({ index, result });
  } catch (error) {
    const e = error as Error;
    parentPort!.postMessage({ index, failure: { message: e.message, stack: e.stack } });
  }
});
