// A title chain as a roster reads it: one post per unit (`市委副书记、市长` → 市委副书记 and 市长), each named the same
// way wherever it is printed (`广东省委书记`, `中共广东省委书记` and `省委书记` in a Guangdong article are all 省委书记 of
// 广东省) with the place it governs. Units of a former post (`原`, `时任`) and of no place of ours (foreign, firms) give
// nothing.
import { CHINA, gazetteer } from '../places/gazetteer.js';
import { jurisdictionOf } from '../places/jurisdiction.js';
import { orgOfTitle } from '../people/org.js';
import { peopleLexicon } from '../people/lexicon.js';
import type { Place } from '../../types.js';

export interface RosterPost {
  /** The post without its place: 省委书记, 市长, 代市长, 常务副市长, 省委常委, 中央政治局委员. */
  post: string;
  /** The organisation of the post, place included (广东省委, 潍坊市政府), when the title names one. */
  org?: string;
  /** The place the post governs. */
  place: Place;
}

const CHAIN_SEPARATOR = /[、，,]|兼任?/;
// A unit of a post no longer held: `原党组成员`, `时任市长`, `前任省长`. The rest of the chain is as old.
const FORMER = /^(?:原|前任|时任|已故|离任|退休)|原(?=党组|党委|副|常务|国家|中央|中共|省|市|县|区|自治区|[\u3400-\u9fff]{0,4}(?:书记|长|主任|委员|主席|成员|巡视员|调研员))/;
// What a unit may start with before its organ, never part of the post's name.
const PARTY_PREFIX = /^(?:中国共产党|中共)/;
// A bare rank that belongs to the organ of the unit before (`广东省委委员、常委、书记`).
// The rank at the end of a unit, after its organ (`内蒙古自治区党委` + `委员`).
const RANK_END = /(?:候补委员|委员|常委|副书记|书记|党组副书记|党组书记|党组成员)$/;
const BARE_RANK = /^(?:委员|常委|候补委员|书记|副书记|主任|副主任|党组书记|党组副书记|党组成员|主席|副主席)$/;
// The level a printed place name ends in, put back in front of an organ that lost it (`广东省` + `委书记`).
const LEVEL_END = /(?:特别行政区|自治区|自治州|自治县|自治旗|省|市|县|区|州|盟|旗)$/;
const STARTS_WITH_LEVEL = /^(?:特别行政区|自治区|自治州|自治县|自治旗|省|市|县|区|州|盟|旗)/;
// A head of government named by the post alone (`代理省长`, `副市长`): the level is in the post.
// What follows a place's short name in a post of its government (`广东省委`, `湖北省长`, `北京市`, `浦东新区`).
const ORGAN_AFTER_SHORT_NAME = /^(?:省|市|县|区|州|盟|旗|自治区|自治州|自治县|新区|特别行政区|委|党委|政府|人大|政协|纪委|监委)/;
// The departments of a Party committee, printed after a seat on it without its name (`市委委员、宣传部部长`).
const COMMITTEE_DEPARTMENT = /^(?:宣传部|组织部|统战部|政法委|纪委|监委|办公室|办公厅|秘书长|副秘书长|政研室|编办|网信办|农办|外办|台办|教育工委|机关工委)/;
// Ministries of the centre named without 国家/中央 (a foreign one, `法国农业部长`, or a firm's `工程部长` is none).
const MINISTRY =
  /^(?:外交部|国防部|教育部|科学技术部|科技部|工业和信息化部|工信部|公安部|安全部|民政部|司法部|财政部|人力资源和社会保障部|人社部|自然资源部|生态环境部|住房和城乡建设部|住建部|交通运输部|水利部|农业农村部|商务部|文化和旅游部|文旅部|退役军人事务部|应急管理部|审计署|海关总署|税务总局|中组部|中宣部|中联部|统战部|解放军|人民解放军|武警|军委|中国人民银行|人民银行|新华社|人民日报社)/;
// Organs of the centre, named without a place.
const CENTRAL_START = /^(?:中共中央|中央|国务院|全国|国家|最高|中国)/;
const LEVEL_IN_POST = /^(?:代理?|常务)?副?(省|市|县|区|州|旗|盟)长$/;

