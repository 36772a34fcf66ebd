// Modality, bound, indicator, sections and years of report figures, case by case.
import { describe, expect, it } from 'vitest';
import { boundOf } from '../../../../src/extract/indicators/bound.js';
import { figureYear, namedYear } from '../../../../src/extract/indicators/figure-year.js';
import { buildIndicatorTable, indicatorTable, parseIndicators } from '../../../../src/extract/indicators/indicator-table.js';
import { matchIndicator } from '../../../../src/extract/indicators/match-indicator.js';
import { modalityOf } from '../../../../src/extract/indicators/modality.js';
import { planEnd } from '../../../../src/extract/indicators/plans.js';
import { reportYear } from '../../../../src/extract/indicators/report-year.js';
import { annotateFigures } from '../../../../src/extract/indicators/annotate.js';
import { findSections, headingKind } from '../../../../src/extract/indicators/sections.js';
import { extractNumbers } from '../../../../src/extract/numbers/numbers.js';
import type { Article } from '../../../../src/types.js';

function article(text: string, title = '', givenDate?: string): Article {
  return { doc: 't.txt', index: 1, title, byline: [], text, bodyStart: 0, origin: new Int32Array(text.length + 1), source: { path: 't.txt', original: text } as never, givenDate };
}

/** The indicator of the figure printed as `figure` in `text`. */
function indicatorOf(text: string, figure: string): string | undefined {
  const span = extractNumbers(article(text)).find((f) => f.text === figure);
  if (!span) throw new Error(`no figure ${figure} in ${text}`);
  return matchIndicator(text, span, indicatorTable())?.indicator.key;
}

describe('indicator of a figure', () => {
  it.each([
    ['全省地区生产总值增长5.5%', '5.5%', 'gdp_growth'],
    ['国内生产总值达到134.9万亿元、增长5%', '134.9万亿元', 'gdp'],
    ['国内生产总值达到134.9万亿元、增长5%', '5%', 'gdp_growth'],
    ['全省地区生产总值达到5.53万亿元、稳居全国前十强、增长4.8%', '4.8%', 'gdp_growth'],
    ['经济增长预期目标为5%左右', '5%左右', 'gdp_growth'],
    ['居民消费价格涨幅2%左右', '2%左右', 'cpi_growth'],
    ['城镇新增就业1200万人以上', '1200万人以上', 'urban_new_jobs'],
    ['城镇新增就业人数不低于900万人', '900万人', 'urban_new_jobs'],
    ['城镇调查失业率平均为5.1%', '5.1%', 'urban_unemployment_rate'],
    ['规模以上工业增加值增长6.1%', '6.1%', 'industrial_value_added_growth'],
    ['居民人均可支配收入实际增长5.1%', '5.1%', 'disposable_income_growth'],
    ['单位国内生产总值能耗降低3%左右', '3%左右', 'energy_intensity_reduction'],
    ['粮食产量1.4万亿斤', '1.4万亿斤', 'grain_output'],
    ['一般公共预算收入增长3%', '3%', 'general_budget_revenue_growth'],
    ['固定资产投资增长4%', '4%', 'fixed_asset_investment_growth'],
    ['社会消费品零售总额增长5%', '5%', 'retail_sales_growth'],
    ['地区生产总值、一般公共预算收入分别增长5.5%、6%', '5.5%', 'gdp_growth'],
    ['地区生产总值、一般公共预算收入分别增长5.5%、6%', '6%', 'general_budget_revenue_growth'],
    // Not the place's GDP: a share of it, a sector's, a part's.
    ['数字经济核心产业增加值占国内生产总值比重达到10%左右', '10%左右', 'digital_economy_share'],
    ['财政性教育经费支出占国内生产总值的4%', '4%', undefined],
    ['力争海洋生产总值增长6%左右', '6%左右', undefined],
    ['单位国内生产总值用水量、能耗分别下降23%、15%', '23%', undefined],
    ['地区生产总值增加5000亿元', '5000亿元', undefined],
    // A level relative to the country's, a kind of trade's, a field's.
    ['单位地区生产总值能耗、主要污染物排放强度分别约为全国平均的70%、60%', '70%', undefined],
    ['跨境电商进出口增长61.6%', '61.6%', undefined],
    ['进出口总额增长3.5%左右', '3.5%左右', 'foreign_trade_growth'],
    ['2018年度人工智能方向研发经费不低于500万元', '500万元', undefined],
    // An average named as a value is the rate itself.
    ['城镇调查失业率平均值为5.0%', '5.0%', 'urban_unemployment_rate'],
    ['城镇调查失业率均值5.2%', '5.2%', 'urban_unemployment_rate'],
    // Two figures of 城乡 residents are the towns' and the villages'; one alone is all residents'.
    ['城乡居民人均可支配收入年均分别增长5.3%、7.1%', '5.3%', 'urban_disposable_income_growth'],
    ['城乡居民人均可支配收入年均分别增长5.3%、7.1%', '7.1%', 'rural_disposable_income_growth'],
    ['城乡居民人均可支配收入年均增长5.3%、8.1%', '8.1%', 'rural_disposable_income_growth'],
    ['城乡居民人均可支配收入增长5%', '5%', 'disposable_income_growth'],
    // PM2.5 holds no M2.
    ['PM2.5年均浓度为26.3微克/立方米、下降7.4%', '7.4%', undefined],
    ['广义货币M2增长7%', '7%', 'm2_growth'],
  ])('%s: %s → %s', (text, figure, key) => {
    expect(indicatorOf(text, figure)).toBe(key);
  });
});

