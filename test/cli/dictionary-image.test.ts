// Our binding keeps its dictionary as an image in the cache folder (packages/segmenter-binding/image-cache.hpp): built
// and written by the first run, read by the next, a new one for changed dictionaries, rebuilt when damaged, and never
// needed (a folder that cannot be written only means building it at every start). The words are the same every way.
import { mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';
import { bindingBuilt } from '../helpers/binding.js';


const SEED = 'seeds/000_5ad3a02533805057.txt';
const root = mkdtempSync(join(tmpdir(), 'policy-cli-image-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function segment(cache: string, extra: string[] = []) {
  const result = runCli(['segment', SEED, '-f', 'tsv', '--debug', ...extra], { env: { POLICY_CLI_CACHE_DIR: cache, POLICY_CLI_ENGINE: '' } });
  expect(result.status).toBe(0);
  const image = /^policy-cli: dictionary image (.*)$/m.exec(result.stderr)?.[1];
  return { words: result.stdout, image };
}
const images = (dir: string) => readdirSync(dir).filter((name) => name.startsWith('dictionary-')).sort();

describe.runIf(bindingBuilt() && process.env.POLICY_CLI_ENGINE !== 'nodejieba')('the dictionary image', () => {
  const cache = join(root, 'cache');
  const reference = segment(''); // no cache folder: built from the text files, as cppjieba does

  it('is built from the text files when there is no cache folder', () => {
    expect(reference.image).toBe('built (no cache folder)');
    expect(reference.words).toContain(' 高质量发展 ');
  });

  it('is written by the first run and read by the next, with the same words', () => {
    const first = segment(cache);
    expect(first.image).toBe('written');
    expect(images(cache)).toHaveLength(1);
    expect(images(cache)[0]).toMatch(/^dictionary-[0-9a-f]{16}\.img$/);
    const second = segment(cache);
    expect(second.image).toBe('read');
    expect(second.words).toBe(reference.words);
    expect(first.words).toBe(reference.words);
  });

  it('is a new one for other dictionaries (--dict), and again when that dictionary changes', () => {
    const dict = join(root, 'words.dict');
    writeFileSync(dict, '潍坊实践 50 nz\n');
    const withDict = segment(cache, ['--dict', dict]);
    expect(withDict.image).toBe('written');
    expect(withDict.words).toContain(' 潍坊实践 ');
    expect(withDict.words).not.toBe(reference.words);
    expect(images(cache)).toHaveLength(2);
    expect(segment(cache, ['--dict', dict]).image).toBe('read');
    writeFileSync(dict, '潍坊实践 50 nz\n高质量发展之路 10 n\n');
    expect(segment(cache, ['--dict', dict]).image).toBe('written');
    expect(images(cache)).toHaveLength(3);
    expect(segment(cache).image).toBe('read'); // the first image is still ours
  });

  it.each([
    ['damaged', (file: string) => {
      const bytes = readFileSync(file);
      bytes[Math.floor(bytes.length / 2)]! ^= 0xff;
      writeFileSync(file, bytes);
    }],
    ['truncated or padded', (file: string) => truncateSync(file, Math.floor(readFileSync(file).length / 3))],
    ['not a dictionary image', (file: string) => writeFileSync(file, Buffer.alloc(4096, 0x20))],
  ])('is rebuilt and rewritten when %s', (why, spoil) => {
    const dir = join(root, `spoilt-${why.replace(/\W+/g, '-')}`);
    expect(segment(dir).image).toBe('written');
    spoil(join(dir, images(dir)[0]!));
    const rebuilt = segment(dir);
    expect(rebuilt.image).toBe(`written (image ${why})`);
    expect(rebuilt.words).toBe(reference.words);
    expect(segment(dir).image).toBe('read');
  });

  it('is only built when the cache folder cannot be made or written', () => {
    const notAFolder = join(root, 'a-file');
    writeFileSync(notAFolder, '');
    const result = segment(join(notAFolder, 'cache'));
    expect(result.image).toBe('built (no cache folder)');
    expect(result.words).toBe(reference.words);
  });
});
