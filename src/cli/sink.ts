// Where formatted text goes: standard output or a file, waiting when the reader is slower than we are.
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { Formatter } from '../output/formats.js';
import { textOfRows } from '../output/formatter.js';
import type { Row } from '../types.js';
import type { OutputFile } from './output-file.js';

export interface Sink {
  /** Formats a row; the text goes out by 64 KiB, at flush() or at end(). */
  row(row: Row): Promise<void>;
  /** Formats a file's rows together (Formatter.rows), written like rows. */
  rows(rows: readonly Row[]): Promise<void>;
  /** Rows a worker already formatted with this sink's formatter (src/pipeline/row-text.ts), written like rows. */
  rowsText(text: string): Promise<void>;
  /** Write what the rows so far made (called after each file, so a slow corpus still shows its rows as they come). */
  flush(): Promise<void>;
  end(): Promise<void>;
}

/** Rows formatted in one go by Sink.rows. */
const ROWS_AT_ONCE = 256;

/**
 * A sink on `file` (an -o file, opened before any work; end() finishes writing it, the caller puts it in place) or on
 * standard output.
 */
export async function openSink(file: OutputFile | undefined, stdout: Writable, formatter: Formatter): Promise<Sink> {
  const stream: Writable = file ? file.stream : stdout;
  const write = async (text: string) => {
    // The reader went away (`| head`): stop producing; main() takes EPIPE for a quiet, successful end.
    if (stream.destroyed) throw Object.assign(new Error('broken pipe'), { code: 'EPIPE' });
    if (text.length > 0 && !stream.write(text)) await firstOf(stream, ['drain', 'close']);
  };
  await write(formatter.begin());
  // Rows are gathered before writing: one write per row made a system call per row on a file or /dev/null
  // (~0.1 s of a 4 s entities run).
  let pending = '';
  const flush = async () => {
    const text = pending;
    pending = '';
    await write(text);
  };
  return {
    row: async (row) => {
      pending += formatter.row(row);
      if (pending.length >= 65_536) await flush();
    },
    rows: async (rows) => {
      // A slice at a time, so that a long table (rows held for --by place) still goes out by 64 KiB.
      for (let i = 0; i < rows.length; i += ROWS_AT_ONCE) {
        pending += textOfRows(formatter, rows.slice(i, i + ROWS_AT_ONCE));
        if (pending.length >= 65_536) await flush();
      }
    },
    rowsText: async (text) => {
      pending += text;
      if (pending.length >= 65_536) await flush();
    },
    flush,
    end: async () => {
      await flush();
      await write(formatter.end());
      if (file) {
        stream.end();
        await once(stream, 'finish');
      }
    },
  };
}

/**
 * Wait for the first of some events, then take every listener it added off again: a race of bare once() calls left
 * the losers' listeners behind, one more at each wait for a slow pipe (Node warned of a leak after ten).
 */
async function firstOf(stream: Writable, events: string[]): Promise<void> {
  const done = new AbortController();
  try {
    await Promise.race(events.map((event) => once(stream, event, { signal: done.signal })));
  } finally {
    done.abort();
  }
}
