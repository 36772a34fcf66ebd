// Which place and date each article of one page is about.
//
// Place: every article gathers evidence — its dateline or lede place (本报济南12月24日讯, 东昌府讯), places in its title,
// places inside organisation names in its lede (青州市委), and the places it names — and the level it speaks from
// (我市/全市/市委 → a city; 我区/全区 → a district; 全省/省委 → a province; 全国/党中央 → the country). The best place of
// a compatible level wins. An article that names no such place (only 我市, 市委) takes the page's dominant place: the
// place that the page's articles, its newspaper's name (潍坊日报社) and its other organisations point to.
//
// Date: the dateline date, else the first `M月D日` of the lede. Its year comes from, in order: the same date printed
// with a year on the page; a dated page furniture line (2022年12月26日 星期一); the latest Party congress or plenum the
// text refers to (学习贯彻党的二十大精神 → on or after 2022-10-16), raised by the year the text treats as the current
// one (2022年极不平凡, 2022年是…的一年; 安排2023年经济工作 in a December meeting → 2022). Without any of these it stays `MM-DD`.
import type { Article, EntitySpan, Place } from '../../types.js';
import { CHINA, gazetteer } from './gazetteer.js';
import { findPlaces } from './places.js';
import { ABROAD, IN_CAPITAL, REGIONS, VISIT, foreignCityIn, foreignDateline, isCapitalDateline } from './setting.js';
import { isCalendarDate } from '../dates/dates.js';
import { ownDate } from '../dates/own-date.js';

type SelfLevel = 'country' | 'province' | 'city' | 'district' | 'county';

interface Evidence {
  scores: Map<string, number>; // place key → score
  places: Map<string, Place>;
  strong?: Place; // dateline/lede place or the place of the organisation holding the meeting
  self?: SelfLevel;
  selfCounts: Record<SelfLevel, number>;
  orgPlaces: { org: string; place: Place }[]; // places inside organisation names (潍坊日报社)
  /** Domestic places named in the headline outside organisation names (北京中轴线, 成都：, 陕西石泉合心村). */
  titlePlaces: Place[];
  /** Places inside organisation names in the headline (山东法院). */
  titleOrgPlaces: Place[];
  /** Places the headline names as a meeting's venue (省委经济工作会议在济南召开). */
  titleVenues: Set<string>;
  /** The headline lists places of two provinces side by side (湖南、广东…; 重庆四川等地), as a round-up does. */
  titleListed: boolean;
  /** An obituary (王启东同志逝世): about its person's place, whoever files it. */
  obituary: boolean;
  /** An obituary's lede up to its person's name (…浙江省人大常委会原副主任王启东同志): the places of the posts, and whether
   * a national organ's post is among them. */
  obituaryPosts?: { places: Place[]; national: boolean };
  /** The headline reports a national session held (see NATIONAL_SESSION_TITLE). */
  nationalSession: boolean;
  /** Domestic places at the start of the body, outside organisation names, in order (四川凉山…昭觉县支尔莫乡). */
  ledePlaces: Place[];
  /** A county printed as the lede's address, before its township or village (浪卡子县普玛江塘乡, 昭觉县支尔莫乡). */
  ledeAddress?: Place;
  /** A profile (代表委员履职故事, 全国人大代表梁益建——, ——记…唐力明): the first place its deck or lede puts the person in. */
  profilePlace?: Place;
  /** The headline prints a township's address (西藏普玛江塘乡平均海拔5373米). */
  titleAddress: boolean;
  /** The place a leader or a team visits (在江西考察, 在湖北开展…指导工作), from the headline or the lede's start. */
  visited?: Place;
  /** The lede takes the reader or the reporter to places of several provinces (记者来到浙江、安徽等地, 走进陕西、宁夏). */
  tour: boolean;
  /** The dateline's domestic place, and whether it is Beijing filing national news. */
  dateline?: Place;
  capitalDateline: boolean;
  /** Foreign news: the dateline's country, and the foreign countries named (headline mentions weigh more). */
  datelineAbroad?: Place;
  abroad: boolean;
  /** A foreign city in the lede (当地时间…在巴黎会见): its country. */
  ledeCityAbroad?: Place;
  inCapital: boolean;
  /** The headline speaks of 各地 (各地装扮一新). */
  roundUp: boolean;
  foreign: Map<string, { place: Place; score: number; inTitle: boolean }>;
  text: string;
  /** Where the headline ends in `text` (the body's start). */
  titleEnd: number;
  /** Beijing named outside organisation names and venue phrases (在北京举行). */
  beijingNamed: boolean;
}

const placeKey = (p: Place): string => p.code || p.name;
/** How far into the body the lede's own places are read (the dateline and the first sentence). */
const LEDE_START = 120;
const TOWNSHIP_AFTER = /^[\u4e00-\u9fa5]{1,6}?(?:乡|镇|街道)/;
const VENUE_AFTER = /召开|举行|开幕|启动|举办|揭幕|闭幕/;
const BEIJING = '110000';
/** What a headline prints between places it lists (湖南、广东; 重庆四川等地; 江苏和浙江). */
const LIST_GAP = /^[省市]?[、，,和与及]?$/;
/** An event named after the capital (北京香山论坛, 北京冬奥会). */
const CAPITAL_EVENT = /^[\u4e00-\u9fa5]{0,6}?(?:论坛|峰会|博览会|交易会|年会|奥运会|冬奥会|残奥会|世园会|电影节|马拉松)/;
// (Opening a headline line: the region is the subject, not a partner of a country's story: 中国中车首获欧盟国家…订单.)
const REGION_NAMED = new RegExp(`(?:^|\\n)[ \\t\u3000]*(${[...REGIONS, '欧元区'].join('|')})`, 'u');
/** The world region a foreign story's headline opens with, when it names no foreign country or city and no domestic place. */
function titleRegion(ev: Evidence): Place | undefined {
  const title = ev.text.slice(0, ev.titleEnd);
  const region = REGION_NAMED.exec(title)?.[1];
  if (!region || ev.titlePlaces.length > 0 || ev.titleOrgPlaces.length > 0) return undefined;
  if ([...ev.foreign.values()].some((f) => f.inTitle) || foreignCityIn(title)) return undefined;
  return gazetteer().lookup(region).find((p) => p.level === 'foreign') ?? { code: '', name: region, level: 'foreign' };
}

/** The opinion columns of a national paper, closing the headline (（今日谈）, (人民时评)). */
const OPINION_COLUMN = /[（(](?:人民论坛|今日谈|人民时评|人民观点|新语|新论|民生观|生活漫步|来论|评论员观察|思想纵横|大家手笔|新知新觉|有的放矢|观象台|社论|和音)[）)]\s*$/m;
/** A headline that is a central organ's document. */
const CENTRAL_DOCUMENT = /^\s*(?:中共中央|中央|国务院|全国人民代表大会|全国人大|全国政协|最高人民法院|最高人民检察院)[^\n]{0,40}?(?:公告|决定|通知|意见|办法|条例|规定|决议)\s*$/m;
/** An obituary's headline (王启东同志逝世, …同志遗体在京火化). */
const OBITUARY = /同志(?:逝世|遗体)|逝世$/m;
/** A post of a national organ in an obituary's lede (原第四机械工业部副部长, 中共中央纪律检查委员会驻…, 全国政协常委). */
const OBITUARY_NATIONAL_POST = /部原?副?部长|中共中央|中央(?:纪委|委员|军委|[\u4e00-\u9fff]{0,6}部)|国务院|全国(?:人大|政协)|(?:工业|机械|建设|交通|铁道|水利|农业|商业|外交|国防|财政|文化|教育|卫生)部|总[局署]|解放军|人民银行/;
/** 2017年在北京举办的…: a dated event the text recalls, not where its story happens. */
const RECALLED_EVENT = /(?:19|20)\d{2}年在(?:北京|京)(?:召开|举行|举办)的/;
const CAPITAL_VENUE = /^(?:市)?(?:召开|举行|举办|开幕|闭幕|出席|主持|会见|会谈|颁授)/;

