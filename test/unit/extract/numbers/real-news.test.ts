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

describe('figures of real news: durations, round numbers, people, names', () => {
  it.each([
    ['山路上跋涉了两个多小时', '两个多小时', { kind: 'amount', value: 2, unit: '小时', approx: 'more_than', metric: '跋涉' }],
    ['孩子每天步行4个半小时上学', '4个半小时', { kind: 'amount', value: 4.5, unit: '小时' }],
    ['经过一个多小时的检查', '一个多小时', { kind: 'amount', value: 1, unit: '小时' }],
    ['班长在这里已有7个年头', '7个年头', { kind: 'amount', value: 7, unit: '年' }],
    ['倡议提出5年多来，成果丰硕', '5年多', { kind: 'amount', value: 5, unit: '年', metric: '提出' }],
    ['与企业签订3年以上劳动合同', '3年以上', { kind: 'amount', value: 3, unit: '年', metric: '劳动合同' }],
    ['往返车程近千公里', '千公里', { kind: 'amount', value: 1000, unit: '公里' }],
    ['人均耕地不足一亩', '一亩', { kind: 'amount', value: 1, unit: '亩' }],
    ['气温降至零下三十摄氏度', '零下三十摄氏度', { kind: 'amount', value: -30, unit: '摄氏度' }],
    ['与十来个部门建了工作群', '十来个', { kind: 'count', value: 10, approx: 'about', metric: '部门' }],
    ['攻克了十多项关键技术难题', '十多项', { kind: 'count', value: 10, approx: 'more_than' }],
    ['6000多贫困人口实现转移就业', '6000多', { kind: 'count', value: 6000, unit: '人' }],
    ['日最高发送人数超过9万', '9万', { kind: 'count', value: 90000, unit: '人' }],
    ['贫困户张某，全家8口人', '8口人', { kind: 'count', value: 8, unit: '人' }],
    // approximate numerals: 几 after a number, 几/数 before a multiplier, 上/近 before a round one
    ['家里十几口人', '十几口人', { kind: 'count', value: 10, unit: '人', approx: 'more_than' }],
    ['几十名志愿者赶来', '几十名', { kind: 'count', value: 10, unit: '名', approx: 'more_than' }],
    ['数百家企业参展', '数百家', { kind: 'count', value: 100, unit: '家', approx: 'more_than' }],
    ['二十几岁的年轻人', '二十几岁', { kind: 'amount', value: 20, unit: '岁', approx: 'more_than' }],
    ['上百名医生驰援', '百名', { kind: 'count', value: 100, unit: '名', approx: 'at_least' }],
    ['近万名观众走进剧院', '万名', { kind: 'count', value: 10000, unit: '名', approx: 'less_than' }],
    ['参观人数十万人次', '十万人次', { kind: 'count', value: 100000, unit: '人次', approx: 'exact' }],
    // units: 个 before a unit of time counts that unit
    ['在10个工作日内备案', '10个工作日', { kind: 'amount', value: 10, unit: '工作日' }],
    ['每年参加24个学时的培训', '24个学时', { kind: 'amount', value: 24, unit: '学时' }],
    ['制造业连续6个季度出现萎缩', '6个季度', { value: 6, unit: '季度' }],
    ['已探明石油储量16亿桶', '16亿桶', { kind: 'amount', value: 1600000000, unit: '桶' }],
    // race times in seconds, a half after a unit of time, degrees Celsius
    ['徐嘉余以52秒32的成绩收获亚军', '52秒32', { kind: 'amount', value: 52.32, unit: '秒' }],
    ['唐钱婷以1分05秒54的成绩摘得银牌', '1分05秒54', { kind: 'amount', value: 65.54, unit: '秒' }],
    ['前后用了一天半时间', '一天半', { kind: 'amount', value: 1.5, unit: '天' }],
    ['冷藏温度保持在4—8℃', '4—8℃', { kind: 'amount', min: 4, max: 8, unit: '℃' }],
    // small counts of things handed or printed are counts, not formulations; nor are 两届 terms ordinals
    ['代表今年准备了五份建议', '五份', { kind: 'count', value: 5, unit: '份' }],
    ['网站通报了三则典型案例', '三则', { kind: 'count', value: 3, unit: '则' }],
    ['她已连任两届省人大代表', '两届', { kind: 'count', value: 2, unit: '届' }],
    ['两个规划同时获批', '两个', { kind: 'count', value: 2, unit: '个' }],
    // an approximation the segmenter joins to the count (`近百名/l`, `近三成/l`), and a half tenth
    ['近百名志愿者赶来', '百名', { kind: 'count', value: 100, unit: '名' }],
    ['外资企业占比近三成', '三成', { kind: 'percent', value: 30, unit: '%' }],
    ['早稻已收获七成半', '七成半', { kind: 'percent', value: 75, unit: '%' }],
    // spans the words around them measure: 提前, 为期, 过去了, 载; 连续 before an ordinal of days
    ['工程提前一年完工', '一年', { kind: 'amount', value: 1, unit: '年' }],
    ['培训为期一个月', '一个月', { kind: 'amount', value: 1, unit: '个月' }],
    ['20年过去了，村子变了样', '20年', { kind: 'amount', value: 20, unit: '年' }],
    ['三十载坚守深山', '三十载', { kind: 'amount', value: 30, unit: '年' }],
    ['他连续两年在开学第一天为新生授课', '两年', { kind: 'amount', value: 2, unit: '年' }],
    // a quote that exclaims is someone's words, its figures are figures
    ['“十几块钱能唱3小时，划算！”她说', '3小时', { kind: 'amount', value: 3, unit: '小时' }],
  ])('%s: %s', (sentence, target, expected) => {
    expect(figure(sentence, target)).toMatchObject(expected);
  });

  it.each([
    ['302省道终于通车了', '302'],
    ['将12345便民电话中的诉求派给街道', '12345'],
    ['节前两天，客流达到高峰', '两天'],
    ['制造业投资比前10个月加快', '10个月'],
    // scores, races named by their distance, numerals inside words
    ['中国女排以3:2力克美国女排', '3:2'],
    ['收获男子100米仰泳亚军', '100米'],
    ['她夺得女子10米气步枪金牌', '10米'],
    ['男子10米跳台决赛在武汉举行', '10米'],
    ['获得400米个人混合泳冠军', '400米'],
    // a formulation in single quotes inside a quote; a rank after 连续 keeps the years its time
    ['他说：“要为实现‘两个一百年’奋斗目标努力。”', '两个'],
    ['工作连续5年全省第1', '5年'],
  ])('%s: %s is not a figure', (sentence, target) => {
    expect(['amount', 'count', 'percent', 'ratio', 'rank']).not.toContain(figure(sentence, target).kind);
  });

  it.each([
    ['停止在涉疆问题上说三道四', 3],
    ['急坏了老两口', 2],
    ['这项指标保持两位数增长', 2],
    ['万载县新建了学校，这是千载难逢的机会', 10000],
    // names of towns, villages and streets
    ['五棵树镇党委书记介绍', 5],
    ['三棵树街道的居民', 3],
    ['八里庄村村民', 8],
    ['二道沟村通了自来水', 2],
  ])('%s: the numeral is part of a word', (sentence, value) => {
    expect(spans(sentence).filter((s) => s.value === value && ['count', 'amount'].includes(s.kind))).toEqual([]);
  });

  it.each([
    ['院里种了五棵树', 5],
    ['两间房子', 2],
    ['建成三道防线', 3],
  ])('%s: a count of trees, rooms or lines is a figure', (sentence, value) => {
    expect(spans(sentence).filter((s) => s.value === value && s.kind === 'count')).toHaveLength(1);
  });

  it('唯一一次 is not eleven', () => {
    expect(spans('目前唯一一次性通过验收的电站').some((s) => s.value === 11)).toBe(false);
  });
});

