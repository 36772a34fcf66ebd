// The only module that imports nodejieba. The engine and its dictionaries load once, on first use,
// so commands that never segment (--help, --version) never pay for them.
import { createRequire } from 'node:module';
import { dataPath } from '../paths.js';
import type { Token } from '../types.js';

type Jieba = typeof import('nodejieba');

let engine: Jieba | undefined;
let extraDicts: string[] = [];

/** Add user dictionaries (jieba format: `word [freq] [tag]` per line). Must be called before the first cut. */
export function addUserDictionaries(paths: string[]): void {
  if (engine) throw new Error('user dictionaries must be added before the segmenter loads');
  extraDicts = [...extraDicts, ...paths];
}

/** The loaded engine: nodejieba with our policy dictionary and any user dictionaries. */
export function jieba(): Jieba {
  if (!engine) {
    const require = createRequire(import.meta.url);
    const loaded = require('nodejieba') as Jieba;
    // cppjieba splits the userDict argument on '|' and ';' so several files load in one call. Its IDF (6 MB) and stop
    // words serve only nodejieba's own extract(), which we never call: a one-line stand-in saves ~120 ms and ~19 MB.
    // What stays (~0.65 s, ~250 MB) is the main dictionary, which load() reads twice: for the segmenter and again for
    // a TextRank extractor that nodejieba always builds.
    const unused = dataPath('jieba-unused.txt');
    loaded.load({ userDict: [dataPath('policy-dict.txt'), ...extraDicts].join('|'), idfDict: unused, stopWordDict: unused });
    engine = loaded;
  }
  return engine;
}

/**
 * Cut text into tokens with offsets. nodejieba's cut(s) runs with the HMM off, which breaks unknown names
 * into single characters; cut(s, true) turns it on, so unknown names and numbers stay whole.
 */
export function cut(text: string): Token[] {
  return align(text, jieba().cut(text, true));
}

/** Cut and tag with part of speech (nodejieba labels unknown words `x`, like punctuation). */
export function tag(text: string): Token[] {
  const tagged = jieba().tag(text);
  // One pass, as align does, building each token once: mapping words out and spreading tags back in cost a third of
  // the time of tagging itself.
  const tokens: Token[] = [];
  let cursor = 0;
  for (const { word, tag } of tagged) {
    if (word.length === 0) continue;
    const start = text.startsWith(word, cursor) ? cursor : text.indexOf(word, cursor);
    if (start < 0) continue;
    tokens.push({ word, start, end: start + word.length, tag });
    cursor = start + word.length;
  }
  return tokens;
}

/**
 * Give each bare string from the engine its [start, end) in the text. The engine keeps every character,
 * so tokens follow one another; the search only guards against an engine that drops or rewrites one.
 */
export function align(text: string, words: string[]): Token[] {
  const tokens: Token[] = [];
  let cursor = 0;
  for (const word of words) {
    if (word.length === 0) continue;
    const start = text.startsWith(word, cursor) ? cursor : text.indexOf(word, cursor);
    if (start < 0) continue;
    tokens.push({ word, start, end: start + word.length });
    cursor = start + word.length;
  }
  return tokens;
}