/** A headline opening with a national session held (十三届全国人大三次会议在京闭幕, 全国政协十三届三次会议开幕). */
const NATIONAL_SESSION_TITLE = /^(?:第?[\d一二三四五六七八九十]+届)?全国(?:人大|人民代表大会|政协)(?:[\d一二三四五六七八九十]+届)?[^，。\s]{0,8}?(?:会议|全会)(?:在京|在北京)?(?:开幕|闭幕|举行)/;
/** A headline of a round-up: 各地 (各地装扮一新), 全国部分…, 全国多地, the home news in brief (国内联播快讯). */
const ROUND_UP_TITLE = /各地|全国(?:部分|多地|多个)|国内(?:联播)?快讯/;
/** A lede gathering the provinces' voices (在省区市各级党委政府…中引起热烈反响, 各地各部门): a round-up too. */
const ROUND_UP_LEDE = /(?:在|各)省区市|(?<![省市县区州旗乡镇村])各地各(?:部门|行业|单位)/;

/** Set `place` and `date` on every article of one page (file). */
export function attributeArticles(articles: Article[]): void {
  const evidence = articles.map(gatherEvidence);
  // Articles of different issue dates (a month of 新闻联播 in one file) were not printed on one page.
  const pages = new Map<string, Page>();
  const pageOf = (day: string): Page => {
    let page = pages.get(day);
    if (!page) pages.set(day, (page = pagePlaces(evidence.filter((_, k) => (articles[k]!.givenDate ?? '') === day))));
    return page;
  };
  articles.forEach((article, i) => {
    const place = givenPlace(article, evidence[i]!) ?? choosePlace(evidence[i]!, pageOf(article.givenDate ?? ''));
    if (place) article.place = place;
    else delete article.place;
    const date = articleDate(article, articles);
    if (date) article.date = date;
  });
  borrowPageYear(articles);
}

/** The place the source gives the article (a record's `place`), when the gazetteer knows it. */
function givenPlace(article: Article, ev: Evidence): Place | undefined {
  const name = article.givenPlace?.trim();
  if (!name) return undefined;
  if (/^(?:中国|全国|中华人民共和国|000000)$/.test(name)) return CHINA;
  if (/^\d{6}$/.test(name)) return gazetteer().byCode(name);
  return datelinePlace(name, [...ev.places.values()]) ?? gazetteer().lookup(name)[0];
}

