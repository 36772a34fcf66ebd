import { describe, expect, it } from 'vitest';
import { articleDate, datedByIssue } from '../../../../src/extract/places/attribution.js';
import { makeArticle } from '../../../helpers/article.js';

describe('articleDate with the issue date the source gives', () => {
  it.each([
    ['a dateline takes the issue’s year', '新华社天津3月8日电 会议在天津举行。', '2019-03-09', '2019-03-08'],
    ['a dateline the day of issue', '本报南京10月15日电 江苏省召开会议。', '2019-10-15', '2019-10-15'],
    ['a dateline after the issue’s day belongs to the year before', '本报武汉12月30日电 会议召开。', '2020-01-02', '2019-12-30'],
    ['no dateline: the issue date', '**央视网消息**（新闻联播）：今天（7月1日），中央气象台继续发布暴雨橙色预警。', '2024-07-01', '2024-07-01'],
    ['a lede date without a dateline does not replace the issue date', '2月6日，雷神山医院正式通过验收。', '2020-02-07', '2020-02-07'],
  ])('%s', (_, body, givenDate, expected) => {
    expect(articleDate(makeArticle(`标题\n${body}`, { givenDate }))).toBe(expected);
  });

  it.each([
    [undefined, '2019-03-09', '2019-03-09'],
    ['03-08', '2019-03-09', '2019-03-08'],
    ['12-31', '2020-01-01', '2019-12-31'],
    ['2019-03-08', '2019-03-09', '2019-03-08'],
    ['2019-03-10', '2019-03-09', '2019-03-09'], // never after the issue
    ['02-29', '2021-03-01', '2021-03-01'], // no such day that year
  ])('datedByIssue(%s, %s) → %s', (dateline, issue, expected) => {
    expect(datedByIssue(dateline, issue)).toBe(expected);
  });
});