describe('metrics of real news: the noun, not the predicate, the basis or the scope', () => {
  it.each([
    ['累计运送新鲜蔬菜近700吨', '700吨', '新鲜蔬菜'],
    ['为国家挽回直接经济损失1000多万元', '1000多万元', '直接经济损失'],
    ['党员干部共计走访群众32181户', '32181户', '群众'],
    ['候选人被行政拘留15天', '15天', '行政拘留'],
    ['共梳理出各类难题积案271件', '271件', '难题积案'],
    ['受理各种问题86件', '86件', '问题'],
    ['重庆开行中欧班列139班', '139班', '中欧班列'],
    ['财政部今年已发行3080亿元超长期特别国债，', '3080亿元', '超长期特别国债'],
    ['市场主体总量较商事制度改革前增长75%', '75%', '市场主体总量'],
    ['项目的度电碳排放比同类煤电机组平均碳排放水平降低20%左右', '20%左右', '项目的度电碳排放'],
    ['贫困县年均增速高出全国平均水平2个百分点', '2个百分点', '贫困县年均增速'],
    ['空气含氧量不足海平面的40%', '40%', '空气含氧量'],
    ['我国自主研发的盾构机国产化率已高达99%', '99%', '盾构机国产化率'],
    ['单网产量最高达到36万斤', '36万斤', '单网产量'],
    ['原则上总额不超过3亿元', '3亿元', '总额'],
    ['西藏普玛江塘乡平均海拔5373米', '5373米', '普玛江塘乡平均海拔'],
    ['5G智慧工厂让人均产能提升两倍多', '两倍多', '人均产能'],
    ['这个覆盖全球超过60%人口的倡议', '60%', '人口'],
    ['那木其村29户127名村民喜迁新居', '29户', '村民'],
    ['组织4385名“红袖标”群众志愿者到现场', '4385名', '红袖标群众志愿者'],
    ['全省储备的共2000个N95口罩全部随队带往', '2000个', 'N95口罩'],
    ['事故已造成至少121人死亡。', '121人', '死亡'],
    ['江西有100个县（市、区），', '100个', '县（市、区）'],
    ['组建起第四批337人的医疗队，', '337人', '医疗队'],
    ['贵州从省内9个市州的医疗机构选派了救护车', '9个', '市州'],
    ['上海发布14条举措 支持科技设施建设', '14条', '举措'],
    ['加起来每月能有3800元收入。', '3800元', '收入'],
    ['还成了组长，每月有3000元左右稳定收入，', '3000元左右', '稳定收入'],
    ['这种救护车全省只有5台。', '5台', '救护车'],
    ['工业增加值同比增长6.6%，比上月加快2个百分点。', '2个百分点', '工业增加值'],
    // Government reports: verbs that end the noun measured, and nouns the real-news rules must not cut.
    ['中央预算内投资安排5376亿元，比去年增加300亿元。', '5376亿元', '中央预算内投资安排'],
    ['年末国家外汇储备达到2122亿美元，', '2122亿美元', '国家外汇储备'],
    ['宁波舟山港集装箱吞吐量4387万标箱', '4387万标箱', '宁波舟山港集装箱吞吐量'],
    ['视频监控设备安装率应达到100%，', '100%', '视频监控设备安装率'],
    ['全国460余个城市共投放自行车1500余万辆', '460余个', '城市'],
    ['千人口床位数由6.4张增至7.6张，', '6.4张', '千人口床位数'],
    ['53个重大项目建成投运，', '53个', '重大项目'],
    ['作出上百次重要指示，为', '百次', '重要指示'],
    // adverbs between the metric and its figure; people and what they do; a subject that acts and its object
    ['欧元区经济增速预期分别由此下调至1.2%和1.4%', '1.2%', '欧元区经济增速预期'],
    ['贫困发生率曾高达30%', '30%', '贫困发生率'],
    ['200余位老人共度重阳。', '200余位', '老人'],
    ['32名第一书记聚焦群众，', '32名', '第一书记'],
    ['合作社流转水田1700多亩', '1700多亩', '水田'],
    ['沅江纸业上缴税收7000万元', '7000万元', '税收'],
    ['经济增长目标为6%左右', '6%左右', '经济增长目标'],
    ['城镇登记失业率为3.86%', '3.86%', '城镇登记失业率'],
  ])('%s: %s measures %s', (sentence, target, metric) => {
    expect(figure(sentence, target).metric).toBe(metric);
  });

  it.each([
    ['我至少会去中国两次。', '两次'],
    ['财政部将发行550亿元30年期超长期特别国债', '550亿元'],
  ])('%s: %s names no wrong metric', (sentence, target) => {
    expect(figure(sentence, target).metric).toBeUndefined();
  });
});

