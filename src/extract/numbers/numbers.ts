// Figures in an article: amounts, counts, percents, ratios and ranks with their unit, approximation, change,
// basis, metric and period; and the numbers that are not figures (dates, years, periods, ordinals, codes), so a
// command can show or hide them by kind.
import { CHINESE_NUMERAL_CHARS, isChineseDigit, parseChineseNumber, parseChineseRange } from './chinese-numerals.js';
import { findDateFigures } from './number-dates.js';
import { endsInVerb, isPersonNoun, isBareShare, peopleHead, partOfMetric, metricAfter, metricBefore, nounRightAfter, phraseAfterOf, stretchBefore } from './metric.js';
import { isNominalUnit, matchUnit, nominalNounOf, unitStartsWithMultiplier } from './units.js';
import { tag } from '../../nlp/segmenter.js';
import { readWordList } from '../../word-lists.js';
import { FIGURE_KINDS, type Approx, type Article, type NumberKind, type NumberSpan } from '../../types.js';

export { parseChineseNumber } from './chinese-numerals.js';

/**
 * Approximation words and what they mean. Our reading, for users to rely on:
 * - 约/大约/左右/上下/大概: about (either side);
 * - 近/将近/接近/不足/不到/以内/以下: less_than — `近400篇` means fewer than 400 but close to it (以下/以内 include
 *   the number in legal usage, but the model has no at_most, and "not above" is closer to less_than than to about);
 * - 超/超过/过/逾/余/多/突破/高达/多达: more_than — `1.5万余名`, `300多万`, `突破1500万千瓦` all passed the number;
 * - 以上/至少/不少于/不低于: at_least — 以上 includes the number in Chinese usage (GB/T 1.1);
 * - 达/达到/为/实现 and nothing: exact — the number is stated as the level reached.
 */
const APPROX_BEFORE: [RegExp, Approx][] = [
  // (Not the 约 of a word: `节约50%`, `签约3个`.)
  [/(?:大约|(?<![节制签合预公条契履违特])约|大概)$/, 'about'],
  [/(?:将近|接近|(?<!最|附|临)近|不足|不到|不超过)$/, 'less_than'],
  // (Not an aspect 过 after a verb: `讲过两个故事`, `获得过3次`.)
  [/(?:超过|超|逾|突破|高达|多达|(?<![通经不讲说做去获得有见当用吃住来加办打听读看走学干受遇])过)$/, 'more_than'],
  [/(?:至少|不少于|不低于|不下)$/, 'at_least'],
];
/** People counted right after a bare figure (up to four characters of modifiers before the noun). */
const PEOPLE_AFTER = /^[\u4e00-\u9fff]{0,4}?(?:人口|人民|民众|群众|农民|牧民|渔民|居民|市民|村民|职工|工人|员工|党员|干部|学生|游客|旅客|儿童|患者|网民|观众|志愿者|农牧民|贫困户人口|青年|老人|妇女|移民|华侨|同胞|感染者|残疾人|病人|农民工|老年人|人员|人士|劳动者|从业者|务工者|劳动力|毕业生|考生|网友|百姓|群体|中国人|[竹菜果茶蚕烟棉粮药瓜菇蔗]农)/;
/** A clause after a bare 万/亿 closed by 者 (`因艾滋病相关疾病致死者`), not 或者 or 前者. */
const PEOPLE_BY_ZHE = /^[\u4e00-\u9fff]{1,14}?(?<![或再前后])者(?=[，,。；;！!？?、）)和与及]|$)/;
/**
 * After a small Chinese count, what makes it a formulation (`两个确立`, `三项制度`, `“四个意识”`): a quote, or a
 * noun of the formulations' vocabulary; else (`两台负压救护车`, `两起事故`, `三次`) it is a count in news prose.
 */
