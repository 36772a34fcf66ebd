import { MAX_PHRASES } from '../../../../src/extract/keywords/phrases.js';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { idfFromText } from '../../../../src/extract/keywords/idf.js';
import {
  MAX_TERMS,
  addArticle,
  mergeStats,
  newTermStats,
  rankKeywords,
  textRank,
  type Method,
  type TermStats,
} from '../../../../src/extract/keywords/keywords.js';
import { cutWords } from '../../../../src/nlp/segmenter.js';
import { countsOf, docsOf } from '../../../../src/extract/keywords/tally.js';
import { plainStats, statsOfFiles } from './term-stats-helpers.js';

const SEEDS = 'seeds';
const seedFiles = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
const seedWords = new Map(seedFiles.map((f) => [f, cutWords(readFileSync(join(SEEDS, f), 'utf8'))]));
const flatIdf = idfFromText('# documents 1\n', 'test', { fallback: false });

const statsOf = (files: string[], method: Method): TermStats => statsOfFiles(seedWords, files, method);
const plain = plainStats;

describe('addArticle', () => {
  it('counts a term once per document in its docs, however many articles of the file hold it', () => {
    const stats = newTermStats();
    addArticle(stats, cutWords('推动数字经济高质量发展。'), 'tfidf', 'a.txt');
    addArticle(stats, cutWords('数字经济是高质量发展的引擎。'), 'tfidf', 'a.txt');
    addArticle(stats, cutWords('发展数字经济。'), 'tfidf', 'b.txt');
    expect(countsOf(stats.terms).get('数字经济')).toBe(3);
    expect(docsOf(stats.terms, '数字经济')).toBe(2);
    expect(docsOf(stats.terms, '高质量发展')).toBe(1);
    expect(stats.articles).toBe(3);
    expect(stats.documents).toBe(2);
  });

  it('counts each article as a document when no document is named', () => {
    const stats = newTermStats();
    addArticle(stats, cutWords('数字经济'), 'freq');
    addArticle(stats, cutWords('数字经济'), 'freq');
    expect(docsOf(stats.terms, '数字经济')).toBe(2);
  });

  it('stays within MAX_TERMS, dropping the rarest terms first', () => {
    const stats = newTermStats();
    const words: string[] = [];
    for (let i = 0; i < MAX_TERMS + 50_000; i++) {
      // Distinct made-up three-character words from the CJK block (鿿 range avoided), one occurrence each.
      words.push(String.fromCharCode(0x4e00 + (i % 5000), 0x5e00 + Math.floor(i / 5000), 0x6e00 + (i % 7)));
    }
    for (let i = 0; i < 5; i++) words.push('数字经济');
    addArticle(stats, words, 'tfidf', 'big.txt');
    expect(stats.terms.keys.length).toBeLessThanOrEqual(MAX_TERMS);
    expect(countsOf(stats.terms).get('数字经济')).toBe(5);
    expect(stats.phrases.keys.length).toBeLessThanOrEqual(MAX_PHRASES);
    // One run of 250,000 adjacent words also counts its n-grams (and prunes them): slower than any real article.
  }, 60_000);

  it('links terms within the TextRank window only', () => {
    const stats = newTermStats();
    // candidates in order: 光伏 储能 氢能 风电 新能源 乡村振兴 (six terms, window 5)
    addArticle(stats, cutWords('光伏、储能、氢能、风电、新能源、乡村振兴'), 'textrank');
    expect(stats.edges!.get('储能\t光伏')).toBe(1);
    expect(stats.edges!.get('光伏\t新能源')).toBe(1);
    expect(stats.edges!.has('乡村振兴\t光伏')).toBe(false);
  });
});

