import { describe, expect, it } from 'vitest';
import { extractNumbers } from '../../../../src/extract/numbers/numbers.js';
import type { NumberSpan } from '../../../../src/types.js';
import { makeArticle } from '../../../helpers/article.js';

/** The span whose text is `target` in `sentence` (the first when it occurs twice). */
function figure(sentence: string, target: string): NumberSpan {
  const spans = extractNumbers(makeArticle(sentence));
  const found = spans.find((s) => s.text === target);
  if (!found) throw new Error(`no span '${target}' in ${JSON.stringify(spans.map((s) => s.text))}`);
  return found;
}

// Phrases from seeds/ (Weifang, Qingzhou, Heze, Shandong, Liaocheng pages) and government work reports.
describe('amounts with multipliers and units', () => {
  it.each([
    ['2021年经营收入153.7亿元，年分红总额15.4亿元', '153.7亿元', { kind: 'amount', value: 15370000000, unit: '元', period: '2021', metric: '经营收入' }],
    ['2021年经营收入153.7亿元，年分红总额15.4亿元', '15.4亿元', { kind: 'amount', value: 1540000000, unit: '元', period: '2021', metric: '年分红总额' }],
    ['目前全市农民合作社23640家，入社成员125万户，', '125万户', { kind: 'count', value: 1250000, unit: '户', metric: '入社成员' }],
    ['新能源装机容量突破1500万千瓦,全省第2', '1500万千瓦', { kind: 'amount', value: 15000000, unit: '千瓦', approx: 'more_than', metric: '新能源装机容量' }],
    ['全区1.5万余名党员干部全部下沉社区', '1.5万余名', { kind: 'count', value: 15000, unit: '名', approx: 'more_than', metric: '党员干部' }],
    ['2022年全年累计发放补助金919.79万元(含提标补发19.66万元', '919.79万元', { kind: 'amount', value: 9197900, unit: '元', period: '2022', metric: '补助金' }],
    ['我市实施重点河道生态补水6.13亿立方米,地下水超采区面积减少346平方公里', '6.13亿立方米', { kind: 'amount', value: 613000000, unit: '立方米' }],
    ['地下水超采区面积减少346平方公里', '346平方公里', { kind: 'amount', value: 346, unit: '平方公里', change: 'decrease', metric: '地下水超采区面积' }],
    ['生态保护红线1114平方公里,城镇开发边界1696.7平方公里,', '1696.7平方公里', { kind: 'amount', value: 1696.7, unit: '平方公里', metric: '城镇开发边界' }],
    ['新建绿地面积2697.6公顷,建成区绿化覆盖率达43.2%', '2697.6公顷', { kind: 'amount', value: 2697.6, unit: '公顷', metric: '绿地面积' }],
    ['全省地区生产总值5.3万亿元、增长5.5%', '5.3万亿元', { kind: 'amount', value: 5300000000000, unit: '元', metric: '地区生产总值' }],
    ['粮食产量1.39万亿斤', '1.39万亿斤', { kind: 'amount', value: 1390000000000, unit: '斤', metric: '粮食产量' }],
    ['城镇新增就业1244万人', '1244万人', { kind: 'count', value: 12440000, unit: '人', metric: '城镇新增就业' }],
    ['城镇新增就业68万人左右，', '68万人左右', { kind: 'count', value: 680000, unit: '人', approx: 'about' }],
    ['粮食产量稳定在800亿斤以上。', '800亿斤以上', { kind: 'amount', value: 80000000000, unit: '斤', approx: 'at_least', metric: '粮食产量' }],
    ['出口总额突破万亿元、增速居全国第5位', '万亿元', { kind: 'amount', value: 1000000000000, unit: '元', approx: 'more_than' }],
    ['进出口总额达1,234亿元', '1,234亿元', { kind: 'amount', value: 123400000000, unit: '元' }],
    ['受益人口300多万,灌溉面积约104万亩。', '300多万', { kind: 'count', value: 3000000, unit: '人', approx: 'more_than', metric: '受益人口' }],
    ['受益人口三百多万', '三百多万', { kind: 'count', value: 3000000, approx: 'more_than' }],
    ['日污水处理能力增至221.6万吨', '221.6万吨', { kind: 'amount', value: 2216000, unit: '吨', change: 'new', metric: '日污水处理能力' }],
    ['年均供水2.6亿立方米', '2.6亿立方米', { kind: 'amount', value: 260000000, unit: '立方米' }],
  ])('%s: %s', (sentence, target, expected) => {
    expect(figure(sentence, target)).toMatchObject(expected);
  });
});