describe('modality', () => {
  const base = { previous: '', overYears: false, pastYear: false };
  it.each([
    [{ sentence: '今年发展主要预期目标是：国内生产总值增长', clause: '国内生产总值增长' }, 'target'],
    [{ sentence: '力争地区生产总值增长', clause: '力争地区生产总值增长' }, 'target'],
    [{ sentence: '预计全年地区生产总值增长', clause: '预计全年地区生产总值增长' }, 'forecast'],
    [{ sentence: '“十四五”时期地区生产总值年均增长', clause: '“十四五”时期地区生产总值年均增长' }, 'plan_average'],
    [{ sentence: '全省地区生产总值增长', clause: '全省地区生产总值增长', section: 'review' as const }, 'actual'],
    [{ sentence: '圆满完成全年目标任务，地区生产总值增长', clause: '地区生产总值增长', section: 'review' as const }, 'actual'],
    [{ sentence: '居民消费价格涨幅控制在', clause: '居民消费价格涨幅控制在', section: 'review' as const }, 'actual'],
    [{ sentence: '居民消费价格涨幅控制在', clause: '居民消费价格涨幅控制在', section: 'tasks' as const }, 'target'],
    [{ sentence: '地区生产总值增长', clause: '地区生产总值增长', section: 'tasks' as const }, 'target'],
    [{ sentence: '去年地区生产总值增长', clause: '去年地区生产总值增长', section: 'tasks' as const }, 'actual'],
    [{ sentence: '今后五年城镇新增就业', clause: '今后五年城镇新增就业', section: 'plan' as const }, 'other'],
    [{ sentence: '第一产业增加值预期目标为“增长3.5%左右”，实际增长', clause: '实际增长' }, 'actual'],
    [{ sentence: '国内生产总值增长', clause: '国内生产总值增长', section: 'review' as const, overYears: true }, 'other'],
    [{ sentence: '国内生产总值增长', clause: '国内生产总值增长', section: 'review' as const, severalYears: true }, 'other'],
    // A programme named 计划 in a review is no target; 计划 as a verb is.
    [{ sentence: '实施岗位挖潜扩容支持计划，开发政策性岗位35万个，全省城镇新增就业', clause: '全省城镇新增就业', section: 'review' as const }, 'actual'],
    [{ sentence: '出台实施新型城镇化战略五年行动计划，扎实推进城市更新，常住人口城镇化率提高到', clause: '常住人口城镇化率提高到', section: 'review' as const }, 'actual'],
    [{ sentence: '计划新增城镇就业', clause: '计划新增城镇就业' }, 'target'],
  ])('%o → %s', (input, modality) => {
    expect(modalityOf({ ...base, ...input })).toBe(modality);
  });
});