const cache = new Map<string, RosterPost[]>();
const CACHE_LIMIT = 20000;

/** The posts of a title chain (in order), each with the place it governs; `articlePlace` places a bare `市委`. */
export function rosterPosts(title: string, articlePlace: Place | undefined): RosterPost[] {
  const key = `${articlePlace?.code ?? ''}\u0000${title}`;
  let posts = cache.get(key);
  if (!posts) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, (posts = splitChain(title, articlePlace)));
  }
  return posts;
}

function splitChain(title: string, articlePlace: Place | undefined): RosterPost[] {
  const posts: RosterPost[] = [];
  let previousBody = '';
  let previousPlace: Place | undefined;
  for (const raw of title.split(CHAIN_SEPARATOR)) {
    let unit = raw.trim().replace(PARTY_PREFIX, '').replace(/人民政府/g, '政府').replace(/^代理/, '代');
    if (unit === '') continue;
    // Read past the place first: 太原市委 and 原平市 are no former posts.
    if (FORMER.test(unit.slice(printedPlaceLength(unit)))) break;
    const postWord = longestPost(unit);
    if (!postWord) continue;
    const body = unit.slice(0, unit.length - postWord.length);
    if (body === '' && BARE_RANK.test(postWord) && previousBody !== '') unit = previousBody + postWord;
    else if (body !== '' && !/^(?:代|常务)?副?$/.test(body)) {
      // `市委委员、宣传部部长`: a department named without its place or level is the committee's before it.
      if (COMMITTEE_DEPARTMENT.test(unit) && previousBody !== '' && /(?:委|党委|党工委)$/.test(previousBody)) unit = previousBody + unit;
    }
    // `内蒙古自治区党委委员、常委、书记`: the ranks after the first are of its organ (内蒙古自治区党委).
    const organ = unit.replace(RANK_END, '');
    if (organ !== unit && organ !== '' && !/^(?:代|常务)?副?$/.test(organ)) previousBody = organ;
    else if (body !== '' && !/^(?:代|常务)?副?$/.test(body)) previousBody = body.replace(/(?:常务)?副$/, '');
    const found = placeOf(unit, articlePlace, previousPlace);
    if (!found || (found.place.code === CHINA.code && !CENTRAL_START.test(unit) && !MINISTRY.test(unit))) continue;
    previousPlace = found.place;
    const post = postName(unit.slice(found.printed), found.printedName);
    if (!post || !levelFits(post, found.place) || posts.some((p) => p.post === post && p.place.code === found.place.code)) continue;
    const org = orgOf(unit, post, found.place);
    posts.push({ post, place: found.place, ...(org ? { org } : {}) });
  }
  return posts;
}

/** The organisation of a post: a government's for its head (`河南省长` → 河南省政府), else as the title names it. */
function orgOf(unit: string, post: string, place: Place): string | undefined {
  if (/^(?:代|常务)?副?[省市县区州旗盟]长$/.test(post)) return `${place.name}政府`;
  return orgOfTitle(unit.replace(/代(?=[省市县区州旗盟]长$)/, ''), place);
}

/** The place a unit governs and how much of its start names it (0 when the place comes from the article or the post). */
function placeOf(
  unit: string,
  articlePlace: Place | undefined,
  previousPlace: Place | undefined,
): { place: Place; printed: number; printedName: string } | undefined {
  const printed = printedPlaceLength(unit);
  const level = LEVEL_IN_POST.exec(unit)?.[1];
  // `山西省忻州市委副书记、市长`: a post naming no place is of the place the chain named before, at its level.
  if (printed === 0 && previousPlace && !CENTRAL_START.test(unit)) {
    const post = postName(unit, '');
    if (post && /^(?:代|常务)?副?(?:自治区|自治州|省|市|县|区|州|旗|盟)/.test(post) && levelFits(post, previousPlace)) return { place: previousPlace, printed: 0, printedName: '' };
  }
  const place = jurisdictionOf(undefined, level && printed === 0 ? `${level}长` : unit, articlePlace);
  if (!place) return undefined;
  return { place, printed, printedName: unit.slice(0, printed) };
}

