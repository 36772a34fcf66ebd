// Figures as real news prints them (人民日报, 新闻联播 phrasing; sentences written for these tests).
import { describe, expect, it } from 'vitest';
import { extractNumbers } from '../../../../src/extract/numbers/numbers.js';
import type { NumberSpan } from '../../../../src/types.js';
import { makeArticle } from '../../../helpers/article.js';

function spans(sentence: string): NumberSpan[] {
  return extractNumbers(makeArticle(sentence));
}

function figure(sentence: string, target: string): NumberSpan {
  const found = spans(sentence).find((s) => s.text === target);
  if (!found) throw new Error(`no span '${target}' in ${JSON.stringify(spans(sentence).map((s) => s.text))}`);
  return found;
}

describe('ranges are one figure from min to max', () => {
  it.each([
    ['一般需要2—4天才能办结', '2—4天', { kind: 'amount', value: 2, min: 2, max: 4, unit: '天', approx: 'range' }],
    ['首付比例下调3%—5%', '3%—5%', { kind: 'percent', value: 3, min: 3, max: 5, unit: '%', approx: 'range' }],
    ['预期目标为增长4.5%至5%', '4.5%至5%', { kind: 'percent', value: 4.5, min: 4.5, max: 5, unit: '%', approx: 'range' }],
    ['每天工作6～8小时', '6～8小时', { kind: 'amount', value: 6, min: 6, max: 8, unit: '小时', approx: 'range' }],
    ['补贴2万至3万元', '2万至3万元', { kind: 'amount', value: 20000, min: 20000, max: 30000, unit: '元', approx: 'range' }],
  ])('%s: %s', (sentence, target, expected) => {
    expect(figure(sentence, target)).toMatchObject(expected);
  });

  it('a single figure has no min or max', () => {
    const one = figure('营业收入16889亿元', '16889亿元');
    expect(one.min).toBeUndefined();
    expect(one.max).toBeUndefined();
  });
});

describe('durations, days of the month and clock times', () => {
  it.each([
    ['患者平均住院12天', '12天', { kind: 'amount', value: 12, unit: '天' }],
    ['连续奋战了96小时', '96小时', { kind: 'amount', value: 96, unit: '小时' }],
    ['短短40分钟，管线铺设完毕', '40分钟', { kind: 'amount', value: 40, unit: '分钟' }],
  ])('%s: %s is an amount of time', (sentence, target, expected) => {
    expect(figure(sentence, target)).toMatchObject(expected);
  });

  it.each([
    ['上午9时，会议开幕', '上午9时'],
    ['2010年7月20日8时30分，他被巨浪吞没', '8时30分'],
    ['21时许，习近平宣布开幕', '21时许'],
    ['代表团22日抵达', '22日'],
    ['本报北京10月11日电 记者从10日至11日召开的年会上获悉', '10日至11日'],
    ['（《新闻联播》 20231206 21:00）', '21:00'],
    ['早晨6点多起床', '早晨6点多'],
  ])('%s: %s is a date, never a count', (sentence, target) => {
    expect(figure(sentence, target).kind).toBe('date');
  });

  it('前三季度 sets the period; a duration does not', () => {
    expect(figure('前三季度，全省营业收入增长5%', '5%').period).toBe('Q1~Q3');
    expect(figure('住院12天后，费用3000元', '3000元').period).toBeUndefined();
  });
});

describe('signs, ratios and coordinated figures', () => {
  it.each([
    ['一季度，地区生产总值增长-1.5%', '-1.5%', { kind: 'percent', value: -1.5, unit: '%', change: 'increase', metric: '地区生产总值' }],
    ['冒着零下30摄氏度的严寒', '零下30摄氏度', { kind: 'amount', value: -30, unit: '摄氏度' }],
    ['出生人口性别比为2.3∶1', '2.3∶1', { kind: 'ratio', value: 2.3 }],
    ['求人倍率1.35', '1.35', { kind: 'ratio', value: 1.35, metric: '求人倍率' }],
    ['城乡居民收入比由1.75缩小至1.68', '1.75', { kind: 'ratio', value: 1.75, metric: '城乡居民收入比' }],
    ['城乡居民收入比由1.75缩小至1.68', '1.68', { kind: 'ratio', value: 1.68, change: 'new', metric: '城乡居民收入比' }],
    ['输入病例不到总数的1/10', '1/10', { kind: 'ratio', value: 0.1 }],
    ['增速分别提高2.1和3.6个百分点', '2.1', { kind: 'percent', value: 2.1, unit: '百分点', change: 'increase' }],
    ['增速分别提高2.1和3.6个百分点', '3.6个百分点', { kind: 'percent', value: 3.6, unit: '百分点', change: 'increase' }],
  ])('%s: %s', (sentence, target, expected) => {
    expect(figure(sentence, target)).toMatchObject(expected);
  });

  it.each([
    ['3架歼-20飞临检阅台', '20'],
    ['很多90后投身志愿服务', '90后'],
  ])('%s: %s is a name, not a count', (sentence, target) => {
    expect(figure(sentence, target).kind).toBe('code');
  });
});

describe('metrics are noun phrases', () => {
  it.each([
    ['截至目前，中关村聚集了跨国公司区域总部约300家', '300家', '跨国公司区域总部'],
    ['天然气占一次能源的比重将由目前的23.5%升至27.5%', '23.5%', '天然气占一次能源的比重'],
    ['天然气的对外依存度也从上一年的不到40%一下子超过了45%', '40%', '天然气的对外依存度'],
    ['复工复产后，日均乘客也已回升至4000人', '4000人', '日均乘客'],
    ['中国代表团共553人', '553人', '中国代表团'],
    ['巴西向中国出口大豆约1600万吨', '1600万吨', '大豆'],
    ['亲自下场向近6亿中国用户直播带货', '6亿', '中国用户'],
    ['武警总队550余名官兵、56台车辆抵达积石山县刘集乡4个村', '56台', '车辆'],
    ['到2021年底技能劳动者占就业人员总量的比例达到25%以上', '25%以上', '技能劳动者占就业人员总量的比例'],
    ['200亩水田遭旱情', '200亩', '水田'],
    ['出口增速高于全国平均水平2.3个百分点', '2.3个百分点', '出口增速'],
  ])('%s: %s measures %s', (sentence, target, metric) => {
    expect(figure(sentence, target).metric).toBe(metric);
  });

  it.each([
    ['中关村企业申请PCT专利2790件，占全市75.1%', '75.1%', 'PCT专利'],
    ['中国是智利主要出口市场，出口额2000亿元，占出口总额的28%', '28%', '出口额'],
  ])('%s: the share %s is of %s', (sentence, target, metric) => {
    expect(figure(sentence, target).metric).toBe(metric);
  });

  it.each([
    ['让银行多放贷款3000亿元', '3000亿元'],
    ['冒着零下30摄氏度的严寒', '零下30摄氏度'],
  ])('%s: %s has no verb fragment as metric', (sentence, target) => {
    const metric = figure(sentence, target).metric ?? '';
    expect(metric).not.toMatch(/^(?:让|冒着)|向$/);
  });
});
