// One batch of files handed to a member of the pool (a worker thread, or the main thread itself), and the replies it
// sends back: the results as they are made, then the end of the batch, or its failure.
import type { InputFile } from '../corpus/inputs.js';
import type { AnyCommand } from '../commands/command.js';
import type { FileResult, TaskOptions } from './task.js';
import { processBatch } from './process-file.js';

export interface BatchJob {
  index: number;
  files: InputFile[];
}

export interface BatchReply {
  index: number;
  results?: FileResult[];
  /** Results of a big file's pieces, sent as they are made: the batch is not done yet. */
  more?: boolean;
  failure?: { message: string; stack?: string };
}

/** A result as it leaves the member that made it (rows replaced by their text where the run allows: row-text.ts). */
export type Sender = (result: FileResult) => FileResult;

/** Works through one batch, replying as it goes; never throws (a failure is a reply). */
export async function answerJob({ index, files }: BatchJob, options: TaskOptions, command: AnyCommand, sent: Sender, reply: (reply: BatchReply) => void): Promise<void> {
  try {
    // The pieces of a big file go back as they are made, so that its rows stream.
    const onPiece = (result: FileResult) => reply({ index, results: [sent(result)], more: true });
    const results = await processBatch(files, options, command, onPiece);
    reply({ index, results: results.map(sent) });
  } catch (error) {
    const e = error as Error;
    reply({ index, failure: { message: e.message, stack: e.stack } });
  }
}

/** How a member formats what it sends: as text where the run allows (row-text.ts), else as rows. */
export async function senderFor(options: TaskOptions): Promise<Sender> {
  if (!options.rowText) return (result) => result;
  const { rowTexter } = await import('./row-text.js');
  return rowTexter(options.rowText);
}
