// The word lists shipped in src/data/ (stop words, posts, org heads, slogans…) share one format: one entry per line,
// surrounding spaces trimmed, blank lines and `#` comment lines skipped.
import { readFileSync } from 'node:fs';
import { dataPath } from './paths.js';

/** The entries of a word list's text, in file order (duplicates kept: some lists are read as pairs or columns). */
export function parseWordList(text: string): string[] {
  const entries: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const entry = line.trim();
    if (entry.length > 0 && !entry.startsWith('#')) entries.push(entry);
  }
  return entries;
}

/** The entries of src/data/NAME. */
export function readWordList(name: string): string[] {
  return parseWordList(readFileSync(dataPath(name), 'utf8'));
}
