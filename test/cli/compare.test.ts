// policy-cli compare, end to end on seeds/ (build first: `npx tsc -p .`, or `npm test`, which builds).
import { readdirSync, readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it, vi } from 'vitest';
import { jsonl, REPO, runCli } from './run-cli.js';

// Each case spawns the CLI over the seeds: seconds on a busy machine.
/** A long row's group as the wide view names it: `潍坊市 370700` (group and group_code). */
const groupOf = (r: Record<string, unknown>): string => [r.group, r.group_code].filter((c) => c !== null && c !== undefined && c !== '').join(' ');

vi.setConfig({ testTimeout: 60_000 });

const TERMS = ['高质量发展', '双招双引', '营商环境'];

/** Occurrences of a term in a seed file with every line break and space removed: OCR breaks cannot hide a match. */
function grepJoined(term: string): number {
  let n = 0;
  for (const name of readdirSync(join(REPO, 'seeds'))) {
    const text = readFileSync(join(REPO, 'seeds', name), 'utf8').replace(/[\s\u3000]+/g, '');
    n += text.split(term).length - 1;
  }
  return n;
}

describe('compare --terms', () => {
  const long = runCli(['compare', 'seeds/', '--by', 'place', '--terms', TERMS.join(','), '-f', 'jsonl']);

  it('runs cleanly', () => {
    expect(long.stderr).toBe('');
    expect(long.status).toBe(0);
  });

  it('gives the exact counts per place', () => {
    // Verified by hand: `policy-cli kwic '/高质量发展|双招双引|营商环境/' seeds/` lists every match with its doc,
    // article and place; each article's place was checked by reading it (000 #1 潍坊 市委经济工作会议; 001 #1 青州;
    // 002 #2 菏泽 市委经济工作会议; 003 #1 省委经济工作会议 → 山东省; 003 #4 我区 → 东昌府区; 004 #2, #8, #9, #10 潍坊),
    // and the totals agree with `tr -d '\n\r \t　' < file | grep -o TERM | wc -l` over the seeds (20, 4, 5: no term is
    // split by an OCR line break in these pages).
    const counts = Object.fromEntries(jsonl(long.stdout).map((r) => [`${groupOf(r)}|${r.term}`, r.count]));
    expect(counts).toEqual({
      '山东省 370000|高质量发展': 6, '山东省 370000|双招双引': 0, '山东省 370000|营商环境': 1,
      '潍坊市 370700|高质量发展': 10, '潍坊市 370700|双招双引': 3, '潍坊市 370700|营商环境': 2,
      '奎文区 370705|高质量发展': 0, '奎文区 370705|双招双引': 0, '奎文区 370705|营商环境': 0,
      '青州市 370781|高质量发展': 1, '青州市 370781|双招双引': 1, '青州市 370781|营商环境': 1,
      '东昌府区 371502|高质量发展': 1, '东昌府区 371502|双招双引': 0, '东昌府区 371502|营商环境': 1,
      '菏泽市 371700|高质量发展': 2, '菏泽市 371700|双招双引': 0, '菏泽市 371700|营商环境': 0,
    });
  });

  it.each(TERMS)('the groups of %s add up to its count in the joined seed text', (term) => {
    const total = jsonl(long.stdout).filter((r) => r.term === term).reduce((sum, r) => sum + (r.count as number), 0);
    expect(total).toBe(grepJoined(term));
  });

  it('has every place of the seeds as a group, every term in every group', () => {
    const docs = jsonl(runCli(['docs', 'seeds/', '-f', 'jsonl']).stdout);
    const places = new Set(docs.map((d) => (d.place ? `${d.place} ${d.place_code}` : 'unknown')));
    const rows = jsonl(long.stdout);
    expect(new Set(rows.map(groupOf))).toEqual(places);
    expect(rows).toHaveLength(places.size * TERMS.length);
  });

  it('gives rates and keyness with their signs', () => {
    for (const row of jsonl(long.stdout)) {
      expect(Object.keys(row)).toEqual(['group', 'group_code', 'term', 'count', 'per_10k', 'articles', 'g2', 'pct_diff', 'p']);
      expect(row.articles as number).toBeLessThanOrEqual(row.count as number);
      expect(row.p as number).toBeGreaterThan(0);
      expect(row.p as number).toBeLessThanOrEqual(1);
      if (row.count === 0) {
        expect(row.per_10k).toBe(0);
        expect(row.g2 as number).toBeLessThanOrEqual(0);
      }
    }
    // 潍坊 holds 3 of the 4 双招双引: used more than elsewhere
    const row = jsonl(long.stdout).find((r) => groupOf(r) === '潍坊市 370700' && r.term === '双招双引')!;
    expect(row.g2 as number).toBeGreaterThan(0);
    expect(row.pct_diff as number).toBeGreaterThan(0);
  });

  it('--wide holds the same numbers as the long form', () => {
    const wide = runCli(['compare', 'seeds/', '--by', 'place', '--terms', TERMS.join(','), '--wide', '-f', 'csv']);
    expect(wide.status).toBe(0);
    const table = parse(wide.stdout, { columns: true }) as Record<string, string>[];
    const rows = jsonl(long.stdout);
    expect(table.map((r) => r.term)).toEqual(TERMS);
    for (const row of rows) expect(Number(table.find((r) => r.term === row.term)![groupOf(row)])).toBe(row.count);
    const rates = parse(runCli(['compare', 'seeds/', '--terms', TERMS.join(','), '--wide', '--rate', '-f', 'csv']).stdout, { columns: true }) as Record<string, string>[];
    for (const row of rows) expect(Number(rates.find((r) => r.term === row.term)![groupOf(row)])).toBe(row.per_10k);
  });

  it('the table of the wide view draws each row as bars; the data is the same in every format', () => {
    const table = runCli(['compare', 'seeds/', '--terms', TERMS.join(','), '--wide', '-f', 'table']);
    expect(table.status).toBe(0);
    const header = table.stdout.split('\n')[1]!;
    expect(header).toMatch(/term .*潍坊市 370700.*bars/);
    const line = table.stdout.split('\n').find((l) => l.includes('双招双引'))!;
    expect(line).toMatch(/[▁▂▃▄▅▆▇█]/);
    const csv = parse(runCli(['compare', 'seeds/', '--terms', TERMS.join(','), '--wide', '-f', 'csv']).stdout, { columns: true }) as Record<string, string>[];
    expect(Object.keys(csv[0]!)).not.toContain('bars');
  });

  it.each(['table', 'csv', 'jsonl'])('without --wide, the %s format shows the long view', (format) => {
    const out = runCli(['compare', 'seeds/', '--terms', TERMS.join(','), '-f', format]);
    expect(out.status).toBe(0);
    expect(out.stdout).toMatch(/per_10k/);
    expect(out.stdout).not.toMatch(/[▁▂▃▄▅▆▇█]/);
  });

  it.each([
    [['--what', 'officials', '--wide'], '--wide goes with --what keywords, terms or slogans, not --what officials'],
    [['--terms', '高质量发展', '--rate'], '--rate goes with --wide (the long view has both count and per_10k)'],
  ])('%j is a usage error', (args, message) => {
    const out = runCli(['compare', 'seeds/', ...args]);
    expect(out.status).toBe(2);
    expect(out.stderr).toBe(`policy-cli: ${message}\n`);
  });

  it('reads terms from a file, regexes included', () => {
    const dir = mkdtempSync(join(tmpdir(), 'compare-'));
    writeFileSync(join(dir, 'terms.txt'), '# terms\n高质量发展\n/双招双引|营商环境/\n');
    const rows = jsonl(runCli(['compare', 'seeds/', '--terms-file', join(dir, 'terms.txt'), '-f', 'jsonl']).stdout);
    const total = (term: string) => rows.filter((r) => r.term === term).reduce((s, r) => s + (r.count as number), 0);
    expect(total('高质量发展')).toBe(grepJoined('高质量发展'));
    expect(total('/双招双引|营商环境/')).toBe(grepJoined('双招双引') + grepJoined('营商环境'));
  });
});