describe('metrics of real news: where the noun ends, scene words, dimensions, durations and dropped subjects', () => {
  it.each([
    // A count's noun ends before the predicate: a locative, a verbal noun before 了, manner words, negation.
    ['货物送到300余名留守老人手中，', '300余名', '留守老人'],
    ['6个省区境内多条高速封闭', '6个', '省区'],
    ['全县20个试点村建设了文化广场', '20个', '试点村'],
    ['45家企业有序退出。', '45家', '企业'],
    ['全省还有3个贫困县未摘帽。', '3个', '贫困县'],
    ['800名消防官兵清雪除冰，', '800名', '消防官兵'],
    ['3000米光缆铺设开，', '3000米', '光缆'],
    // An idiom may open the noun counted.
    ['在全区200个离退休干部党支部开展活动。', '200个', '离退休干部党支部'],
    // A dimension's 的 leads to what has it.
    ['工地运来一根2米长的钢梁，', '2米', '钢梁'],
    ['广场上立起一座三米多高的铜像。', '三米多', '铜像'],
    // A place with a time word, or with its locative, sets the scene.
    ['某县今年计划投入800万元，', '800万元', '计划投入'],
    ['公园内全长3.2公里的步道已贯通。', '3.2公里', '全长'],
    // A forecast's adverb, a running adverb and 下达 are not cut into.
    ['明年粮食产量预计达到1.3万亿斤。', '1.3万亿斤', '粮食产量'],
    ['省财政下达5亿元，', '5亿元', '省财政下达'],
    ['出口额持续增长12%。', '12%', '出口额'],
    ['今年查处违纪问题，处分2.5万人，', '2.5万人', '处分'],
    // A pronoun before a noun is its owner.
    ['今年我们投诉量下降40%。', '40%', '投诉量'],
    // A duration with no noun around it is of the activity its verb names.
    ['这趟列车开行40多小时，', '40多小时', '开行'],
    ['他们已经坚守了20多天，', '20多天', '坚守'],
    // A firm's verb the tagger reads as a verbal noun still acts on the noun after it.
    ['去年公司生产罐头食品300余吨，', '300余吨', '罐头食品'],
    // People the tagger reads otherwise: 化工 is no worker, 青年 no time.
    ['全区45家化工冶炼企业最终关停。', '45家', '化工冶炼企业'],
    ['300多名身着节日盛装的农村青年表演富有特色的舞蹈。', '300多名', '农村青年'],
    ['走访区属单位5个、非公企业和社会组织12个。', '12个', '非公企业和社会组织'],
    // A time clause (…后, …以来, …期间) sets the scene; a generation (`90后`) does not.
    ['机构改革后审批环节减少40%。', '40%', '审批环节'],
    ['国庆期间景区客流量增长15%。', '15%', '景区客流量'],
    ['“00后”队员占比达到60%。', '60%', '“00后”队员占比'],
    // A relative clause that opens with its verb qualifies the noun after 的; a share's base stays.
    ['深耕汽车零部件的某集团营业收入增长8%。', '8%', '某集团营业收入'],
    ['天然气占一次能源的比重达到9%。', '9%', '天然气占一次能源的比重'],
    // A surge before the figure; 拉动…增长 keeps its 增长; a reduplicated classifier; a scope word.
    ['室外地表温度飙升到了40摄氏度。', '40摄氏度', '室外地表温度'],
    ['投资拉动经济增长1.2个百分点。', '1.2个百分点', '拉动经济增长'],
    ['一根根管径1.2米的钢管运抵现场。', '1.2米', '管径'],
    ['局地降雨量达到200毫米。', '200毫米', '降雨量'],
    // Company after 与…一起 is not counted; a negation may open the noun; works named by their verb.
    ['20多名老党员与青年志愿者一起清扫街道。', '20多名', '老党员'],
    ['全区还剩10个未摘帽贫困县，', '10个', '未摘帽贫困县'],
    ['年底将完成3.5公里河道生态修复。', '3.5公里', '河道生态修复'],
    // An amount after a verb's 了 measures the plain noun closing the clause.
    ['她上个月已经领到了3000元工资。', '3000元', '工资'],
    // A duration after a place is of the activity named there.
    ['民警在高速入口执勤3个小时，', '3个小时', '执勤'],
    // Verbs of a tally of findings and measures open no metric.
    ['发现问题120个，明确整改措施98条。', '98条', '整改措施'],
    // A count a disaster caused is of the harm done.
    ['袭击造成3名平民死亡。', '3名', '死亡'],
    // A work's title goes with the noun of its kind.
    ['央视播出30集电视剧《山海情》，', '30集', '电视剧《山海情》'],
    // A clause of a time and a verb alone goes on with the subject of the clause before it.
    ['居民消费对经济增长的贡献率稳步提升，上半年达到65.1%，', '65.1%', '贡献率'],
  ])('%s: %s measures %s', (sentence, target, metric) => {
    expect(figure(sentence, target).metric).toBe(metric);
  });

  it.each([
    // A light verb names no activity: its subject does.
    ['会谈进行了两个多小时。', '两个多小时', '会谈'],
  ])('%s: %s is the time of %s, not of the light verb', (sentence, target, metric) => {
    expect(figure(sentence, target).metric).toBe(metric);
  });
});

describe('counts without a classifier, scores and lengths of years', () => {
  it.each([
    // places counted by their own noun are so many 个 of it (国 is short for 国家); stations stay in 站
    ['中亚5国领导人出席峰会', '5国', { kind: 'count', value: 5, unit: '个', metric: '国家' }],
    ['南方8省区市遭遇强降雨', '8省区市', { kind: 'count', value: 8, unit: '个', metric: '省区市' }],
    ['先后赴黄浦区、徐汇区等6区进行实地调研', '6区', { kind: 'count', value: 6, unit: '个', metric: '区' }],
    ['列车沿途经停12站', '12站', { kind: 'count', value: 12, unit: '站' }],
    ['主要面临以下四方面挑战', '四方面', { kind: 'count', value: 4, unit: '方面' }],
    ['考试满分120分，', '120分', { kind: 'amount', value: 120, unit: '分' }],
    ['她以0.35分的优势夺冠', '0.35分', { kind: 'amount', value: 0.35, unit: '分' }],
    ['制造业已连续5个季度收缩', '5个季度', { kind: 'amount', value: 5, unit: '季度' }],
    ['他在海岛守了32年灯塔', '32年', { kind: 'amount', value: 32, unit: '年' }],
  ])('%s: %s', (sentence, target, expected) => {
    expect(figure(sentence, target)).toMatchObject(expected);
  });

  it.each([
    ['沿107国道向南', '107'],
    ['中美两国关系', '两国'],
    ['活动9时30分开始', '30分'],
  ])('%s: %s is no count, score or amount', (sentence, target) => {
    expect(spans(sentence).filter((s) => s.text === target && ['count', 'amount'].includes(s.kind))).toEqual([]);
  });
});

describe('a list of figures after a list of as many nouns measures them in order', () => {
  it.each([
    ['今年以来，会议和文件同比减少30%和40%。', ['会议', '文件']],
    ['城镇调查失业率和城镇登记失业率分别为5.2%和3.6%。', ['城镇调查失业率', '城镇登记失业率']],
    // a head only the last noun has is shared: two years of one growth
    ['新兴市场和发展中经济体增速分别放缓至3.9%和4.6%。', ['新兴市场和发展中经济体增速', '新兴市场和发展中经济体增速']],
  ])('%s', (sentence, metrics) => {
    expect(spans(sentence).filter((s) => s.kind === 'percent').map((s) => s.metric)).toEqual(metrics);
  });
});

describe('daily reports: the day\'s new cases, and a change on the day before of the clause before', () => {
  it.each([
    ['截至24时，全省现有确诊病例1200人，当日新增150人，较前日减少20人。', '150人', '当日新增'],
    ['截至24时，全省现有确诊病例1200人，当日新增150人，较前日减少20人。', '20人', '当日新增'],
    ['现有疑似病例900人，当日实际新增80人，', '80人', '当日实际新增'],
    ['全省累计出院3000人，当日出院300人，较上一日增加40人。', '40人', '当日出院'],
    ['现有疑似病例较上日减少97人。', '97人', '现有疑似病例'],
  ])('%s: %s measures %s', (sentence, target, metric) => {
    expect(figure(sentence, target).metric).toBe(metric);
  });

  it('the day before is the basis of the change', () => {
    expect(figure('当日出院300人，较前日增加40人。', '40人')).toMatchObject({ change: 'increase', basis: '较前日' });
  });
});

