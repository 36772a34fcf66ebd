// The progress bar: only on a terminal, only for long runs, never wider than the terminal, wiped before rows.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startProgress } from '../../../src/cli/progress.js';
import type { InputFile } from '../../../src/corpus/inputs.js';

function fakeStderr(isTTY: boolean, columns = 80) {
  const writes: string[] = [];
  const stream = { isTTY, columns, write: (s: string) => (writes.push(s), true) } as unknown as NodeJS.WriteStream;
  return { stream, writes };
}

const files: InputFile[] = [
  { path: 'seeds/000_5ad3a02533805057.txt', doc: '000' },
  { path: 'test/fixtures/texts/gov-report-spaced-title.txt', doc: 'report' },
];
const done = (file: InputFile) => ({ file, rows: [], bytes: 0 });

afterEach(() => vi.useRealTimers());

describe('startProgress', () => {
  it('is off when stderr is a pipe or a file', () => {
    expect(startProgress(fakeStderr(false).stream, files)).toBeUndefined();
  });

  it('stays silent in a short run', () => {
    const { stream, writes } = fakeStderr(true);
    const progress = startProgress(stream, files)!;
    files.forEach((f) => progress.fileDone(done(f)));
    progress.stop();
    expect(writes).toEqual([]);
  });

  it.each([80, 30])('in a long run on %i columns: files done, MB/s and time left on one line that fits', (columns) => {
    vi.useFakeTimers();
    const { stream, writes } = fakeStderr(true, columns);
    const progress = startProgress(stream, files)!;
    vi.advanceTimersByTime(2000);
    progress.fileDone(done(files[0]!));
    expect(writes).toHaveLength(1);
    const line = writes[0]!.replace('\r', '').replace('\x1b[K', '');
    expect(line.length).toBeLessThan(columns);
    if (columns >= 80) expect(line).toMatch(/1\/2 files +\d+\.\d MB\/s +\d+s left/);
    progress.clear();
    expect(writes.at(-1)).toBe('\r\x1b[K');
    progress.fileDone(done(files[1]!)); // redrawn at once after a wipe
    expect(writes.at(-1)).toContain('2/2');
    progress.stop();
    expect(writes.at(-1)).toBe('\r\x1b[K');
  });
});
