// Our binding to cppjieba (packages/segmenter-binding/segmenter.cc) and nodejieba's give the same words: the binding is
// only faster.
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { cut, cutLengths, cutWords, engineName, nodejiebaEngine, tag, tagWithNodejieba } from '../../../src/nlp/segmenter.js';
import { bindingBuilt } from '../../helpers/binding.js';

const require = createRequire(import.meta.url);

const chosenNodejieba = process.env.POLICY_CLI_ENGINE === 'nodejieba';

/** The tokens cutLengths' lengths describe (a length ≤ 0 is a gap, no word); they must cover the whole text. */
function tokensOfLengths(text: string, lengths: Int32Array): Array<{ word: string; start: number; end: number }> {
  const tokens = [];
  let start = 0;
  for (const length of lengths) {
    if (length > 0) tokens.push({ word: text.slice(start, start + length), start, end: start + length });
    start += Math.abs(length);
  }
  expect(start).toBe(text.length);
  return tokens;
}

const texts = [
  ...readdirSync('seeds').filter((n) => n.endsWith('.txt')).map((n) => join('seeds', n)),
  ...readdirSync('test/fixtures/corpus').filter((n) => n.endsWith('.txt')).map((n) => join('test/fixtures/corpus', n)),
];

describe('the segmenting engine', () => {
  it('is our binding when npm install built it, else nodejieba’s (POLICY_CLI_ENGINE=nodejieba picks nodejieba’s)', () => {
    expect(engineName()).toBe(!chosenNodejieba && bindingBuilt() ? 'native' : 'nodejieba');
  });

  it.each(texts)('cuts %s into nodejieba’s cut(text, true) words, with offsets that slice them out', (path) => {
    const text = readFileSync(path, 'utf8');
    const tokens = cut(text);
    expect(tokens.map((t) => t.word)).toEqual(nodejiebaEngine().cut(text, true));
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.word);
    expect(tokens.at(-1)!.end).toBe(text.length);
    expect(cutWords(text)).toEqual(tokens.map((t) => t.word));
    expect(tokensOfLengths(text, cutLengths(text))).toEqual(tokens);
  });

  it.each(texts)('tags %s as nodejieba’s tag() does', (path) => {
    const text = readFileSync(path, 'utf8');
    expect(tag(text)).toEqual(tagWithNodejieba(text));
  });

  it.each([
    ['', []],
    ['高质量发展', ['高质量发展']],
    ['潍坊市委书记江敦涛讲话', ['潍坊', '市委书记', '江敦涛', '讲话']],
    ['GDP增长5.2%', ['GDP', '增长', '5.2', '%']],
    ['𠮷野家在潍坊', ['𠮷', '野', '家', '在', '潍坊']], // a character outside the BMP is two UTF-16 units
  ])('%j', (text, words) => {
    const tokens = cut(text);
    expect(tokens.map((t) => t.word)).toEqual(words);
    expect(tokens.map((t) => t.word).join('')).toBe(text);
    expect(cutWords(text)).toEqual(words);
    expect(tokensOfLengths(text, cutLengths(text))).toEqual(tokens);
  });

  // nodejieba hands back U+FFFD for a lone surrogate, which align() cannot find in the text, so it drops it.
  it.runIf(engineName() === 'native')('keeps a lone surrogate in its place', () => {
    expect(cut('a\ud800b').map((t) => t.word)).toEqual(['a', '\ud800', 'b']);
    expect([...cutLengths('a\ud800b')]).toEqual([1, 1, 1]);
  });

  it.runIf(engineName() === 'nodejieba')('gives the lone surrogate it dropped as a gap: a negative length', () => {
    expect([...cutLengths('a\ud800b')]).toEqual([1, -1, 1]);
  });
});

describe('the engine notice on stderr', () => {
  /** What announceEngine() writes, called twice, in a fresh copy of the module (its state is once per process). */
  async function notice(debug: boolean): Promise<string> {
    vi.resetModules();
    const { announceEngine } = await import('../../../src/nlp/segmenter.js');
    let written = '';
    const stderr = { write: (text: string) => (written += text) };
    announceEngine(stderr, debug);
    announceEngine(stderr, debug);
    return written;
  }

  it('is one line when nodejieba’s binding runs because ours is missing, and nothing otherwise', async () => {
    const written = await notice(false);
    if (chosenNodejieba || bindingBuilt()) expect(written).toBe('');
    else expect(written).toMatch(/^policy-cli: segmenting with nodejieba \(our faster binding is not built: .+\)\n$/);
  });

  it('names the engine with --debug, whichever it is', async () => {
    const written = await notice(true);
    if (chosenNodejieba) expect(written).toBe('policy-cli: segmenting with nodejieba (POLICY_CLI_ENGINE=nodejieba)\n');
    else if (bindingBuilt()) expect(written).toMatch(/^policy-cli: segmenting with our binding to cppjieba .*\n$/);
    else expect(written).toMatch(/^policy-cli: segmenting with nodejieba \(our faster binding is not built: .+\)\n$/);
  });
});

describe.runIf(engineName() === 'native')('our binding', () => {
  let binding: { load(dictionary: string, hmmModel: string, userDictionaries: string): void; cut(text: string): Int32Array };
  beforeAll(() => {
    binding = (require('@policy-cli/segmenter-binding') as { load(): typeof binding }).load();
  });

  it('is loaded once per process: the same dictionaries again are a no-op, other ones an error', () => {
    cut('预热'); // loads it through the segmenter module
    const { DEFAULT_DICT, DEFAULT_HMM_DICT } = require('nodejieba') as { DEFAULT_DICT: string; DEFAULT_HMM_DICT: string };
    expect(() => binding.load(DEFAULT_DICT, DEFAULT_HMM_DICT, join(process.cwd(), 'src/data/policy-dict.txt'))).not.toThrow();
    expect(() => binding.load(DEFAULT_DICT, DEFAULT_HMM_DICT, '')).toThrow(/already loaded with other dictionaries/);
  });

  it.each([
    [[], /three strings/],
    [[1, 2, 3], /three strings/],
    [['a', 'b', 'c', 'd', 'e'], /three strings and an optional fourth/],
  ])('load(%j) is refused', (args, message) => {
    expect(() => (binding.load as (...a: unknown[]) => void)(...args)).toThrow(message);
  });

  it('cut() gives UTF-16 lengths that add up to the text', () => {
    expect([...binding.cut('潍坊𠮷市委')]).toEqual([2, 2, 2]);
    expect(() => (binding.cut as (...a: unknown[]) => void)(42)).toThrow(/takes a string/);
  });

  it('tag() gives each word the dictionary’s tag, or -1 where it has none', () => {
    const { lengths, tags, names } = (binding as unknown as { tag(t: string): { lengths: Int32Array; tags: Int32Array; names: string[] } }).tag('潍坊市委，江敦涛');
    expect([...lengths]).toEqual([2, 2, 1, 3]);
    const read = [...tags].map((id) => (id >= 0 ? names[id] : null));
    expect(read.slice(0, 2)).toEqual(['ns', 'n']); // 潍坊, 市委 as jieba's dictionary tags them (nodejieba.tag agrees)
    expect(read.slice(2)).toEqual([null, null]); // ，and the name are in no dictionary
  });
});