describe('metrics of held-out news: where the counted noun ends, verbs and adverbs at the ends, the object of a verb', () => {
  it.each([
    // a word that opens the predicate after the counted noun (基本, 部分, 获批), but may open a noun of its own
    ['手头有五份建议基本确定了。', '五份', '建议'],
    ['全国16个省份部分项目数据不实。', '16个', '省份'],
    ['新区两个规划获批。', '两个', '规划'],
    ['提供12项基本医疗服务。', '12项', '基本医疗服务'],
    // people counted, then what they do to a place
    ['累计有3000名医务人员援助湖北。', '3000名', '医务人员'],
    // an adverb of extent and the verb of what a finding involves are no part of the measure
    ['治理区内土壤侵蚀量普遍下降40%以上。', '40%以上', '治理区内土壤侵蚀量'],
    ['违规建设涉及耕地3.2万亩。', '3.2万亩', '耕地'],
    // a one-character verb of building before its object; 占地 and 新增 before an amount lead to the noun after it
    ['村委会决定建300亩茶叶基地。', '300亩', '茶叶基地'],
    ['政府免费送个占地2亩的蔬菜大棚。', '2亩', '蔬菜大棚'],
    ['集团今年将新增50亿元投资。', '50亿元', '投资'],
    // a span undergone leads to the activity after its 的; works built along a length are what it measures
    ['每件作品都经历5天的精心制作才最终展出。', '5天', '精心制作'],
    ['经过3个月的努力，工程完工。', '3个月', '努力'],
    ['他带领村民修建通村公路12公里，', '12公里', '通村公路'],
    ['架设输电线路5公里多。', '5公里多', '输电线路'],
    // a duration of an activity keeps the parties named before its verb
    ['两国建交50年来，双边关系稳步发展。', '50年', '两国建交'],
  ])('%s: %s measures %s', (sentence, target, metric) => {
    expect(figure(sentence, target).metric).toBe(metric);
  });
});

describe('metrics of fresh news: verbs of enforcement, the noun counted and where it ends, sums of funds, the scope of a count', () => {
  it.each([
    // a verb of a tally of enforcement or outlay is the predicate, its object the measure
    ['全年共破获电信诈骗案件312起，抓获犯罪嫌疑人540人。', '312起', '电信诈骗案件'],
    ['全年共破获电信诈骗案件312起，抓获犯罪嫌疑人540人。', '540人', '犯罪嫌疑人'],
    ['追回违规资金1.2亿元。', '1.2亿元', '违规资金'],
    ['向市场投放流动性5000亿元。', '5000亿元', '流动性'],
    ['发表学术论文20余篇。', '20余篇', '学术论文'],
    // a level stepped onto is no part of the measure; a saving is a fall of the cost, not an approximation
    ['全市人均生产总值迈上2万美元台阶。', '2万美元', '人均生产总值'],
    ['项目建设成本节约15%。', '15%', '项目建设成本'],
    // 在 of a post, 为 of 行为, 长 of a chief and a village level belong to the noun
    ['全市共有在岗职工8.6万人。', '8.6万人', '在岗职工'],
    ['查处各类违法行为300余起。', '300余起', '违法行为'],
    ['20多名网格长参加培训。', '20多名', '网格长'],
    ['全镇12个村卫生室全部完成标准化建设。', '12个', '村卫生室'],
    ['该街道下辖6个村和2个社区。', '6个', '村'],
    ['5名法院执行干警赶到现场。', '5名', '法院执行干警'],
    // what the people or firms counted do, plan or agree with a partner is the predicate
    ['在他带动下，12户乡亲加入合作社。', '12户', '乡亲'],
    ['村里28户农户计划搬迁。', '28户', '农户'],
    ['300多家企业与高校达成合作意向。', '300多家', '企业'],
    // a sum before a noun of funds is that fund's; with none named, a sum spent is the spending
    ['县里为200名困难学生发放50万元助学金。', '50万元', '助学金'],
    ['省农信社专门单列20亿元信贷资金。', '20亿元', '信贷资金'],
    ['市财政已投入近3亿元。', '3亿元', '投入'],
    ['项目总投资5亿元。', '5亿元', '项目总投资'],
    // the places a count counts are the scope of the next figure; the start of a change is not the measure
    ['全省5个市州现有确诊病例120例。', '5个', '市州'],
    ['全省5个市州现有确诊病例120例。', '120例', '现有确诊病例'],
    ['志愿者队伍由成立之初的30余人增至500余人。', '30余人', '志愿者队伍'],
    ['志愿者队伍由成立之初的30余人增至500余人。', '500余人', '志愿者队伍'],
    ['对外援助资金从上一年度的91亿美元减少到60亿美元。', '91亿美元', '对外援助资金'],
    // a name that opens with digits and a letter; a list of places closed by 等地
    ['年内建成1200个5G基站。', '1200个', '5G基站'],
    ['全年检查经营户1.2万个次。', '1.2万个次', '经营户'],
  ])('%s: %s measures %s', (sentence, target, metric) => {
    expect(figure(sentence, target).metric).toBe(metric);
  });

  it.each([
    // a comparison word right before the figure bounds it: no change, no basis
    ['确保贷款利率低于4%。', '4%', { approx: 'less_than', value: 4 }],
    ['每次值守不会少于8小时。', '8小时', { approx: 'at_least', value: 8 }],
    // with a basis between them it is still a difference
    ['全市工业增速低于全省平均水平1.2个百分点。', '1.2个百分点', { change: 'decrease', approx: 'exact' }],
    // 约 and 过 inside words are no approximation
    ['项目建设成本节约15%。', '15%', { approx: 'exact', change: 'decrease' }],
    ['她先后获得过5次表彰。', '5次', { approx: 'exact', value: 5 }],
    // a bound after a fraction is the fraction's
    ['全县2/3以上农户种植茶叶。', '2/3以上', { kind: 'ratio', approx: 'at_least', metric: '农户' }],
    // pairs and visits counted
    ['发放护目镜3000副。', '3000副', { kind: 'count', unit: '副', value: 3000, metric: '护目镜' }],
    ['全年检查经营户1.2万个次。', '1.2万个次', { kind: 'count', unit: '个次', value: 12000 }],
  ])('%s: %s', (sentence, target, expected) => {
    const found = figure(sentence, target);
    expect(found).toMatchObject(expected);
    if (expected.approx !== 'exact' && !('change' in expected)) expect(found.change).toBeUndefined();
  });
});

describe('metrics of fresh news: lead times, time slots, recoveries, people counted after 万', () => {
  it.each([
    // a lead time measures what is done ahead
    ['各地要求旅客提前24小时预约购票。', '24小时', '预约购票'],
    // 同时段 is a time slot, not 同时 opening a clause
    ['晚会直播收视率1.2%，同时段观众规模超过2亿人。', '2亿人', '同时段观众规模'],
    // a recovery to a level, and capacity the tagger reads as a verb
    ['企业开工率已恢复到80%以上。', '80%以上', '企业开工率'],
    ['工业产能利用率保持在80%以上的合理区间。', '80%以上', '工业产能利用率'],
    // support of a kind is a noun; after an adverb, what a count's verb does is not stripped to a fragment
    ['政府提供的资金支持从上一年的5亿元减至3亿元。', '5亿元', '资金支持'],
    ['从山东寿光等地紧急调运了80多吨蔬菜。', '80多吨', '蔬菜'],
  ])('%s: %s measures %s', (sentence, target, metric) => {
    expect(figure(sentence, target).metric).toBe(metric);
  });

  it.each([
    // people named right after a bare 万 are counted in 人
    ['全球约有7500万艾滋病感染者。', '7500万', { kind: 'count', unit: '人', value: 75000000, metric: '艾滋病感染者' }],
    ['全国有3800万残疾人。', '3800万', { kind: 'count', unit: '人', value: 38000000, metric: '残疾人' }],
  ])('%s: %s', (sentence, target, expected) => {
    expect(figure(sentence, target)).toMatchObject(expected);
  });
});

