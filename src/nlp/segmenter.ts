// The only module that segments. The engine is cppjieba, the C++ library inside nodejieba, with nodejieba's
// dictionaries and ours: through our own binding (the optional package @policy-cli/segmenter-binding, in
// packages/segmenter-binding/, compiled by `npm install`) when it is built, else through nodejieba's. Both give the same words (test/unit/nlp/engines.test.ts). The engine loads once, on first
// use, so commands that never segment (--help, --version) never pay for it.
import { createRequire } from 'node:module';
import { dataPath } from '../paths.js';
import type { Token } from '../types.js';
import { pruneCache, readyCacheDir } from '../cache-dir.js';
import { buildPosLexicon, lookUpTag, tagOfUnknownWord, type PosLexicon } from './pos-lexicon.js';

type Jieba = typeof import('nodejieba');

/**
 * Our binding: one segmenter per process, shared by every thread. cut() gives the words' UTF-16 lengths; tag() also
 * each word's tag from the dictionary (names[tags[i]], -1 where it has none).
 */
interface NativeSegmenter {
  /** Returns how the dictionary image was had: `read`, `written`, or `built (why not read or written)`. */
  load(dictionary: string, hmmModel: string, userDictionaries: string, cacheDir?: string): string;
  cut(text: string): Int32Array;
  tag(text: string): { lengths: Int32Array; tags: Int32Array; names: string[] };
}

const require = createRequire(import.meta.url);

let extraDicts: string[] = [];
let loaded = false; // either binding: user dictionaries can no longer be added
let nativeLoaded = false;
/** How our binding had its dictionary image (see cache-dir.ts); '' until it loads in this thread. */
let imageStatus = '';
let native: NativeSegmenter | null | undefined; // null: not built (or POLICY_CLI_ENGINE=nodejieba)
/** Why `native` is null: the load error's first line, or the environment variable that turned it off. */
let nativeMissing = '';
let announced = false;
let nodejieba: Jieba | undefined;
let lexicon: PosLexicon | undefined;
/** Characters tagged so far in this thread by nodejieba's own tag(). */
let taggedByNodejieba = 0;
/**
 * With nodejieba's binding, after this many characters tag() looks tags up itself (see pos-lexicon.ts): building the
 * lexicon (~85 ms) costs what nodejieba's tag() loses on ~1 MB of text, so short runs never build it. Both ways give
 * the same tags.
 */
export const LEXICON_AFTER_CHARS = 400_000;

/**
 * Add user dictionaries (jieba format: `word [freq] [tag]` per line). Must be called before the first cut; a dictionary
 * already added is not added again (the main thread both preloads the segmenter for its workers and segments).
 */
export function addUserDictionaries(paths: string[]): void {
  const fresh = paths.filter((path) => !extraDicts.includes(path));
  if (fresh.length === 0) return;
  if (loaded) throw new Error('user dictionaries must be added before the segmenter loads');
  extraDicts = [...extraDicts, ...fresh];
}

function userDictionaries(): string[] {
  return [dataPath('policy-dict.txt'), ...extraDicts];
}

/** nodejieba's package: its index.js names the dictionary files and loads its binary only when first called. */
function nodejiebaPackage(): Jieba & { DEFAULT_DICT: string; DEFAULT_HMM_DICT: string } {
  return require('nodejieba') as Jieba & { DEFAULT_DICT: string; DEFAULT_HMM_DICT: string };
}

/** Our binding when it is built and not turned off, else null. */
function nativeSegmenter(): NativeSegmenter | null {
  if (native === undefined) {
    native = null;
    if (process.env.POLICY_CLI_ENGINE === 'nodejieba') nativeMissing = 'POLICY_CLI_ENGINE=nodejieba';
    else {
      try {
        native = (require('@policy-cli/segmenter-binding') as { load(): NativeSegmenter }).load();
      } catch (error) {
        // Not installed (an optional dependency whose compile failed), not built, or unloadable: nodejieba's binding
        // does the same work.
        nativeMissing = missingReason(error);
      }
    }
  }
  return native;
}

