// policy-cli entities and its shortcuts (officials, meetings, places, slogans), end to end on seeds/.
import { describe, expect, it, vi } from 'vitest';
import { jsonl, runCli } from './run-cli.js';

vi.setConfig({ testTimeout: 60_000 });

const COLUMNS = ['doc', 'article', 'line', 'column', 'type', 'text', 'name', 'title', 'org', 'role', 'level', 'code', 'value', 'date', 'context'];

describe('entities seeds/', () => {
  const result = runCli(['entities', 'seeds/', '-f', 'jsonl']);
  const rows = jsonl(result.stdout);

  it('finds every type with the documented columns', () => {
    expect(result.status).toBe(0);
    expect(Object.keys(rows[0]!)).toEqual(COLUMNS);
    expect(new Set(rows.map((r) => r.type))).toEqual(new Set(['official', 'person', 'meeting', 'event', 'place', 'org', 'slogan', 'date']));
  });

  it.each([
    ['李干杰', '省委书记', '山东省委'],
    ['周乃翔', '省委副书记、省长', '山东省委'],
    ['刘运', '市委副书记、市长', '潍坊市委'],
    ['江敦涛', '市委书记', '潍坊市委'],
    ['宋伟伟', '青州市委书记', '青州市委'],
    ['张伦', '市委副书记、市长', '菏泽市委'],
  ])('official %s: %s of %s', (name, title, org) => {
    expect(rows.find((r) => r.type === 'official' && r.name === name && r.title === title)).toMatchObject({ org });
  });

  it('takes reporters for persons, never officials', () => {
    const officials = new Set(rows.filter((r) => r.type === 'official').map((r) => r.name));
    const reporters = rows.filter((r) => r.type === 'person' && /记者|通讯员|融媒体/.test((r.title as string) ?? ''));
    expect(reporters.length).toBeGreaterThan(3);
    for (const reporter of reporters) expect(officials.has(reporter.name)).toBe(false);
    expect(rows.find((r) => r.name === '裴崇旭')).toMatchObject({ type: 'person' });
  });

  it.each([
    ['潍坊市委经济工作会议', 'city', 'own', '2022-12-25'],
    ['山东省委经济工作会议', 'province', 'own', '2022-12-23/2022-12-24'],
    ['青州市委经济工作会议', 'county', 'own', '2023-01-03'],
    ['中央经济工作会议', 'central', 'referenced', null],
  ])('meeting %s: %s, %s, %s', (name, level, role, date) => {
    const meeting = rows.find((r) => r.type === 'meeting' && r.name === name);
    expect(meeting).toMatchObject({ level, role });
    if (date) expect(meeting!.date).toBe(date);
  });

  it.each([
    ['两个确立', 2],
    ['两个维护', 2],
  ])('slogan %s has the value %s', (name, value) => {
    expect(rows.find((r) => r.type === 'slogan' && r.name === name)).toMatchObject({ value });
  });

  it('places carry GB/T 2260 codes and levels', () => {
    expect(rows.find((r) => r.type === 'place' && r.name === '济南市')).toMatchObject({ code: '370100', level: 'prefecture' });
    expect(rows.find((r) => r.type === 'place' && r.name === '青州市')).toMatchObject({ code: '370781', level: 'county' });
  });
});

describe('shortcuts and --unique', () => {
  it.each([
    ['officials', ['official']],
    ['meetings', ['meeting', 'event']],
    ['places', ['place']],
    ['slogans', ['slogan']],
  ])('%s keeps only %j', (command, types) => {
    const rows = jsonl(runCli([command as string, 'seeds/', '-f', 'jsonl']).stdout);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(types).toContain(row.type);
  });

  it('--unique gives one row per official with mentions and docs', () => {
    const rows = jsonl(runCli(['officials', 'seeds/', '--unique', '-f', 'jsonl']).stdout);
    expect(Object.keys(rows[0]!)).toEqual(['type', 'name', 'titles', 'org', 'level', 'code', 'value', 'mentions', 'docs', 'first_seen']);
    const names = rows.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    const xi = rows.find((r) => r.name === '习近平')!;
    expect(xi.docs).toBe(5);
    expect(rows.find((r) => r.name === '李干杰')).toMatchObject({ first_seen: 'seeds/003_61d246b8bd128e03.txt:5:1' });
  });

  it.each([
    [[], [['张伟', '370700', 2], ['张伟', '371700', 1]]],
    [['--unique-by', 'name'], [['张伟', null, 3]]],
  ])('officials --unique %j: one person per name and jurisdiction, or per name', (extra, expected) => {
    const run = runCli(['officials', 'test/fixtures/texts/two-officials-one-name.txt', '--unique', ...extra, '-f', 'jsonl']);
    expect(run.status).toBe(0);
    expect(jsonl(run.stdout).map((r) => [r.name, r.code, r.mentions])).toEqual(expected);
  });

  it('--unique-by takes jurisdiction or name', () => {
    const bad = runCli(['officials', 'seeds/', '--unique-by', 'org']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--unique-by: 'org' is not one of jurisdiction, name/);
  });

  it('--type takes a list and rejects unknown types', () => {
    const rows = jsonl(runCli(['entities', 'seeds/', '--type', 'slogan,date', '-f', 'jsonl']).stdout);
    expect(new Set(rows.map((r) => r.type))).toEqual(new Set(['slogan', 'date']));
    const bad = runCli(['entities', 'seeds/', '--type', 'people']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/unknown type 'people'/);
  });
});