describe('metrics of fresh news: spans shortened, daily means, runs of years, conditions, parts of a whole, what people do for a span', () => {
  it.each([
    // a span shortened or lengthened to a new value is of the same thing as the old one
    ['能否将14天的隔离时间缩短为7天?', '7天', { metric: '隔离时间', change: 'new' }],
    ['检测反馈时间已从两天缩短至4至6小时。', '4至6小时', { metric: '检测反馈时间', change: 'new', min: 4, max: 6 }],
    // a daily mean, a record broken, an ordinal of a run of years and a time of day are no part of the measure
    ['高峰期门诊量为日均800多人。', '800多人', { metric: '高峰期门诊量' }],
    ['城镇新增就业连续第7年超过1300万人。', '1300万人', { metric: '城镇新增就业' }],
    ['双边贸易额再破1000亿美元。', '1000亿美元', { metric: '双边贸易额' }],
    ['全市用电负荷今天下午达到1200万千瓦。', '1200万千瓦', { metric: '用电负荷' }],
    // a condition opens no measure
    ['如果体温超过37.3摄氏度，显示屏马上弹窗提示。', '37.3摄氏度', { metric: '体温', approx: 'more_than' }],
    // a part of a whole named after 为 is of the thing before
    ['总客运量为正常情况下的10%左右。', '10%左右', { metric: '总客运量', approx: 'about' }],
    // after people, a span is of what they do
    ['医护人员24小时值班，应到尽到。', '24小时', { metric: '值班' }],
  ])('%s: %s', (sentence, target, expected) => {
    expect(figure(sentence, target)).toMatchObject(expected);
  });
});

describe('fresh news: nouns of agents, populations, bounds before the noun, vague numerals with 万, villages named by a count', () => {
  it.each([
    // a verbal noun with an agent's suffix is the noun counted
    ['村里有52名护林管护员。', '52名', { metric: '护林管护员' }],
    // a population is counted in 人
    ['这座有着1300多万人口的城市。', '1300多万人口', { kind: 'count', unit: '人', value: 13000000, approx: 'more_than', metric: '人口' }],
    // the noun counted comes after a bound the figure takes in
    ['每位干部走访10户以上贫困家庭。', '10户以上', { approx: 'at_least', metric: '贫困家庭' }],
    // a vague numeral before 万 is a lower bound; 不下 is at least
    ['每天一睁眼，十几万元就没了。', '十几万元', { value: 100000, approx: 'more_than' }],
    ['他一天走了不下40趟。', '40趟', { approx: 'at_least', value: 40 }],
    // where a sum is spent is no part of it
    ['政府在该村投入2200多万元，修通了公路。', '2200多万元', { metric: '投入' }],
    // a headline's clause without a comma, then this year's figure
    ['结构优，大项目多今年我国利用外资1008亿美元。', '1008亿美元', { metric: '利用外资' }],
  ])('%s: %s', (sentence, target, expected) => {
    expect(figure(sentence, target)).toMatchObject(expected);
  });

  it('a village named by its households is no count', () => {
    expect(spans('他离开清水乡三家村，来到和顺古镇。').map((s) => s.text)).not.toContain('三家');
  });
});

describe('fresh news: a fund before its verb of spending, ages after 年仅, 国 opening a word', () => {
  it.each([
    ['中央财政污染防治资金累计下达2000多亿元。', '2000多亿元', { metric: '中央财政污染防治资金', approx: 'more_than' }],
    // a metric that already names the spending stays
    ['其他来源的资金投入近2000亿元。', '2000亿元', { metric: '其他来源的资金投入' }],
    ['他不幸去世，年仅45岁。', '45岁', { metric: '年龄', value: 45 }],
    ['老人因病逝世，享年99岁。', '99岁', { metric: '享年' }],
  ])('%s: %s', (sentence, target, expected) => {
    expect(figure(sentence, target)).toMatchObject(expected);
  });

  it.each([
    ['总台发布2023国内十大新闻。', '2023国'],
    ['2024国际大会开幕。', '2024国'],
  ])('%s: no count %s', (sentence, text) => {
    expect(spans(sentence).map((s) => s.text)).not.toContain(text);
  });

  it('a count of countries after digits stays', () => {
    expect(figure('中亚5国领导人出席峰会。', '5国')).toMatchObject({ kind: 'count', unit: '个', value: 5 });
  });
});

describe('fresh news: one-character nouns after 个, spans after a light verb, funds the tagger reads as verbal nouns', () => {
  it.each([
    ['最多的一天给10个人做了心理疏导。', '10个', { kind: 'count', metric: '人' }],
    ['衣服上都写着‘青岛’两个字。', '两个', { kind: 'count', metric: '字' }],
    ['对入境人员进行14天隔离等。', '14天', { metric: '隔离' }],
    ['为企业在二级市场实现4400万元股权融资。', '4400万元', { metric: '股权融资' }],
  ])('%s: %s', (sentence, target, expected) => {
    expect(figure(sentence, target)).toMatchObject(expected);
  });

  it('个人 of 人民团体 is no person', () => {
    expect(figure('全市有3个人民团体参加。', '3个').metric).not.toBe('人');
  });
});

describe('fresh news: 个体工商户, villages named 三元, obligations before a target', () => {
  it.each([
    ['支持吸纳2亿多人就业的8000多万个体工商户。', '8000多万', { kind: 'count', unit: '户', value: 80000000, metric: '个体工商户' }],
    ['采购了6000个体温枪。', '6000个', { kind: 'count', unit: '个', metric: '体温枪' }],
    ['贷款余额增速要力争不低于30%。', '30%', { approx: 'at_least', metric: '贷款余额增速' }],
  ])('%s: %s', (sentence, target, expected) => {
    expect(figure(sentence, target)).toMatchObject(expected);
  });

  it('a village named 三元 is no sum', () => {
    expect(spans('繁阳镇三元村河沿组发生命案。').map((s) => s.text)).not.toContain('三元');
  });
});

describe('fresh news: penalties of a sentence, each party\'s outlay, a policy continued', () => {
  it.each([
    ['原副省长一审被判有期徒刑18年，并处罚金220万元。', '18年', { metric: '有期徒刑', value: 18 }],
    ['原副省长一审被判有期徒刑18年，并处罚金220万元。', '220万元', { metric: '罚金', value: 2200000 }],
    ['两家各出资15亿元人民币。', '15亿元人民币', { metric: '出资', unit: '元' }],
    ['继续执行政策性融资担保业务费率不超过1.2%。', '1.2%', { metric: '政策性融资担保业务费率', approx: 'less_than' }],
    // an aspect 过 after a verb of going through: exact
    ['走过70年，少先队不断发展壮大。', '70年', { approx: 'exact', value: 70 }],
  ])('%s: %s', (sentence, target, expected) => {
    expect(figure(sentence, target)).toMatchObject(expected);
  });
});

describe('fresh news: people counted before what they do, places counted before their event, goods before where they go', () => {
  it.each([
    ['我国还有5200余名密切接触者处于医学观察中。', '5200余名', '密切接触者'],
    ['今年将有340个左右贫困县摘帽。', '340个左右', '贫困县'],
    ['他们又把6800副手套运到中国。', '6800副', '手套'],
  ])('%s: %s measures %s', (sentence, target, metric) => {
    expect(figure(sentence, target).metric).toBe(metric);
  });
});

