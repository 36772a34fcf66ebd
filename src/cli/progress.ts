// A progress line on stderr for long runs, only when stderr is a terminal: files done, MB/s, time left.
// Ctrl-C (or a kill) while the line shows wipes it before the process ends, so the shell's prompt starts clean.
import { statSync } from 'node:fs';
import type { InputFile } from '../corpus/inputs.js';
import type { FileResult } from '../pipeline/task.js';

/** Runs shorter than this never show a bar: it would only flicker. */
const SHOW_AFTER_MS = 1500;
const REFRESH_MS = 200;

export interface Progress {
  fileDone(result: FileResult): void;
  /** Wipe the bar before rows go to the same terminal; it comes back at the next refresh. */
  clear(): void;
  stop(): void;
}

/** What the bar needs of the process to clear itself on a signal (a fake in tests). */
export type SignalTarget = Pick<NodeJS.Process, 'on' | 'removeListener' | 'listenerCount' | 'kill' | 'pid'>;
const ENDING_SIGNALS = ['SIGINT', 'SIGTERM'] as const;

export function startProgress(stderr: NodeJS.WriteStream, files: InputFile[], proc: SignalTarget = process): Progress | undefined {
  if (!stderr.isTTY || files.length === 0) return undefined;
  const sizes = new Map(files.map((f) => [f.path, f.path === '-' ? 0 : safeSize(f.path)]));
  const totalBytes = [...sizes.values()].reduce((a, b) => a + b, 0);
  const started = Date.now();
  let done = 0;
  let doneBytes = 0;
  /** Bytes of the pieces of the file being read, already counted. */
  let piecesBytes = 0;
  let shown = false;
  let lastDraw = 0;
  const wipe = () => stderr.write('\r\x1b[K');
  const onSignal = (signal: NodeJS.Signals) => {
    wipe();
    unlisten();
    // With no listener left the signal's default action applies again: the process ends as killed by it (a shell
    // then says 130 for Ctrl-C). Another listener (the -o guard) re-raises it itself.
    if (proc.listenerCount(signal) === 0) proc.kill(proc.pid, signal);
  };
  const unlisten = () => ENDING_SIGNALS.forEach((signal) => proc.removeListener(signal, onSignal));
  const draw = (force: boolean) => {
    const now = Date.now();
    if (!force && (now - started < SHOW_AFTER_MS || now - lastDraw < REFRESH_MS)) return;
    lastDraw = now;
    if (!shown) ENDING_SIGNALS.forEach((signal) => proc.on(signal, onSignal));
    shown = true;
    const seconds = (now - started) / 1000;
    const rate = doneBytes / 1e6 / Math.max(seconds, 0.001);
    const fraction = totalBytes > 0 ? doneBytes / totalBytes : done / files.length;
    const left = fraction > 0 ? (seconds / fraction) * (1 - fraction) : 0;
    const width = 24;
    const filled = Math.round(fraction * width);
    const bar = '█'.repeat(filled) + '░'.repeat(width - filled);
    const line = `${bar} ${done}/${files.length} files  ${rate.toFixed(1)} MB/s  ${formatSeconds(left)} left `;
    // Never wider than the terminal: a wrapped line cannot be redrawn in place with \r.
    const columns = stderr.columns > 0 ? stderr.columns - 1 : line.length;
    stderr.write(`\r${line.slice(0, columns)}\x1b[K`);
  };
  return {
    fileDone(result) {
      // A piece of a big file moves the bar by its bytes; the file counts as done with its last piece.
      if (result.more) {
        doneBytes += result.bytes;
        piecesBytes += result.bytes;
        return draw(false);
      }
      done++;
      doneBytes += Math.max(0, (sizes.get(result.file.path) ?? 0) - piecesBytes);
      piecesBytes = 0;
      draw(false);
    },
    clear() {
      if (!shown) return;
      wipe();
      lastDraw = 0;
    },
    stop() {
      if (!shown) return;
      wipe();
      unlisten();
    },
  };
}

function safeSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

function formatSeconds(s: number): string {
  if (s < 60) return `${Math.ceil(s)}s`;
  return `${Math.floor(s / 60)}m${String(Math.ceil(s % 60)).padStart(2, '0')}s`;
}
