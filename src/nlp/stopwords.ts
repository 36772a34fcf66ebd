// Words that are never keywords: function words and the boilerplate of policy prose (推进, 加快, 工作, 会议…).
// The list is data (src/data/stopwords.txt, with how each section was chosen); it loads once, on first use.
import { readFileSync } from 'node:fs';
import { dataPath } from '../paths.js';

let stopWords: ReadonlySet<string> | undefined;

/** Parse a word list: one word per line, `#` lines and blank lines skipped, surrounding spaces trimmed. */
export function parseWordList(text: string): Set<string> {
  const words = new Set<string>();
  for (const line of text.split(/\r?\n/)) {
    const word = line.trim();
    if (word.length > 0 && !word.startsWith('#')) words.add(word);
  }
  return words;
}

/** The stop list shipped in src/data/stopwords.txt. */
export function stopWordList(): ReadonlySet<string> {
  stopWords ??= parseWordList(readFileSync(dataPath('stopwords.txt'), 'utf8'));
  return stopWords;
}

/** True when the word is a function word or policy boilerplate, never a keyword. */
export function isStopWord(word: string): boolean {
  return stopWordList().has(word);
}
