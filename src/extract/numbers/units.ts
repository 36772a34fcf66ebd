// Units and classifiers that may follow a figure, and the kind of figure each one makes.
// Hand-written from the measure words of GB 3100 (legal units) and the classifiers common in 政府工作报告;
// longest first, so `千瓦时` wins over `千瓦` and `个百分点` over `个`.
import type { NumberKind } from '../../types.js';
import { PhraseMatcher } from '../../nlp/phrase-matcher.js';

/** Money and physical measures: the figure is an amount. */
const MEASURES = [
  '元', '美元', '欧元', '日元', '港元', '港币', '英镑', '卢布', '韩元', '元人民币',
  // Other currencies of world news: `10亿埃镑`, `3000万瑞尔`.
  '澳元', '新西兰元', '新加坡元', '新台币', '埃镑', '瑞尔', '雷亚尔', '泰铢', '比索', '坚戈', '兰特', '卢比', '林吉特', '瑞郎', '里拉', '迪拉姆',
  '亩', '公顷', '平方公里', '平方千米', '平方米', '立方米', '立方', '千瓦时', '千瓦', '兆瓦', '吉瓦', '瓦',
  '千伏安', '千伏', '伏', '吨标准煤', '吨标煤', '吨', '公斤', '千克', '克', '斤', '公里', '千米', '米', '厘米', '毫米',
  '升', '毫升', '微克', '毫克', '担', '公担', '桶', '吨公里', '标箱', '标准箱', '度', '摄氏度', '℃', '岁', '马力', '延长米',
  'TEU', 'GW', 'MW', 'kW', 'kWh', 'km', 'kg',
];

/** Classifiers of things counted: the figure is a count. */
const CLASSIFIERS = [
  '人次', '人', '名', '户', '个', '家', '项', '次', '场', '套', '条', '座', '处', '所', '只', '头', '株', '棵', '件',
  '篇', '部', '辆', '艘', '架', '台', '张', '份', '批', '种', '类', '期', '位', '例', '起', '宗', '根', '对', '支',
  '本', '册', '枚', '块', '片', '段', '道', '层', '栋', '幢', '间', '盏', '眼', '门', '首', '款', '轮', '组', '队',
  '户次', '家次', '批次', '个次', '口', '列', '趟', '班', '届', '大类', '匹', '台套', '笔', '单',
  // Counted goods and works in news prose: `3700双`, `35集`, `200多幅`, `3步`, `15箱`, `4万余辆次`, `5.7万台次`.
  '双', '集', '幅', '步', '箱', '辆次', '台次', '艘次', '航次', '班次', '场次', '船',
  // `保障航班1.2万架次`, `加开临客120车次`, `新增床位1000床位`: flights, train runs and beds are counted too.
  '车次', '架次', '床位',
  // `接种疫苗2.5亿剂次`, `检测试剂10万人份`, `门诊120万人次`: doses and tests counted in health news.
  '剂次', '剂', '人份', '例次',
  // `药品10.7万盒`, `消毒液5000瓶`, `大米3000袋`, `5万床棉被`: packs of goods sent in relief and sales news.
  '盒', '瓶', '袋', '床',
  // `两则消息`, `三则案例`: items of news and notices.
  '则',
  // `2400多万人口`: a population, counted in 人.
  '人口',
  // `护目镜154万副`: pairs and sets.
  '副',
  // `三方面阻碍`: aspects counted without 个.
  '方面',
];

/**
 * Nouns that count themselves after Arabic digits (`中亚4国`, `5省区市`, `等6区`, `经停26站`); after Chinese numerals
 * they are words (`两国关系`), and before 道 roads (`107国道`).
 */
const NOMINAL_UNITS = ['省区市', '省市区', '省份', '国', '省', '市', '县', '区', '站'];
const NOMINAL = new Set(NOMINAL_UNITS);

/** Whether a count's unit is the noun counted (`4国`): it is then its own metric. */
export function isNominalUnit(unit: string): boolean {
  return NOMINAL.has(unit);
}