describe('fresh news: the village back then, sums spent, margins, classes counted', () => {
  it.each([
    ['当时村里173户693人，贫困人口近1/3。', '173户', { metric: '村里' }],
    ['两家公司流转了村里1200多亩土地。', '1200多亩', { metric: '土地' }],
    ['这些年学费和医疗费花了10多万元。', '10多万元', { metric: '学费和医疗费', approx: 'more_than' }],
    ['光租房每月就得花400块钱。', '400块钱', { metric: '租房', unit: '元' }],
    ['中国队以0.532分之差获得亚军。', '0.532分', { metric: '分差', unit: '分' }],
    ['学校共4个班，一到六年级共81人。', '4个', { metric: '班' }],
  ])('%s: %s', (sentence, target, expected) => {
    expect(figure(sentence, target)).toMatchObject(expected);
  });
});

describe('fresh news: spans of something not happening, outlays after a light verb, dividends', () => {
  it.each([
    ['或连续14天无新增确诊病例的，为低风险区县。', '14天', '无新增确诊病例'],
    ['他曾一连38个小时没合眼，累倒在岗位上。', '38个小时', '没合眼'],
    ['武汉开展3天集中拉网式大排查（应收尽收）', '3天', '集中拉网式大排查'],
    ['新建光伏发电站，年均分红2000多元；', '2000多元', '分红'],
  ])('%s: %s measures %s', (sentence, target, metric) => {
    expect(figure(sentence, target).metric).toBe(metric);
  });

  it('a bound after a span is no event', () => {
    expect(figure('10分钟不到便出现在了护士站。', '10分钟').metric).toBeUndefined();
  });
});

describe('fresh news: a basis of time before the noun, a benchmark after a share', () => {
  it.each([
    ['观众总规模达11.73亿人，比去年同时段观众规模提升约4200万人。', '4200万人', { metric: '观众规模', change: 'increase' }],
    ['用户规模为5.27亿人，相对去年同时段新媒体端用户增加了9600万人。', '9600万人', { metric: '新媒体端用户', change: 'increase' }],
    ['粗钢产能利用率已回归80%以上合理区间。', '80%以上', { metric: '粗钢产能利用率', approx: 'at_least' }],
  ])('%s: %s', (sentence, target, expected) => {
    expect(figure(sentence, target)).toMatchObject(expected);
  });
});

describe('fresh news: a lead time before a fronted object', () => {
  it('measures the verb that closes the clause', () => {
    expect(figure('企业只需提前24小时将疫情防控方案向当地报备，无需审批。', '24小时').metric).toBe('报备');
  });
});

describe('fresh news: a verb of spending before a fund is the predicate', () => {
  it.each([
    ['去年以来，我国下达1万亿元增发国债资金，重点支持灾后重建。', '1万亿元', '增发国债资金'],
    ['财政部、交通运输部紧急下达资金6600万元，用于支持抢通保通。', '6600万元', '资金'],
    ['计划投入1.5亿元进一步建设特色小镇，带动贫困户增收。', '1.5亿元', '投入'],
    ['国家移民管理局在郑州航空口岸实施144小时过境免签政策。', '144小时', '过境免签政策'],
  ])('%s: %s measures %s', (sentence, target, metric) => {
    expect(figure(sentence, target).metric).toBe(metric);
  });
});

describe('fresh news: 比例 before a time is no comparison, a span up to now after 实施', () => {
  it.each([
    ['县级市黑臭水体消除比例明年要达到80%。', '80%', '县级市黑臭水体消除比例'],
    ['充分肯定了发展战略提出并实施5年来所取得的成绩。', '5年', '成绩'],
  ])('%s: %s measures %s', (sentence, target, metric) => {
    expect(figure(sentence, target).metric).toBe(metric);
  });
});

describe('a span up to now (N年来): a length of the event named before it, else the time frame of its clause', () => {
  it.each([
    ['新中国成立70年来，中国人民站起来了。', '70年', { kind: 'amount', value: 70, unit: '年', metric: '成立' }],
    ['两国建交32年来，中哈关系经受住了考验。', '32年', { kind: 'amount', value: 32, unit: '年', metric: '两国建交' }],
    ['据统计，改革两年多来，莆田市累计为企业减负。', '两年多', { kind: 'amount', value: 2, unit: '年', metric: '改革' }],
    ['从事空间环境研究14年来，他早已习惯。', '14年', { kind: 'amount', value: 14, unit: '年' }],
  ])('%s: %s is an amount', (sentence, target, expected) => {
    expect(figure(sentence, target)).toMatchObject(expected);
  });

  it.each([
    ['3年来，湖南瞄准产业前沿，引进龙头企业。', '3年'],
    ['“近3年来，我们通过因地制宜发展产业。', '3年'],
    ['70年来，越来越多中国理念成为国际共识。', '70年'],
    ['40年来小山村发生了巨变。', '40年'],
    ['两个月来，各级党组织立即响应。', '两个月'],
    ['其实，这两年来，越来越多企业落户。', '两年'],
  ])('%s: %s is a period', (sentence, target) => {
    expect(figure(sentence, target).kind).toBe('period');
  });

  it('the figures after it keep their metric without its 来', () => {
    expect(figure('据不完全统计，3年来全省淘汰钢铁落后产能120万吨。', '120万吨').metric).toBe('淘汰钢铁落后产能');
  });
});

describe('figures of speech and grades that are no counts', () => {
  it.each([
    ['统筹国内国际两个大局，推进各项工作。', '两个'],
    ['要始终胸怀两个大局。', '两个'],
  ])('%s: %s opens a known formulation', (sentence, target) => {
    expect(figure(sentence, target).kind).toBe('code');
  });

  it.each([
    ['军事五项、海军五项比赛在武汉举行。', '五项'],
    ['他获得现代五项冠军。', '五项'],
    ['参加十项全能比赛。', '十项'],
  ])('%s: %s names a sport of several events', (sentence, target) => {
    expect(figure(sentence, target)).toMatchObject({ kind: 'code', value: null });
  });

  it.each([
    ['狂飙四起，战术协同训练全面展开。', '四起'],
    ['把上万亩风沙四起的荒山变成林海。', '四起'],
    ['这是由八一起义的部队改编的。', '一起'],
  ])('%s: no %s (an idiom, or 起 opening a word)', (sentence, target) => {
    expect(spans(sentence).some((s) => s.text.includes(target))).toBe(false);
  });

  it.each([
    ['打通服务群众的最后一公里。', '一公里'],
    ['菜鸟驿站负责解决最后一公里配送问题。', '一公里'],
  ])('%s: %s (the last stretch) is no distance', (sentence, target) => {
    expect(spans(sentence).some((s) => s.text === target)).toBe(false);
  });

  it.each([
    ['共产出38个1类新药，数量超过专项实施前的7倍。', '1类', 1],
    ['冬小麦一类苗占播种面积的59.6%，二类苗占30%。', '一类', 1],
    ['冬小麦一类苗占播种面积的59.6%，二类苗占30%。', '二类', 2],
    ['支流达到三类以上水质标准。', '三类', 3],
  ])('%s: %s is a grade', (sentence, target, value) => {
    expect(figure(sentence, target)).toMatchObject({ kind: 'ordinal', value });
  });

  it.each([
    ['共产出38个1类新药，数量超过专项实施前的7倍。', '38个', { kind: 'count', value: 38, metric: '1类新药' }],
    ['抓好家庭农场和农民合作社两类新型农业经营主体。', '两类', { kind: 'count', value: 2, unit: '类', metric: '新型农业经营主体' }],
    ['对特困供养人员等5类重点对象实施救助。', '5类', { kind: 'count', value: 5, unit: '类' }],
    ['打通断头路，最后一段3公里道路建成。', '3公里', { kind: 'amount', value: 3, unit: '公里' }],
    ['公开曝光四起典型案例。', '四起', { kind: 'count', value: 4, unit: '起', metric: '典型案例' }],
  ])('%s: %s stays a figure', (sentence, target, expected) => {
    expect(figure(sentence, target)).toMatchObject(expected);
  });
});