function missingReason(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  if (e?.code === 'MODULE_NOT_FOUND' && /'@policy-cli\/segmenter-binding'/.test(e.message)) {
    return 'the optional package @policy-cli/segmenter-binding is not installed';
  }
  return String(e?.message ?? error).split('\n')[0]!;
}

/** Which binding segments in this thread: `native` (ours) or `nodejieba`. */
export function engineName(): 'native' | 'nodejieba' {
  return nativeSegmenter() ? 'native' : 'nodejieba';
}

/**
 * Say on stderr which binding segments: once per process (the CLI calls this in the main thread before a run), only
 * when ours is missing unless `debug`, and never for POLICY_CLI_ENGINE=nodejieba unless `debug` (the user chose it).
 */
export function announceEngine(stderr: { write(text: string): unknown }, debug: boolean): void {
  if (announced) return;
  announced = true;
  const chosen = process.env.POLICY_CLI_ENGINE === 'nodejieba';
  if (engineName() === 'native') {
    if (debug) stderr.write('policy-cli: segmenting with our binding to cppjieba (@policy-cli/segmenter-binding)\n');
  } else if (debug || !chosen) {
    const why = chosen ? nativeMissing : `our faster binding is not built: ${nativeMissing}`;
    stderr.write(`policy-cli: segmenting with nodejieba (${why})\n`);
  }
}

/** nodejieba's binding, loaded with our dictionaries (also used, alone, to check that both engines agree). */
export function nodejiebaEngine(): Jieba {
  if (!nodejieba) {
    const jieba = nodejiebaPackage();
    // cppjieba splits the userDict argument on '|' and ';' so several files load in one call. Its IDF (6 MB) and stop
    // words serve only nodejieba's own extract(), which we never call: a one-line stand-in saves ~120 ms and ~19 MB.
    // What stays (~0.65 s, ~250 MB) is the main dictionary, which load() reads twice: for the segmenter and again for
    // a TextRank extractor that nodejieba always builds.
    const unused = dataPath('jieba-unused.txt');
    jieba.load({ userDict: userDictionaries().join('|'), idfDict: unused, stopWordDict: unused });
    nodejieba = jieba;
    loaded = true;
  }
  return nodejieba;
}

function loadNative(segmenter: NativeSegmenter): NativeSegmenter {
  if (!nativeLoaded) {
    // The first thread to get here builds the segmenter; the others find it built (same dictionaries) and share it.
    const { DEFAULT_DICT, DEFAULT_HMM_DICT } = nodejiebaPackage();
    const cacheDir = readyCacheDir();
    imageStatus = segmenter.load(DEFAULT_DICT, DEFAULT_HMM_DICT, userDictionaries().join('|'), cacheDir);
    if (imageStatus.startsWith('written')) {
      pruneCache(cacheDir, 'dictionary-');
      pruneCache(cacheDir, 'hmm-', 2); // the HMM model's block, which changes only with nodejieba
    }
    nativeLoaded = loaded = true;
  }
  return segmenter;
}

/**
 * Load our binding's segmenter now, when it is built: the main thread does this while worker threads start and read
 * their first files, and they then find it loaded (it is one per process). Does nothing with nodejieba's binding,
 * whose segmenter each thread loads for itself.
 */
export function preloadSharedSegmenter(dicts: string[]): void {
  const segmenter = nativeSegmenter();
  if (!segmenter || nativeLoaded) return;
  addUserDictionaries(dicts);
  loadNative(segmenter);
}

/** How our binding had its dictionary image: `read`, `written`, `built (why)`; '' when it has not loaded (or is not ours). */
export function dictionaryImageStatus(): string {
  return imageStatus;
}