describe('modality of a figure in its article', () => {
  const modalityIn = (text: string, figure: string, givenDate?: string) => {
    const a = article(text, '', givenDate);
    const figures = extractNumbers(a);
    const at = figures.findIndex((f) => f.text === figure);
    if (at < 0) throw new Error(`no figure ${figure} in ${text}`);
    return annotateFigures(a, figures, indicatorTable())[at]!.modality;
  };

  it.each([
    ['截至 dates a record, not a goal', '截至2025年6月底，全省5G基站达到20万个。到2027年，全省5G基站力争达到30万个。', '20万个', '2025-07-10', 'actual'],
    ['a date ahead of the report’s is a goal', '截至2025年6月底，全省5G基站达到20万个。到2027年，全省5G基站力争达到30万个。', '30万个', '2025-07-10', 'target'],
    ['a text with no year of its own: 到2025年 sets a goal', '到2025年，全市社会消费品零售总额突破1.2万亿元。', '1.2万亿元', undefined, 'target'],
    ['a text with no year of its own: done by the date is no goal', '到2020年底，全市社会消费品零售总额已达到9000亿元。', '9000亿元', undefined, 'actual'],
    ['a basis before a semicolon is the items’ before it', '2015年城镇常住居民人均可支配收入完成30788元，比2010年增加13480元；农村常住居民人均可支配收入完成22250元。', '22250元', '2016-02-01', 'actual'],
    ['a basis in the figure’s own part of the sentence spans years', '2015年城镇常住居民人均可支配收入比2010年增加13480元。', '13480元', '2016-02-01', 'other'],
  ])('%s', (_, text, figure, givenDate, modality) => {
    expect(modalityIn(text, figure, givenDate)).toBe(modality);
  });
});

describe('bound', () => {
  it.each([
    [{ approx: 'about' as const, value: 5 }, '', { bound: 'about', min: 5, max: 5 }],
    [{ approx: 'at_least' as const, value: 6 }, '', { bound: 'at_least', min: 6, max: null }],
    [{ approx: 'less_than' as const, value: 4.5 }, '', { bound: 'at_most', min: null, max: 4.5 }],
    [{ approx: 'range' as const, value: 6.5, min: 6.5, max: 7 }, '', { bound: 'range', min: 6.5, max: 7 }],
    [{ approx: 'exact' as const, value: 5 }, '', { bound: 'exact', min: 5, max: 5 }],
    [{ approx: 'exact' as const, value: 4.6 }, '城镇登记失业率低于', { bound: 'at_most', min: null, max: 4.6 }],
    [{ approx: 'exact' as const, value: 900 }, '城镇新增就业人数不低于', { bound: 'at_least', min: 900, max: null }],
  ])('%o after %s', (figure, before, expected) => {
    expect(boundOf(figure, before)).toEqual(expected);
  });

  it.each([
    ['6.5%－7%', { bound: 'range', min: 6.5, max: 7 }],
    ['5%—5.5%', { bound: 'range', min: 5, max: 5.5 }],
    ['4.5-5%', { bound: 'range', min: 4.5, max: 5 }],
    ['6%以上', { bound: 'at_least', min: 6, max: null }],
    ['4.5%以内', { bound: 'at_most', min: null, max: 4.5 }],
    ['5%左右', { bound: 'about', min: 5, max: 5 }],
  ])('as numbers reads %s', (figure, expected) => {
    const span = extractNumbers(article(`国内生产总值增长${figure}。`)).find((f) => f.text === figure)!;
    expect(boundOf(span)).toEqual(expected);
  });
});