describe('mergeStats', () => {
  it.each<[Method, number]>([
    ['tfidf', 1],
    ['tfidf', 3],
    ['textrank', 2],
    ['freq', 4],
  ])('%s: stats of two groups merged = stats of all files (split after %i)', (method, at) => {
    const whole = statsOf(seedFiles, method);
    const merged = mergeStats(statsOf(seedFiles.slice(0, at), method), statsOf(seedFiles.slice(at), method));
    expect(plain(merged)).toEqual(plain(whole));
    expect(rankKeywords(merged, { method, top: 20, minCount: 1, idf: flatIdf })).toEqual(
      rankKeywords(whole, { method, top: 20, minCount: 1, idf: flatIdf }),
    );
  });

  it('leaves its arguments alone', () => {
    const a = statsOf(seedFiles.slice(0, 1), 'tfidf');
    const before = plain(a);
    mergeStats(a, statsOf(seedFiles.slice(1, 2), 'tfidf'));
    expect(plain(a)).toEqual(before);
  });
});

describe('textRank', () => {
  it('is deterministic whatever order terms and edges come in', () => {
    const stats = statsOf(seedFiles, 'textrank');
    const terms = [...stats.terms.keys];
    const reversedEdges = new Map([...stats.edges!].reverse());
    const a = textRank(terms, stats.edges!);
    const b = textRank([...terms].reverse(), reversedEdges);
    expect([...b].sort()).toEqual([...a].sort());
    const rankA = rankKeywords(stats, { method: 'textrank', top: 20, minCount: 1, idf: flatIdf });
    expect(rankKeywords(stats, { method: 'textrank', top: 20, minCount: 1, idf: flatIdf })).toEqual(rankA);
    expect(rankA[0]!.score).toBe(1);
  });

  it('ranks the hub of a star above its leaves, and leaves alike', () => {
    const edges = new Map([
      ['中心\t甲', 1],
      ['中心\t乙', 1],
      ['中心\t丙', 1],
    ]);
    const scores = textRank(['甲', '乙', '丙', '中心'], edges);
    expect(scores.get('中心')).toBe(1);
    expect(scores.get('甲')).toBeCloseTo(scores.get('丙')!, 12);
    expect(scores.get('甲')!).toBeLessThan(1);
  });
});

describe('rankKeywords', () => {
  const stats = newTermStats();
  addArticle(stats, cutWords('数字经济 数字经济 数字经济 光伏 光伏 储能 储能 氢能'), 'freq', 'x.txt');

  it('sorts by score, then count, then keyword, and applies top and minCount', () => {
    const rows = rankKeywords(stats, { method: 'freq', top: 3, minCount: 2, idf: flatIdf }).map(({ keyword, score, count, docs }) => ({ keyword, score, count, docs }));
    expect(rows).toEqual([
      { keyword: '数字经济', score: 3, count: 3, docs: 1 },
      { keyword: '储能', score: 2, count: 2, docs: 1 },
      { keyword: '光伏', score: 2, count: 2, docs: 1 },
    ]);
  });

  it('scores tf-idf as occurrences per 1,000 candidate terms × idf, unknown terms at the median', () => {
    const idf = idfFromText('# documents 10\n数字经济 2.0 n\n光伏 1.0 n\n推动 0.5 v\n', 'test', { fallback: false });
    const rows = rankKeywords(stats, { method: 'tfidf', top: 0, minCount: 1, idf });
    const total = 8;
    expect(rows.find((r) => r.keyword === '数字经济')!.score).toBeCloseTo((3 / total) * 1000 * 2, 4);
    expect(rows.find((r) => r.keyword === '氢能')!.score).toBeCloseTo((1 / total) * 1000 * idf.median, 4);
  });

  it('leaves out terms the IDF tags as not noun-like', () => {
    const s = newTermStats();
    addArticle(s, cutWords('光伏 储能'), 'freq');
    const idf = idfFromText('光伏 1.0 n\n储能 1.0 v\n', 'test', { fallback: false });
    expect(rankKeywords(s, { method: 'freq', top: 10, minCount: 1, idf }).map((r) => r.keyword)).toEqual(['光伏']);
  });
});