describe('rates and before/after values', () => {
  const sentence = '基本生活费保障标准由每人1540元/月提高至1694元/月，2022年全年累计发放补助金919.79万元';
  it('keeps a per-unit rate as the unit', () => {
    expect(figure(sentence, '1540元/月')).toMatchObject({ kind: 'amount', value: 1540, unit: '元/月', metric: '基本生活费保障标准' });
  });
  it('marks the second figure of 由A提高至B as the new value', () => {
    const second = figure(sentence, '1694元/月');
    expect(second).toMatchObject({ value: 1694, unit: '元/月', change: 'new' });
    expect(figure(sentence, '1540元/月').change).toBeUndefined();
  });
});

describe('percents, changes and bases', () => {
  const gdp = '前三季度，全区农林牧渔业总产值达55.59亿元，同比增长6.7%，全区蔬菜播种面积约18.4万亩';
  it.each([
    [gdp, '55.59亿元', { kind: 'amount', value: 5559000000, metric: '农林牧渔业总产值', period: 'Q1~Q3', approx: 'exact' }],
    [gdp, '6.7%', { kind: 'percent', value: 6.7, unit: '%', change: 'increase', basis: '同比', metric: '农林牧渔业总产值', period: 'Q1~Q3' }],
    [gdp, '18.4万亩', { kind: 'amount', value: 184000, unit: '亩', approx: 'about', metric: '蔬菜播种面积' }],
    ['湖库总磷等富营养物质浓度较“十三五”末下降32.5%,', '32.5%', { kind: 'percent', value: 32.5, change: 'decrease', basis: '较“十三五”末' }],
    ['2024年全市现状耕地面积1021.3万亩,较“十三五”末增加34.8万亩,', '34.8万亩', { value: 348000, unit: '亩', change: 'increase', basis: '较“十三五”末', metric: '现状耕地面积', period: '2024' }],
    ['居民人均可支配收入同比提高0.8个百分点', '0.8个百分点', { kind: 'percent', value: 0.8, unit: '百分点', change: 'increase', basis: '同比' }],
    ['社会消费品零售总额增长4%左右，', '4%左右', { kind: 'percent', value: 4, approx: 'about', change: 'increase', metric: '社会消费品零售总额' }],
    ['工业总产值比一九五二年增加了百分之三十三', '百分之三十三', { kind: 'percent', value: 33, unit: '%', change: 'increase', basis: '比一九五二年' }],
    ['遞增百分之三十六点九', '百分之三十六点九', { kind: 'percent', value: 36.9 }],
    ['专业化物业服务覆盖率达80%以上,荣获山东省宜居人居环境奖', '80%以上', { kind: 'percent', value: 80, approx: 'at_least', metric: '专业化物业服务覆盖率' }],
    ['公园服务覆盖率达90.8%,新建绿地面积2697.6公顷,建成区绿化覆盖率达43.2%,', '43.2%', { value: 43.2, metric: '建成区绿化覆盖率' }],
    ['达标面积132平方公里,占比超65%,全省第1。', '65%', { kind: 'percent', value: 65, approx: 'more_than', metric: '占比' }],
    ['数量占全省56%、占全国近五分之一', '56%', { kind: 'percent', value: 56, metric: '数量' }],
    ['数量占全省56%、占全国近五分之一', '五分之一', { kind: 'ratio', value: 0.2, approx: 'less_than' }],
    ['负氧离子浓度是世界优质空气标准的2倍多', '2倍多', { kind: 'ratio', value: 2, unit: '倍', approx: 'more_than' }],
    ['空气质量主要指标较“十三五”末分别改善30.6%、29.1%、19.9%', '29.1%', { kind: 'percent', basis: '较“十三五”末' }],
    ['规上工业增加值比2020年增长12.5%', '12.5%', { change: 'increase', basis: '比2020年' }],
  ])('%s: %s', (sentence, target, expected) => {
    expect(figure(sentence, target)).toMatchObject(expected);
  });

  it.each([
    ['全市一般公共预算收入较上年增长3.1%', '3.1%', '较上年'],
    ['12月份全市用电量环比下降2.4%', '2.4%', '环比'],
    ['粮食产量比上年减少1.2亿斤', '1.2亿斤', '比上年'],
  ])('%s: %s has basis %s', (sentence, target, basis) => {
    expect(figure(sentence, target).basis).toBe(basis);
  });

  it('never reports 个百分点 as %', () => {
    const spans = extractNumbers(makeArticle('城镇调查失业率下降0.3个百分点，增长5.2%'));
    expect(spans.map((s) => s.unit)).toEqual(['百分点', '%']);
    expect(spans[0]!.change).toBe('decrease');
  });

  it('does not take a year inside a basis as the period', () => {
    expect(figure('规上工业增加值比2020年增长12.5%', '12.5%').period).toBeUndefined();
  });
});

