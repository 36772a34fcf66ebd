// Meetings and events an article names: `市委经济工作会议`, `党的二十届四中全会`, `十四届全国人大三次会议`,
// `张军桥同志事迹报告会`… Three readings, all general:
// 1. sessions with a numbered grammar (plenums `二十届四中全会`, congress sessions `市二十届人大二次会议`, `党的二十大`);
// 2. a head from src/data/meeting-heads.txt (会议, 推进会, 发布会, 论坛…) and the name read leftwards before it;
// 3. `市委常委会召开会议` and `两会`.
// Each is then told `own` (the article reports it: `…会议召开`, `召开…会议`) or `referenced` (`贯彻…精神`).
import type { Article, EntitySpan } from '../../types.js';
import { findDates, parseSmallNumber } from '../dates/dates.js';
import { findOrgs, jurisdictionLevel, loadNameWords, outermostSpans, placeBefore, readNameLeftwards, withArticlePlace } from '../orgs/orgs.js';
import { tokenIndex } from '../../nlp/article-tokens.js';
import { readWordList } from '../../word-lists.js';
import { PhraseMatcher } from '../../nlp/phrase-matcher.js';

type MeetingKind = 'meeting' | 'event';

let meetingHeads: [string, MeetingKind][] | undefined;
/** Heads that name an event alone (`进博会`, `广交会`): third column `named` in meeting-heads.txt. */
const namedHeads = new Set<string>(['党代会']);
function loadMeetingHeads(): [string, MeetingKind][] {
  meetingHeads ??= readWordList('meeting-heads.txt')
    .map((line) => line.split(/\s+/) as [string, string, string?])
    .map(([head, kind, named]): [string, MeetingKind] => {
      if (named === 'named') namedHeads.add(head);
      return [head, kind === 'event' ? 'event' : 'meeting'];
    })
    .sort((a, b) => b[0].length - a[0].length);
  return meetingHeads;
}

const N = '[一二三四五六七八九十]';
// `党的二十届四中全会`, `十九届二中、三中全会` (one meeting each), `省委十一届十次全会`.
const PLENUM = new RegExp(`(党的|中国共产党|中共)?(${N}{1,3})届((?:${N}{1,3}[中次][、和及]?)+)全(?:体)?会(?:议)?`, 'gu');
// The central committees of the other parties and the Youth League hold plenums too: `中国致公党十六届二中全会`,
// `民革十四届三中全会`, `共青团十九届二中全会`.
const OTHER_PARTY_BEFORE =
  /(?:中国国民党革命委员会|中国民主同盟|中国民主建国会|中国民主促进会|中国农工民主党|中国致公党|九三学社|台湾民主自治同盟|民革|民盟|民建|民进|农工党|致公党|台盟|共青团)(?:中央)?$/u;
// `党的二十大`, `中共二十大`, `中共第二十次全国代表大会`; bare `十九大`, `二十大` only for the recent congresses, and
// not `十六大代表` (people) nor a count (`十九大类`).
const PARTY_CONGRESS = new RegExp(
  `(?:党的|中共)(${N}{2,3})大|(?:中国共产党|中共)第(${N}{2,3})次全国代表大会` +
    `|(?<![${N.slice(1, -1)}党共第])(?:十[五六七八九]|二十)大(?!代表|类|项|行业|产业|工程|任务|举措|战略|领域|板块|方面|重点|关系)`,
  'gu',
);
// The long form of a plenum: `中国致公党第十六届中央委员会第二次全体会议` is `中国致公党十六届二中全会`.
const LONG_PLENUM = new RegExp(
  `(党的|中国共产党|中共)?第(${N}{1,3})届中央委员会第(${N}{1,3})次全体会议`,
  'gu',
);
// People's congress and CPPCC sessions: `市二十届人大二次会议`, `十四届全国人大三次会议`,
// `第十三届全国人民代表大会第一次会议`, `政协第十四届全国委员会第三次会议`, `市二十届人大常委会第五次会议`,
// `中国人民政治协商会议第十三届全国委员会第三次会议`.
const BODY = '(?:人大常委会|人民代表大会常务委员会|人民代表大会|人大|政协(?:[\\p{Script=Han}]{0,4}?委员会)?)';
const CONGRESS_SESSION = new RegExp(
  `(全国|[省市县区州旗盟])?(?:政协)?第?(${N}{1,3})届(全国)?${BODY}?(?:第?(${N}{1,3})次)(?:全体)?会议` +
    `|(全国|[省市县区州旗盟])?(人大常委会|政协常委会|人大|政协)第?(${N}{1,3})届第?(${N}{1,3})次(?:全体)?会议` +
    `|(中国人民政治协商会议|政协)第(${N}{1,3})届全国委员会第(${N}{1,3})次(?:全体)?会议`,
  'gu',
);
// `市委常委会召开会议`: the meeting is the standing committee's.
// Also with the day between: `中共中央政治局12月8日召开会议`, `中央政治局常务委员会1日召开会议`.
const STANDING_COMMITTEE =
  /((?:[省市县区州旗盟]委|中央政治局|政治局|国务院|[省市县区州旗盟]政府)(?:常委会|常务委员会|常务会议)?)((?:\d{1,2}月)?\d{1,2}日(?:上午|下午|晚上?)?)?(?:召开|举行)了?(?:扩大)?会议/gu;
// `中共全国人大常委会党组19日举行会议`, `贵州省委立即召开专题会议`: an organ found by orgs.ts holds the meeting after it.
const ORGAN_HOLDS_MEETING =
  /((?:\d{1,2}月)?\d{1,2}日(?:上午|下午|晚上?)?)?(?:立即|迅速|随即|专门|再次|第一时间)?(?:召开|举行)了?(专题|紧急|扩大)?会议/gu;
const HOLDING_ORGAN = /(?:党组|党委|党工委|[省市县区州旗盟]委|政府|常委会|常务委员会|委员会|领导小组|指挥部|人大|政协|纪委|监委)$/u;
// `中共中央政治局…进行第十一次集体学习`: the study session is the organ's meeting.
const COLLECTIVE_STUDY = /第([一二三四五六七八九十]{1,3}|\d{1,3})次集体学习/gu;
const STUDYING_ORGAN = /(?:中共中央政治局|中央政治局|[省市县区州旗盟]委(?:常委会|理论学习中心组)?|[省市县区州旗盟]政府党组)/gu;
// `省纪委五次全会`, `市委三次全会`: a local plenum printed without its term.
// `中央纪委三次全会`: the central discipline commission's too.
const LOCAL_PLENUM = new RegExp(`((?:中央|[省市县区州旗盟])纪委|[省市县区州旗盟]委)(${N}{1,3})次全(?:体)?会(?:议)?`, 'gu');
// `庆祝中华人民共和国成立70周年大会`, `纪念毛泽东同志诞辰130周年座谈会`: the verb opens the name.
// (A second meeting joined by 暨 is the same one: `纪念建党99周年暨“两优一先”表彰大会`; a short topic may stand
// before the head: `…发掘60周年国际学术研讨会`, not the time of holding: `…周年之际召开座谈会`.)
const ANNIVERSARY =
  /(?:庆祝|纪念)[^，。；、！？\s“”《》（）]{2,24}?(?:\d{1,4}|[一二三四五六七八九十百]{1,4})周年(?:纪念)?(?:暨[^，。；、！？\s]{2,20}?|(?:(?!之际|召开|举行|举办|[的时上在和于])[\u4e00-\u9fff]){0,6}?)(大会|座谈会|招待会|音乐会|文艺晚会|研讨会|报告会)/gu;
// `参加内蒙古代表团审议`: a delegation's deliberation at the 两会 is a meeting of its own, named by the place.
const DELEGATION_DELIBERATION = /代表团(?:的)?审议/gu;
const TWO_SESSIONS = /(全国|地方)?[“"]?两会[”"]?/gu;

// The organ that holds a meeting, at the start of its name: `中央`, `省委`, `青州市委`, `国务院`, `市人大常委会`.
const ORGANISER = new RegExp(
  '^(?:[\\p{Script=Han}]{0,6}?)(?:中共中央|党中央|中央|国务院|' +
    '[省市县区州旗盟乡镇]委|[省市县区州旗盟乡镇](?:人民)?政府|[省市县区州旗盟]?人大常委会|[省市县区州旗盟]?人大|[省市县区州旗盟]?政协)',
  'u',
);
// Meetings of a whole jurisdiction: `全市经济工作会议`, `全国金融工作会议`.
const WHOLE_JURISDICTION = /^全(国|省|市|县|区)/u;

// `…会议召开`, `…会议1月17日至18日在北京召开`, `…会议22日上午9时在人民大会堂开幕`, `…会议于10月26日在广州开幕`;
// not `…召开在即`, `…顺利召开营造…`, `…将于…召开`.
// 新闻联播 names the day in words with the date in brackets: `昨天（12月8日）`, `今天上午`.
const DAY_AND_HOUR =
  '(?:(?:\\d{1,2}月)?\\d{1,2}日(?:至(?:\\d{1,2}月)?\\d{1,2}日)?|(?:今天|昨天|当天|当日|今日|昨日)(?:[（(](?:\\d{1,2}月)?\\d{1,2}日[）)])?)?' +
  '(?:上午|下午|晚上?|早上)?(?:[（(](?:\\d{1,2}月)?\\d{1,2}日[）)])?(?:\\d{1,2}时(?:\\d{1,2}分)?)?';
