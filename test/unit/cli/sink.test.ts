import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { openSink } from '../../../src/cli/sink.js';
import type { Formatter } from '../../../src/output/formats.js';

/** A reader that is always behind: every write fills its buffer, and it drains a moment later. */
class SlowReader extends Writable {
  text = '';
  override write(chunk: unknown): boolean {
    this.text += String(chunk);
    setImmediate(() => this.emit('drain'));
    return false;
  }
}

/** A reader that takes every write at once, and the writes it took. */
function collectWrites(): { writes: string[]; reader: Writable } {
  const writes: string[] = [];
  const reader = new Writable({
    write(chunk, _encoding, done) {
      writes.push(String(chunk));
      done();
    },
  });
  return { writes, reader };
}

const lines: Formatter = {
  begin: () => 'begin\n',
  row: (row) => `${String(row.n)}\n`,
  end: () => 'end\n',
} as Formatter;

describe('openSink on a slow reader', () => {
  it('waits for room at every write, writes everything in order, and leaves no listener behind', async () => {
    const reader = new SlowReader();
    const before = { close: reader.listenerCount('close'), error: reader.listenerCount('error'), drain: reader.listenerCount('drain') };
    const sink = await openSink(undefined, reader, lines);
    for (let n = 1; n <= 50; n++) {
      await sink.row({ n });
      await sink.flush(); // as after every file: a write, and a wait for room
    }
    await sink.end();
    expect(reader.text).toBe(`begin\n${Array.from({ length: 50 }, (_, i) => `${i + 1}\n`).join('')}end\n`);
    // Each wait once left a 'close' and an 'error' listener: Node warned of a leak after ten.
    expect(reader.listenerCount('close')).toBe(before.close);
    expect(reader.listenerCount('error')).toBe(before.error);
    expect(reader.listenerCount('drain')).toBe(before.drain);
  });
});

describe('openSink gathers rows', () => {
  it('into one write per flush, or per 64 KiB', async () => {
    const { writes, reader } = collectWrites();
    const sink = await openSink(undefined, reader, lines);
    for (let n = 1; n <= 3; n++) await sink.row({ n });
    await sink.flush();
    await sink.flush(); // nothing new: no empty write
    const long = 'x'.repeat(40_000);
    await sink.row({ n: long });
    await sink.row({ n: long }); // past 64 KiB: written without waiting for flush()
    expect(writes).toEqual(['begin\n', '1\n2\n3\n', `${long}\n${long}\n`]);
    await sink.end();
    expect(writes.at(-1)).toBe('end\n');
  });
});

describe('openSink takes rows a worker formatted', () => {
  it('in the order given, between rows, gathered like rows', async () => {
    const { writes, reader } = collectWrites();
    const sink = await openSink(undefined, reader, lines);
    await sink.row({ n: 1 });
    await sink.rowsText('2\n3\n');
    await sink.rowsText(''); // a file with no rows
    await sink.row({ n: 4 });
    await sink.flush();
    const long = 'x'.repeat(70_000);
    await sink.rowsText(`${long}\n`); // past 64 KiB: written without waiting for flush()
    expect(writes).toEqual(['begin\n', '1\n2\n3\n4\n', `${long}\n`]);
    await sink.end();
    expect(writes.at(-1)).toBe('end\n');
  });
});

describe('openSink takes a file\'s rows together', () => {
  it('as the formatter makes them in one go, and a long table by 64 KiB', async () => {
    const { writes, reader } = collectWrites();
    const batched: Formatter = { ...lines, rows: (rows) => rows.map((row) => `${String(row.n)};\n`).join('') };
    const sink = await openSink(undefined, reader, batched);
    await sink.rows([{ n: 1 }, { n: 2 }]);
    await sink.rows([]); // a file with no rows
    await sink.flush();
    const long = 'x'.repeat(1_000);
    await sink.rows(Array.from({ length: 300 }, () => ({ n: long }))); // 300 kB: out in pieces before any flush()
    expect(writes.slice(0, 2)).toEqual(['begin\n', '1;\n2;\n']);
    // 256 rows went out as soon as they passed 64 KiB; the rest waits for a flush.
    expect(writes.length).toBe(3);
    expect(writes[2]).toBe(`${long};\n`.repeat(256));
    await sink.end();
    expect(writes.join('')).toBe(`begin\n1;\n2;\n${`${long};\n`.repeat(300)}end\n`);
  });
});
