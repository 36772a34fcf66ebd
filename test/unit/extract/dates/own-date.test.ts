import { describe, expect, it } from 'vitest';
import { ownDate } from '../../../../src/extract/dates/own-date.js';
import { articleDate } from '../../../../src/extract/places/attribution.js';
import { makeArticle } from '../../../helpers/article.js';

const body = '会议指出，今年全市经济运行稳中向好。\n要坚持稳中求进工作总基调。\n要抓好各项工作落实。\n要守住安全底线。';

describe('ownDate: a date the document prints on a line of its own', () => {
  it.each([
    ['a report’s delivery line under its title', `政府工作报告\n——2015年2月5日在海拉尔区第十四届人民代表大会第四次会议上\n${body}`, '2015-02-05'],
    ['a delivery line without the dash', `2026年浙江省政府工作报告\n2026年1月14日在浙江省第十四届人民代表大会第四次会议上\n来源：浙江日报\n时间：2026-01-22\n${body}`, '2026-01-14'],
    ['a speech’s date in brackets, spelled in Han digits', `在全国政协新年茶话会上的讲话\n（二〇一九年十二月三十一日）\n${body}`, '2019-12-31'],
    ['the same with ○ for zero', `讲话\n（二○二三年三月五日）\n${body}`, '2023-03-05'],
    ['a web page’s time line', `标题\n来源：某某日报\n时间：2026-02-02 10:30\n${body}`, '2026-02-02'],
    ['a web page’s 发布日期', `标题\n发布日期：2019年3月15日\n${body}`, '2019-03-15'],
    ['a closing date alone', `标题\n${body}\n全国人民代表大会常务委员会\n2019年2月27日`, '2019-02-27'],
    ['a closing date after its issuer, with 印发', `标题\n${body}\n山东省人民政府办公厅2019年3月15日印发`, '2019-03-15'],
    ['a closing date in full-width digits, folded by normalising', `标题\n${body}\n交通运输部办公厅 2019年5月14日印发`, '2019-05-14'],
    ['the last dated line of the end wins', `标题\n${body}\n2019年5月1日\n某某委员会\n2019年5月2日`, '2019-05-02'],
  ])('%s', (_, text, expected) => {
    expect(ownDate({ text })).toBe(expected);
  });

  it.each([
    ['a date inside a sentence is an event’s', `标题\n12月1日，市委书记主持召开市委常委会会议。\n${body}`],
    ['a date at the end of a sentence', `标题\n${body}\n会议于2019年2月27日在北京召开。`],
    ['a closing line that is a clause with a comma', `标题\n${body}\n据悉，活动持续到2019年2月27日`],
    ['a delivery line deep in the body is not the top', `标题\n${body}\n${body}\n2015年2月5日在区人民代表大会上`],
    ['no such day', `标题\n${body}\n2019年2月30日`],
    ['a year and month only', `标题\n${body}\n2019年2月`],
  ])('none: %s', (_, text) => {
    expect(ownDate({ text })).toBeUndefined();
  });
});

describe('articleDate uses the document’s own date when no dateline gives one', () => {
  it.each([
    ['an undated policy document with a closing date', `关于印发《促进消费若干措施》的通知\n${body}\n成都市人民政府办公厅\n2023年5月10日`, undefined, '2023-05-10'],
    ['a dateline wins over a closing date', `标题\n新华社天津3月8日电 ${body}\n2019年1月2日`, '2019-03-09', '2019-03-08'],
    ['an issue date bounds a closing date', `主席令\n${body}\n2019年10月26日`, '2019-10-27', '2019-10-26'],
    ['a closing date after the issue is not taken', `公告\n${body}\n2019年10月28日`, '2019-10-27', '2019-10-27'],
  ])('%s', (_, text, givenDate, expected) => {
    expect(articleDate(makeArticle(text, givenDate ? { givenDate } : {}))).toBe(expected);
  });
});

describe('ownDate reads only the edges of a big article', () => {
  const long = '各地要抓好各项工作落实，'.repeat(2000) + '务求实效。';
  it.each([
    ['a delivery line on top of a long report', `政府工作报告\n——2015年2月5日在区人民代表大会上\n${long}\n${body}`, '2015-02-05'],
    ['a closing date below a long body', `通知\n${body}\n${long}\n某某委员会\n2019年2月27日`, '2019-02-27'],
    ['a long single line', long + '2019年2月27日', undefined],
  ])('%s', (_, text, expected) => {
    expect(ownDate({ text })).toBe(expected);
  });
});
