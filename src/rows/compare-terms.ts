// The user's own terms (words, phrases or /regex/), found as substrings of the normalised article text so that
// phrases work whatever the segmenter makes of them. Shared by `compare --terms` and `kwic`.
import { readFileSync } from 'node:fs';
import { UsageError } from '../types.js';
import { parseRegexLiteral } from './text-matcher.js';

export interface TermPattern {
  /** The term as the user wrote it: the row label. */
  label: string;
  /** Set for a /regex/ term (global, so that every match is found). */
  regex?: RegExp;
  /** Set for a plain term. */
  text?: string;
}

export interface TermMatch {
  start: number;
  end: number;
}

/** A term as a pattern: `/…/flags` is a regular expression, anything else a literal string. */
export function compileTerm(term: string): TermPattern {
  const regex = parseRegexLiteral(term);
  if (regex) return { label: term, regex: new RegExp(regex.source, `${regex.flags}g`) };
  if (term.length === 0) throw new UsageError('empty term');
  return { label: term, text: term };
}

/**
 * Every match of the term in `text`, left to right, never overlapping (as grep -o counts): `发展发展` holds `发展`
 * twice, `AAA` holds `AA` once. A regex match of no characters is skipped.
 */
export function findTermMatches(text: string, pattern: TermPattern): TermMatch[] {
  const matches: TermMatch[] = [];
  if (pattern.text !== undefined) {
    const needle = pattern.text;
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) {
      matches.push({ start: at, end: at + needle.length });
    }
    return matches;
  }
  const regex = pattern.regex!;
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
    if (m[0].length === 0) {
      regex.lastIndex = m.index + 1;
      continue;
    }
    matches.push({ start: m.index, end: m.index + m[0].length });
  }
  return matches;
}

export function countTermMatches(text: string, pattern: TermPattern): number {
  if (pattern.text === undefined) return findTermMatches(text, pattern).length;
  let count = 0;
  const needle = pattern.text;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) count++;
  return count;
}

/**
 * `--terms 高质量发展,营商环境,/数字.{0,4}经济/`: split on commas (ASCII or Chinese `，`), except inside a /regex/,
 * whose own commas (`/\d{1,3}/`) are kept. Blank items are dropped, duplicates kept once.
 */
export function parseTermList(list: string): string[] {
  const parts = list.split(/([,，])/); // items at even indices, the separators between them at odd ones
  const terms: string[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    let item = parts[i]!;
    if (item.trim().startsWith('/') && !isRegexLiteral(item.trim())) {
      // Glue items back until the literal closes: the comma was the regex's own.
      let j = i;
      let glued = item;
      while (!isRegexLiteral(glued.trim()) && j + 2 < parts.length) {
        glued += parts[j + 1]! + parts[j + 2]!;
        j += 2;
      }
      if (isRegexLiteral(glued.trim())) {
        item = glued;
        i = j;
      }
    }
    const term = item.trim();
    if (term.length > 0 && !terms.includes(term)) terms.push(term);
  }
  return terms;
}

/** A terms file: one term per line; blank lines and lines starting with `#` are skipped. */
export function readTermsFile(path: string): string[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`--terms-file ${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
  const terms: string[] = [];
  for (const line of text.replace(/^\uFEFF/, '').split(/\r?\n|\r/)) {
    const term = line.trim();
    if (term.length > 0 && !term.startsWith('#') && !terms.includes(term)) terms.push(term);
  }
  return terms;
}

function isRegexLiteral(text: string): boolean {
  return /^\/.+\/[a-z]*$/s.test(text);
}
