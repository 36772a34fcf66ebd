// policy-cli keywords, end to end on seeds/ (npm test builds first).
import { describe, expect, it, vi } from 'vitest';
import { jsonl, runCli } from './run-cli.js';

vi.setConfig({ testTimeout: 60_000 });

const BOILERPLATE = ['推进', '加快', '着力', '落实', '坚持', '深入', '工作', '会议', '要求', '发展', '建设', '我们', '全面'];

describe('keywords seeds/', () => {
  const result = runCli(['keywords', 'seeds/', '-f', 'jsonl']);
  const rows = jsonl(result.stdout);

  it('ranks 20 terms with the documented columns and exits 0', () => {
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(rows).toHaveLength(20);
    expect(Object.keys(rows[0]!)).toEqual(['rank', 'keyword', 'score', 'count', 'docs']);
    expect(rows.map((r) => r.rank)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it('keeps whole policy terms and leaves boilerplate, numbers and single characters out', () => {
    const words = rows.map((r) => r.keyword as string);
    // keyness (the default since issue 15) puts the seeds' own phrases first; 高质量发展, in every policy text, is
    // still in the top 20 of --method tfidf.
    expect(words).toContain('孤困儿童');
    expect(words).toContain('双招双引');
    expect(words).toContain('疫情防控');
    const tfidf = jsonl(runCli(['keywords', 'seeds/', '--method', 'tfidf', '-f', 'jsonl']).stdout).map((r) => r.keyword);
    expect(tfidf).toContain('高质量发展');
    for (const word of BOILERPLATE) expect(words).not.toContain(word);
    for (const word of words) {
      expect([...word].length).toBeGreaterThan(1);
      expect(word).not.toMatch(/^[\d.%]+$/);
    }
  });

  it('scores descend and counts and docs are real numbers', () => {
    const scores = rows.map((r) => r.score as number);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    const term = rows.find((r) => r.keyword === '疫情防控')!;
    expect(term.count).toBe(11); // grep -o 疫情防控 over the seeds with line breaks removed gives 11, in 4 files
    expect(term.docs).toBe(4);
  });

  it('is deterministic and the same rows in every format', () => {
    const csv = runCli(['keywords', 'seeds/', '-f', 'csv']).stdout.trim().split('\n');
    expect(csv[0]).toBe('rank,keyword,score,count,docs');
    expect(csv.slice(1).map((line) => line.split(',')[1])).toEqual(rows.map((r) => r.keyword));
    expect(runCli(['keywords', 'seeds/', '-f', 'jsonl', '-j', '1']).stdout).toBe(result.stdout);
  });
});

describe('keywords options', () => {
  it.each([
    ['doc', ['doc', 'rank', 'keyword', 'score', 'count', 'docs'], 5 * 3],
    ['article', ['doc', 'article', 'rank', 'keyword', 'score', 'count', 'docs'], undefined],
    ['place', ['place', 'place_code', 'rank', 'keyword', 'score', 'count', 'docs'], undefined],
  ])('--by %s names each group in its own columns', (by, columns, expected) => {
    const rows = jsonl(runCli(['keywords', 'seeds/', '--by', by, '--top', '3', '-f', 'jsonl']).stdout);
    expect(Object.keys(rows[0]!)).toEqual(columns);
    if (expected !== undefined) expect(rows).toHaveLength(expected);
    expect(rows.every((r) => (r.rank as number) <= 3)).toBe(true);
  });

  it('--by place gives the places of the seeds as groups', () => {
    const rows = jsonl(runCli(['keywords', 'seeds/', '--by', 'place', '--top', '1', '-f', 'jsonl']).stdout);
    const places = rows.map((r) => r.place);
    for (const place of ['潍坊市', '青州市', '菏泽市', '山东省', '东昌府区']) expect(places).toContain(place);
    expect(rows.find((r) => r.place === '潍坊市')!.place_code).toBe('370700');
  });

  it.each(['keyness', 'tfidf', 'textrank', 'freq'])('--method %s ranks with --min-count', (method) => {
    const rows = jsonl(runCli(['keywords', 'seeds/', '--method', method, '--min-count', '5', '-f', 'jsonl']).stdout);
    expect(rows).toHaveLength(20);
    expect(rows.every((r) => (r.count as number) >= 5)).toBe(true);
  });

  it('--method freq scores are the counts', () => {
    const rows = jsonl(runCli(['keywords', 'seeds/', '--method', 'freq', '--top', '5', '-f', 'jsonl']).stdout);
    for (const row of rows) expect(row.score).toBe(row.count);
  });

  it.each([
    [['--top', '0'], /--top/],
    [['--method', 'bm25'], /--method/],
    [['--by', 'city'], /--by/],
  ])('a bad option value %j is a usage error (exit 2)', (args, message) => {
    const result = runCli(['keywords', 'seeds/', ...args]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
  });
});

describe('keywords --explain', () => {
  const rows = jsonl(runCli(['keywords', 'seeds/', '--explain', '-f', 'jsonl']).stdout);

  it('adds the columns behind each score', () => {
    expect(Object.keys(rows[0]!)).toEqual(['rank', 'keyword', 'score', 'count', 'docs', 'tf', 'ref_df', 'weight', 'parts']);
  });

  it('shows the words of a phrase and the keyness it is ranked by', () => {
    const phrase = rows.find((r) => r.keyword === '孤困儿童')!;
    expect(phrase.parts).toBe('孤困 儿童');
    // keyness = (1 + ln count) × weight
    expect(phrase.score as number).toBeCloseTo((1 + Math.log(phrase.count as number)) * (phrase.weight as number), 3);
    const word = rows.find((r) => r.keyword === '疫情防控')!;
    expect(word.parts).toBe('疫情防控');
    expect(word.ref_df).toBeGreaterThan(0);
  });
});
