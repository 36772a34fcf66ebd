// Our binding to cppjieba (src/native/segmenter.cc) and nodejieba's give the same words: the binding is only faster.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cut, engineName, nodejiebaEngine } from '../../../src/nlp/segmenter.js';

const texts = [
  ...readdirSync('seeds').filter((n) => n.endsWith('.txt')).map((n) => join('seeds', n)),
  ...readdirSync('test/fixtures/corpus').filter((n) => n.endsWith('.txt')).map((n) => join('test/fixtures/corpus', n)),
];

describe('the segmenting engine', () => {
  it('is our binding, built by npm install (POLICY_CLI_ENGINE=nodejieba picks nodejieba’s)', () => {
    expect(engineName()).toBe(process.env.POLICY_CLI_ENGINE === 'nodejieba' ? 'nodejieba' : 'native');
  });

  it.each(texts)('cuts %s into nodejieba’s cut(text, true) words, with offsets that slice them out', (path) => {
    const text = readFileSync(path, 'utf8');
    const tokens = cut(text);
    expect(tokens.map((t) => t.word)).toEqual(nodejiebaEngine().cut(text, true));
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.word);
    expect(tokens.at(-1)!.end).toBe(text.length);
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
  });

  // nodejieba hands back U+FFFD for a lone surrogate, which align() cannot find in the text, so it drops it.
  it.runIf(engineName() === 'native')('keeps a lone surrogate in its place', () => {
    expect(cut('a\ud800b').map((t) => t.word)).toEqual(['a', '\ud800', 'b']);
  });
});