/** The lexicon tag() looks tags up in, built from the dictionaries the engine loaded. */
export function posLexicon(): PosLexicon {
  lexicon ??= buildPosLexicon(nodejiebaPackage().DEFAULT_DICT, userDictionaries());
  return lexicon;
}

/**
 * Cut text into tokens with offsets, with the HMM on (nodejieba's cut(s) runs with it off, which breaks unknown names
 * into single characters; cut(s, true) turns it on, so unknown names and numbers stay whole).
 */
export function cut(text: string): Token[] {
  const segmenter = nativeSegmenter();
  if (!segmenter) return align(text, nodejiebaEngine().cut(text, true));
  return tokensOfLengths(text, loadNative(segmenter).cut(text));
}

/** The words of cut(text) without their offsets: for counting, where a token object per word is garbage. */
export function cutWords(text: string): string[] {
  const segmenter = nativeSegmenter();
  if (!segmenter) return nodejiebaEngine().cut(text, true).filter((word) => word.length > 0);
  const lengths = loadNative(segmenter).cut(text);
  const words: string[] = [];
  let start = 0;
  for (let i = 0; i < lengths.length; i++) {
    const end = start + lengths[i]!;
    // Words of one or two units are the same strings every time (nine in ten words): fewer strings to make, and the
    // maps that count them find them by identity, their hash already known.
    if (end > start) words.push(end === start + 1 ? oneUnit(text, start) : end === start + 2 ? twoUnits(text, start) : text.slice(start, end));
    start = end;
  }
  return words;
}

/**
 * The lengths of the words of cut(text), end to end (Article.wordLengths): our binding's own result, with no string
 * made; from nodejieba's words, a negative length stands for text it left out between two words.
 */
export function cutLengths(text: string): Int32Array {
  const segmenter = nativeSegmenter();
  if (segmenter) return loadNative(segmenter).cut(text);
  const tokens = cut(text);
  const lengths: number[] = [];
  let at = 0;
  for (const token of tokens) {
    if (token.start > at) lengths.push(at - token.start);
    lengths.push(token.end - token.start);
    at = token.end;
  }
  if (text.length > at) lengths.push(at - text.length);
  return Int32Array.from(lengths);
}

/**
 * Call `visit(start, end)` for each word of cut(text), in order, without making the words: for callers that need only
 * where words begin and end.
 */
export function forEachWord(text: string, visit: (start: number, end: number) => void): void {
  const segmenter = nativeSegmenter();
  if (!segmenter) {
    for (const token of cut(text)) visit(token.start, token.end);
    return;
  }
  const lengths = loadNative(segmenter).cut(text);
  let start = 0;
  for (let i = 0; i < lengths.length; i++) {
    const end = start + lengths[i]!;
    if (end > start) visit(start, end);
    start = end;
  }
}

/** Cut and tag with part of speech (unknown words get `x`, `m` or `eng`, as cppjieba gives them). */
export function tag(text: string): Token[] {
  const segmenter = nativeSegmenter();
  if (segmenter) {
    const { lengths, tags, names } = loadNative(segmenter).tag(text);
    return tokensOfLengths(text, lengths, tags, names);
  }
  if (lexicon || taggedByNodejieba > LEXICON_AFTER_CHARS) return tagWithLexicon(text, posLexicon());
  taggedByNodejieba += text.length;
  return tagWithNodejieba(text);
}

/**
 * Tokens of our binding's word lengths, which cover the text end to end; tagged when the binding's `tags` are given
 * (names[tags[i]], or cppjieba's rule for a word the dictionary has no tag for).
 */
