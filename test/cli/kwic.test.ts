// policy-cli kwic, end to end on seeds/ (build first: `npx tsc -p .`, or `npm test`, which builds).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { jsonl, REPO, runCli } from './run-cli.js';

// Each case spawns the CLI over the seeds: seconds on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

function seedLines(doc: string): string[] {
  return readFileSync(join(REPO, doc), 'utf8').split(/\r?\n/);
}

describe('kwic', () => {
  const result = runCli(['kwic', '高质量发展', 'seeds/', '-f', 'jsonl']);
  const rows = jsonl(result.stdout);

  it('gives one row per occurrence (as many as grep finds in the joined text)', () => {
    expect(result.status).toBe(0);
    let expected = 0;
    for (const name of readdirSync(join(REPO, 'seeds'))) expected += readFileSync(join(REPO, 'seeds', name), 'utf8').replace(/\s+/g, '').split('高质量发展').length - 1;
    expect(rows).toHaveLength(expected);
    expect(Object.keys(rows[0]!)).toEqual(['doc', 'article', 'place', 'line', 'column', 'left', 'match', 'right']);
  });

  it('points line and column at the match in the original file', () => {
    for (const row of rows) {
      const line = seedLines(row.doc as string)[(row.line as number) - 1]!;
      expect([...line].slice((row.column as number) - 1).join('')).toMatch(/^高/);
    }
  });

  it('keeps at most --width characters each side, 20 by default', () => {
    for (const row of rows) {
      expect(row.match).toBe('高质量发展');
      expect([...(row.left as string)].length).toBeLessThanOrEqual(20);
      expect([...(row.right as string)].length).toBeLessThanOrEqual(20);
    }
    expect(rows.some((r) => [...(r.left as string)].length === 20)).toBe(true);
    const narrow = jsonl(runCli(['kwic', '高质量发展', 'seeds/', '--width', '4', '-f', 'jsonl']).stdout);
    expect(narrow.every((r) => [...(r.left as string)].length <= 4 && [...(r.right as string)].length <= 4)).toBe(true);
  });

  it('names the place of the article', () => {
    expect(rows.find((r) => (r.doc as string).includes('003_') && r.article === 1)!.place).toBe('山东省');
  });

  it('takes a /regex/', () => {
    const matches = jsonl(runCli(['kwic', '/双招双引|营商环境/', 'seeds/', '-f', 'jsonl']).stdout).map((r) => r.match);
    expect(new Set(matches)).toEqual(new Set(['双招双引', '营商环境']));
  });

  it('aligns the matches in the table (left is right-aligned)', () => {
    const table = runCli(['kwic', '双招双引', 'seeds/', '-f', 'table', '--width', '6']).stdout;
    const lines = table.split('\n').filter((l) => l.includes('双招双引'));
    expect(lines.length).toBeGreaterThan(1);
    // The same number of characters before each match: cells are padded to one width, CJK counted double by both.
    const width = (s: string) => [...s].reduce((w, ch) => w + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1), 0);
    const starts = lines.map((l) => width(l.slice(0, l.indexOf('双招双引', l.indexOf('│', l.indexOf('│') + 1)))));
    expect(new Set(starts).size).toBe(1);
  });

  it('prints only the header when nothing matches', () => {
    const none = runCli(['kwic', '不存在的词语', 'seeds/', '-f', 'csv']);
    expect(none.status).toBe(0);
    expect(none.stdout).toBe('doc,article,place,line,column,left,match,right\n');
  });

  it('a bad regex is a usage error', () => {
    expect(runCli(['kwic', '/(/', 'seeds/']).status).toBe(2);
  });
});