describe('sections and years', () => {
  it.each([
    ['一、2025年工作回顾', 'review'],
    ['一、过去五年工作回顾', 'review'],
    ['一、2025年工作和“十四五”发展回顾', 'review'],
    ['二、“十四五”时期发展成就和“十五五”时期主要目标任务', 'plan'],
    ['二、“十五五”时期目标任务和2026年工作安排', 'tasks'],
    ['二、今年经济社会发展的总体要求、主要预期目标和宏观经济政策', 'tasks'],
    ['三、2026年主要工作', 'tasks'],
    ['三、大力推进改革开放', undefined],
  ])('%s is %s', (heading, kind) => {
    expect(headingKind(heading)).toBe(kind);
  });

  it('a heading that names no part continues the part before', () => {
    const sections = findSections('各位代表：\n一、2025年工作回顾\n文。\n二、2026年重点工作\n文。\n三、大力推进改革开放\n文。');
    expect(sections.map((s) => s.kind)).toEqual(['review', 'tasks', 'tasks']);
  });

  it('bare headings (no ordinal) open parts too; a title does not', () => {
    const sections = findSections('2026年甘肃省政府工作报告\n各位代表：\n“十四五”时期工作回顾\n文。\n2026年重点工作\n文。');
    expect(sections.map((s) => [s.kind, s.heading])).toEqual([['review', '“十四五”时期工作回顾'], ['tasks', '2026年重点工作']]);
  });

  it('a review of several years turns to the last year at 刚刚过去的…', () => {
    const text = '一、过去五年工作回顾\n五年来，增长。\n刚刚过去的2025年，增长。\n二、2026年重点工作\n';
    const sections = findSections(text);
    expect(sections.map((s) => [s.kind, s.severalYears])).toEqual([['review', true], ['review', false], ['tasks', false]]);
    expect(sections[1]!.start).toBe(text.indexOf('刚刚'));
  });

  // A review headed with a plan period and its last year turns either way at each paragraph that opens on one.
  it.each([
    [
      '“十四五”时期and2025年 (五年 first)',
      '一、“十四五”时期和2025年工作回顾\n这五年，增长。\n综合实力提升。\n各位代表！刚刚过去的2025年，增长。\n二、2026年重点工作\n',
      [['review', false], ['review', true], ['review', false], ['tasks', false]],
    ],
    [
      '2025年and“十四五” (the year first)',
      '一、2025年及“十四五”时期工作回顾\n2025年是很不平凡的一年。\n（一）增长。\n各位代表！2025年是“十四五”收官之年。五年来，增长。\n——实现新跃升。\n二、2026年重点工作\n',
      [['review', false], ['review', true], ['tasks', false]],
    ],
    [
      'a dash opens a paragraph of the plan period (——这五年)',
      '一、2025年工作和“十四五”发展回顾\n过去一年，增长。\n2025年是“十四五”收官之年。回望“十四五”，成就。\n——这五年，增长。\n二、2026年重点工作\n',
      [['review', false], ['review', false], ['review', true], ['review', true], ['tasks', false]],
    ],
    ['a year’s review keeps its own', '一、2025年工作回顾\n五年来，增长。\n二、2026年重点工作\n', [['review', false], ['tasks', false]]],
  ])('%s', (_, text, parts) => {
    expect(findSections(text).map((s) => [s.kind, s.severalYears])).toEqual(parts);
  });

  it.each([
    ['城镇新增就业603.7万人', 'other'],
    ['城镇新增就业121.7万人', 'actual'],
  ])('in a review of 十四五 and 2025, %s is %s', (figure, modality) => {
    const text = '各位代表：\n一、“十四五”时期和2025年工作回顾\n过去的五年极不寻常。\n民生福祉不断增进。城镇新增就业603.7万人。\n刚刚过去的2025年很不平凡。\n（一）稳就业。城镇新增就业121.7万人。\n二、2026年重点工作\n城镇新增就业110万人以上。\n';
    const a = article(text, '2026年河南省政府工作报告');
    const figures = extractNumbers(a);
    const at = figures.findIndex((f) => f.text === figure.replace('城镇新增就业', ''));
    expect(annotateFigures(a, figures, indicatorTable())[at]!.modality).toBe(modality);
  });

  it.each([
    [article('正文', '2026年安徽省政府工作报告'), 2026],
    [article('正文', '', '2026-02-03'), 2026],
    [article('政府工作报告\n——2026年2月5日在安徽省第十四届人民代表大会第四次会议上\n'), 2026],
    [article('各位代表：\n一、2024年工作回顾\n过去一年……'), 2025],
    [article('各位代表：\n一、去年工作回顾\n二、今年主要任务\n2006年国民经济和社会发展的主要预期目标是：'), 2006],
    [article('各位代表：\n一、过去五年工作回顾\n2012年，增长。2012年，2011年。\n二、今年的建议\n'), 2013],
    // The year a change is counted from is named most in a five-year review, but is no year it reviews.
    [article('各位代表：\n一、过去五年政府工作的回顾\n国内生产总值从1997年的7.4万亿元增加到2002年的10.2万亿元，比1997年增长。财政收入从1997年的8651亿元增加到2002年的18914亿元，比1997年增长。\n二、对今年政府工作的建议\n'), 2003],
  ])('report year %#', (a, year) => {
    expect(reportYear(a)).toBe(year);
  });

  it.each([
    ['十四五', 2025],
    ['“十五五”时期', 2030],
    ['第十五个五年规划', 2030],
    ['十一五', 2010],
    ['“十五”期间', 2005],
    ['2021—2025年', 2025],
  ])('plan %s ends %d', (name, end) => {
    expect(planEnd(name)).toBe(end);
  });

  it.each([
    ['2025年，全省地区生产总值增长', 2026, 2025],
    ['去年地区生产总值增长', 2026, 2025],
    ['比2020年增长', 2026, null],
    ['到2030年，常住人口城镇化率达到', 2026, 2030],
  ])('%s names %s', (sentence, report, year) => {
    expect(namedYear(sentence, report)).toBe(year);
  });

  it('targets are the report year, outcomes the year before', () => {
    expect(figureYear('地区生产总值增长', 'target', 2026, 2025)).toBe(2026);
    expect(figureYear('地区生产总值增长', 'actual', 2026, 2025)).toBe(2025);
    expect(figureYear('“十五五”时期地区生产总值年均增长', 'plan_average', 2026, 2025)).toBe(2030);
  });
});