const OWN_AFTER = new RegExp(
  `^(?:第[一二三四五六七八九十]+次会议)?\\s*(?:于(?=\\d))?${DAY_AND_HOUR}(?:在([^，。,；;！？\\s]{1,15}?))?(?:隆重|胜利|正式|顺利|先后|同步|立即|迅速|随即|专门|再次|第一时间)?` +
    '(?:召开|举行|举办|开幕|闭幕|启动|开班)(?!在即|之际|前夕|以来|之前|前|营造|创造|作准备|做准备)',
  'u',
);
const EVENT_ABOUT_IT = /^(?:了)?(?:[\p{Script=Han}]{0,2}?(?:推介会|新闻发布会|吹风会|通气会|说明会))/u;
// `山西省第十三届人民代表大会第三次会议1月18日选举…`: a session acting on a day is reported.
// `22日协商一致通过决议`, `以158票赞成通过`: how the body voted may stand before the verb.
const ACTING_ON_A_DAY =
  /^(?:\d{1,2}月)?\d{1,2}日(?:上午|下午|晚上?)?(?:在[^，。,；;！？\s]{1,15}?)?(?:协商一致|一致|全票|高票|以[^，。,；;！？\s]{1,10}?(?:票|多数)(?:赞成)?)?(?:选举|审议|表决|听取|通过|决定|批准)/u;
