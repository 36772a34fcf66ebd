// Numbered policy formulations: `两个确立`, `八件大事`, `“1441”工作思路`, `一群两心三圈`, `9+3+N`, `十四五`.
// Found by their shape, not from a list: (1) anything quoted that opens with a numeral (`“三个模式”`) or is a code
// (`“231”`), with the head word after a code (`“231”产业`); (2) unquoted, a count of verbs (`八个着力`,
// `六个统筹`: a count of nouns, `三个方面`, is an ordinary count), codes with `+` (`1+N`), five-year plans (`十四五规划`)
// and the national formulations of src/data/slogans-known.txt.
import type { Article, EntitySpan } from '../../types.js';
import { parseSmallNumber } from '../dates/dates.js';
import { outermostSpans } from '../orgs/orgs.js';
import { tokenIndex } from '../../nlp/article-tokens.js';
import { readWordList } from '../../word-lists.js';
import { PhraseMatcher } from '../../nlp/phrase-matcher.js';

let lists: { heads: string[]; known: PhraseMatcher; stop: Set<string> } | undefined;
function loadLists() {
  lists ??= {
    heads: readWordList('slogan-heads.txt').sort((a, b) => b.length - a.length),
    known: new PhraseMatcher([readWordList('slogans-known.txt')]),
    stop: new Set(readWordList('slogan-stoplist.txt')),
  };
  return lists;
}

