// policy-cli idf, end to end: jieba's IDF format from a corpus, one document per input file, readable by keywords --idf.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runCli } from './run-cli.js';

vi.setConfig({ testTimeout: 60_000 });

const CORPUS = 'test/fixtures/corpus/';

describe('idf', () => {
  const result = runCli(['idf', CORPUS]);
  const lines = result.stdout.split('\n');

  it('says how it was made, then one `word idf tag` line per word, sorted', () => {
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(lines[0]).toMatch(/^# policy-cli IDF: idf = ln\(\(N \+ 1\) \/ \(df \+ 1\)\) \+ 1/);
    expect(lines[1]).toBe('# documents 3');
    expect(lines.slice(2, 6)).toEqual(['一揽子 1.693147 l', '一流 1.693147 n', '中央 1.693147 n', '产业 1.693147 n']);
    expect(lines).toHaveLength(112); // 2 header lines, 109 words, the final newline
  });

  it.each([
    ['会议 1.000000 n'], // in all 3 files: ln(4/4) + 1
    ['今年 1.287682 t'], // in 2 files: ln(4/3) + 1
    ['高质量发展 1.693147 n'], // in 1 file: ln(4/2) + 1
  ])('%s', (line) => {
    expect(lines).toContain(line);
  });

  it.each([['-f', 'json'], ['--format', 'csv'], ['--bom']])('offers no %s: its output is a file format of its own', (...args) => {
    const refused = runCli(['idf', CORPUS, ...args]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/^error: unknown option/);
    expect(refused.stdout).toBe('');
  });

  it('writes the same file with -o, whatever its extension, and keywords --idf reads it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'policy-cli-idf-'));
    const file = join(dir, 'my.json');
    expect(runCli(['idf', CORPUS, '-o', file]).status).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(result.stdout);
    const keywords = runCli(['keywords', CORPUS, '--idf', file, '--top', '3', '-f', 'csv']);
    expect(keywords.status).toBe(0);
    expect(keywords.stdout.split('\n')[0]).toBe('rank,keyword,score,count,docs');
    expect(keywords.stdout.split('\n')).toHaveLength(5);
  });

  it('is the same for any --jobs', () => {
    expect(runCli(['idf', CORPUS, '-j', '2']).stdout).toBe(result.stdout);
  });
});