describe('approximations', () => {
  // 近 → less_than (近400篇 = fewer than 400); 约/左右 → about; 超/余/多/突破 → more_than; 以上 → at_least; 达到 → exact.
  it.each([
    ['大赛共收集作品近400篇,', '400篇', 'less_than'],
    ['产量约72.17万吨,', '72.17万吨', 'about'],
    ['项目年营收超2500万元,', '2500万元', 'more_than'],
    ['带领团队先后完成技术革新50余项，', '50余项', 'more_than'],
    ['负氧离子浓度每立方米3000多个,', '3000多个', 'more_than'],
    ['骨干水网长度突破900公里,', '900公里', 'more_than'],
    ['力争全年完成互采金额700亿元以上。', '700亿元以上', 'at_least'],
    ['生活垃圾无害化处理率达到100%,', '100%', 'exact'],
    ['城镇调查失业率5.5%左右，', '5.5%左右', 'about'],
    ['新增就业不少于50万人', '50万人', 'at_least'],
  ])('%s: %s is %s', (sentence, target, approx) => {
    expect(figure(sentence, target).approx).toBe(approx);
  });
});

describe('ranks', () => {
  it.each([
    ['PM_{2.5}、PM₁₀、综合指数等3项空气质量主要指标均居全省第1,', '第1', { kind: 'rank', value: 1 }],
    ['已经连续两年位列全国地市第一位。', '第一位', { kind: 'rank', value: 1 }],
    ['PM_{2.5}在全国重点城市排名中前进84个位次,', '84个位次', { kind: 'rank', value: 84, unit: '位次', change: 'increase' }],
    ['规上工业增加值增速居全国第4位', '第4位', { kind: 'rank', value: 4 }],
    ['对全市产值前300名企业和82个2025年预计新增产值', '300名', { kind: 'rank', value: 300 }],
  ])('%s: %s', (sentence, target, expected) => {
    expect(figure(sentence, target)).toMatchObject(expected);
  });
});