// `2019金砖国家治国理政研讨会和“…嘉年华”两场活动在巴西里约热内卢举行`: a name joined to another before the verb.
// Not `…和即将召开的…`, `…和…论坛的成功举办`: a future or a noun phrase.
const OWN_AFTER_JOINED = /^[和与及、][^，。,；;！？\n的将拟]{2,30}?(?:在([^，。,；;！？\s]{1,15}?))?(?:隆重|胜利|正式|顺利|同步)?(?:召开|举行|举办|开幕|闭幕)(?!在即|之际|前夕|以来|之前|前)/u;
// `主持召开有关地方和部门座谈会`: 有关 before a name is read as a boundary, not part of it.
const OWN_BEFORE = /(?:召开|举行|举办|主持召开|组织召开|召集|出席|参加|主持|进行)了?(?:有关|相关)?[“"《]?$|(?:召开|举行|举办)的[“"《]?$/u;
// `记者从湖北省政府新闻发布会上获悉`: what a reporter learnt at the meeting reports it.
const LEARNT_AT = /^上?(?:获悉|了解到|得知)/u;
// `场合：江西省县（市、区）委书记座谈会主会场`: the setting of the speech a column prints.
const SPEECH_SETTING = /场合[:：]\s*$/u;
// `28日，…研讨会…举行`, `在11日召开的…座谈会上`, `昨天…`: a day of the month or of the week's news, without a year,
// earlier in the sentence dates a meeting of the report (dates.ts reads no bare `28日`).
const DAY_OF_REPORT = /(?:(?<![\d年月日])\d{1,2}日|今天|昨天|当天|当日|今日|昨日)[^。！？\n]{0,40}$/u;
// The strong verbs of a meeting held by the report's subject (`…并在深圳主持召开…座谈会`): in a dispatch (`新华社深圳
// 10月12日电`, `央视网消息`) they report it though the sentence prints no date, unless it prints another time or the
// sentence tells of a report or decision about it (`会议审议了…`, `关于…`).
const HOLDING_BEFORE = /(?:主持召开|组织召开|召开|主持)了?(?:有关|相关)?[“"]?$/u;
// The organ that holds it, right before the verb (`闵行区专题召开`, `县委及时召开`).
const ORGAN_HOLDING_BEFORE = /(?:[区县市省委局厅办镇乡村]|街道|政府|党组)(?:专题|专门|及时|随即|立即|迅速)?(?:主持|组织)?召开了?[“"]?$/u;
const OTHER_TIME = /(?:\d{1,4}|[一二三四五六七八九十]{1,3})[年月](?!\d{1,2}日电)|曾|此前|以前|过去|当年|上次|去年|前年|以来|连续|多次|每年|每届|历届|(?<![第])[两三四五六七八九十\d]+次(?!会议|全会|全体会议|集体学习)|审议|听取|关于|报告|回顾|总结/u;
const DISPATCH = /^[^。\n]{0,40}?(?:\d{1,2}月\d{1,2}日电|央视网消息)/u;
// `…在第七次全国刑事审判工作会议上强调`: a speech at the meeting reports it; `…上发表的重要讲话` recalls it.
const SPOKEN_AT = /^上(?:强调|指出|表示|说|讲话|要求|作|发表(?:了)?(?:重要)?讲话(?!的|精神))/u;
// `即将召开的…`, `将于…举行的`, `将出席…`: not held yet.
// `抵达阿斯塔纳出席…会议`, `启程前往…出席`: travelling to a meeting is before it.
const FUTURE_BEFORE =
  /(?:即将|将要|将于|将|拟|准备|筹备|定于|适时|明年|下月)[^，。,；;！？\n]{0,30}(?:召开|举行|举办|出席|参加)的?[“"《]?$|(?:抵达|启程|前往|动身|离京)[^。；;！？\n]{0,30}(?:出席|参加)[“"《]?$/u;
// `推迟召开十三届全国人大三次会议`, `暂停举办…`: put off or called off, not held.
// `为召开…作准备`, `开好…`, `迎接…`: a meeting prepared for.
const NOT_HELD_BEFORE =
  /(?:(?:推迟|延期|延后|暂缓|暂停|取消|停办|停止)[^，。,；;！？\n]{0,4}(?:召开|举行|举办)?|(?:为|关于)(?:召开|举行|举办|出席|参加)|开好|办好|迎接|筹备|筹办|提请|(?:欢迎|邀请|期待|希望|愿)[^，。,；;！？\n]{0,12}(?:出席|参加))的?[“"《]?$/u;
// `决定十四届全国人大二次会议2024年3月5日在北京召开`, `建议明年3月4日召开…`: a decision on a meeting to come.
const DECIDED_BEFORE = /(?:决定|建议|同意|批准|提议|确定)$/u;
// `召开…的决定草案`, `召开…的有关事项`, `…(胜利)召开一周年之际`: the meeting is the topic of a decision or an anniversary.
const TOPIC_AFTER = /^(?:的(?:决定|有关|时间|日期|议案|通知|筹备|准备|建议)|(?:胜利|隆重|成功)?召开[一二三四五六七八九十\d]+周年)/u;
const REFERENCED_BEFORE = /(?:学习|贯彻|落实|传达|按照|根据|领会|遵循|对标|围绕|巩固|深化|依据|执行)[^，。,；;]{0,6}$/u;
const REFERENCED_AFTER = /^(?:精神|部署|要求|决策|决定|提出|强调|指出|以来|确定|作出)/u;
const SENTENCE_END = /[。！？!?\n]/u;

interface Candidate {
  kind: MeetingKind;
  start: number;
  end: number;
  name: string;
  org?: string;
  level?: string;
  /** Congress sessions: body, term and session (`全国人大/十三/三`), the same for the long and the short form. */
  session?: string;
  /** Read from a head word (`…述职评议会`), not from the grammar of a numbered session or congress. */
  headed?: boolean;
}

/**
 * Meetings (kind `meeting`) and events (kind `event`) of the article, in text order, one span per name mention.
 * `name` is the full name, with the article's place put before a bare `市`/`省`/`县`/`区` (`市委经济工作会议` in an
 * article about 潍坊市 → `潍坊市委经济工作会议`); `org` the organiser as printed (`市委`, `中央`); `level`
 * central|province|city|county when the organiser shows it; `role` own|referenced; `date` and `location` where the
 * text gives them for the article's own meetings (also carried to the other mentions of the same name).
 */
export function findMeetings(article: Article): EntitySpan[] {
  // Numbered sessions read by their grammar win over a name read leftwards from `会议` across them.
  let orgs: EntitySpan[] | undefined;
  const orgsOnce = () => (orgs ??= findOrgs(article));
  const patterned = [
    ...plenums(article),
    ...congressSessions(article),
    ...withStandingCommittees(standingCommittees(article), organMeetings(article, orgsOnce)),
    ...collectiveStudies(article),
    ...anniversaries(article),
    ...twoSessions(article),
    ...delegationDeliberations(article),
  ];
  const headed = headedNames(article).filter((h) => !patterned.some((p) => p.start < h.end && h.start < p.end));
  const candidates = oneNamePerMeeting(oneNamePerPartyMeeting(outermostSpans([...patterned, ...headed]))).filter(
    (c) => !inWorkTitle(article.text, c.start, c.end),
  );
  const dates = findDates(article);
  // `参加十三届全国人大三次会议内蒙古代表团审议`: a meeting printed right after another is governed by the verb before both;
  // so is one of a list (`共同主持中新双边合作联委会第十九次会议、…理事会第二十四次会议和…`).
  // Candidates by where they end, in order: finding the one before by a search of all was quadratic on long pages.
  const endingAt = new Map<number, Candidate[]>();
  for (const o of candidates) {
    const same = endingAt.get(o.end);
    if (same) same.push(o);
    else endingAt.set(o.end, [o]);
  }
  const governingStart = (c: Candidate): number => {
    let at = c.start;
    for (let step = 0; step < 8; step++) {
      const joined = /[、和及与]/u.test(article.text[at - 1] ?? '') ? at - 1 : at;
      const previous = endingAt.get(joined)?.find((o) => o !== c);
      if (!previous) break;
      at = previous.start;
    }
    return at;
  };
  const spans = candidates.map((c) => describe(article, c, dates, orgsOnce, governingStart(c)));
  return shareAcrossMentions(spans);
}

const PARTY_PREFIX = /^(?:党的|中共|中国共产党)/u;
/**
 * `党的二十届三中全会` and a later `二十届三中全会`, or `中国致公党十六届二中全会` and its long form, are one meeting: every
 * mention takes the name printed with the party (the first so printed), so one meeting gives one name.
 */
function oneNamePerPartyMeeting(candidates: Candidate[]): Candidate[] {
  const withParty = new Map<string, string>();
  for (const c of candidates) {
    const bare = c.name.replace(PARTY_PREFIX, '');
    if (bare !== c.name && !withParty.has(bare)) withParty.set(bare, c.name);
  }
  if (withParty.size === 0) return candidates;
  return candidates.map((c) => {
    const named = withParty.get(c.name);
    return named && named !== c.name ? { ...c, name: named } : c;
  });
}

/**
 * `疫情防控工作新闻发布会` in the headline and `…肺炎疫情防控工作新闻发布会` in the lede, `深圳全球招商大会` and
 * `2023深圳全球招商大会`: a name that ends another, longer one of the article is that meeting printed short, when only one
 * longer name so ends. Every mention takes the longer name.
 */
/** A name with its numbers in digits (`实施十五周年` → `实施15周年`). */
function numbersAsDigits(name: string): string {
  return name.replace(/[一二两三四五六七八九十百]+/gu, (numeral) => String(parseSmallNumber(numeral) ?? numeral));
}
const ORGANISATION_OPENING = /^[\p{Script=Han}]{2,8}组织([\p{Script=Han}“”（）]{4,})$/u;
const TERM_BEFORE_ORGAN = /^(?:第?[一二三四五六七八九十]{1,3}届)?(?:全国)?$/u;
const ORGAN_END = /(?:中央|全国|国务院|[省市县区州旗盟乡镇]委|党委|党组|政府|人大|政协|全[省市县区]|机关|部门|系统|单位|[部局厅办院])$/u;
function oneNamePerMeeting(candidates: Candidate[]): Candidate[] {
  // `第十三届全国人民代表大会第三次会议` and `十三届全国人大三次会议`: one session, the name first printed.
  const sessionNames = new Map<string, string>();
  for (const c of candidates) if (c.session && !sessionNames.has(c.session)) sessionNames.set(c.session, c.name);
  if (sessionNames.size > 0) candidates = candidates.map((c) => (c.session ? { ...c, name: sessionNames.get(c.session)! } : c));
  // `《反分裂国家法》实施十五周年座谈会` and `…实施15周年座谈会`: a number printed in words or in digits, one meeting,
  // named as printed most often (the first so printed).
  const printed = new Map<string, number>();
  for (const c of candidates) printed.set(c.name, (printed.get(c.name) ?? 0) + 1);
  const byNumber = new Map<string, string>();
  for (const c of candidates) {
    const key = numbersAsDigits(c.name);
    const known = byNumber.get(key);
    if (known === undefined || printed.get(c.name)! > printed.get(known)!) byNumber.set(key, c.name);
  }
  if (byNumber.size < new Set(candidates.map((c) => c.name)).size) {
    candidates = candidates.map((c) => {
      const named = byNumber.get(numbersAsDigits(c.name))!;
      return named !== c.name ? { ...c, name: named } : c;
    });
  }
  // `上合组织现代农业发展圆桌会议` in the headline and `上海合作组织现代农业发展圆桌会议` in the body: an organisation printed
  // short and in full before one name is one meeting, named as first printed.
  const byTail = new Map<string, string>();
  for (const c of candidates) {
    const tail = ORGANISATION_OPENING.exec(c.name)?.[1];
    if (tail && !byTail.has(tail)) byTail.set(tail, c.name);
  }
  if (byTail.size > 0) {
    candidates = candidates.map((c) => {
      const tail = ORGANISATION_OPENING.exec(c.name)?.[1];
      return tail && byTail.get(tail) !== c.name ? { ...c, name: byTail.get(tail)! } : c;
    });
  }
  const names = [...new Set(candidates.map((c) => c.name))];
  if (names.length < 2) return candidates;
  const longer = new Map<string, string>();
  // `‘两会节奏’` and `参加全国两会` in one article: the bare 两会 is the one named with its level (the only one).
  const sessions = names.filter((name) => name !== '两会' && name.endsWith('两会'));
  if (names.includes('两会') && sessions.length === 1) longer.set('两会', sessions[0]!);
  for (const name of names) {
    // A name that opens with its organiser (`中央经济工作会议`) is whole; one whose longer form ends in an organ
    // (`中央经济工作会议` over `经济工作会议`) may be another organ's meeting (`…全委会暨经济工作会议`).
    // Only its term may open it further (`人大常委会第九次会议` of `十三届全国人大常委会第九次会议`).
    const whole = ORGANISER.test(name) || WHOLE_JURISDICTION.test(name);
    const ends = names.filter((other) => {
      if (other.length <= name.length || !other.endsWith(name)) return false;
      const extra = other.slice(0, -name.length);
      return whole ? TERM_BEFORE_ORGAN.test(extra) : !ORGAN_END.test(extra);
    });
    // `二十届三中全会` inside `党的二十届三中全会` is oneNamePerPartyMeeting's; distinct longest ends leave it open.
    const longest = ends.filter((e) => !ends.some((f) => f.length > e.length && f.endsWith(e)));
    if (longest.length === 1 && !longer.has(name)) longer.set(name, longest[0]!);
  }
  if (longer.size === 0) return candidates;
  return candidates.map((c) => {
    const named = longer.get(c.name);
    return named ? { ...c, name: named, org: c.org ?? candidates.find((o) => o.name === named)?.org } : c;
  });
}

function plenums(article: Article): Candidate[] {
  const found: Candidate[] = [];
  // Every plenum and session is of a term (届): without one the patterns, whose openings are optional, cannot match,
  // and trying them at every character cost as much as all the other meeting patterns.
  const plenumsPossible = article.text.includes('届');
  for (const m of plenumsPossible ? article.text.matchAll(PLENUM) : []) {
    const [, party, term, list] = m as unknown as [string, string | undefined, string, string];
    const members = [...list.matchAll(new RegExp(`(${N}{1,3})([中次])`, 'gu'))];
    // Who holds it: the Party centre unless a local committee is printed before (`省委十一届十次全会`).
    // (`自治区党委十一届六次全会`, `广西壮族自治区党委…`: a region's committee is its 党委, after the region's name.)
    let committee = /(?:[省市县区州旗盟]纪?委|党委)$/u.exec(article.text.slice(Math.max(0, m.index - 3), m.index));
    if (committee?.[0] === '党委' && placeBefore(article, m.index - 2) === m.index - 2) committee = null;
    const otherParty = party ? null : OTHER_PARTY_BEFORE.exec(article.text.slice(Math.max(0, m.index - 16), m.index));
    const local = committee
      ? [article.text.slice(placeBefore(article, m.index - committee[0].length), m.index)]
      : otherParty;
    const org = local ? local[0] : '中央';
    const prefix = party ?? (local ? local[0] : '');
    let cursor = m.index + (party?.length ?? 0);
    members.forEach((member, k) => {
      const start = k === 0 ? (local ? m.index - local[0].length : m.index) : cursor;
      const memberEnd = m.index + (party?.length ?? 0) + term.length + 1 + member.index! + member[0].length;
      const end = k === members.length - 1 ? m.index + m[0].length : memberEnd;
      const suffix = member[2] === '中' ? '中全会' : '次全会';
      const name = `${prefix}${term}届${member[1]}${suffix}`;
      const level = otherParty ? 'central' : local ? jurisdictionLevel(org) : 'central';
      found.push({ kind: 'meeting', start, end, name, org, ...(level ? { level } : {}) });
      cursor = end + 1; // past the `、`
    });
  }
  for (const m of article.text.includes('次全') ? article.text.matchAll(LOCAL_PLENUM) : []) {
    const start = placeBefore(article, m.index);
    const organ = article.text.slice(start, m.index) + m[1]!;
    const name = `${organ}${m[2]}次全会`;
    const level = jurisdictionLevel(organ);
    found.push({ kind: 'meeting', start, end: m.index + m[0].length, name, org: organ, ...(level ? { level } : {}) });
  }
  for (const m of article.text.includes('届中央委员会') ? article.text.matchAll(LONG_PLENUM) : []) {
    const [, party, term, session] = m as unknown as [string, string | undefined, string, string];
    const otherParty = party ? null : OTHER_PARTY_BEFORE.exec(article.text.slice(Math.max(0, m.index - 16), m.index));
    const start = otherParty ? m.index - otherParty[0].length : m.index;
    const prefix = party ?? otherParty?.[0] ?? '';
    const name = `${prefix}${term}届${session}中全会`;
    found.push({ kind: 'meeting', start, end: m.index + m[0].length, name, org: otherParty?.[0] ?? '中央', level: 'central' });
  }
  for (const m of article.text.matchAll(PARTY_CONGRESS)) {
    found.push({ kind: 'meeting', start: m.index, end: m.index + m[0].length, name: m[0], org: '中央', level: 'central' });
  }
  return found;
}

function congressSessions(article: Article): Candidate[] {
  const found: Candidate[] = [];
  if (!article.text.includes('届')) return found; // see plenums
  for (const m of article.text.matchAll(CONGRESS_SESSION)) {
    // A place printed before (`海拉尔区第十四届人民代表大会…`, `菏泽市二十届人大…`), maybe ending in the level.
    const level = m[1] ?? m[5] ?? '';
    const start = Math.min(m.index, placeBefore(article, m.index + level.length));
    const printed = article.text.slice(start, m.index + m[0].length);
    const isNational = /全国/u.test(printed);
    // (`中国人民政治协商会议第十三届全国委员会第三次会议`: the CPPCC's full name.)
    const body = /政协|政治协商/u.test(m[0]) ? '政协' : '人大';
    const place = article.text.slice(start, m.index) + level;
    const org = isNational ? `全国${body}` : `${place}${body}`;
    const standing = /常委会|常务委员会/u.test(m[0]) ? '常委会' : '';
    found.push({
      kind: 'meeting',
      start,
      end: m.index + m[0].length,
      name: printed,
      org,
      level: isNational ? 'central' : jurisdictionLevel(place) ?? undefined,
      session: `${org}${standing}/${m[2] ?? m[7] ?? m[10]}/${m[4] ?? m[8] ?? m[11]}`,
    });
  }
  return found;
}

function standingCommittees(article: Article): Candidate[] {
  const found: Candidate[] = [];
  for (const m of article.text.matchAll(STANDING_COMMITTEE)) {
    const organ = m[1]!;
    const start = placeBefore(article, m.index);
    const printed = article.text.slice(start, m.index) + organ;
    const name = organ.endsWith('常务会议') ? printed : `${printed}会议`;
    const org = printed.replace(/(常委会|常务委员会|常务会议)$/u, '');
    found.push({ kind: 'meeting', start, end: m.index + organ.length, name, org, level: jurisdictionLevel(org) });
  }
  return found;
}

/** The organs' meetings that standingCommittees has not read (it names `中央政治局会议` without the `中共` before). */
function withStandingCommittees(standing: Candidate[], organs: Candidate[]): Candidate[] {
  return [...standing, ...organs.filter((o) => !standing.some((s) => s.start < o.end && o.start < s.end))];
}

function organMeetings(article: Article, orgs: () => EntitySpan[]): Candidate[] {
  const text = article.text;
  const found: Candidate[] = [];
  if (!text.includes('会议')) return found;
  for (const m of text.matchAll(ORGAN_HOLDS_MEETING)) {
    const organ = orgs().find((o) => o.end === m.index && HOLDING_ORGAN.test(o.text));
    if (!organ) continue;
    const org = organ.text.replace(/(?:常委会|常务委员会)$/u, '');
    const level = jurisdictionLevel(org);
    found.push({ kind: 'meeting', start: organ.start, end: organ.end, name: `${organ.text}${m[2] ?? ''}会议`, org, ...(level ? { level } : {}) });
  }
  return found;
}

function collectiveStudies(article: Article): Candidate[] {
  const found: Candidate[] = [];
  for (const m of article.text.includes('集体学习') ? article.text.matchAll(COLLECTIVE_STUDY) : []) {
    // The organ printed before in the same sentence: `中共中央政治局27日下午就…进行第十一次集体学习`.
    const sentenceStart = Math.max(0, ...[...'。！？\n'].map((c) => article.text.lastIndexOf(c, m.index) + 1));
    const organs = [...article.text.slice(sentenceStart, m.index).matchAll(STUDYING_ORGAN)];
    const last = organs[organs.length - 1];
    if (!last) continue;
    const organEnd = sentenceStart + last.index + last[0].length;
    const adjacent = organEnd === m.index;
    const start = adjacent ? placeBefore(article, sentenceStart + last.index) : m.index;
    const organ = article.text.slice(adjacent ? start : sentenceStart + last.index, organEnd);
    const org = organ.replace(/(?:常委会|理论学习中心组|党组)$/u, '');
    const level = /中央/u.test(org) ? 'central' : jurisdictionLevel(org);
    found.push({ kind: 'meeting', start, end: m.index + m[0].length, name: organ + m[0], org, ...(level ? { level } : {}) });
  }
  return found;
}

function anniversaries(article: Article): Candidate[] {
  const found: Candidate[] = [];
  for (const m of article.text.includes('周年') ? article.text.matchAll(ANNIVERSARY) : []) {
    const kind: MeetingKind = m[1] === '大会' || m[1] === '座谈会' ? 'meeting' : 'event';
    found.push({ kind, start: m.index, end: m.index + m[0].length, name: m[0] });
  }
  return found;
}

function delegationDeliberations(article: Article): Candidate[] {
  const found: Candidate[] = [];
  for (const m of article.text.includes('代表团') ? article.text.matchAll(DELEGATION_DELIBERATION) : []) {
    const start = placeBefore(article, m.index);
    if (start === m.index) continue;
    found.push({ kind: 'meeting', start, end: m.index + m[0].length, name: `${article.text.slice(start, m.index)}代表团审议` });
  }
  return found;
}

function twoSessions(article: Article): Candidate[] {
  const found: Candidate[] = [];
  for (const m of article.text.matchAll(TWO_SESSIONS)) {
    const start = m[1] ? m.index : placeBefore(article, m.index);
    const place = article.text.slice(start, m.index) + (m[1] ?? '');
    const name = `${place}两会`;
    const level = m[1] === '全国' ? 'central' : jurisdictionLevel(place);
    found.push({ kind: 'meeting', start, end: m.index + m[0].length, name, ...(level ? { level } : {}) });
  }
  return found;
}

/** Words that make `…会议` a description, not a name (`一次非常重要的会议`, `本次会议`). */
const NOT_A_NAME = /^(?:重要|重大|本次|此次|这次|该次|各类|各种|有关|相关|视频|电视电话|全体|各项|历次|上述|专门|大型|小型|国际|各级|有关部门)$/u;
/** Openings of a description of several meetings (`历次全会`, `一系列重要会议`). */
const SEVERAL = /历次|历届|各次|^(?:各种|各类|一系列|有关|相关|这次|此次|本次|上述|本届|上届|下届|该届|这届|每届|每周|每月|每季度?|每年|每天|每日)/u;

let headWords: { matcher: PhraseMatcher; kinds: Map<string, MeetingKind> } | undefined;
/** The meeting heads in a trie: trying each head at each character that may begin one cost more than the rest. */
function meetingHeadWords(): { matcher: PhraseMatcher; kinds: Map<string, MeetingKind> } {
  if (!headWords) {
    const heads = loadMeetingHeads();
    const kinds = new Map<string, MeetingKind>();
    for (const [head, kind] of heads) if (!kinds.has(head)) kinds.set(head, kind);
    headWords = { matcher: new PhraseMatcher([heads.map(([head]) => head)]), kinds };
  }
  return headWords;
}

function headedNames(article: Article): Candidate[] {
  const text = article.text;
  const found: Candidate[] = [];
  const { matcher, kinds } = meetingHeadWords();
  for (let at = 0; at < text.length; at++) {
    at = matcher.nextStart(text, at);
    if (at >= text.length) break;
    const word = matcher.matchAt(text, at);
    if (word === undefined) continue;
    const kind = kinds.get(word)!;
    // `…工作会议` is read from its head `会议`, as before `工作会` (`全市安全生产工作会`) was a head.
    if (word === '工作会' && text[at + 3] === '议') continue;
    // `专题会议`, `推进会议`: the head `…会` goes on to `会议`.
    const end = at + word.length + (word.endsWith('会') && text[at + word.length] === '议' ? 1 : 0);
    // `代表大会代表`, `代表大会常务委员会` are people and bodies, not the session.
    if (/^(?:代表(?!团)|常务委员会|常委会)/u.test(text.slice(end, end + 6)) && word.endsWith('大会')) {
      at = end - 1;
      continue;
    }
    const reading = { maxLength: kind === 'event' ? 30 : 20, digits: true, topics: true };
    let start = readNameLeftwards(article, at, reading);
    // Headline lines are joined with a space: `农业服务贸易全球商通中心 贸易投资对接会举行` is one name.
    if (start < article.bodyStart && text[start - 1] === ' ' && start - 1 > 0) {
      const further = readNameLeftwards(article, start - 1, reading);
      if (further < start - 1) start = further;
    }
    // A title in quotes just before the name belongs to it: `“决胜‘十四五’谋篇‘十五五’”…新闻发布会`.
    // (Not a quoted sentence before it: `“作风建设这根弦要始终绷得紧紧的。”古田全军政治工作会议`.)
    const quoted = /[“"]([^“”"\n。！？；]{2,30})[”"]\s?$/u.exec(text.slice(Math.max(0, start - 34), start));
    if (quoted && kind === 'event') {
      start -= quoted[0].length;
      // `第五届中国“互联网+”大学生创新创业大赛`: the country or place before the title opens the name.
      start = placeBefore(article, start);
    }
    start = widenName(article, start, kind, reading);
    start = trimOpeningWord(text, start, at);
    start = spokenAtStart(text, start, at, end);
    start = heldAtStart(text, start, at);
    // `遵义会议/nz`: a name the dictionary holds whole is the name, whatever verb reads into it (`纪念遵义会议`).
    const whole = dictionaryNameAt(article, at, end);
    if (whole !== undefined) start = whole;
    // `出席中阿峰会和中国—海合会峰会`: a name does not read back across another meeting joined to it.
    const joined = JOINED_MEETING.exec(text.slice(start, at));
    if (joined) start += joined[0].length;
    // `人民大会堂`, `会议室`, `国家会议中心`: a hall, not a meeting; `国民议会议长`, `国会议员`: a parliament's speaker
    // or member.
    // (`参谋长联席会议主席`, `人民协商会议主席`: a body named 会议, headed by its chair; not a session's 主席团.)
    if (/^[堂室厅]|^中心/u.test(text.slice(end, end + 2)) || (word === '会议' && /[议国]/u.test(text[at - 1] ?? '') && /[长员]/u.test(text[end] ?? '')) ||
      (text.slice(end - 2, end) === '会议' && /^副?(?:主席(?!团)|秘书长|议长)/u.test(text.slice(end, end + 4)))) {
      at = end - 1;
      continue;
    }
    if (notAMeetingName(text, start, end, word) || COUNT_BEFORE.test(text.slice(Math.max(0, start - 8), start + 2))) {
      at = end - 1;
      continue;
    }
    const printedPrefix = text.slice(start, at).replace(/[“”"‘’\s]/gu, '');
    // `习近平亲切会见会议代表`: meeting a meeting's delegates; the words read before the head are the clause's.
    if (/会见|接见|看望|慰问/u.test(printedPrefix)) {
      at = end - 1;
      continue;
    }
    // `2018年首届大会`, `2020年年会`: an ordinal or a year alone names no meeting.
    const prefix = printedPrefix.replace(ORDINAL_OPENING, '');
    at = end - 1;
    // A head alone (`报告会上`, `参加会议`) points back to a meeting named elsewhere.
    if (prefix.length < 2 && !namedHeads.has(word)) continue;
    // `联席会议制度`, `…会议机制`: an arrangement, not a meeting; `各方面人士座谈会`: meetings of each kind.
    if (/^(?:制度|机制)/u.test(text.slice(end, end + 2)) || text[start - 1] === '各') continue;
    if (NOT_A_NAME.test(prefix) || SEVERAL.test(prefix) || /(?:重要|重大|有关|相关|各类)$/u.test(prefix)) continue;
    const name = text.slice(start, end).replace(/\s/gu, '');
    const organiser = ORGANISER.exec(name)?.[0];
    // A bare `…会议`, `…大会` is a name only with an organiser or a topic of some length (`精简会议` is not);
    // `…代表大会` only as a numbered congress (`省第十三次党代会`, `第十一次全国代表大会`); `政治协商会议` is a body.
    const numbered = /^(?:第[\d一二三四五六七八九十百零〇]+[届次]|[一二三四五六七八九十]{1,3}届)/u.test(printedPrefix);
    // (`古田会议`, `遵义会议`: a meeting named after the place it was held, as the Party's history names them.)
    if (!organiser && (word === '会议' || word === '大会') && prefix.length < 4 && !numbered && !(word === '会议' && placeNamedAt(article, start, at))) continue;
    // `学习宣传全会精神`, `深刻领会全会主题`: a plenum is named by its organ or its term; `全会` after other words
    // points back to one named earlier.
    if (word === '全会' && !organiser && !/[届次中]/u.test(printedPrefix) && !/(?:院|委|议会)$/u.test(printedPrefix)) continue;
    // `金砖国家领导人会晤`, `中印领导人第二次非正式会晤` name a series; `两国元首会晤`, `双方会晤` describe a meeting.
    if (word === '会晤' && (!/领导人|元首|首脑/u.test(prefix) || /两国|双方|各国|多国|^(?:国|元首|首脑|领导人)/u.test(prefix) || prefix.length < 5)) continue;
    if ((word === '代表大会' || word === '代表会议') && !/第[一二三四五六七八九十百\d]+次/u.test(printedPrefix)) continue;
    if (/政治协商会议$/u.test(name)) continue;
    const org = organiser;
    const wholeJurisdiction = WHOLE_JURISDICTION.exec(name)?.[0];
    const level = organiser ? jurisdictionLevel(organiser) : wholeJurisdiction ? jurisdictionLevel(wholeJurisdiction.slice(1)) : undefined;
    found.push({ kind, start, end, name, headed: true, ...(org ? { org } : {}), ...(level ? { level } : {}) });
    if (organiser) found.push(...coordinatedOrganisers(article, start, name.slice(organiser.length), kind));
  }
  return found;
}

const JOINED_MEETING = /^[^]*(?:会议|大会|峰会|论坛|座谈会|博览会|年会|会晤)[和与及、]/u;

// `韩正在全国政策性粮食库存数量和质量大清查动员电视电话会议上强调`: a speech at a meeting (SPOKEN_AT) bounds its whole
// name by 在 and 上 (the words of its topic, 和 included, where the reading stopped); not a time or a holding between them.
// (`在学习…会议上的重要讲话精神电视电话会议上`: another meeting inside; `在不久前的记者会上`: a time before the name.)
const NOT_IN_SPOKEN_NAME = /[，。；！？,;!?、：:\s]|召开|举行|举办|期间|\d{1,2}[月日]|[会议]上|讲话|精神|不久|此前|当[日天]|[前后]的|暨/u;

// `党中央召开统筹推进新冠肺炎疫情防控和经济社会发展工作部署会议`: the verb that holds a meeting bounds the name printed
// right after it, where the reading stopped at the 和 (与, 及) of its topic (not a count or a pronoun opening a
// description: `召开一次重要会议`, `召开这次会议`; nor another meeting joined by it: `召开动员会和全省…会议`).
const HOLDING_VERB = /(?:召开|举行|举办)(?:了|的)?/gu;
const NOT_IN_HELD_NAME = /[一这此该本那每各有的]|^[^\u3400-\u9fff“《]|^[和与及]/u;
// `主持召开中央应对新冠肺炎疫情工作领导小组会议`, `召开深化专项治理工作推进会`: a name opened by the verb of its topic, where
// the reading stopped, is the object of the verb that holds it, unless other verbs of the sentence stand between
// (`举行会谈并出席…`).
const NOT_IN_VERB_OPENED_NAME = /出席|参加|会见|会谈|会晤|主持|贯彻|落实|并(?![购])|期间|之[后前时]|[为以对向于]/u;
// Nor a count or a time (`举行数十场专家视频会议`, `召开今年国务院廉政工作会议`), `首次`, or the opening of a quoted name
// (`召开的“誓创…推进会”`: the quote bounds it).
const NOT_IN_VERB_OPENED_WORDS = /[几数场次或]|首次|[今明去本][年天]|[“《]/u;

/** Where a meeting's name starts when the verb holding it stands right before its words (see HOLDING_VERB), else `start`. */
function heldAtStart(text: string, start: number, at: number): number {
  const from = Math.max(0, at - 40);
  let open = -1;
  for (const m of text.slice(from, start).matchAll(HOLDING_VERB)) open = from + m.index + m[0].length;
  if (open < 0 || open >= start || start >= at) return start;
  const added = text.slice(open, start);
  if (NOT_IN_SPOKEN_NAME.test(added) || NOT_IN_HELD_NAME.test(added) || /会议|大会|[会坛][和与及]|[在于]/u.test(added)) return start;
  if (!/[和与及]/u.test(added) && (NOT_IN_VERB_OPENED_NAME.test(added) || NOT_IN_VERB_OPENED_WORDS.test(added) || added.length > 12)) return start;
  return open;
}

/** Where a meeting's name starts when a speech at it bounds it by 在 … 上 (see SPOKEN_AT), else `start`. */
function spokenAtStart(text: string, start: number, at: number, end: number): number {
  const spoken = SPOKEN_AT.test(text.slice(end, end + 8));
  if (!spoken && !AT_MEETING_AFTER.test(text.slice(end, end + 8))) return start;
  const open = text.lastIndexOf('在', start - 1);
  if (open < 0 || at - open > 40 || open + 1 >= start) return start;
  const between = text.slice(open + 1, at);
  if (NOT_IN_SPOKEN_NAME.test(between) || between.includes('在')) return start;
  if (!spoken && (start >= at || /的|会议|大会|全会/u.test(between) || NOT_IN_VERB_OPENED_NAME.test(between))) return start;
  return open + 1;
}

// `在深入推动长江经济带发展座谈会上的重要讲话`, `在…座谈会上，习近平…`: what was said at it, or a clause after it, bounds the
// name by 在 … 上 too, where no other verb (`主持`) nor 的 stands between.
const AT_MEETING_AFTER = /^上(?:的(?:重要)?(?:讲话|致辞|演讲|书面演讲|报告|发言)|[，,])/u;

/**
 * Whether the meeting from `start` is named by the place before its head at `at` (`古田/ns 会议`), or is a name the
 * dictionary holds whole (`遵义会议/nz`): the meetings the Party's history names after where they were held.
 */
function placeNamedAt(article: Article, start: number, at: number): boolean {
  const { tokens, tokenAt } = tokenIndex(article);
  const token = tokens[tokenAt[start] ?? -1];
  if (token === undefined || token.start !== start || at - start < 2 || at - start > 3) return false;
  return (token.end === at && token.tag === 'ns') || (token.end > at && token.tag === 'nz');
}

/** Where a dictionary word (nz) that ends with the head at `at`…`end` starts, two or three characters before it. */
function dictionaryNameAt(article: Article, at: number, end: number): number | undefined {
  const { tokens, tokenAt } = tokenIndex(article);
  const token = tokens[tokenAt[at] ?? -1];
  if (token === undefined || token.end !== end || token.tag !== 'nz' || at - token.start < 2 || at - token.start > 3) return undefined;
  return token.start;
}

// What may sit inside a name before the part read so far: an ordinal or term (`第二届`, `第22次`, `二十届`, `首届`), a
// year (`2023世界中文大会`), a quoted or bracketed part (`推进“一带一路”建设…`, `政府首脑（总理）理事会`, `（10+1）`), a
// book title (`《此时此刻》…发布会`), the period of a standing meeting (`双周协商座谈会`: the tagger reads 双周 as a count),
// Latin letters and digits (`4K直播…`), a dash between two names (`中国—东盟`).
const ORDINAL_BEFORE = /(?:全[国省市县区州盟旗]|双周|第[\d一二三四五六七八九十百零〇]+[届次期]|首届|[一二三四五六七八九十]{1,3}届|(?<!\d)(?:19|20)\d\d)$/u;
// `2020年春节茶话会`, `新春团拜会`: the tagger reads the festival as a time word, where names stop.
const FESTIVAL_BEFORE = /(?:(?:19|20)\d\d年)?(?:春节|新春|新年|元旦|元宵|中秋|国庆)$/u;
const YEAR_BEFORE = /(?:19|20)\d\d年度?$/u;
// The same at the start of a name, with a year of the calendar (`2018年`): not the name's topic.
const ORDINAL_OPENING = /^(?:(?:19|20)\d\d年?度?|第[\d一二三四五六七八九十百零〇]+[届次期]|首届|[一二三四五六七八九十]{1,3}届)+/u;
const INNER_PART_BEFORE = /(?:“[^“”\n。！？；]{1,20}”|《[^《》\n]{1,30}》|（[^（）\n]{1,8}）|\([^()\n]{1,8}\)|[A-Za-z0-9+]+|(?<=\p{Script=Han})[—–])$/u;

// International organisations whose name ends in 组织, which the tagger reads as the verb.
const ORGANISATION_BEFORE = /(?:合作|经合|上合|卫生|世卫|贸易|世贸|教科文|公约|气象|海事|劳工|粮农|旅游|条约|输出国)组织$/u;
/** The anniversary a meeting marks, right before its head: `实施十五周年`, `建交70周年`, `诞辰130周年`. */
const ANNIVERSARY_BEFORE = /(?:实施|颁布|施行|成立|建交|诞辰|创刊|建校|发表|签署|通过)(?:\d{1,4}|[一二三四五六七八九十百]{1,4})周年$/u;
// (Up to 26 characters: `全国农业农村系统应对新型冠状病毒感染肺炎疫情视频调度会`.)
// The nearest such opening: a 全 further back may open a clause (`全省上下…`).
const WHOLE_OPENING = /^[^]*(全[国省市县区](?:[^\s，。、；：:“”《》（）()的和与及暨]{2,26}))$/u;
// Not a name's topic but words about it: an organ holding or followed (`全市上下认真学习市委…`), a verb of holding.
const NOT_INSIDE_WHOLE = /委|政府|中央|国务院|上下|各地|学习|贯彻|落实|认真|深入|召开|举行|举办|参加|出席|主持|传达|通过|会议/u;
const BODY_VERBS = /(?:联合|协调|合作|协作|指导|促进|监督|管理|联络)+$/u;
const SESSION_BODY_BEFORE = /(?:委员会|理事会|常委会|常务委员会|领导小组|工作小组|联席会议)$/u;

/**
 * `国务院联防联控机制发布会`: the tagger reads 联防 as a verb, where readNameLeftwards stops; a verb that is not a
 * boundary word, between an organ (`国务院`, tag nt) and the name, belongs to the organ's name. Where that organ starts.
 */
function organVerbBefore(article: Article, start: number): number | undefined {
  const { tokens, tokenAt } = tokenIndex(article);
  const i = start > 0 ? tokenAt[start - 1] ?? -1 : -1;
  const verb = tokens[i];
  const organ = tokens[i - 1];
  if (!verb || !organ || verb.end !== start || organ.end !== verb.start) return undefined;
  // `上合组织`, `世界卫生组织`: 组织 read as a verb is the noun of an organisation's name.
  const organisation = verb.word === '组织' && /^(?:ns|nt|nz|j|n|x)$/u.test(organ.tag ?? '') && organ.word.length > 1;
  // (`中央应对新冠肺炎疫情工作领导小组`: the centre, which the tagger reads as a noun, is such an organ.)
  const isOrgan = organ.tag === 'nt' || /^(?:中央|党中央|国务院)$/u.test(organ.word);
  if (!organisation && (verb.tag !== 'v' || loadNameWords().boundary.has(verb.word) || !isOrgan)) return undefined;
  return organ.start;
}

/** Whether text[from, to) is place names alone, as the tagger reads them (ns). */
function onlyPlaces(article: Article, from: number, to: number): boolean {
  const { tokens, tokenAt } = tokenIndex(article);
  for (let i = tokenAt[from] ?? -1; i >= 0 && i < tokens.length && tokens[i]!.start < to; i++) {
    const token = tokens[i]!;
    if (token.start < from || token.end > to || token.tag !== 'ns') return false;
  }
  return tokenAt[from] !== undefined && tokenAt[from] !== -1;
}

/** The start of a name widened leftwards over the parts readNameLeftwards stops at (see above). */
function widenName(article: Article, start: number, kind: MeetingKind, reading: { maxLength: number; digits: boolean }): number {
  const text = article.text;
  for (let step = 0; step < 4; step++) {
    const before = text.slice(Math.max(0, start - 34), start);
    const ordinal =
      ORDINAL_BEFORE.exec(before) ?? (/^年会/u.test(text.slice(start)) ? YEAR_BEFORE.exec(before) : null) ?? FESTIVAL_BEFORE.exec(before);
    if (ordinal) {
      start -= ordinal[0].length;
      // `中国发展高层论坛2024年年会`, `第三届文明古国论坛部长级会议`: the name goes on before the year, but a whole
      // jurisdiction or a festival opens it (`全省…`, `春节…`), and `动员会和…`, `工作情况和…` are other words.
      // (`双周协商座谈会` too: what stands before 双周 is the sentence's, `首场双周…`, `这些双周…`.)
      if (ordinal[0].startsWith('全') || ordinal[0] === '双周' || FESTIVAL_BEFORE.test(ordinal[0])) break;
      const further = readNameLeftwards(article, start, reading);
      if (!/[和与及、]/u.test(text.slice(further, start))) start = further;
      continue;
    }
    // `…理事会第二十四次会议`: a numbered session is the session of the body named before it.
    const body = /^第/u.test(text.slice(start, start + 1)) ? SESSION_BODY_BEFORE.exec(before) : null;
    if (body) {
      const bodyStart = start - body[0].length;
      start = Math.min(bodyStart, readNameLeftwards(article, bodyStart, { ...reading, maxLength: 30 }));
      continue;
    }
    // `苏州工业园区联合协调理事会`: verbs that name what a body does (read as verbs, where names stop) are its name.
    const doing = /^(?:理事会|委员会|领导小组|工作小组)/u.test(text.slice(start, start + 4)) ? BODY_VERBS.exec(before) : null;
    if (doing) {
      const doingStart = start - doing[0].length;
      start = Math.min(doingStart, readNameLeftwards(article, doingStart, reading));
      continue;
    }
    // `中新（重庆）战略性互联互通示范项目联合协调理事会`: a pilot (示范, 试点), read as a verb, before the project, zone or base it
    // names is part of the body's name.
    const pilot = /^(?:项目|区|园区|基地|工程|城市)/u.test(text.slice(start, start + 2)) ? /(?:示范|试点)$/u.exec(before) : null;
    if (pilot) {
      const pilotStart = start - pilot[0].length;
      start = Math.min(pilotStart, readNameLeftwards(article, pilotStart, { ...reading, maxLength: 30 }));
      continue;
    }
    // `上海合作组织成员国元首理事会`: the tagger reads 元首 as a time word, where names stop; the heads of state or
    // government who meet are part of the body's name.
    const members = /^(?:理事会|会议|峰会|会晤)/u.test(text.slice(start, start + 3)) ? /(?:元首|首脑)$/u.exec(before) : null;
    if (members) {
      const membersStart = start - members[0].length;
      start = Math.min(membersStart, readNameLeftwards(article, membersStart, reading));
      // `上海合作组织成员国…`: the reading stops at 组织 read as a verb, here the noun ending an organisation's name.
      const organisation = /组织$/u.test(text.slice(start - 2, start)) ? readNameLeftwards(article, start - 2, reading) : start;
      if (organisation < start - 2) start = organisation;
      continue;
    }
    // `2019世界青年科学家峰会`: the tagger reads 青年 as a time word, where names stop; the youth a meeting gathers is
    // part of its name.
    const youth = /(?:青年|少年|老年)$/u.exec(before);
    if (youth) {
      const youthStart = start - youth[0].length;
      start = Math.min(youthStart, readNameLeftwards(article, youthStart, reading));
      continue;
    }
    // `二十国集团领导人应对新冠肺炎特别峰会`: the leaders and the verb of the topic of a summit, where the reading stops.
    const leadersOn = /^[^，。、；！？\s]{0,12}?(?:峰会|会议)/u.test(text.slice(start, start + 16)) ? /(?:领导人|元首|首脑)(?:应对|抗击)$/u.exec(before) : null;
    if (leadersOn) {
      const leadersStart = start - leadersOn[0].length;
      start = Math.min(leadersStart, readNameLeftwards(article, leadersStart, reading));
      // `二十国集团`: the tagger cuts 二 off the group's number.
      const number = /^十?国集团/u.test(text.slice(start, start + 4)) ? /[一二三四五六七八九]$/u.exec(text.slice(0, start)) : null;
      if (number) start -= 1;
      continue;
    }
    // `上海合作组织峰会`: 组织 ending an international body's name is no verb, where the reading stopped (a summit
    // only: `在上海合作组织会议上` speaks of its meetings at large).
    // (`上海合作组织阿斯塔纳峰会`, `亚太经合组织领导人非正式会议`, `上合组织国家媒体圆桌对话会`: the body's meeting named by
    // its own words after the body's name.)
    const ownWords = !/^(?:会议|大会)/u.test(text.slice(start, start + 2));
    const body2 = /^峰会/u.test(text.slice(start, start + 2)) || ownWords ? ORGANISATION_BEFORE.exec(before) : null;
    if (body2 && start - 2 > 0) {
      const organisation = readNameLeftwards(article, start - 2, reading);
      if (organisation < start - 2) {
        start = organisation;
        continue;
      }
    }
    // `中国－中亚峰会`, `中国-东盟博览会`: China and its partner joined by a dash open the mechanism's name.
    const pair = /(?:中国|中)[－-]$/u.exec(before);
    if (pair) {
      start -= pair[0].length;
      continue;
    }
    const organVerb = organVerbBefore(article, start);
    if (organVerb !== undefined) {
      start = Math.min(organVerb, readNameLeftwards(article, organVerb, reading));
      continue;
    }
    // `全省深化机关作风整顿优化营商环境工作会议`: a meeting of a whole jurisdiction opens with it; the verbs of its topic,
    // where the reading stops, lie inside the name.
    const whole = kind === 'meeting' ? WHOLE_OPENING.exec(before) : null;
    if (whole && !NOT_INSIDE_WHOLE.test(whole[1]!)) {
      start -= whole[1]!.length;
      continue;
    }
    // `《反分裂国家法》实施十五周年座谈会`: the anniversary a meeting marks, and what it is of, are its name.
    const anniversary = ANNIVERSARY_BEFORE.exec(before);
    if (anniversary) {
      start -= anniversary[0].length;
      const title = /《[^《》\n]{1,30}》$/u.exec(text.slice(Math.max(0, start - 32), start));
      if (title) start -= title[0].length;
      else start = Math.min(start, readNameLeftwards(article, start, reading));
      continue;
    }
    // `二十国集团领导人峰会`: the tagger cuts 二 off the group's number, wherever the reading stopped.
    if (/^十国集团/u.test(text.slice(start, start + 4)) && /[二]$/u.test(before)) {
      start -= 1;
      continue;
    }
    const part = INNER_PART_BEFORE.exec(before);
    if (!part) break;
    // Latin letters and digits (`G20峰会`, `4K直播`), not a count (`120余场`, `40周年`).
    if (/^[A-Za-z0-9+]/u.test(part[0]) && (/[A-Za-z]/u.test(part[0]) || /^[A-Za-z]/u.test(text[start] ?? ''))) {
      start -= part[0].length;
      continue;
    }
    const partStart = start - part[0].length;
    // `“人民满意的公务员”和“人民满意的公务员集体”表彰大会`: quoted titles joined before one head are one name.
    if (part[0].startsWith('“') && /”[和与及、]$/u.test(text.slice(partStart - 2, partStart))) {
      start = partStart - 1;
      continue;
    }
    const further = readNameLeftwards(article, partStart, reading);
    // A part only joins with name material before it; a quoted part may also open a name, a book title an event's.
    // A place before a book title is where the event is held (`10月昆明《生物多样性公约》第十五次缔约方大会`).
    if (further < partStart && part[0].startsWith('《') && onlyPlaces(article, further, partStart)) start = partStart;
    else if (further < partStart) start = further;
    else if (part[0].startsWith('“') || (kind === 'event' && part[0].startsWith('《'))) start = partStart;
    else if (/^第/u.test(text.slice(partStart - 4, partStart)) || ORDINAL_BEFORE.test(text.slice(0, partStart))) start = partStart;
    else break;
  }
  return start;
}

/**
 * `经中央纪委常委会会议研究`: a one-character preposition before an organ is not part of the name, nor a time word
 * (`之前全国政协主席会议`) or a reporting verb the tagger reads as a noun (`会见中国基督教第十一次代表会议`).
 */
const OPENING_WORD =
  /^(?:[经由在据于从向对将](?=中共|中央|党中央|国务院|全国|[省市县区州旗盟])|(?:之前|此前|此后|随后|近日|日前|目前|当天|当日|今天|昨天)|[\p{Script=Han}]{0,4}?(?:会见|出席|参加|主持|祝贺|致贺)|[\p{Script=Han}]{1,8}?致(?![公力])|[\p{Script=Han}]{2,12}?(?:亮相|参展|亮相于|走进|登上))/u;
function trimOpeningWord(text: string, start: number, headStart: number): number {
  const opening = OPENING_WORD.exec(text.slice(start, headStart));
  return opening ? start + opening[0].length : start;
}

// `召开120余场视频交流会议`, `召开10次…通报会`: a count of meetings describes several, it names none.
const COUNT_BEFORE = /(?<![第届\d〇零一二两三四五六七八九十百千])(?:\d+|[两三四五六七八九十百千]+)(?:(?:余|多)[场次个]|[场次个](?!会))(?:.{0,2})$/u;

/**
 * Names that are not meetings though they end like one: a programme or book title (`《中国中医药大会》`), a newspaper
 * column (`（人民论坛·…）`), an organisation (`世界经济论坛执行主席`), a web forum (`网络论坛`).
 */
function notAMeetingName(text: string, start: number, end: number, head: string): boolean {
  if (text[start - 1] === '《' && text[end] === '》') return true;
  if (head !== '论坛') return false;
  if (text[end] === '·' || (text[start - 1] === '（' && text[end] === '）')) return true;
  if (/^(?:执行主席|主席|创始人|秘书长|总裁|官网|网站)/u.test(text.slice(end, end + 5))) return true;
  return /(?:网络|网上|线上|在线|社区)$/u.test(text.slice(Math.max(0, end - 4), end - 2));
}

const ORGAN_BEFORE_AND = /(中共中央|党中央|中央|国务院|[省市县区州旗盟]委|[省市县区州旗盟](?:人民)?政府)[和、及与]$/u;

/**
 * `中央和省委经济工作会议`, `省委和潍坊市委经济工作会议`: organs joined before one meeting name each hold one.
 * The span of such an organ is the organ alone; its name is the organ with the shared rest (`省委经济工作会议`).
 */
function coordinatedOrganisers(article: Article, start: number, rest: string, kind: MeetingKind): Candidate[] {
  const found: Candidate[] = [];
  let at = start;
  for (let m = ORGAN_BEFORE_AND.exec(article.text.slice(Math.max(0, at - 12), at)); m; ) {
    const organEnd = at - 1;
    const organStart = placeBefore(article, organEnd - m[1]!.length);
    const organ = article.text.slice(organStart, organEnd);
    const level = jurisdictionLevel(organ);
    found.unshift({ kind, start: organStart, end: organEnd, name: organ + rest, org: organ, ...(level ? { level } : {}) });
    at = organStart;
    m = ORGAN_BEFORE_AND.exec(article.text.slice(Math.max(0, at - 12), at));
  }
  return found;
}

/** Role, full name, date and place of one mention. */
function describe(article: Article, c: Candidate, dates: EntitySpan[], orgs: () => EntitySpan[], governed = c.start): EntitySpan {
  const text = article.text;
  const after = text.slice(c.end, c.end + 24);
  const before = text.slice(Math.max(0, governed - 12), governed);
  let ownAfter = OWN_AFTER.exec(after) ?? OWN_AFTER_JOINED.exec(text.slice(c.end, c.end + 48));
  // `第二届进博会在韩国举行推介会`, `全国政协十三届三次会议20日下午举行新闻发布会`: what is held is an event about the
  // meeting, not the meeting (its parts, `举行闭幕会`, `举行代表小组会议`, are the meeting's).
  if (ownAfter && EVENT_ABOUT_IT.test(text.slice(c.end + ownAfter.index + ownAfter[0].length, c.end + ownAfter.index + ownAfter[0].length + 8))) ownAfter = null;
  // The article's own meeting is reported as held (`…召开`, `召开…`) in the headline or the lede, or with its date
  // (`10月28日,…对接会在…举行`); `党的二十大胜利召开` further down is a reference.
  // `…会议将审议…`, `…论坛将于…举行`: what the meeting will do is said before it is held.
  const future =
    FUTURE_BEFORE.test(text.slice(Math.max(0, c.start - 44), c.start)) ||
    NOT_HELD_BEFORE.test(before) ||
    /^(?:将|预计将?|拟于|定于)/u.test(after) ||
    TOPIC_AFTER.test(after) ||
    (DECIDED_BEFORE.test(before) && OWN_AFTER.test(after));
  const spokenAt = /在$/u.test(before) && SPOKEN_AT.test(after);
  // `来华出席第九届北京香山论坛的客人`: a relative clause describes the guests, not the meeting.
  const attendingOnes = /(?:出席|参加)$/u.test(before) && after.startsWith('的');
  const learntAt = /从$/u.test(before) && LEARNT_AT.test(after);
  const setting = SPEECH_SETTING.test(before);
  // `《关于认真学习贯彻…总结大会上的重要讲话的通知》`, `《…大会在北京隆重举行》`: words inside a title are the title's, not
  // the article's report.
  const inTitle = insideTitle(text, c.start, c.end);
  const ownWords =
    !future && !inTitle &&
    (ownAfter !== null || (OWN_BEFORE.test(before) && !attendingOnes) || spokenAt || learntAt || setting || ACTING_ON_A_DAY.test(after));
  const dated = ownWords ? dateOfMention(text, c, dates) : undefined;
  const lede = inHeadlineOrLede(article, c.start);
  // `2019年5月29日，…会议召开` further down a feature recalls a past meeting: news of the day prints no year.
  // `2017年在北京举办的首届…论坛` in an article of 2019: a year before the issue's recalls a past meeting, lede or not.
  const issueYear = (article.date ?? article.givenDate)?.slice(0, 4);
  const yearBefore = /((?:19|20)\d\d)年[^，。,；;！？\n]{0,20}$/u.exec(text.slice(Math.max(0, c.start - 30), c.start))?.[1];
  const pastYear = issueYear !== undefined && yearBefore !== undefined && yearBefore < issueYear;
  // `连续两年出席…开幕式`, `曾参加…`, `多次出席…`: a habit or a past the sentence tells, not the day's report.
  const habitual = /(?:连续|多次|每年|历次|曾经?)[^，。；;！？\n]{0,6}$/u.test(text.slice(Math.max(0, governed - 14), governed));
  const recalled = pastYear || habitual || (!lede && dated !== undefined && /\d{4}年/u.test(dated.text));
  const date = dated?.date as string | undefined;
  // `十三届全国人大常委会第十六次会议2月24日在北京举行` in an issue of 2月18日: announced, not yet held.
  const issueDate = article.date ?? article.givenDate;
  const fullDate = /^\d{4}-\d\d-\d\d/u;
  const toCome = date !== undefined && issueDate !== undefined && fullDate.test(date) && fullDate.test(issueDate) && date.slice(0, 10) > issueDate.slice(0, 10);
  const sentence = text.slice(sentenceStartBefore(text, c.start), c.start);
  const dayOfReport = !pastYear && DAY_OF_REPORT.test(sentence);
  // (`闵行区专题召开“…”分析会`: or a feature's organ, named as the subject of 召开, holding it in the story.)
  const heldInDispatch =
    HOLDING_BEFORE.test(before) && !attendingOnes && !OTHER_TIME.test(sentence) &&
    (DISPATCH.test(text.slice(article.bodyStart).trimStart()) || ORGAN_HOLDING_BEFORE.test(before));
  // `天津基层党建述职评议会勇于揭短亮丑`: a meeting that opens the headline is what the article reports (a congress or a
  // plenum opening one is more often its theme: `党的二十大报告…`).
  const headlineSubject =
    c.headed === true && c.kind === 'meeting' && c.start < article.bodyStart && (c.start === 0 || text[c.start - 1] === '\n') && !future && !pastYear &&
    !REFERENCED_AFTER.test(after) && !/^\s*(?:将|拟|即将|筹备|准备|倒计时|前夕|报告|发布|数据|秘书长)/u.test(after);
  // `——黑龙江省委书记张庆伟近日在…工作会议上说`: the line that attributes a printed speech names where it was given.
  const attribution = spokenAt && /(?:^|\n)[ \u3000]*——[^\n]*$/u.test(text.slice(Math.max(0, c.start - 60), c.start));
  const own = (headlineSubject || ownWords) && !recalled && !toCome && (headlineSubject || date !== undefined || lede || dayOfReport || setting || learntAt || heldInDispatch || attribution);
  const referenced = REFERENCED_BEFORE.test(before) || REFERENCED_AFTER.test(after);
  const role = own ? 'own' : referenced ? 'referenced' : undefined;
  // In a county-level city (青州市) a `市委` meeting that is followed, not held (`落实省委和市委经济工作会议要求`), is
  // the prefecture's: we do not know its name, so it stays as printed.
  const superior = role === 'referenced' && article.place?.level === 'county' && c.name.startsWith('市');
  const full = superior ? undefined : withArticlePlace(article, c.name);
  const span: EntitySpan = {
    kind: c.kind,
    start: c.start,
    end: c.end,
    text: text.slice(c.start, c.end),
    name: full ?? c.name,
    ...(c.org ? { org: c.org } : {}),
    ...(c.level ? { level: (superior ? undefined : localLevel(article, c)) ?? c.level } : {}),
    ...(role ? { role } : {}),
  };
  if (own) {
    if (date) span.date = date;
    if (ownAfter?.[1]) span.location = ownAfter[1];
    else {
      const held = /在([^，。,；;！？\s]{1,15}?)(?:召开|举行|举办)的$/u.exec(text.slice(Math.max(0, c.start - 20), c.start));
      if (held) span.location = held[1];
    }
    if (!span.org) {
      const organiser = organiserBefore(text, c, orgs) ?? chairsOrgan(article, c);
      if (organiser) {
        span.org = organiser;
        const level = span.level ?? jurisdictionLevel(withArticlePlace(article, organiser) ?? organiser);
        if (level) span.level = level;
      }
    }
  }
  return span;
}

// `青海省委书记陈刚主持召开民营企业座谈会`: the organ of the official who holds the meeting holds it.
const CHAIR_TITLE = /([省市县区州盟旗](?:委|(?:人民)?政府))(?:副?书记|常委|主要负责同志)|([省市县区州])长/u;
const CHAIRING = /(?:主持召开|主持|召开|召集)(?:了)?[“"]?$/u;

/** The organ of the official who chairs the meeting, printed earlier in the sentence before `主持召开`. */
function chairsOrgan(article: Article, c: Candidate): string | undefined {
  const text = article.text;
  if (!CHAIRING.test(text.slice(Math.max(0, c.start - 6), c.start))) return undefined;
  const sentenceStart = Math.max(0, ...[...'。！？\n'].map((ch) => text.lastIndexOf(ch, c.start - 1) + 1));
  const from = Math.max(sentenceStart, c.start - 60);
  const title = CHAIR_TITLE.exec(text.slice(from, c.start));
  if (!title) return undefined;
  // The place printed before the level (`青海` of `青海省委书记`); `省长` is the head of the 省政府.
  const at = from + title.index;
  const place = text.slice(placeBefore(article, at), at);
  const organ = title[1] ?? `${title[2]}政府`;
  return place.endsWith(organ[0]!) ? place + organ.slice(1) : place + organ;
}

// The words of a document's title (`《在…大会上的讲话》`, `《关于…的意见》`, `《…会议纪要》`): a meeting named in it is referred to.
const DOCUMENT_TITLE = /讲话|致辞|报告|意见|决定|决议|通知|纪要|宣言|声明|公报|规划|计划|方案|办法|条例|规则|章程|协定|协议|精神|建议|议程|日程|名单/u;
/**
 * `东路坠子《俺是十九大宣传员》`, `《庆祝中华人民共和国成立70周年大会、阅兵式、群众游行和联欢活动》`: a meeting's name inside the
 * title of a work (a song, a show, a film, a stamp) names the work, not the meeting.
 */
function inWorkTitle(text: string, start: number, end: number): boolean {
  if (!insideTitle(text, start, end)) return false;
  const title = text.slice(text.lastIndexOf('《', start - 1), text.indexOf('》', end) + 1);
  return !DOCUMENT_TITLE.test(title);
}

/** Whether text[start, end) lies inside a book title `《…》` longer than it. */
function insideTitle(text: string, start: number, end: number): boolean {
  const open = text.lastIndexOf('《', start - 1);
  if (open < 0 || start - open > 80 || text.lastIndexOf('》', start - 1) > open) return false;
  const close = text.indexOf('》', end);
  return close >= 0 && close - end <= 80 && !text.slice(end, close).includes('《') && (open < start - 1 || close > end);
}

/** Where the sentence holding a position starts. */
function sentenceStartBefore(text: string, at: number): number {
  return Math.max(0, ...[...'。！？\n'].map((ch) => text.lastIndexOf(ch, at - 1) + 1));
}

/** Whether a position is in the headline lines or the first paragraph of the body. */
function inHeadlineOrLede(article: Article, at: number): boolean {
  if (at < article.bodyStart) return true;
  const firstBreak = article.text.indexOf('\n', article.bodyStart + 1);
  return firstBreak < 0 || at < firstBreak;
}

/** `市委` or `青州市委` in an article about a county-level city (青州市) is a county-level body. */
function localLevel(article: Article, c: Candidate): string | undefined {
  const place = article.place;
  if (!place || !c.org) return undefined;
  const bare = '市县区'.includes(c.org[0] ?? '') && place.name.endsWith(c.org[0]!);
  if (!bare && !c.org.startsWith(place.name)) return undefined;
  return place.level === 'prefecture' ? 'city' : place.level === 'county' ? 'county' : place.level === 'province' ? 'province' : undefined;
}

/** The date printed in the same sentence, before the mention (`12月25日，市委经济工作会议召开`) or just after it. */
function dateOfMention(text: string, c: Candidate, dates: EntitySpan[]): EntitySpan | undefined {
  const sameSentence = (from: number, to: number) => !SENTENCE_END.test(text.slice(from, to));
  const before = dates.filter((d) => d.end <= c.start && c.start - d.end <= 40 && sameSentence(d.end, c.start)).pop();
  if (before) return before;
  return dates.find((d) => d.start >= c.end && d.start - c.end <= 12 && sameSentence(c.end, d.start));
}

/** The organisation that `召开`/`举办`/`主办` the event, printed just before it (`市政府新闻办组织召开…`). */
function organiserBefore(text: string, c: Candidate, orgs: () => EntitySpan[]): string | undefined {
  const clause = text.slice(Math.max(0, c.start - 40), c.start);
  const verb = /(?:组织召开|召开|举办|主办|举行)了?[“"]?$/u.exec(clause);
  if (!verb) return undefined;
  const verbStart = c.start - clause.length + verb.index;
  return orgs().find((o) => o.end === verbStart)?.text;
}

/**
 * A meeting's mentions share what one of them says: reported once as own (`…会议召开`), every mention is own, and
 * the date and place printed at one mention hold for all. A mention neither own nor referenced by its words is
 * referenced.
 */
function shareAcrossMentions(spans: EntitySpan[]): EntitySpan[] {
  const byName = new Map<string, EntitySpan>();
  for (const span of spans) {
    if (span.role !== 'own') continue;
    const known = byName.get(span.name);
    byName.set(span.name, { ...span, ...known, date: known?.date ?? span.date, location: known?.location ?? span.location });
  }
  return spans.map((span) => {
    const own = byName.get(span.name);
    if (!own) return { ...span, role: 'referenced' };
    const shared: EntitySpan = { ...span, role: 'own' };
    if (own.date && !shared.date) shared.date = own.date;
    if (own.location && !shared.location) shared.location = own.location;
    if (own.org && !shared.org) shared.org = own.org;
    return shared;
  });
}
