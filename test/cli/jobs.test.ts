// Output is the same for every --jobs, also where files go to workers in batches that merge there (keywords, compare).
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

let dir: string;

beforeAll(() => {
  // 70 pages (the five seeds, 14 times under other names): enough files for batches of two.
  dir = mkdtempSync(join(tmpdir(), 'policy-cli-jobs-'));
  const seeds = readdirSync('seeds').filter((name) => name.endsWith('.txt'));
  for (let copy = 0; copy < 14; copy++) {
    for (const name of seeds) copyFileSync(join('seeds', name), join(dir, `${String(copy).padStart(2, '0')}-${name}`));
  }
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('--jobs 1 and --jobs 2 print the same bytes', () => {
  it.each([
    [['keywords', '--top', '50']],
    [['keywords', '--method', 'textrank', '--top', '50']],
    [['keywords', '--by', 'place']],
    [['compare', '--by', 'doc']],
    [['officials']],
  ])('%j', (args) => {
    const one = runCli([...args, dir, '-f', 'csv', '-j', '1']);
    const two = runCli([...args, dir, '-f', 'csv', '-j', '2']);
    expect(one.status).toBe(0);
    expect(two.stderr).toBe('');
    expect(two.stdout).toBe(one.stdout);
    expect(one.stdout.split('\n').length).toBeGreaterThan(10);
  });

  it('with --dict: every worker thread segments with the user dictionary', () => {
    const dict = join(dir, 'words.dict');
    writeFileSync(dict, '潍坊实践 50 nz\n');
    const one = runCli(['segment', dir, '--ext', '.txt', '--dict', dict, '-f', 'csv', '-j', '1']);
    const two = runCli(['segment', dir, '--ext', '.txt', '--dict', dict, '-f', 'csv', '-j', '2']);
    expect(two.stderr).toBe('');
    expect(two.stdout).toBe(one.stdout);
    const count = (stdout: string) => stdout.split(' 潍坊实践 ').length - 1;
    const seeds = runCli(['segment', 'seeds', '--dict', dict, '-f', 'csv']);
    expect(count(seeds.stdout)).toBe(2); // headline and body of seed 000; without the word it is 潍坊 / 实践
    expect(count(two.stdout)).toBe(14 * 2);
  });

  it('counts every copy: 14 copies of the seeds count 14 times what the seeds do', () => {
    // A user's term is counted as written (keywords' own counts move as phrases absorb words once there is more text).
    const totals = (stdout: string) =>
      stdout
        .split('\n')
        .slice(1)
        .filter(Boolean)
        .map((line) => line.split(','))
        .reduce(([count, articles], cells) => [count + Number(cells[3]), articles + Number(cells[5])], [0, 0]);
    const args = ['--terms', '高质量发展', '--by', 'level', '-f', 'csv'];
    const [count, articles] = totals(runCli(['compare', 'seeds', ...args]).stdout);
    expect(count).toBeGreaterThan(10);
    expect(totals(runCli(['compare', dir, ...args, '-j', '2']).stdout)).toEqual([14 * count, 14 * articles]);
  });
});

describe('rows a worker formats (csv, tsv, jsonl) are the bytes one thread prints', () => {
  it.each([
    [['entities', 'seeds', '-f', 'csv']],
    [['entities', 'seeds', '-f', 'tsv', '--bom']],
    [['entities', 'seeds', '-f', 'jsonl']],
    [['numbers', 'seeds', '-f', 'csv']],
    [['segment', 'seeds', '-f', 'tsv']],
    [['kwic', '发展', 'seeds', '-f', 'jsonl']],
    // JSON Lines records go to the workers with their kept fields; the sample's two broken lines are told once.
    [['entities', 'test/fixtures/input/rmrb-sample.jsonl', '-f', 'jsonl']],
    [['segment', 'test/fixtures/input/rmrb-sample.jsonl', '-f', 'csv', '--keep-fields', 'date,page']],
  ])('%j', (args) => {
    const one = runCli([...args, '-j', '1']);
    const two = runCli([...args, '-j', '2']);
    expect(two.status).toBe(one.status);
    expect(two.stderr).toBe(one.stderr);
    expect(two.stdout).toBe(one.stdout);
    expect(one.stdout.split('\n').length).toBeGreaterThan(5);
  });
});