describe('dates, years and periods', () => {
  it.each([
    ['会议指出，2023年是全面贯彻落实党的二十大精神开局之年', '2023年', { kind: 'year', value: 2023, period: '2023' }],
    ['12月25日，市委经济工作会议召开。', '12月25日', { kind: 'date', period: '12-25' }],
    ['前三季度，全区农林牧渔业总产值达55.59亿元', '前三季度', { kind: 'period', period: 'Q1~Q3' }],
    ['自2022年12月21日至2023年6月在全市组织开展', '2022年12月21日至2023年6月', { kind: 'period', period: '2022-12-21/2023-06' }],
    ['本报济南12月24日讯 12月23日至24日，省委经济工作会议在济南召开', '12月23日至24日', { kind: 'period', period: '12-23/12-24' }],
    ['于涛，1988年9月生，中共党员。', '1988年9月', { kind: 'date', period: '1988-09' }],
    ['2025年第三季度市委常委会履职情况', '2025年第三季度', { kind: 'period', period: '2025-Q3' }],
    ['1-9月，全市规上工业增加值增长7%', '1-9月', { kind: 'period', period: '01~09' }],
    ['2023年前三季度，全市地区生产总值增长5.1%', '2023年前三季度', { kind: 'period', period: '2023-Q1~Q3' }],
    ['2023年上半年，全市地区生产总值增长5.1%', '2023年上半年', { kind: 'period', period: '2023-H1' }],
    ['“十四五”规划（2021-2025年）', '2021-2025年', { kind: 'period', period: '2021/2025' }],
    ['一九五三年工業總産值', '一九五三年', { kind: 'year', value: 1953 }],
    ['时间：2026-02-11', '2026-02-11', { kind: 'date', period: '2026-02-11' }],
    ['会议强调，过去5年特别是新冠肺炎疫情发生以来的3年', '5年', { kind: 'period', value: 5, unit: '年' }],
    // A day of the month after a verb or a place stays a date; only a word of span makes days counted.
    ['本报北京4日电', '4日', { kind: 'date' }],
    ['会议于7日在京召开', '7日', { kind: 'date' }],
    ['新政将于8日起施行', '8日', { kind: 'date' }],
    ['“五一”假期前三日，全国铁路发送旅客4000万人次', '三日', { kind: 'period', value: 3, unit: '日' }],
  ])('%s: %s', (sentence, target, expected) => {
    expect(figure(sentence, target)).toMatchObject(expected);
  });

  it('never reports a year as an amount', () => {
    const spans = extractNumbers(makeArticle('2024年林草产业总产值达到509.4亿元，巩固深化2025先进技术应用成果转化'));
    expect(spans.map((s) => [s.text, s.kind])).toEqual([
      ['2024年', 'year'],
      ['509.4亿元', 'amount'],
      ['2025', 'year'],
    ]);
    expect(spans[1]).toMatchObject({ value: 50940000000, period: '2024', metric: '林草产业总产值' });
  });

  it('gives the period of a quarter to the figures of its sentence', () => {
    expect(figure('2023年前三季度，全市地区生产总值增长5.1%', '5.1%').period).toBe('2023-Q1~Q3');
  });

  it('gives "十四五"以来 as the period of the figures after it', () => {
    expect(figure('“十四五”以来,我市实施污染防治重点任务371项,攻坚项目2200余个', '2200余个')).toMatchObject({
      value: 2200,
      approx: 'more_than',
      period: '十四五',
      metric: '攻坚项目',
    });
  });
});

describe('numbers inside names and formulations', () => {
  it.each([
    ['深入学习贯彻党的二十大和中央经济工作会议精神', '二十大', 'ordinal', 20],
    ['传达学习党的二十届四中全会精神', '二十届', 'ordinal', 20],
    ['传达学习党的二十届四中全会精神', '四中全会', 'ordinal', 4],
    ['选出菏泽市出席山东省第十四届人民代表大会代表', '第十四届', 'ordinal', 14],
    ['市二十届人大二次会议胜利闭幕', '二次会议', 'ordinal', 2],
    ['PM_{2.5}在全国重点城市排名中', '2.5', 'code', null],
    ['有限公司大缸径发动机研究院M3平台室副主任齐宝丹当选', '3', 'code', null],
    ['聚焦市委“1441”工作思路', '1441', 'code', null],
    ['持续提升“231”产业竞争力', '231', 'code', null],
    ['严格落实“八抓20条”创新措施', '20条', 'code', null],
    ['具体要抓好“八件大事”。', '八件', 'code', 8],
    ['坚定拥护“两个确立”', '两个', 'code', 2],
    ['重点做到八个着力', '八个', 'code', 8],
    ['总结“十四五”亮点', '十四五', 'code', null],
    ['加快数字政府2.0建设', '2.0', 'code', null],
    ['5G基站达到10万个', '5', 'code', null],
    ['“2022中国农民合作社500强”我市有90个', '500强', 'code', null],
  ])('%s: %s is %s', (sentence, target, kind, value) => {
    expect(figure(sentence, target)).toMatchObject({ kind, value });
  });

  it('reads 9+3+N as a code, not three counts', () => {
    const spans = extractNumbers(makeArticle('立足全市“9+3+N”产业链'));
    expect(spans.map((s) => s.kind)).toEqual(['code', 'code']);
  });

  it('leaves words with number characters alone', () => {
    const spans = extractNumbers(makeArticle('千方百计稳定百姓就业，坚持统一领导，推进一体化发展，十分重要'));
    expect(spans).toEqual([]);
  });

  it('counts 5G base stations but not the 5 of 5G', () => {
    expect(figure('5G基站达到10万个', '10万个')).toMatchObject({ kind: 'count', value: 100000, unit: '个' });
  });
});