describe('metrics: adverbs of manner, degree and sequence before the predicate are no part of the noun', () => {
  it.each([
    ['收治床位规模逐步达到约1万张。', '1万张', '床位规模'],
    ['厦门全港集装箱吞吐量则同比增长5.92%。', '5.92%', '厦门全港集装箱吞吐量'],
    ['行政村覆盖率进一步提高到86%。', '86%', '行政村覆盖率'],
    ['人均GDP大致相当于世界平均水平的90%。', '90%', '人均GDP'],
    ['集中办理的事项由原先116项增至460项。', '116项', '事项'],
    ['“新三样”产品产量快速增长，同比增长35.6%。', '35.6%', '“新三样”产品产量'],
    ['案件数据置信度长期稳定在99%以上。', '99%以上', '案件数据置信度'],
    // an adverb and a short verb closing the stretch are its predicate
    ['2018年，光中药材就卖了两万多元。', '两万多元', '中药材'],
    ['截至目前，全镇未脱贫群众只剩55人。', '55人', '未脱贫群众'],
    ['开播1小时直播间人数就飙升至54.6万。', '54.6万', '直播间人数'],
    ['广州南站到香港西九龙站最快仅需约50分钟。', '50分钟', '广州南站到香港西九龙站'],
  ])('%s: %s measures %s', (sentence, target, metric) => {
    expect(figure(sentence, target).metric).toBe(metric);
  });
});

describe('half a unit of time with no numeral before it', () => {
  it.each([
    ['不到半小时就到了。', '半小时', { kind: 'amount', value: 0.5, unit: '小时', approx: 'less_than' }],
    ['用了半个小时办完了变更。', '半个小时', { kind: 'amount', value: 0.5, unit: '小时', metric: '用时' }],
    ['住了半个多月，病情稳定。', '半个多月', { kind: 'amount', value: 0.5, unit: '个月', approx: 'more_than' }],
    ['去年试运行半年，就带来百万元收入。', '半年', { kind: 'amount', value: 0.5, unit: '年', metric: '试运行' }],
    ['半个月前，她还在工地上。', '半个月', { kind: 'period', value: 0.5, unit: '个月' }],
    ['半年来，各地加快推进。', '半年', { kind: 'period', value: 0.5, unit: '年' }],
    ['三个半月就建成了。', '三个半月', { kind: 'amount', value: 3.5, unit: '个月' }],
  ])('%s: %s', (sentence, target, expected) => {
    expect(figure(sentence, target)).toMatchObject(expected);
  });

  it.each([
    ['上半年GDP增长5%。', '半年'],
    ['下半年要抓好落实。', '半年'],
    ['据《半月谈》报道。', '半月'],
    ['构建半小时交通圈。', '半小时'],
    ['去街上赶集都要走上老半天。', '半天'],
  ])('%s: no %s', (sentence, target) => {
    expect(spans(sentence).some((s) => s.text.includes(target))).toBe(false);
  });
});

describe('people counted in 名 and 位: the noun of people, not what they go on to do', () => {
  it.each([
    ['17日，第三批医疗队100名队员启程。', '100名', '队员'],
    ['中铁电气化局集团共有5000多名建设者坚守岗位。', '5000多名', '建设者'],
    ['目前已有3.6万多名治愈患者出院。', '3.6万多名', '治愈患者'],
    ['628名党员主动捐款50多万元。', '628名', '党员'],
    ['授予10名外国专家中华人民共和国国际科学技术合作奖。', '10名', '外国专家'],
    ['800名嘉宾齐聚一堂。', '800名', '嘉宾'],
  ])('%s: %s counts %s', (sentence, target, metric) => {
    expect(figure(sentence, target).metric).toBe(metric);
  });

  it.each([
    ['两名来自内蒙古赤峰市人民医院血液科的医生赶到。', '两名'],
    ['10多名党员干部沿着临河路巡查。', '10多名'],
    ['为21003名流动人员子女提供学位。', '21003名'],
  ])('%s: %s keeps the whole noun', (sentence, target) => {
    const metric = figure(sentence, target).metric ?? '';
    expect(metric.endsWith('人民')).toBe(false);
    expect(metric).not.toBe('党员');
    expect(metric).not.toBe('流动人员');
  });
});

describe('a time limit (N日内, N小时之内) is of what is done within it', () => {
  it.each([
    ['企业应在15日内办理。', '15日', '办理'],
    ['公司须在15日内完成整改。', '15日', '完成整改'],
    ['两小时内拿出方案：由企业统一接送。', '两小时', '拿出方案'],
    ['罗斯海新站将在60天之内完成建造，', '60天之内', '完成建造'],
    ['在收到之日起5个工作日内完成受理或者转办工作。', '5个工作日', '完成受理'],
    ['能在100毫秒内对复杂路况做出反应。', '100毫秒', '做出反应'],
    ['欧盟国家将以自愿配额形式在4周内快速安置从海上得到救助的难民。', '4周', '安置'],
  ])('%s: %s measures %s', (sentence, target, metric) => {
    expect(figure(sentence, target).metric).toBe(metric);
  });

  it.each([
    // a time frame of another figure, and a level kept within a bound, keep theirs
    ['韩国24小时内新增新冠肺炎确诊病例2例，', '24小时', undefined],
    ['商标注册平均审查周期稳定在5个月以内，', '5个月以内', '商标注册平均审查周期'],
  ])('%s: %s keeps %s', (sentence, target, metric) => {
    expect(figure(sentence, target).metric).toBe(metric);
  });

  it('a household count before people counted in 名 shares their noun of people', () => {
    expect(figure('那木其村29户127名村民喜迁新居。', '29户').metric).toBe('村民');
  });
});

describe('a length of time in two units is one figure in the smaller unit', () => {
  it.each([
    ['村民耗时4年零3个月凿出的天路。', '4年零3个月', { kind: 'amount', value: 51, unit: '个月' }],
    ['习近平在宁德工作一年零十一个月，去过123个乡镇。', '一年零十一个月', { kind: 'amount', value: 23, unit: '个月' }],
    ['济南西至郑州东站间最快1小时43分钟可达。', '1小时43分钟', { kind: 'amount', value: 103, unit: '分钟' }],
    ['救援持续2天19小时。', '2天19小时', { kind: 'amount', value: 67, unit: '小时' }],
    ['他以4分20秒的成绩夺冠。', '4分20秒', { kind: 'amount', value: 260, unit: '秒' }],
    ['四年三个月后，工程完工。', '四年三个月', { kind: 'amount', value: 51, unit: '个月' }],
  ])('%s: %s', (sentence, target, expected) => {
    expect(figure(sentence, target)).toMatchObject(expected);
  });

  it.each([
    // a rate (hours a day) and a second part as large as the first unit are two figures
    ['医生一天12小时在岗。', '12小时', { value: 12, unit: '小时' }],
    ['一年365天不休息。', '365天', { value: 365, unit: '天' }],
  ])('%s: %s stays apart', (sentence, target, expected) => {
    expect(figure(sentence, target)).toMatchObject(expected);
  });
});

