// --jobs when the user gives none: one thread for small or unmeasurable input, every core from PARALLEL_FROM_BYTES on.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultJobs, inputBytes, PARALLEL_FROM_BYTES } from '../../../src/pipeline/default-jobs.js';

const MB = 2 ** 20;

describe('defaultJobs(inputBytes, cores)', () => {
  it('starts workers from 20 MB of input', () => expect(PARALLEL_FROM_BYTES).toBe(20 * MB));

  it.each([
    // [input bytes, cores, jobs]
    [undefined, 2, 1], // standard input, or unknown: small
    [0, 2, 1],
    [7_080, 2, 1], // one seed
    [9.4 * MB, 2, 1], // the corpus beside the repo: a second worker gained nothing there
    [20 * MB - 1, 2, 1],
    [20 * MB, 2, 2],
    [206 * MB, 2, 2],
    [206 * MB, 8, 8],
    [206 * MB, 1, 1],
    [206 * MB, 0, 1], // a platform that reports no cores still runs
    [Number.NaN, 4, 1],
  ])('%s bytes on %i cores: %i', (bytes, cores, jobs) => {
    expect(defaultJobs(bytes, cores)).toBe(jobs);
  });
});

describe('inputBytes(files)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'policy-cli-default-jobs-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, bytes: number) => {
    writeFileSync(join(dir, name), Buffer.alloc(bytes, 0x61));
    return { path: join(dir, name), doc: name };
  };

  it('adds up the files, once per file (JSON Lines records share theirs); stdin and missing files count as nothing', async () => {
    const a = file('a.txt', 1000);
    const b = file('b.jsonl', 300);
    const files = [a, { ...b, doc: 'b.jsonl#1' }, { ...b, doc: 'b.jsonl#2' }, { path: '-', doc: '-' }, { path: join(dir, 'none.txt'), doc: 'none.txt' }];
    expect(await inputBytes(files)).toBe(1300);
  });

  it('stops adding once it has enough', async () => {
    const files = [file('c.txt', 500), file('d.txt', 500), file('e.txt', 500)];
    expect(await inputBytes(files, 600)).toBe(1000);
  });
});
