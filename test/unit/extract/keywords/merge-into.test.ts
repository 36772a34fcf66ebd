// mergeStatsInto: the in-place merge the keywords command uses, one file's stats after another.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addArticle, mergeStats, mergeStatsInto, newTermStats, type Method, type TermStats } from '../../../../src/extract/keywords/keywords.js';
import { docsOf } from '../../../../src/extract/keywords/tally.js';
import { cutWords } from '../../../../src/nlp/segmenter.js';
import { plainStats, statsOfFiles } from './term-stats-helpers.js';

const seedFiles = readdirSync('seeds').filter((f) => f.endsWith('.txt')).sort().map((f) => join('seeds', f));
// A government work report and a policy document (not newspaper pages), so the merge is checked beyond the seeds.
const otherFiles = ['test/fixtures/texts/gov-report-spaced-title.txt', 'test/fixtures/texts/policy-measures.txt'];
const files = [...seedFiles, ...otherFiles];
const words = new Map(files.map((f) => [f, cutWords(readFileSync(f, 'utf8'))]));

const statsOf = (names: string[], method: Method): TermStats => statsOfFiles(words, names, method);
const plain = (stats: TermStats) => ({ ...plainStats(stats), lastDoc: stats.lastDoc });

describe('mergeStatsInto', () => {
  it.each<Method>(['tfidf', 'textrank', 'freq'])('%s: merging file by file in place = counting all files at once', (method) => {
    const into = newTermStats();
    for (const f of files) mergeStatsInto(into, statsOf([f], method));
    expect(plain(into)).toEqual(plain(statsOf(files, method)));
  });

  it.each<[Method, number]>([
    ['tfidf', 1],
    ['textrank', 3],
    ['freq', 5],
  ])('%s: gives what mergeStats gives (split after %i files), keeping insertion order', (method, at) => {
    const a = statsOf(files.slice(0, at), method);
    const b = statsOf(files.slice(at), method);
    const copied = mergeStats(a, b);
    const inPlace = mergeStatsInto(statsOf(files.slice(0, at), method), b);
    expect(plain(inPlace)).toEqual(plain(copied));
    expect(inPlace.terms.keys).toEqual(copied.terms.keys);
  });

  it('goes on with the last document of what it merged: its words count once more in docs', () => {
    const into = statsOf(files.slice(0, 1), 'freq');
    const other = newTermStats();
    addArticle(other, cutWords('发展数字经济。'), 'freq', 'b.txt');
    mergeStatsInto(into, other);
    const before = docsOf(into.terms, '数字经济');
    addArticle(into, cutWords('数字经济，光伏。'), 'freq', 'b.txt');
    expect(docsOf(into.terms, '数字经济')).toBe(before);
    expect(docsOf(into.terms, '光伏')).toBe(docsOf(statsOf(files.slice(0, 1), 'freq').terms, '光伏') + 1);
    addArticle(into, cutWords('数字经济。'), 'freq', 'c.txt');
    expect(docsOf(into.terms, '数字经济')).toBe(before + 1);
  });

  it('returns the object it was given, changed, and leaves the other alone', () => {
    const into = statsOf(files.slice(0, 1), 'tfidf');
    const other = statsOf(files.slice(1, 2), 'tfidf');
    const before = plain(other);
    expect(mergeStatsInto(into, other)).toBe(into);
    expect(plain(other)).toEqual(before);
    expect(into.documents).toBe(2);
  });
});
