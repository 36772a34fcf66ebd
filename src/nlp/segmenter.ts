// The only module that imports nodejieba. The engine and its dictionaries load once, on first use,
// so commands that never segment (--help, --version) never pay for them.
import { createRequire } from 'node:module';
import { dataPath } from '../paths.js';
import type { Token } from '../types.js';
import { buildPosLexicon, lookUpTag, type PosLexicon } from './pos-lexicon.js';

type Jieba = typeof import('nodejieba');

let engine: Jieba | undefined;
let extraDicts: string[] = [];
let lexicon: PosLexicon | undefined;
/** Characters tagged so far in this thread, by nodejieba's own tag(). */
let taggedByEngine = 0;
/**
 * After this many characters, tag() looks tags up itself (see pos-lexicon.ts): building the lexicon (~85 ms) costs
 * what nodejieba's tag() loses on ~1 MB of text, so short runs never build it. Both ways give the same tags.
 */
export const LEXICON_AFTER_CHARS = 400_000;

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
    loaded.load({ userDict: userDictionaries().join('|'), idfDict: unused, stopWordDict: unused });
    engine = loaded;
  }
  return engine;
}

function userDictionaries(): string[] {
  return [dataPath('policy-dict.txt'), ...extraDicts];
}

/** The lexicon tag() looks tags up in, built from the dictionaries the engine loaded. */
export function posLexicon(): PosLexicon {
  // index.js exports the path of the dictionary load() defaults to; its typings leave it out.
  const mainDictionary = (jieba() as unknown as { DEFAULT_DICT: string }).DEFAULT_DICT;
  lexicon ??= buildPosLexicon(mainDictionary, userDictionaries());
  return lexicon;
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
  if (lexicon || taggedByEngine > LEXICON_AFTER_CHARS) return tagWithLexicon(text, posLexicon());
  taggedByEngine += text.length;
  return tagWithEngine(text);
}

/** nodejieba's tag(): one {word, tag} object per word from the addon. */
export function tagWithEngine(text: string): Token[] {
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

/** The same tokens and tags as tagWithEngine: cppjieba's tag() is cut(text, true) and a lookup per word. */
export function tagWithLexicon(text: string, lexicon: PosLexicon): Token[] {
  const tokens: Token[] = [];
  let cursor = 0;
  for (const word of jieba().cut(text, true)) {
    if (word.length === 0) continue;
    const start = text.startsWith(word, cursor) ? cursor : text.indexOf(word, cursor);
    if (start < 0) continue;
    tokens.push({ word, start, end: start + word.length, tag: lookUpTag(lexicon, word) });
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