describe('compare --by', () => {
  const groupsOf = (by: string) => [...new Set(jsonl(runCli(['compare', 'seeds/', '--by', by, '--terms', '高质量发展', '-f', 'jsonl']).stdout).map(groupOf))];

  it('prefecture rolls counties up into their prefecture', () => {
    const groups = groupsOf('prefecture');
    expect(groups).toContain('聊城市 371500'); // 东昌府区
    expect(groups).toContain('潍坊市 370700'); // with 青州市 and 奎文区
    expect(groups).not.toContain('东昌府区 371502');
    expect(groups).not.toContain('青州市 370781');
  });

  it('level names the levels, biggest first', () => {
    expect(groupsOf('level')).toEqual(['province', 'prefecture', 'county']);
  });

  it('year puts articles whose year is unknown last', () => {
    const groups = groupsOf('year');
    expect(groups.every((g) => /^\d{4}$/.test(g as string) || g === 'unknown')).toBe(true);
    expect(groups.slice(0, -1)).toEqual([...groups.slice(0, -1)].sort());
  });

  it('doc gives one group per file', () => {
    expect(groupsOf('doc')).toHaveLength(readdirSync(join(REPO, 'seeds')).length);
  });
});

describe('compare --what keywords', () => {
  it('gives at most --top terms per group, each used more than in the rest, strongest first', () => {
    const result = runCli(['compare', 'seeds/', '--by', 'place', '--top', '5', '-f', 'jsonl']);
    expect(result.status).toBe(0);
    const rows = jsonl(result.stdout);
    const byGroup = new Map<string, Record<string, unknown>[]>();
    for (const row of rows) byGroup.set(groupOf(row), [...(byGroup.get(groupOf(row)) ?? []), row]);
    expect(byGroup.size).toBeGreaterThan(1);
    for (const group of byGroup.values()) {
      expect(group.length).toBeLessThanOrEqual(5);
      const g2 = group.map((r) => r.g2 as number);
      expect(g2.every((g) => g > 0)).toBe(true);
      expect(g2).toEqual([...g2].sort((a, b) => b - a));
    }
    // 东昌府区's page is about children's welfare and solar power
    expect(byGroup.get('东昌府区 371502')!.map((r) => r.term)).toContain('儿童');
  });

  it('says in how many articles each term stands, phrases too', () => {
    const rows = jsonl(runCli(['compare', 'seeds/', '--by', 'place', '--top', '30', '-f', 'jsonl']).stdout);
    const docs = jsonl(runCli(['docs', 'seeds/', '-f', 'jsonl']).stdout);
    const articlesOf = new Map<string, number>();
    for (const d of docs) articlesOf.set(`${d.place} ${d.place_code}`, (articlesOf.get(`${d.place} ${d.place_code}`) ?? 0) + 1);
    const phrase = rows.find((r) => r.term === '孤困儿童');
    expect(phrase).toBeDefined();
    expect(phrase!.articles as number).toBeGreaterThanOrEqual(1);
    for (const row of rows) {
      expect(row.articles as number).toBeGreaterThanOrEqual(1);
      expect(row.articles as number).toBeLessThanOrEqual(Math.min(row.count as number, articlesOf.get(groupOf(row))!));
    }
  });
});

