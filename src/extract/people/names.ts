// Where a personal name starts and ends. Names are open-ended (most are in no dictionary), so a name is anchored by
// what surrounds it (a title, a byline), gated by the surname list, and bounded by the segmenter's tokens and by the
// words that follow names in news (出席, 主持, 讲话, 同志…).
import type { Token } from '../../types.js';
import { peopleLexicon, type PeopleLexicon } from './lexicon.js';
import { tokenAtOffsets } from '../../nlp/article-tokens.js';

/** Text with its tokens indexed by start and end offset. */
export interface TokenisedText {
  text: string;
  tokens: Token[];
  /** For each character, the index of the token that holds it (-1 outside the tokens). */
  tokenAt: Int32Array;
  byStart: TokensByOffset;
  byEnd: TokensByOffset;
}

/**
 * The token starting (or ending) at an offset, read from tokenAt: one typed array for the text, where Maps of the
 * tokens (or arrays by offset) were most of what finding people allocated.
 */
export class TokensByOffset {
  constructor(
    private readonly tokens: Token[],
    private readonly tokenAt: Int32Array,
    private readonly edge: 'start' | 'end',
  ) {}

  get(offset: number): Token | undefined {
    const index = this.tokenAt[this.edge === 'start' ? offset : offset - 1] ?? -1;
    const token = index >= 0 ? this.tokens[index] : undefined;
    return token && token[this.edge] === offset ? token : undefined;
  }
}

export function indexTokens(text: string, tokens: Token[]): TokenisedText {
  const tokenAt = tokenAtOffsets(text.length, tokens);
  return { text, tokens, tokenAt, byStart: new TokensByOffset(tokens, tokenAt, 'start'), byEnd: new TokensByOffset(tokens, tokenAt, 'end') };
}

export interface NameSpan {
  start: number;
  end: number;
}

// Words a name stops before. Single characters first: they end a name wherever they appear after its second character.
const STOP_CHARS = new Set([...'对在和与及等为是的到向将就也都率并于从把被由给让说称摄作已曾又还亦均、，。；：！？（）()“”《》 \t\n·']);
const STOP_WORDS = [
  '出席', '主持', '讲话', '表示', '指出', '同志', '致辞', '强调', '要求', '认为', '参加', '一行', '分别', '先后', '代表',
  '介绍', '宣读', '部署', '调研', '会见', '看望', '慰问', '发言', '带队', '陪同', '作出', '作了', '就是', '一起', '一同',
  '主任', '书记', '委员', '常委', '市长', '省长', '县长', '区长', '部长', '局长', '报道', '摄影', '通讯员', '记者',
  '先生', '女士', '小姐', '老师',
  // What a named leader or speaker does next (`中央军委副主席许其亮/nr 宣布/v`): the name ends before it.
  '宣布', '感慨', '感叹', '透露', '坦言', '告诉', '回忆', '提出', '谈到', '解释', '呼吁', '回应', '来到', '考察', '视察',
  '会晤', '会谈', '接见', '签署', '致信', '致电', '看来',
  // …and what a foreign leader does or sends, which the tagger calls a name (`萨勒/x 祝贺/nr`, `普京/ns 贺信/nr`).
  '祝贺', '盛赞', '贺信', '贺电',
  // …and what his words concern (`彭斯涉华言论`).
  '涉华', '涉港', '涉疆', '涉台', '涉藏',
  // A rank printed after a name (`多拉·曼比·科伊塔上校`).
  '上校', '中校', '少校', '大校', '少将', '中将', '上将',
  // Time words after a name (`省长易炼红日前在`: 红/a 日前/t): the name ends before them.
  '日前', '近日', '今天', '昨天', '当天', '上午', '下午',
];
// Surnames that are also everyday function characters: a name starting with one needs the tagger to call it a name.
// 议 too: a verb in headlines (代表委员议国是) far more often than a surname.
const WEAK_SURNAMES = new Set([...'议和于时平明成全从向都能国文东后有言福爱年阳万山水云花家经干应宗通双那空相查红公法有第来原区门战初由代才化种']);