function tokensOfLengths(text: string, lengths: Int32Array, tags?: Int32Array, names?: string[]): Token[] {
  // Sized once: pushing 30,000 tokens grew the array a dozen times, a third of what tagging allocated.
  const tokens: Token[] = lengths.length <= PREALLOCATE_UP_TO ? new Array<Token>(lengths.length) : [];
  let count = 0;
  let start = 0;
  for (let i = 0; i < lengths.length; i++) {
    const end = start + lengths[i]!;
    if (end === start) continue;
    const word = end === start + 1 ? oneUnit(text, start) : end === start + 2 ? twoUnits(text, start) : text.slice(start, end);
    if (!tags) tokens[count++] = { word, start, end };
    else tokens[count++] = { word, start, end, tag: tags[i]! >= 0 ? names![tags[i]!]! : tagOfUnknownWord(word) };
    start = end;
  }
  if (start !== text.length) throw new Error(`the segmenter's words cover ${start} of ${text.length} characters`);
  tokens.length = count;
  return tokens;
}

/** Up to this many words a token array is made at its full size (V8 makes a bigger `new Array(n)` a dictionary). */
const PREALLOCATE_UP_TO = 50_000;

/**
 * Words of one UTF-16 unit (two words in five), made once each: the same string every time the character is a word.
 * oneUnitWords[oneUnitAt[unit]], 0 while the unit has been no word (a typed array comes zeroed for nothing; an array of
 * 65,536 slots took milliseconds to make, on every start).
 */
const oneUnitAt = new Int32Array(0x10000);
const oneUnitWords: string[] = [''];

function oneUnit(text: string, at: number): string {
  const code = text.charCodeAt(at);
  const k = oneUnitAt[code]!;
  if (k !== 0) return oneUnitWords[k]!;
  const word = text[at]!;
  oneUnitAt[code] = oneUnitWords.push(word) - 1;
  return word;
}

/**
 * Words of two units (half of all words), from a cache of the last word seen in each of 2^16 slots: the frequent ones
 * (发展, 建设, 推进) are made once, and the cache never holds more than 2^16 words whatever the corpus. A slot's word is
 * twoUnitWords[twoUnitAt[slot] - 1] (0: none yet), of key twoUnitKeys[slot] (the two units as one number).
 */
const twoUnitKeys = new Int32Array(1 << 16);
const twoUnitAt = new Int32Array(1 << 16);
const twoUnitWords: string[] = [];

function twoUnits(text: string, at: number): string {
  const key = (text.charCodeAt(at) << 16) | text.charCodeAt(at + 1);
  const slot = Math.imul(key, 0x9e3779b1) >>> 16;
  const k = twoUnitAt[slot]!;
  if (k !== 0 && twoUnitKeys[slot] === key) return twoUnitWords[k - 1]!;
  const word = text.slice(at, at + 2);
  twoUnitKeys[slot] = key;
  if (k !== 0) twoUnitWords[k - 1] = word;
  else twoUnitAt[slot] = twoUnitWords.push(word);
  return word;
}

/** nodejieba's tag(): one {word, tag} object per word from the addon. */
export function tagWithNodejieba(text: string): Token[] {
  const tagged = nodejiebaEngine().tag(text);
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

/** The same tokens and tags as tagWithNodejieba: cppjieba's tag() is cut(text, true) and a lookup per word. */
export function tagWithLexicon(text: string, lexicon: PosLexicon): Token[] {
  const segmenter = nativeSegmenter();
  if (!segmenter) return align(text, nodejiebaEngine().cut(text, true), lexicon);
  return cut(text).map((token) => ({ ...token, tag: lookUpTag(lexicon, token.word) }));
}

/**
 * Give each bare string from nodejieba its [start, end) in the text. The engine keeps every character,
 * so tokens follow one another; the search only guards against an engine that drops or rewrites one.
 */
export function align(text: string, words: string[], lexicon?: PosLexicon): Token[] {
  const tokens: Token[] = [];
  let cursor = 0;
  for (const word of words) {
    if (word.length === 0) continue;
    const start = text.startsWith(word, cursor) ? cursor : text.indexOf(word, cursor);
    if (start < 0) continue;
    const end = start + word.length;
    tokens.push(lexicon ? { word, start, end, tag: lookUpTag(lexicon, word) } : { word, start, end });
    cursor = start + word.length;
  }
  return tokens;
}