describe('indicator table', () => {
  it('ships the keys the issue names, at least 40', () => {
    const keys = indicatorTable().indicators.map((i) => i.key);
    expect(keys.length).toBeGreaterThanOrEqual(40);
    for (const key of ['gdp', 'gdp_growth', 'general_budget_revenue', 'fixed_asset_investment_growth', 'retail_sales_growth', 'industrial_value_added_growth', 'cpi_growth', 'urban_new_jobs', 'urban_unemployment_rate', 'disposable_income_growth', 'grain_output', 'energy_intensity_reduction']) {
      expect(keys).toContain(key);
    }
  });

  it("a user's row adds a surface form or replaces a key", () => {
    const user = parseIndicators('key\tname\tmeasure\tunit\tsurfaces\nport_throughput\t港口货物吞吐量\tlevel\t吨\t港口货物吞吐量|港口吞吐量\n', 'mine.tsv');
    const table = buildIndicatorTable([indicatorTable().indicators, user]);
    const text = '港口货物吞吐量达到5亿吨';
    const span = extractNumbers(article(text)).find((f) => f.text === '5亿吨')!;
    expect(matchIndicator(text, span, table)?.indicator.key).toBe('port_throughput');
  });

  it('rejects a malformed row', () => {
    expect(() => parseIndicators('gdp\t地区生产总值\tsize\t元\t生产总值\n', 'bad.tsv')).toThrow(/measure 'size'/);
  });
});