const HAN_NUMERAL = '[一二两三四五六七八九十百千]';
const NUMERAL = new RegExp(`${HAN_NUMERAL}+|\\d+`, 'gu');
const MEASURE = /^(?:个|大|项|件|条|张|批|重|类|种|位|级|化|抓|强|网|带|区|圈|心|链|地|新|减|增|保|稳|基|高|公|通|资|院|库|不|要|为|是|篇)/u;
const CODE = /^\d{2,}(?:[+＋][\dNX]+)*$|^\d+(?:[+＋](?:\d+|[NX]))+$/u;
// Digits read one by one, as codes are (`“一七五”思路` = 1-7-5), unlike a number with 十/百 (`十大`).
const HAN_CODE = /^[〇零一二三四五六七八九]{2,}$/u;
const FIVE_YEAR_PLAN = /^(十[一二三四五六七八九]|[一二三四五六七八九]|十)五$/u;
// A count, not a formulation: `“三年”`, `“两个月”`, `“一个人”`.
const PLAIN_COUNT = new RegExp(`^(?:${HAN_NUMERAL}+|\\d+)(?:个)?(?:年|个月|月|天|日|岁|人|元|万|亿|次|倍|%|名|家|户|只)$`, 'u');
// (Up to 40 characters: a list of numbered parts is long, `“3个服务平台、6支志愿服务队、5项服务方式”`; other quotes
// over 14 are sentences or titles.)
const QUOTED = /[“"‘「]([^“”"‘’「」\n]{1,40})[”"’」]/gu;
const COUNT_OF_VERBS = new RegExp(`([二两三四五六七八九十]{1,2})个`, 'gu');
// Words the tagger reads as nouns that work as verbs in a count of tasks (`八个着力`).
const VERBAL_NOUNS = new Set(['着力', '着眼', '聚焦', '坚持', '必须', '狠抓', '重点']);
// (`8+X`: X, like N, stands for the items each place adds.)
const PLUS_CODE = /(?<![\d.])\d+(?:[+＋](?:\d+|[NX])){1,4}(?![\d.%A-Za-z])/gu;
// A programme numbered by its years or its parts, unquoted: `水质改善三年行动方案`, `污染防治三大行动计划`, `十大工程`
// (not `三年行动任务`, the tasks of one).
// (Not one: `一项工程` is a project.)
// (`中欧五大高层对话`, `支持全球抗疫合作的五大举措`, `十大合作计划`: the numbered measures, plans and dialogues of a
// policy, not a count of things, `三大主粮`, `五大板块`.)
const NUMBERED_PROGRAMME =
  /(?<![一二两三四五六七八九十百千\d])(?!一[年大项])[一二两三四五六七八九十]{1,2}(?:(?:年|大|项)(?:行动方案|行动计划|专项行动|攻坚行动|工程|战役)|大(?:行动|举措|攻坚战|合作计划|战略任务|高层对话))/gu;
const PLAN_IN_TEXT = /(?<![一二三四五六七八九十])(十[一二三四五六七八九]|[六七八九])五(?=规划|计划|时期|期间|末|以来|开局|收官)/gu;

/** The number a formulation carries: its count (`两个一百年` → 2), its plan (`十四五` → 14), or its code (`'1441'`). */
export function sloganValue(formulation: string): number | string | undefined {
  if (CODE.test(formulation)) return formulation.replace(/＋/gu, '+');
  const plan = FIVE_YEAR_PLAN.exec(formulation);
  if (plan) return plan[1] === '十' ? 10 : parseSmallNumber(plan[1]!);
  if (HAN_CODE.test(formulation)) return [...formulation.replace(/零/gu, '〇')].map((c) => '〇一二三四五六七八九'.indexOf(c)).join('');
  if (formulation.startsWith('双')) return 2; // `双碳`, `双招双引`, `双一流`
  // `百千万工程`, `千百工程`: each unit is a tier of the programme (100 villages, 1000…), not one number.
  const tiers = /^[百千万]{2,}/u.exec(formulation);
  if (tiers) return [...tiers[0]].map((c) => ({ 百: 100, 千: 1000, 万: 10000 })[c]).join('-');
  const numerals = [...formulation.matchAll(NUMERAL)];
  const first = numerals[0];
  if (!first || first.index !== 0) return undefined;
  const count = parseSmallNumber(first[0]);
  if (count === undefined) return undefined;
  // `一群两心三圈`, `八抓20条`, `三去一降一补`: each part has its number.
  const after = formulation.slice(first[0].length);
  if (numerals.length > 1 && !/^[个大项件条]/u.test(after) && numerals.every((n) => parseSmallNumber(n[0]) !== undefined)) {
    return numerals.map((n) => parseSmallNumber(n[0])).join('-');
  }
  return count;
}

// A quantity, not a formulation: `“一天赚一块钱”`, `“一杯清茶”`, `“700字说70年”` (not 万: `“百千万工程”`).
const QUANTITY = new RegExp(`^(?:${HAN_NUMERAL}+|\\d+)(?:天|元|箱|字|秒|分钟|小时|岁|米|公里|斤|吨|倍|瓶|杯|碗|袋|盒|顿|棵|粒|滴|桶|筐|块|把(?!手))`, 'u');
// An honour conferred (`“二级航天功勋奖章”`, `“三八红旗手”`) is a title, and `“双11”` a shopping day: no formulations.
const HONOUR_OR_DAY = /(?:奖章|勋章|奖牌|奖状|红旗手|称号)$|^双\d{1,2}$/u;
// A service number (`“12319”城建服务热线`, `“12345”热线`) is dialled, not a programme's code.
const HOTLINE_AFTER = /^[\p{Script=Han}]{0,8}?(?:热线|电话|专线|短信)/u;
// A quoted sentence (`“四十而不惑。”`, `“一带一路：太阳之旅”`) is a quotation; parts that each open with a numeral
// (`“三不变，一降低”`) are one formulation.
const SENTENCE_PUNCTUATION = new RegExp(`[。！？!?]|[，,；;：:](?!${HAN_NUMERAL}|\\d)`, 'u');
// What a programme's name goes on with after its quote: a numbered action (`“双碳”十大行动`), its experience
// (`“百千万工程”经验`).
const PROGRAMME_TAIL = new RegExp(
  `^(?:${HAN_NUMERAL}+(?:大|项|个)[\\p{Script=Han}]{0,4}?(?:行动|工程|任务|举措|措施|战役|攻坚战|攻坚|计划)|经验)`,
  'u',
);

const ONE_PER_CASE = /^一(\p{Script=Han})一(\p{Script=Han}{1,2})$/u;
// `一年一次`, `一天一夜`, `一个一个`: a frequency, a span of time or a repetition, not a rule.
const FREQUENCY = /^一[个些次点下]|^一\p{Script=Han}一(?:次|回|遍|度|夜|天|年|月|日|个)$/u;
const NUMBERED_PARTS = new RegExp(`^(?:${HAN_NUMERAL}+[^一二两三四五六七八九十百千\\d]{1,3}){2,}$`, 'u');
// Unquoted: `实现一户一岗增收`, `建立一企一专班机制`, where the first unit is one a policy is applied to (a household,
// village, firm, school, river…). Others are idioms or pairs (`一南一北`, `一瘸一拐`), repetitions (`一步一步`) and
// numbers (`一千一百`), which quotes would still admit.
const ONE_PER_CASE_IN_TEXT =
  /(?<![一二两三四五六七八九十])一([户村镇乡县市区省州企业人校院园河湖江厂链岛室事地城街家岗品案矿楼栋网码件周天日队站科馆店宗物项])一(\p{Script=Han})/gu;

// A part of a list that opens with its number and names something (`一张清单`, `3个服务平台`, `万亩城市森林`), not a
// quantity, a count alone or a year (`2020年打基础`).
const LIST_PART = new RegExp(`^(?:[一二两三四五六七八九十百千万]+|\\d{1,3})[\\p{Script=Han}]{2,8}$`, 'u');
/**
 * `“一张清单、两种模式、三级联动”`, `“3个服务平台、6支志愿服务队、5项服务方式”`: every part of a list opening with its
 * number is one formulation of several numbered parts.
 */
function numberedList(parts: string[]): boolean {
  const { stop } = loadLists();
  // (Short parts of one number are counts of things side by side, `“十美村、十差村”`评比: a list, not a formulation.)
  const numbers = new Set(parts.map((part) => /^(?:[一二两三四五六七八九十百千万]+|\d+)/u.exec(part)?.[0]));
  if (numbers.size === 1 && parts.every((part) => part.length <= 3)) return false;
  // (A saying opens with a word of the stop list, `“一方有难、八方支援”`; a later part may be a plain word, `四季景观大道`.)
  if ([...stop].some((word) => parts[0]!.startsWith(word))) return false;
  return parts.every((part) => LIST_PART.test(part) && !PLAIN_COUNT.test(part) && !QUANTITY.test(part));
}

/** Whether quoted text is a numbered formulation rather than an idiom or a plain count. */
function isFormulation(content: string): boolean {
  const { stop } = loadLists();
  if (PLAIN_COUNT.test(content) || [...stop].some((word) => content.startsWith(word))) return false;
  if (QUANTITY.test(content) || SENTENCE_PUNCTUATION.test(content) || HONOUR_OR_DAY.test(content)) return false;
  // A saying (`“一个党员就是一面旗帜”`) names one thing as another; a formulation names itself.
  if (/就是/u.test(content)) return false;
  if (CODE.test(content)) return !/^(19|20)\d\d$/u.test(content);
  if (FIVE_YEAR_PLAN.test(content)) return true;
  // A bare number (`“十三”`) is a count unless its digits read one by one, as a code's (`“一七五”思路`).
  if (new RegExp(`^${HAN_NUMERAL}+$`, 'u').test(content) && !HAN_CODE.test(content)) return false;
  // `一村一品`, `一户一岗`: one per case, a programme's rule; `一镇一业、一村一品`: several such, one formulation (a
  // list of other counts, `十美村、十差村`, is a list).
  if (ONE_PER_CASE.test(content)) return !FREQUENCY.test(content);
  const parts = content.split('、');
  if (parts.length > 1) return parts.every((part) => ONE_PER_CASE.test(part) && !FREQUENCY.test(part)) || numberedList(parts);
  // `两山七河一流域`, `三去一降一补`: every part opens with its numeral.
  if (NUMBERED_PARTS.test(content)) return true;
  const lead = new RegExp(`^(?:${HAN_NUMERAL}+|双)(.)`, 'u').exec(content);
  if (!lead) return /^\d+[\p{Script=Han}]{1,4}\d+/u.test(content); // `8337`-style codes with words are rare
  const rest = content.slice(lead[0].length - 1);
  // The numeral must count something named here: a measure word (`两个`, `十大`) or a short head (`三农`, `双碳`).
  return MEASURE.test(rest) || content.length <= 6;
}

// A quoted label with a number inside it that a policy is run under: `推行“最多跑一次”改革`, `实行“多规合一”`,
// `“净网2019”专项行动`, `打造“365党群直通车”`. The quote must stand as the name of a reform or a campaign: a verb of
// carrying one out before it, or a programme's noun (or another such quote) after it.
const NUMBER_INSIDE = new RegExp(`${HAN_NUMERAL}|\\d`, 'u');
const CARRIED_OUT_BEFORE = /(?:推行|实行|实施|推进|推广|开展|打造|深化|落实|创建|探索|坚持|建立|构建|启动|推出|首创|践行)$/u;
const PROGRAMME_AFTER = /^(?:[“"][^”"\n]{1,14}[”"])*(?:改革|行动|专项行动|工程|模式|机制|制度|工作法|服务|平台|品牌|活动|攻坚战|战略|理念|目标|试点)/u;

function isProgrammeLabel(content: string, text: string, open: number, close: number): boolean {
  if (content.length < 3 || content.length > 10 || !NUMBER_INSIDE.test(content) || !/\p{Script=Han}{2}/u.test(content)) return false;
  if (PLAIN_COUNT.test(content) || QUANTITY.test(content) || SENTENCE_PUNCTUATION.test(content) || /^(?:19|20)\d\d/u.test(content)) return false;
  // Ordinals, days and holidays (`第一站`, `周一`, `五一专场`), and a verb said twice (`喊一喊`).
  if (/第[一二三四五六七八九十\d]|周[一二三四五六日]|星期|^五一|^(.)一\1/u.test(content)) return false;
  // A count or an amount inside (`“3个服务平台”`, `“年产5万吨”`) is a figure's phrase, not a label.
  if (new RegExp(`(?:${HAN_NUMERAL}+|\\d+)(?:个|名|家|户|万|亿|元|吨|%|年|月|日|天)`, 'u').test(content) && !/一次|合一/u.test(content)) return false;
  return CARRIED_OUT_BEFORE.test(text.slice(Math.max(0, open - 4), open)) || PROGRAMME_AFTER.test(text.slice(close, close + 40));
}

/** Numbered policy formulations in the article, in text order; `value` is the number or code they carry. */
export function findSlogans(article: Article): EntitySpan[] {
  const text = article.text;
  const { heads, known, stop } = loadLists();
  const found: EntitySpan[] = [];
  const push = (start: number, end: number, name: string, value = sloganValue(name)) => {
    found.push({ kind: 'slogan', start, end, text: text.slice(start, end), name, ...(value !== undefined ? { value } : {}) });
  };

  const { tokens, tokenAt } = tokenIndex(article);
  for (const m of text.matchAll(QUOTED)) {
    const content = m[1]!.trim();
    if (content.length > 14 && !numberedList(content.split('、'))) continue;
    const open = m.index;
    const close = m.index + m[0].length;
    // `五个“百分之百”`, `四个“全面”`: a count of a quoted term names a formulation of that many, idiom or not.
    const counted = /(?<![一二两三四五六七八九十])([二两三四五六七八九十])个$/u.exec(text.slice(Math.max(0, open - 3), open));
    // (`两个“十三”`: a count of a number compares numbers.)
    if (counted && content.length <= 8 && !SENTENCE_PUNCTUATION.test(content) && !new RegExp(`\\d|^${HAN_NUMERAL}+$`, 'u').test(content)) {
      push(open - counted[0].length, close, counted[0] + content);
      continue;
    }
    const word = tokens[tokenAt[open + 1] ?? -1];
    const oneWord = word !== undefined && word.start === open + 1 && word.end === close - 1;
    if (!isFormulation(content)) {
      // (A word the dictionary holds whole as an idiom, a numeral phrase, an attribute or a name is a common word,
      // `“一条龙”`, `“一把手”`, `“一站式”`, not a programme's label; our dictionary lists labels as set phrases, l.)
      if (!(oneWord && /^(?:i|m|b|j|nz|ns|nr|n)$/u.test(word.tag ?? '')) && isProgrammeLabel(content, text, open, close)) push(open + 1, close - 1, content);
      continue;
    }
    // An idiom the dictionary knows as one (`“一言堂”`, `“七年之痒”`, `“一走了之”`).
    if (oneWord && word.tag === 'i') continue;
    // A code or a bare `十大` names its head after the quote: `“1441”工作思路`, `“十大”行动计划`.
    const needsHead = CODE.test(content) || HAN_CODE.test(content) || new RegExp(`^${HAN_NUMERAL}+[大强]$`, 'u').test(content);
    const head = needsHead ? heads.find((h) => text.startsWith(h, close)) : undefined;
    if (head) {
      push(open, close + head.length, content + head, sloganValue(content));
      continue;
    }
    // Without its head, numerals read one by one are a date (`“九一八”`, `“三八”`), and a short or round number a
    // count (`“70”`, `“110”`, `“01”`).
    if (HAN_CODE.test(content) || /^\d{1,2}$|^0|^\d+0$/u.test(content)) continue;
    if (/^\d+$/u.test(content) && HOTLINE_AFTER.test(text.slice(close, close + 12))) continue;
    const tail = PROGRAMME_TAIL.exec(text.slice(close, close + 12));
    if (tail) push(open, close + tail[0].length, content + tail[0], sloganValue(content));
    else push(open + 1, close - 1, content);
  }

  for (const { index, word } of known.findEvery(text)) {
    if (text[index - 1] === '第') continue; // an ordinal: `第四种形态` is the fourth of the 四种形态
    push(index, index + word.length, word);
  }

  for (const m of text.matchAll(PLAN_IN_TEXT)) push(m.index, m.index + m[0].length, m[0]);

  for (const m of text.matchAll(NUMBERED_PROGRAMME)) push(m.index, m.index + m[0].length, m[0]);

  for (const m of text.matchAll(PLUS_CODE)) push(m.index, m.index + m[0].length, m[0]);

  for (const m of text.matchAll(ONE_PER_CASE_IN_TEXT)) {
    // The rule's second word runs on where the segmenter starts a two-character word at it (`一企一专班`).
    const second = tokens[tokenAt[m.index + 3] ?? -1];
    const runsOn = second && second.start === m.index + 3 && second.word.length === 2 && /^(n|nz|vn|x|j)$/u.test(second.tag ?? '');
    const end = runsOn ? second.end : m.index + 4;
    const name = text.slice(m.index, end);
    if (m[1] === m[2]) continue; // `一户一户`: one after another
    // An idiom or a set phrase the dictionary knows whole (一心一意/i, 一问一答/l, 一点一滴/m).
    const whole = tokens[tokenAt[m.index] ?? -1];
    if (whole && whole.start === m.index && whole.end >= m.index + 4 && /^(i|l|m)$/u.test(whole.tag ?? '')) continue;
    if (!FREQUENCY.test(name) && !stop.has(name)) push(m.index, end, name);
  }

  // `重点做到八个着力。`, `落实中央六个统筹的要求`: a count followed by a verb, closing the phrase.
  for (const m of text.matchAll(COUNT_OF_VERBS)) {
    const end = m.index + m[0].length;
    const i = tokenAt[end] ?? -1;
    const next = tokens[i];
    const verbal = /^(v|vd|vn|d|ad|a|i)$/u.test(next?.tag ?? '') || VERBAL_NOUNS.has(next?.word ?? '');
    if (!next || next.start !== end || !verbal) continue;
    if (next.word.length < 2) continue;
    const closing = text.slice(next.end, next.end + 1);
    if (closing !== '' && !/[，。；、,;：:！？”"）)\n的上和为]/u.test(closing)) continue;
    push(m.index, next.end, text.slice(m.index, next.end));
  }
  return outermostSpans(found);
}