describe('metrics named after the classifier', () => {
  it.each([
    ['选定444名儿童主任，统一制定儿童主任工作计划', '444名', '儿童主任'],
    // A verb with a noun suffix is a noun; verbs before the last noun of a closed phrase modify it.
    ['县里还聘用了200多名交通安全劝导员协助工作。', '200多名', '交通安全劝导员'],
    ['天津站今年设置了35台自助实名制验证闸机。', '35台', '自助实名制验证闸机'],
    ['查处8起重大典型统计造假案件。', '8起', '重大典型统计造假案件'],
    ['全市110个城市协同发展能力差距呈缩小趋势。', '110个', '城市协同发展能力差距'],
    ['27个小区成立自治小组。', '27个', '小区'],
    ['为全区58名社会散居孤儿进行免费体检', '58名', '社会散居孤儿'],
    ['我市90个合作社入围《农民日报》评选公布的名单', '90个', '合作社'],
    ['最终产生10名“齐鲁最美青年”，我市两人当选', '10名', '齐鲁最美青年'],
    ['发布316个志愿服务项目', '316个', '志愿服务项目'],
    ['新增科技型中小企业7227家、高新技术企业3200家', '3200家', '高新技术企业'],
    ['遴选支持创新创业领军人才197名', '197名', '创新创业领军人才'],
    ['新开工建设“两重”项目178个', '178个', '“两重”项目'],
  ])('%s: %s measures %s', (sentence, target, metric) => {
    expect(figure(sentence, target).metric).toBe(metric);
  });
});

describe('older and noisier texts (1950s national reports, scraped pages)', () => {
  it.each([
    ['一九五八，将积极发展', '一九五八', { kind: 'year', value: 1958 }],
    ['其中工业收入收到5，072，990，000元', '5，072，990，000元', { kind: 'amount', value: 5072990000, unit: '元' }],
    ['“五网合一”[20]示范项目', '20', { kind: 'ordinal' }],
    ['就需要增加两千万匹的棉布供应', '两千万匹', { kind: 'count', value: 20000000, unit: '匹', change: 'increase' }],
    ['五年内全国新建铁路铺轨二千公里', '二千公里', { kind: 'amount', value: 2000, unit: '公里' }],
    ['82个2025年预计新增产值过亿元企业', '亿元', { kind: 'amount', value: 100000000, approx: 'more_than', metric: '产值' }],
  ])('%s: %s', (sentence, target, expected) => {
    expect(figure(sentence, target)).toMatchObject(expected);
  });

  it('does not read 新增 as a change', () => {
    expect(figure('全省新增8个国家级临床重点专科', '8个')).toMatchObject({ kind: 'count', metric: '国家级临床重点专科' });
    expect(figure('全省新增8个国家级临床重点专科', '8个').change).toBeUndefined();
  });
});

