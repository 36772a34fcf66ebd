// keywords, compare and docs --emit counts / --from-counts: shards counted apart and merged print, byte for byte, what
// one run over every input prints (docs: reprint_of found across shards), over --shard I/3 and over random splits.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { reprintFolder } from '../helpers/reprints.js';
import { jsonl, runCli } from './run-cli.js';

vi.setConfig({ testTimeout: 240_000 });

const work = mkdtempSync(join(tmpdir(), 'policy-cli-counts-merge-'));
const { dir: reprints } = reprintFolder();

/** Records in one JSON Lines file: an article, its reprint (another headline, traditional script) and unrelated text. */
function recordsWithAReprint(): string {
  const page = readFileSync(join(reprints, 'a-page.txt'), 'utf8');
  const copy = readFileSync(join(reprints, 'b-copy.txt'), 'utf8');
  const other = readFileSync('seeds/001_46527c2ebb2fba94.txt', 'utf8');
  const path = join(work, 'records.jsonl');
  const records = [
    { id: 'orig', date: '2022-12-20', text: page },
    { id: 'other', text: other },
    { id: 'copy', date: '2022-12-22', text: copy },
  ];
  writeFileSync(path, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  return path;
}

const RECORDS = recordsWithAReprint();
/** Every input file, each named as a run lists it. */
const FILES = [
  ...['000_5ad3a02533805057', '001_46527c2ebb2fba94', '002_7b22e6a93400afce', '003_61d246b8bd128e03', '004_d6fae8ff9b9cff12'].map((s) => `seeds/${s}.txt`),
  'test/fixtures/texts/gov-report-spaced-title.txt',
  'test/fixtures/texts/gov-report-title-broken-across-lines.txt',
  join(reprints, 'a-page.txt'),
  join(reprints, 'b-copy.txt'),
  join(reprints, 'c-other.txt'),
  RECORDS,
];

let counter = 0;
/** Run `args` over `inputs` with --emit counts into a new file, and return its path. */
function countsOf(args: string[], inputs: string[], extra: string[] = []): string {
  const path = join(work, `${++counter}.counts`);
  const r = runCli([...args, ...inputs, ...extra, '-j1', '--emit', 'counts', '-o', path]);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return path;
}

const wholes = new Map<string, string>();
/** One run over every input (once per command line: each test process costs seconds). */
function whole(args: string[], format = 'csv'): string {
  const key = [...args, format].join(' ');
  if (!wholes.has(key)) {
    const r = runCli([...args, ...FILES, '-f', format, '-j1']);
    expect(r.status).toBe(0);
    wholes.set(key, r.stdout);
  }
  return wholes.get(key)!;
}

const shardCounts = new Map<string, string[]>();
/** The counts of the 3 shards of every input. */
function shardsOf(args: string[]): string[] {
  const key = args.join(' ');
  if (!shardCounts.has(key)) shardCounts.set(key, [1, 2, 3].map((i) => countsOf(args, FILES, ['--shard', `${i}/3`])));
  return shardCounts.get(key)!;
}

function merged(args: string[], parts: string[], format = 'csv'): string {
  const r = runCli([...args, ...parts.flatMap((p) => ['--from-counts', p]), '-f', format]);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return r.stdout;
}

/** A small seeded generator (mulberry32): the splits are random but the same at every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COMMANDS: [string, string[]][] = [
  ['keywords (keyness)', ['keywords']],
  ['keywords --by doc', ['keywords', '--by', 'doc']],
  ['keywords --by place', ['keywords', '--by', 'place']],
  ['keywords --method textrank --by place', ['keywords', '--method', 'textrank', '--by', 'place']],
  ['compare --by place', ['compare', '--by', 'place']],
  ['compare --by year --wide', ['compare', '--by', 'year', '--wide']],
  ['docs', ['docs']],
];

describe('--emit counts over --shard I/3, merged', () => {
  it.each(COMMANDS)('%s: the merge of 3 shards prints what one run prints', (_name, args) => {
    const shards = shardsOf(args);
    expect(merged(args, shards)).toBe(whole(args));
    if (args[0] === 'docs') {
      // The reprints are found across shards: the copies name the first article of their cluster, wherever it fell.
      const rows = jsonl(merged(args, shards, 'jsonl'));
      const copies = rows.filter((r) => String(r.doc).endsWith('b-copy.txt') || String(r.doc).endsWith('#copy'));
      expect(copies).toHaveLength(2);
      for (const copy of copies) expect(copy.reprint_of).toEqual(expect.any(String));
    }
  });

  it.each([[['keywords', '--by', 'place']], [['docs']]])('%j merges in steps (counts of counts), and on standard input concatenated', (args) => {
    const shards = shardsOf(args);
    const step = join(work, `step-${args[0]}.counts`);
    expect(runCli([...args, '--from-counts', shards[0]!, '--from-counts', shards[1]!, '--emit', 'counts', '-o', step]).status).toBe(0);
    expect(merged(args, [step, shards[2]!])).toBe(whole(args));
    const piped = runCli([...args, '--from-counts', '-', '-f', 'csv'], { input: shards.map((p) => readFileSync(p, 'utf8')).join('') });
    expect(piped.stdout).toBe(whole(args));
  });

  it('docs --by place from counts groups the merged rows as one run does', () => {
    expect(merged(['docs', '--by', 'place'], shardsOf(['docs']))).toBe(whole(['docs', '--by', 'place']));
  });
});

describe('--emit counts over random splits of the inputs (seeded)', () => {
  const next = random(18);
  const cases = [0, 1, 2, 3].map((i) => {
    const [name, args] = COMMANDS[[1, 4, 6, 6][i]!]!;
    const parts = 2 + Math.floor(next() * 3);
    const split: string[][] = Array.from({ length: parts }, () => []);
    for (const file of FILES) split[Math.floor(next() * parts)]!.push(file);
    // The last case keeps an original and its reprint in different parts, whatever the generator drew.
    if (i === 3) {
      for (const part of split) part.splice(0, part.length, ...part.filter((f) => !f.includes('a-page') && !f.includes('b-copy')));
      split[0]!.push(FILES[7]!);
      split[split.length - 1]!.unshift(FILES[8]!);
    }
    const nonEmpty = split.filter((part) => part.length > 0);
    return [name, nonEmpty.length, args, nonEmpty] as const;
  });

  it.each(cases)('%s over %i parts', (_name, _count, args, split) => {
    // Each part's run lists its own files in any order: the merge orders them as one run does.
    const parts = split.map((files) => countsOf(args, [...files].reverse()));
    expect(merged(args, parts)).toBe(whole(args));
  });
});

describe('counts that cannot merge', () => {
  it('counts made with other options are an input that failed, named with what differs', () => {
    const byDoc = countsOf(['keywords', '--by', 'doc'], ['seeds']);
    const r = runCli(['keywords', '--by', 'place', '--from-counts', byDoc]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${byDoc}: counts made with other options ({"by":"doc","method":"keyness"}`);
  });

  it.each<[string, string[]]>([
    ['--collapse-reprints', ['keywords', 'seeds', '--collapse-reprints', '--emit', 'counts']],
    ['compare --what numbers', ['compare', 'seeds', '--what', 'numbers', '--metric', '产值', '--emit', 'counts']],
    ['compare --what officials', ['compare', '--what', 'officials', '--from-counts', '-']],
  ])('%s has no exact counts: a usage error', (_name, args) => {
    const r = runCli(args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/cannot go with --emit counts|not counts: it has no --emit counts/);
  });
});
