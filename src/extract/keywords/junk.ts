// Classes of terms that are never keywords of a text whatever their score (issue 15): words of classes that only
// keywords leaves out (src/data/keyword-junk.txt: ceremony, obituaries, kinship…; not stop words, which the reprint
// signature reads too), and, judged on the ranked rows, words every policy text uses. The classes of shape and tag
// (names, fragments, organs) live in term-class.ts.
import { readWordList } from '../../word-lists.js';

let junkWords: ReadonlySet<string> | undefined;
let broadWords: ReadonlySet<string> | undefined;

/**
 * True for a word of src/data/keyword-broad.txt: a broad noun (时间, 状态, 政治) that is no keyword alone; judged on
 * ranked single words only, so that it still stands inside phrases (国土空间规划).
 */
export function isBroadNoun(word: string): boolean {
  broadWords ??= new Set(readWordList('keyword-broad.txt'));
  return broadWords.has(word);
}

/** True for a word of src/data/keyword-junk.txt. */
export function isKeywordJunk(word: string): boolean {
  junkWords ??= new Set(readWordList('keyword-junk.txt'));
  return junkWords.has(word);
}

/**
 * Specificity (see keywords.ts `specificity`) below which a single word is one that four in ten policy texts use
 * (idf = ln((N+1)/(df+1)) + 1 = 1.9 at df ≈ 40 % of the IDF's corpus): 企业, 合作, 经济, 政策, 项目, 体系, 环境. A
 * short article repeats such a word enough to rank it, and it names no subject. Phrases weigh more than their words and
 * are not judged so.
 */
export const BROAD_SPECIFICITY = 1.9;

/**
 * An IDF made from fewer documents than this (`keywords --idf` of a user's small corpus) cannot tell a broad word: at 3
 * documents a word of one of them already weighs under BROAD_SPECIFICITY.
 */
export const BROAD_MIN_DOCUMENTS = 100;

/** True when a single word of this specificity is too broad to be a keyword (keyness). `documents`: 0 when unknown. */
export function isBroadWord(parts: readonly string[], weight: number, documents = 0): boolean {
  if (documents > 0 && documents < BROAD_MIN_DOCUMENTS) return false;
  return parts.length === 1 && weight < BROAD_SPECIFICITY;
}

/**
 * Bodies named by their kind alone (研究院, 领导小组, 联络组, 教育部门, 公安机关, 总部, 电视台, 参议院, 联邦议会, 理事会,
 * 街道办事处; 机关 and 议会 ended 147 rows of the per-article top 10 of the real news): the organisation
 * a story mentions, said without its name; organisations are entities, not keywords. Heads that also name a kind of
 * place or a sector (医院, 学校, 合作社) are not of this class, nor are the words of 组 that name no body (重组, 机组).
 */
const BODY_KIND =
  /(?:研究院|研究所|研究中心|服务中心|小组|\p{Script=Han}[^重改机编分词\P{Script=Han}]组|部门|机关|办事处|总部|指挥部|办公室|电视台|电台|议院|议会|法院|检察院|科学院|工程院|理事会|董事会|监事会|联合会|商会)$/u;

export function isBodyKind(word: string): boolean {
  return BODY_KIND.test(word);
}

/**
 * Meetings named by their head (大会, 四中全会, 世界卫生大会, 团拜会, 分会场): meetings are entities (`meetings`), and a
 * meeting's name says where something was said, not what about.
 */
const MEETING_HEAD = /(?:大会|全会|会议|团拜会|座谈会|推进会|报告会|招待会|发布会|见面会|恳谈会|研讨会|年会|会场)$/u;

export function isMeetingName(word: string): boolean {
  return MEETING_HEAD.test(word);
}

/**
 * Words that name a measure of nothing said (人次, 户均, 金额, 降幅, 月份, 约合) or a change of one (笔数增幅): the
 * figures around them are `numbers`' rows, and the words alone name no topic.
 */
const MEASURE_WORD = /^(?:人次|人数|次数|笔数|件数|户数|总数|户均|人均|月份|年份|金额|总额|数额|余额|降幅|增幅|涨幅|跌幅|增速|增量|总量|数量|比例|比重|占比|份额|均价|率达|约合|折合)$|^\p{Script=Han}{1,3}[数额量](?:增幅|降幅|增速|涨幅)$/u;

export function isMeasureWord(word: string): boolean {
  return MEASURE_WORD.test(word);
}

/**
 * The role, the force or the momentum of something (带头作用, 先锋模范作用, 工作力度, 执法力度, 疫情蔓延势头,
 * 发展势头): how much or how well, the subject being the words before, which rank on their own.
 */
const ROLE_TAIL = /(?:作用|力度|势头)$/u;

export function isRoleWord(word: string): boolean {
  return ROLE_TAIL.test(word);
}

/**
 * People named by their role or group (社区干部, 公安民警, 环卫工人, 各族群众, 街坊邻居, 兄弟姐妹, 一代人): who acts or
 * is addressed, not what about; the word alone (干部, 居民) is judged as any word. Groups a policy is for (困难群众,
 * 贫困群众, 留守儿童, 农民工) are its subject: a head after a qualifier of need (TARGET_GROUP) is kept.
 */
const PEOPLE_HEAD = /\p{Script=Han}(?:干部|民警|警察|指战员|指挥员|战士|工人|党员|群众|居民|职工|邻居|姐妹|兄弟|朋友|伙儿|面孔|英雄|代人)$/u;
const TARGET_GROUP = /^(?:困难|贫困|特困|低收入|受灾|失业|残疾|留守|孤寡|孤困|返乡|退役|离退休|进城|外来|农村|城镇)/u;

export function isPeopleByRole(word: string): boolean {
  return PEOPLE_HEAD.test(word) && !TARGET_GROUP.test(word);
}

/**
 * Documents named by their kind (国务院令, 主席令, 嘉奖令): the form a text was issued in, not what it orders; its title
 * or subject ranks on its own. 禁令 and 命令 (what is ordered) are not of this class.
 */
const DOCUMENT_TYPE = /^(?:国务院|主席|总统|总理|首相|政府|行政|嘉奖|通缉|训|\p{Script=Han}{1,6}[部委局署])令$/u;

export function isDocumentType(word: string): boolean {
  return DOCUMENT_TYPE.test(word);
}

/**
 * A person named by the head of a unit (中医医疗队队长, 工作队队长, 船长, 市民园长): who acts, like the posts of
 * src/data/titles.txt, which the officials code reads and which holds these as roles or not at all; kept here so that
 * keywords alone widens it. 河长 and 林长 (a policy's name) are not listed.
 */
const UNIT_HEAD =
  /(?:队长|组长|班长|站长|所长|院长|校长|馆长|村长|社长|园长|店长|船长|机长|护士长|科长|处长|股长|连长|营长|团长|排长|舰长|台长|秘书长|行长|董事长|厂长|矿长|场长)$/u;

export function isUnitHead(word: string): boolean {
  return UNIT_HEAD.test(word);
}

/** Landmarks by their name (人民英雄纪念碑, 雷锋纪念馆): where, not what about; the kind alone (纪念馆) is judged as any word. */
const MEMORIAL = /^\p{Script=Han}{2,}纪念(?:碑|馆|堂)$/u;

export function isMemorial(word: string): boolean {
  return MEMORIAL.test(word);
}
