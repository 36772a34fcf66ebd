// Roster, changes and as-of from articles with known holders: identity by name and place, acting holders confirmed,
// notices as evidence.
import { describe, expect, it } from 'vitest';
import { addArticle, emptyRoster, mergeRoster, type RosterPartial } from '../../../../src/extract/roster/holdings.js';
import { changeRows, rosterRows } from '../../../../src/rows/roster.js';
import type { Place, Row } from '../../../../src/types.js';
import { makeArticle } from '../../../helpers/article.js';

const WEIFANG: Place = { code: '370700', name: '潍坊市', level: 'prefecture', parent: '370000' };
const HEZE: Place = { code: '371700', name: '菏泽市', level: 'prefecture', parent: '370000' };

type Record = [date: string, place: Place, text: string];

function rosterOf(records: Record[], asOf?: string): RosterPartial {
  const roster = emptyRoster();
  records.forEach(([date, place, text], i) => {
    addArticle(roster, makeArticle(text, { doc: `news.jsonl#${i + 1}`, title: '', bodyStart: 0, givenDate: date, place }), asOf);
  });
  return roster;
}

const pick = (rows: Row[], ...columns: string[]) => rows.map((r) => columns.map((c) => r[c]).join(' '));

const MAYORS: Record[] = [
  ['2020-01-05', WEIFANG, '市委副书记、市长张明主持会议。'],
  ['2020-02-10', WEIFANG, '市长张明出席活动。'],
  ['2020-03-01', WEIFANG, '市委副书记、代市长李华调研企业。'],
  ['2020-04-20', WEIFANG, '市委副书记、市长李华出席会议。'],
  // Another 王强 in another city at the same time: two people.
  ['2020-01-06', WEIFANG, '市委书记王强讲话。'],
  ['2020-01-07', HEZE, '市委常委、副市长王强出席。'],
];

describe('roster rows', () => {
  it('splits chains, counts mentions and keeps first and last seen with evidence', () => {
    const rows = rosterRows(rosterOf(MAYORS));
    expect(pick(rows.filter((r) => r.place_code === WEIFANG.code), 'person', 'post', 'first_seen', 'last_seen', 'mentions', 'docs')).toEqual([
      '王强 市委书记 2020-01-06 2020-01-06 1 1',
      '张明 市长 2020-01-05 2020-02-10 2 2',
      '李华 市长 2020-04-20 2020-04-20 1 1',
      '李华 代市长 2020-03-01 2020-03-01 1 1',
      '张明 市委副书记 2020-01-05 2020-01-05 1 1',
      '李华 市委副书记 2020-03-01 2020-04-20 2 2',
    ]);
    const zhang = rows.find((r) => r.name === '张明' && r.post === '市长')!;
    expect([zhang.first_evidence, zhang.last_evidence, zhang.org, zhang.level]).toEqual(['news.jsonl#1:1:9', 'news.jsonl#2:1:3', '潍坊市政府', 'prefecture']);
  });

  it.each([
    // Same name, two places, nothing linking them: two people.
    [MAYORS, ['王强@370700', '王强#2@371700']],
    // One article names him in both: a transfer links them into one person.
    [[...MAYORS, ['2020-05-01', HEZE, '免去王强的潍坊市委书记职务；任命王强为菏泽市副市长。'] as Record], ['王强@370700', '王强@371700']],
  ])('identity by name and place (%#)', (records, expected) => {
    const rows = rosterRows(rosterOf(records as Record[])).filter((r) => r.name === '王强');
    expect([...new Set(rows.map((r) => `${r.person}@${r.place_code}`))]).toEqual(expected);
  });

  it('normalises names as printed (full-width space inside, as the reader folds traditional characters)', () => {
    const rows = rosterRows(rosterOf([['2020-01-05', WEIFANG, '市长张　明出席。']]));
    expect(pick(rows, 'name', 'post')).toEqual(['张明 市长']);
  });
});

describe('--changes', () => {
  it('a new holder is a change; an acting holder confirmed is not', () => {
    expect(pick(changeRows(rosterOf(MAYORS)), 'post', 'place', 'before', 'before_last_seen', 'after', 'after_first_seen', 'acting', 'before_evidence', 'after_evidence')).toEqual([
      '市长 潍坊市 张明 2020-02-10 李华 2020-03-01 true news.jsonl#2:1:3 news.jsonl#3:1:10',
    ]);
  });

  it('holders seen by turns make no change', () => {
    const records: Record[] = [
      ['2020-01-01', WEIFANG, '市长张明出席。'],
      ['2020-01-02', WEIFANG, '市长李华出席。'],
      ['2020-01-03', WEIFANG, '市长张明出席。'],
    ];
    expect(changeRows(rosterOf(records))).toEqual([]);
  });

  it('a notice is evidence of the change, with its date', () => {
    const records: Record[] = [
      ['2020-01-01', HEZE, '市委书记赵刚出席。'],
      ['2020-02-01', HEZE, '中共山东省委决定：\n钱峰同志任菏泽市委书记，赵刚同志不再担任菏泽市委书记职务。'],
      ['2020-02-03', HEZE, '市委书记钱峰讲话。'],
    ];
    expect(pick(changeRows(rosterOf(records)), 'before', 'before_last_seen', 'after', 'after_first_seen', 'acting', 'notice', 'notice_date', 'notice_evidence')).toEqual([
      '赵刚 2020-02-01 钱峰 2020-02-01 false appoint 2020-02-01 news.jsonl#2:2:1',
    ]);
  });

  it('merging files in order gives what one file gives', () => {
    const whole = rosterOf(MAYORS);
    const split = rosterOf(MAYORS.slice(0, 3));
    const rest = emptyRoster();
    MAYORS.slice(3).forEach(([date, place, text], i) => addArticle(rest, makeArticle(text, { doc: `news.jsonl#${i + 4}`, title: '', bodyStart: 0, givenDate: date, place })));
    mergeRoster(split, rest);
    expect(rosterRows(split)).toEqual(rosterRows(whole));
    expect(changeRows(split)).toEqual(changeRows(whole));
  });
});

describe('--as-of', () => {
  it.each([
    ['2020-01-31', ['张明 市长', '张明 市委副书记']],
    // The acting holder replaced 张明 on 03-01.
    ['2020-03-15', ['李华 代市长', '张明 市委副书记', '李华 市委副书记']],
    // Confirmed: the acting row goes.
    ['2020-12-31', ['李华 市长', '张明 市委副书记', '李华 市委副书记']],
  ])('%s', (date, expected) => {
    const rows = rosterRows(rosterOf(MAYORS, date), date).filter((r) => r.place_code === WEIFANG.code && r.name !== '王强');
    expect(pick(rows, 'name', 'post')).toEqual(expected);
  });
});