/**
 * The noun a count's printed text ends in when it counts itself (`中亚5国` → `国家`, `5省区市` → `省区市`), else
 * undefined: the metric of such a count (国 is short for 国家).
 */
export function nominalNounOf(printed: string): string | undefined {
  const noun = NOMINAL_UNITS.find((u) => printed.endsWith(u) && /[0-9]$/.test(printed.slice(0, -u.length)));
  return noun === '国' ? '国家' : noun;
}

/** `满分100分`, `合格分数线80分`, `以0.532分的优势`: points of a score (分 is also a minute, a cent, a share). */
const SCORE_BEFORE = /(?:满分|得分|分数线|总分|评分|打分|平均分|分差|高分|考了|考到|拿到|获得|领先|落后|相差|仅差|以|为|是|达|获)$/;
const SCORE_AFTER_POINTS = /^分(?:的(?:优势|成绩|总分|高分|好成绩)|之差|[，,。；;！!？?）)]|$)/;

/**
 * Durations: `住院12天`, `96小时` are amounts of time; `3年`, `两个季度` stay periods (they read as time words: `3年来`).
 * `个月` before `个`.
 */
// `二十二载`: years in the literary word, a length of time (it never names a year).
// `3日内`, `连续7日`: days counted (a day of the month is taken as a date before units are read).
const DURATIONS = ['个工作日', '工作日', '个学时', '学时', '个小时', '小时', '个月', '分钟', '毫秒', '秒', '天', '日', '周', '载',
  // `两个星期`, `三星期`: weeks in speech.
  '个星期', '星期', '个礼拜'];
const PERIODS = ['年', '个季度', '季度', '周年'];

const UNIT_KINDS: [string, NumberKind][] = [
  ['个百分点', 'percent'],
  ['百分点', 'percent'],
  // `下降16个基点`: basis points of a rate.
  ['个基点', 'percent'],
  ['基点', 'percent'],
  ['%', 'percent'],
  ['‰', 'percent'],
  ['倍', 'ratio'],
  ['个位次', 'rank'],
  ['位次', 'rank'],
  ['强', 'code'],
  ['型', 'code'],
  // `四成`, `超六成`: tenths, reported as percents (see numbers.ts).
  ['成', 'percent'],
  ['号', 'code'],
  ...DURATIONS.map((u): [string, NumberKind] => [u, 'amount']),
  ...PERIODS.map((u): [string, NumberKind] => [u, 'period']),
  ...MEASURES.map((u): [string, NumberKind] => [u, 'amount']),
  ...CLASSIFIERS.map((u): [string, NumberKind] => [u, 'count']),
  ...NOMINAL_UNITS.map((u): [string, NumberKind] => [u, 'count']),
  ['分', 'amount'],
];
UNIT_KINDS.sort((a, b) => b[0].length - a[0].length);

/** Units written after a slash (`元/月`, `元/吨`, `元/平方米`): the second half of a rate. */
const PER_UNITS = ['平方米', '立方米', '公斤', '千克', '小时', '人', '月', '年', '天', '日', '吨', '亩', '户', '次', '斤', '件', '股', 'kWh', '千瓦时', '度'];

/** How a printed unit is reported: `个百分点` → `百分点`, `元人民币` → `元`, classifiers as printed. */
function baseUnit(unit: string): string {
  if (unit === '个百分点') return '百分点';
  if (unit === '元人民币') return '元';
  if (unit === '个位次') return '位次';
  if (unit === '载') return '年';
  if (unit === '个基点') return '基点';
  // `5省区市`, `中亚4国`, `6区`: places counted by their own noun are so many 个 of it (`经停26站` stays in 站).
  if (NOMINAL.has(unit) && unit !== '站') return '个';
  // `两个星期`, `三个礼拜`: weeks, as 周.
  if (unit === '个星期' || unit === '星期' || unit === '个礼拜') return '周';
  if (unit === '人口') return '人';
  // `个` counts the unit that follows it: `10个工作日` is 10 工作日, `6个季度` 6 季度 (`个月` stays: 月 alone is a month).
  if (unit === '个小时' || unit === '个工作日' || unit === '个学时' || unit === '个季度') return unit.slice(1);
  return unit;
}