// Characters that are never part of a name (particles, pronouns, measure words).
const NEVER_IN_NAME = /[的了着过得地之其这那个们所些每各该此]/;
// A particle that follows a two-character name and never ends a three-character one (`周强/x 所/x 说`). (Others, 了 and
// 着, follow verbs: `群众融到/x 了/ul 一起` is no name, and the longer reading fails as one.)
const PARTICLE_AFTER_NAME = /所/;
const ORGAN_OR_PLACE_END = /[会委局厅府署办宫馆寺庙厂站街巷]$/;
const NAME_TAG = /^(nr|x)/;
// The tagger's dictionary marks many common words as names (智慧/nr, 安全感/nr); words it has never seen (x) and
// names it knows as such (nrfg, nrt) are safer evidence.
const SURE_NAME_TAG = /^(x|nrfg|nrt)$/;
/** Tags that make a word a name; plain `nr` does not (智慧/nr, 养老金/nr are in the tagger's dictionary as names). */
export function sureName(token: Token): boolean {
  return SURE_NAME_TAG.test(token.tag ?? '');
}
// Word classes that a name never is: a surname character starting one of these begins an ordinary word (关于, 强烈).
// Function words: a surname character tagged so (和/c, 曾/d, 于/p) is mostly the word, not a surname.
const FUNCTION_TAG = /^(p|c|d|u.*)$/;
const NOT_NAME_TAG = /^(p|c|d|a|ad|an|v|vd|u.*|r|m|q|f|t|z.*|y|e|o|l|i)$/;
// Word-forming suffixes of abstract nouns (安全性, 智能化, 幸福感): a dictionary word ending in one is no name.
const NOUN_SUFFIX = /[性化感度率者观型式制权]$/;
const CJK = /^[\u3400-\u9fff]+$/;
// What follows a name ending in 和 (魏凤和) but never the conjunction 和: punctuation, a date, speech, another preposition.
export const NAME_ENDING_AND = /^(?:[，。、；：！？,;:\s）)]|\d+日|说|表示|指出|强调|认为|介绍|与|同|在京|出席|主持|会见|会谈|通电话|举行|分别|$)/;

/**
 * The surnames by UTF-16 unit, for the lexicon they were read from: 1 where a surname is that unit, 2 where a compound
 * surname begins with it (and 3 for both). Looking up two slices per call made two strings per call, at every 的.
 */
let surnameUnits: { lexicon: PeopleLexicon; units: Uint8Array; empty: boolean } | undefined;

function surnameTable(lexicon: PeopleLexicon): { units: Uint8Array; empty: boolean } {
  if (surnameUnits?.lexicon !== lexicon) {
    const units = new Uint8Array(0x10000);
    for (const surname of lexicon.surnames) if (surname.length === 1) units[surname.charCodeAt(0)]! |= 1;
    for (const surname of lexicon.compoundSurnames) if (surname.length > 0) units[surname.charCodeAt(0)]! |= 2;
    surnameUnits = { lexicon, units, empty: lexicon.compoundSurnames.has('') || lexicon.surnames.has('') };
  }
  return surnameUnits;
}

/** Length of the surname at `pos` (2 for compound surnames), or 0. */
export function surnameLength(text: string, pos: number): number {
  const lexicon = peopleLexicon();
  const { units, empty } = surnameTable(lexicon);
  const unit = pos >= 0 && pos < text.length ? units[text.charCodeAt(pos)]! : 0;
  if ((unit & 2 || empty) && lexicon.compoundSurnames.has(text.slice(pos, pos + 2))) return 2;
  if (unit & 1) return 1;
  return empty && lexicon.surnames.has(text[pos] ?? '') ? 1 : 0;
}

export function startsStopWord(text: string, pos: number): boolean {
  const ch = text[pos];
  if (ch === undefined || STOP_CHARS.has(ch) || !CJK.test(ch)) return true;
  return STOP_WORDS.some((word) => text.startsWith(word, pos));
}

function startsStopPhrase(text: string, pos: number): boolean {
  const ch = text[pos];
  if (ch === undefined || !CJK.test(ch)) return true;
  return STOP_WORDS.some((word) => text.startsWith(word, pos));
}

