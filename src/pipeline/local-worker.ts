// This thread as one member of a pool: -jN runs N-1 worker threads and this one, so N threads and N V8 isolates work,
// as N independent processes would. A main thread that only handed out batches and wrote their rows still kept a
// third isolate, with its collector's and compiler's threads, on a machine whose cores the workers already filled;
// and it sat idle while the workers started, loaded their modules and warmed up.
import { EventEmitter } from 'node:events';
import type { AnyCommand } from '../commands/command.js';
import type { TaskOptions } from './task.js';
import { answerJob, senderFor, type BatchJob, type BatchReply, type Sender } from './batch-job.js';

export class LocalWorker extends EventEmitter<{ message: [BatchReply] }> {
  private readonly queue: BatchJob[] = [];
  private running = false;
  private readonly sender: Promise<Sender>;

  constructor(
    private readonly options: TaskOptions,
    private readonly command: AnyCommand,
  ) {
    super();
    this.sender = senderFor(options);
  }

  /** Takes a batch, as a worker thread does; its replies come as 'message' events. */
  postMessage(job: BatchJob): void {
    this.queue.push(job);
    this.schedule();
  }

  /** Drops the batches not started; one under way finishes (the pool waits for what a member holds). */
  async terminate(): Promise<number> {
    this.queue.length = 0;
    return 0;
  }

  // Each batch starts from the event loop, never from the call that handed it out: the workers' replies, waiting as
  // messages, are taken between two of this thread's batches.
  private schedule(): void {
    if (this.running || this.queue.length === 0) return;
    this.running = true;
    setImmediate(() => void this.next());
  }

  private async next(): Promise<void> {
    const job = this.queue.shift();
    if (job === undefined) {
      // Terminated after the batch was scheduled.
      this.running = false;
      return;
    }
    await answerJob(job, this.options, this.command, await this.sender, (reply) => this.emit('message', reply));
    this.running = false;
    this.schedule();
  }
}