/** A page's articles were printed together: a partial date takes the year of a dated article within a month of it. */
function borrowPageYear(articles: Article[]): void {
  const full = articles.map((a) => a.date).filter((d): d is string => !!d && /^\d{4}-\d{2}-\d{2}$/.test(d));
  for (const article of articles) {
    if (!article.date || !/^\d{2}-\d{2}$/.test(article.date)) continue;
    const [month, day] = article.date.split('-').map(Number) as [number, number];
    for (const date of full) {
      const [y, m, d] = date.split('-').map(Number) as [number, number, number];
      const year = [y, y - 1, y + 1].find((c) => Math.abs(Date.UTC(c, month - 1, day) - Date.UTC(y, m - 1, d)) <= 31 * 86_400_000);
      if (year) {
        article.date = `${year}-${article.date}`;
        break;
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Place

// The lede's dateline: 本报济南12月24日讯, 新华社北京12月16日电, 东昌府讯, 本报青州讯.
const DATELINE =
  /^[\s(（]*据?(?:本报|本刊|新华社|人民日报|中新社|新华网|央视网|大众日报|记者)?\s*([\u4e00-\u9fa5]{2,8}?)?\s*(?:(\d{1,2})月(\d{1,2})日)?\s*(?:电|讯)/;

const AGENCY = /^据?(?:本报|本刊|新华社|人民日报|中新社|新华网|央视网|大众日报|记者)/;
/** A dateline closing the article, in brackets (`（本报巴黎5月12日电）`). */
const CLOSING_DATELINE = /[（(]\s*((?:本报|新华社|人民日报|中新社)[^（）()\n]{0,20}?(?:电|讯))\s*[）)]\s*$/;

/** The dateline place as printed and its date (`12-24`), from the article's fields or its lede. */
export function parseDateline(article: Article): { place?: string; date?: string } {
  // The splitter may keep an agency before the place (据新华社伦敦).
  let place = article.datelinePlace?.replace(AGENCY, '');
  let date = article.dateline;
  if (place === undefined || date === undefined) {
    // The international pages print it at the end instead: `（本报巴黎5月12日电）`, `（本报努尔苏丹电）`.
    const closing = place === undefined && date === undefined ? CLOSING_DATELINE.exec(article.text.slice(Math.max(article.bodyStart, article.text.length - 40))) : null;
    const m = DATELINE.exec(article.text.slice(article.bodyStart, article.bodyStart + 40)) ?? (closing ? DATELINE.exec(closing[1]!) : null);
    if (m) {
      if (place === undefined && m[1] && !/^(本报|本刊|记者|通讯员)$/.test(m[1])) place = m[1];
      if (date === undefined && m[2] && m[3]) date = `${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
    }
  }
  return { ...(place ? { place } : {}), ...(date ? { date } : {}) };
}

/** A place written in a dateline: a full or short name, or a short name plus a suffix (东昌府 → 东昌府区). */
function datelinePlace(name: string, context: Place[]): Place | undefined {
  const gaz = gazetteer();
  let found = gaz.lookup(name);
  if (found.length === 0) for (const suffix of ['市', '区', '县', '旗', '省']) found.push(...gaz.lookup(name + suffix));
  if (found.length <= 1) return found[0];
  // Shared names: the one inside or beside a place the article names.
  const codes = new Set(context.flatMap((p) => [p.code, ...gaz.parentChain(p).map((a) => a.code)]));
  return found.find((p) => gaz.parentChain(p).some((a) => codes.has(a.code))) ?? found[0];
}

// Ranking frames (居全省第1, 全国首批, 全省领先) compare the article's place with others: they are not its voice.
const RANK = '(?!第|前|首|领先|排名|之最|唯一|率先|示范|先进|百强|十强|文明|重点|优秀|劳动模范|人大|政协|人民代表|性)';
// Below the province an organ speaks for the article's own place only when printed bare (市委、市政府在市民中心…):
// 洛阳市委统战部 in a village story of 洛宁县 is the organ of a place the article names, weighed as a place, not as the
// article's voice. (A province's organs, 贵州省委, do say the story is provincial.)
const BARE = '(?:(?<![\\u4e00-\\u9fa5])|(?<=[向在由和与及对经将把被是为给同跟的了]))';
export const SELF_CUES: Record<SelfLevel, RegExp> = {
  // 各省、自治区、直辖市 is how a central document addresses its readers.
  // 美国国务院 is a foreign government.
  country: new RegExp(`全国${RANK}|我国|党中央|中共中央|(?<!国)国务院|中央经济工作会议|各省、自治区、直辖市`, 'g'),
  // 省直部门, 省内高校: the province's own departments and its territory, as 市直单位 are a city's.
  province: new RegExp(
    `全省${RANK}|我省|本省|省委(?!书记)|省政府|省人大|省政协|自治区(?:党委|人民政府|政府|人大|政协)|全区各族|省直(?:部门|机关|单位)|省内(?!外)`,
    'g',
  ),
  // (`资本市场`: 本市 inside a word.)
  city: new RegExp(`全市${RANK}|我市|本市(?!场)|${BARE}(?:市委(?!书记)|市政府|市人大|市政协)|${BARE}市直(?:部门|机关|单位)`, 'g'),
  district: new RegExp(`全区${RANK}|我区|本区|${BARE}(?:区委(?!书记)|区政府|区人大|区政协)`, 'g'),
  county: new RegExp(`全县${RANK}|我县|本县|${BARE}(?:县委(?!书记)|县政府|旗委)|全旗${RANK}|我旗`, 'g'),
};
// First-person words (我市, 我区) name the article's own place without doubt: they count twice.
const FIRST_PERSON_LEVEL: Record<string, SelfLevel> = { 省: 'province', 市: 'city', 区: 'district', 县: 'county', 旗: 'county' };

/** The characters each level's cues can begin with: see countCues. */
const CUE_STARTS: Record<SelfLevel, string> = {
  country: '全我党中国各',
  province: '全我本省自',
  city: '全我本市',
  district: '全我本区',
  county: '全我本县旗',
};
const LEVELS = Object.keys(SELF_CUES) as SelfLevel[];
/** The cues again, sticky: tried only where one may begin. */
const STICKY_CUES = LEVELS.map((level) => new RegExp(SELF_CUES[level].source, 'y'));
/** By UTF-16 unit: bit k set where level k's cue may begin. */
const CUE_START = (() => {
  const table = new Uint8Array(0x10000);
  LEVELS.forEach((level, k) => {
    for (const char of CUE_STARTS[level]) table[char.charCodeAt(0)]! |= 1 << k;
  });
  return table;
})();
const WO = '我'.charCodeAt(0);

/**
 * How often the text speaks from each level: the count of each level's cues as `text.match(SELF_CUES[level])` gives
 * it, and each first-person word (我市) once more, in one pass. Five scans of the whole text by patterns that open with a lookbehind
 * cost a twentieth of `entities`; here a cue is tried only at the characters it can begin with, from where its last
 * match ended, which finds the same matches (test/unit/extract/places/attribution.test.ts).
 */
export function countCues(text: string): Record<SelfLevel, number> {
  const counts = [0, 0, 0, 0, 0];
  const from = [0, 0, 0, 0, 0];
  const byLevel = { country: 0, province: 0, city: 0, district: 0, county: 0 } as Record<SelfLevel, number>;
  for (let i = 0; i < text.length; i++) {
    const bits = CUE_START[text.charCodeAt(i)]!;
    if (bits === 0) continue;
    for (let k = 0; k < LEVELS.length; k++) {
      if ((bits & (1 << k)) === 0 || i < from[k]!) continue;
      const cue = STICKY_CUES[k]!;
      cue.lastIndex = i;
      if (cue.test(text)) {
        counts[k]!++;
        from[k] = cue.lastIndex;
      }
    }
    if (text.charCodeAt(i) === WO && i + 1 < text.length) {
      const level = FIRST_PERSON_LEVEL[text[i + 1]!];
      if (level) byLevel[level] += 1;
    }
  }
  LEVELS.forEach((level, k) => (byLevel[level] += counts[k]!));
  return byLevel;
}

/** Whether a place is of the kind an article speaking as `self` would be about. */
function fits(place: Place, self: SelfLevel | undefined): boolean {
  if (!self) return place.level !== 'foreign' && place.level !== 'country';
  switch (self) {
    case 'country':
      return place.level === 'country';
    case 'province':
      return place.level === 'province';
    case 'city': // 北京市 speaks of 全市 and 市委 like 潍坊市 does
      return place.level === 'prefecture' || place.name.endsWith('市');
    case 'district': // 广西壮族自治区 speaks of 全区 and 区党委 like 东昌府区 does
      return (place.level === 'county' && /区$/.test(place.name)) || place.name.endsWith('自治区');
    case 'county':
      return place.level === 'county' && /(县|旗)$/.test(place.name);
  }
}

// The author's affiliation set off at the end (（作者单位：陆军工程大学石家庄校区）, （作者为…研究员）): where the
// writer works. In a text that names no other Chinese place (a commentary), it is not what the text is about; an
// envoy's post abroad (（作者为中国驻葡萄牙大使）) still is.
const AUTHOR_LINE = /[（(]\s*(?:作者(?:单位)?[：:]|作者(?:为|系|是))[^（）()\n]{0,60}[）)]\s*$/gmu;

function withoutAuthorsPlaces(article: Article, spans: EntitySpan[]): EntitySpan[] {
  const lines = [...article.text.matchAll(AUTHOR_LINE)].map((m) => [m.index, m.index + m[0].length] as const);
  if (lines.length === 0) return spans;
  const domestic = (s: EntitySpan) => s.level !== 'foreign' && s.code !== undefined && s.code !== CHINA.code;
  const inLine = (s: EntitySpan) => lines.some(([from, to]) => s.start >= from && s.end <= to);
  if (spans.some((s) => domestic(s) && !inLine(s))) return spans;
  return spans.filter((s) => !(domestic(s) && inLine(s)));
}

function gatherEvidence(article: Article): Evidence {
  const allSpans = withoutAuthorsPlaces(article, findPlaces(article));
  const spans = allSpans.filter((s) => s.code !== undefined && s.level !== 'foreign');
  const gaz = gazetteer();
  const ev: Evidence = {
    scores: new Map(),
    places: new Map(),
    selfCounts: countCues(article.text),
    orgPlaces: [],
    titlePlaces: [],
    titleOrgPlaces: [],
    titleVenues: new Set(),
    titleListed: false,
    obituary: OBITUARY.test(article.text.slice(0, article.bodyStart)),
    nationalSession: NATIONAL_SESSION_TITLE.test(article.text.slice(0, article.bodyStart).trimStart()),
    ledePlaces: [],
    titleAddress: false,
    capitalDateline: false,
    abroad: false,
    inCapital: false,
    roundUp: ROUND_UP_TITLE.test(article.text.slice(0, article.bodyStart)) || ROUND_UP_LEDE.test(article.text.slice(article.bodyStart, article.bodyStart + 200)),
    tour: false,
    foreign: new Map(),
    text: article.text,
    titleEnd: article.bodyStart,
    beijingNamed: false,
  };
  const add = (place: Place, score: number): void => {
    const key = placeKey(place);
    ev.places.set(key, place);
    ev.scores.set(key, (ev.scores.get(key) ?? 0) + score);
  };
  const placeOf = (s: EntitySpan): Place | undefined => (s.code === CHINA.code ? CHINA : gaz.byCode(s.code!));
  const ledeEnd = article.bodyStart + Math.min(200, firstParagraphLength(article));

  for (const span of spans) {
    const place = placeOf(span);
    if (!place) continue;
    if (place.code === BEIJING && CAPITAL_EVENT.test(article.text.slice(span.end, span.end + 10))) continue;
    if (span.org) ev.orgPlaces.push({ org: span.org, place });
    let score = 1;
    if (span.start < article.bodyStart) score += 3; // in a headline
    if (span.org) score += span.start < ledeEnd ? 3 : 1; // 青州市委 in the lede holds the meeting
    else if (span.start < ledeEnd) score += 1;
    add(place, score);
    // The place holding the meeting: an organisation in the title or at the start of the lede.
    if (!ev.strong && span.org && (span.start < article.bodyStart || span.start < article.bodyStart + 40)) {
      ev.strong = place;
    }
  }

  if (ev.obituary) {
    // (The lede's first sentence names the person with the posts: `…电 原文化部副部长、党组成员赵某同志，于…逝世`.)
    const named = article.text.indexOf('同志', article.bodyStart);
    const firstSentence = named > 0 && !/[。！？!?]/u.test(article.text.slice(article.bodyStart, named)) && /^[，,]?\s*(?:于|因病|在)/u.test(article.text.slice(named + 2, named + 6));
    if (firstSentence && named - article.bodyStart < 300) {
      // (The dateline's 北京 files the news: it is no post's place.)
      const { place: filedAt } = parseDateline(article);
      const posts = article.text.slice(article.bodyStart, named);
      const places = spans
        .filter((s) => s.start >= article.bodyStart && s.end <= named && !(filedAt && s.name.startsWith(filedAt) && posts.indexOf(filedAt) < 12 && s.start - article.bodyStart < 16))
        .map(placeOf)
        .filter((p): p is Place => p !== undefined && p.code !== CHINA.code && p.code !== BEIJING);
      ev.obituaryPosts = { places, national: OBITUARY_NATIONAL_POST.test(posts) };
    }
  }

  const lede = article.text.slice(article.bodyStart, ledeEnd);
  const titleSpans: { end: number; province: string | undefined }[] = [];
  for (const span of allSpans) {
    if (span.level === 'foreign' && !REGIONS.has(span.name)) {
      const place = gaz.lookup(span.name).find((p) => p.level === 'foreign');
      if (!place) continue;
      const entry = ev.foreign.get(place.name) ?? { place, score: 0, inTitle: false };
      entry.score += span.start < article.bodyStart ? 3 : 1;
      if (span.start < article.bodyStart) entry.inTitle = true;
      ev.foreign.set(place.name, entry);
      continue;
    }
    if (span.code === undefined || span.code === CHINA.code || span.level === 'foreign') continue;
    const place = placeOf(span);
    if (!place) continue;
    const inTitle = span.start < article.bodyStart;
    // 在北京举行 is the capital's national venue, not a story about Beijing.
    // (2017年在北京举办的首届…论坛 recalls an earlier event: the story need not be in Beijing.)
    if (span.start < ledeEnd && place.code === BEIJING && article.text[span.start - 1] === '在' && CAPITAL_VENUE.test(article.text.slice(span.end, span.end + 4)) && !RECALLED_EVENT.test(article.text.slice(span.start - 8, span.end + 4))) {
      ev.inCapital = true;
      continue;
    }
    // (Not the dateline's 北京: `本报北京2月27日电` files national news.)
    if (place.code === BEIJING && !span.org && !/^\s*\d{1,2}月\d{1,2}日\s*[电讯]/u.test(article.text.slice(span.end, span.end + 10))) ev.beijingNamed = true;
    if (inTitle && span.org) ev.titleOrgPlaces.push(place);
    // A venue (在甘肃敦煌市召开的…年会, 在河北张家口市康保县启动) hosts a national event: not the lede's story.
    const venue = /在/.test(article.text.slice(Math.max(0, span.start - 8), span.start)) && VENUE_AFTER.test(article.text.slice(span.end, span.end + 12));
    if (!inTitle && !span.org && !venue && span.start < article.bodyStart + LEDE_START) {
      ev.ledePlaces.push(place);
      if (!ev.ledeAddress && place.level === 'county' && TOWNSHIP_AFTER.test(article.text.slice(span.end, span.end + 8))) ev.ledeAddress = place;
    }
    if (inTitle && venue) ev.titleVenues.add(place.code);
    if (inTitle && !span.org && TOWNSHIP_AFTER.test(article.text.slice(span.end, span.end + 8))) ev.titleAddress = true;
    // 北京香山论坛, 北京冬奥会: the capital hosting a national or world event, not a story about Beijing.
    const capitalEvent = place.code === BEIJING && CAPITAL_EVENT.test(article.text.slice(span.end, span.end + 10));
    if (inTitle && !span.org && !capitalEvent) {
      const previous = titleSpans.at(-1);
      if (previous && previous.province !== gaz.provinceOf(place)?.code && LIST_GAP.test(article.text.slice(previous.end, span.start))) ev.titleListed = true;
      titleSpans.push({ end: span.end, province: gaz.provinceOf(place)?.code });
    }
    if (inTitle && !span.org && !capitalEvent && !ev.titlePlaces.some((p) => p.code === place.code)) ev.titlePlaces.push(place);
    // 在江西考察 in the headline or near the start of the lede.
    if (!ev.visited && (inTitle || span.start < article.bodyStart + 80) && /(?:在|赴)$/.test(article.text.slice(span.start - 1, span.start))) {
      const after = article.text.slice(span.end, span.end + 8).replace(/^[省市县区]?(?:[\u4e00-\u9fa5]{2,4}?(?=考察|调研|视察))?/, '');
      if (VISIT.test(after)) ev.visited = place;
    }
  }
  // A broadcast's lede says where it goes in its second paragraph (…让我们一起走进陕西、宁夏).
  ev.profilePlace = profilePlace(article, spans);
  ev.tour = toursProvinces(article.text, allSpans, article.bodyStart, article.bodyStart + 300);
  ev.abroad = ABROAD.test(lede);
  if (ev.abroad) {
    const city = foreignCityIn(lede);
    if (city) ev.ledeCityAbroad = city;
  }
  ev.inCapital ||= IN_CAPITAL.test(lede.replace(new RegExp(RECALLED_EVENT.source, 'g'), ''));

  const dl = parseDateline(article);
  if (dl.place) {
    const abroad = gaz.lookup(dl.place).length === 0 ? foreignDateline(dl.place) : undefined;
    if (abroad) ev.datelineAbroad = abroad;
    else if (isCapitalDateline(dl.place)) ev.capitalDateline = true; // national news, not Beijing's own
    else {
      const place = datelinePlace(dl.place, [...ev.places.values()]);
      if (place) {
        add(place, 4);
        ev.strong = place; // the lede's own place is the strongest sign
        ev.dateline = place;
      }
    }
  }

  // The article's own place speaking through its organs (青州市委 in a report on 青州市): cues of its level, like the bare
  // 市委 a local paper prints. Another place's organ (洛阳市委统战部 in a village story of 洛宁县) is no voice.
  // Only the place the story is filed from or held by (the dateline, the organisation opening the lede) that the article
  // also names most; never Beijing, whose organs stand beside the centre's at national events.
  const own = topPlace(ev, (p) => p.code !== CHINA.code);
  const filedFrom = ev.dateline ?? ev.strong;
  if (own && filedFrom && own.code === filedFrom.code && own.level !== 'province' && gaz.provinceOf(own)?.code !== BEIJING) {
    for (const span of spans) {
      if (!span.org || span.code !== own.code) continue;
      const level = ownOrganLevel(article.text, span);
      if (level) ev.selfCounts[level] += 1;
    }
  }
  // The level the article speaks from: the most frequent cue, with headline cues doubled.
  const titleCounts = countCues(article.text.slice(0, article.bodyStart));
  let best: SelfLevel | undefined;
  let bestCount = 0;
  for (const level of Object.keys(ev.selfCounts) as SelfLevel[]) {
    const count = ev.selfCounts[level] + 2 * titleCounts[level];
    if (count > bestCount) [best, bestCount] = [level, count];
  }
  // National words appear in every local article (全国文明城市, 党中央): the country needs a clear majority, and more
  // than one 我国 beside a domestic dateline or a named organisation in the lede (本报天津…电 天津市人大常委会…首部).
  // Any one voice word is weak beside a dateline: one 省委 in 本报深圳…电 深圳市委市政府主办的论坛 is not the province's.
  // Without a dateline, one local voice word is no voice either: one 市委 in a commentary naming places of six
  // provinces. (A Beijing dateline weighs its one 全市 against Beijing named in the text: see framedPlace.)
  if (bestCount < 2 && (ev.dateline || (best === 'country' ? ev.strong : !ev.capitalDateline))) best = undefined;
  if (best === 'country') {
    const local = ev.selfCounts.province + ev.selfCounts.city + ev.selfCounts.district + ev.selfCounts.county;
    if (ev.selfCounts.country < 2 * local) {
      best = (['city', 'district', 'county', 'province'] as SelfLevel[]).reduce((a, b) =>
        ev.selfCounts[b] > ev.selfCounts[a] ? b : a,
      );
      // A local level needs two cues here too, as above (one 全国, one 市委: no voice).
      if (ev.selfCounts[best] < (ev.dateline || ev.capitalDateline ? 1 : 2)) best = undefined;
    }
  }
  if (best) ev.self = best;
  return ev;
}

// Words that take the reporter or the viewer somewhere (记者来到, 让我们一起走进, 记者在…进行了调查).
const TOUR_VERB = /(?:来到|走进|走访|深入|奔赴|前往|赴|在)$/;

/** Whether the lede lists places of two provinces or more after a word of travel (走进陕西、宁夏; 在山西、陕西、浙江等地). */
function toursProvinces(text: string, spans: EntitySpan[], from: number, to: number): boolean {
  const gaz = gazetteer();
  const domestic = spans.filter((s) => s.start >= from && s.end <= to && !s.org && s.code && s.code !== CHINA.code && s.level !== 'foreign');
  for (let k = 0; k + 1 < domestic.length; k++) {
    const first = domestic[k]!;
    if (!TOUR_VERB.test(text.slice(Math.max(0, first.start - 2), first.start))) continue;
    const provinces = new Set<string>();
    let last = first;
    for (let j = k; j < domestic.length; j++) {
      const span = domestic[j]!;
      if (j > k && !/^(?:省|市)?[、和及与]$/.test(text.slice(last.end, span.start))) break;
      last = span;
      const place = gaz.byCode(span.code!);
      const province = place && gaz.provinceOf(place);
      if (province) provinces.add(province.code);
    }
    // 在西安和北京两次会晤 is where two meetings were; 在山西、陕西、浙江等地进行了调查 is a tour.
    const plainIn = text[first.start - 1] === '在' && !/^(?:省|市)?(?:等[地省城市县]|两地|三地|多地)/.test(text.slice(last.end, last.end + 3));
    if (provinces.size >= 2 && !plainIn) return true;
  }
  return false;
}

const ORGAN_LEVEL: Record<string, SelfLevel> = { 市: 'city', 区: 'district', 县: 'county', 旗: 'county' };

/** The level of an organ printed after a place (青州市委 → city, 浪卡子县委 → county), or undefined. */
function ownOrganLevel(text: string, span: EntitySpan): SelfLevel | undefined {
  const m = /^(市|区|县|旗)?(?:委(?!书记)|政府|人大|政协)/.exec(text.slice(span.end, span.end + 4));
  if (!m) return undefined;
  return ORGAN_LEVEL[m[1] ?? text[span.end - 1]!];
}

function firstParagraphLength(article: Article): number {
  const end = article.text.indexOf('\n', article.bodyStart);
  return (end < 0 ? article.text.length : end) - article.bodyStart;
}

/** What a page's articles say together, for the articles that do not say where they are. */
interface Page {
  /** The places the page is about, most likely first. */
  ranked: Place[];
  /** The page names its own newspaper (潍坊日报社): a local paper, whose stories are its place's. */
  localPaper: boolean;
}

/**
 * The places a page is about, most likely first, for articles that do not say: summed evidence of all its articles,
 * newspaper names (潍坊日报社) weighing most.
 */
function pagePlaces(evidence: Evidence[]): Page {
  const total = new Map<string, number>();
  const places = new Map<string, Place>();
  let localPaper = false;
  evidence.forEach((ev) => {
    for (const [key, score] of ev.scores) {
      places.set(key, ev.places.get(key)!);
      total.set(key, (total.get(key) ?? 0) + Math.min(score, 12));
    }
  });
  // The paper's name (潍坊日报社, 菏泽日报) says whose page it is.
  for (const ev of evidence) {
    for (const { org, place } of ev.orgPlaces) {
      if (!/(日报|晚报|报社|融媒体|电视台)/.test(org)) continue;
      localPaper = true;
      places.set(placeKey(place), place);
      total.set(placeKey(place), (total.get(placeKey(place)) ?? 0) + 6);
    }
  }
  // A province is the page's place only when nothing below it is named much: local papers cite their province.
  const weight = (key: string): number => (places.get(key)!.level === 'province' ? total.get(key)! / 2 : total.get(key)!);
  const ranked = [...total.keys()]
    .filter((key) => places.get(key)!.level !== 'country')
    .sort((a, b) => weight(b) - weight(a))
    .map((key) => places.get(key)!);
  return { ranked, localPaper };
}

function choosePlace(ev: Evidence, pageOf: Page): Place | undefined {
  const framed = framedPlace(ev);
  if (framed !== undefined) return framed ?? undefined;
  const gaz = gazetteer();
  const pageRanked = pageOf.ranked;
  const page = pageRanked[0];
  if (ev.self === 'country') return CHINA;
  // A provincial body's meeting datelined in its capital is about the province (本报济南…讯 省委经济工作会议).
  if (ev.self === 'province') {
    const from = ev.strong ?? best(ev, () => true);
    const province = from ? gaz.provinceOf(from) : undefined;
    if (province) return province;
    return page ? gaz.provinceOf(page) : undefined;
  }
  if (ev.strong && fits(ev.strong, ev.self)) return ev.strong;
  const named = best(ev, (p) => fits(p, ev.self));
  if (named && (ev.scores.get(placeKey(named)) ?? 0) >= 2) return named;
  // Nothing local in the article, and no local voice (我市), in a text speaking for the country (党的二十届三中全会, 我国,
  // 国务院): national, whatever the other stories of its page or broadcast day name.
  const national = ev.selfCounts.country > 0 || NATIONAL_VOICE.test(ev.text);
  if (national && !ev.self && !named && !ev.strong) return CHINA;
  // A story of a national paper or broadcast naming no place and speaking as no place (国家卫生健康委…新闻发布会, a
  // commentary) is national: the other stories of its page or broadcast day are elsewhere. A local paper's is its city's.
  if (!ev.self && !named && !ev.strong && !pageOf.localPaper && ev.foreign.size === 0) return CHINA;
  // The page's most likely place of the level the article speaks from (我区 on a page with a district's articles).
  const pageFit = pageRanked.find((p) => fits(p, ev.self));
  if (pageFit) return pageFit;
  // Nothing domestic and no national voice: the foreign country it names most (a photo of 中企承建 work in 玻利维亚).
  const abroad = [...ev.foreign.values()].sort((a, b) => b.score - a.score)[0]?.place;
  return named ?? ev.strong ?? page ?? (national || !abroad ? CHINA : abroad);
}

// Words of a text that speaks for China without naming any place: the Party's plenums, its leaders, the central state.
const NATIONAL_VOICE = /中央(?:全会|委员会|政治局|宣讲团)|[十二]{1,3}[一二三四五六七八九]?届[一二三四五六七]中全会|党的[十二]{1,3}[一二三四五六七八九]?大|习近平(?:总书记|主席)|我们党|中国式现代化|(?<!美)国务院|全国人大|全国政协|部长/;

/**
 * The place the news framing gives (see setting.ts), before the places named are weighed: `null` for foreign news of no
 * one country, `undefined` when the framing says nothing.
 */
function framedPlace(ev: Evidence): Place | null | undefined {
  const gaz = gazetteer();
  const topForeign = [...ev.foreign.values()].sort((a, b) => b.score - a.score)[0];
  // Foreign news: filed from abroad, or 当地时间 in a lede that is not in Beijing.
  // Foreign news whose headline names a region and no country or city (欧元区经济增长面临多重挑战, 欧盟国家深受难民问题
  // 困扰, 中东和平稳定是世界所盼): the region's story, not the country of its dateline or of its examples.
  const region = ev.datelineAbroad || (ev.abroad && !ev.inCapital && !ev.dateline && !ev.capitalDateline) ? titleRegion(ev) : undefined;
  if (region) return region;
  if (ev.datelineAbroad) {
    // A province's own event abroad (“大美青海”文化艺术展亮相斯里兰卡, opened by 青海省委宣传部): the province's story.
    const home = deepest(ev.titlePlaces);
    const abroad = ev.foreign.get(ev.datelineAbroad.name)?.score ?? 0;
    const acting = home && ev.orgPlaces.some(({ place }) => sameBranch(place, home));
    if (home && acting && (ev.scores.get(placeKey(home)) ?? 0) >= 2 * abroad) return home;
    return ev.foreign.get(ev.datelineAbroad.name) || !topForeign ? ev.datelineAbroad : topForeign.place;
  }
  if (ev.abroad && !ev.inCapital && !ev.dateline && !ev.capitalDateline) return topForeign?.place ?? ev.ledeCityAbroad ?? null;
  // A central organ's document (全国人民代表大会常务委员会公告, 国务院办公厅关于…的通知) is national, whatever provinces'
  // bodies it names (江西省人大常委会决定接受…).
  // (国务院关于支持贵州…的意见 names its place in the headline: see below.)
  if (ev.titlePlaces.length === 0 && CENTRAL_DOCUMENT.test(ev.text.slice(0, ev.titleEnd))) return CHINA;
  // An opinion column (人民论坛, 今日谈, 人民时评, 新语…) draws a national lesson from its examples (十八洞村, 杭州西湖边的
  // 志愿者, a line of verse: 有志始知蓬莱近): national, unless its headline names a place or it answers a foreign
  // country (美国一些政客…).
  if (ev.titlePlaces.length === 0 && OPINION_COLUMN.test(ev.text.slice(0, ev.titleEnd))) {
    return foreignStory(ev, topForeign) ? topForeign!.place : CHINA;
  }
  // A headline listing places of several provinces is a national round-up (湖南、广东、重庆、甘肃…; 重庆四川等地).
  // Two provinces not listed are one acting on the other (贵州 全力驰援湖北): not a round-up.
  const provinces = new Set(ev.titlePlaces.map((p) => gaz.provinceOf(p)?.code));
  // (A visit the lede recalls, 习近平总书记在河南考察时强调, does not make the round-up the visited province's.)
  const visitInTitle = ev.visited !== undefined && ev.titlePlaces.some((p) => sameBranch(p, ev.visited!));
  if ((provinces.size >= 3 || (provinces.size >= 2 && ev.titleListed)) && !visitInTitle) return CHINA;
  // A reporter's tour of several provinces (记者来到浙江、安徽等地园区) is a national story, whatever place it names most.
  if (ev.tour && !ev.visited) return CHINA;
  const titlePlace = deepest(ev.titlePlaces);
  // The place visited; a dateline inside it was only a stop (孙春兰在广东调研, 新华社深圳…电).
  // (A commentary on the visit naming places of many provinces is national: see below.)
  if (ev.visited && !outweighedElsewhere(ev, ev.visited)) return ev.self === 'province' ? (gaz.provinceOf(ev.visited) ?? ev.visited) : ev.visited;
  if (ev.dateline) {
    // The headline names the dateline's province or prefecture (广东压减渔船, 本报阳江…电): the story is the wider place's.
    // A place below the dateline in the headline is the story's (本报毕节…电, 贵州毕节七星关深化… → 七星关区).
    const below = ev.titlePlaces.find((p) => gaz.parentChain(p).some((a) => a.code === ev.dateline!.code));
    if (below) return deepest(ev.titlePlaces) ?? below;
    // The headline names the dateline's place itself (新华社武汉…电, 中央指导组约谈武汉市相关人员): the story is that
    // place's, whatever national organs act in it.
    if (titlePlace?.code === ev.dateline.code && !ev.titleVenues.has(titlePlace.code)) return ev.dateline;
    // A county in the headline elsewhere in the dateline's province (本报合肥…电, 安徽泗县大杨乡小丁村…): that county.
    if (titlePlace && titlePlace.level !== 'province' && !sameBranch(titlePlace, ev.dateline)) return titlePlace;
    const wider = ev.titlePlaces.find((p) => gaz.parentChain(ev.dateline!).some((a) => a.code === p.code));
    // The headline names a township of the province, the lede prints its county's address off the dateline's branch
    // (据新华社拉萨…电 西藏普玛江塘乡… / 西藏自治区浪卡子县普玛江塘乡…喜迁新居): the story is the county's.
    const address = ev.ledeAddress;
    if (wider && address && ev.titleAddress && !sameBranch(address, ev.dateline) && gaz.parentChain(address).some((a) => a.code === wider.code)) return address;
    if (wider && ev.self !== 'city' && ev.self !== 'district' && ev.self !== 'county') return wider;
    // Filed from the provincial capital about a county elsewhere in the province (本报成都…电 四川凉山“悬崖村”——凉山
    // 彝族自治州昭觉县…; 据新华社拉萨…电 西藏自治区浪卡子县普玛江塘乡…): that county, when named as much as the capital.
    // (A headline naming the province, 江西新增15个省级历史文化街区, made it the province's story above.)
    const away = awayFromDateline(ev);
    if (away) return away;
    // The headline names a place elsewhere (本报南京…电 on 苏州): that place.
    if (titlePlace && !sameBranch(titlePlace, ev.dateline)) return titlePlace;
    return undefined;
  }
  // An obituary is its person's place: the domestic place it names most (浙江省人大常委会原副主任…在杭州逝世).
  // The posts the lede gives the person say whose it is: a province's or a city's (its place), else a national organ's
  // (原第四机械工业部副部长, 中央纪委驻原建设部纪检组组长: the nation's, whatever places the career names).
  if (ev.obituary && ev.obituaryPosts) {
    const { places, national } = ev.obituaryPosts;
    if (places.length > 0) return best(ev, (p) => places.some((q) => q.code === p.code)) ?? places[0];
    if (national) return CHINA;
  }
  if (ev.obituary) return best(ev, (p) => p.code !== CHINA.code && p.code !== BEIJING) ?? CHINA;
  if (ev.capitalDateline || ev.inCapital) {
    // Beijing files national news; the story is Beijing's only when its headline names Beijing or another place
    // (not the topic of what a national session passes: 十三届全国人大三次会议在京闭幕…香港特别行政区…的决定).
    if (titlePlace && !ev.nationalSession) return titlePlace;
    // A Beijing story speaks as the city (北京市委, 全市); national leaders meeting Hong Kong's deputies do not.
    // One 北京市委 among the national hosts of a meeting held 在京 is not the city's voice: it needs two cues, or
    // Beijing named outside organisation names (北京市区交通高峰).
    const voiced = ev.self && ev.self !== 'country' && (ev.selfCounts[ev.self] >= 2 || ev.beijingNamed);
    const local = voiced ? best(ev, (p) => fits(p, ev.self)) : undefined;
    if (local && gaz.provinceOf(local)?.code === BEIJING) return local;
    return CHINA;
  }
  // A profile is its person's place (全国人大代表梁益建—— …成都市第三人民医院骨科主任).
  if (ev.profilePlace) return ev.profilePlace;
  // No dateline: a headline naming one place (成都：…, 北京中轴线…, 黑龙江特色文旅…) is about it, whatever the
  // national words of the body (我国, 全国首位).
  // A national commentary on a leader's visit (习近平总书记山西考察重要讲话) names places of many provinces: not the
  // visited province's story.
  if (titlePlace && (ev.self === 'country' || ev.self === undefined) && !outweighedElsewhere(ev, titlePlace)) return titlePlace;
  if (titlePlace && titleOverVoice(ev, titlePlace)) return titlePlace;
  const speaksLocally = ev.self !== undefined && ev.self !== 'country';
  // 各地装扮一新, 各地积极应对: a round-up of the country.
  // A round-up naming three provinces or more is national even when its local reports speak of 全省, 市委.
  const provincesNamed = new Set([...ev.places.values()].map((p) => (p.code === CHINA.code ? undefined : gaz.provinceOf(p)?.code)).filter(Boolean));
  if (ev.roundUp && ev.titlePlaces.length === 0 && (!speaksLocally || provincesNamed.size >= 3)) return CHINA;
  // Foreign news without a dateline.
  if (foreignStory(ev, topForeign)) return topForeign!.place;
  // No voice and no headline place: the county the lede prints as an address (广西柳州市融水苗族自治县洞头镇43岁的…)
  // when no place off its branch is named more.
  const address = ev.ledeAddress;
  if (address && !ev.self) {
    const own = ev.scores.get(placeKey(address)) ?? 0;
    const rival = Math.max(0, ...[...ev.scores].filter(([key]) => key !== CHINA.code && !sameBranch(ev.places.get(key)!, address)).map(([, v]) => v));
    if (own >= rival) return address;
  }
  const reported = reportedPlace(ev);
  if (reported) return reported;
  if (!speaksLocally && nationalByNames(ev)) return CHINA;
  return undefined;
}

/**
 * A headline's place named far more than the article's best place of the level its voice words speak from (大连探索…:
 * 大连 throughout, 中山区政府 twice): the headline's. A district the headline prints after its city (苏州吴中区) is
 * the headline's deepest place already.
 */
function titleOverVoice(ev: Evidence, titlePlace: Place): boolean {
  if (!ev.self || ev.self === 'country' || fits(titlePlace, ev.self)) return false;
  const voiced = best(ev, (p) => fits(p, ev.self));
  const score = (p: Place | undefined): number => (p ? (ev.scores.get(placeKey(p)) ?? 0) : 0);
  return score(titlePlace) >= 3 * score(voiced);
}

/** Whether places of other provinces outweigh the headline's place twice over (a national commentary naming six provinces). */
function outweighedElsewhere(ev: Evidence, titlePlace: Place): boolean {
  const gaz = gazetteer();
  const province = gaz.provinceOf(titlePlace)?.code;
  let own = 0;
  let elsewhere = 0;
  const provinces = new Set<string>();
  for (const [key, score] of ev.scores) {
    if (key === CHINA.code) continue;
    const other = gaz.provinceOf(ev.places.get(key)!)?.code;
    if (!other) continue;
    if (other === province) own += score;
    else {
      elsewhere += score;
      provinces.add(other);
    }
  }
  return provinces.size >= 3 && elsewhere >= 2 * own;
}

/**
 * Foreign news without a dateline: foreign countries named more than any Chinese place, in a text not speaking for China.
 * (中尼粮食合作: 尼泊尔 as often as 中国; a national text naming 美国 often speaks for China with 我国, 党中央.)
 */
function foreignStory(ev: Evidence, topForeign: { score: number; inTitle: boolean } | undefined): boolean {
  if (!topForeign || topForeign.score < 2 || topForeign.score <= 3 * ev.selfCounts.country) return false;
  const domestic = [...ev.scores.entries()].filter(([key]) => key !== CHINA.code).reduce((sum, [, v]) => sum + v, 0);
  const china = ev.scores.get(CHINA.code) ?? 0;
  // A commentary answering 美国一些政客 names China more: it speaks for China.
  return topForeign.score > domestic && (topForeign.inTitle ? 2 * topForeign.score >= china : topForeign.score > china);
}

// A deputy's profile: a kicker naming a deputy (全国人大代表梁益建——, 袁玉宇代表——) or a series of deputies' stories
// (代表委员履职故事). (A deck ——记… is as often an event or a group: ——记中国—东盟…外长会.)
const PROFILE = /履职故事|英雄烈士谱|改革先锋风采|时代楷模|(?:书记|[省市县区]长|主任|主席|董事长|校长|院长)[\u4e00-\u9fa5·]{2,3}(?:代表|委员)(?:[ \t]*$|(?![\s\S]))|(?:代表|委员)[\u4e00-\u9fa5·]{2,5}——[ \t]*(?:\n|$)|[\u4e00-\u9fa5·]{2,5}(?:代表|委员)——[ \t]*(?:\n|$)/m;

/** A body opening with a post and a deputy's name (江苏省淮安市委书记蔡丽新代表…). */
const DEPUTY_OPENING = /^\s*[^。，；\n]{0,24}?(?:书记|[省市县区]长|主任|主席|董事长|校长|院长)[\u4e00-\u9fa5·]{2,3}(?:代表|委员)/;

/** How far into a profile's body its person's place is looked for (a deputy's story opens with a scene). */
const PROFILE_LEDE = 400;

// A deck ——记 naming a post of a place (——记新疆疏附县委原副书记、广州援疆工作队原队长唐力明): a profile of someone
// serving there.
const POSTED_DECK = /^——记[^\n]{0,30}?(?:[省市县区旗州乡镇村](?:委|党委|党支部|党总支)?|政府|法院|检察院|公安局|派出所)原?(?:常务)?(?:副?书记|[省市县区乡镇]长|主任|局长|所长|院长|队长|支书)/m;

/**
 * Where a profile puts its person: the first domestic place of the lede, at its deepest on its branch; for a deck
 * naming the post (——记…县委原副书记), the place of the post, at its deepest.
 */
function profilePlace(article: Article, spans: EntitySpan[]): Place | undefined {
  // The splitter may leave a deputy's kicker (江苏省淮安市委书记蔡丽新代表) at the body's start, run on with the text.
  const opening = DEPUTY_OPENING.exec(article.text.slice(article.bodyStart, article.bodyStart + 40))?.[0];
  const title = article.text.slice(0, article.bodyStart + (opening?.length ?? 0));
  const deck = POSTED_DECK.exec(title);
  const gaz = gazetteer();
  if (deck) {
    const from = title.indexOf(deck[0]);
    const inDeck = spans.filter((s) => s.start >= from && s.end <= from + deck[0].length && s.code && s.code !== CHINA.code);
    const posted = inDeck.map((s) => gaz.byCode(s.code!)).filter((p): p is Place => !!p);
    if (posted[0]) return deepest(posted.filter((p) => sameBranch(p, posted[0]!))) ?? posted[0];
  }
  const kicker = PROFILE.exec(title);
  if (!kicker) return undefined;
  // A kicker that prints the post's place (江苏省淮安市委书记蔡丽新代表): that place.
  const from = title.indexOf(kicker[0]);
  const posted = spans.filter((s) => s.start >= from && s.end <= from + kicker[0].length && s.code && s.code !== CHINA.code);
  const near = posted.length
    ? posted
    : spans.filter((s) => s.start >= article.bodyStart && s.start < article.bodyStart + PROFILE_LEDE && s.code && s.code !== CHINA.code);
  const places = near.map((s) => gaz.byCode(s.code!)).filter((p): p is Place => !!p);
  const first = places[0];
  if (!first) return undefined;
  return deepest(places.filter((p) => sameBranch(p, first))) ?? first;
}

/** The place of the lede's story when it lies in the dateline's province but off the dateline's branch. */
function awayFromDateline(ev: Evidence): Place | undefined {
  const gaz = gazetteer();
  const dateline = ev.dateline!;
  const province = gaz.provinceOf(dateline);
  if (!province || dateline.level === 'province' || dateline.level === 'county') return undefined;
  const first = ev.ledePlaces.find((p) => p.level !== 'province' && gaz.provinceOf(p)?.code === province.code && !sameBranch(p, dateline));
  if (!first) return undefined;
  const place = deepest(ev.ledePlaces.filter((p) => sameBranch(p, first))) ?? first;
  const score = (p: Place): number => ev.scores.get(placeKey(p)) ?? 0;
  // The dateline's own score holds 4 for being the dateline.
  return score(place) + score(first) >= score(dateline) - 4 ? place : undefined;
}

/**
 * A report or essay about one city or county (雷神山医院验收了: 武汉 throughout) whose voice words are too few to say
 * otherwise (one 我国, one 省委): the place it keeps naming, when the places elsewhere weigh half as much or less.
 */
function reportedPlace(ev: Evidence): Place | undefined {
  const gaz = gazetteer;
  if (Math.max(...Object.values(ev.selfCounts)) > 1) return undefined;
  let top = best(ev, (p) => p.level === 'prefecture' || p.level === 'county');
  if (!top) return undefined;
  // 山东法院 in the headline: the story is the province's, with one city as its example.
  if (ev.titleOrgPlaces.some((p) => gaz().parentChain(top!).some((a) => a.code === p.code))) return undefined;
  // A county named half as often as its prefecture is the report's (四川昭觉县三河村 in 凉山州).
  const prefecture = top;
  const county = best(ev, (p) => p.level === 'county' && gaz().parentChain(p).some((a) => a.code === prefecture.code));
  if (county && 2 * ev.scores.get(placeKey(county))! >= ev.scores.get(placeKey(top))!) top = county;
  // A tour of a city's districts (the inspectors in 上海: 徐汇区, then 黄浦区, 松江区…) is the city's, when the city is
  // named as much as the district that opens it.
  const parent = gaz().parentChain(top)[0];
  if (top.level === 'county' && parent && (ev.scores.get(placeKey(parent)) ?? 0) >= ev.scores.get(placeKey(top))!) {
    const siblings = [...ev.places.values()].filter((p) => p.code !== top!.code && gaz().parentChain(p)[0]?.code === parent.code);
    if (siblings.length >= 2) top = parent;
  }
  const score = ev.scores.get(placeKey(top))!;
  let elsewhere = 0;
  for (const [key, value] of ev.scores) {
    if (key !== CHINA.code && !sameBranch(ev.places.get(key)!, top)) elsewhere += value;
  }
  // 中国抗疫堪称“现场直播”: a national essay names 武汉 often, and China more.
  const china = ev.scores.get(CHINA.code) ?? 0;
  return score >= 4 && 2 * elsewhere <= score && china < score ? top : undefined;
}

/**
 * An article that names no Chinese place but China (中国空间站, 中国军队), or names it far more, or places of several provinces none of which
 * leads (冬油菜播种: 湖北, 湖南, 江西…), is national news.
 */
function nationalByNames(ev: Evidence): boolean {
  const gaz = gazetteer();
  const byProvince = new Map<string, number>();
  let domestic = 0;
  for (const [key, score] of ev.scores) {
    if (key === CHINA.code) continue;
    const province = gaz.provinceOf(ev.places.get(key)!);
    if (!province) continue;
    byProvince.set(province.code, (byProvince.get(province.code) ?? 0) + score);
    domestic += score;
  }
  // Chinese places only in passing (玉林舰, 江苏 once) beside China named throughout.
  const china = ev.scores.get(CHINA.code) ?? 0;
  if (domestic === 0) return china > 0;
  if (china >= 4 * domestic || (domestic <= 2 && china >= 2 * domestic)) return true;
  const top = Math.max(...byProvince.values());
  return byProvince.size >= 3 && top < domestic / 2;
}

/** The most specific of places on one branch (湖南 + 华容 → 华容县); undefined when they lie on different branches. */
function deepest(places: Place[]): Place | undefined {
  if (places.length === 0) return undefined;
  const gaz = gazetteer();
  const sorted = [...places].sort((a, b) => gaz.parentChain(b).length - gaz.parentChain(a).length);
  const leaf = sorted[0]!;
  const chain = new Set([leaf.code, ...gaz.parentChain(leaf).map((p) => p.code)]);
  return sorted.every((p) => chain.has(p.code)) ? leaf : undefined;
}

function sameBranch(a: Place, b: Place): boolean {
  const gaz = gazetteer();
  return a.code === b.code || gaz.parentChain(a).some((p) => p.code === b.code) || gaz.parentChain(b).some((p) => p.code === a.code);
}

/** best(), for gatherEvidence, whose `best` is the level. */
const topPlace = (ev: Evidence, accept: (p: Place) => boolean): Place | undefined => best(ev, accept);

function best(ev: Evidence, accept: (p: Place) => boolean): Place | undefined {
  let found: Place | undefined;
  let top = 0;
  for (const [key, score] of ev.scores) {
    const place = ev.places.get(key)!;
    if (!accept(place)) continue;
    if (score > top) [found, top] = [place, score];
  }
  return found;
}

// ---------------------------------------------------------------------------------------------------------------
// Date

// Party congresses and plenums: an article that refers to one was written on or after its date.
const PARTY_EVENTS: [RegExp, string][] = [
  [/二十届四中全会/, '2025-10-23'],
  [/二十届三中全会/, '2024-07-18'],
  [/二十届二中全会/, '2023-02-28'],
  [/党的二十大|二十大/, '2022-10-16'],
  [/十九届六中全会/, '2021-11-11'],
  [/十九届五中全会/, '2020-10-29'],
  [/十九届四中全会/, '2019-10-31'],
  [/党的十九大|十九大/, '2017-10-18'],
  [/党的十八大|十八大/, '2012-11-08'],
  [/党的十七大|十七大/, '2007-10-15'],
];

const MD = /(\d{1,2})月(\d{1,2})日/;

/**
 * The article's date: ISO `YYYY-MM-DD` when the year can be told, else `MM-DD`. With an issue date from the source
 * (`givenDate`), the date is the dateline's, in the year that puts it on or before the issue, else the issue date: a
 * report is never dated after the paper that prints it.
 */
export function articleDate(article: Article, page: Article[] = [article]): string | undefined {
  const issue = article.givenDate && /^\d{4}-\d{2}-\d{2}$/.test(article.givenDate) ? article.givenDate : undefined;
  // With no dateline, a date the document prints on a line of its own (a report's delivery, a closing date).
  const printed = parseDateline(article).date ?? ownDate(article);
  if (issue) return datedByIssue(printed, issue);
  let md = printed;
  if (!md) {
    const m = MD.exec(article.text.slice(article.bodyStart, article.bodyStart + 80));
    if (m) md = `${m[1]!.padStart(2, '0')}-${m[2]!.padStart(2, '0')}`;
  }
  if (!md) return undefined;
  if (/^\d{4}-/.test(md)) return md;
  const year = yearFor(md, article, page);
  return year ? `${year}-${md}` : md;
}

/** A dateline date (`03-08`, or `2019-03-08` when printed with a year) placed on or before the issue date. */
export function datedByIssue(dateline: string | undefined, issue: string): string {
  if (!dateline) return issue;
  if (/^\d{4}-\d{2}-\d{2}$/.test(dateline)) return dateline <= issue ? dateline : issue;
  if (!/^\d{2}-\d{2}$/.test(dateline)) return issue;
  const year = Number(issue.slice(0, 4));
  // 12月30日电 in the issue of 2020-01-02 was filed the year before.
  const date = `${year}-${dateline}` <= issue ? `${year}-${dateline}` : `${year - 1}-${dateline}`;
  return isCalendarDate(date) ? date : issue;
}

function yearFor(md: string, article: Article, page: Article[]): number | undefined {
  const [month, day] = md.split('-').map(Number) as [number, number];
  const pageText = page.map((a) => a.text).join('\n');
  // 1. The same date printed with its year.
  for (const m of pageText.matchAll(/((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日/g)) {
    if (Number(m[2]) === month && Number(m[3]) === day) return Number(m[1]);
  }
  // 2. A dated furniture line: the page's issue date, on or a few days after the event.
  for (const m of pageText.matchAll(/((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日\s*(?:星期|周)[一二三四五六日天]/g)) {
    const issue = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
    for (const y of [Number(m[1]), Number(m[1]) - 1]) {
      const days = (issue - Date.UTC(y, month - 1, day)) / 86_400_000;
      if (days >= 0 && days <= 31) return y;
    }
  }
  // 3. The latest Party event referred to is a lower bound; the year the text speaks of as current may raise it.
  const text = article.text;
  let year: number | undefined;
  for (const [pattern, date] of PARTY_EVENTS) {
    if (!pattern.test(text)) continue;
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    year = month * 100 + day >= m * 100 + d ? y : y + 1;
    break;
  }
  for (const m of text.matchAll(/((?:19|20)\d{2})年(?:极不平凡|是[^，。]{0,20}(?:之年|一年)|经济工作)/g)) {
    let y = Number(m[1]);
    const planning = /是[^，。]{0,20}开局之年|经济工作/.test(m[0]) || text.slice(Math.max(0, m.index! - 2), m.index).endsWith('安排');
    // A year-end meeting plans next year: 12月 安排2023年经济工作 → 2022.
    if (planning && month >= 10) y -= 1;
    if (/极不平凡|之年|一年/.test(m[0]) || planning) year = year === undefined ? y : Math.max(year, y);
  }
  return year;
}