describe('identifiers and ranges in policy documents', () => {
  it.each([
    ['CAD工程制图规则\nGB/T 18229-2000\n', '18229'],
    ['ISO 17296-1：2015', '17296'],
    ['联系电话：0532-88998766。', '0532'],
    ['邮编：100044。', '100044'],
    ['4.2.2 可再生能源', '2'],
    ['提高医— 10 —生日常医疗', '10'],
  ])('%s: %s is a code', (sentence, target) => {
    expect(figure(sentence, target)).toMatchObject({ kind: 'code', value: null });
  });

  it.each([
    ['附件：1.智能网联汽车道路测试管理办法', '1'],
    ['3.加强与其他部门合作', '3'],
    ['图4 智慧林业总体架构', '4'],
  ])('%s: %s is an ordinal', (sentence, target) => {
    expect(figure(sentence, target).kind).toBe('ordinal');
  });

  it.each([
    ['给予3-5万元奖励', '3-5万元', { kind: 'amount', value: 30000, min: 30000, max: 50000, unit: '元', approx: 'range' }],
    ['遴选出3~7倍于拟立项数量的项目', '3~7倍', { kind: 'ratio', value: 3, min: 3, max: 7, unit: '倍', approx: 'range' }],
    ['每年培养10至15名骨干', '10至15名', { kind: 'count', value: 10, min: 10, max: 15, unit: '名', approx: 'range' }],
  ])('%s: %s is one figure from its lower to its upper bound', (sentence, target, expected) => {
    expect(figure(sentence, target)).toMatchObject(expected);
  });

  it('does not take the primary sector (第一产业) as a rank', () => {
    expect(figure('全市第一产业增加值增长3.1%', '第一')).toMatchObject({ kind: 'ordinal', value: 1 });
  });

  it('does not take 下列第1项 as a rank', () => {
    expect(figure('能实时回传下列第1至4项信息', '第1').kind).toBe('ordinal');
  });
});