describe('a time before now, a cheer and basis points', () => {
  it.each([
    ['孔子早在2000多年前就告诫弟子。', '2000多年', { kind: 'period', value: 2000, unit: '年' }],
    ['两个多月前，他还在工地上。', '两个多月', { kind: 'period', value: 2, unit: '个月' }],
    ['比2019年下降16个基点；', '16个基点', { kind: 'percent', value: 16, unit: '基点' }],
  ])('%s: %s', (sentence, target, expected) => {
    expect(figure(sentence, target)).toMatchObject(expected);
  });

  it.each([
    ['伟大的中国人民万岁!'],
    ['伟大的中国共产党万岁，万万岁!'],
  ])('%s: long live is no age', (sentence) => {
    expect(spans(sentence).filter((s) => s.unit === '岁')).toEqual([]);
  });

  it('an age stays an age', () => {
    expect(figure('58岁的黄团新，持续高强度工作。', '58岁')).toMatchObject({ kind: 'amount', value: 58, unit: '岁' });
  });
});

describe('a run of time after 连续 is of what is done in it', () => {
  it.each([
    // The object of the verb after the run.
    ['中国连续两年举办进博会。', '两年', '进博会'],
    ['连续三年获国家奖学金。', '三年', '国家奖学金'],
    ['张家港市已经连续五届入选全国文明城市。', '五届', '全国文明城市'],
    ['一个月内连续两次出台政策，从生产入手。', '两次', '政策'],
    ['黑龙江省委连续两年在春节后上班第一天就召开整顿作风优化营商环境大会。', '两年', '整顿作风优化营商环境大会'],
    // What a verb of being or doing becomes or does; a rank with its verb.
    ['中国连续16年成为芬兰在亚洲最大的贸易伙伴。', '16年', '芬兰在亚洲最大的贸易伙伴'],
    ['我国消费已连续14年实现两位数增长。', '14年', '两位数增长'],
    ['岳麓区连续10个月排在第一位。', '10个月', '排在第一位'],
    // A measure changing by itself, without the place it is of.
    ['欧元区PMI连续11个月下滑，表明困境。', '11个月', 'PMI下滑'],
    ['增速连续3个月放缓。', '3个月', '增速放缓'],
    ['如何看待增速连续3个月放缓?', '3个月', '增速放缓'],
    ['地下水位已连续10年回升；', '10年', '地下水位回升'],
    // A verb between 连续 and the run, and after people, the verb alone.
    ['他已连续工作1个多月，参与建设。', '1个多月', '工作'],
    ['这一文化盛会已连续举办十年。', '十年', '举办'],
    ['迈康纳连续6次参加世界互联网大会。', '6次', '世界互联网大会'],
    ['从今年6月起，我连续三次奔赴新疆克拉玛依。', '三次', '奔赴'],
  ])('%s: %s', (sentence, target, metric) => {
    expect(figure(sentence, target).metric).toBe(metric);
  });

  it.each([
    // Something not happening keeps its own reading; a noun after a count of times is what is counted.
    ['秭归县已经连续55天无一例本土无症状感染者。', '55天', '无一例本土无症状感染者'],
    ['连续两次核酸检测均为阴性。', '两次', '核酸检测'],
    // A comparison is the figure's own predicate.
    ['中央企业研发总投入连续两年超过万亿元。', '两年', undefined],
  ])('%s: %s is not read as a run of a verb', (sentence, target, metric) => {
    expect(figure(sentence, target).metric).not.toMatch(/^(?:超过|阴性)$/);
    if (metric) expect(figure(sentence, target).metric).toBe(metric);
  });
});

describe('firms counted by what they did are the firms that did it', () => {
  it.each([
    ['目前，重庆汽车行业已复工366家，电子信息行业已复工240家。', '366家', '复工企业'],
    ['截至2月19日，重庆市100家重点调度龙头企业里，已有81家复产。', '81家', '复产企业'],
    ['19家口罩生产企业中，目前开工18家，日产量93.86万只。', '18家', '开工企业'],
  ])('%s: %s', (sentence, target, metric) => {
    expect(figure(sentence, target).metric).toBe(metric);
  });

  it.each([
    // The noun a count of firms qualifies is what it counts.
    ['在志丹县，370多家复工复产的餐饮门店全部实行分餐。', '370多家'],
  ])('%s: %s is not a count of firms', (sentence, target) => {
    expect(figure(sentence, target).metric).not.toMatch(/企业$/);
  });
});

describe('a basis of comparison that ends in a measure is the basis, not the metric', () => {
  it.each([
    ['累计发送旅客总量1.21亿人次，日均2429.83万人次，较节前五日日均客运量增长17.9%。', '17.9%', '较节前五日日均客运量', '旅客总量'],
    ['中央一般公共预算收入82770亿元，比2019年执行数下降7.3%。', '7.3%', '比2019年执行数', '中央一般公共预算收入'],
  ])('%s: %s', (sentence, target, basis, metric) => {
    expect(figure(sentence, target)).toMatchObject({ basis, metric });
  });

  it('a comparison of a thing named before it keeps that thing (比重, not a basis)', () => {
    expect(figure('数字经济增加值占地区生产总值比重较上年提高1.2个百分点。', '1.2个百分点').basis).toBe('较上年');
  });
});

describe('a bare 万 of a force’s strength is of persons', () => {
  it.each([
    ['习主席在讲话中向世界庄严宣告：中国将裁减军队员额30万。', '30万', 300000],
    ['普京签署总统令，将俄武装力量兵力增加17万，增至132万。', '132万', 1320000],
  ])('%s: %s', (sentence, target, value) => {
    expect(figure(sentence, target)).toMatchObject({ value, unit: '人', kind: 'count' });
  });
});

describe('a span right before a short verb phrase is of what is done through it', () => {
  it.each([
    ['工厂采用“三班倒”“两班倒”方式24小时不停生产。', '24小时', '生产'],
    ['整个工地24小时不间断施工，工人们没有具体上班和下班时间。', '24小时', '施工'],
    ['组织防汛队伍24小时值守，加大隐患排查。', '24小时', '值守'],
    ['火神山医院建设10天完工，雷神山医院用了12天交付。', '10天', '完工'],
  ])('%s: %s', (sentence, target, metric) => {
    expect(figure(sentence, target).metric).toBe(metric);
  });

  it.each([
    // A time frame, a time to reach, a verb of its own before the span.
    ['韩国24小时内新增新冠肺炎确诊病例2例，', '24小时', /^(?!新增)/],
    ['从天津西站至大兴机场站最快41分钟可达。', '41分钟', /^(?!可达)/],
    ['扶贫小额信贷最长可延期6个月还款。', '6个月', /^(?!还款)/],
  ])('%s: %s is not read so', (sentence, target, metric) => {
    expect(figure(sentence, target).metric ?? '').toMatch(metric);
  });
});
