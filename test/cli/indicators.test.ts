// policy-cli indicators, end to end on short composed reports and a news item (test/fixtures/indicators/).
import { describe, expect, it, vi } from 'vitest';
import { jsonl, runCli } from './run-cli.js';

vi.setConfig({ testTimeout: 60_000 });

const DIR = 'test/fixtures/indicators';
const COLUMNS = ['place', 'place_code', 'level', 'indicator', 'name', 'year', 'modality', 'value', 'min', 'max', 'bound', 'unit', 'doc', 'line', 'column', 'text', 'note'];

describe('indicators', () => {
  const result = runCli(['indicators', DIR, '-f', 'jsonl']);
  const rows = jsonl(result.stdout);
  const find = (place: string, indicator: string, year: string, modality: string) =>
    rows.filter((r) => r.place === place && r.indicator === indicator && r.year === year && r.modality === modality);

  it('has the documented columns', () => {
    expect(result.status).toBe(0);
    expect(Object.keys(rows[0]!)).toEqual(COLUMNS);
  });

  it.each([
    ['河南省', 'gdp_growth', '2025', 'actual', { value: 5.6, bound: 'exact', min: 5.6, max: 5.6, unit: '%', level: 'province', place_code: '410000' }],
    ['河南省', 'gdp_growth', '2026', 'target', { value: 5, bound: 'about', min: 5, max: 5, text: '5%左右', line: 9 }],
    ['河南省', 'gdp_growth', '2025', 'plan_average', { value: 5.2 }],
    ['河南省', 'gdp', '2025', 'actual', { value: 6.6e12, unit: '元' }],
    ['河南省', 'cpi_growth', '2025', 'actual', { value: -0.2, min: -0.2, max: -0.2 }],
    ['河南省', 'urban_new_jobs', '2026', 'target', { value: 1000000, bound: 'at_least', min: 1000000, max: null, unit: '人' }],
    ['河南省', 'urban_unemployment_rate', '2026', 'target', { value: 5.5, bound: 'at_most', min: null, max: 5.5 }],
    ['河南省', 'energy_intensity_reduction', '2026', 'target', { value: 2.5, bound: 'about' }],
    ['中国', 'gdp_growth', '2016', 'target', { value: 6.5, bound: 'range', min: 6.5, max: 7, text: '6.5%－7%', level: 'country' }],
    ['中国', 'gdp_growth', '2015', 'actual', { value: 6.9 }],
    ['中国', 'gdp_growth', '2015', 'plan_average', { value: 7.8 }],
    ['中国', 'registered_unemployment_rate', '2016', 'target', { value: 4.5, bound: 'at_most' }],
    ['潍坊市', 'gdp_growth', '2025', 'actual', { value: 6.2, level: 'prefecture' }],
    ['潍坊市', 'gdp_growth', '2026', 'target', { value: 5.5, bound: 'at_least' }],
  ])('%s %s %s %s', (place, indicator, year, modality, expected) => {
    const found = find(place, indicator, year, modality);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject(expected);
  });

  it('keeps the first of two figures for one datum and notes the other', () => {
    expect(find('河南省', 'gdp_growth', '2026', 'target')[0]!.note).toBe('1 other figure: 5%左右 (10:10)');
  });

  it('does not take a five-year total for an outcome, nor a part of the economy for the place', () => {
    expect(rows.filter((r) => r.place === '中国' && r.value === 47.2).map((r) => r.modality)).toEqual(['other']);
    expect(rows.some((r) => r.value === 6 && r.place === '河南省')).toBe(false);
  });
});

describe('indicators filters and views', () => {
  it('--indicator and --modality keep those only', () => {
    const rows = jsonl(runCli(['indicators', DIR, '--indicator', 'gdp_growth,cpi_growth', '--modality', 'target', '-f', 'jsonl']).stdout);
    expect(rows.length).toBeGreaterThan(3);
    expect(new Set(rows.map((r) => r.indicator))).toEqual(new Set(['gdp_growth', 'cpi_growth']));
    expect(new Set(rows.map((r) => r.modality))).toEqual(new Set(['target']));
  });

  it('--wide puts target and actual side by side', () => {
    const result = runCli(['indicators', `${DIR}/national-report-2016.txt`, `${DIR}/province-report-2026.txt`, '--indicator', 'gdp_growth', '--modality', 'target,actual', '--wide', '-f', 'csv']);
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toBe('place,place_code,level,indicator,name,year,unit,target,target_min,target_max,target_bound,actual,actual_min,actual_max,actual_bound');
    expect(lines).toContain('中国,000000,country,gdp_growth,地区生产总值增长,2016,%,6.5,6.5,7,range,,,,');
    expect(lines).toContain('河南省,410000,province,gdp_growth,地区生产总值增长,2025,%,,,,,5.6,5.6,5.6,exact');
  });

  it('--wide year: one column per year', () => {
    const rows = jsonl(runCli(['indicators', `${DIR}/province-report-2026.txt`, '--indicator', 'gdp_growth', '--modality', 'target,actual', '--wide', 'year', '-f', 'jsonl']).stdout);
    expect(rows.find((r) => r.modality === 'actual')).toMatchObject({ '2025': 5.6, '2026': null });
    expect(rows.find((r) => r.modality === 'target')).toMatchObject({ '2026': 5, '2026_bound': 'about' });
  });

  it('gives the same rows as CSV and JSON', () => {
    const json = JSON.parse(runCli(['indicators', DIR, '-f', 'json']).stdout) as unknown[];
    const csv = runCli(['indicators', DIR, '-f', 'csv']).stdout.trim().split('\n');
    expect(csv.length - 1).toBe(json.length);
  });

  it('--indicators FILE adds an indicator', () => {
    const rows = jsonl(runCli(['indicators', '-', '--indicators', `${DIR}/extra-indicators.tsv`, '-f', 'jsonl'], { input: '2025年，全市港口货物吞吐量达到5亿吨。\n' }).stdout);
    expect(rows).toEqual([expect.objectContaining({ indicator: 'port_throughput', value: 5e8, unit: '吨', year: '2025' })]);
  });

  it('an unknown --indicator or --modality is a usage error', () => {
    expect(runCli(['indicators', DIR, '--indicator', 'gdp_grwth']).status).toBe(2);
    expect(runCli(['indicators', DIR, '--modality', 'plan']).status).toBe(2);
  });
});

describe('numbers gains modality, bound, indicator and year', () => {
  it('tags each figure', () => {
    const rows = jsonl(runCli(['numbers', `${DIR}/national-report-2016.txt`, '-f', 'jsonl']).stdout);
    expect(rows.find((r) => r.text === '6.5%－7%')).toMatchObject({ min: 6.5, max: 7, year: '2016', modality: 'target', bound: 'range', indicator: 'gdp_growth' });
    expect(rows.find((r) => r.text === '4.5%以内')).toMatchObject({ min: null, max: 4.5, bound: 'at_most', indicator: 'registered_unemployment_rate' });
  });
});