const FORMULATION_AFTER = /^(?:[”"’」]|$|[确意自必维坚全统方服区代基改任重项制建机关战攻着务]|规(?:定|矩|范)|是)/;
/**
 * `“四个引领、五个跨越、六个服务”`: a small count in quotes that, with the few words after it, is one item of a list
 * ending at `、` or at the closing quote, is a formulation whatever its noun.
 */
function quotedListItem(text: string, start: number, unitEnd: number): boolean {
  const open = text.lastIndexOf('“', start);
  if (open < 0 || start - open > 60 || unitEnd <= start) return false;
  const close = text.indexOf('”', open);
  if (close < unitEnd || close - open > 80) return false;
  // The whole quote is such items (`“帮扶了三个村、五个乡”` is someone's words).
  return QUOTED_FORMULATIONS.test(text.slice(open + 1, close));
}
const QUOTED_FORMULATIONS = /^[一二三四五六七八九十两]{1,2}[个项条种大件]?[\u4e00-\u9fff]{1,4}(?:、[一二三四五六七八九十两]{1,2}[个项条种大件]?[\u4e00-\u9fff]{1,4})+$/u;

/** Measure words of things handed, printed or held (`四份建议`, `两则消息`, `两间房`): counted, never a formulation. */
const ITEM_MEASURE = /^(?:份|则|封|篇|本|间|栋|座|户|名|届)$/;
/** Small Chinese counts that are words (`两口子`, `三轮车`, `两部门`, `四处`, `二次`, `五项原则`), not counts. */
const CHINESE_COUNT_WORD = /^(?:.口子|.部分|.轮车|.部门|四处|四面|二.|.条胡|.项原|.个半)/;
/** What follows `成` when it starts a word (`20成员国`, `建成`) rather than counting tenths. */
const TENTHS_NOT = /^[员立本果效功熟型绩交品长就分套倍片群批]/;
/** Characters before 数 that make a word of it (人数, 总数, 指数): `人数十万` is 人数 and 十万. */
const WORD_ENDING_IN_SHU = /[人总次指多少分岁户件票位倍基系参函变常余天年名项笔家例]/u;
const APPROX_AFTER: [RegExp, Approx][] = [
  [/^(?:左右|上下)/, 'about'],
  [/^(?:以上)/, 'at_least'],
  [/^(?:以内|以下|之内)/, 'less_than'],
  [/^(?:多|余)/, 'more_than'],
];

const INCREASE = /(?:增长|增加|提高|提升|上升|上涨|回升|攀升|扩大|加快|(?<!新)增|多|前进|跃升|上移|延长)了?$/;
const DECREASE = /(?:下降|减少|降低|下滑|回落|缩小|缩减|压减|削减|放缓|收窄|减|少|后退|下移|节约|节省|缩短)了?$/;
// (`由5年延长至8年`, `从两天缩短至4至6小时`, `缩短为7天`: a span's new length too.)
const NEW_VALUE = /(?:提高|增加|增长|上升|提升|上调|调整|扩大|降低|下降|减少|下调|缩小|增|升|降|减|缩短|延长|压缩)(?:至|到)$|(?:变为|改为|缩短为|延长为|压缩为)$/;
/** A stated comparison: `同比`, `环比`, `较上年`, `比2020年`, `较"十三五"末`. */
const BASIS = /(同比|环比|(?:较|比(?![重例率]))(?:[“"‘][^”"’]{1,8}[”"’](?:末|初|期末|时期)?|[^，,。；;、：:\s“"]{0,8}?(?:年|末|底|期|月|季度|水平|初|前日|上日|上一日|昨日|昨天|前一天)|(?<=[较比])(?![重例率值])[^，,。；;、：:\s“"]{0,12}?(?:执行数|均值|平均值|客运量|运输量|客流量|定价)))(?:分别|均|都|各|共)?(?=(?:增长|增加|提高|提升|上升|上涨|回升|攀升|扩大|加快|放缓|收窄|下降|减少|降低|下滑|回落|缩小|缩减|改善|增|减|多|少))/g;

/** The unit a metric implies for a bare 万/亿 figure (`收入五六万` → 元). */
const IMPLIED_UNITS: [RegExp, string, NumberKind][] = [
  [/(?:收入|工资|收益|资金|金额|投资|产值|营收|销售额|存款|贷款|补贴|奖金|成本|利润|费用|价格|总额)$/, '元', 'amount'],
  [/病例$/, '例', 'count'],
  // (`发送旅客人次超3亿`, `日均使用人次114万`: visits.)
  [/人次$/, '人次', 'count'],
  // (`裁减军队员额30万`, `兵力增加17万`: the strength of forces is counted in persons.)
  [/(?:人数|人口|人员|游客|旅客|劳动力|员额|兵力)$/, '人', 'count'],
];

/** The head of a noun of measure (`失业率`, `贸易额`, `增速`, `人数`). */
const MEASURE_HEAD = /(?:率|额|量|速|值|数|比重|比例|收入|支出|损失|产值|价格|规模|面积|总量)$/;

/** A clause that is only a predicate of attainment or change (`前三季度达到`, `同比增长`), its time words left out. */
const ONLY_PREDICATE = /^(?:上半年|下半年|全年|今年|去年|当年|同期|年内)?(?:同比|环比|分别|均|已|已经|也|还|将|预计|累计|共|仍|再|又|继续|一直)*(?:达到|达|多达|高达|增长|增加|提高|提升|上升|下降|减少|降低|超过|突破|升至|降至|增至|提高到|增长到|保持在|稳定在)$/;

/** A benchmark a share is compared with (`5.5%的预期控制目标`, `6%的增速`), not a population it is a share of. */
const BENCHMARK = /(?:目标|预期|水平|标准|范围|区间|幅度|速度|增速|增幅|降幅)$/;

/** Verbs that name no activity of their own (`进行了一个多小时`, `能够坚持`). */
const LIGHT_VERBS = new Set(['进行', '能够', '可以', '需要', '用时', '花费', '用了', '经过', '历时', '变成', '成为', '是']);

/** People an age before them belongs to (`85岁以上老同志`, `35岁以下青年`, `60岁以上老年人`). */
const PERSON_AFTER_AGE = /(?:人|者|员|民|同志|青年|少年|儿童|妇女|老兵|干部|党员|群众|学生|孩子|农户|职工|工人|患者|居民)$/u;

const DURATION_UNITS = new Set(['小时', '天', '日', '个月', '分钟', '年', '周', '秒', '毫秒']);

/** `翻山越岭步行` → `步行`: the last verb of a duration's clause is the activity timed. */
function activityOf(metric: string): string {
  const tokens = tag(metric);
  const last = tokens[tokens.length - 1];
  // (`入口执勤/vn`: a verbal noun after a place is the activity too.)
  // (`我来上游项目工作3年多`, `我要工作100年`: in a person's own words, the verb is the activity, the tagger's 我要/x
  // notwithstanding.)
  const ownWords = /^(?:我|你|他|她|咱)/.test(metric) && last?.tag === 'vn';
  return tokens.length > 1 && last && (/^v[di]?$/.test(last.tag ?? '') || (last.tag === 'vn' && /^(?:ns|s|f)$/.test(tokens[tokens.length - 2]!.tag ?? '')) || ownWords) && last.word.length >= 2 ? last.word : metric;
}

/** Verbs of a measure changing by itself (`下滑`, `回升`). */
const CHANGE_VERB = /^(?:下降|下滑|回升|上升|增长|减少|增加|放缓|加快|回落|上涨|下跌|攀升|扩大|缩小|提高|提升|降低|走低|走高|回暖|收窄)$/;

/** Measures the tagger reads as verbs (`增速`). */
const MEASURE_WORD = /(?:增速|增幅|降幅|涨幅|跌幅)$/;

/** Subjects that act (people, places, bodies): what they do in a run is named by the verb alone. */
const ACTING_SUBJECT = /(?:社|公司|企业|集团|[局部委厅]|政府|[业厂院校户国队组]|地区|中心|银行|医院|会|[人者员民])$/u;

/**
 * What a run of time after 连续 measures: the verb between (`连续工作1个多月` → 工作), else the object of the verb after
 * it (`连续两年举办进博会` → 进博会), else that verb, after a subject that is a measure with it (`增速连续3个月放缓` →
 * 增速放缓). Undefined when no verb is named, or the run is of something not happening (`连续14天无新增…`).
 */
function doneInRun(text: string, floor: number, start: number, end: number, subject: string | undefined): string | undefined {
  const lead = text.slice(floor, start);
  const between = /(?:连续|一连)([\u4e00-\u9fff]{2,4}?)了?$/.exec(lead);
  if (between) {
    const words = tag(between[1]!);
    return words.length === 1 && /^v[in]?$/.test(words[0]!.tag ?? '') && !LIGHT_VERBS.has(words[0]!.word) ? words[0]!.word : undefined;
  }
  if (!/(?:连续|一连)$/.test(lead)) return undefined;
  // (`连续两年在春节后上班第一天就召开…`: past a prepositional phrase, to its 就.)
  const whole = /^[^，,。；;：:！!？?\n（(]*/.exec(text.slice(end))![0].replace(/^(?:来|以来)?(?:都|均|已|就|还)*/, '');
  let clause = /^[^“”"—]{2,30}/.exec(whole)?.[0] ?? '';
  const pp = /^[在于从向][^，就都均]{1,14}?(?:就|都|均)/.exec(clause);
  if (pp) clause = clause.slice(pp[0].length);
  const words = tag(clause);
  const verb = words[0];
  if (!verb || !/^v[in]?$/.test(verb.tag ?? '') || /^(?:无|没|未|不|是|有)/.test(verb.word) || /^[\u4e00-\u9fff]{0,2}[不没未无]/.test(clause)) return undefined;
  // (`连续两年超过万亿元`: a comparison is the figure's own predicate, not what is done.)
  if (/^(?:超过|超出|高于|低于|达到|突破|多于|少于)$/.test(verb.word)) return undefined;
  const rest = clause.slice(verb.end).replace(/^为(?=[\u4e00-\u9fff]{2})/, '');
  // (The rest to the clause's end, when the clause is whole and ends in a noun: `召开整顿作风优化营商环境大会`.)
  const restWords = tag(rest);
  const toEnd = rest.length >= 2 && rest.length <= 16 && whole.endsWith(clause) && /^[\u4e00-\u9fff]/.test(rest) && !/\d/.test(rest) ? rest : undefined;
  // (`连续两年成为文莱最大的货物贸易进口国`, `连续14年实现两位数增长`: a verb of being or doing is no measure; what it
  // becomes or does is; `排在第一位`: a rank with its verb.)
  if (/^(?:成为|保持|处于|实现|位于|运行|进行|开展|呈)$/.test(verb.word)) return toEnd;
  if (/^(?:排在|排名|位居|稳居|位列|居)/.test(verb.word)) return rest.length >= 2 && rest.length <= 8 ? verb.word + rest : undefined;
  const object = (toEnd && /^(?:n|vn)/.test(restWords[restWords.length - 1]?.tag ?? '') ? toEnd : undefined) ?? nounRightAfter(clause, verb.end);
  // (`连续三次奔赴新疆克拉玛依`: a place gone to is where, not what; `参加社区组织的…`, `出席全国人大解放军和…`: a noun
  // that goes on into a relative clause or a coordination is not the whole object.)
  const partial = object !== undefined && object !== toEnd && /^(?:[\u4e00-\u9fff]{0,3}的|[和及与、])/.test(clause.slice(verb.end + object.length));
  if (object && !partial && !/^ns/.test(tag(object)[0]?.tag ?? '')) return object;
  if (object) return verb.word.length >= 2 ? verb.word : undefined;
  if (verb.word.length < 2) return clause.length <= 8 && !/[不没]/.test(clause) ? clause : undefined;
  // (`欧元区PMI连续11个月下滑` → PMI下滑: the measure that changes, without the place it is of.)
  if (subject && CHANGE_VERB.test(verb.word) && !ACTING_SUBJECT.test(subject) && !isPersonNoun(subject)) {
    const kept = tag(subject).filter((t, k) => k > 0 || !/^(?:ns|nr|nrt|nt|r|t|m)$/.test(t.tag ?? ''));
    // (`如何看待增速连续3个月放缓`: a verb before a measure is the speaker's, not the measure's.)
    while (kept.length > 1 && kept[0]!.tag === 'v' && MEASURE_WORD.test(kept.slice(1).map((t) => t.word).join(''))) kept.shift();
    const own = kept.map((t) => t.word).join('');
    if (own.length >= 2 && subject.endsWith(own) && (/^(?:n\w*|vn|eng|x)$/.test(kept[kept.length - 1]?.tag ?? '') || MEASURE_WORD.test(own)) && !kept.some((t) => /^(?:p|c|u\w*|d|r|m|q|uj)$/.test(t.tag ?? '')) && !own.endsWith(verb.word)) return own + verb.word;
  }
  return verb.word;
}

/** Adverbs of manner between a span and its verb (`24小时不间断施工`). */
const ROUND_THE_CLOCK = /^(?:不停地?|不间断地?|连续|轮流|全天候|满负荷|昼夜|轮班|随时|都)/;

/**
 * The verb phrase right after a span that closes its clause (`24小时不停生产，` → 生产, `24小时值守接听` → 值守接听),
 * past an adverb of manner; undefined when anything but verbs follows (`24小时内新增…`, `24小时以军…`).
 */
function doneThrough(text: string, end: number): string | undefined {
  const rest = /^[\u4e00-\u9fff]{2,10}(?=[，,。；;！!？?]|$)/.exec(text.slice(end, end + 12))?.[0];
  if (!rest || /^(?:内|以内|之内|后|前|以上|以下|左右|来|以来|之后|之前|里|多)/.test(rest)) return undefined;
  const phrase = rest.replace(ROUND_THE_CLOCK, '');
  if (phrase.length < 2 || phrase.length > 6) return undefined;
  const words = tag(phrase);
  // (`41分钟可达`, `两日即售罄`: a time taken to reach or to end, not an activity kept up.)
  if (!words.every((t) => /^v[ni]?$/.test(t.tag ?? '')) || LIGHT_VERBS.has(words[0]!.word) || /^(?:是|有|为|无|没|未|不|可|即|就|才|便|能)/.test(phrase)) return undefined;
  return phrase;
}

/** What before a figure makes the noun after it its metric: existential 有, a relative 的, a preposition (and, above, a
 * numeral with its classifier: `两个80.5米的边跨`). */
// (`将新增300亿元投资`: what is added follows the amount.)
const OBJECT_FOLLOWS = /(?:(?<![只仅还占具])有|[^是为]的|[向对给把被]|新增)$/;

/** Units of money. */
const MONEY_UNIT = /^(?:元|美元|欧元|英镑|日元|港元|港币|澳元|卢布|人民币|韩元|新西兰元|新加坡元|新台币|埃镑|瑞尔|雷亚尔|泰铢|比索|坚戈|兰特|卢比|林吉特|瑞郎|里拉|迪拉姆)$/;
/** Nouns of funds a sum may be of (`国家助学金`, `专项信贷资金`, `贷款`, `专项债新增限额`). */
const FUND_NOUN = /(?:资金|贷款|助学金|奖学金|补助金?|补贴|奖金|奖励金|救助金|慰问金|善款|捐款|经费|基金|资本金?|额度|限额|专项债|国债|债券|投资|拨款|股权融资|融资)$/;
/** Metrics that already name what a sum measures (`财政收入`, `总投资`, `销售额`, `贷款余额`). */
const OWN_MEASURE = /(?:额|值|量|收入|支出|投资|成本|价格?|费用?|规模|利润|税收?|资金|贷款|融资|补贴|工资|奖金|基金|债|款|金)$/;
/** An adverb and a verb of spending between a fund and its sum (`资金累计下达`, `资金已拨付超`). */
const FUND_THEN_VERB = /(?:累计|已经?|共计?|先后|再)?(?:投入|安排|拨付|下达|筹集|募集|发放)了?(?:超过|超|近|约|逾|达)?$/;
/** Verbs of spending right before a sum (`已投入`, `累计安排`, `共筹集`). */
const SPENDING_VERB = /(投入|安排|拨付|下达|筹集|募集|捐赠|捐款|出资|投资|发放|支付)(?:了)?$/;

const COMPARISON = /(高于|高出|快于|多于|超出|低于|慢于|少于)([^，,。；;、\d]{0,12})$/;
/** A comparison word with nothing between it and the figure: a bound (`低于1.6%`), negated or not (`不会少于`). */
const BOUND_BEFORE = /(不(?:会|能|得|应|宜)?)?(高于|多于|低于|少于)$/;
const PER_BEFORE = /每(?:人|户)?每?(月|年|天|日|人|户|亩|吨|平方米)$/;
const SENTENCE_BREAK = /[。；;！!？?\n]/;
const CLAUSE_BREAK = /[，,。；;：:！!？?\n]/;
/** How far back from a figure its clause is read for a change, a basis or a metric. */
const MAX_CLAUSE = 300;

/**
 * Numbers as written: Arabic (with thousands separators and decimals; older reports print `5，072，990，000元`
 * with Chinese commas, taken as separators only with two groups or more) or a run of Chinese numerals.
 */
const NUMBER_CORE = new RegExp(
  `\\d{1,3}(?:，\\d{3}){2,}(?![\\d])(?:\\.\\d+)?|\\d+(?:,\\d{3})*(?:\\.\\d+)?|(?:[几数](?=[十百千万亿]))?[${CHINESE_NUMERAL_CHARS}][${CHINESE_NUMERAL_CHARS}多余几]*(?:点[零〇一二两三四五六七八九]+)?`,
  'g',
);

/** Plan names 一五…十五五 (`十四五`): a name, not fifteen thousand and five. */
const FIVE_YEAR_PLAN = /(?<![一二三四五六七八九十])(?:十[一二三四五六七八九]?五|[一二三四五六七八九]五)/g;
/** Context that makes `十四五` a plan name rather than the number fifteen (`十五个`): a quote or a plan word. */
const PLAN_BEFORE = /[“"‘]$/;
const PLAN_AFTER = /^(?:[”"’]|规划|时期|期间|以来|末|初|中期|计划|开局|收官|发展规划)/;

/** Cues before `第N` that make it a rank (`全省第1`, `排名第三`) rather than an ordinal (`第十四届`). */
const RANK_CUE = /(?:全国|全省|全市|全区|全州|全县|省内|国内|全球|世界|同类|地市|城市|排名|排|居|位居|位列|名列|(?<![下系并序行陈])列|跃居|升至|保持|荣获|评为)[^，,。；;]{0,6}$/;

interface Draft {
  start: number;
  end: number;
  kind: NumberKind;
  value: number | null;
  unit: string;
  approx: Approx;
  change?: NumberSpan['change'];
  basis?: string;
  metric?: string;
  period?: string;
  /** A rate's denominator written before the figure (`每月400多元` → `月`). */
  per?: string;
  /** The multiplier written after the number (`万` → 1e4), 1 when none: the first figure of `3-5万元` shares it. */
  multiplier?: number;
  /** Written with 万/亿 (`6亿`, `两万`): a bare figure that may count the noun after it. */
  hasMultiplier?: boolean;
  /** Position after the unit, for the metric named after a classifier. */
  unitEnd?: number;
  /** A range (`2—4天`): its bounds; value is the lower one. */
  min?: number;
  max?: number;
  /** A bare Arabic number kept as a code or count (`4.5` of `4.5%至5%`): its value, for a range or list to take up. */
  bareValue?: number;
  /** Date spans: their ISO form, which becomes the period of the figures after them. */
  iso?: string;
  /** A plan name followed by 以来/期间 (`"十四五"以来`) sets the period of later figures. */
  setsPeriod?: string;
}

/** Stretches inside short quotes and book titles: numbers there are parts of names (`"1441"工作思路`). */
function nameZones(text: string): Uint8Array {
  const zone = new Uint8Array(text.length);
  const patterns = [/“[^“”\n。]{1,20}”/g, /"[^"\n。]{1,20}"/g, /《[^《》\n]{1,60}》/g, /「[^「」\n]{1,20}」/g, /‘[^‘’\n。]{1,20}’/g];
  for (const re of patterns) {
    for (const m of text.matchAll(re)) {
      // `“几十块钱欢唱4小时，还送果盘，不贵！”`: a quote that exclaims or asks is someone's words, not a name.
      if (/[！!？?]["”」’]$/.test(m[0])) continue;
      zone.fill(1, m.index, m.index + m[0].length);
    }
  }
  return zone;
}

function parseCore(core: string): number | null {
  if (/^\d/.test(core)) return Number(core.replace(/[,，]/g, ''));
  return parseChineseNumber(core);
}

/** All numbers in the article text, in text order, each with its kind (figures, dates, ordinals, codes). */
export function extractNumbers(article: Article): NumberSpan[] {
  const text = article.text;
  const taken = new Uint8Array(text.length);
  const zones = nameZones(text);
  const drafts: Draft[] = [];
  const add = (d: Draft): boolean => {
    if (d.end <= d.start) return false;
    for (let i = d.start; i < d.end; i++) if (taken[i]) return false;
    taken.fill(1, d.start, d.end);
    drafts.push(d);
    return true;
  };

  for (const d of findDateFigures(text)) {
    add({ start: d.start, end: d.end, kind: d.kind, value: d.value, unit: '', approx: 'exact', iso: d.iso });
  }
  findPlanNames(text, add);
  findOrdinals(text, add);
  findFigures(text, zones, taken, add);
  findHalves(text, zones, add);

  drafts.sort((a, b) => a.start - b.start);
  joinRanges(text, drafts);
  joinCompoundDurations(text, drafts);
  fillContext(text, drafts);
  assignRespectively(text, drafts);
  return drafts.map((d) => toSpan(text, d));
}

/**
 * `会议和党委文件同比减少45%和54.25%`, `城镇调查失业率和城镇登记失业率分别为5.2%和3.6%`: a list of figures after a list
 * of as many nouns measures them in order. The figures of such a list share the whole phrase as their metric until here.
 */
function assignRespectively(text: string, drafts: Draft[]): void {
  for (let i = 0; i < drafts.length; ) {
    let j = i + 1;
    const metric = drafts[i]!.metric;
    while (j < drafts.length && metric && drafts[j]!.metric === metric && drafts[j]!.unit === drafts[i]!.unit && /^[、和及与]$/.test(text.slice(drafts[j - 1]!.end, drafts[j]!.start))) j++;
    if (metric && j - i >= 2) {
      const parts = metric.split(/和|及|与|、/);
      // (Only nouns named in the figures' own clause, and alike: a head that only the last has is shared by all,
      // `新兴市场和发展中经济体增速分别放缓至3.9%和4.6%` being two years of one growth.)
      let clauseStart = drafts[i]!.start;
      while (clauseStart > 0 && !CLAUSE_BREAK.test(text[clauseStart - 1]!)) clauseStart--;
      const inClause = text.slice(clauseStart, drafts[i]!.start).includes(metric);
      const heads = parts.map((part) => MEASURE_HEAD.test(part));
      if (inClause && parts.length === j - i && parts.every((part) => part.length >= 2) && heads.every((h) => h === heads[0])) {
        parts.forEach((part, k) => (drafts[i + k]!.metric = part));
      }
    }
    i = j;
  }
}

function toSpan(text: string, d: Draft): NumberSpan {
  const span: NumberSpan = {
    kind: d.kind,
    start: d.start,
    end: d.end,
    text: text.slice(d.start, d.end),
    value: d.value,
    unit: d.unit,
    approx: d.approx,
  };
  if (d.min !== undefined && d.max !== undefined) {
    span.min = d.min;
    span.max = d.max;
  }
  if (d.change) span.change = d.change;
  if (d.basis) span.basis = d.basis;
  if (d.metric) span.metric = d.metric;
  if (d.per) span.per = d.per;
  const period = d.kind === 'date' || d.kind === 'year' || d.kind === 'period' ? (d.iso ?? d.period) : d.period;
  if (period) span.period = period;
  return span;
}

function findPlanNames(text: string, add: (d: Draft) => boolean): void {
  for (const m of text.matchAll(FIVE_YEAR_PLAN)) {
    const end = m.index + m[0].length;
    if (!PLAN_BEFORE.test(text.slice(Math.max(0, m.index - 1), m.index)) && !PLAN_AFTER.test(text.slice(end, end + 4))) continue;
    const after = text.slice(end, end + 4).replace(/^[”"’]/, '');
    const draft: Draft = { start: m.index, end, kind: 'code', value: null, unit: '', approx: 'exact' };
    if (/^(?:以来|期间|时期)/.test(after)) draft.setsPeriod = m[0];
    add(draft);
  }
}

/** `第十四届`, `第1`, `二十大`, `二十届四中全会`, `二次会议`: ordinals, or ranks after a rank cue. */
function findOrdinals(text: string, add: (d: Draft) => boolean): void {
  const CN = CHINESE_NUMERAL_CHARS;
  for (const m of text.matchAll(new RegExp(`第(\\d+|[${CN}]+)(届|次|批|个|期|轮|部|条|款|章|节|位|名|季|年|大)?`, 'g'))) {
    const value = parseCore(m[1]!);
    if (value === null) continue;
    const before = text.slice(Math.max(0, m.index - 14), m.index);
    const suffix = m[2] ?? '';
    const end = m.index + m[0].length;
    // A rank ends the phrase (`均居全省第1,`); `全市第一产业增加值` is the primary sector, an ordinal.
    const endsPhrase = !/[\u4e00-\u9fffA-Za-z0-9]/.test(text[end] ?? '');
    // `把人民生命安全和身体健康放在第一位`: a priority, not a rank in a table.
    const priority = /(?:放在|摆在|置于|放到|作为)$/.test(before);
    const isRank = !priority && (suffix === '位' || suffix === '名' || (suffix === '' && endsPhrase && RANK_CUE.test(before)));
    add({ start: m.index, end, kind: isRank ? 'rank' : 'ordinal', value, unit: isRank ? '位' : suffix, approx: 'exact', unitEnd: end });
  }
  // 十四届 (a congress's term), 四中全会 (its plenary), 二次会议: ordinals without 第. The runs start where a numeral run
  // starts (the suffixes are not numerals, so no match is lost): otherwise a long run backtracks from every position.
  for (const m of text.matchAll(new RegExp(`(?<![${CN}])([${CN}]+)(届|中全会|次全会|次会议|次全体会议|次代表大会)`, 'g'))) {
    const value = parseChineseNumber(m[1]!);
    if (value === null) continue;
    // `两届全国人大代表`, `连任三届`: 两 never numbers a term, and after 连任 the terms are counted, not named.
    if (m[2] === '届' && (m[1]!.startsWith('两') || /(?:连任|连续|担任|当了|当选)$/.test(text.slice(Math.max(0, m.index - 2), m.index)))) continue;
    add({ start: m.index, end: m.index + m[0].length, kind: 'ordinal', value, unit: '', approx: 'exact' });
  }
  // 党的二十大: a party congress. `十大工程`, `八大行动` are formulations (codes) and are left to the figure pass.
  for (const m of text.matchAll(new RegExp(`(?<![${CN}])([${CN}]+)大(?!型|力|幅|量|批|规模|类|块|片|项|区|板块|产业|行动|工程|任务|战略|集群|领域|体系)`, 'g'))) {
    const value = parseChineseNumber(m[1]!);
    if (value === null || !Number.isInteger(value)) continue;
    const before = text.slice(Math.max(0, m.index - 2), m.index);
    if (!(before.endsWith('党的') || (value >= 11 && value <= 30))) continue;
    add({ start: m.index, end: m.index + m[0].length, kind: 'ordinal', value, unit: '', approx: 'exact' });
  }
}

function findFigures(text: string, zones: Uint8Array, taken: Uint8Array, add: (d: Draft) => boolean): void {
  for (const m of text.matchAll(NUMBER_CORE)) {
    let start = m.index;
    let core = m[0];
    if (taken[start]) continue;
    const isArabic = /^\d/.test(core);
    let approx: Approx = 'exact';
    let vagueLead = false;
    if (!isArabic) {
      // A Chinese run must start with a digit or 十 (`百姓`, `千方百计`, `万众` are words), or be 百分之/千分之, or be
      // a round multiplier before a measure (`突破万亿元`, `百万千瓦`).
      const percentWord = /^[百千万]分之/.test(text.slice(start + core.length - 1));
      const roundAmount = /[万亿]/.test(core) && matchUnit(text, start + core.length)?.kind === 'amount';
      // `近百米`, `近千公里`, `超过千元`: a round hundred or thousand after an approximation, before a unit.
      const roundNear = /^[百千万]$/.test(core) && /(?:近|超过|超|逾|上|约)$/.test(text.slice(Math.max(0, start - 2), start)) && matchUnit(text, start + 1) !== null && !/^[千百]?分/.test(text.slice(start + 1));
      // `上百名`, `上万人`: reaching the round number, at least it.
      if (roundNear && text[start - 1] === '上') approx = 'at_least';
      // `唯一一次`, `一一对应`: one by one, not eleven.
      if (core.startsWith('一一')) continue;
      // `人数十万`, `总数百余`: 数 closing a word is no part of the number.
      if (core[0] === '数' && WORD_ENDING_IN_SHU.test(text[start - 1] ?? '')) {
        start += 1;
        core = core.slice(1);
      }
      // `几十名`, `数百家`, `几万人`: several of a multiplier; its lower bound is the figure, passed.
      if (/^[几数]/.test(core)) {
        vagueLead = true;
        approx = 'more_than';
      }
      if (!isChineseDigit(core[0]!) && core[0] !== '十' && !vagueLead && !percentWord && !roundAmount && !roundNear) continue;
      // `两万千瓦`: 千 starts the unit, not the number.
      for (let j = 1; j < core.length; j++) {
        if (/[千百万]/.test(core[j]!) && unitStartsWithMultiplier(text, start + j)) {
          core = core.slice(0, j);
          break;
        }
      }
      // Stop before a taken stretch (`二十届` already an ordinal).
      for (let j = 1; j < core.length; j++) if (taken[start + j]) core = core.slice(0, j);
    }
    let pos = start + core.length;

    // Fractions: 五分之一, 3分之1; 百分之三十 is a percent.
    if (text.startsWith('分之', pos)) {
      const rest = new RegExp(`^(?:\\d+(?:\\.\\d+)?|[${CHINESE_NUMERAL_CHARS}]+(?:点[零〇一二两三四五六七八九]+)?)`).exec(text.slice(pos + 2));
      if (rest) {
        const denominator = parseCore(core);
        const numerator = parseCore(rest[0]);
        const end = pos + 2 + rest[0].length;
        const lead = text.slice(Math.max(0, start - 6), start);
        for (const [re, a] of APPROX_BEFORE) if (re.test(lead)) approx = a;
        // `千分之五`, `万分之三`: parts per thousand and ten thousand are percents too (0.5%, 0.03%).
        if (core === '百' || core === '千' || core === '万') {
          const v = numerator;
          const scale = core === '百' ? 1 : core === '千' ? 10 : 100;
          add({ start, end, kind: 'percent', value: v === null ? null : Number((v / scale).toPrecision(12)), unit: '%', approx, unitEnd: end });
        } else if (denominator && numerator !== null) {
          add({ start, end, kind: 'ratio', value: Number((numerator / denominator).toPrecision(12)), unit: '', approx, unitEnd: end });
        }
        continue;
      }
    }

    // Trailing 多/余 of a Chinese run are approximations (`十多个`).
    if (!isArabic && /[多余]$/.test(core)) {
      core = core.replace(/[多余]+$/, '');
      pos = start + core.length;
      approx = 'more_than';
    } else if (!isArabic && /[多余]/.test(core)) {
      approx = 'more_than';
    }
    // `十几名`, `二十几个`: a few more than the number.
    // (`十几万元`: before a multiplier too.)
    if (!isArabic && /几[万亿千百]?$/.test(core)) approx = 'more_than';
    if (core.length === 0) continue;

    let value = parseCore(vagueLead ? core.slice(1) : core);
    if (value === null) continue;
    let range = isArabic ? null : parseChineseRange(core);
    if (range) value = range.min;
    let hasMultiplier = !isArabic && /[万亿]/.test(core);
    let multiplier = 1;

    // Arabic: 多/余 then a multiplier then 余 again (`300多万`, `1.5万余名`), unless the unit itself starts with
    // a multiplier character (`1500万千瓦`: 万 multiplies, 千瓦 is the unit).
    if (isArabic) {
      const infix = /^[多余]/.exec(text.slice(pos));
      if (infix && (/^[万亿千百]/.test(text.slice(pos + 1)) || matchUnit(text, pos + 1))) {
        approx = 'more_than';
        pos += 1;
      }
      if (!unitStartsWithMultiplier(text, pos)) {
        const mult = /^(?:万亿|亿|万|千|百)/.exec(text.slice(pos));
        if (mult) {
          value = Number((value * multiplierOf(mult[0])).toPrecision(12));
          multiplier = multiplierOf(mult[0]);
          pos += mult[0].length;
          hasMultiplier = true;
        }
      }
    }
    const afterInfix = /^[多余](?![万亿])/.exec(text.slice(pos));
    // `1亿多市场主体`: 多 after the multiplier is an approximation even with no unit after it.
    if (afterInfix && (matchUnit(text, pos + 1) || (hasMultiplier && isArabic))) {
      approx = 'more_than';
      pos += 1;
    }

    // `两个多小时`, `4个半小时`, `一个多月`, `7个年头`: a duration with 多 or 半 between 个 and its unit.
    const hours = /^个(多|半)?(小时|钟头|月|年头)/.exec(text.slice(pos));
    if (hours && (hours[1] || hours[2] === '年头') && !/[万亿]/.test(text.slice(start, pos))) {
      if (hours[1] === '半') value += 0.5;
      else if (hours[1] === '多') approx = 'more_than';
      const end = pos + hours[0].length;
      const unitOf = hours[2] === '月' ? '个月' : hours[2] === '年头' ? '年' : '小时';
      // (`两个多月前`: a time before now.)
      add({ start, end, kind: /^前(?![后夕列沿线端台提])/.test(text.slice(end)) ? 'period' : 'amount', value, unit: unitOf, approx, unitEnd: end });
      continue;
    }
    // `十来个部门`: 来 after a round Chinese number is about.
    if (!isArabic && /0$/.test(String(value)) && text[pos] === '来' && matchUnit(text, pos + 1)) {
      approx = 'about';
      pos += 1;
    }
    // `6000多贫困人口`: 多 before a noun of people makes a count of people.
    if (isArabic && !hasMultiplier && /^[多余]/.test(text.slice(pos)) && PEOPLE_AFTER.test(text.slice(pos + 1, pos + 9))) {
      approx = 'more_than';
      pos += 1;
    }

    // `1分05秒54`: a race time in minutes, seconds and hundredths, in seconds.
    const raceTime = isArabic && !hasMultiplier ? /^分(\d{2})秒(\d{2})(?!\d)/.exec(text.slice(pos)) : null;
    if (raceTime) {
      const end = pos + raceTime[0].length;
      add({ start, end, kind: 'amount', value: Number((value * 60 + Number(raceTime[1]) + Number(raceTime[2]) / 100).toPrecision(12)), unit: '秒', approx, unitEnd: end });
      continue;
    }
    const unitMatch = matchUnit(text, pos);
    let unit = '';
    let kind: NumberKind = 'count';
    if (unitMatch) {
      unit = unitMatch.unit;
      kind = unitMatch.kind;
      pos += unitMatch.printed.length;
      // `52秒32`: hundredths after the seconds; `一天半`, `两年半`: a half after the unit of time.
      const hundredths = unit === '秒' && isArabic ? /^\d{2}(?![\d.])/.exec(text.slice(pos)) : null;
      if (hundredths) {
        value = Number((value + Number(hundredths[0]) / 100).toPrecision(12));
        pos += 2;
      } else if (text[pos] === '半' && /^(?:天|年|小时|个月|周)$/.test(unit) && !/^半[年月天]/.test(text.slice(pos, pos + 2))) {
        value += 0.5;
        pos += 1;
      }
    }
    // `100米仰泳`, `110米栏`: a race named by its distance.
    if (unit === '米' && RACE_AFTER.test(text.slice(pos, pos + 5))) {
      add({ start, end: pos, kind: 'code', value: null, unit: '', approx: 'exact' });
      continue;
    }
    // `19.3万农牧民`, `15万贫困人口`, `60万渔民`, `6000多贫困人口`: a large bare count of people is in persons; so
    // is a bare count of 人数 (`日最高发送人数超过9万`).
    if (!unitMatch && (hasMultiplier || approx === 'more_than') && PEOPLE_AFTER.test(text.slice(pos, pos + 8))) unit = '人';
    // `3500万因艾滋病相关疾病致死者`: a clause closed by 者 names people, however long.
    if (!unitMatch && hasMultiplier && !unit && PEOPLE_BY_ZHE.test(text.slice(pos, pos + 16))) unit = '人';
    // `8000多万个体工商户`: households named after a bare count are counted in 户.
    if (!unitMatch && hasMultiplier && /^[\u4e00-\u9fff]{0,5}?户(?![籍口])/.test(text.slice(pos, pos + 7))) unit = '户';
    if (!unitMatch && hasMultiplier && /人数(?:[^，,。；;\d]{0,6})$/.test(text.slice(Math.max(0, start - 10), start)) && !/^[人名个户位元]/.test(text.slice(pos))) unit = '人';
    // `全家8口人`: 口人 counts people; so does 口 after a family (`一家五口`).
    if (unitMatch?.printed === '口' && (text[pos] === '人' || /(?:家|户)$/.test(text.slice(Math.max(0, start - 2), start)))) {
      if (text[pos] === '人') pos += 1;
      unit = '人';
    }
    // `转账回来4000多块`, `30块钱`: 块 closing a clause, or before 钱, is spoken yuan (`4块屏幕` counts pieces).
    if (unitMatch?.printed === '块' && (text[pos] === '钱' || (value >= 10 && /^(?:[，,。；;！!？?”"…]|$)/.test(text.slice(pos, pos + 1))))) {
      if (text[pos] === '钱') pos += 1;
      unit = '元';
      kind = 'amount';
    }
    // `1美元约合6.7元`, `1度电的价格`: one unit as the base of a rate or an exchange names no amount.
    if (value === 1 && kind === 'amount' && RATE_BASE_AFTER.test(text.slice(pos, pos + 8))) continue;
    // `一类苗`, `三类以上水质`, `38个1类新药`: a class of I to V before a graded noun, or after another count's measure,
    // is a grade, not a number of kinds (`两类`, never a grade, is).
    if (unitMatch?.printed === '类' && value <= 5 && !core.startsWith('两') && (GRADED_AFTER.test(text.slice(pos, pos + 6)) || /\d[个种项家批]$/.test(text.slice(Math.max(0, start - 2), start)))) {
      add({ start, end: pos, kind: 'ordinal', value, unit: '类', approx: 'exact' });
      continue;
    }
    // `人民万岁`: long live, a cheer, not an age.
    if (unit === '岁' && /^[万千]+$/.test(core)) continue;
    // `风沙四起`, `狂飙四起的年代`: rising on all sides, an idiom, when no noun of cases follows.
    if (unitMatch?.printed === '起' && core === '四' && /[\u4e00-\u9fff]/.test(text[start - 1] ?? '') && /^(?:[的，,。；;！!？?、]|$)/.test(text.slice(pos, pos + 1))) continue;
    // `军事五项`, `现代五项`, `铁人三项`, `十项全能`: sports named by their number of events.
    if (unitMatch?.printed === '项' && (/(?:现代|军事|海军|空军|铁人)$/.test(text.slice(Math.max(0, start - 2), start)) || text.startsWith('全能', pos))) {
      add({ start, end: pos, kind: 'code', value: null, unit: '', approx: 'exact' });
      continue;
    }
    // `百日攻坚`, `网上百日招聘`: a round hundred days names a campaign, not days counted.
    if (unitMatch?.printed === '日' && /^[百千]$/.test(core)) continue;
    // `四成`, `超六成`: tenths are percents; `成员`, `成立`, `成本` after a number are words, not tenths.
    if (unitMatch?.printed === '成') {
      if (value > 10 || TENTHS_NOT.test(text.slice(pos))) continue;
      value *= 10;
      unit = '%';
      // `六七成`: both ends of a rough range are tenths too.
      if (range) range = { min: range.min * 10, max: range.max * 10 };
      // `七成半`: and a half tenth.
      if (text[pos] === '半' && !/^半[年月天]/.test(text.slice(pos, pos + 2))) {
        value += 5;
        pos += 1;
      }
    }
    const unitEnd = pos;
    // Suffix approximations: 以上, 左右, `2倍多`.
    for (const [re, a] of APPROX_AFTER) {
      const s = re.exec(text.slice(pos));
      if (s && !(a === 'more_than' && !unitMatch)) {
        approx = a;
        pos += s[0].length;
        break;
      }
    }
    const before = text.slice(Math.max(0, start - 6), start);
    for (const [re, a] of APPROX_BEFORE) {
      if (re.test(before) && approx === 'exact') approx = a;
    }

    // `增长-1.5%`, `增速为-0.3%`: a minus sign after a word of change or level is a sign (`运-20`, `0532-88998` are names).
    if (isArabic && /^[-－−]$/.test(text[start - 1] ?? '') && SIGN_BEFORE.test(text.slice(Math.max(0, start - 4), start - 1)) && !taken[start - 1]) {
      start -= 1;
      value = -value;
    }
    // `1/10`, `2/3`: a fraction (`元/吨` is a unit, taken above; `2020/1/22` a date, taken before).
    const fraction = isArabic && !unitMatch && !hasMultiplier ? /^\/(\d{1,4})(?![\d/.])/.exec(text.slice(pos)) : null;
    if (fraction && Number(fraction[1]) > 0 && !/[\d/]/.test(text[start - 1] ?? '')) {
      let fractionEnd = pos + fraction[0].length;
      // `2/3以上贫困群众`: a bound after the fraction is its own, as after a percent.
      const after = APPROX_AFTER.find(([re, a]) => a !== 'more_than' && re.test(text.slice(fractionEnd)));
      if (after) fractionEnd += after[0].exec(text.slice(fractionEnd))![0].length;
      add({ start, end: fractionEnd, kind: 'ratio', value: Number((value / Number(fraction[1])).toPrecision(12)), unit: '', approx: after ? after[1] : approx, unitEnd: fractionEnd });
      continue;
    }
    // `90后`, `00后`: a generation; `70华诞`: an anniversary. Names, not counts.
    if (isArabic && !unitMatch && /^(?:\d0后|\d+华诞)/.test(text.slice(start, start + 6)) && /^(?:后|华诞)/.test(text.slice(pos))) {
      add({ start, end: pos + (text[pos] === '后' ? 1 : 2), kind: 'code', value: null, unit: '', approx: 'exact' });
      continue;
    }
    // `零下30摄氏度`: below zero.
    if (/^(?:摄氏度|度)$/.test(unit) && text.slice(Math.max(0, start - 2), start) === '零下') {
      start -= 2;
      value = -value;
    }
    // `2.3∶1`, `1：1`: a ratio of two numbers (clock times `21:00` are dates, taken before).
    const ratio = isArabic && !unitMatch && !hasMultiplier ? /^\s*[∶:：]\s*(\d+(?:\.\d+)?)(?![\d:])/.exec(text.slice(pos)) : null;
    if (ratio && Number(ratio[1]) > 0) {
      const ratioEnd = pos + ratio[0].length;
      // `以3:2力克美国女排`, `比分为4:2`: a score, not a ratio of two quantities.
      if (SCORE_AFTER.test(text.slice(ratioEnd, ratioEnd + 3)) || /比分(?:为|是)?$/.test(text.slice(Math.max(0, start - 3), start))) {
        add({ start, end: ratioEnd, kind: 'code', value: null, unit: '', approx: 'exact' });
        continue;
      }
      add({ start, end: ratioEnd, kind: 'ratio', value: Number((value / Number(ratio[1])).toPrecision(12)), unit: '', approx, unitEnd: ratioEnd });
      continue;
    }

    const end = pos;
    // `坚守35年。`, `新中国成立70年，`: years ending their clause are a length of time measured, an amount; years
    // leading into the clause (`5年来`, `近3年累计`) stay a period, the time of what follows.
    if (kind === 'period' && unit === '年' && /^(?:了|之久)?[，,。；;！!？?]/.test(text.slice(end))) kind = 'amount';
    // `提出5年多来`, `70年来`, `3年以上劳动合同`, `35年房龄`, `70年历程`: a length of years, not a time frame.
    if (kind === 'period' && unit === '年' && !/(?:近|过去|最近|前)$/.test(text.slice(Math.max(0, start - 2), start)) && /^(?:来|里|之久|房龄|历程|历史|的历程|的历史|工龄|党龄|教龄)/.test(text.slice(end))) kind = 'amount';
    if (kind === 'period' && unit === '年' && approx !== 'exact' && approx !== 'about') kind = 'amount';
    // `连续6个季度出现萎缩`, `养了23年猪`: consecutive or spent, years and quarters are a length; not when another
    // figure follows in the clause, whose time they are (`连续5年全省第1`).
    // (An ordinal of days or times after it is no figure: `连续两年在春节后上班第一天召开`; a rank is, `连续5年全省第1`.)
    if (kind === 'period' && /^(?:年|季度)$/.test(unit) && /(?:连续|[\u4e00-\u9fff]了)$/.test(text.slice(Math.max(0, start - 2), start)) && !/^[^，,。；;！!？?\n]*?[\d一二三四五六七八九十百]/.test(text.slice(end, end + 30).replace(/第[一二三四五六七八九十\d]+(?:天|次|批|届|期|轮|个)/g, ''))) kind = 'amount';
    // `提前一年`, `为期一个月`, `历时两年`, `16年过去了，`: a span the words before or after measure, not a time frame.
    const spanCue = /^(?:年|季度|个月|天|日|周)$/.test(unit) && (SPAN_BEFORE.test(text.slice(Math.max(0, start - 2), start)) || /^过去了?[，,。；;！!？?]/.test(text.slice(end)));
    if (spanCue && kind === 'period') kind = 'amount';
    // `节前两天`, `比前10个月`, `这两年`: a time frame before now, not a length measured.
    if (kind === 'amount' && /^(?:天|日|个月|周|年)$/.test(unit) && /(?:(?<!提)前|这|那)$/.test(text.slice(Math.max(0, start - 2), start))) kind = 'period';
    // `2000多年前`, `两个多月前`, `半小时前`: a time before now, however rough, is a period (as `5年前`).
    if ((kind === 'amount' || kind === 'period') && /^(?:年|个月|天|日|周|小时|分钟)$/.test(unit) && /^前(?![后夕列沿线端台提])/.test(text.slice(end))) kind = 'period';
    // `3年来，全省…`, `“近3年来，我们…`, `70年来中国…`: a span up to now that opens its clause is the time frame of what
    // follows, a period; only an event named before it makes it a length measured (`新中国成立70年来`, `改革两年多来`).
    if ((kind === 'amount' || kind === 'period') && /^(?:年|个月)$/.test(unit) && /^(?:以来|来)/.test(text.slice(end)) && opensClause(text, start)) kind = 'period';
    const draft: Draft = { start, end, kind, value, unit, approx, unitEnd, multiplier, hasMultiplier };
    if (isArabic && !unitMatch && !hasMultiplier) draft.bareValue = value;
    if (range) Object.assign(draft, { min: range.min, max: range.max, approx: 'range' as Approx });

    // Parts of names: `PM2.5`, `M3平台`, `5G`, `9+3+N`, and anything inside a short quote or a book title.
    const prevChar = text[start - 1] ?? '';
    const nextChar = text[unitEnd] ?? '';
    // Zero in Chinese (`零成本`, `零碳港`, `零距离`) is a word, never a figure.
    if (!isArabic && /^[零〇]$/.test(core)) continue;
    // `说三道四`, `老两口`: a small Chinese numeral inside a word of the dictionary is part of that word; `两位数增长`
    // counts digits, it measures nothing.
    if (!isArabic && !hasMultiplier && value <= 100 && (insideWord(text, start, unitEnd) || text.startsWith('位数', start + core.length))) {
      // (With its measure word it stays a span, a code: `中央八项规定` names a formulation.)
      if (unitMatch) add({ ...draft, kind: 'code' });
      continue;
    }
    // `五棵树镇`, `八里庄`, `二道沟村`: a small Chinese numeral and its measure opening a town's or a village's name.
    if (!isArabic && !hasMultiplier && value <= 100 && opensPlaceName(text.slice(start + core.length, unitEnd + 4))) continue;
    // One in Chinese (`一个`, `一批`, `人一我十`) is a word, not a figure.
    // (A land or length measure is a figure: `人均耕地不足一亩`.)
    if (!isArabic && !hasMultiplier && value === 1 && !range && kind !== 'ratio' && kind !== 'period' && !spanCue && !/^(?:亩|公顷|公里|千米|平方公里|吨|斤|公斤)$/.test(unit)) continue;
    // `打通服务群众最后一公里`, `最初一公里`: the last (or first) stretch of a task, a figure of speech.
    if (!isArabic && value === 1 && /^(?:公里|千米|米)$/.test(unit) && /(?:最后|最初|最先)$/.test(text.slice(Math.max(0, start - 2), start))) continue;
    // `歼-20`, `运—20`, `东风-41`: a bare number hyphenated to a word is a model name.
    const hyphenated = /[-—–－]/.test(prevChar) && !unitMatch && /[\u4e00-\u9fff]/.test(text[start - 2] ?? '');
    const joined = hyphenated || /[A-Za-z_{+]/.test(prevChar) || (prevChar === '-' && /[A-Za-z]/.test(text[start - 2] ?? '')) || (!unitMatch && /[A-Za-z+]/.test(nextChar));
    if (joined || zones[start] || (isArabic && !unitMatch && !hasMultiplier && isIdentifier(text, start, unitEnd, core))) {
      draft.kind = 'code';
      draft.value = isArabic ? null : value;
      draft.end = unitEnd;
      add(draft);
      continue;
    }
    // List markers: `1.` `(2)` `一、` at a line start.
    const lineStart = start === 0 || text[start - 1] === '\n' || /[\n]\s*[（(]?$/.test(text.slice(Math.max(0, start - 3), start));
    const afterCore = text.slice(start + core.length);
    const bracketed = (/[（(]$/.test(prevChar) && /^[）)]/.test(afterCore)) || (/[\[［【]$/.test(prevChar) && /^[\]］】]/.test(afterCore));
    // `附件：1.智能网联汽车…`, `3.加强与其他…`: an Arabic integer with a full stop before words is a list marker.
    const numbered = isArabic && !unitMatch && /^\d+$/.test(core) && /^[.．](?![\d])/.test(afterCore);
    // `图4`, `表2`, `附件3`: figure and table numbers.
    const labelled = isArabic && !unitMatch && /(?:图|表|附件|附表|附录)$/.test(text.slice(Math.max(0, start - 2), start));
    if ((lineStart && /^[.、．）)]/.test(afterCore)) || bracketed || numbered || labelled) {
      add({ start, end: start + core.length, kind: 'ordinal', value, unit: '', approx: 'exact' });
      continue;
    }

    // Chinese digits read one by one (`一九五八`) are a year when they can be one, else a code.
    if (!isArabic && /^[零〇一二三四五六七八九]{4}$/.test(core) && !unitMatch) {
      add({ ...draft, kind: value >= 1800 && value <= 2200 ? 'year' : 'code', iso: String(value) });
      continue;
    }
    if (!isArabic && !hasMultiplier) {
      // Chinese numerals without 万/亿 in policy prose are formulations (`两个确立`, `八件大事`, `三项制度`),
      // while statistics are printed in Arabic digits (GB/T 15835). One (`一个`, `一批`) is just an article.
      if (!unitMatch) {
        // `三到五成`, `三至五个`: the low end of a range in words, which the figure after it takes up.
        if (RANGE_IN_WORDS.test(text.slice(pos, pos + 3)) && !range) {
          add({ ...draft, kind: 'code', bareValue: value });
          continue;
        }
        if (text[pos] === '大' || text[pos] === '件') {
          add({ ...draft, kind: 'code', end: pos + 1 });
        } else if (value >= 10 && /^[。，,；;、]/.test(text.slice(pos))) {
          // `行百里者半九十，`: with no unit, as a bare Arabic integer, it names no measure.
          add({ ...draft, kind: 'code' });
        }
        continue;
      }
      if (kind === 'count' && value <= 10 && !range && approx === 'exact' && !ITEM_MEASURE.test(unitMatch.printed) && (FORMULATION_AFTER.test(text.slice(unitEnd, unitEnd + 2)) || CHINESE_COUNT_WORD.test(text.slice(start, unitEnd + 2)) || quotedListItem(text, start, unitEnd) || opensKnownFormulation(text, start))) {
        draft.kind = 'code';
      }
    }
    // `求人倍率1.35`, `城乡居民收入比由2.71缩小至2.69`: a bare number after a ratio word or in a change is a ratio.
    if (!unitMatch && !hasMultiplier && isArabic && (RATIO_WORD.test(text.slice(Math.max(0, start - 10), start)) || inChange(text, start, end))) {
      add({ ...draft, kind: 'ratio' });
      continue;
    }
    // A decimal without unit or multiplier is a version (`数字政府2.0`, `工业4.0`), not a count.
    if (!unitMatch && !hasMultiplier && isArabic && core.includes('.')) {
      add({ ...draft, kind: 'code', value: null });
      continue;
    }
    // A bare four-digit number that reads as a year (`2025先进技术应用`) is a year, not a count.
    if (!unitMatch && !hasMultiplier && isArabic && /^\d{4}$/.test(core) && value >= 1900 && value <= 2100) {
      draft.kind = 'year';
      draft.iso = core;
    }
    // `302省道`, `12345便民电话`, `48、49、50`: a bare integer with no unit or multiplier names or counts off, it does
    // not measure (the counts news prints carry a measure word or 万/亿).
    if (!unitMatch && !hasMultiplier && isArabic && draft.kind === 'count' && unit === '') {
      add({ ...draft, kind: 'code' });
      continue;
    }
    // 前300名, 前10强: a rank threshold.
    if (/前$/.test(text.slice(Math.max(0, start - 1), start)) && (unit === '名' || unit === '位' || unit === '强')) {
      draft.kind = 'rank';
    }
    add(draft);
  }
}

/**
 * `半年`, `半个多月`, `近半小时`: half a unit of time with no numeral before it is a duration of 0.5 (not `上半年`,
 * `下半年`, the halves of a year, nor `两个半小时`, `一年半`, read with their numeral; not `半年报`, `半月谈`, nor a
 * while in speech, `老半天`, `好半天`).
 */
const HALF = /(?<![上下前后大小多老好个一二两三四五六七八九十百\d])半(个多|个)?(年|月|天|小时|钟头|分钟)(多)?(?![度报刊谈径岛形板边])/gu;

function findHalves(text: string, zones: Uint8Array, add: (d: Draft) => boolean): void {
  for (const m of text.matchAll(HALF)) {
    // (`半月` alone is a name or a shape, `半个月` the span.)
    if (m[2] === '月' && m[1] === undefined) continue;
    const start = m.index;
    const end = start + m[0].length;
    const unit = m[2] === '月' ? '个月' : m[2] === '钟头' ? '小时' : m[2]!;
    let approx: Approx = m[1] === '个多' || m[3] ? 'more_than' : 'exact';
    const before = text.slice(Math.max(0, start - 2), start);
    if (approx === 'exact') for (const [re, a] of APPROX_BEFORE) if (re.test(before)) approx = a;
    // `半小时交通圈`, `“半小时通勤圈”`: a ring named by its travel time.
    if (zones[start] || /^(?:交通圈|通勤圈|经济圈|生活圈|服务圈|就医圈|商圈|圈)/.test(text.slice(end, end + 3))) continue;
    // `半个月前`, `这半年`: a time frame before now; `半年来，…` opening its clause, the time frame of what follows.
    const frame = /^前/.test(text.slice(end)) || /(?:(?<!提)前|这|那)$/.test(before) || (/^(?:以来|来)/.test(text.slice(end)) && opensClause(text, start));
    add({ start, end, kind: frame ? 'period' : 'amount', value: 0.5, unit, approx, unitEnd: end });
  }
}

let knownFormulations: string[] | undefined;
/** Whether a known national formulation that opens with a Chinese count starts here (`两个大局`; src/data/slogans-known.txt). */
function opensKnownFormulation(text: string, start: number): boolean {
  knownFormulations ??= readWordList('slogans-known.txt').filter((s) => /^[一二两三四五六七八九十]/.test(s));
  return knownFormulations.some((s) => text.startsWith(s, start));
}

/** Whether a figure at `start` opens its clause, an approximation or a demonstrative before it aside (`近3年`, `这两年`). */
function opensClause(text: string, start: number): boolean {
  const from = Math.max(0, start - 8);
  const before = text.slice(from, start).replace(/(?:近|约|这|那|过去|最近|短短|整整)+$/, '');
  return before === '' ? from === 0 : /[，,。；;：:！!？?\n“"「‘（(\s—]$/.test(before);
}

/**
 * Whether text[start, end) lies inside a longer word the segmenter keeps whole: an idiom (`说三道四/i`) or a word
 * that starts before it (`老两口/n`), numerals and measures aside. The stretch around it is cut on its own.
 */
function insideWord(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - 4);
  let at = from;
  for (const token of tag(text.slice(from, Math.min(text.length, end + 4)))) {
    const tokenStart = at;
    at += token.word.length;
    if (at <= start || tokenStart >= end) continue;
    // (`近三成/l`, `近百名/l`: an approximation and a count the segmenter keeps as one word are still a figure.)
    if (APPROX_COUNT_WORD.test(token.word)) continue;
    // (A word that opens with the count is the thing counted: `两本书/n`, `两间房/n`, `三层楼/n`.)
    if (/^[il]$/.test(token.tag ?? '') && (tokenStart < start || at > end)) return true;
    if (tokenStart < start && !/^(?:m|mq|q|t|x)$/.test(token.tag ?? 'x')) return true;
  }
  return false;
}

/**
 * A measure word and what follows it (`棵树镇`, `里庄`, `道沟村`) that make the name of a town, a village or a street
 * with the numeral before: measures of trees, distance, gullies, rooms and wells, then a place's head within two
 * characters (`三个自然村`, counted with 个, and `五里路`, a distance, are figures).
 */
// (`三家村`: households naming a village, not firms of a village, `两家村办企业`.)
// (`三元村`: nor yuan.)
const PLACE_NAME_AFTER = /^(?:(?:[棵道间眼][\u4e00-\u9fff]{1,2}?|里[\u4e00-\u9fff]?)(?:镇|乡|村|屯|庄|铺|沟|堡|寨|街道|社区)|[家元]村(?![级办集企民委干])|元(?:镇|乡|里|路|街|桥|坊))/u;

function opensPlaceName(after: string): boolean {
  return PLACE_NAME_AFTER.test(after);
}

/** An approximation and a count kept as one word by the segmenter (`近三成`, `近百名`, `约两成`). */
const APPROX_COUNT_WORD = /^(?:近|约|超|逾|上|仅|将近)[一二两三四五六七八九十百千万]+(?:成|名|人|个|位|家|项|次|倍)$/;

/** The day's new cases, named by nothing else (`当日新增`, `当天实际新增`). */
const NEW_ON_THE_DAY = /(?<=^|[，,：:])(?:当日|当天|单日|今日|昨日|全天)(?:实际)?(?:新增|净增)$/;

/** Words before a length of time that make it one (`提前一年`, `为期一个月`, `历时两年`, `长达3年`). */
const SPAN_BEFORE = /(?:提前|为期|历时|历经|用时|耗时|长达|用了|花了)$/;

/** What follows a score in sports news: the verb of winning or losing (`以3:2力克`, `以4:2战胜`). */
const SCORE_AFTER = /^(?:力克|战胜|击败|击溃|胜|负|败|逆转|险胜|完胜|惜败|取胜|赢|输|拿下|淘汰|的比分)/;
/** Races and events named by their distance: `100米仰泳`, `110米栏`, `4×100米接力`, `10米气步枪`, `10米跳台`. */
const RACE_AFTER = /^(?:仰泳|蛙泳|自由泳|蝶泳|混合泳|个人混合泳|跑|栏|跨栏|接力|短跑|障碍|气步枪|气手枪|步枪|手枪|移动靶|射击|跳台|跳板|速滑)/;

/** After `1美元`, `1度`: an exchange rate (`约合`) or a price per unit (`电的价格`). */
/** Nouns graded in classes I to V: seedlings, water, new drugs, monitored sections. */
const GRADED_AFTER = /^(?:及以上|以上|以下)?(?:苗|新药|水质|水体|水(?![平利果])|断面|疫苗|医疗器械|传染病)/;

const RATE_BASE_AFTER = /^(?:约合|折合|合|兑换?|可兑换|相当于|[电水气油]?的?(?:价格|价钱|售价|电价|成本|费用|收益))/;

/** A range link and a Chinese numeral after a bare Chinese numeral (`三到五成`). */
const RANGE_IN_WORDS = /^(?:到|至|—|～|~|-)[一二两三四五六七八九十]/;

/** What stands before the minus sign of a negative figure: a change, a level, or a clause start. */
const SIGN_BEFORE = /(?:增长|增速|增幅|涨幅|降幅|下降|变动|变化|为|是|至|到|达|率|值|[：:（(，,、\s])$/;

/** Words that make the bare number after them a ratio: `求人倍率1.35`, `收入比为2.5`, `基尼系数0.46`. */
const RATIO_WORD = /(?:倍率|比率|比值|系数|之比|收入比|[^，,。；;、\d]比)(?:为|是|达到|达|已达|降至|降到|升至|仅为|约为|约|已)?$/;

/** `由1.75缩小至1.68`: a bare number in a change from one level to another. */
function inChange(text: string, start: number, end: number): boolean {
  if (/(?:由|从)$/.test(text.slice(Math.max(0, start - 1), start))) {
    return /^[^，,。；;\d]{0,6}(?:至|到|为)\s*[-－]?\d/.test(text.slice(end, end + 10));
  }
  return /(?:由|从)[-－]?\d+(?:\.\d+)?[^，,。；;\d]{0,6}(?:至|到|为)$/.test(text.slice(Math.max(0, start - 20), start));
}

/**
 * Numbers that identify rather than measure: standard numbers (`GB/T 18229-2000`, `ISO 17296-1`), section numbers
 * (`4.2.2`), telephone and postal codes (`0532-88998`, `邮编：100044`), page numbers (`— 10 —`) and bare table cells.
 */
function isIdentifier(text: string, start: number, end: number, core: string): boolean {
  const before = text.slice(Math.max(0, start - 8), start);
  const after = text.slice(end, end + 2);
  if (/[A-Za-z][A-Za-z/]*\s$/.test(before)) return true; // GB/T 18229, ISO 9001
  if (/\d[.．]$/.test(before) || /^[.．]\d/.test(after)) return true; // 4.2.2
  if (/\d\s*[-–]$/.test(before)) return true; // 88998 of 0532-88998, 2000 of 18229-2000
  if (/^[-–]\s*\d/.test(after)) {
    // `3-5万元` is a range of figures (see joinRanges), `0532-88998` an identifier.
    const range = /^[-–]\s*\d+(?:\.\d+)?(?:万亿|亿|万|千|百)?/.exec(text.slice(end));
    return !(range && matchUnit(text, end + range[0].length));
  }
  if (/^0\d/.test(core)) return true;
  if (/(?:电话|邮编|传真|手机|编号|代码|号码|邮政编码|QQ|热线)[：:\s]*$/.test(before)) return true;
  if (/[—–-]\s*$/.test(before) && /^\s*[—–-]/.test(after)) return true; // — 10 —
  // Alone on its line: a table cell or page number, with nothing to say what it counts.
  const lineBefore = start === 0 || /\n\s*$/.test(before) || /^\s*$/.test(before) && start < 8;
  const lineAfter = end === text.length || /^\s*(?:\n|$)/.test(after);
  return lineBefore && lineAfter;
}

function multiplierOf(m: string): number {
  switch (m) {
    case '万亿':
      return 1e12;
    case '亿':
      return 1e8;
    case '万':
      return 1e4;
    case '千':
      return 1e3;
    default:
      return 100;
  }
}

/**
 * `3-5万元`, `2—4天`, `3%—5%`, `4.5%至5%`: a range is one figure from its lower to its upper bound, with the unit and
 * multiplier of the second; `2.1和3.6个百分点`: the first of two coordinated figures takes the unit of the second.
 */
function joinRanges(text: string, drafts: Draft[]): void {
  for (let i = 0; i + 1 < drafts.length; i++) {
    const first = drafts[i]!;
    const second = drafts[i + 1]!;
    if (!FIGURE_KIND_SET.has(second.kind) || second.unit === '' || second.value === null || second.min !== undefined) continue;
    const link = text.slice(first.end, second.start);
    const isRange = /^\s*(?:-|–|—|－|~|～|至|到)\s*$/.test(link);
    const isList = !isRange && /^(?:和|与|及|或|、)$/.test(link);
    if (!isRange && !isList) continue;
    let low: number;
    if (first.unit === second.unit && FIGURE_KIND_SET.has(first.kind) && first.value !== null && isRange) {
      low = first.value; // `3%—5%`, `2万—3万元`
    } else if (first.unit === '' && first.bareValue !== undefined && (first.multiplier ?? 1) === 1 && (first.kind === 'count' || first.kind === 'code' || first.kind === 'ratio')) {
      // (`三到五成`: tenths are percents for the low end too.)
      const tenths = text[(second.unitEnd ?? second.end) - 1] === '成' && second.unit === '%' ? 10 : 1;
      low = Number((first.bareValue * (second.multiplier ?? 1) * tenths).toPrecision(12)); // `3-5万元`, `2.1和3.6个百分点`
    } else if (first.unit === '' && first.kind === 'count' && first.value !== null && (first.multiplier ?? 1) > 1) {
      low = first.value; // `2万至3万元`
    } else continue;
    if (isList) {
      Object.assign(first, { value: low, unit: second.unit, kind: second.kind });
      continue;
    }
    if (!(low < second.value)) continue;
    Object.assign(first, {
      end: second.end, kind: second.kind, unit: second.unit, value: low, min: low, max: second.value, approx: 'range', unitEnd: second.unitEnd,
    });
    drafts.splice(i + 1, 1);
  }
}

/** A unit of time and the next smaller one with how many of it make one (`4年零3个月` is 51 个月). */
const SMALLER_UNIT: Record<string, [string, number]> = { 年: ['个月', 12], 天: ['小时', 24], 小时: ['分钟', 60], 分钟: ['秒', 60] };

/**
 * `4年零3个月`, `一年零十一个月`, `1小时43分钟`, `2天19小时`, `4分20秒`: a length of time written in two units is one
 * figure in the smaller unit (as `1分05秒54` is in seconds); not a rate, `一天12小时` (twelve hours a day).
 */
function joinCompoundDurations(text: string, drafts: Draft[]): void {
  for (let i = 0; i + 1 < drafts.length; i++) {
    const first = drafts[i]!;
    const second = drafts[i + 1]!;
    if (second.kind !== 'amount' || second.value === null || second.min !== undefined || first.min !== undefined || first.value === null) continue;
    const link = text.slice(first.end, second.start);
    // (`4分20秒`: minutes before seconds are a bare number and 分.)
    const minutes = link === '分' && first.bareValue !== undefined && second.unit === '秒' && first.start + String(first.bareValue).length === first.end;
    const smaller = minutes ? (['秒', 60] as [string, number]) : (first.kind === 'amount' || first.kind === 'period') && (link === '' || link === '零') ? SMALLER_UNIT[first.unit] : undefined;
    if (!smaller || smaller[0] !== second.unit || !(second.value < smaller[1])) continue;
    // (`一年零十一个月`: 零 may open the second number.)
    const zero = link === '零' || text[second.start] === '零';
    if (!zero && first.value === 1 && !/^\d/.test(text.slice(first.start, first.end))) continue;
    const value = Number((first.value * smaller[1] + second.value).toPrecision(12));
    Object.assign(first, { end: second.end, kind: 'amount' as NumberKind, unit: second.unit, value, approx: second.approx, unitEnd: second.unitEnd });
    delete first.bareValue;
    drafts.splice(i + 1, 1);
  }
}

const FIGURE_KIND_SET = new Set<NumberKind>(FIGURE_KINDS);
const TIME_KINDS = new Set<NumberKind>(['date', 'year', 'period']);

/** Change, basis, metric and period from the words around each figure. */
function fillContext(text: string, drafts: Draft[]): void {
  let sentenceStart = -1;
  let period: string | undefined;
  let previousFigure: Draft | undefined;
  let previousEnd = 0;
  let timeSpans: [number, number][] = [];
  // Where the sentence and the clause of each figure start, read forwards once (drafts come in text order): walking
  // back from every figure was quadratic on a long line without stops.
  let scanned = 0;
  let lastSentenceStart = 0;
  let lastClauseStart = 0;
  const startsBefore = (at: number) => {
    if (at < scanned) {
      // Out of order: walk back, as a fallback.
      let sentence = at;
      while (sentence > 0 && !SENTENCE_BREAK.test(text[sentence - 1]!)) sentence--;
      let clause = at;
      while (clause > 0 && !CLAUSE_BREAK.test(text[clause - 1]!)) clause--;
      return { sentence, clause };
    }
    for (; scanned < at; scanned++) {
      const c = text[scanned]!;
      if (SENTENCE_BREAK.test(c)) lastSentenceStart = scanned + 1;
      if (CLAUSE_BREAK.test(c)) lastClauseStart = scanned + 1;
    }
    return { sentence: lastSentenceStart, clause: lastClauseStart };
  };

  for (const d of drafts) {
    // Periods last to the end of their sentence.
    const starts = startsBefore(d.start);
    const s = starts.sentence;
    if (s !== sentenceStart) {
      sentenceStart = s;
      period = undefined;
      previousFigure = undefined;
      previousEnd = s;
      timeSpans = [];
    }
    if (TIME_KINDS.has(d.kind)) {
      // Time words are left out of metrics (`居民人均可支配收入五年增长`, `2021年经营收入`).
      timeSpans.push([d.start, d.end]);
      // A year inside a comparison (`比2020年增长`) is the basis, not the period of what follows.
      if (insideBasis(text, previousEnd, d.start)) continue;
      // A duration (`五年`, `连续4年`) is not the period of the figures after it.
      if (d.iso !== undefined) period = d.iso;
      continue;
    }
    if (d.setsPeriod) period = d.setsPeriod;
    // Codes and ordinals stay in the metric's words (`“两山”基地2个`, `较“十三五”末`).
    if (!FIGURE_KIND_SET.has(d.kind)) continue;
    if (period) d.period = period;

    // A clause longer than any real one (a dump without commas) is read only near the figure.
    const clauseStart = Math.max(starts.clause, d.start - MAX_CLAUSE);
    let floor = Math.max(previousEnd, clauseStart);
    // `超过60%人口和世界1/3以上贸易`: the noun right after the figure before is its own; what this one measures
    // starts after the conjunction.
    // (`65%的高等植物群落和50.3%的天然湿地`: the noun after the figure's 的, and the words that qualify it, too.)
    const ownNoun = previousFigure?.metric;
    const ownPhrase = ownNoun && floor === previousEnd ? /^的?[^，,。；;、和及与的]{0,12}/.exec(text.slice(floor))?.[0] : undefined;
    if (ownNoun && ownPhrase?.endsWith(ownNoun) && /^[和及与、]/.test(text.slice(floor + ownPhrase.length))) {
      floor += ownPhrase.length + 1;
    }
    // `31个省区市和新疆生产建设兵团隔离治疗病例26302例`, `3个村人均收入`: the places a count counts are the scope of
    // the next figure, not part of what it measures (when what is left names something).
    const scoped = ownNoun && previousFigure!.kind === 'count' && floor === previousEnd && text.startsWith(ownNoun, floor) && /^[\u4e00-\u9fff]{2}/.test(text.slice(floor + ownNoun.length, d.start));
    const nounFloor = scoped ? floor + ownNoun!.length : floor;
    // `3年来全省淘汰…`: the 来 of a span up to now goes with the span, not with the next figure's words.
    if (previousFigure && floor === previousEnd && DURATION_UNITS.has(previousFigure.unit)) floor += /^(?:以来|来)/.exec(text.slice(floor))?.[0].length ?? 0;
    const lead = text.slice(floor, d.start).replace(/(?:大约|(?<![节制签合预公条契履违特])约|大概|将近|接近|近|不足|不到|不超过|超过|超|逾|突破|高达|多达|过|至少|不少于|不低于|不下)$/, '');

    if (NEW_VALUE.test(lead)) d.change = 'new';
    else if (INCREASE.test(lead)) d.change = 'increase';
    else if (DECREASE.test(lead)) d.change = 'decrease';
    const basis = findBasis(text.slice(clauseStart, d.start));
    if (basis) d.basis = basis;
    // `增速高于全部规上工业2.3个百分点`: a difference from a stated basis.
    // `融资成本低于1.6%`, `不会少于七个小时`: a comparison word right before the figure bounds it; there is no basis.
    const bound = BOUND_BEFORE.exec(lead);
    if (bound && d.approx === 'exact') d.approx = bound[1] ? (/[少低]/.test(bound[2]!) ? 'at_least' : 'less_than') : /[少低]/.test(bound[2]!) ? 'less_than' : 'more_than';
    const comparison = bound ? null : COMPARISON.exec(lead);
    if (comparison && !d.change) {
      d.change = /高|快|多|超/.test(comparison[1]!) ? 'increase' : 'decrease';
      d.basis ??= comparison[0];
    }
    // `每人每月209元`: a rate written before the figure.
    const per = PER_BEFORE.exec(lead);
    // (The unit stays the base unit, `元`; the rate's denominator is kept apart.)
    if (per && d.kind === 'amount' && !d.unit.includes('/')) d.per = per[1];

    // `30.6%、29.1%、19.9%`: items of one list share the change and basis of the first.
    const between = text.slice(previousFigure?.end ?? 0, d.start);
    if (previousFigure && /^[、和及与]$/.test(between)) {
      d.change ??= previousFigure.change;
      d.basis ??= previousFigure.basis;
    }

    // `444名儿童主任`, `近6亿中国用户`: the noun after a classifier, or after a bare 万/亿, is what is counted.
    if (d.kind === 'count' && d.unitEnd !== undefined && (d.unit || d.hasMultiplier) && d.unit !== '位次') {
      // (`10户以上贫困家庭`: past the bound the figure's text takes in.)
      const bound = /^(?:以上|以下|左右|之多)(?=[\u4e00-\u9fff])/.exec(text.slice(d.unitEnd))?.[0].length ?? 0;
      d.metric = isNominalUnit(d.unit) ? d.unit : nominalNounOf(text.slice(d.start, d.unitEnd)) ?? metricAfter(text, d.unitEnd + bound);
      // `2400多万人口`: people counted as a population.
      if (text.slice(d.start, d.end).endsWith('人口')) d.metric = '人口';
      // `100名队员启程`, `5000多名建设者坚守岗位`: what 名 and 位 count are people; a run past their noun into words
      // that name no people is the predicate.
      if (/^[名位]$/.test(d.unit) && d.metric && text.startsWith(d.metric, d.unitEnd + bound)) d.metric = peopleHead(d.metric);
    }
    // `造成两名以色列人死亡`, `导致3人受伤`: a count a disaster caused is of the harm done.
    const harm = d.kind === 'count' && /(?:造成|导致|致使)$/.test(lead) ? /^[\u4e00-\u9fff]{0,6}?(死亡|遇难|受伤|失踪|被困|中毒|伤亡|重伤|轻伤)(?![\u4e00-\u9fff])/.exec(text.slice(d.unitEnd ?? d.end, (d.unitEnd ?? d.end) + 10)) : null;
    if (harm) d.metric = harm[1];
    // `每月能有3800元收入`, `得到的2万元奖金`, `投影在133米的幕墙上`: a clause ending in 有, 的 or a preposition
    // leads to the noun after the figure, which is what it measures.
    // So does a rate written before it (`每月1500元工资`), and a preposition or 价值 before a figure with 的 after it
    // (`投影在133米的幕墙上`, `价值180亿英镑的经济增长`).
    // (`助农销售了近15万元的农产品`: after a verb's 了 too.)
    // (Not a duration: `在广州工作了10多年的李先生` is how long he worked.)
    // (`经营面积在300平方米以上的餐厅`: a measure before 在 is the metric, the noun after is what has it.)
    // (`领到了2600元工资`: a verb's 了 before an amount and its noun.)
    const afterAspect = /[\u4e00-\u9fff]了$/.test(lead) && d.kind === 'amount' && !DURATION_UNITS.has(d.unit) && /^[\u4e00-\u9fff]{2}/.test(text.slice(d.end, d.end + 2)) && !/^(?:以上|以下|左右|之多)/.test(text.slice(d.end));
    const ofFollows = text[d.end] === '的' && (/(?:(?<![积率额量价度长宽高深重龄])在|[向对给把被]|价值|占地)$/.test(lead) || (/了$/.test(lead) && !DURATION_UNITS.has(d.unit) && d.kind !== 'period'));
    // `以52秒32的成绩`, `以99.69%的高比例同意率`, `一个1%的提升`, `为期3天的初步采风`: the noun after 的 is what the
    // figure measures (a score, a share, a span of an activity).
    if (text[d.end] === '的' && /^[\u4e00-\u9fff]{2}/.test(text.slice(d.end + 1)) && (d.kind === 'amount' || d.kind === 'percent') && !d.unit.includes('/')
      && (/(?<![所可难予加])以$|为期$|(?:经历|经过|历经)$/.test(lead) || (d.kind === 'percent' && /[一两二三四五六七八九十几每][个项]$/.test(lead)))) {
      // (A span's 的 leads to a named undertaking, which the noun reader takes whole: `为期两个月的…综合整治行动`.)
      d.metric ??= (/为期$/.test(lead) ? metricAfter(text, d.end + 1) : undefined) ?? phraseAfterOf(text, d.end + 1);
    }
    const objectFollows = (OBJECT_FOLLOWS.test(lead) || ofFollows || d.per !== undefined || /[一两二三四五六七八九十几每][个座条名位家项块片间笔种只辆台套批所栋处张份]$/.test(lead)) && d.kind === 'amount' && d.unitEnd !== undefined && !d.unit.includes('/');
    if (objectFollows) d.metric ??= metricAfter(text, text[d.end] === '的' ? d.end + 1 : d.end);
    // (Only a short plain noun that ends the clause: `流转了100亩地种粮食` goes on into another predicate.)
    if (afterAspect && !d.metric) {
      const noun = metricAfter(text, d.end);
      if (noun && noun.length <= 6 && text.startsWith(noun, d.end) && /^[，,。；;！!？?]/.test(text[d.end + noun.length] ?? '') && tag(noun).every((t) => /^(?:n|nz|vn)$/.test(t.tag ?? ''))) d.metric = noun;
    }
    // `1.5米长的玻璃面板`, `两米多高的雕塑`, `10吨重的石块`: a dimension's 的 leads to what has it.
    if (d.kind === 'amount' && d.unitEnd !== undefined && /^[长高宽深厚粗重]的[\u4e00-\u9fff]/.test(text.slice(d.end, d.end + 3))) {
      d.metric ??= metricAfter(text, d.end + 2);
    }
    // `全镇老同志共计52人参加`, `“四类重点对象”共26405户的房屋`: a total of the noun before it, whatever follows.
    // (Only when no noun follows: `施工类共计296项考核指标` counts the 指标.)
    if (d.kind === 'count' && /(?:共计|合计|总计|共)$/.test(lead) && (!d.metric || /^(?:参加|出席|参与|参会|参赛|报名|到场|齐上阵|上阵)/.test(text.slice(d.unitEnd ?? d.end)))) {
      const total = metricBefore(text, floor, d.start, timeSpans);
      if (total) d.metric = total;
    }
    // `墨玉县已有36760人实现就近就业`, `全县还有536户`: the scope that has a count is not the thing counted.
    const owned = d.kind === 'count' && /(?:已经?|还|共|仍|尚)有$/.test(lead);
    // `85岁以上老同志`, `35岁以下青年`: an age before a noun of people is theirs; `25岁的吴挺帅`: an age before 的
    // and a person is an age, unless the words before it name the measure (`平均年龄达55岁的`).
    if (d.unit === '岁' && d.kind === 'amount') {
      const noun = /^[的\u4e00-\u9fff]/.test(text[d.end] ?? '') && text[d.end] !== '的' ? metricAfter(text, d.end) : undefined;
      if (noun && text.startsWith(noun, d.end) && PERSON_AFTER_AGE.test(noun)) d.metric ??= noun;
      else if (/^(?:出头)?的/.test(text.slice(d.end))) {
        const before = metricBefore(text, floor, d.start, timeSpans);
        d.metric ??= before && /龄$/.test(before) ? before : '年龄';
      }
    }
    // `增速高于整体增速9.2个百分点`: the metric is before the comparison, the rest is its basis.
    // `领导小组明确的52个挂牌督战贫困县`: a relative clause before a count qualifies the noun after it, and names nothing.
    // (Not a time's 的: `从2013年的8.8万人`.)
    const qualifiesAfter = d.kind === 'count' && /(?<![年月日末底初时期])的$/.test(lead) && /^[\u4e00-\u9fff]{2}/.test(text.slice(d.unitEnd ?? d.end, (d.unitEnd ?? d.end) + 2));
    // A verb may name what a count counts only when nothing follows the count (`确诊208例。`, `出席170人，`); before a
    // noun it is the predicate (`通报5起…问题`, `上演了11部…作品`).
    const verbNames = d.kind === 'count' && !/^[\u4e00-\u9fff“"《]/.test(text.slice(d.unitEnd ?? d.end, (d.unitEnd ?? d.end) + 1));
    // `当日新增1600人`, `当日实际新增338人`: in a daily report the day's new cases are the measure itself.
    if (d.kind === 'count' && !d.metric) d.metric = NEW_ON_THE_DAY.exec(lead)?.[0];
    if (!owned && !qualifiesAfter) {
      const metricEnd = comparison ? d.start - comparison[0].length : bound ? d.start - bound[0].length : d.start;
      if (d.kind === 'percent' || d.kind === 'ratio') d.metric ??= partOfMetric(text, floor, metricEnd, timeSpans);
      d.metric ??= (nounFloor > floor ? metricBefore(text, nounFloor, metricEnd, timeSpans, verbNames) : undefined) ?? metricBefore(text, floor, metricEnd, timeSpans, verbNames);
      // (`村里共1000多亩地`: where a measure is, with a noun after the figure, names nothing; `村里173户` counts its households.)
      if (d.kind === 'amount' && d.metric && /^(?:村|城|家|屋)里$/.test(d.metric)) d.metric = undefined;
    }
    // `工会预留30%采购份额`, `公司安排500万元专项资金`: a verb before the figure is the predicate; the noun right after
    // the figure is what it measures.
    if (d.metric && (d.kind === 'amount' || d.kind === 'percent') && !DURATION_UNITS.has(d.unit) && d.unit !== '岁' && !d.unit.includes('/') && endsInVerb(d.metric)) {
      // (`顾不上40多摄氏度的高温`: or after its 的.)
      const noun = nounRightAfter(text, d.end) ?? (text[d.end] === '的' ? nounRightAfter(text, d.end + 1) : undefined);
      // (`地区生产总值跃上3万亿元台阶`: a level reached is no measure; the subject before the verb is.)
      const subject = noun && /(?:台阶|大关|关口)$/.test(noun) ? d.metric.replace(/[\u4e00-\u9fff]{2}$/, '') : '';
      // (A level alone names nothing: `人均将迈上1万美元台阶` keeps its subject.)
      if (noun) d.metric = subject.length >= 2 ? subject : /(?:台阶|大关|关口)$/.test(noun) ? d.metric.replace(/(?:将|已|又|再)?[\u4e00-\u9fff]{2}$/, '') || undefined : noun;
    }
    // `为海正药业发放4200万元贷款`, `单列10亿元专项信贷资金`: a sum right before a noun of funds is that fund's, whatever
    // predicate stands before it (not a measure named before: `财政收入500亿元`).
    if (d.kind === 'amount' && MONEY_UNIT.test(d.unit) && !d.per && (!d.metric || !OWN_MEASURE.test(d.metric))) {
      const fund = nounRightAfter(text, d.end);
      if (fund && FUND_NOUN.test(fund)) d.metric = fund;
    }
    // `中央财政大气污染防治资金累计下达2000多亿元`: a fund named before its verb of spending is what the sum measures.
    const fundVerb = d.kind === 'amount' && MONEY_UNIT.test(d.unit) && (!d.metric || /^(?:投入|安排|拨付|下达|筹集|募集|发放)$/.test(d.metric)) ? FUND_THEN_VERB.exec(text.slice(floor, d.start)) : null;
    if (fundVerb) {
      const fund = metricBefore(text, floor, d.start - fundVerb[0].length, timeSpans);
      if (fund && FUND_NOUN.test(fund)) d.metric = fund;
    }
    // `中央财政已投入近200亿元`, `他投入20多万元，`: with no noun named, a sum spent is the spending.
    const spent = !d.metric && d.kind === 'amount' && MONEY_UNIT.test(d.unit) ? SPENDING_VERB.exec(lead) : null;
    // (Only when nothing follows the sum but its purpose: `下达1万亿元增发国债资金` names the fund.)
    // (`计划投入1.5亿元进一步建设…`: or an adverb or a preposition opening what it is for.)
    const opensPurpose = () => /^(?:d|p|c)$/.test(tag(/^[\u4e00-\u9fff]{1,6}/.exec(text.slice(d.end))?.[0] ?? '')[0]?.tag ?? '');
    if (spent && (!/^[\u4e00-\u9fff]/.test(text[d.end] ?? '') || /^(?:主要|专门|全部)?(?:用于|用来)/.test(text.slice(d.end)) || opensPurpose())) d.metric = spent[1];
    // `在司莫拉佤族村投入2200多万元`, `两家公司各出资15亿元`: where a sum is spent, and by each, is no part of it.
    const spentIn = d.metric && d.kind === 'amount' && MONEY_UNIT.test(d.unit) ? /(?:[在向对为给][\u4e00-\u9fff]{1,12}?|各|分别)(投入|安排|拨付|下达|筹集|出资|投资)$/.exec(lead) : null;
    if (spentIn && d.metric!.endsWith(spentIn[1]!) && !nounRightAfter(text, d.end)) d.metric = spentIn[1];
    // `连续两年举办进博会`, `连续11个月下滑`, `连续工作1个多月`: a run of time (or of times) is of what is done in it.
    const run = (d.kind === 'amount' && DURATION_UNITS.has(d.unit)) || (d.kind === 'count' && /^(?:次|届)$/.test(d.unit)) ? doneInRun(text, floor, d.start, d.end, d.metric) : undefined;
    // `24小时不停生产，`, `24小时值守。`: a span right before a short verb phrase that closes the clause is of what is
    // done round it, not of who does it.
    // (Not after a verb of its own: `延期6个月还款`, `外逃两个月即归案` time the verb before.)
    const ownVerb = d.metric !== undefined && endsInVerb(d.metric) && !/(?:开始|坚持|实行|实现|保持|需要|要|能|可以)$/.test(d.metric);
    const doing = !run && !ownVerb && d.kind === 'amount' && DURATION_UNITS.has(d.unit) ? doneThrough(text, d.end) : undefined;
    if (run) d.metric = run;
    else if (doing) d.metric = doing;
    // `翻山越岭步行两个半小时`, `在崎岖的山路上跋涉了两个多小时`: a duration measures the activity, the verb last
    // before it.
    else if (!doing && d.metric && d.kind === 'amount' && DURATION_UNITS.has(d.unit)) d.metric = activityOf(d.metric);
    // `医护人员24小时值班，`, `知名专家24小时备勤。`: after people, a span is of what they do, the verb closing the clause.
    if (d.metric && d.kind === 'amount' && DURATION_UNITS.has(d.unit) && isPersonNoun(d.metric)) {
      const doing = /^[\u4e00-\u9fff]{2,4}(?=[，,。；;！!？?])/.exec(text.slice(d.end))?.[0];
      if (doing && tag(doing).every((t) => /^(?:v|vn|d)$/.test(t.tag ?? ''))) d.metric = doing;
    }
    // `进行14天隔离`, `开展为期…`: after a light verb, a span is of the noun after it.
    // (Not a span up to now: `实施5年来所取得的成绩`.)
    if (d.kind === 'amount' && DURATION_UNITS.has(d.unit) && /(?:进行|实施|开展|接受|实行)$/.test(lead) && !/^(?:以来|来)/.test(text.slice(d.end))) {
      const what = /^([\u4e00-\u9fff]{2,10}?)等?(?=[，,。；;！!？?（(])/.exec(text.slice(d.end))?.[1] ?? nounRightAfter(text, d.end);
      if (what) d.metric = what;
    }
    // `提前24小时预约购票`, `提前一年解决区域性整体贫困`: a lead time is of what is done ahead, after it.
    if (d.kind === 'amount' && DURATION_UNITS.has(d.unit) && /提前$/.test(lead)) {
      const ahead = /^[\u4e00-\u9fff]{2,16}(?=[，,。；;！!？?]|$)/.exec(text.slice(d.end))?.[0];
      // (`提前24小时将疫情防控方案向当地报备`: after a fronted object or a place, the verb that closes it.)
      const last = ahead && /^[将把向对给在]/.test(ahead) ? tag(ahead).pop() : undefined;
      d.metric = last ? (last.tag === 'v' && last.word.length >= 2 ? last.word : '提前') : ahead && ahead.length <= 12 ? ahead : '提前';
    }
    // `企业应在15日内办理`, `两小时内拿出方案`, `在5个工作日内完成受理`: a time limit is of what is done within it,
    // after 内, not of who does it; not a time frame of another figure (`24小时内新增病例2例`).
    if (d.kind === 'amount' && (DURATION_UNITS.has(d.unit) || /工作日$/.test(d.unit))) {
      const within = text[d.end] === '内' ? d.end + 1 : /(?:以内|之内)$/.test(text.slice(d.start, d.end)) ? d.end : -1;
      const clause = within < 0 ? '' : /^[^，,。；;：:！!？?\n]*/.exec(text.slice(within, within + 40))![0];
      if (clause && !/[\d一二三四五六七八九十两百千万]/.test(clause)) {
        const done = clause.replace(/^(?:就|都|即|便|全部|均|已|将|能|可|要|须|必须|应|应当|仍)+/, '');
        const words = tag(done);
        const at = words.findIndex((t) => /^v[di]?$/.test(t.tag ?? '') && t.word.length >= 2);
        // (`完成受理或者转办工作`: a light verb goes with the word it completes.)
        const next = words[at + 1];
        const verb = at < 0 ? undefined : /^(?:完成|进行|实现|开展|做出|作出|给予)$/.test(words[at]!.word) && next && next.word.length >= 2 ? words[at]!.word + next.word : words[at]!.word;
        const what = /^[\u4e00-\u9fff]{2,8}$/.test(done) ? done : verb;
        if (what) d.metric = what;
      }
    }
    // `仅用一天半时间`, `花了3个月`: a span taken is the time used.
    if (d.kind === 'amount' && DURATION_UNITS.has(d.unit) && /(?:^|[^使利运作应费])(?:仅|只|才)?(?:用了?|花了?|耗时)$/.test(text.slice(Math.max(floor, d.start - 4), d.start))) d.metric = '用时';
    // `一审被判有期徒刑18年`, `并处罚金220万元`: a sentence's penalty is what the figure measures.
    const penalty = /(有期徒刑|无期徒刑|拘役|缓刑|罚金|罚款|行政拘留|剥夺政治权利)$/.exec(text.slice(floor, d.start));
    if (penalty && d.kind === 'amount') d.metric = penalty[1];
    // `以0.532分之差`: a margin.
    if (d.kind === 'amount' && /^之差/.test(text.slice(d.end))) d.metric = d.unit === '分' ? '分差' : '之差';
    // `年仅45岁`, `时年82岁`: an age (`享年` names itself).
    if (d.unit === '岁' && d.kind === 'amount' && /(?:年仅|时年|年方|现年|年逾|年近)$/.test(text.slice(floor, d.start))) d.metric = '年龄';
    // `200亩水田`, `1000多亩的果林`, `3年以上劳动合同`: a measure with nothing named before it measures the noun after it.
    // (Not an age: `55岁的队长朱先萍` names the person, not what is measured.)
    // (Nor a time frame: `24小时内新增病例2例` counts nothing in hours.)
    const frame = DURATION_UNITS.has(d.unit) && /^(?:内|以内|之内)/.test(text.slice(d.end));
    if (!d.metric && !frame && d.kind === 'amount' && d.unitEnd !== undefined && !d.unit.includes('/') && d.unit !== '岁') {
      // (`70年来基诺山寨…`: the 来 of a span up to now is the span's.)
      const since = DURATION_UNITS.has(d.unit) || d.unit === '年' ? (/^(?:以来|来)/.exec(text.slice(d.end))?.[0].length ?? 0) : 0;
      d.metric = metricAfter(text, text[d.end] === '的' ? d.end + 1 : d.end + since);
    }
    // `覆盖全球超过60%人口`, `超六成行业`, `1/3以上贸易`: a share with nothing named before it is of the noun after it.
    // (`1/3以上贸易`: past a bound after the figure.)
    const nounAt = d.end + (/^(?:以上|以下|左右|之多)(?=[\u4e00-\u9fff])/.exec(text.slice(d.end))?.[0].length ?? 0);
    if (!d.metric && (d.kind === 'percent' || d.kind === 'ratio') && d.unit !== '百分点' && /^[\u4e00-\u9fff]/.test(text[nounAt] ?? '') && !/^[的地得是为和与及或等]/.test(text[nounAt]!)) {
      // (`回归80%以上合理区间`: a benchmark after it is no population.)
      const after = metricAfter(text, nounAt);
      if (after && !BENCHMARK.test(after)) d.metric = after;
    }
    // `承载了1/4的人口`: a fraction of the noun after 的.
    if (!d.metric && d.kind === 'ratio' && d.unit === '' && text[d.end] === '的') d.metric = metricAfter(text, d.end + 1);
    // `消费对经济增长的贡献率持续增长，前三季度达到83.2%`: a clause of a time and a verb alone goes on with the subject
    // of the clause before it in the sentence, when that clause holds no figure of its own.
    if (!d.metric && floor === starts.clause && floor > s && /[，,]/.test(text[floor - 1]!) && ONLY_PREDICATE.test(stretchBefore(text, floor, d.start, timeSpans))) {
      let from = floor - 1;
      while (from > s && floor - from < 40 && !CLAUSE_BREAK.test(text[from - 1]!)) from--;
      if ((from === s || /[，,]/.test(text[from - 1]!)) && (previousFigure === undefined || previousFigure.end <= from)) {
        // (`欧元区核心通胀率持续保持低位，…保持在1.5%以下`: that clause's own predicate is not carried on.)
        const carried = metricBefore(text, from, floor - 1);
        const subject = carried?.replace(/(?<=[\u4e00-\u9fff]{2})(?:持续|继续|一直|始终|保持|维持|处于|(?:总体|整体)?呈现?)[\u4e00-\u9fff]{0,6}$/, '');
        // (A whole clause with its own times and places is no subject: `黑龙江2018年旅游热度在东北三省中增长最快`.)
        if (subject && subject.length <= 16 && !/\d/.test(subject)) d.metric = subject;
      }
    }
    // `由1.75缩小至1.68`: the new level is of the same thing as the old one.
    if (d.change === 'new' && previousFigure && /^[^，,。；;、]{0,8}$/.test(text.slice(previousFigure.end, d.start))) d.metric = previousFigure.metric;
    // `其中超过95%以上的文物为首次来到亚洲`, `98.5%的社区卫生服务中心、97.0%的乡镇卫生院`: a share with nothing named
    // before it and 的 after it is of the noun after 的.
    const ofAt = d.end + (/^(?:以上|以下|左右)/.exec(text.slice(d.end))?.[0].length ?? 0);
    const ofNoun = !d.metric && d.kind === 'percent' && d.unit === '%' && text[ofAt] === '的' ? phraseAfterOf(text, ofAt + 1) : undefined;
    if (ofNoun && !BENCHMARK.test(ofNoun)) d.metric = ofNoun;
    // `出口额增长12%至3.5万亿元`, `进出口总额增长5.2%，达到41.8万亿元`: the level a change reaches is of the thing that
    // changed.
    if (!d.metric && previousFigure?.metric && previousFigure.kind === 'percent' && (previousFigure.change === 'increase' || previousFigure.change === 'decrease') && d.kind !== 'percent' && d.unit !== '') {
      const reach = /^(?:以上|左右|多)?(?:(至|到)|[，,](?:总量|总额|规模)?(?:达到?|达至|为|突破|超过|升至|增至|降至))$/.exec(between);
      if (reach) {
        d.metric = previousFigure.metric;
        if (reach[1]) d.change ??= 'new';
      }
    }
    // `同比增长6.7%` names no metric: it is the change of the figure before it in the sentence; so are the items
    // of a list (`135条、120公里`) and a running total in the same unit (`新增口袋公园519处,累计达1115处`).
    if (!d.metric && previousFigure) {
      // (`运输物资200余船70多万吨`: figures side by side measure one thing.)
      const list = /^[、和及与]?$/.test(between);
      const sameUnit = previousFigure.unit === d.unit && d.unit !== '';
      if (d.change || d.basis || list || sameUnit || isBareShare(text, floor, d.start)) d.metric = previousFigure.metric;
    }

    // `开行30多小时`, `已坚持27年`: with no noun before or after it, a duration is of the activity its verb names.
    if (!d.metric && !owned && !qualifiesAfter && d.kind === 'amount' && DURATION_UNITS.has(d.unit)) {
      const activity = metricBefore(text, floor, d.start, timeSpans, true);
      const words = activity ? tag(activity) : [];
      const acting = (t: { word: string; tag?: string }) => /^v[in]?$/.test(t.tag ?? '') && t.word.length >= 2 && !LIGHT_VERBS.has(t.word);
      // (`两国建交32年来`: the parties named before the verb are part of the activity.)
      const parties = words.length >= 2 && acting(words[words.length - 1]!) && words.slice(0, -1).every((t) => /^n[srt]?$/.test(t.tag ?? ''));
      if (activity && (words.every(acting) || parties)) d.metric = activity;
      // `约谈进行了一个多小时`, `会议持续了3小时`: before a light verb, the activity is its subject.
      const light = activity ? /^([\u4e00-\u9fff]{2,8}?)(?:进行|持续|历时)$/.exec(activity) : null;
      if (!d.metric && light) d.metric = light[1];
    }

    // `连续14天无新增确诊病例`, `一连38个小时没合眼`: a span of something not happening is of that.
    if (!d.metric && d.kind === 'amount' && DURATION_UNITS.has(d.unit)) d.metric = /^((?:无|零|没|未|不(?![到足超少等够]))[\u4e00-\u9fff]{1,10}?)(?=的?[，,。；;！!？?]|$)/.exec(text.slice(d.end))?.[1];
    // A benchmark after the share's 的 (`低于5.5%的预期控制目标`) is of the figure before it.
    if (!d.metric && ofNoun && !BENCHMARK.test(ofNoun)) d.metric = ofNoun;

    // `一家六口人`, `全家五口`: the size of a household, named by the household.
    if (d.unit === '人' && /口人?$/.test(text.slice(d.start, d.end)) && /(?:一家|全家|一户|全户)$/.test(text.slice(Math.max(0, d.start - 2), d.start))) d.metric = text.slice(d.start - 2, d.start);
    // `一年收入五六万`, `确诊病例累计超300万`: a bare 万/亿 figure has the unit its metric plainly means.
    if (d.unit === '' && d.kind === 'count' && d.hasMultiplier && d.metric) {
      const implied = IMPLIED_UNITS.find(([re]) => re.test(d.metric!));
      if (implied) [, d.unit, d.kind] = implied;
      // `750万港人`, `1.94万巴勒斯坦人`, `近100万粉丝`: a count of people named after it is in persons.
      else if (isPersonNoun(d.metric) || /(?:粉丝|老乡|同胞|网友|读者|会员|用户)$/.test(d.metric)) d.unit = '人';
    }

    // `已复工366家`, `已有81家复产`: firms counted by what they did are the firms that did it (复工企业).
    const firmsDoing = d.kind === 'count' && d.unit === '家' && d.metric ? /^(?:已经?)?(复工复产|复工|复产|复业|开工|投产|停产|停工|关停|上市|签约)$/.exec(d.metric) : null;
    // (Not before the noun they qualify: `370多家复工复产的餐饮门店`.)
    if (firmsDoing && !/^[\u4e00-\u9fff]{0,4}的/.test(text.slice(d.end))) d.metric = `${firmsDoing[1]}企业`;

    // A small count in characters often sits inside the next figure's noun (`劣五类比例`, `三项社会保险基金总收入`):
    // the words before the next figure are read through it.
    if (/^[两三四五六七八九十]/.test(text.slice(d.start, d.end)) && !d.hasMultiplier && (d.value ?? 11) <= 10 && d.kind === 'count') continue;
    previousFigure = d;
    previousEnd = d.end;
  }
}

function findBasis(stretch: string): string | undefined {
  let found: string | undefined;
  for (const m of stretch.matchAll(BASIS)) found = m[1];
  return found;
}

/** A year inside a comparison (`比2020年增长`) is the basis, not the period of what follows. */
function insideBasis(text: string, from: number, at: number): boolean {
  return /(?:较|比)[“"]?$/.test(text.slice(Math.max(from, at - 2), at));
}
