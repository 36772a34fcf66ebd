// How a run's inputs become batches: files as before, the records of a JSON Lines file RECORDS_PER_BATCH at a time,
// read only as batches are asked for; and records through the runner in record order.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { batchesOf, isJsonLines, RECORDS_PER_BATCH, runFiles } from '../../../src/pipeline/run-files.js';
import { taskOf, type FileResult } from '../../../src/pipeline/task.js';
import docs from '../../../src/commands/docs.js';
import type { InputFile } from '../../../src/corpus/inputs.js';

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

function jsonlOf(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'policy-cli-batches-'));
  const path = join(dir, 'many.jsonl');
  const lines = Array.from({ length: count }, (_, i) => JSON.stringify({ id: `r${i + 1}`, text: `第${i + 1}条新闻。` }));
  writeFileSync(path, lines.join('\n') + '\n');
  return path;
}

describe('isJsonLines', () => {
  it.each<[string, 'text' | 'markdown' | 'jsonl' | undefined, boolean]>([
    ['dump/rmrb.jsonl', undefined, true],
    ['dump/RMRB.JSONL', undefined, true],
    ['seeds/a.txt', undefined, false],
    ['-', undefined, false],
    ['-', 'jsonl', true],
    ['seeds/a.txt', 'jsonl', true],
    ['dump/rmrb.jsonl', 'text', false],
  ])('%s with --input-format %s → %s', (path, format, jsonl) => {
    expect(isJsonLines({ path, doc: path }, format)).toBe(jsonl);
  });
});

describe('batchesOf', () => {
  it('puts files `size` at a time and a JSON Lines file in batches of its own, in input order', async () => {
    const many = jsonlOf(RECORDS_PER_BATCH + 3);
    const files: InputFile[] = [
      { path: 'a.txt', doc: 'a.txt' },
      { path: many, doc: 'many.jsonl' },
      { path: 'b.txt', doc: 'b.txt' },
      { path: 'c.txt', doc: 'c.txt' },
      { path: 'd.txt', doc: 'd.txt' },
    ];
    const batches = await collect(batchesOf(files, 2, {}));
    expect(batches.map((b) => b.length)).toEqual([1, RECORDS_PER_BATCH, 3, 2, 1]);
    expect(batches[1]![0]!.doc).toBe('many.jsonl#r1');
    expect(batches[2]!.map((f) => f.doc)).toEqual([`many.jsonl#r${RECORDS_PER_BATCH + 1}`, `many.jsonl#r${RECORDS_PER_BATCH + 2}`, `many.jsonl#r${RECORDS_PER_BATCH + 3}`]);
    expect(batches[3]!.map((f) => f.doc)).toEqual(['b.txt', 'c.txt']);
  });

  it('skips the records of other shards, and N shards together take every record once', async () => {
    const many = jsonlOf(200);
    const all = (await collect(batchesOf([{ path: many, doc: 'many.jsonl' }], 1, {}))).flat().map((f) => f.doc);
    const shards = await Promise.all(
      [1, 2, 3].map(async (index) => (await collect(batchesOf([{ path: many, doc: 'many.jsonl' }], 1, { shard: { index, count: 3 } }))).flat().map((f) => f.doc)),
    );
    for (const taken of shards) expect(taken.length).toBeGreaterThan(40);
    expect(shards.flat().sort()).toEqual([...all].sort());
  });

  it('eager: a batch goes when the next record is not there yet (a pipe that pauses)', async () => {
    async function* paused(): AsyncGenerator<Buffer> {
      yield Buffer.from('{"id":"a","text":"一。"}\n{"id":"b","text":"二。"}\n');
      await new Promise((resolve) => setTimeout(resolve, 30));
      yield Buffer.from('{"id":"c","text":"三。"}\n');
    }
    const stdin = Object.getOwnPropertyDescriptor(process, 'stdin')!;
    Object.defineProperty(process, 'stdin', { value: paused(), configurable: true });
    try {
      const batches = await collect(batchesOf([{ path: '-', doc: '-' }], 1, { inputFormat: 'jsonl' }, true));
      expect(batches.map((b) => b.map((f) => f.doc))).toEqual([['stdin#a', 'stdin#b'], ['stdin#c']]);
    } finally {
      Object.defineProperty(process, 'stdin', stdin);
    }
  });

  it('reads no record before its batch is asked for', async () => {
    const many = jsonlOf(RECORDS_PER_BATCH * 3);
    const batches = batchesOf([{ path: many, doc: 'many.jsonl' }], 1, {});
    const first = await batches.next();
    expect(first.value).toHaveLength(RECORDS_PER_BATCH);
    await batches.return(undefined);
  });
});

describe('runFiles over JSON Lines in this thread', () => {
  it('hands back one result per record, in record order, bad lines as errors', async () => {
    const seen: FileResult[] = [];
    await runFiles([{ path: 'test/fixtures/input/rmrb-sample.jsonl', doc: 'rmrb.jsonl' }], taskOf(docs, {}, { dicts: [] }), 1, (r) => {
      seen.push(r);
    });
    expect(seen.map((r) => [r.file.doc, r.error ?? r.rows.length])).toEqual([
      ['rmrb.jsonl#1', 1],
      ['rmrb.jsonl#2', 1],
      ['rmrb.jsonl#3', 2],
      ['rmrb.jsonl#4', 1],
      ['rmrb.jsonl:5', expect.stringMatching(/^not JSON/)],
      ['rmrb.jsonl:6', 'no "text" field (--text-field)'],
    ]);
    // The record's text does not come back with its result; where it was read does (merged docs counts sort by it).
    expect(seen[0]!.file).toEqual({ path: 'test/fixtures/input/rmrb-sample.jsonl', doc: 'rmrb.jsonl#1', at: { file: 'rmrb.jsonl', line: 1 } });
  });
});