/**
 * Characters at the start of a unit taken by place names (`山西省忻州市委` → 6), never the whole unit. A short form
 * (`北京`, `云南`) counts only before an organ of government: in `北京大学`, `云南白药集团`, `钦州港东站` it is part of
 * a body's name, which stays in the post.
 */
function printedPlaceLength(unit: string): number {
  const gaz = gazetteer();
  let at = 0;
  for (;;) {
    let step = 0;
    for (let end = Math.min(unit.length - 1, at + 12); end >= at + 2; end--) {
      const places = gaz.lookup(unit.slice(at, end)).filter((p) => p.level !== 'foreign' && p.level !== 'country');
      if (places.length === 0) continue;
      const fullName = places.some((p) => p.name === unit.slice(at, end));
      if (fullName || ORGAN_AFTER_SHORT_NAME.test(unit.slice(end)) || startsWithPlace(unit.slice(end))) step = end - at;
      break;
    }
    if (step === 0) return at;
    at += step;
  }
}

/** `上海静安区…`: a short name is a place's when another place follows it. */
function startsWithPlace(text: string): boolean {
  for (let end = Math.min(text.length - 1, 8); end >= 2; end--) {
    const name = text.slice(0, end);
    if (gazetteer().lookup(name).some((p) => p.name === name && p.level !== 'foreign' && p.level !== 'country')) return true;
  }
  return false;
}

/** The post without its place, its level put back when the place's name took it (`广东省` + `委书记` → `省委书记`). */
function postName(rest: string, printedName: string): string | undefined {
  if (rest === '') return undefined;
  const level = LEVEL_END.exec(printedName)?.[0];
  if (level && !STARTS_WITH_LEVEL.test(rest) && /^(?:委|党委|政府|人大|政协|纪委|长|主席|副|常务|代)/.test(rest)) {
    // `河南省长`, `西藏自治区党委书记`, but not `北京市` + `副市长` (which says its level itself).
    if (!/^(?:代|常务)?副?[省市县区州旗盟]长$/.test(rest)) rest = level + rest;
  }
  // `省政府省长` is 省长, `自治区政府副主席` 自治区副主席, `中央总书记` 总书记: one name for one post.
  return rest
    .replace(GOVERNMENT_HEAD, (_, organ: string, rank: string, head: string) => (head === '主席' ? `${organ}${rank}主席` : `${rank}${head}`))
    .replace(/^中央总书记$/, '总书记');
}
const GOVERNMENT_HEAD = /^(自治区|省|市|县|区|州|旗|盟)政府((?:代|常务)?副?)(\1长|主席)$/;

/** A post that says its level (`市长`, `省委书记`) governs a place of that level: never `市长` of a province article. */
function levelFits(post: string, place: Place): boolean {
  const level = /^(?:代|常务)?副?(自治区|自治州|省|市|县|区|州|旗|盟)/.exec(post)?.[1];
  if (!level) return true;
  if (level === '省' || level === '自治区') return place.level === 'province' && place.name.endsWith(level);
  return place.level !== 'country' && place.name.endsWith(level) && !(level === '区' && place.name.endsWith('自治区'));
}

function longestPost(unit: string): string | undefined {
  const { posts } = peopleLexicon();
  for (let i = 0; i < unit.length; i++) if (posts.has(unit.slice(i))) return unit.slice(i);
  return undefined;
}

/** Posts one person holds at a time in a place: a change of holder is news. The acting form counts as the post. */
const SOLE_POST = /^(?:(?:省委|市委|县委|区委|州委|旗委|盟委|自治区党委|自治州委)书记|[省市县区州旗盟]长|自治区主席|(?:省|市|县|区|自治区)(?:人大常委会主任|政协主席))$/;

/** The post an acting holder stands in for (`代市长` → `市长`), else the post itself. */
export function substantivePost(post: string): string {
  return post.replace(/^代理?/, '');
}

/** Whether a post has one holder at a time (市长, 省委书记), so that a new name there is a change. */
export function isSolePost(post: string): boolean {
  return SOLE_POST.test(substantivePost(post));
}
