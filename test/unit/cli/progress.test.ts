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

describe('Ctrl-C while the bar shows', () => {
  /** A process that records signal listeners and kills instead of having them delivered. */
  function fakeProcess() {
    const listeners = new Map<string, ((signal: NodeJS.Signals) => void)[]>();
    const kills: string[] = [];
    const proc = {
      pid: 4242,
      on: (signal: string, fn: (s: NodeJS.Signals) => void) => (listeners.set(signal, [...(listeners.get(signal) ?? []), fn]), proc),
      removeListener: (signal: string, fn: unknown) => (listeners.set(signal, (listeners.get(signal) ?? []).filter((f) => f !== fn)), proc),
      listenerCount: (signal: string) => listeners.get(signal)?.length ?? 0,
      kill: (pid: number, signal: string) => (kills.push(`${pid} ${signal}`), true),
      emit: (signal: NodeJS.Signals) => [...(listeners.get(signal) ?? [])].forEach((fn) => fn(signal)),
    };
    return { proc, kills };
  }

  it.each(['SIGINT', 'SIGTERM'] as const)('%s wipes the line, then ends the process by the same signal', (signal) => {
    vi.useFakeTimers();
    const { stream, writes } = fakeStderr(true);
    const { proc, kills } = fakeProcess();
    const progress = startProgress(stream, files, proc as never)!;
    expect(proc.listenerCount(signal)).toBe(0); // nothing shown yet: the signal's default action stands
    vi.advanceTimersByTime(2000);
    progress.fileDone(done(files[0]!));
    expect(proc.listenerCount(signal)).toBe(1);
    proc.emit(signal);
    expect(writes.at(-1)).toBe('\r\x1b[K');
    expect(kills).toEqual([`4242 ${signal}`]);
    expect(proc.listenerCount(signal)).toBe(0);
  });

  it('leaves the re-raising to another listener (the -o guard), and stop() takes its listener off', () => {
    vi.useFakeTimers();
    const { stream, writes } = fakeStderr(true);
    const { proc, kills } = fakeProcess();
    proc.on('SIGINT', () => {});
    const progress = startProgress(stream, files, proc as never)!;
    vi.advanceTimersByTime(2000);
    progress.fileDone(done(files[0]!));
    proc.emit('SIGINT');
    expect(writes.at(-1)).toBe('\r\x1b[K');
    expect(kills).toEqual([]);
    const again = startProgress(stream, files, proc as never)!;
    vi.advanceTimersByTime(2000);
    again.fileDone(done(files[0]!));
    expect(proc.listenerCount('SIGINT')).toBe(2);
    again.stop();
    expect(proc.listenerCount('SIGINT')).toBe(1);
  });
});