// The words Tibetan given names are made of; a name is two or three of them (`晋美旺措`, `格桑次仁`, `多吉次珠`).
const TIBETAN_NAME_PARTS = new Set(
  ('晋美 旺措 旺姆 次仁 扎西 格桑 尼玛 多吉 达瓦 平措 洛桑 索朗 白玛 德吉 卓玛 央金 拉姆 曲珍 普布 边巴 巴桑 次旦 顿珠 罗布 旺堆 ' +
    '强巴 益西 丹增 土登 其美 阿旺 嘎玛 贡觉 加措 嘉措 群培 米玛 旦增 仁青 桑珠 欧珠 朗杰 旺久 琼达 玉珍 卓嘎 德庆 赤列 坚参 ' +
    '江村 次珠 贡嘎 泽仁 泽旺 降措 向巴 曲扎 次央 拉巴 布琼 索南 才让 才旦 扎巴 更登 斯朗 旺杰 占堆 桑杰 丹巴 巴珠 贡布 次珍 ' +
    '德央 拉珍 措姆 普琼 旺青 达娃 次吉 尼珠 洛追 坚赞 赤林 仓决 卓玛 巴珍 群宗 罗桑 旺扎 多杰 扎多 格列 仁增 吉律 朗嘎').split(' '),
);

/** One of the two-character words Tibetan given names are made of (`晋美`, `旺措`). */
export function isTibetanNamePart(word: string): boolean {
  return TIBETAN_NAME_PARTS.has(word);
}

/** A Tibetan name: two or three of those words (`洛桑江村`, `白玛赤林`), whatever surname its first character may be. */
export function isTibetanName(name: string): boolean {
  if (name.length !== 4 && name.length !== 6) return false;
  for (let k = 0; k < name.length; k += 2) if (!TIBETAN_NAME_PARTS.has(name.slice(k, k + 2))) return false;
  return true;
}

export function isWeakSurname(ch: string): boolean {
  return WEAK_SURNAMES.has(ch);
}

/** A name holds no post (周总理 is a surname and a post). */
function containsPost(name: string): boolean {
  if (isTitleWord(name)) return true;
  const { posts, companyPosts } = peopleLexicon();
  for (let i = 0; i < name.length; i++) {
    for (let j = i + 2; j <= name.length; j++) if (posts.has(name.slice(i, j)) || companyPosts.has(name.slice(i, j))) return true;
  }
  return false;
}

/** A known title, role or organ word is never a name. */
function isTitleWord(word: string): boolean {
  const lexicon = peopleLexicon();
  if (lexicon.companyPosts.has(word) || lexicon.associationPosts.has(word)) return true;
  return lexicon.posts.has(word) || lexicon.roles.has(word) || lexicon.bylines.has(word) || lexicon.organs.includes(word);
}

/**
 * The name that starts at `pos`, if one does: a surname and one or two more characters (a compound surname and one
 * or two), ending before a stop word. `loose` (in credits) accepts any 2–3 character word the tagger calls a name
 * and dictionary words (记者马力);
 * `strict` wants the tagger to call it a name (after words like 村民, 群众 that also end ordinary phrases).
 */
