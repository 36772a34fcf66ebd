// Halves of compounds the segmenter splits (联防 / 联控, 企事业 / 单位, 人 / 社部, 贫困 / 发生率): words that news writes
// beside one same word four times in five or more (src/data/news-bound-words.tsv, scripts/build-news-burstiness.mjs).
// Alone, such a word is a fragment of the compound, never a keyword (issue 15): the compound is the term.
import { readFileSync } from 'node:fs';
import { dataPath } from '../../paths.js';
import { isPolicyDictionaryTerm } from './burstiness.js';
import { dictionaryTag } from './term-class.js';

export interface Neighbour {
  /** `after`: the neighbour stands right before the word (联防 联控); `before`: right after it (企事业 单位). */
  side: 'after' | 'before';
  word: string;
}

/**
 * Tags of function words and measures (的, 在, 上, 届, 以上): a word always written beside one of them is a set
 * phrase's part or a construction's (在 … 之际), not a compound's half.
 */
const FUNCTION_TAGS = new Set(['p', 'c', 'u', 'uj', 'ul', 'uz', 'ug', 'uv', 'ud', 'd', 'r', 'm', 'q', 'mq', 'y', 'e', 'f', 'zg']);
/** Tags of verbs: a noun written after the same verb is its object (建成 小康社会), not half a compound. */
const VERB_TAGS = new Set(['v', 'vn', 'vd']);
/** Tags of a word that pairs with a verb before it into one compound of two actions (联防 联控, 复工 复产). */
const ACTION_TAGS = new Set(['v', 'vn', 'j']);

let table: ReadonlyMap<string, readonly Neighbour[]> | undefined;

/** The file's rows (`word uses side neighbour beside`, `#` comments, a header) as word → its neighbours. */
export function parseBoundWords(text: string): Map<string, Neighbour[]> {
  const words = new Map<string, Neighbour[]>();
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || line.startsWith('word\t') || line.length === 0) continue;
    const [word, , side, neighbour] = line.split('\t');
    if (!word || !neighbour || (side !== 'after' && side !== 'before')) continue;
    const list = words.get(word) ?? [];
    list.push({ side, word: neighbour });
    words.set(word, list);
  }
  return words;
}

/**
 * True when news writes the word as half of a compound: beside one same content word, and, when that word is a verb
 * before it, the word itself an action (联防 联控, not 建成 小康社会). Terms of the policy dictionary are whole terms.
 */
export function isBoundFragment(word: string, neighbours: ReadonlyMap<string, readonly Neighbour[]> = boundWords()): boolean {
  const list = neighbours.get(word);
  if (!list || isPolicyDictionaryTerm(word)) return false;
  return list.some((neighbour) => {
    const tag = dictionaryTag(neighbour.word);
    if (FUNCTION_TAGS.has(tag)) return false;
    return neighbour.side === 'before' || !VERB_TAGS.has(tag) || ACTION_TAGS.has(dictionaryTag(word));
  });
}

function boundWords(): ReadonlyMap<string, readonly Neighbour[]> {
  table ??= parseBoundWords(readFileSync(dataPath('news-bound-words.tsv'), 'utf8'));
  return table;
}
