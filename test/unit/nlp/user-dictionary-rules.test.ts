// Our binding reads user dictionaries by cppjieba's rules (packages/segmenter-binding/dictionary-source.hpp), odd lines
// included: a word alone takes the median weight, `word tag` too, `word freq tag` its own (freq 0 included), longer
// lines are ignored, a one-character word is kept whole rather than handed to the HMM, and CRLF lines keep their '\r'
// as cppjieba does. Each binding loads its dictionaries once per process, so both run in a process of their own.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bindingBuilt } from '../../helpers/binding.js';


const dir = mkdtempSync(join(tmpdir(), 'policy-cli-user-dict-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const DICTIONARY = [
  '潍坊实践',
  '坊',
  '实践者 n',
  '改革开放新篇章 5 nz',
  '高质量发展 0 n',
  '三江 1 2 3',
  '新质生产力 ',
  '青州古城 nz\r',
  '潍坊港\r',
  '',
  '熊 3 n',
].join('\n');

const TEXTS = ['潍坊实践走在前列，坊间传闻实践者众多', '推动改革开放新篇章与高质量发展', '鱼和熊掌，三江源', '新质生产力青州古城潍坊港', '熊熊大火'];

interface Cut {
  cut: string[];
  tags: (string | null)[];
}

function run(cacheDir: string): { status: string; ours: Cut[]; theirs: Cut[] } {
  const dict = join(dir, 'user.dict');
  writeFileSync(dict, DICTIONARY);
  if (cacheDir) mkdirSync(cacheDir, { recursive: true });
  const result = spawnSync(process.execPath, ['test/helpers/engines-with-dict.mjs', dict, cacheDir, ...TEXTS], { encoding: 'utf8' });
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout) as { status: string; ours: Cut[]; theirs: Cut[] };
}

describe.runIf(bindingBuilt())('a user dictionary, in our binding and in nodejieba’s', () => {
  it.each([
    ['built from the text files', ''],
    ['written to the cache', join(dir, 'cache')],
    ['read from the cache', join(dir, 'cache')],
  ])('gives the same words and tags, the image %s', (how, cacheDir) => {
    const { status, ours, theirs } = run(cacheDir);
    expect(status).toBe({ 'built from the text files': 'built (no cache folder)', 'written to the cache': 'written', 'read from the cache': 'read' }[how]);
    expect(ours.map((c) => c.cut)).toEqual(theirs.map((c) => c.cut));
    // Where our binding has a tag from the dictionary it is nodejieba's; where it has none, segmenter.ts applies
    // cppjieba's rule for unknown words.
    ours.forEach((c, i) => c.tags.forEach((tag, j) => tag !== null && expect(tag).toBe(theirs[i]!.tags[j])));
    expect(theirs[0]!.cut).toContain('潍坊实践');
    expect(theirs[0]!.cut).toContain('实践者');
  }, 120_000); // nodejieba's load alone takes seconds, more on a loaded machine
});
