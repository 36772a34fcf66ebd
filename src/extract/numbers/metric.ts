// What a figure measures: the noun phrase before it (`全区农林牧渔业总产值达55.59亿元` → `农林牧渔业总产值`) or the
// noun after its classifier (`444名儿童主任` → `儿童主任`). Regexes trim the clause; the segmenter only cuts the few
// characters of one clause, so a page of figures costs a few dozen short segmenter calls.
import { cut, tag } from '../../nlp/segmenter.js';

/** Where a clause starts: punctuation that ends a clause or separates items of a list. */
const CLAUSE_BREAK = /[，,。；;：:！!？?\n、（(]/;

/** Scope and time words that open a clause but are not the thing measured (matched as text: they never start a noun). */
const LEADING_SCOPE = new RegExp(
  '^(?:' +
    [
      '截至目前', '截至', '截止', '目前', '其中', '此外', '同时', '另外', '此次', '本次', '当前', '今年以来', '以来', '期间',
      '今年', '去年', '上年', '明年', '当年', '全年', '年内', '同期', '年末', '年底',
      '全国', '全省', '全市', '全区', '全县', '全州', '全盟', '全旗', '全镇', '全乡', '全域',
      '我国', '我省', '我市', '我区', '我县', '我州', '本市', '本省', '本区', '该市', '该区', '该县', '各地', '各级',
      '共计', '总计', '累计', '合计', '共有', '分别', '已经', '力争', '预计', '包括', '其中', '连续', '先后', '逐年',
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
]);

/** Verbs, approximations and comparisons that stand between the metric and its figure. */
const TRAILING_NOISE = new RegExp(
  '(?:' +
    [
      '同比', '环比', '分别', '均', '共计', '总计', '累计', '合计', '达到', '高达', '多达', '达', '实现', '完成',
      '增长', '增加', '提高', '提升', '上升', '上涨', '回升', '下降', '减少', '降低', '下滑', '回落', '改善', '增至', '升至',
      '降至', '提高至', '提高到', '增加到', '增长到', '扩大到', '至', '到', '了', '超过', '超', '逾', '突破', '约', '大约',
      '近', '接近', '将近', '不足', '不到', '至少', '不少于', '不低于', '为', '是', '有', '占', '保持', '稳定在', '控制在',
      '在', '由', '从', '每人', '人均', '新增', '平均', '居', '位居', '排名', '排名中', '列', '位列', '前进', '后退',
      '前', '的', '和', '及', '与', '全国', '全省', '全市', '全区', '全县', '已', '我市', '我省', '我区', '我县', '我国',
      '(?<![通经不])过', '连续',
    ].join('|') +
    ')$',
);

/** A comparison basis at the end of the stretch: `较“十三五”末`, `比上年`, `较2020年`. */
const TRAILING_BASIS = /(?:同比|环比|(?:较|比)(?:[“"‘][^”"’]{1,8}[”"’](?:末|初)?|[^，,。；;、]{0,8}(?:年|末|底|期|月|季度)))$/;

/** Characters a metric is written with; anything else (`>>`, `》`, a digit run) ends it. */
const METRIC_CHAR = /[\u4e00-\u9fffA-Za-z0-9“”‘’"·.\-_₀-₉]/;

/** Verbs that head a predicate whose object is the metric (`带领团队先后完成技术革新` → `技术革新`). */
const PREDICATE_VERBS = new Set([
  '完成', '实现', '获得', '获', '开展', '实施', '建成', '创建', '打造', '发放', '举办', '引进', '培育', '签约', '解决',
  '带动', '吸引', '招引', '培训', '推出', '发布', '认定', '争取', '化解', '办理', '受理', '查处', '投入', '安排', '下达',
  '拨付', '提供', '惠及', '产生', '放映', '申报', '铺设', '承办', '接待', '筹建', '汇聚', '收集', '带领', '新获批', '获批',
  '选定', '划定', '出台', '组织', '累计', '共', '为', '对', '向', '新建', '新增', '建设', '遴选', '支持', '评选', '培养',
  '扶持', '资助', '表彰', '奖励', '评定', '命名', '确定', '公布',
]);

function stripLeadingWords(s: string): string {
  // The metric phrase cut on its own: within the article its words may run into the text around it.
  const tokens = cut(s);
  let i = 0;
  // After the last predicate verb, when something nameable follows it.
  for (let k = tokens.length - 2; k >= 0; k--) {
    if (PREDICATE_VERBS.has(tokens[k]!.word) && s.length - tokens[k + 1]!.start >= 2) {
      i = k + 1;
      break;
    }
  }
  while (i < tokens.length - 1 && (LEADING_WORDS.has(tokens[i]!.word) || LEADING_SCOPE.test(tokens[i]!.word))) i++;
  return i === 0 ? s : s.slice(tokens[i]!.start);
}

function trimEnds(phrase: string): string {
  let s = phrase;
  for (let previous = ''; previous !== s; ) {
    previous = s;
    s = s.replace(LEADING_SCOPE, '');
    s = s.replace(TRAILING_NOISE, '');
    s = s.replace(TRAILING_BASIS, '');
    // `浓度每立方米3000多个`: a rate's denominator, not the metric.
    s = s.replace(/每(?:平方米|立方米|平方公里|公里|人|户|亩|吨|年|月|天|百人|千人|万人|十万人)$/, '');
    s = s.replace(/^[、，,”’"）)]+/, '').replace(/[、，,“‘"（(]+$/, '');
  }
  return s;
}

/** Strip scope, time and verb words from both ends of `phrase` until nothing more comes off. */
export function cleanMetric(phrase: string): string | undefined {
  let s = phrase.replace(/\s+/g, '').replace(/[（(][^）)]*[）)]/g, '');
  // Only the last run of metric characters counts: `“两会”特别报道>>` names nothing.
  let cutAt = s.length;
  while (cutAt > 0 && METRIC_CHAR.test(s[cutAt - 1]!)) cutAt--;
  s = s.slice(cutAt);
  // A closing quote without its opening one: the clause started inside a quotation.
  if (s.includes('”') && !s.includes('“')) s = s.slice(s.lastIndexOf('”') + 1);
  // `道口铺街道文明实践所等阵地`: the thing counted follows 等.
  const etc = s.lastIndexOf('等');
  if (etc >= 0 && s.length - etc - 1 >= 2) s = s.slice(etc + 1);
  s = trimEnds(s);
  // The segmenter runs once per metric, after the cheap trimming; trimming again catches what it uncovers.
  if (s.length >= 3) s = trimEnds(stripLeadingWords(s));
  // `数量占全省` → `数量`: the share's base is not the thing measured.
  s = s.replace(/占(?:全[国省市区县]|.{0,4}总[量数]).*$/, '');
  if (s.length < 2 || s.length > 24) return undefined;
  if (!/[\u4e00-\u9fffA-Za-z]{2}|[A-Za-z]+\d/.test(s)) return undefined;
  if (LEADING_WORDS.has(s)) return undefined;
  return s;
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
    stretch += text.slice(at, Math.max(at, a));
    at = Math.max(at, b);
  }
  return stretch + text.slice(at, end);
}

/** The metric from the words before a figure, or undefined when they hold none. */
export function metricBefore(text: string, floor: number, numberStart: number, skip: [number, number][] = []): string | undefined {
  return cleanMetric(stretchBefore(text, floor, numberStart, skip));
}

/** Tags of words that can be part of a noun phrase; x and z cover words the tagger does not know (`专班`, `湿地`). */
const NOUNISH = /^(?:n|nr|ns|nt|nz|ng|vn|j|l|b|an|s|z|x|eng)$/;
/** Tags that may modify a following noun inside the phrase (`散居孤儿`, `省级以上湿地`, `重要湿地`). */
const MODIFIER = /^(?:v|a|f|vd|ad)$/;
/** Words that begin the predicate after a counted noun (`党员干部全部下沉`, `代表现场签约`). */
const PREDICATE_WORDS = new Set([
  '进行', '成为', '参加', '参与', '签约', '入驻', '全部', '下沉', '挂牌', '实现', '完成', '获得', '开展', '提供', '受益',
  '入围', '获评', '当选', '通过', '达到', '纳入', '列入', '被', '已', '均', '共', '分别', '先后', '累计', '全面', '正式',
  '现场', '集中', '统一', '共同', '参观', '出席', '列席', '获', '得到', '覆盖', '建档',
]);

/**
 * The metric named right after a count's classifier (`444名儿童主任，`, `10名“齐鲁最美青年”`): the run of noun-like
 * words, with modifiers inside it, up to the word that begins the predicate.
 */
export function metricAfter(text: string, unitEnd: number): string | undefined {
  const quoted = /^[“"]([^”"\n]{2,16})[”"]/.exec(text.slice(unitEnd, unitEnd + 20));
  if (quoted) return quoted[1];
  let end = unitEnd;
  while (end < text.length && end - unitEnd < 16 && /[\u4e00-\u9fffA-Za-z]/.test(text[end]!)) end++;
  if (end - unitEnd < 2) return undefined;
  const clause = text.slice(unitEnd, end);
  // The clause after the classifier tagged on its own, as for stripLeadingWords.
  const tokens = tag(clause);
  let kept = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const tg = t.tag ?? 'x';
    if (PREDICATE_WORDS.has(t.word)) break;
    if (NOUNISH.test(tg)) {
      kept = t.end;
      continue;
    }
    const next = tokens[i + 1];
    if (MODIFIER.test(tg) && next && NOUNISH.test(next.tag ?? 'x') && !PREDICATE_WORDS.has(next.word)) continue;
    break;
  }
  if (kept < 2) return undefined;
  return cleanMetric(clause.slice(0, kept));
}
