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
    const row = (stdout: string) => stdout.split('\n').find((line) => line.split(',')[1] === '高质量发展')!.split(',');
    const seeds = row(runCli(['keywords', 'seeds', '-f', 'csv', '--top', '100000']).stdout);
    const copies = row(runCli(['keywords', dir, '-f', 'csv', '--top', '100000', '-j', '2']).stdout);
    expect(Number(copies[3])).toBe(14 * Number(seeds[3])); // count
    expect(Number(copies[4])).toBe(14 * Number(seeds[4])); // docs
  });
});
