// The organisation or jurisdiction of an official, from the first post of their title and the article's place:
// `市委副书记` in a 潍坊 article → `潍坊市委`; `省长` in a Shandong article → `山东省政府`.
import type { Place } from '../../types.js';
import { peopleLexicon } from './lexicon.js';
import { permanentRepresentativeEnding } from './posts.js';

// GB/T 2260: the first two digits of a division's code name its province-level division.
const PROVINCES: Record<string, string> = {
  '11': '北京市', '12': '天津市', '13': '河北省', '14': '山西省', '15': '内蒙古自治区', '21': '辽宁省', '22': '吉林省',
  '23': '黑龙江省', '31': '上海市', '32': '江苏省', '33': '浙江省', '34': '安徽省', '35': '福建省', '36': '江西省',
  '37': '山东省', '41': '河南省', '42': '湖北省', '43': '湖南省', '44': '广东省', '45': '广西壮族自治区', '46': '海南省',
  '50': '重庆市', '51': '四川省', '52': '贵州省', '53': '云南省', '54': '西藏自治区', '61': '陕西省', '62': '甘肃省',
  '63': '青海省', '64': '宁夏回族自治区', '65': '新疆维吾尔自治区', '71': '台湾省', '81': '香港特别行政区',
  '82': '澳门特别行政区',
};

// Heads of government whose post alone names the organ they lead.
const GOVERNMENT_HEADS: Record<string, string> = {
  省长: '省政府', 副省长: '省政府', 常务副省长: '省政府', 市长: '市政府', 副市长: '市政府', 常务副市长: '市政府',
  区长: '区政府', 副区长: '区政府', 常务副区长: '区政府', 县长: '县政府', 副县长: '县政府', 常务副县长: '县政府',
  州长: '州政府', 副州长: '州政府', 旗长: '旗政府', 副旗长: '旗政府', 镇长: '镇政府', 副镇长: '镇政府',
  乡长: '乡政府', 副乡长: '乡政府', 总理: '国务院', 副总理: '国务院', 国务委员: '国务院', 总书记: '中共中央',
};

const PLACE_END = /[省市县区州盟旗镇乡]$/;

/** The province-level division a place belongs to, by its code. */
export function provinceOf(place: Place): string | undefined {
  return PROVINCES[place.code.slice(0, 2)];
}

/** `市委副书记、市长` → `潍坊市委` (with a 潍坊市 place); undefined when the title names no organisation. */
export function orgOfTitle(title: string, place?: Place): string | undefined {
  const head = headPost(title);
  // A head post naming no organisation (`特使、国家副主席`): the next unit that names one.
  for (const unit of [head, ...title.split(/[、，,兼]/).filter((u) => u !== '' && u !== head)]) {
    const org = orgOfUnit(unit, place);
    if (org) return org;
  }
  return undefined;
}

function orgOfUnit(unit: string, place?: Place): string | undefined {
  // `时任村支书`, `新任支书`: when the post was held is no part of its organisation.
  // (`中央党校（国家行政学院）校长（院长）`: the post's other name in brackets after it is no part of the organ.)
  const first = unit.replace(/^(时任|现任|新任|前任|原任)/, '').replace(/（[\u3400-\u9fff]{2,6}）$/u, '');
  const post = longestPostEnding(first);
  if (!post) return undefined;
  // (`陕西省政府原党组成员`, `上海合作组织原秘书长`: 原, former, sits between the organisation and the post.)
  // (…and after a village, a team or a community: `余村原党支部书记`, `表演队原中队长`, `支队原支队长`.)
  let org = first.slice(0, first.length - post.length).replace(/(常务)?副$/, '').replace(/(?<=[委府院部局厅办会织盟处司组协村队区所站])原$|^原$/u, '');
  // (`县委组织部长`, `外交部长`: a minister printed short, 部长 for 部部长, heads the 部 his field names.)
  if (post === '部长' && org !== '' && !org.endsWith('部') && !/(?:首席|高级|政务|国务|常务)$/u.test(org)) org += '部';
  // (`中央办公厅分管日常工作的副主任`: the duty a deputy holds is no part of the organ.)
  org = org.replace(/(?:分管|主持)[\u3400-\u9fff]{0,6}工作的$/u, '');
  // (`第十三届全国人大代表`: the term, like 原, is when the seat was held, no part of the body.)
  org = org.replace(/^第?[一二三四五六七八九十]{1,3}届/u, '');
  // `镇党委书记`: the post holds the organ (党委, 党组, 党工委); keep it when all else is a level or a place.
  const organ = peopleLexicon().organs.find((o) => o.length > 1 && post.startsWith(o) && post !== o);
  if (organ && (org.length <= 2 || PLACE_END.test(org))) org += organ;
  const head = GOVERNMENT_HEADS[post];
  if (head && (org === '' || PLACE_END.test(org))) org = org === '' ? head : `${org.replace(/[省市县区州旗镇乡]$/, '')}${head}`;
  // (`主席特使`, `主席特别代表`: the leader who sent an envoy is no organisation; the next post names it.)
  if (org === '' || peopleLexicon().posts.has(org)) return undefined;
  if (org === '国家') return '中华人民共和国'; // 国家主席, 国家副主席
  return place ? resolveJurisdiction(org, place) : org;
}