describe('compare --what slogans, officials, numbers', () => {
  it('slogans: per group, with how many groups use each', () => {
    const rows = jsonl(runCli(['compare', 'seeds/', '--what', 'slogans', '-f', 'jsonl']).stdout);
    const groups = new Set(rows.map(groupOf)).size;
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.shared).toBe(row.groups === groups);
    // 两个维护 is in the provincial meeting (003) and the 潍坊 meeting (000)
    expect(rows.filter((r) => r.slogan === '两个维护').map(groupOf)).toEqual(expect.arrayContaining(['山东省 370000', '潍坊市 370700']));
  });

  it('officials: a roster per group', () => {
    const rows = jsonl(runCli(['compare', 'seeds/', '--what', 'officials', '-f', 'jsonl']).stdout);
    expect(rows.find((r) => groupOf(r) === '潍坊市 370700' && r.name === '江敦涛')).toMatchObject({ titles: expect.stringContaining('市委书记') });
    expect(rows.find((r) => groupOf(r) === '青州市 370781' && r.name === '宋伟伟')).toBeDefined();
  });

  it('numbers: the same metric side by side with value, unit, period and context', () => {
    const rows = jsonl(runCli(['compare', 'seeds/', '--metric', '总产值', '-f', 'jsonl']).stdout);
    const row = rows.find((r) => groupOf(r) === '东昌府区 371502' && r.unit === '元')!;
    expect(row).toMatchObject({ value: 5559000000, text: '55.59亿元' });
    expect(row.context).toContain('农林牧渔业总产值');
    expect(rows.every((r) => String(r.metric).includes('总产值'))).toBe(true);
  });
});

describe('compare usage errors', () => {
  it.each([
    [['compare', 'seeds/', '--what', 'numbers']],
    [['compare', 'seeds/', '--what', 'terms']],
    [['compare', 'seeds/', '--terms', '/(/']],
    [['compare', 'seeds/', '--by', 'galaxy']],
    [['compare', 'seeds/', '--what', 'slogans', '--terms', '高质量发展']],
  ])('%j exits 2', (args) => {
    const result = runCli(args);
    expect(result.status).toBe(2);
    expect(result.stderr).not.toBe('');
  });
});
