// What a figure measures: the noun phrase before it (`全区农林牧渔业总产值达55.59亿元` → `农林牧渔业总产值`) or the
// noun after its classifier (`444名儿童主任` → `儿童主任`). Regexes trim the clause; the segmenter only cuts the few
// characters of one clause, so a page of figures costs a few dozen short segmenter calls.
import { tag as segmentTag } from '../../nlp/segmenter.js';
import type { Token } from '../../types.js';
import { readWordList } from '../../word-lists.js';

/** Goods the segmenter tags as numerals, read as a number and a unit (`大米/m`: 大 and 米): they are nouns. */
const GOODS_TAGGED_AS_NUMERALS = new Set(['大米']);

function tag(text: string): Token[] {
  const tokens = segmentTag(text);
  return tokens.some((t) => t.tag === 'm' && GOODS_TAGGED_AS_NUMERALS.has(t.word)) ? tokens.map((t) => (t.tag === 'm' && GOODS_TAGGED_AS_NUMERALS.has(t.word) ? { ...t, tag: 'n' } : t)) : tokens;
}

/** Where a clause starts: punctuation that ends a clause or separates items of a list. */
const CLAUSE_BREAK = /[，,。；;：:！!？?\n、（(]/;

/** Scope and time words that open a clause but are not the thing measured (matched as text: they never start a noun). */
const LEADING_SCOPE = new RegExp(
  '^(?:' +
    [
      '当地', '原则上', '截至目前', '截至', '截止', '目前', '一个月', '每个月', '每月', '每天', '每年', '一年', '一天', '平时', '其中', '此外', '同时(?!段)', '另外', '此次', '本次', '当前', '今年以来', '以来', '期间',
      '一般情况下', '最高时', '高峰时', '局地', '局部', '上半年', '下半年', '今年', '去年', '上年', '明年', '当年', '全年', '年内', '同期', '年末', '年底',
      '全国', '全省', '全市', '全区', '全县', '全州', '全盟', '全旗', '全镇', '全乡', '全域',
      '我国', '我省', '我市', '我区', '我县', '我州', '本市', '本省', '本区', '该市', '该区', '该县', '各地', '各级',
      '共计', '总计', '累计', '合计', '共有', '分别', '已经', '力争', '预计', '包括', '其中', '连续', '先后', '逐年',
      // `当时村里`, `这些年学费`: a time back then.
      '当时', '这些年', '这几年', '近几年', '多年来',
    ].join('|') +
    ')',
);

/**
 * Verbs and prepositions that open a clause (`完成投资`, `对全市产值`): stripped only when the segmenter cuts them
 * as a word of their own, so `建成区绿化覆盖率` and `对外贸易额` keep their first characters.
 */
const LEADING_WORDS = new Set([
  '实现', '完成', '达到', '新建', '建成', '创建', '打造', '实施', '开展', '发放', '选定', '组织', '新增', '拥有', '有',
  '累计', '共', '已', '已经', '将', '要', '全部', '带领', '先后', '获得', '获', '获批', '新获批', '举办', '引进', '培育',
  '签约', '签订', '解决', '带动', '吸引', '招引', '培训', '推出', '发布', '认定', '入选', '争取', '争创', '化解', '办理',
  '受理', '查处', '投入', '安排', '下达', '拨付', '提供', '惠及', '产生', '最终', '放映', '申报', '铺设', '承办', '接待',
  '助力', '帮助', '为', '对', '向', '给', '在', '从', '由', '是', '和', '及', '与', '的', '含', '共有', '汇聚', '收集',
  '打通', '筹建', '建设', '投用', '建成投用', '位列', '位居', '名列', '居', '排名', '改建', '新建改建', '实施', '推动', '推进', '高标准', '深入', '全面', '持续', '积极', '利用',
  // Conjunctions, adverbs and causatives that open a clause (`但是天然气…`, `并将今年…`, `让银行…`).
  '但', '但是', '而', '而且', '并', '并将', '并且', '虽然', '尽管', '据', '据统计', '据悉', '也', '还', '再', '只', '仅', '让',
  '使', '令', '把', '被', '其', '这', '该', '每年', '年均', '目前', '当前', '现在', '如今', '其中', '同时', '进一步',
  '了解', '了解到', '到', '获悉', '得知', '使得', '致', '计划', '展开', '这片', '这些', '那些', '说起',
  // Determiners and manner words before the noun counted (`受理各种问题`, `有效化解矛盾纠纷`, `为一个全家`).
  '各类', '各种', '各项', '各个', '所有', '多种', '有效', '一个', '一批', '一位', '一名', '共计', '总计', '合计',
  '这种', '这类', '此类', '这个', '这批', '此批', '那种', '于',
  // Approximations and times before the noun (`接近全市税收`, `最近每年申请专利`).
  '接近', '将近', '约', '大约', '最近', '近年来', '近年',
  // Verbs of a tally of findings and measures (`发现问题698个`, `明确整改措施691条`, `推荐就业岗位1160个`).
  '发现', '明确', '制定', '推荐', '查摆', '查找', '开通',
  // What a finding involves, and conjunctions of consequence (`涉及耕地`, `所以黑龙江省委…`).
  '涉及', '共涉及', '所以', '因此', '因而',
  // Verbs of a commitment before what it keeps (`确保企业实际融资成本`).
  '确保', '保证',
  // Each, and going on (`各出资`, `继续执行`).
  '各', '继续', '继续执行', '光',
  // Conditions (`如果体温超过`).
  '如果', '若', '假如', '一旦',
  // Adverbs of manner before the verb (`陆续接来`, `迅速采购`).
  '陆续', '迅速', '紧急', '相继',
]);

/** Verbs, approximations and comparisons that stand between the metric and its figure. */
const TRAILING_NOISE = new RegExp(
  '(?:' +
    [
      '同比', '环比', '分别', '均', '共计', '总计', '累计', '合计', '达到', '高达', '多达', '(?<![下到表传送抵发通转直雷畅])达', '实现', '完成',
      '(?<!(?:拉动|带动)[^，,]{1,12})增长', '增加', '提高', '提升', '上升', '上涨', '回升', '下降', '减少', '降低', '下滑', '回落', '改善', '增至', '升至',
      '降至', '提高至', '提高到', '增加到', '增长到', '扩大到', '至', '到', '了', '超过', '超', '逾', '突破', '(?<![节制签合预公条契履违特])约', '大约',
      '近', '接近', '将近', '不足', '不到', '至少', '不少于', '不低于', '(?<![行作认])为', '是', '有', '占', '保持', '稳定在', '控制在',
      '在', '由', '从', '每人', '人均', '新增', '平均', '居', '位居', '排名', '排名中', '(?<![班队序行系])列', '位列', '前进', '后退',
      '前', '的', '和', '及', '与', '全国', '全省', '全市', '全区', '全县', '已', '我市', '我省', '我区', '我县', '我国',
      '(?<![通经不])过', '连续',
      // Compounds first matter where a shorter word would leave a character behind (`回升至` → not `回`).
      '回升至', '回升到', '回落至', '回落到', '下降至', '下降到', '降低至', '降低到', '减少至', '减少到', '提升至', '提升到',
      '上升至', '上升到', '增长至', '扩大至', '缩小至', '缩小到', '跃升至', '跃升到', '跃居', '跃升', '缩小', '扩大', '调整为',
      '下调至', '下调到', '上调至', '上调到', '调低至', '调高至', '调整至', '调整到', '下调', '上调', '调低', '调高',
      '约合', '折合', '定在', '定为', '会定在', '能达', '能达到', '可达', '将会', '(?<![产功性动技效智核电热势储潜职体才可本机官赋节风光])能',
      '大增', '猛增', '激增', '骤降', '锐减', '飙升', '攀升', '猛涨', '暴涨', '暴跌', '骤增', '萎缩', '下跌', '上扬', '增幅', '降幅', '分别为', '约为', '仅为', '一下子',
      // Adverbs and time words between a metric and its figure (`比重目前只有`, `世界平均水平也在`).
      // (Not 才/能/共/只: `人才`, `产能`, `公共`, `船只` end in them.)
      '目前', '当前', '现在', '如今', '去年', '上年', '上一年', '今年', '明年', '当年', '同期', '年均', '也', '只有', '仅有', '已经',
      // `经济增速预计仅为`, `产量有望达到`: a forecast's adverb.
      '预计', '有望', '估计', '持续', '不断', '逐年', '稳步',
      // `水土流失量普遍下降`, `共涉及`: adverbs of extent, and the verb of what a finding involves.
      '普遍', '明显', '大幅', '显著', '涉及', '共涉及',
      // `气温最低可`, `脱贫又脱单的就`, `价格已降到`: modal and focus words before the figure.
      '(?<![许认宁])可', '(?<![成造])就', '降到', '已降到',
      // Superlatives, comparisons and bounds between a metric and its figure (`单网产量最高达到`, `总额不超过`,
      // `比上月加快`, `所占份额一度超过`, `经济增量也相当于`).
      // `1500亩红高粱地里`: a locative after the noun.
      '(?<![公千万这那哪故乡邻村城家屋])里', '(?<![依])仍', '(?<![冷退推忘])却', '(?<![供反效响适对相感呼答])应', '原则上', '最高', '最低', '最多', '最少', '一度', '(?<![部成积学比百千万充得评处划区身过十满总高低工本名水养盐糖天])分', '不超过', '不高于', '不多于', '加快', '放缓', '收窄', '相当于', '只需', '只要',
      // `成本节约`, `人均国内生产总值迈上`: a saving, and a level stepped onto (`1万美元台阶`).
      '节约', '节省', '迈上', '跃上', '跨上', '站上', '少于',
      // `企业开工率已恢复到`: a recovery to a level.
      '恢复到', '恢复至', '恢复', '回归到', '回归至', '回归', '回到',
      // `就诊量高峰期为日均`, `双边贸易额再破`, `医用护目镜今天下午`: a daily mean, a record broken, a time of day.
      // `同比增速要力争不低于`: obligation and effort before a target.
      '(?<![纪摘提需主重只])要', '力争', '确保', '必须', '务必', '争取',
      // `学费和医疗费花了`, `租房每月就得花`: spending a sum.
      '花了', '得花', '要花', '就花',
      '不下', '日均', '月均', '再破', '首破', '再次', '首次', '今天', '今日', '昨天', '昨日', '明天', '上午', '下午', '晚上', '凌晨', '当天',
      '将', '总共', '一共', '(?<![公总])共', '净增', '净减', '(?<![许很诸众繁])多', '拟', '一直', '(?<![平同对相])等', '这样一个', '一个', '拥有', '能挣', '挣', '(?<![所难可])以', '世界', '全球', '远高于', '高于', '低于', '超出', '(?<![集初高])中',
    ].join('|') +
    ')$',
);

/** A comparison basis at the end of the stretch: `较“十三五”末`, `比上年`, `较2020年`. */
// (`较前日`, `较上一日`, `比昨天`: a day before, as daily reports compare.)
// (Not 比例, 比重, 比率 followed by a time: `消除比例明年`.)
const TRAILING_BASIS = /(?:同比|环比|(?:较|比(?![例重率值]))(?:[“"‘][^”"’]{1,8}[”"’](?:末|初)?|[^，,。；;、]{0,8}(?:年|末|底|期|月|季度|前日|上日|上一日|昨日|昨天|前一天)))$/;

/** A prepositional phrase of place (`在珠江口盆地海域`, `在村口的广场上`). */
const LOCATIVE_PHRASE = /^[在于][^，,]{2,14}(?:海域|水域|流域|地区|境内|一带|上空|[上里中内外下旁边])$/;

/** Time and linking words that open a clause inside a stretch with no punctuation. */
// (`大项目多今年我国利用外资`: a headline's clause, then this year's.)
const CLAUSE_OPENER = /(?:目前|当前|如今|现在|其中|同时(?!段)|此外|截至目前|今年以来|去年以来|(?<![在比较于同与和从到至])(?:今年|去年)(?!以来|同期|基础|[底末初]))/g;

/** Where a comparison's basis starts inside a metric's stretch (not 比重, 比例, 占比, 对比, 同比, 相比, 无比). */
const COMPARISON_IN_METRIC = /(?<![占对同环相无好排可类])(?:较|比)(?![重例率值较如赛拼为是由达])(?=[\u4e00-\u9fff“"\d])|高出|(?<!不)高于|(?<!不)低于|快于|慢于|(?<!不)多于|(?<!不)少于|(?:不足|不到|相当于|约为|仅为|接近)(?=[^，,的]{1,12}的$)/;

/** Characters a metric is written with; anything else (`>>`, `》`, a digit run) ends it. */
const METRIC_CHAR = /[\u4e00-\u9fffA-Za-z0-9“”‘’"·.\-_₀-₉《》、]/;

/** Verbs that head a predicate whose object is the metric (`带领团队先后完成技术革新` → `技术革新`). */
const PREDICATE_VERBS = new Set([
  '完成', '实现', '获得', '获', '开展', '实施', '建成', '创建', '打造', '发放', '举办', '引进', '培育', '签约', '解决',
  '带动', '吸引', '招引', '培训', '推出', '发布', '认定', '争取', '化解', '办理', '受理', '查处', '投入', '安排', '下达',
  '拨付', '提供', '惠及', '产生', '放映', '申报', '铺设', '承办', '接待', '筹建', '汇聚', '收集', '带领', '新获批', '获批',
  '选定', '划定', '出台', '组织', '累计', '共', '为', '对', '向', '新建', '新增', '建设', '遴选', '支持', '评选', '培养',
  '扶持', '资助', '表彰', '奖励', '评定', '命名', '确定', '公布',
  '聚集', '集聚', '拥有', '出口', '进口', '申请', '裁减', '批准', '接受', '把', '展开', '致', '使得', '了解到', '对接', '签订', '派出', '增派', '抽调', '接收', '收治', '建立', '设置', '设立', '填平', '打出',
  // (Not 帮扶/整治/改造/安置…: they also begin nouns, `帮扶项目`, `改造资金`.)
  '购置', '新购置', '容纳', '派遣', '搜救', '造成', '导致', '引发', '带来', '举行', '召开',
  // Predicates of real news before the noun they act on (`运送新鲜蔬菜`, `为国家挽回直接经济损失`, `共计走访群众`,
  // `被行政拘留`, `财政部今年已发行`, `重庆开行中欧班列`, `预拨中央自然灾害救灾资金`, `分为相距`).
  '运送', '助推', '挽回', '走访', '共计', '总计', '储备', '发行', '开行', '吸纳', '栽种', '种植', '预拨', '分为', '分成',
  '承建', '排查', '梳理', '关停', '拆除', '孵化', '展示', '安装', '募集', '筹集', '捐赠', '捐献', '救治', '拿到', '收到',
  '得到', '达成', '销售', '投资', '被', '转移', '带头', '新开工', '开工', '收获', '采购', '发送', '运输', '调运', '调拨',
  '让', '包括', '共有', '来到', '协调', '要求', '选派', '组建', '有', '作出', '做出', '发出', '给予',
  // Works built along a length (`修建林区公路18公里`, `架设输电线路4公里多`).
  '修建', '架设', '新修', '修通', '建造',
  // Tallies of enforcement and outlays (`侦破食品安全犯罪案件`, `抓获犯罪嫌疑人`, `追回医保基金`, `投放流动性`).
  '检查', '侦破', '破获', '捣毁', '摧毁', '打掉', '抓获', '查获', '缴获', '收缴', '追回', '挖掘', '投放', '发表', '屏蔽', '释放', '部署', '新部署',
  ...['年产', '日产', '月产', '年销', '年发电'],
]);

/** Verbs of a rate of output (`企业年产新能源汽车`, `曾经日产`): the object follows, unless the noun is a measure (`日产气量`). */
const RATE_VERBS = new Set(['年产', '日产', '月产', '年销', '年发电']);

/** Heads of nouns that name who acts: bodies, firms, countries and people (`合作社`, `公司`, `国家和地区`, `农户`). */
const ACTOR = /(?:社|公司|企业|集团|[局部委厅]|政府|[业厂院校户国队组]|地区|中心|银行|医院|[人者员民])$/u;

/** Firms and governments, whose verbs the tagger reads as verbal nouns (`公司生产/vn`). */
const FIRM = /(?:公司|企业|集团|工厂|政府)$/u;

const PERSONAL_PRONOUNS = new Set(['我', '我们', '你', '你们', '他', '她', '他们', '她们', '咱们', '大家', '自己']);

/** Words before a verb that make it the predicate (`墨玉县已安置…`, `财政部将发行…`). */
const BEFORE_PREDICATE = new Set(['已', '已经', '将', '正', '正在', '共', '累计', '先后', '又']);

/** Verbs before their object (`出口大豆`, `申请专利`) or part of the noun (`出口总额`, `进口额`, `申请人数`). */
const VERBS_IN_NOUNS = new Set(['出口', '进口', '申请', '销售', '投资', '运输', '采购', '种植', '发行']);
/** What after a verb makes it part of the noun (`出口总额`, `进口额`), not a predicate before its object. */
const NOT_AN_OBJECT = /^(?:总|额|量|值|规模|增速|金额|贸易|企业|产品|商品|数量|人数|收入|利润|面积|项目|成本|价格|增长|安排|下达|完成)/;

/** Complements that end a predicate (`梳理出`, `排查出`, `拿到`): the object follows them. */
const COMPLEMENTS = new Set(['出', '到']);

/**
 * A chain of places heading a metric (`西藏普玛江塘乡平均海拔`): the smaller place is the scope the metric keeps; a
 * single place stays (`柬埔寨居民用电价格`).
 */
function isLeadingPlace(tokens: Token[], i: number, length: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (t.tag !== 'ns' || !next || length - t.end < 4) return false;
  // (`宁波舟山港` is one port: only a smaller administrative place after it makes a chain.)
  // `克孜勒苏柯尔克孜自治州/ns 贫困/a 劳动力/n`: a named administrative place is the scope.
  if (/(?:自治州|自治区|自治县|地区|[省市县州盟旗乡镇村])$/.test(t.word) && t.word.length >= 3 && length - t.end >= 4 && /^(?:n|a|b|vn|nz)$/.test(next.tag ?? '')) return true;
  // `天竺/ns 镇/n`: a place name with its level cut off by the tagger.
  if (/^[乡镇村县区市州旗]$/.test(next.word) && length - next.end >= 4) return true;
  if (next.tag === 'ns') return !/^[省市县区乡镇村州旗盟]/.test(next.word) && /[乡镇村县区市州]$/.test(next.word);
  return next.tag === 'x' && /^[乡镇村县区市]/.test(tokens[i + 2]?.word ?? '');
}

/** Whether the phrase ends in a predicate verb (its object comes after the figure). */
function endsInPredicate(s: string): boolean {
  for (let n = Math.min(3, s.length - 1); n >= 2; n--) {
    const tail = s.slice(-n);
    // (`原油日产`: a product before its rate names what is measured; `曾经日产` names nothing.)
    if (RATE_VERBS.has(tail)) return /^(?:曾经|曾|可|能|可以|能够|已|已经|将|预计|目前|现在|如今)?$/.test(s.slice(0, -n));
    if (!PREDICATE_VERBS.has(tail)) continue;
    // `固定资产投资`, `职业技能培训`, `国债发行` end in a verb that names the thing measured, unless an adverb shows
    // it is the predicate (`财政部今年已发行`).
    // (`资金支持`, `技术支持`: support of a kind is a noun.)
    if (tail === '支持' && /(?:资金|技术|政策|财政|金融|信贷|智力|人才|法律)$/.test(s.slice(0, -n))) return false;
    return !NOUN_TAIL_VERBS.has(tail) || /[已将又再]$/.test(s.slice(0, -n));
  }
  return false;
}

/** Verbs of spending: before 资金 or 经费 they are the predicate (`下达资金`), not part of the noun. */
const SPENDING_VERBS = new Set(['下达', '安排', '拨付', '发放', '投入', '筹集', '募集', '投放']);

/** Verbs that end the names of things measured (`货物进出口`, `固定资产投资`, `新开工`). */
const NOUN_TAIL_VERBS = new Set([
  ...VERBS_IN_NOUNS, '培训', '建设', '接待', '收购', '救治', '检测', '捐赠', '孵化', '安装', '开工', '新开工', '拆除',
  '新建', '建成', '引进', '培育', '签约', '投入', '办理', '受理', '查处', '化解', '申报', '认定', '收获', '调运', '发送', '检查', '投放', '释放',
  // `国家外汇储备`, `农村劳动力转移`, `社会资金募集`.
  '储备', '转移', '募集', '筹集', '展示', '开行',
  // `社会组织`, `基层党组织`.
  '组织',
  // `中央预算内投资安排`, `中央财政下达`, `贷款发放`: what government reports measure by the verb that spends it.
  '安排', '下达', '拨付', '发放',
]);

function stripLeadingWords(s: string): string {
  // `中欧班列共开行`: a tally adverb before a verb that ends names of things measured is no cut; the phrase is read as
  // without it (`中欧班列开行`). (A verb of spending is left to the fund before it: `资金累计下达`.)
  const tally = /^([\u4e00-\u9fff“”]{2,}?)(?:共计|总计|合计|累计|共)([\u4e00-\u9fff]{2,3})$/.exec(s);
  if (tally && NOUN_TAIL_VERBS.has(tally[2]!) && !SPENDING_VERBS.has(tally[2]!) && !BEFORE_PREDICATE.has(tally[1]!.slice(-1))) s = tally[1]! + tally[2]!;
  // The metric phrase cut on its own: within the article its words may run into the text around it.
  const tokens = tag(s);
  let i = 0;
  // After an aspect particle (`聚集了跨国公司区域总部` → `跨国公司区域总部`): what precedes it is the predicate.
  for (let k = tokens.length - 2; k >= 0; k--) {
    if (tokens[k]!.word === '了' && k > 0 && s.length - tokens[k + 1]!.start >= 2) {
      i = k + 1;
      break;
    }
  }
  // After the last predicate verb, when something nameable follows it.
  for (let k = tokens.length - 2; k >= i; k--) {
    const afterAdverb = k > 0 && BEFORE_PREDICATE.has(tokens[k - 1]!.word) && tokens[k]!.tag === 'v' && tokens[k]!.word.length >= 2;
    // (`视频监控设备安装率`: a verb before a word of measure is part of the noun, whatever the verb.)
    const inNoun = (VERBS_IN_NOUNS.has(tokens[k]!.word) && NOT_AN_OBJECT.test(s.slice(tokens[k + 1]!.start))) || /^[率量额值数]/.test(s.slice(tokens[k + 1]!.start))
      || (RATE_VERBS.has(tokens[k]!.word) && /(?:[量值额]|能力|规模)$/.test(s))
      // (`4G基站建设任务`, `培训资金`: a verb that ends names of works, before the task or fund of those works.)
      // (Not a verb of spending before its fund: `紧急下达资金`.)
      || (NOUN_TAIL_VERBS.has(tokens[k]!.word) && !SPENDING_VERBS.has(tokens[k]!.word) && /^(?:任务|项目|资金|工程|经费|成本)/.test(s.slice(tokens[k + 1]!.start)));
    if ((PREDICATE_VERBS.has(tokens[k]!.word) || afterAdverb) && s.length - tokens[k + 1]!.start >= 2 && !inNoun) {
      i = k + 1;
      break;
    }
  }
  // `排查出秦岭北麓违建别墅`: a verb's complement ends the predicate.
  for (let k = tokens.length - 2; k >= Math.max(1, i); k--) {
    if (COMPLEMENTS.has(tokens[k]!.word) && tokens[k - 1]!.word.length >= 2 && /^v/.test(tokens[k - 1]!.tag ?? '') && s.length - tokens[k + 1]!.start >= 2) {
      i = k + 1;
      break;
    }
  }
  // `自主设计建造的总重`, `得到产业扶贫帮扶的`: a relative clause (a verb before 的) qualifies the noun after it.
  // (`聚焦钢铁主业的华菱集团销售收入`, `拿到手的工资`: a clause that opens with its verb is relative too, unless it
  // leads to a share's base: `占一次能源的比重`.)
  for (let k = tokens.length - 2; k > i; k--) {
    if (tokens[k]!.word === '的') {
      const verbFirst = tokens[i]!.tag === 'v' && !/^[占是为有]$/.test(tokens[i]!.word) && !/^(?:比重|比例|份额|占比)$/.test(s.slice(tokens[k + 1]!.start));
      // (`拿到手的工资`: one character left of a cut predicate before 的 owns nothing.)
      const stub = k === i + 1 && tokens[i]!.word.length === 1;
      if ((/^(?:v|vn|vd|j)$/.test(tokens[k - 1]!.tag ?? '') || verbFirst || stub) && s.length - tokens[k + 1]!.start >= 2) i = k + 1;
      break;
    }
  }
  // `中央文明办先后出资`: a subject, an adverb and a verb: the verb names what the figure measures.
  const n = tokens.length;
  if (n >= 3 && n - 2 >= i && /^v$/.test(tokens[n - 1]!.tag ?? '') && tokens[n - 1]!.word.length >= 2 && (BEFORE_PREDICATE.has(tokens[n - 2]!.word) || tokens[n - 2]!.tag === 'd')) {
    i = n - 1;
  }
  // `公司生产芦笋食品`, `合作社流转水田`: a subject that acts, its verb and the verb's object: the object is what is
  // measured. (Not a noun that qualifies the next ones: `经济增长目标`, `城镇登记失业率`, `市州确诊病例`; nor a verb the
  // tagger reads as a noun of action, vn: `固定资产投资`, `新能源汽车生产企业`.)
  for (let k = tokens.length - 2; k > i; k--) {
    const verb = tokens[k]!;
    const object = tokens.slice(k + 1);
    // (A verb the tagger reads as a verbal noun acts too when plain nouns follow it: `公司生产/vn 芦笋食品`.)
    // (Only after a firm or a government: `人民监察/vn 委员会`, `领跑者发电/vn 规模` are names.)
    const acts = verb.tag === 'v' ? object.every((t) => /^n\w*$|^vn$/.test(t.tag ?? 'x')) : verb.tag === 'vn' && FIRM.test(tokens[k - 1]!.word) && object.every((t) => /^n[zs]?$/.test(t.tag ?? 'x'));
    if (acts && verb.word.length >= 2 && NOUNISH.test(tokens[k - 1]!.tag ?? 'x') && ACTOR.test(tokens[k - 1]!.word) && !VERBS_IN_NOUNS.has(verb.word) && !NOUN_TAIL_VERBS.has(verb.word) && !MEASURE_NOUNS.has(verb.word)
      && s.length - object[0]!.start >= 2 && !/^[率量额值数]/.test(s.slice(object[0]!.start))) {
      i = k + 1;
      break;
    }
  }
  // `他们的盾构机订单`: a pronoun's 的 is not part of the noun.
  if (tokens[i]?.tag === 'r' && tokens[i + 1]?.word === '的' && i + 2 < tokens.length) i += 2;
  while (i < tokens.length - 1 && (LEADING_WORDS.has(tokens[i]!.word) || LEADING_SCOPE.test(tokens[i]!.word) || isLeadingPlace(tokens, i, s.length))) {
    // `在岗人员`, `在校学生`, `在册党员`: 在 before a one-character post or roll is part of the noun.
    if (tokens[i]!.word === '在' && /^[岗职编校读册任押逃营]$/.test(tokens[i + 1]!.word)) break;
    // `同时段观众规模`: the same time slot, not 同时 opening a clause.
    if (tokens[i]!.word === '同时' && tokens[i + 1]!.word.startsWith('段')) break;
    // (The place's level goes with it: `天竺镇`.)
    i += tokens[i]!.tag === 'ns' && /^[乡镇村县区市州旗]$/.test(tokens[i + 1]?.word ?? '') ? 2 : 1;
  }
  // `苍梧县今年计划投入`, `村里去年人均收入`: a place and a time word set the scene; `园区内全长`: so does a place
  // with its locative. What follows is the thing measured.
  const scene = tokens[i];
  const then = tokens[i + 1];
  if (scene && then && i + 2 < tokens.length && /^(?:ns|s|r)$/.test(scene.tag ?? '') && then.tag === 't' && /^(?:今年|去年|上年|明年|当年|同年|年内|全年|上半年|下半年|近年|近年来)$/.test(then.word)) i += 2;
  else {
    // (`改革后检查次数`, `疫情发生以来全省确诊病例`, `假日期间室外温度`: a time clause.)
    for (let k = i + 1; k <= Math.min(i + 3, tokens.length - 2); k++) {
      const locative = /^[内里]$/.test(tokens[k]!.word) && NOUNISH.test(tokens[k - 1]!.tag ?? 'x');
      // (Not a generation: `“90后”党员`.)
      const time = tokens[k]!.tag === 'f' && /^(?:后|以后|之后|以来|期间)$/.test(tokens[k]!.word) && /^[\u4e00-\u9fff]{2,}$/.test(tokens[k - 1]!.word);
      if ((locative || time) && s.length - tokens[k + 1]!.start >= 2) {
        i = k + 1;
        break;
      }
    }
  }
  // `我至少会去中国`, `现在每年我在城市生活`: a clause of a person's doings names no thing measured.
  // (`我们工单量`: a pronoun before a noun is its owner, and drops.)
  if (PERSONAL_PRONOUNS.has(tokens[i]?.word ?? '') && tokens[i + 1]?.word !== '的') {
    if (!NOUNISH.test(tokens[i + 1]?.tag ?? '-') || tokens[i + 1]!.tag === 'ns') return '';
    i++;
  }
  return i === 0 ? s : s.slice(tokens[i]!.start);
}

function trimEnds(phrase: string): string {
  let s = phrase;
  for (let previous = ''; previous !== s; ) {
    previous = s;
    s = s.replace(LEADING_SCOPE, '');
    s = s.replace(TRAILING_NOISE, '');
    s = s.replace(TRAILING_BASIS, '');
    // `投票参与率三个100%`: a count in words of the figures that follow sums them up, it names nothing.
    s = s.replace(/(?<=[\u4e00-\u9fff]{2})[两二三四五六七八九十]+个$/, '');
    // `城镇新增就业连续第7年`: an ordinal of a run of years is when, not what.
    s = s.replace(/(?<=[\u4e00-\u9fff]{2})(?:连续)?第[\d一二三四五六七八九十]+(?:年|个月|季度|次)$/, '');
    // `炼油能力年100万吨`: 年 after a capacity is the rate's period.
    s = s.replace(/(?<=能力|产能|[产吞吐运]量|规模)年$/, '');
    // `浓度每立方米3000多个`: a rate's denominator, not the metric.
    s = s.replace(/每(?:平方米|立方米|平方公里|公里|人|户|亩|吨|年|月|天|小时|分钟|秒|斤|公斤|千克|百人|千人|万人|十万人|度电|千瓦时|升|件|个)$/, '');
    s = s.replace(/^[、，,”’"）)]+/, '').replace(/[、，,“‘"（(]+$/, '');
  }
  return s;
}

/** Strip scope, time and verb words from both ends of `phrase` until nothing more comes off. */
/** cleanMetric's answers: the same stretches recur (`同比增长`, `其中`), and each costs a segmenter call or two. */
const cleaned = new Map<string, string | undefined>();
const MAX_CLEANED = 50_000;

export function cleanMetric(phrase: string, verbNames = false): string | undefined {
  const key = verbNames ? `v${phrase}` : `-${phrase}`;
  if (cleaned.has(key)) return cleaned.get(key);
  if (cleaned.size >= MAX_CLEANED) cleaned.clear();
  const metric = cleanMetricUncached(phrase, verbNames);
  cleaned.set(key, metric);
  return metric;
}

function cleanMetricUncached(phrase: string, verbNames: boolean): string | undefined {
  let s = phrase.replace(/\s+/g, '').replace(/[（(][^）)]*[）)]/g, '');
  // Only the last run of metric characters counts: `“两会”特别报道>>` names nothing.
  let cutAt = s.length;
  while (cutAt > 0 && METRIC_CHAR.test(s[cutAt - 1]!)) cutAt--;
  s = s.slice(cutAt);
  // A closing quote without its opening one: the clause started inside a quotation.
  if (s.includes('”') && !s.includes('“')) s = s.slice(s.lastIndexOf('”') + 1);
  // An opening quote without its closing one: the quotation goes on past the figure (`“公司营业收入10亿元…”`).
  if (s.includes('“') && !s.includes('”')) s = s.slice(s.lastIndexOf('“') + 1);
  // `道口铺街道文明实践所等阵地`: the thing counted follows 等.
  const etc = s.lastIndexOf('等');
  // (`从广东江门等地迅速采购`: 等地 closes a list of places, not `等地区`.)
  if (etc >= 0 && s.length - etc - 1 >= 2) s = s.slice(etc + (/^地(?![区方市])/.test(s.slice(etc + 1)) ? 2 : 1));
  // `市场主体总量较商事制度改革前`, `度电碳排放比同类煤电机组平均碳排放水平`, `年均增速高出全国平均水平`: what
  // follows 较/比 or 高出 is the basis of a comparison; `空气含氧量不足海平面的`: the thing compared comes first.
  // `比去年同时段观众规模`, `相对去年同时段新媒体端用户`: a basis of time opening the stretch is no part of the noun after it.
  s = s.replace(/^(?:比|较|相对|相比|与)(?:去年|上年|前年|上一年|上月|上季度|上周|往年)(?:同期|同时段|同时期|同月)?(?:相比)?(?=[\u4e00-\u9fff]{2})/, '');
  const basisAt = s.search(COMPARISON_IN_METRIC);
  if (basisAt >= 2) s = s.slice(0, basisAt);
  // `，较节前五日日均客运量增长17.9%`, `，比2019年执行数下降7.3%`: a stretch that is all basis names no metric; the
  // figure before measures the same.
  else if (basisAt === 0 && /^(?:较|比)(?![重例率值])[^，,。；;、]{0,14}(?:执行数|均值|平均值|客运量|运输量|客流量|定价|平均水平)(?:分别|均)?(?:增长|增加|提高|提升|上升|上涨|下降|减少|降低|下滑|回落|[增减高低多少])?了?$/.test(s)) return undefined;
  // `一根根直径`, `一个个项目`: a reduplicated classifier counts off, it names nothing.
  s = s.replace(/^一([个根条张块件位名座栋片])\1/, '');
  // `第五条机关党员100人以上的`: the article number of a regulation is not part of what it counts.
  s = s.replace(/^第[一二三四五六七八九十百零〇\d]+[条款章节项]/, '');
  s = trimEnds(s);
  // `在珠江口盆地海域近百米水深的…`: a place the figure is in is no thing measured.
  if (LOCATIVE_PHRASE.test(s)) return undefined;
  // The segmenter runs once per metric, after the cheap trimming; trimming again catches what it uncovers.
  if (s.length >= 3) s = trimEnds(stripLeadingWords(s));
  if (s.length >= 3) s = trimTrailingWords(s);
  // `数量占全省` → `数量`: the share's base is not the thing measured.
  s = s.replace(/占(?:全[国省市区县]|.{0,4}总[量数])(?!.*(?:比重|比例|份额)).*$/, '');
  // `财政部将发行`, `中国建筑承建`: a clause ending in its predicate names the thing after the figure, not before.
  if (endsInPredicate(s) || (PREDICATE_VERBS.has(s) && !NOUN_TAIL_VERBS.has(s))) return undefined;
  // `…同比增幅居全国首位目前西藏贫困发生率已下降到` (a headline without commas): a time word opens a new clause.
  const opener = [...s.matchAll(CLAUSE_OPENER)].pop();
  if (opener && opener.index! >= 2) {
    const after = cleanMetric(s.slice(opener.index! + opener[0].length), verbNames);
    if (after || s.length > 24) return after;
  }
  if (s.length < 2 || s.length > 24) return undefined;
  if (!/[\u4e00-\u9fffA-Za-z]{2}|[A-Za-z]+\d/.test(s)) return undefined;
  if (LEADING_WORDS.has(s)) return undefined;
  // `每一笔`, `各个`: a numeral or determiner with its classifier counts off, it names nothing.
  if (/^[每各这那]?[一两二三四五六七八九十几]?[个座条名位家项块片间笔种只辆台套批所栋处张份次]$/.test(s)) return undefined;
  // `亲自下场向`: a phrase ending in a preposition points at the noun after the figure, and names nothing itself.
  if (/[向对给在从由与跟把被让将于]$/.test(s)) return undefined;
  // `提出`, `开展`, `同比大幅`: verbs and adverbs alone are not a thing measured.
  // (Not the words of measure the tagger reads as verbs: `增速`, `收入`, `支出`, `占比`.)
  // A count may be of an event named by its verb (`确诊208例`, `出席170人`); an amount or a percent may not.
  // A numeral with its classifier (`一套`, `一个`) or a place alone (`北疆`) is not the thing measured either.
  const notNamed = verbNames ? /^(?:a|d|p|c|u\w*|ad|r|m|mq|q|ns|f|t)$/ : /^(?:v|vd|vg|vi|vf|vx|vl|a|d|p|c|u\w*|ad|r|m|mq|q|ns|f|t)$/;
  if (s.length <= 4 && !/^《.+》$/.test(s) && !MEASURE_NOUNS.has(s) && !/[比率额量速价费数值度积入出产年龄拔长距离重]$|(?:满|总|得|评)分$/.test(s) && !/(?:城市|地区|国家|省份|区域|乡镇|村庄)$/.test(s) && tag(s).every((t) => notNamed.test(t.tag ?? 'x'))) return undefined;
  return s;
}

/** Verbs of extent between a thing and its length (`大船绵延六七公里`, `山脉延伸`). */
const EXTENT_VERBS = new Set(['绵延', '延伸', '蜿蜒', '延绵', '排起']);

/** Adverbs of time, scope and focus that stand between a metric and its figure (`分别由此`, `也从此`, `仅`, `曾`). */
// (And adverbs of manner, degree and sequence before the predicate: `床位规模逐步`, `吞吐量则`, `覆盖率进一步`,
// `人均GDP大致`, `事项由原先`.)
const TRAILING_ADVERB = /^(?:仅|也|曾|曾经|从此|由此|随之|此后|分别|均|已|又|再|都|还|将|正|就|才|却|仍|亦|一度|已经|从而|依然|仍然|始终|拟|预计|少则|多则|短则|长则|快则|慢则|则|只|更|略|刚|便|竟|竟然|居然|逐步|逐年|逐月|进一步|大致|大概|大幅|大幅度|最快|最终|率先|快速|长期|常年|几乎|至今|原来|原先|甚至)$/u;

/** Adverbs of time and focus that open a predicate (`就卖`, `只剩`, `将专设`). */
const PREDICATE_ADVERB = /^(?:就|只|仅|才|已|已经|将|还|便|却|仍|又|再|都|也)$/u;

/**
 * Adverbs, prepositions, conjunctions and pronouns between the metric and its figure (`增速预期分别由此`, `经济增速也从此`,
 * `涉药工人仅`), as the tagger cuts them; the tags alone would take words of measure the tagger reads as adverbs (增速).
 */
function trimTrailingWords(s: string): string {
  // `赤字率拟按`, `专项债券拟安排`: a plan's 拟 and its verb close the predicate (the tagger may glue 拟 to the noun).
  const planned = /(?<=[\u4e00-\u9fff“”]{2})(?<![模虚草比])拟[\u4e00-\u9fff]{0,2}$/.exec(s);
  if (planned) s = s.slice(0, planned.index);
  const tokens = tag(s);
  let n = tokens.length;
  // `光中药材就卖`, `未脱贫群众只剩`, `直播间人数就飙`: an adverb and a short verb closing the stretch are its predicate.
  const verb = tokens[n - 1];
  const adverb = tokens[n - 2];
  if (n >= 3 && verb && adverb && /^v[di]?$/.test(verb.tag ?? '') && verb.word.length <= 2 && !MEASURE_NOUNS.has(verb.word) && PREDICATE_ADVERB.test(adverb.word) && adverb.start >= 2) n -= 2;
  while (n > 1) {
    const t = tokens[n - 1]!;
    // (`城乡居民收入比`: 比 after a noun is a ratio, whatever the tagger says.)
    // (`码头外排队的大船绵延六七公里`: a verb of extent after the noun is the predicate.)
    const predicate = n === tokens.length && EXTENT_VERBS.has(t.word) && n >= 2 && /^n/.test(tokens[n - 2]!.tag ?? '');
    if (!(TRAILING_ADVERB.test(t.word) || predicate || (/^(?:p|c|r|u\w*)$/.test(t.tag ?? 'x') && t.word !== '比'))) break;
    n--;
  }
  return n === tokens.length || tokens[n - 1]!.end < 2 ? s : s.slice(0, tokens[n - 1]!.end);
}

/**
 * The stretch of `text` before `end` back to the clause start or `floor`; quotations and brackets are not broken,
 * and the `skip` ranges (time words) are left out.
 */
export function stretchBefore(text: string, floor: number, end: number, skip: [number, number][] = []): string {
  let start = end;
  let inQuote = false;
  let inParen = false;
  while (start > floor) {
    const ch = text[start - 1]!;
    if (ch === '”') inQuote = true;
    else if (ch === '“') inQuote = false;
    else if (ch === '）' || ch === ')') inParen = true;
    else if ((ch === '（' || ch === '(') && inParen) inParen = false;
    else if (!inQuote && !inParen && CLAUSE_BREAK.test(ch)) break;
    start--;
  }
  let stretch = '';
  let at = start;
  for (const [a, b] of skip) {
    if (b <= start || a >= end) continue;
    // `到2021年底`, `截至2019年8月底`: the preposition and the 底/末/初 go with the time word.
    stretch += text.slice(at, Math.max(at, a)).replace(/(?:截至|截止|到|至|从|上|前|近|最近|过去)$/, '');
    at = Math.max(at, b);
    // (`上一年度`: 度 too.)
    // (`3年来全省…`: the 来 of a span up to now.)
    const tail = /^(?:度|底|末|初|以来|来(?![自到源看说往回]))/.exec(text.slice(at, Math.min(end, at + 2)));
    if (tail) at += tail[0].length;
  }
  return stretch + text.slice(at, end);
}

/**
 * `出口额占全市62.4%`: a share (占, not 占比/占地…) is of the thing before 占; `占Y的比重` stays one noun phrase
 * (`天然气占一次能源的比重`).
 */
const SHARE = /占(?!比|地|有|用|领|据|优|到)(?![^占]*(?:比重|比例|份额|比率))[^占]*$/;

/** A share without its subject in the clause (`…113461件，占全市的64.8%`): it is of the figure before it. */
export function isBareShare(text: string, floor: number, numberStart: number): boolean {
  const stretch = stretchBefore(text, floor, numberStart);
  const share = SHARE.exec(stretch);
  return share !== null && cleanMetric(stretch.slice(0, share.index)) === undefined;
}

/** The metric from the words before a figure, or undefined when they hold none. */
export function metricBefore(text: string, floor: number, numberStart: number, skip: [number, number][] = [], verbNames = false): string | undefined {
  let stretch = stretchBefore(text, floor, numberStart, skip);
  // `志愿心理咨询师由开通初期的600余人增至…`, `拨款也从上一年度的91亿美元减少到…`: the starting point of a change is
  // no part of what changes.
  const from = /^([^从由]{2,}?)(?:从|由)[^从由]{1,12}的$/.exec(stretch);
  if (from) stretch = from[1]!;
  const share = SHARE.exec(stretch);
  return cleanMetric(share ? stretch.slice(0, share.index) : stretch, verbNames);
}

/** `总客运量为正常情况下的10%左右`, `是正常情况下的1/5`: a part of a whole named after 为/是 is of the thing before. */
const PART_OF = /^(.{2,}?)(?:为|是|相当于|仅为|只有|约为|仅有|达到)[^为是，,]{1,12}的$/;

/** The metric of a share or fraction written as a part of a whole (`总客运量为正常情况下的`), or undefined. */
export function partOfMetric(text: string, floor: number, numberStart: number, skip: [number, number][] = []): string | undefined {
  const part = PART_OF.exec(stretchBefore(text, floor, numberStart, skip));
  return part ? cleanMetric(part[1]!) : undefined;
}

/** Tags of words that can be part of a noun phrase; x and z cover words the tagger does not know (`专班`, `湿地`). */
const NOUNISH = /^(?:n|nr|nrt|nrfg|ns|nt|nz|ng|vn|j|l|b|an|s|z|x|eng)$/;
/** Adverbs that open a predicate after the noun counted (`贫困县未摘帽`), unlike those inside names (`特别国债`). */
const NEGATION_OR_ASPECT = /^(?:未|不|没|没有|尚未|已|已经|都|均|仍|也|还|将|正|再|又|才|就)$/;
/** Tags that may modify a following noun inside the phrase (`散居孤儿`, `省级以上湿地`, `重要湿地`). */
const MODIFIER = /^(?:v|a|f|vd|ad|t)$/;
/** Words that begin the predicate after a counted noun (`党员干部全部下沉`, `代表现场签约`). */
const PREDICATE_WORDS = new Set([
  '进行', '成为', '参加', '参与', '签约', '入驻', '全部', '下沉', '挂牌', '实现', '完成', '获得', '开展', '提供', '受益',
  '入围', '获评', '当选', '通过', '达到', '纳入', '列入', '被', '已', '均', '共', '分别', '先后', '累计', '全面', '正式',
  '现场', '集中', '统一', '共同', '参观', '出席', '列席', '获', '得到', '覆盖', '建档',
  // Nouns by tag that here are the predicate (`近6亿中国用户直播带货`, `8万粉丝在线`, `采购商观展`).
  '活跃', '直播', '观展', '在线', '汇聚', '死亡', '受伤', '参赛', '报名', '开课', '在', '将', '也', '还', '都', '正在',
  '遭', '遭受', '遭遇', '受到', '受', '抵达', '到达', '前往', '赶赴', '奔赴', '驰援', '进驻', '开赴', '通力',
  '成立', '出现', '发生', '坚持', '联合', '呈现', '组建', '开心', '表示', '介绍', '认为',
  '共计', '总计', '合计', '装上', '喜迁', '下基层', '成了', '成为', '成', '众志成城', '过活', '度日', '糊口', '进入', '全员', '上岗',
  // Manner and negation the tagger reads as nouns or adjectives (`82家工区有序退出`, `7个贫困县未摘帽`).
  '有序', '稳步', '逐步', '依次', '陆续', '全力', '同步', '率先', '相继', '逐一', '如期', '按时', '仍',
  '年产', '日产', '月产', '年销', '年发电',
]);

/**
 * Words that after a counted noun open its predicate (`4份建议基本确定`, `两个规划获批`, `28个省份部分项目`), though
 * they may open a noun phrase of their own (`3项基本公共服务`, `获批项目`): a break only after a noun.
 */
const PREDICATE_AFTER_NOUN = new Set(['摘帽', '出列', '退出', '现有', '获批', '投产', '开工', '竣工', '落地', '基本', '普遍', '部分', '大部分', '高质量发展']);

/** Verbs that end the names of activities (`党性教育体检`, `寒假生活`, `疫情防控工作`). */
const NOMINAL_VERBS = new Set(['体检', '生活', '工作', '服务', '管理', '发展', '改革', '保护', '合作', '交流', '教育', '治理', '防控', '监管', '监测', '考核', '评估']);

/** Verbs that name public works after the thing worked on (`河道生态修复`, `道路硬化`). */
const WORKS = new Set(['修复', '治理', '改造', '整治', '绿化', '硬化', '清淤', '疏浚', '加固', '修缮', '维修', '亮化', '美化']);

/** Words of intention that, before a verb, begin the predicate after the noun (`林地计划入股`). */
const INTENT = /^(?:计划|准备|打算|拟|需要|希望|愿意|决定)$/;

/** Negations that begin the predicate after the noun (`贫困县未摘帽`), but may open a noun (`未摘帽贫困县`). */
const NEGATIONS = new Set(['未', '尚未', '没有', '没']);

/**
 * The metric named right after a count's classifier (`444名儿童主任，`, `10名“齐鲁最美青年”`): the run of noun-like
 * words, with modifiers inside it, up to the word that begins the predicate.
 */
export function metricAfter(text: string, unitEnd: number): string | undefined {
  const metric = nounAfter(text, unitEnd);
  // `35集电视剧《奋进的旋律》`, `3部电影《…》`: the work's title goes with the noun of its kind.
  if (metric && text.startsWith(metric, unitEnd) && text[unitEnd + metric.length] === '《' && /^n/.test(tag(metric).pop()?.tag ?? '')) {
    const title = /^《[^《》\n]{1,30}》/.exec(text.slice(unitEnd + metric.length));
    if (title) return metric + title[0];
  }
  return metric;
}

function nounAfter(text: string, unitEnd: number): string | undefined {
  const quoted = /^[“"]([^”"\n]{2,16})[”"]/.exec(text.slice(unitEnd, unitEnd + 20));
  if (quoted) {
    // `4385名“红袖标”群众志愿者`: the quoted name qualifies the noun after it.
    const after = /^[\u4e00-\u9fff]/.test(text[unitEnd + quoted[0].length] ?? '') ? metricAfter(text, unitEnd + quoted[0].length) : undefined;
    return after && text.startsWith(after, unitEnd + quoted[0].length) ? quoted[1] + after : quoted[1];
  }
  // `550亿元30年期超长期特别国债`: a bond's term qualifies the noun after it.
  const term = /^\d+年期(?=[\u4e00-\u9fff]{2})/.exec(text.slice(unitEnd, unitEnd + 8));
  if (term) return metricAfter(text, unitEnd + term[0].length);
  // `600位平均年龄达55岁的中老年人`, `3个总投资20亿元的项目`: a relative clause with a figure of its own qualifies the
  // noun after its 的.
  // (Only a measure or a verb of attainment before that figure: `9个乡镇11.85万人` are two counts.)
  const measured = /^[\u4e00-\u9fff]{0,6}(?:年龄|投资|产值|面积|人口|规模|长度|高度|总额|收入|达|为|超过|达到|高|长|宽|重|深)\d+(?:\.\d+)?[万亿]?[\u4e00-\u9fff%]{0,3}的(?=[\u4e00-\u9fff]{2})/.exec(text.slice(unitEnd, unitEnd + 20));
  if (measured && !/[，,。；;]/.test(measured[0])) {
    const noun = metricAfter(text, unitEnd + measured[0].length);
    if (noun) return noun;
  }
  // `52个挂牌督战贫困县之一`: one of a group is counted in the group's noun.
  const oneOf = /^([\u4e00-\u9fff]{2,8})之一/.exec(text.slice(unitEnd, unitEnd + 12));
  if (oneOf && /^(?:[，,。；;）)]|$)/.test(text.slice(unitEnd + oneOf[0].length, unitEnd + oneOf[0].length + 1))) {
    // (Its name may open with verbs the reader takes for a predicate: `挂牌督战贫困县`.)
    const noun = nounRunAt(oneOf[1]!, true) ?? (/^n/.test(tag(oneOf[1]!).pop()?.tag ?? '') ? cleanMetric(oneOf[1]!) : undefined);
    if (noun) return noun;
  }
  // `80余位80岁以上老人`: an age between the classifier and the noun qualifies the noun.
  const age = /^\d+(?:多|余)?岁(?:以上|以下|左右)?的?(?=[\u4e00-\u9fff]{2})/.exec(text.slice(unitEnd, unitEnd + 10));
  if (age) return metricAfter(text, unitEnd + age[0].length);
  // `38个1类新药`: a grade between the classifier and the noun is part of the noun.
  const grade = /^(?:[1-5]|[一二三四五])类(?=[\u4e00-\u9fff]{2})/.exec(text.slice(unitEnd, unitEnd + 4));
  if (grade) {
    const noun = metricAfter(text, unitEnd + grade[0].length);
    return noun && text.startsWith(noun, unitEnd + grade[0].length) ? grade[0] + noun : noun;
  }
  // `11部包含话剧、越剧等多个剧种在内的优秀作品`: what the count includes qualifies the noun after 在内的.
  const including = /^(?:包括|包含|含)[^，,。；;！!？?\n]{1,40}?在内的(?=[\u4e00-\u9fff]{2})/.exec(text.slice(unitEnd, unitEnd + 50));
  if (including) return metricAfter(text, unitEnd + including[0].length);
  // `18个方面问题`: 方面 after 个 is part of the classifier when a noun follows it.
  const aspect = /^(?:方面|层面)的?(?=[\u4e00-\u9fff]{2})/.exec(text.slice(unitEnd, unitEnd + 5));
  // (`从8个方面总结…工作`: a longer run opens with a predicate the tagger may read as a noun; the aspects are what
  // is counted.)
  if (aspect && /个$/.test(text.slice(0, unitEnd))) {
    const noun = metricAfter(text, unitEnd + aspect[0].length);
    return noun && noun.length <= 4 && !/^v/.test(tag(noun)[0]?.tag ?? '') ? noun : aspect[0].slice(0, 2);
  }
  // `29户127名村民`, `492组788件文物`: two counts of one noun; `转移…5万人到北疆`: a preposition starts the predicate.
  const nextCount = /^\d+(?:\.\d+)?[万亿]?(?:多|余)?[名人件个户位家]/.exec(text.slice(unitEnd, unitEnd + 12));
  if (nextCount) {
    // (`19258户25382人就业`: an event befalls the second count only.)
    const shared = metricAfter(text, unitEnd + nextCount[0].length);
    // (`29户127名村民喜迁新居`: people in 名 or 位 are the noun of people, as for the second count.)
    return shared && !PEOPLE_EVENTS.has(shared) ? (/[名位]$/.test(nextCount[0]) && text.startsWith(shared, unitEnd + nextCount[0].length) ? peopleHead(shared) : shared) : undefined;
  }
  // `10个人`, `‘青岛’两个字`: a one-character noun after 个.
  // (`学校共4个班`, `分成3个组`: classes and groups too, not 班子, 组织.)
  if (/个$/.test(text.slice(0, unitEnd)) && /^(?:[人字](?![民员口才工次家群士])|班(?![子级车次组长主])|组(?![织建成合长员团件]))/.test(text.slice(unitEnd, unitEnd + 2))) return text[unitEnd];
  // `337人的医疗队`: the noun after 的 is the one counted.
  if (text[unitEnd] === '的' && /^[\u4e00-\u9fff]{2}/.test(text.slice(unitEnd + 1, unitEnd + 3))) return metricAfter(text, unitEnd + 1);
  const preposition = /^[到在从向给为至赴往于对把被将和与及或]/.test(text[unitEnd] ?? '');
  let end = unitEnd;
  // Letters and the digits after them are part of a name (`N95口罩`, `PM2.5浓度`).
  // (`2.25万个4G基站`: so are digits before a letter.)
  while (end < text.length && end - unitEnd < AFTER_WINDOW && (/[\u4e00-\u9fffA-Za-z]/.test(text[end]!) || (/[\d.]/.test(text[end]!) && (/[A-Za-z]/.test(text.slice(unitEnd, end)) || (end === unitEnd && /^\d{1,2}[A-Za-z]/.test(text.slice(end))))) || coordinatedAt(text, end, unitEnd))) end++;
  // `4个村，`: one character names the unit counted when it ends the phrase; `100个县（市、区）` keeps its bracket.
  if (end - unitEnd === 1 && /^[村乡镇县市区省国州盟旗]$/.test(text[unitEnd]!)) {
    // `17个市、州、直管市、林区`: a list of administrative levels is counted together.
    const levels = /^(?:、[\u4e00-\u9fff]{0,2}[市州县区盟旗乡镇村](?=、|[^\u4e00-\u9fff]|[中内里的和]))+/.exec(text.slice(end, end + 24));
    if (levels) return text[unitEnd] + levels[0];
    const bracket = /^[（(][市区县乡镇、]{2,7}[）)]/.exec(text.slice(end, end + 9));
    if (!bracket) return text[unitEnd];
    // `10个县（市、区）委书记`: the noun may go on after the bracket.
    const rest = /^[\u4e00-\u9fff]/.test(text[end + bracket[0].length] ?? '') ? metricAfter(text, end + bracket[0].length) : undefined;
    return text[unitEnd] + bracket[0] + (rest && /^[委党政府办局厅处队]/.test(rest) ? rest : '');
  }
  // `1368个城市景观公园、沿河沿湖绿化带、湖泊湿地公…`: a list longer than the window is read for its first item.
  const listCut = end - unitEnd >= AFTER_WINDOW ? text.indexOf('、', unitEnd) : -1;
  const cutAtList = listCut > unitEnd && listCut < end;
  if (cutAtList) end = listCut;
  if (end - unitEnd < 2) return undefined;
  const clause = text.slice(unitEnd, end);
  const key = (end < text.length && end - unitEnd < AFTER_WINDOW && !cutAtList ? '.' : '-') + clause;
  if (namedAfter.has(key)) return namedAfter.get(key);
  if (namedAfter.size >= MAX_CLEANED) namedAfter.clear();
  // Whether the run stopped at punctuation, so its last word ends the phrase (`35台自助实名制验证闸机。`).
  // (A list cut short is not: its first item may run into the predicate.)
  const closed = end < text.length && end - unitEnd < AFTER_WINDOW && !cutAtList;
  // `121人死亡。`, `26506人脱贫，`: a count of people closed by the event that befell them counts that event.
  // (`601人实现脱贫`, `31人在家门口就业`: the event with its manner, without the verb of achieving.)
  const eventClause = clause.replace(/^(?:已经?|均|都|全部|先后|成功|顺利)?(?:实现|完成)?/, '');
  // (Only a manner or a place may come before the event: `村民就业` names the people, not the event.)
  const eventWord = [...PEOPLE_EVENTS].find((e) => eventClause.endsWith(e));
  const manner = eventWord ? eventClause.slice(0, -eventWord.length) : '';
  const event = closed && eventWord !== undefined && eventClause.length <= 8 && !/[的了着]/.test(eventClause) && (manner === '' || EVENT_MANNER.test(manner));
  // `788件古埃及文明不同时期的珍贵文物`, `1000多名从全市遴选出来的优秀青年`: the head after a relative 的 is the
  // noun counted (not after a place: `房子里的老兵`).
  // `9个市州的医疗机构`, `41个车厢的奶粉`: a noun before a possessive 的 is itself the thing counted.
  // (In a run the window cut, a verb's relative clause still qualifies the noun after its 的: `1500名身着民族盛装的
  // 青年表演…`.)
  const openOf = closed ? -1 : clause.indexOf('的');
  const of = closed ? clause.lastIndexOf('的') : openOf >= 2 && /^v$/.test(tag(clause.slice(0, openOf))[0]?.tag ?? '') ? openOf : -1;
  const owner = of >= 2 && !preposition && of !== openOf ? nounRunAt(clause.slice(0, of), true) : undefined;
  // (`接口实现了信息资源的发现`: a clause with 了 before 的 is the predicate, not a relative clause.)
  // (`像曲珍这样的农牧民`: a likeness is no owner.)
  // (Nor is a time: `788件古埃及文明不同时期的珍贵文物`.)
  const likeness = /^像.+(?:这样|那样|一样)$|^.{2,}(?:时期|年代|时代|阶段|时候)$/.test(clause.slice(0, of));
  const relative = (owner === undefined || likeness) && of >= 2 && clause.length - of > 2 && !/[里上中内外下]$/.test(clause.slice(0, of)) && !clause.slice(0, of).includes('了');
  if (preposition && !relative && !event) return undefined;
  // `100多个在外务工的，`: a relative clause with no noun after it is the thing counted.
  if (!event && closed && /^[，,。；;！!？?]/.test(text[end] ?? '') && /[个名位户家人]$/.test(text.slice(0, unitEnd)) && clause.endsWith('的') && clause.length >= 3 && clause.length <= 10 && nounRunAt(clause.slice(0, -1), true) === undefined) {
    namedAfter.set(key, clause);
    return clause;
  }
  // (`3条轨道交通线路和京唐铁路、京哈铁路…三条铁路`: with another figure later in the clause, 和 joins two counts.)
  // (`520公里输油管道和炼油能力年100万吨`: a second noun that runs into a figure is that figure's own.)
  const lastJoin = clause.search(/[和及与](?=[^和及与]*$)/);
  const secondIsNext = /\d/.test(text[end] ?? '') && lastJoin >= 2 && clause.length - lastJoin > 2 && tag(clause.slice(lastJoin + 1).replace(/(?<=.{2})年$/, '')).every((t) => /^n[sz]?$/.test(t.tag ?? ''));
  const figureFollows = COUNT_INSIDE.test(clauseAfter(text, end)) || secondIsNext;
  // `苹果、红薯、粉条、鸡蛋等农产品`: a list closed by 等 names its kind after it.
  const etc = clause.lastIndexOf('等');
  // (Only when the items are nouns: `17个市州全部采取通道查控、…等封控措施` counts 市州.)
  const firstItem = clause.slice(0, clause.indexOf('、'));
  if (etc > 0 && firstItem.length >= 1 && clause.length - etc > 2 && (firstItem.length === 1 || nounRunAt(firstItem, true) === firstItem)) {
    // (`电子信息、新材料等领域的科技成果`: the field's 的 leads to the thing counted.)
    const after = clause.slice(etc + 1);
    const of = after.indexOf('的');
    // (`党政机关干部、专业技术人才等来京培训`: a predicate after 等, and the items are what is counted.)
    const predicate = /^v/.test(tag(after)[0]?.tag ?? '') || /^[来去到在将已]/.test(after);
    const kind = predicate ? nounRunAt(clause.slice(0, etc), true) : nounRunAt(of >= 0 && after.length - of > 2 ? after.slice(of + 1) : after, closed);
    namedAfter.set(key, kind);
    return kind;
  }
  const joinAt = figureFollows && !relative ? clause.search(/(?<=[\u4e00-\u9fff]{2})[和及与]/) : -1;
  // (A run that stops at a digit leads into the next figure: its last noun is that figure's, `国家和地区追回外逃人员4997人`.)
  // (Not after a conjunction: `3台中外币兑换机和3台自助取款机` lists two counts.)
  const intoFigure = /\d/.test(text[end] ?? '') && !/[和及与、]$/.test(clause);
  const metric = event ? eventClause : owner === clause.slice(0, of) && !likeness ? owner : nounRunAt(relative ? clause.slice(of + 1) : joinAt > 0 ? clause.slice(0, joinAt) : clause, closed || joinAt > 0, figureFollows, intoFigure && joinAt <= 0);
  namedAfter.set(key, metric);
  return metric;
}

/**
 * `6起形式主义、官僚主义典型问题`, `三位老战友、老朋友`: a 、 between two nouns counted together, not between two
 * items of a list of figures (`3个市、5个县`, `两条铁路、三条公路`).
 */
function coordinatedAt(text: string, at: number, from: number): boolean {
  if (text[at] !== '、' || at === from || !/[\u4e00-\u9fff]/.test(text[at - 1] ?? '')) return false;
  const rest = /^[\u4e00-\u9fff]+/.exec(text.slice(at + 1, at + 1 + AFTER_WINDOW))?.[0] ?? '';
  return rest.length >= 2 && !NUMERAL_INSIDE.test(rest.split('、')[0]!) && !COUNT_INSIDE.test(clauseAfter(text, at));
}

/** The rest of the clause from `at` (a short stretch: a figure's noun is near it). */
function clauseAfter(text: string, at: number): string {
  const rest = text.slice(at, at + 40);
  const stop = rest.search(/[，,。；;：:！!？?\n]/);
  return stop < 0 ? rest : rest.slice(0, stop);
}

/** A numeral inside a phrase: another figure's items follow, not the same noun. */
const NUMERAL_INSIDE = /[\d两二三四五六七八九十百千万半]/;

/** Another count later in the clause (`…两条铁路`), not a number inside a name (`70周年`). */
// (A sum-up in Chinese numerals, as news writes one after a list: an Arabic count later is of another noun,
// `从120多个国家和地区追回外逃人员4997人`.)
const COUNT_INSIDE = /[两二三四五六七八九十]+(?:多|余)?[个名条家项所座户人位种件批处只台辆套类起例]/;

/** How far after a classifier its noun is read (a relative clause before the noun may be long). */
const AFTER_WINDOW = 20;

/** Events a count of people may be of, when the event closes the clause (`121人死亡`). */
const PEOPLE_EVENTS = new Set(['死亡', '遇难', '受伤', '失踪', '获救', '脱贫', '就业', '确诊', '治愈', '出院', '返岗', '返乡', '参赛', '参会', '报名', '参加', '出席', '参与', '复工', '务工']);

/** What may stand before the event a count of people is of (`就近就业`, `在家门口就业`, `外出务工`). */
const EVENT_MANNER = /^(?:在|到|赴|回|于|就近|就地|外出|异地|稳定|本地|当地|转移|灵活)/;

/** metricAfter's answers by the clause after the unit (`名党员`, `个村…` recur). */
const namedAfter = new Map<string, string | undefined>();

/** Words of change and comparison (`增至7.6张`, `降到30%`): a predicate between two figures, never a noun. */
const CHANGE_WORD = /^(?:增|降|减|提|升|达|至|到|为|比|较|超|占|下|上|回|扩|缩|跃|突)|[至到为]$/;

/** Words of measure the tagger reads as verbs or adjectives. */
const MEASURE_NOUNS = new Set(['分红', '租金', '收益', '薪酬', '产能', '收入', '支出', '开支', '工资', '产值', '利润', '投资', '消费', '产量', '销量', '营收', '补贴', '奖励', '贷款', '融资']);

/** Nouns of undertakings that verbs before them name (`改造提升工程`, `示范创建活动`). */
const PROJECT_NOUN = /(?:工程|项目|行动|计划|活动|平台|基地|试点)$/;

/** One-character endings that make a verb a noun of agent or place (`劝导员`, `验票机`, `服务站`). */
const NOUN_SUFFIX = /^[员者师工机器站点所队组室厅库场馆]$/;

/** People named by what they are (`第一书记`, `老人`, `工人`, `志愿者`): a verb or an adverb after them is what they do. */
const PERSON_NOUN = /(?:人|者|员|民|师|[民员职技女矿]工|兵|书记|干部|群众|儿童|青年|妇女|老兵|患者|代表|委员|嘉宾|观众|游客|学生|孩子|村民|农户|乡亲|同胞|家属|亲属|[护战院博]士|人士|专家|(?:医|大学|研究|毕业|留学)生|(?:贫困|脱贫|低保|困难)户|领导|官员|负责人|[民干交特武]警|警察|(?:局|处|科|市|县|区|镇|乡|村|校|院|厂|组|队|班|社|部|省)长)$/u;

/** Whether a metric names people (`医护人员`, `知名专家`). */
export function isPersonNoun(metric: string): boolean {
  return PERSON_NOUN.test(metric);
}

/**
 * The people a noun run opens with (`队员启程` → `队员`, `党员干部主动` → `党员干部`, `外国专家中华人民共和国…` →
 * `外国专家`): the longest run of whole words that ends in a noun of people; the run itself when it names people
 * or opens with none.
 */
export function peopleHead(metric: string): string {
  if (PERSON_NOUN.test(metric)) return metric;
  const tokens = tag(metric);
  for (let k = tokens.length - 1; k >= 1; k--) {
    const head = metric.slice(0, tokens[k - 1]!.end);
    // (Not a modifier of an institution's name, `赤峰市人民医院`, `移民新村`; nor before a role, `儿童主任`, or more
    // people, `老党员、老模范`, `军休干部和退休士官`.)
    const rest = metric.slice(head.length);
    if (head.length >= 2 && PERSON_NOUN.test(head) && !INSTITUTION_AFTER.test(rest) && !/^[、和与及]/.test(rest) && !opensWithRole(rest)) return head;
  }
  return metric;
}

let roles: Set<string> | undefined;
/** Whether `s` opens with a title or a role of src/data/titles.txt (`主任`, `经理`) or a noun of people. */
function opensWithRole(s: string): boolean {
  roles ??= new Set(readWordList('titles.txt').map((line) => line.split('\t')[1] ?? '').filter((w) => w.length >= 2));
  for (let k = 2; k <= Math.min(4, s.length); k++) if (roles.has(s.slice(0, k))) return true;
  const first = tag(s)[0]?.word ?? '';
  return (first.length >= 2 && PERSON_NOUN.test(first)) || /^(?:成员|骨干|标兵|模范|能手|先锋|子女|家属|父母|配偶|家人|后代)/.test(s);
}
const INSTITUTION_AFTER = /^(?:医院|政府|大会|代表大会|银行|法院|检察院|委员会|协会|学会|联合会|公司|集团|大学|学院|学校|中心|研究院|研究所|新村|村|社区|之家|证)/;

/** Whether tokens[i] is a verb or an adverb right after a noun of people: the predicate begins (`老人共度重阳`, `第一书记聚焦群众`). */
function actsAfter(tokens: readonly { word: string; tag?: string }[], i: number): boolean {
  const before = tokens[i - 1];
  // (`医务人员援助/vn 武汉/ns`: a verbal noun before a place is a verb acting on it.)
  const acts = /^(?:v|d|ad)$/.test(tokens[i]!.tag ?? '') || (tokens[i]!.tag === 'vn' && /^ns/.test(tokens[i + 1]?.tag ?? ''));
  return i > 0 && acts && before !== undefined && NOUNISH.test(before.tag ?? 'x') && PERSON_NOUN.test(before.word);
}

function nounRunAt(clause: string, closed = false, figureFollows = false, intoFigure = false): string | undefined {
  // The clause after the classifier tagged on its own, as for stripLeadingWords.
  const tokens = tag(clause);
  let kept = 0;
  // `举措。`, `收入。`: a closed phrase of one word is the noun, whatever the tagger reads it as.
  if (closed && tokens.length === 1 && clause.length >= 2 && !PREDICATE_WORDS.has(clause) && !LEADING_WORDS.has(clause) && !CHANGE_WORD.test(clause) && !/^(?:d|p|c|u\w*|r|m|q|f|t)$/.test(tokens[0]!.tag ?? 'x')) {
    return clause;
  }
  // `河道生态修复。`: nouns closed by a verb of works name those works.
  if (closed && tokens.length >= 2 && WORKS.has(tokens[tokens.length - 1]!.word) && tokens.slice(0, -1).every((t) => /^n[sz]?$/.test(t.tag ?? 'x'))) return cleanMetric(clause) ?? clause;
  // `实践/v 创新/v 基地/n。`, `重要/a 指示/v，`: a short closed phrase of modifiers before its last word is the noun
  // (the tagger reads many nouns of policy prose as verbs).
  const last = tokens[tokens.length - 1];
  if (closed && last && clause.length <= 8 && tokens.length > 1 && last.word.length >= 2 && tokens.every((t, k) => !PREDICATE_WORDS.has(t.word) && !PREDICATE_VERBS.has(t.word) && !/[了着]$/.test(t.word) && /^(?:n\w*|v|vn|a|b|j|l|x|d)$/.test(t.tag ?? 'x') && !(k > 0 && (NEGATION_OR_ASPECT.test(t.word) || PREDICATE_AFTER_NOUN.has(t.word) || INTENT.test(t.word))) && !actsAfter(tokens, k)
    // (`手套运到中国`: a verb before a place goes there.)
    && !(k > 0 && /^v/.test(t.tag ?? '') && /^ns/.test(tokens[k + 1]?.tag ?? '')))
    && (NOUNISH.test(last.tag ?? 'x') || (tokens.length === 2 && /^[ab]$/.test(tokens[0]!.tag ?? 'x')))) {
    return cleanMetric(clause) ?? clause;
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // `重点/n 村/zg`, `饮水/n 点/m`, `工作/vn 清单/a`: a noun's one-character head or a last word after a noun.
    // (`事项所涉及的`: 所 before a verb is a particle.)
    // (`网格/n 长/a`: 长 after a noun is its chief; `村/zg 卫生室`: a village level opens the noun.)
    // (Not a verb: `干警站在门前`.)
    const head = (kept === t.start && kept > 0 && ((/^[村乡镇点站户所区县长员者师]$/.test(t.word) && !(t.word === '所' && /^v/.test(tokens[i + 1]?.tag ?? '')) && !/^[在着了起上到]/.test(tokens[i + 1]?.word ?? '')) || (closed && i === tokens.length - 1 && t.word.length >= 2 && t.tag === 'a')))
      // (Not before a predicate: `5个村安全了`.)
      || (i === 0 && /^[村乡镇]$/.test(t.word) && (!tokens[i + 1] || /^(?:n|nt|nz|nr|ns|vn|j|x)$/.test(tokens[i + 1]!.tag ?? '') || /^[和及与、的]$/.test(tokens[i + 1]!.word)));
    // `稳定/a 收入/v`: words of measure the tagger reads as verbs.
    // (`一线/m 医护人员`: a rank word the tagger reads as a numeral modifies the noun.)
    // (`青年/t`: people the tagger reads as a time of life.)
    const tg = head || MEASURE_NOUNS.has(t.word) || (t.tag === 't' && PERSON_NOUN.test(t.word)) ? 'n' : /^一[线流级]$/.test(t.word) ? 'b' : (t.tag ?? 'x');
    if (PREDICATE_WORDS.has(t.word) || (kept > 0 && (NEGATIONS.has(t.word) || PREDICATE_AFTER_NOUN.has(t.word))) || actsAfter(tokens, i)) break;
    // `12万亩林地计划入股`: an intention before a verb opens the predicate (not `帮扶计划`, a plan counted).
    if (kept > 0 && INTENT.test(t.word) && /^v/.test(tokens[i + 1]?.tag ?? '')) break;
    // `5200余名密切接触者处于医学观察`: after people, a verb or an adverb opens the predicate.
    if (kept > 0 && kept === t.start && /^(?:v|d|ad)$/.test(tg) && PERSON_NOUN.test(clause.slice(0, kept))) break;
    // `部门建了`: a word before an aspect particle is the predicate.
    if (kept > 0 && ((/^[了着过]$/.test(tokens[i + 1]?.word ?? '') && !NOUNISH.test(tg)) || (t.word.length >= 2 && /[了着]$/.test(t.word)))) break;
    // `喜迁新居/ns`: a predicate the tagger glued into one word.
    if (kept > 0 && t.word.length >= 4 && PREDICATE_WORDS.has(t.word.slice(0, 2))) break;
    const next = tokens[i + 1];
    // `农村绣娘手中`, `12个省区境内`: a locative after the noun places it, and is no part of it.
    // (Not before a noun: `大型户外弧形玻璃幕墙` goes on.)
    if (kept > 0 && t.tag === 's' && /[中内外上里下间边旁]$/.test(t.word) && !NOUNISH.test(next?.tag ?? 'm')) break;
    // `试点地区建设/vn 了`: a verbal noun before an aspect particle is the predicate; so is a word the tagger does not
    // know between people and a verb (`官兵清雪/x 除冰/v`).
    // (`电缆铺设/vn 开/v`: and before a one-character complement.)
    // (`空军战机升空/vn 护航/v，`, `人才对口/vn 帮扶/v`: and before a verb that ends the run.)
    // (Not a verb that heads nouns: `党性教育体检`, `寒假生活`.)
    const verbEnds = next?.tag === 'v' && next.word.length >= 2 && !NOUNISH.test(tokens[i + 2]?.tag ?? '-') && !NOUN_TAIL_VERBS.has(next.word) && !NOMINAL_VERBS.has(next.word);
    if (kept > 0 && next && ((tg === 'vn' && (/^[了着]$/.test(next.word) || (next.tag === 'v' && next.word.length === 1) || verbEnds)) || (tg === 'x' && next.tag === 'v' && PERSON_NOUN.test(clause.slice(0, kept))))) break;
    if (NOUNISH.test(tg)) {
      kept = t.end;
      continue;
    }
    // `劝导员`: a verb with a noun suffix is a noun.
    if (/^v/.test(tg) && next && NOUN_SUFFIX.test(next.word)) {
      kept = next.end;
      i++;
      continue;
    }
    // `验证闸机。`, `改造提升工程。`: verbs before the last noun of a closed phrase modify it.
    // (Open too when a project's noun ends them and the predicate follows: `集贸市场改造提升工程加速推进`.)
    if (kept > 0 && /^v/.test(tg)) {
      let j = i;
      // Two-character verbs only (`呈`, `搞` begin predicates), at most two, and a noun of two characters or more.
      while (j < tokens.length - 1 && j - i < 2 && /^v[di]?$/.test(tokens[j]!.tag ?? 'x') && tokens[j]!.word.length === 2 && !PREDICATE_WORDS.has(tokens[j]!.word) && !PREDICATE_VERBS.has(tokens[j]!.word)) j++;
      const last = tokens[j]!;
      const projectThenPredicate = /^v/.test(tokens[j + 1]?.tag ?? '') && PROJECT_NOUN.test(tokens[j]!.word);
      if (((closed && !intoFigure && j === tokens.length - 1) || projectThenPredicate) && j > i && /^(?:n|nz|x)$/.test(last.tag ?? 'x') && last.word.length >= 2 && !/^[地得]/.test(last.word) && !PREDICATE_WORDS.has(last.word)) {
        kept = last.end;
        break;
      }
    }
    // After a noun, a verb begins the predicate (`车辆抵达临夏州`) unless a plain noun ending the phrase follows it
    // (`社会散居孤儿`).
    const verbAfterNoun = kept > 0 && /^v/.test(tg);
    // (Not a place: `采访团分赴海南` goes somewhere.)
    // (`法院/n 执行/v 干警/j`: an abbreviated noun too.)
    const endsWithNoun = /^(?:n|nr|j)$/.test(next?.tag ?? '') && !NOUNISH.test(tokens[i + 2]?.tag ?? '-');
    // (`老干部与市民一起分享`: with 一起 after it, 与 is the company of the people counted, not more of them; 和 may
    // join both to the count, `100多名学生和教师代表一起观看`.)
    // (`1400多家企业与科技特派员达成合作协议`: nor before a verb of joint action, whose partner 与 names.)
    const conjunction = kept > 0 && /^(?:和|及|与|、)$/.test(t.word) && !figureFollows && !NUMERAL_INSIDE.test(clause.slice(t.end)) && !(t.word === '与' && /^[\u4e00-\u9fff]{1,8}?(?:一起|一道|一同|共同|达成|签订|签署|签约|合作|对接|结对|携手|联合)/.test(clause.slice(t.end)));
    // (An idiom or a negation may open the phrase: `离退休/i 干部`, `未/d 摘帽贫困县`.)
    const modifies = (MODIFIER.test(tg) && (!verbAfterNoun || endsWithNoun)) || (kept === 0 && (tg === 'i' || NEGATIONS.has(t.word))) || conjunction;
    if (modifies && next && NOUNISH.test(next.tag ?? 'x') && !PREDICATE_WORDS.has(next.word)) continue;
    // `科研院所和制造企业`: the second noun may open with a verb that modifies it.
    if (conjunction && next && /^v/.test(next.tag ?? '') && !PREDICATE_WORDS.has(next.word) && !PREDICATE_VERBS.has(next.word) && /^n/.test(tokens[i + 2]?.tag ?? '')) continue;
    break;
  }
  // `4个村，`, `16个区的`: one character names the unit counted when it ends the phrase.
  if (kept === 1 && /^[村乡镇县市区省国州盟旗][的和及与、]/.test(clause.slice(0, 2))) return clause[0];
  if (kept < 2) return undefined;
  return cleanMetric(clause.slice(0, kept));
}

/**
 * The noun after a figure's 的 in `以52秒32的成绩获得…`, `为期3天的初步采风`, `一个1%的提升`: the words up to the
 * first verb or preposition after them (the predicate), or up to the clause's end; a verb alone may name the measure
 * (`提升`, `采风`).
 */
export function phraseAfterOf(text: string, at: number): string | undefined {
  const rest = /^[\u4e00-\u9fff]{2,12}/.exec(text.slice(at))?.[0];
  if (!rest) return undefined;
  const tokens = tag(rest);
  // (Only after a noun: `初步/d 采风/v` is one phrase.)
  // (Words of measure the tagger reads as verbs are nouns here: `能源消费/v 增长`.)
  const nounish = (t: Token) => /^(?:n\w*|vn)$/.test(t.tag ?? '') || MEASURE_NOUNS.has(t.word);
  // (`精心制作才最终…`: an adverb of sequence opens the predicate after any word.)
  const stop = tokens.findIndex((t, k) => k > 0 && !MEASURE_NOUNS.has(t.word) && ((tokens.slice(0, k).some(nounish) && /^(?:v|p|c|u\w*|d|f|r|a)/.test(t.tag ?? '')) || /^(?:m|p|c|u\w*|r)$/.test(t.tag ?? '') || /^(?:才|就|便|即|又|再)$/.test(t.word)));
  let phrase = stop < 0 ? (rest.length === 12 ? undefined : rest) : rest.slice(0, tokens[stop]!.start);
  // (`增速十分靠前`, `含金量不低`: after a noun, the run ends at its last noun.)
  const lastNoun = tokens.slice(0, stop < 0 ? tokens.length : stop).filter(nounish).pop();
  if (phrase && lastNoun && lastNoun.end < phrase.length && lastNoun.end >= 2) phrase = phrase.slice(0, lastNoun.end);
  if (!phrase || phrase.length < 2) return undefined;
  // (`提升`: one word of change is the measure here, though trimming would take it as the predicate.)
  const words = tag(phrase);
  return words.length === 1 && /^(?:n|v|vn)$/.test(words[0]!.tag ?? '') ? phrase : cleanMetric(phrase, true);
}

/**
 * Whether a metric found before a figure ends in a plain verb, the predicate of its clause (`工会预留`, `公司安排`,
 * `拿出`), not a noun of measure the tagger reads as a verb (`投资`, `收入`) nor a verb that ends a noun (`建设`).
 */
export function endsInVerb(metric: string): boolean {
  const last = tag(metric).pop();
  // (`决定建`, `免费送`: one-character verbs of building, planting and giving before their object.)
  return last !== undefined && last.tag === 'v' && (last.word.length >= 2 || BUILDING_VERB.test(last.word)) && !MEASURE_NOUNS.has(last.word) && !NOUN_TAIL_VERBS.has(last.word) && !NOMINAL_VERBS.has(last.word);
}

/** One-character verbs whose object follows the figure (`建560亩油茶基地`, `种100亩果树`). */
const BUILDING_VERB = /^[建修种养盖挖栽铺送捐发买租拿]$/;

/** The plain noun phrase right at `at` (`30%采购份额`, `500万元专项资金`), or undefined when none starts there. */
export function nounRightAfter(text: string, at: number): string | undefined {
  const rest = /^[\u4e00-\u9fff]{2,12}/.exec(text.slice(at))?.[0];
  if (!rest || /^[的地得是为和与及或等]/.test(rest)) return undefined;
  const tokens = tag(rest);
  let kept = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    // (A verb first begins another predicate: `捐款1000万元支持疫情防控`.)
    if (!/^(?:n\w*|vn|b|a)$/.test(t.tag ?? '') || (k === 0 && !/^(?:n\w*|b)$/.test(t.tag ?? ''))) break;
    // (`股权融资`: words of measure the tagger reads as verbal nouns end the noun too.)
    if (/^n/.test(t.tag ?? '') || (k > 0 && MEASURE_NOUNS.has(t.word))) kept = t.end;
  }
  // (A run the window cut may end inside a word.)
  if (kept === rest.length && rest.length === 12) return undefined;
  return kept >= 2 ? rest.slice(0, kept) : undefined;
}