export interface UnitMatch {
  /** The unit as printed, e.g. `元/月`, `个百分点`. */
  printed: string;
  /** The base unit reported, e.g. `元/月`, `百分点`. */
  unit: string;
  kind: NumberKind;
}

/** The units in a trie, and each one's kind (the first listed): matchUnit runs at every figure. */
const UNIT_WORDS = new PhraseMatcher([UNIT_KINDS.map(([unit]) => unit)]);
const KIND_OF_UNIT = new Map<string, NumberKind>();
for (const [unit, kind] of UNIT_KINDS) if (!KIND_OF_UNIT.has(unit)) KIND_OF_UNIT.set(unit, kind);

/** The unit that starts at `pos` in `text`, longest first, with a `/per` part when one follows. */
export function matchUnit(text: string, pos: number): UnitMatch | null {
  for (const printed of UNIT_WORDS.allAt(text, pos)) {
    const kind = KIND_OF_UNIT.get(printed)!;
    // An ASCII unit must end the word: `5G` and `3D` are names, `30MW` is a measure.
    if (/^[A-Za-z]/.test(printed) && /[A-Za-z0-9]/.test(text[pos + printed.length] ?? '')) continue;
    // `74集团军`, `3集中`: 集 starting a word is not episodes.
    if (printed === '集' && /[团中体聚合成市镇散约资训结]/.test(text[pos + 1] ?? '')) continue;
    if (NOMINAL.has(printed) && (!/[0-9]/.test(text[pos - 1] ?? '') || /^[道\d]/.test(text[pos + printed.length] ?? ''))) continue;
    // `8000多万个体工商户`: 个 of 个体 is no classifier.
    // (Not `6000个体温枪`.)
    if (printed === '个' && /^体(?:工商|户|经营|私营|劳动|商户)/.test(text.slice(pos + 1, pos + 4))) continue;
    // `2023国内十大新闻`: 国 opening a word (国内, 国际, 国家) counts no countries.
    if (printed === '国' && /^[内际家产务有企防民庆外土债标资]/.test(text[pos + 1] ?? '')) continue;
    // `八一起义`, `从零起步`: 起 opening a word counts no cases.
    if (printed === '起' && /^[义来步飞点航始源诉身跑草]/.test(text[pos + 1] ?? '')) continue;
    // `二十二载`: 载 after a digit is years; `万载县`, `千载难逢` are names and idioms.
    if (printed === '载' && !/[一二两三四五六七八九十\d]/.test(text[pos - 1] ?? '')) continue;
    if (printed === '分' && !(SCORE_AFTER_POINTS.test(text.slice(pos, pos + 5)) && SCORE_BEFORE.test(scoreLead(text, pos)))) continue;
    let unit = baseUnit(printed);
    let whole = printed;
    if (kind === 'amount' && text[pos + printed.length] === '/') {
      const per = PER_UNITS.find((p) => text.startsWith(p, pos + printed.length + 1));
      if (per) {
        whole = `${printed}/${per}`;
        unit = `${unit}/${per}`;
      }
    }
    return { printed: whole, unit, kind };
  }
  return null;
}

/** The words before the number that ends at `pos`: `满分` of `满分100分`. */
function scoreLead(text: string, pos: number): string {
  let start = pos;
  while (start > 0 && /[0-9.]/.test(text[start - 1]!)) start--;
  return text.slice(Math.max(0, start - 4), start);
}

/** Units whose first character is also a multiplier: `1千瓦` is one kilowatt, not a thousand 瓦. */
export function unitStartsWithMultiplier(text: string, pos: number): boolean {
  const unit = matchUnit(text, pos);
  return unit !== null && /^[千百万]/.test(unit.printed);
}