/** Put the article's place in front of a bare level word: `市委` → `潍坊市委`, `省政协` → `山东省政协`. */
export function resolveJurisdiction(org: string, place: Place): string {
  const level = org[0];
  if (level === '省') {
    const province = provinceOf(place);
    return province?.endsWith('省') ? province + org.slice(1) : org;
  }
  if (level === '自' && org.startsWith('自治区')) {
    const province = provinceOf(place);
    return province?.endsWith('自治区') ? province + org.slice(3) : org;
  }
  if (level && '市县区州旗'.includes(level) && place.name.endsWith(level) && place.level !== 'country') {
    return place.name + org.slice(1);
  }
  return org;
}

// Seats on a higher committee (`广东省委常委`, `中共中央政治局委员`) held beside the post that gives the org.
const MEMBERSHIP = /(常委|委员|候补委员|成员|书记处书记)$/;
// How far down the jurisdiction a unit's organisation is, when it names one: central, province, city, county.
const ORGAN_END = '(委|党委|党工委|工委|政府|人民政府|人大常委会|人大|政协|纪委|纪委监委)?$';
const JURISDICTION_RANK: [RegExp, number][] = [
  [/^(中共中央|中央|国务院|全国|国家|最高)/, 0],
  // A place's name is short: `潍坊国家农综区推进办` is a zone's body, no county.
  [new RegExp(`^[\\u3400-\\u9fff]{0,8}[县区旗]${ORGAN_END}`), 3],
  [new RegExp(`^[\\u3400-\\u9fff]{0,6}市${ORGAN_END}`), 2],
  [new RegExp(`^[\\u3400-\\u9fff]{0,8}(省|自治区)${ORGAN_END}`), 1],
];

/**
 * The post of a chain that names its organisation: one of a lower jurisdiction than the first (`广东省委常委、深圳市委
 * 书记` → `深圳市委书记`), else the first (`市委副书记、市长` → `市委副书记`), except that a seat on a central body gives
 * way to the post held beside it (`中共中央政治局常委、国务院总理` → `国务院总理`). Units naming no jurisdiction of their
 * own (`副市长`, `主任`) stay in the chain but never give the org over the first.
 */
function headPost(title: string): string {
  const units = title.split(/[、，,兼]/).filter((u) => u !== '');
  let best = units[0] ?? '';
  for (const unit of units.slice(1)) {
    const [mine, theirs] = [rank(unit), rank(best)];
    const seatGivesWay = theirs === 0 && (mine === 0 || mine === undefined) && MEMBERSHIP.test(best) && !MEMBERSHIP.test(unit);
    if (seatGivesWay || (mine !== undefined && theirs !== undefined && mine > theirs)) best = unit;
  }
  return best;
}

function rank(printed: string): number | undefined {
  const unit = printed.replace(/（[\u3400-\u9fff]{2,6}）$/u, '');
  const post = longestPostEnding(unit);
  const body = post ? unit.slice(0, unit.length - post.length).replace(/(常务)?副$/, '') : unit;
  if (body === '') return undefined; // `副区长`, `市长`: no organisation of its own
  for (const [pattern, value] of JURISDICTION_RANK) if (pattern.test(body)) return value;
  return undefined;
}

function longestPostEnding(unit: string): string | undefined {
  const representative = permanentRepresentativeEnding(unit);
  if (representative) return representative;
  const { posts, roles, companyPosts, associationPosts } = peopleLexicon();
  for (let i = 0; i < unit.length; i++) {
    const tail = unit.slice(i);
    if (posts.has(tail) || roles.has(tail) || companyPosts.has(tail) || associationPosts.has(tail)) return tail;
  }
  return undefined;
}
