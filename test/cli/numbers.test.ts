// policy-cli numbers, end to end on seeds/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { jsonl, REPO, runCli } from './run-cli.js';

vi.setConfig({ testTimeout: 60_000 });

const COLUMNS = ['doc', 'article', 'line', 'column', 'text', 'value', 'min', 'max', 'unit', 'per', 'kind', 'approx', 'change', 'basis', 'metric', 'period', 'year', 'modality', 'bound', 'indicator', 'context'];

describe('numbers seeds/', () => {
  const result = runCli(['numbers', 'seeds/', '-f', 'jsonl']);
  const rows = jsonl(result.stdout);
  const byText = (doc: string, text: string) => rows.find((r) => (r.doc as string).includes(doc) && r.text === text);

  it('has the documented columns, in text order', () => {
    expect(result.status).toBe(0);
    expect(Object.keys(rows[0]!)).toEqual(COLUMNS);
    expect(rows.length).toBeGreaterThan(100);
  });

  it.each([
    ['000', '153.7亿元', { value: 15370000000, unit: '元', kind: 'amount', metric: '经营收入', period: '2021' }],
    ['000', '125万户', { value: 1250000, unit: '户', kind: 'count' }],
    ['000', '15.4亿元', { value: 1540000000, unit: '元', metric: '年分红总额' }],
    ['003', '55.59亿元', { value: 5559000000, unit: '元', metric: '农林牧渔业总产值' }],
    ['003', '6.7%', { value: 6.7, unit: '%', kind: 'percent', change: 'increase', basis: '同比' }],
    ['003', '444名', { value: 444, unit: '名', metric: '儿童主任' }],
    ['003', '1694元/月', { value: 1694, unit: '元/月', change: 'new' }],
  ])('%s: %s', (doc, text, expected) => {
    expect(byText(doc, text)).toMatchObject(expected);
  });

  it('leaves dates, years, ordinals and codes out by default', () => {
    expect(new Set(rows.map((r) => r.kind))).toEqual(new Set(['amount', 'count', 'percent', 'ratio', 'rank']));
  });

  it('points line and column at the figure in the original file', () => {
    for (const row of rows.slice(0, 40)) {
      const lines = readFileSync(join(REPO, row.doc as string), 'utf8').split(/\r?\n/);
      const from = lines[(row.line as number) - 1]!.slice((row.column as number) - 1);
      expect(from.startsWith((row.text as string).split('\n')[0]!)).toBe(true);
    }
  });
});

describe('numbers filters', () => {
  it('--kind all adds years and dates; --kind year keeps only years', () => {
    const all = jsonl(runCli(['numbers', 'seeds/000_5ad3a02533805057.txt', '--kind', 'all', '-f', 'jsonl']).stdout);
    expect(all.some((r) => r.kind === 'year')).toBe(true);
    const years = jsonl(runCli(['numbers', 'seeds/000_5ad3a02533805057.txt', '--kind', 'year', '-f', 'jsonl']).stdout);
    expect(years.length).toBeGreaterThan(0);
    expect(years.every((r) => r.kind === 'year')).toBe(true);
  });

  it('--unit, --min and --metric narrow the rows', () => {
    const rows = jsonl(runCli(['numbers', 'seeds/', '--unit', '元', '--min', '1e9', '-f', 'jsonl']).stdout);
    expect(rows.map((r) => r.text)).toEqual(expect.arrayContaining(['153.7亿元', '15.4亿元', '55.59亿元']));
    expect(rows.every((r) => r.unit === '元' && (r.value as number) >= 1e9)).toBe(true);
    const metric = jsonl(runCli(['numbers', 'seeds/', '--metric', '/总产值$/', '-f', 'jsonl']).stdout);
    expect(metric.length).toBeGreaterThan(0);
    expect(metric.every((r) => /总产值$/.test(r.metric as string))).toBe(true);
  });

  it('values are plain numbers in CSV', () => {
    const csv = runCli(['numbers', 'seeds/000_5ad3a02533805057.txt', '-f', 'csv']).stdout;
    expect(csv).toContain(',15370000000,15370000000,15370000000,元,,amount,'); // min and max: a point's own value
    expect(csv).not.toMatch(/\de\+\d/);
  });

  it('an unknown kind is a usage error', () => {
    const result = runCli(['numbers', 'seeds/', '--kind', 'money']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--kind: unknown kind 'money'/);
  });
});