export function nameAt(tt: TokenisedText, pos: number, loose = false, strict = false): NameSpan | undefined {
  const { text } = tt;
  const surname = surnameLength(text, pos);
  const token = tt.byStart.get(pos);
  if (surname === 0) {
    if (!loose || !token || token.word.length < 2 || token.word.length > 3 || !CJK.test(token.word)) return undefined;
    if (token.tag !== undefined && !NAME_TAG.test(token.tag)) return undefined; // 综合/vn in `石莹 综合整理`
    return isTitleWord(token.word) || startsStopWord(text, pos) ? undefined : { start: pos, end: token.end };
  }
  const weak = strict || (surname === 1 && WEAK_SURNAMES.has(text[pos]!));
  if (token && token.word.length > surname && NOT_NAME_TAG.test(token.tag ?? '')) return undefined;
  // The surname character begins a longer dictionary word (充分肯定/nz): no name starts here.
  if (token && token.word.length > surname + 2 && token.tag !== 'x') return undefined;
  let end = 0;
  if (token && token.word.length > surname && token.word.length <= surname + 2 && CJK.test(token.word)) {
    // Only a token the tagger calls a name fixes the length; a dictionary word (陆治/n 原/n) may be half a name.
    // After a role word a three-character `nr` word passes too (院士邬贺铨): abstract nouns are caught by their suffix.
    const strictOk = sureName(token) || (token.tag === 'nr' && token.word.length === 3);
    if (token.tag === undefined || (strict ? strictOk : NAME_TAG.test(token.tag))) {
      end = token.end;
      // A two-character name followed by a lone unknown character (王卫/x 东/x) or a lone character the tagger also
      // calls a name (余利/nr 鸿/nr) is a three-character name.
      const next = tt.byStart.get(end);
      // …or one followed by the end of the phrase (李殿/x 勋 + space, 马顺/x 清作/x + 说明).
      // (Not a particle: `周强/x 所/x 说`, `潘雪/x 之/x`.)
      if (end - pos === surname + 1 && next && !startsStopWord(text, end) && !PARTICLE_AFTER_NAME.test(text[end]!)) {
        if ((next.word.length === 1 && /^(?:x|nr)$/.test(next.tag ?? '')) || startsStopWord(text, end + 1)) end++;
      }
    }
  }
  // The tagger split surname and given name: 吕/nr 向东/nr, 曹/nr 新民/n (a surname it calls a name, then any word),
  // 于/p 有斌/x (a given name it has never seen).
  const given = token && token.end === pos + surname ? tt.byStart.get(token.end) : undefined;
  // A surname character the tagger reads as a function word (和/c 博/nr in `主席和博里奇总统`) needs a given name it has
  // never seen (于/p 有斌/x).
  const surnameIsFunctionWord = token !== undefined && token.word.length === surname && FUNCTION_TAG.test(token.tag ?? '');
  const splitName = surnameIsFunctionWord && WEAK_SURNAMES.has(text[pos]!)
    ? given?.tag === 'x'
    : /^(nr|x)/.test(given?.tag ?? '') || (!strict && /^nr/.test(token?.tag ?? ''));
  if (end === 0 && given && splitName && given.word.length <= 2 && CJK.test(given.word) && !startsStopWord(text, given.start)) {
    end = given.end;
    // 王/nr 予/vg 波/j before a space: one more character when the phrase ends right after it.
    if (end - pos === surname + 1 && !startsStopWord(text, end) && !PARTICLE_AFTER_NAME.test(text[end]!) && startsStopWord(text, end + 1)) end++;
  }
  if (end === 0) {
    if (weak || surnameIsFunctionWord) return undefined; // 曾/d 在/p: `总书记曾在梁家河`
    // The segmenter broke the name up or ran it into the next word: take up to two characters before a stop word.
    // The first given character may be one that ends names elsewhere (李向东, 张和平); only a stop word ends it.
    end = pos + surname;
    while (end < pos + surname + 2 && !(end === pos + surname ? startsStopPhrase(text, end) : startsStopWord(text, end))) end++;
  }
  // A stop word inside (姚先生 is 姚 and a courtesy word), or a dictionary word that starts inside the given name and
  // runs past it (丰/街道): the name ends before it.
  for (let k = pos + surname; k < end; k++) {
    const inner = tt.byStart.get(k);
    // …unless the word is the given name glued to a preposition or 说 (韩/j 正在/t, 李尚/x 文说/n); not `朱满看到`, `王晨关于`.
    const gluedToPreposition = /[在说对将为向与]/.test(text[end] ?? '');
    const runsPast =
      inner !== undefined && inner.word.length >= 2 && inner.end > end && !NAME_TAG.test(inner.tag ?? '') && !gluedToPreposition;
    if (startsStopPhrase(text, k) || runsPast) {
      end = k;
      break;
    }
  }
  // 和 ends a name when no conjunct follows it: `魏凤和说`, `魏凤和与…`, `魏凤和26日…` (not `王军和李明`).
  if (end - pos === surname + 1 && text[end] === '和' && NAME_ENDING_AND.test(text.slice(end + 1, end + 5))) end++;
  // A third character that begins a stop word (李兰祥 is whole; 刘运主持 is not) or is a single stop character.
  while (end - pos > surname + 1 && startsStopWord(text, end - 1) && !(text[end - 1] === '和' && NAME_ENDING_AND.test(text.slice(end, end + 4)))) end--;
  // 同 and 跟 as prepositions glued to a two-character name before a place, body or name (`王毅同意大利外长`).
  if (end - pos === surname + 2 && /[同跟]/.test(text[end - 1]!) && /^(ns|nt|nr)/.test(tt.byStart.get(end)?.tag ?? '')) end--;
  if (end - pos <= surname) return undefined;
  const name = text.slice(pos, end);
  // `副秘书长任副主任`: 副 (deputy) before a post is the post's, and the rest no name.
  if (/[副正]$/u.test(name) && peopleLexicon().titleWords.matchAt(text, end) !== undefined) return undefined;
  // 之 and 其 end given names (王羲之, 马正其) where what follows is what their holder does (`副主任潘雪之告诉记者`,
  // `副局长马正其介绍`); before a noun they are particles (`应王毅之邀`, `王毅其人`), which the stop words leave out.
  const endsInParticle =
    end - pos === surname + 2 && /[之其]/u.test(text[end - 1]!) && startsStopWord(text, end) && /[\u3400-\u9fff]/u.test(text[end] ?? '');
  const checked = endsInParticle ? name.slice(0, -1) : name;
  if (containsPost(name) || !CJK.test(name) || !plausibleName(checked, tt.byStart.get(pos), loose)) return undefined;
  return { start: pos, end };
}

