// Words that are never keywords: function words and the boilerplate of policy prose (推进, 加快, 工作, 会议…).
// The list is data (src/data/stopwords.txt, with how each section was chosen); it loads once, on first use.
import { readWordList } from '../word-lists.js';

let stopWords: ReadonlySet<string> | undefined;

/** The stop list shipped in src/data/stopwords.txt. */
export function stopWordList(): ReadonlySet<string> {
  stopWords ??= new Set(readWordList('stopwords.txt'));
  return stopWords;
}

/** True when the word is a function word or policy boilerplate, never a keyword. */
export function isStopWord(word: string): boolean {
  return stopWordList().has(word);
}
