// The file runner in this thread (worker threads need the compiled dist/, which the benchmark checks) and the memory
// cap on the number of workers.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { affordableWorkers, batchSize, runFiles, WORKER_MEMORY } from '../../../src/pipeline/run-files.js';
import { taskOf, type FileResult } from '../../../src/pipeline/task.js';
import compare from '../../../src/commands/compare.js';
import docs from '../../../src/commands/docs.js';
import entities from '../../../src/commands/entities.js';
import idf from '../../../src/commands/idf.js';
import keywords from '../../../src/commands/keywords.js';
import kwic from '../../../src/commands/kwic.js';
import numbers from '../../../src/commands/numbers.js';
import segment from '../../../src/commands/segment.js';

const MB = 2 ** 20;

describe('affordableWorkers', () => {
  it.each<[number, 'native' | 'nodejieba', number]>([
    [0, 'native', 1],
    [200 * MB, 'nodejieba', 1],
    [WORKER_MEMORY.nodejieba * 2 - 1, 'nodejieba', 1],
    [WORKER_MEMORY.nodejieba * 2, 'nodejieba', 2],
    [WORKER_MEMORY.native * 2, 'native', 2],
    [8 * 1024 * MB, 'nodejieba', 23],
    [8 * 1024 * MB, 'native', 54],
  ])('%i bytes free, %s segmenter → %i workers', (free, engine, workers) => {
    expect(affordableWorkers(free, WORKER_MEMORY[engine])).toBe(workers);
  });
});

describe('runFiles in this thread', () => {
  it('hands results back in input order, with bytes, rows of each file, and read errors as results', async () => {
    // A GB18030 file, made here from our own fixture text.
    const gb18030 = join(mkdtempSync(join(tmpdir(), 'policy-cli-')), 'gov-report.gb18030.txt');
    writeFileSync(gb18030, iconv.encode(readFileSync('test/fixtures/texts/gov-report-spaced-title.txt', 'utf8'), 'gb18030'));
    const files = [
      { path: 'seeds/002_7b22e6a93400afce.txt', doc: '002' },
      { path: gb18030, doc: 'report-gb18030' },
      { path: 'seeds/does-not-exist.txt', doc: 'missing' },
      { path: 'seeds/000_5ad3a02533805057.txt', doc: '000' },
    ];
    const seen: FileResult[] = [];
    await runFiles(files, taskOf(docs, {}, { dicts: [] }), 1, (r) => {
      seen.push(r);
    });
    expect(seen.map((r) => r.file.doc)).toEqual(['002', 'report-gb18030', 'missing', '000']);
    expect(seen[0]!.rows.length).toBeGreaterThan(0);
    expect(seen[0]!.bytes).toBeGreaterThan(1000);
    expect(seen[1]!.rows.length).toBeGreaterThan(0);
    expect(seen[1]!.rows.every((row) => row.doc === 'report-gb18030')).toBe(true);
    expect(seen[2]!.error).toBeDefined();
    expect(seen[3]!.rows.every((row) => row.doc === '000')).toBe(true);
  });
});

describe('batchSize', () => {
  it.each<[boolean, number, number]>([
    [true, 1, 1],
    [true, 63, 1],
    [true, 64, 2],
    [true, 354, 8],
    [true, 100_000, 8],
    [false, 354, 1], // rows stream file by file
    [false, 100_000, 1],
  ])('merged in the worker: %s, over %i files → %i', (mergesInWorker, files, size) => {
    expect(batchSize(mergesInWorker, files)).toBe(size);
  });
});

describe('merging in the worker', () => {
  it('is what keywords and compare do, and no other command', () => {
    const commands = { compare, docs, entities, idf, keywords, kwic, numbers, segment };
    const inWorker = Object.entries(commands).filter(([, command]) => command.aggregate?.inWorker).map(([name]) => name);
    expect(inWorker).toEqual(['compare', 'keywords']);
  });
});