/** Shapes that are words, not names: `殷殷` (a reduplicated word), `安全感` (a dictionary noun in -感). */
function plausibleName(name: string, token: Token | undefined, credited = false): boolean {
  if (name.length === 2 && name[0] === name[1]) return false;
  if (NEVER_IN_NAME.test(name)) return false;
  // What a leader sends, after the post (`习近平主席贺信`, `…唁电`): 贺 and 唁 read as surnames.
  if (/^[贺唁](?:信|电|词|辞|函)$/.test(name)) return false;
  // Bodies and buildings, not people (银监会, 卢浮宫).
  if (ORGAN_OR_PLACE_END.test(name)) return false;
  const fromDictionary = token?.word === name && token.tag !== 'x';
  // One whole dictionary word the tagger does not call a name (书记项目: 项目/n) is that word.
  // Place-like tags stay possible (罗干/ns, 安南/ns): the tagger often mistakes names for places.
  // In a credit (记者马力) the place is a name's, whatever the word means elsewhere.
  if (fromDictionary && !credited && /^(n|vn|v|a|an|ad|d)$/.test(token.tag ?? '')) return false;
  return !(fromDictionary && NOUN_SUFFIX.test(name));
}

/**
 * The name that ends at `end` (before a title: 习近平总书记, 李强总理), if the tagger calls the word before it a name.
 * `lenient` takes any word tagged a name (before 同志, which follows nothing else).
 */
export function nameEndingAt(tt: TokenisedText, end: number, lenient = false): NameSpan | undefined {
  const token = tt.byEnd.get(end);
  if (!token || token.word.length < 2 || token.word.length > 4 || !CJK.test(token.word)) return undefined;
  // Before a title only a name the tagger is sure of counts (爱戴/nr 总书记 is a verb and a title).
  // A post after it vouches for a three-character `nr` word (毛泽东主席); `lenient` takes any (陈云同志).
  // Before 同志 a three-character word of any naming class passes (周恩来/t: the tagger reads 周 as "week").
  const sure =
    sureName(token) ||
    (token.tag === 'nr' && (lenient || token.word.length >= 3)) ||
    // 周恩来/t: the tagger reads 周 as "week"; a post after a three-character word vouches for it.
    (token.tag === 't' && token.word.length === 3 && !WEAK_SURNAMES.has(token.word[0]!)) ||
    (lenient && token.word.length === 3 && !/^(p|c|u|d|r|v|a|b|m|q|f)/.test(token.tag ?? ''));
  if (token.tag !== undefined && !sure) {
    return undefined;
  }
  const surname = surnameLength(tt.text, token.start);
  if (surname === 0 || token.word.length <= surname || token.word.length > surname + 2) return undefined;
  if (containsPost(token.word) || !plausibleName(token.word, token)) return undefined;
  return { start: token.start, end };
}