describe('provincial report phrasing', () => {
  it.each([
    ['PM2.5年平均浓度保持在20微克/立方米', '20微克/立方米', { kind: 'amount', value: 20, unit: '微克/立方米' }],
    // Tenths are percents, as the real-news gold reads them (`四成` = 40 %).
    ['无人机产量增长39%、占全国9成', '9成', { kind: 'percent', value: 90, unit: '%' }],
    ['政策性收入占四成左右', '四成左右', { kind: 'percent', value: 40, unit: '%', approx: 'about' }],
    ['超六成行业增速回升', '六成', { kind: 'percent', value: 60, unit: '%', approx: 'more_than' }],
    ['运送医用防护服3700双', '3700双', { kind: 'count', value: 3700, unit: '双' }],
    ['应急车辆5.2万辆次', '5.2万辆次', { kind: 'count', value: 52000, unit: '辆次' }],
    ['能在100毫秒内做出反应', '100毫秒', { kind: 'amount', value: 100, unit: '毫秒' }],
    // Small Chinese counts in news prose are counts; formulations (`两个确立`, `八项规定`) and words (`两口子`) are not.
    ['其中包括两台负压救护车', '两台', { kind: 'count', value: 2, unit: '台' }],
    ['共发生两起事故', '两起', { kind: 'count', value: 2, unit: '起' }],
    ['锲而不舍落实中央八项规定精神', '八项', { kind: 'code' }],
    ['今年我们两口子会再加把劲', '两口', { kind: 'code' }],
    ['主要包括六部分', '六部', { kind: 'code' }],
    // a list of formulations in quotes, whatever their nouns
    ['形成“三个坚持聚焦、四个全面提升、五个加快落地、六个强化保障”的工作格局', '五个', { kind: 'code' }],
    ['形成“三个坚持聚焦、四个全面提升、五个加快落地、六个强化保障”的工作格局', '六个', { kind: 'code' }],
    // A large bare count of people is in persons.
    ['带动19.3万农牧民转移就业', '19.3万', { kind: 'count', value: 193000, unit: '人' }],
    ['禁捕涉及沿江10个省市的近28万渔民。', '28万', { kind: 'count', value: 280000, unit: '人' }],
    // Years ending their clause are a length of time (an amount); years leading into it stay a period.
    ['他在这里坚守35年。', '35年', { kind: 'amount', value: 35, unit: '年' }],
    ['中央八项规定已经出台7年多，', '7年多', { kind: 'amount', value: 7, unit: '年', approx: 'more_than' }],
    // Two neighbouring Chinese digits are a rough range.
    ['每个村里有三四个集中饮水点', '三四个', { kind: 'count', value: 3, min: 3, max: 4, unit: '个', approx: 'range' }],
    ['往前挪了六七米', '六七米', { kind: 'amount', value: 6, min: 6, max: 7, unit: '米', approx: 'range' }],
    ['一年能赚三四万元', '三四万元', { kind: 'amount', value: 30000, min: 30000, max: 40000, unit: '元', approx: 'range' }],
    ['接待二三百人', '二三百人', { kind: 'count', min: 200, max: 300, unit: '人', approx: 'range' }],
    // Tenths in a rough range are percents at both ends; 三五 skips four and is still a range.
    ['约六七成企业已复工', '六七成', { kind: 'percent', value: 60, min: 60, max: 70, unit: '%', approx: 'range' }],
    ['贫困户收入增长两三成', '两三成', { kind: 'percent', min: 20, max: 30, unit: '%', approx: 'range' }],
    ['每桌三五人，围坐闲谈', '三五人', { kind: 'count', value: 3, min: 3, max: 5, unit: '人', approx: 'range' }],
    ['三五天就能完工', '三五天', { min: 3, max: 5, unit: '天', approx: 'range' }],
    // Parts per thousand and per ten thousand are percents.
    ['不良贷款率控制在万分之三', '万分之三', { kind: 'percent', value: 0.03, unit: '%' }],
    ['人口自然增长率为千分之五', '千分之五', { kind: 'percent', value: 0.5, unit: '%' }],
    // Days after a word of span, or before 内, are days counted like 天, not a day of the month.
    ['全省已连续7日无新增确诊病例', '7日', { kind: 'amount', value: 7, unit: '日' }],
    ['为期3日的培训班结业', '3日', { kind: 'amount', value: 3, unit: '日' }],
    ['群众诉求须在3日内办结', '3日', { kind: 'amount', value: 3, unit: '日' }],
    // Weeks in speech are weeks (周).
    ['密切接触者需隔离两个星期', '两个星期', { kind: 'amount', value: 2, unit: '周' }],
    ['前后花了三个礼拜', '三个礼拜', { kind: 'amount', value: 3, unit: '周' }],
    // Doses and tests in health news are counted in their own units.
    ['累计接种新冠病毒疫苗2.5亿剂次', '2.5亿剂次', { kind: 'count', value: 250000000, unit: '剂次' }],
    ['日检测能力达10万人份', '10万人份', { kind: 'count', value: 100000, unit: '人份' }],
    ['规上民营工业增加值增速高于全部规上工业2.3个百分点', '2.3个百分点', { unit: '百分点', change: 'increase', basis: '高于全部规上工业' }],
    ['重度残疾人护理补贴标准分别从每人每月209元', '209元', { unit: '元', per: '月', metric: '重度残疾人护理补贴标准' }],
    ['居民人均可支配收入五年增长30.8%。', '30.8%', { change: 'increase', metric: '居民人均可支配收入' }],
    ['开展药品监督抽检超1.5万批次', '1.5万批次', { kind: 'count', value: 15000, unit: '批次', approx: 'more_than' }],
    ['地区生产总值从11.37万亿元提高到14.58万亿元', '14.58万亿元', { value: 14580000000000, change: 'new', metric: '地区生产总值' }],
    ['铁路旅客发送量达4.4亿人次、增长5.8%', '4.4亿人次', { kind: 'count', value: 440000000, unit: '人次', metric: '铁路旅客发送量' }],
  ])('%s: %s', (sentence, target, expected) => {
    expect(figure(sentence, target)).toMatchObject(expected);
  });

  it('reads 2型糖尿病 as a name', () => {
    expect(figure('高血压、2型糖尿病', '2型').kind).toBe('code');
  });
});

describe('spans', () => {
  it('are in text order and point into the article text', () => {
    const text = '前三季度，全区农林牧渔业总产值达55.59亿元，同比增长6.7%，居全省第1。';
    const spans = extractNumbers(makeArticle(text));
    expect(spans.map((s) => s.text)).toEqual(['前三季度', '55.59亿元', '6.7%', '第1']);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
    const starts = spans.map((s) => s.start);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });
});

describe('metrics without modal or rate words at their end', () => {
  it.each([
    ['帕米尔高原海拔3950米，气温最低可达零下40摄氏度。', '零下40摄氏度', '气温'],
    ['目前，柬埔寨居民用电价格已降到每度电约0.16美元。', '0.16美元', '柬埔寨居民用电价格'],
    ['光唐宗秀的衣服就有20多件。', '20多件', '唐宗秀的衣服'],
    ['劣五类比例为1.2%', '1.2%', '劣五类比例'],
  ])('%s: %s', (sentence, target, metric) => {
    expect(figure(sentence, target).metric).toBe(metric);
  });
});
