import { describe, expect, it } from 'vitest';
import { gazetteer } from '../../../src/extract/places/gazetteer.js';
import { groupName, groupOf, yearOf, type GroupBy } from '../../../src/rows/groups.js';
import type { Place } from '../../../src/types.js';
import { makeArticle } from '../../helpers/article.js';

const place = (code: string): Place => gazetteer().byCode(code)!;

describe('groupOf for compare', () => {
  it.each<{ by: GroupBy; code?: string; date?: string; doc?: string; name: string }>([
    { by: 'place', code: '370700', name: '潍坊市 370700' },
    { by: 'place', code: '371502', name: '东昌府区 371502' },
    { by: 'place', name: 'unknown' },
    // counties roll up into their prefecture; a prefecture and a province stay themselves
    { by: 'prefecture', code: '371502', name: '聊城市 371500' },
    { by: 'prefecture', code: '370781', name: '潍坊市 370700' },
    { by: 'prefecture', code: '150702', name: '呼伦贝尔市 150700' },
    { by: 'prefecture', code: '370700', name: '潍坊市 370700' },
    { by: 'prefecture', code: '370000', name: '山东省 370000' },
    // a district of a municipality counts with the municipality
    { by: 'prefecture', code: '110105', name: '北京市 110000' },
    { by: 'level', code: '370000', name: 'province' },
    { by: 'level', code: '371502', name: 'county' },
    { by: 'level', name: 'unknown' },
    { by: 'year', date: '2022-12-24', name: '2022' },
    { by: 'year', date: '2026', name: '2026' },
    // a month and day without the year: the year is unknown
    { by: 'year', date: '12-24', name: 'unknown' },
    { by: 'year', name: 'unknown' },
    { by: 'date', date: '2022-12-24', name: '2022-12-24' },
    { by: 'date', date: '2022-12-23/2022-12-24', name: '2022-12-23' },
    { by: 'date', date: '12-24', name: '12-24' },
    { by: 'date', name: 'unknown' },
    { by: 'doc', doc: 'seeds/000_5ad3a02533805057.txt', name: 'seeds/000_5ad3a02533805057.txt' },
  ])('--by $by of $code $date $doc → $name', ({ by, code, date, doc, name }) => {
    const article = makeArticle('市委经济工作会议召开', { place: code ? place(code) : undefined, date, doc: doc ?? 'test.txt' });
    expect(groupName(groupOf(article, by))).toBe(name);
  });

  it('sorts levels biggest first and the unknown group last', () => {
    const keys = ['371502', '370000', '370700', undefined].map((code) => groupOf(makeArticle('x', { place: code ? place(code) : undefined }), 'level').key);
    const sorted = [...keys].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : a < b ? -1 : a > b ? 1 : 0));
    expect(sorted.map((k) => k.replace(/^\d:/, ''))).toEqual(['province', 'prefecture', 'county', '']);
  });
});

describe('yearOf', () => {
  it.each([
    { date: '2022-12-24', year: '2022' },
    { date: '2023-01', year: '2023' },
    { date: '12-24', year: undefined },
    { date: '20221224', year: undefined },
    { date: undefined, year: undefined },
  ])('$date → $year', ({ date, year }) => {
    expect(yearOf(date)).toBe(year);
  });
});
