import { describe, expect, it } from 'vitest';
import { findDates, parseSmallNumber, resolveYear } from '../../../../src/extract/dates/dates.js';
import { makeArticle } from '../../../helpers/article.js';

describe('parseSmallNumber', () => {
  it.each([
    ['12', 12],
    ['十二', 12],
    ['二十', 20],
    ['二十三', 23],
    ['两', 2],
    ['一百零八', 108],
    ['二〇二二', 2022],
    ['两一', undefined],
    ['个', undefined],
  ])('%s → %s', (numeral, value) => {
    expect(parseSmallNumber(numeral)).toBe(value);
  });
});

describe('findDates', () => {
  it.each([
    // printed in full (corpus: policy documents, reports)
    ['2019年1月2日至20日，各级人民法院自行登录', ['2019-01-02/2019-01-20']],
    ['申请报送日期为2019年12月9日至16日16时', ['2019-12-09/2019-12-16']],
    ['2018年10月9日至11日，首届新型智慧城市建设国际峰会', ['2018-10-09/2018-10-11']],
    ['自2022年12月21日至2023年6月在全市组织开展', ['2022-12-21/2023-06']],
    ['重点困境儿童自2022年1月1日起', ['2022-01-01']],
    ['于涛，1988年9月生，中共党员', ['1988-09']],
    ['二〇二二年十二月二十五日', ['2022-12-25']],
    // a year alone or a month alone is a period for the numbers extractor, not a date
    ['2021年经营收入153.7亿元', []],
    ['1至5月全市规模以上工业增加值', []],
    ['前三季度，全区农林牧渔业总产值', []],
  ])('%s', (text, dates) => {
    expect(findDates(makeArticle(text)).map((d) => d.date)).toEqual(dates);
  });

  it('keeps the span as printed', () => {
    const [date] = findDates(makeArticle('本报济南12月24日讯 12月23日至24日，省委经济工作会议在济南召开。'), );
    expect(date).toMatchObject({ kind: 'date', text: '12月24日', start: 4, end: 10 });
  });

  it.each([
    // seed 000: a December meeting that plans 明年 = 2023 is held in 2022
    ['12月25日，市委经济工作会议召开。会议指出，2023年是全面贯彻落实党的二十大精神开局之年，安排明年任务。', '2022-12-25'],
    // seed 001: a January meeting about 今年 = 2023
    ['1月3日，青州市委经济工作会议召开。会议指出，2023年是开局之年。抓好经济发展是今年工作的重中之重。', '2023-01-03'],
    // seed 003: a range whose end borrows the month
    ['12月23日至24日，省委经济工作会议在济南召开。', '12-23/12-24'],
    // seed 004: nothing tells the year: partial
    ['10月28日上午,市委常委会召开会议', '10-28'],
  ])('resolves the year of %s', (text, date) => {
    expect(findDates(makeArticle(text))[0]?.date).toBe(date);
  });

  it('takes the year from article.date and picks the nearest year around it', () => {
    const article = makeArticle('12月30日,市委经济工作会议举行。', { date: '2023-01-02' });
    expect(findDates(article)[0]?.date).toBe('2022-12-30');
    expect(resolveYear(article, 1, 5)).toBe(2023);
  });

  it.each([
    ['新华社天津3月8日电 3月7日，会议在天津举行。', '2019-03-09', ['2019-03-08', '2019-03-07']],
    ['本报武汉12月30日电 12月29日，会议召开，部署1月5日前完成。', '2020-01-02', ['2019-12-30', '2019-12-29', '2020-01-05']],
  ])('takes the year from the issue date the source gives (%s)', (text, givenDate, expected) => {
    expect(findDates(makeArticle(text, { givenDate })).map((d) => d.date)).toEqual(expected);
  });

  it('takes the year from a dateline that prints one', () => {
    const article = makeArticle('本报讯 10月28日,农业服务贸易全球商通中心贸易投资对接会举行。', { dateline: '2025-10-28' });
    expect(findDates(article).map((d) => d.date)).toEqual(['2025-10-28']);
  });
});
