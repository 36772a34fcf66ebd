// Who is an official, from the title chain printed before a name. Posts of the Party and the state, people's
// congresses, CPPCC, courts, procuratorates, the army, government departments and people's organisations (工会,
// 共青团, 妇联…) make an official; posts in firms (董事长) and in other associations (商会会长) make a person with
// that post and body. Village and community posts are officials of level `village`; foreign posts, of level `foreign`.
import { readWordList } from '../../word-lists.js';
import { peopleLexicon } from './lexicon.js';

export interface ChainClass {
  kind: 'official' | 'person';
  level?: 'village' | 'foreign';
  /** person: the firm or association of the post (`华为技术有限公司`). */
  org?: string;
  /** foreign: the country the post is of. */
  country?: string;
}

// Heads of associations share the words of public posts (主席, 秘书长): the body's name decides.
const ASSOCIATION_BODY = /(协会|商会|学会|研究会|基金会|联合会|促进会|联谊会|同乡会|总会|华侨华人会|俱乐部|联盟)$/;
const ASSOCIATION_HEADS = new Set(['主席', '副主席', '常务副主席', '执行主席', '名誉主席', '秘书长', '副秘书长']);
// …and so do a firm's: `某某集团主席`, `董事局主席` (the board's chair), `股份有限公司副主席`.
const FIRM_BODY = /(公司|集团|控股|股份|董事局|董事会|监事会)$/;
// Units of a firm or of a works contract (`第三标段数字化部`, `项目部`, `分公司`): whatever the post, its holder is staff
// (their Party secretaries stay cadres, as in ACADEMIC_BODY).
// (`公司办公室主任`, `联营体公司能力建设部副部长`: any unit of a company.)
const FIRM_UNIT = /(?:标段|项目部|公司|事业部|车间)/;
// Universities, institutes, laboratories, hospitals and schools: their heads speak as experts, not as officials (the
// state's own academies and schools of administration and of the Party are organs; their Party secretaries are cadres).
const ACADEMIC_BODY = /(大学|学院|研究院|研究所|研究中心|实验室|医院|中学|小学|学校)$/;
// …and a department of a university (`州立大学国际关系系`, `大学经济学院`), but not of a school of administration.
const ACADEMIC_UNIT = /(?<!行政|社会主义)(?:大学|学院)[\u4e00-\u9fff]{1,10}(?:系|学院|研究所|研究中心|教研室)$/;
// …and a unit of a hospital (`中南医院重症医学科`, `火神山医院护理部`, `肺科医院ICU`), or a clinical department named
// alone (`内科`, `放射科`, `科室`): doctors, not officials.
const HOSPITAL_UNIT = /医院[\u4e00-\u9fffA-Za-z]{1,12}$|^[\u4e00-\u9fff]{0,8}(?:内科|外科|医学科|放射科|检验科|药剂科|超声科|麻醉科|儿科|产科|妇产科|急诊科|感染科|呼吸科|科室|护理部|门诊部|病区)$/;
// (The central organs' own institutes, `中央党史和文献研究院`, `国务院发展研究中心`, are organs too.)
const ACADEMIC_ORGAN = /(行政学院|社会主义学院|中国科学院|中国社会科学院|中国工程院)$|^(?:中共中央|中央|国务院)(?![\u4e00-\u9fff]*(?:大学|学院))[\u4e00-\u9fff]{2,12}(?:研究院|研究中心|研究室)$/;
// Banks and their branches, and the state's own banks among them.
const BANK_BODY = /(?:银行|支行|分行|信用社|信用联社|农商行)$/;
const STATE_BANK = /人民银行|国家开发银行|进出口银行|农业发展银行/;
// A regiment of the army (`海军某舰载战斗机团`, `某团`, `武警某部`), not a troupe or a delegation.
const MILITARY_BODY = /军|部队|武警|战区|某/;
const VILLAGE_POSTS = new Set(['村支书', '支书', '村长', '村党支部书记', '村委会主任', '居委会主任']);
// Roles that are posts where the body is a village or a government organ.
const VILLAGE_CADRES = new Set(['村干部']);
const CADRE_ROLES = new Set(['负责人', '干部']);
// (A division of an organ is one too: `审批改革办审改处`, `国家发改委价格司`, `市教育局基础教育科`.)
const GOVERNMENT_ORGAN = /(?:局|厅|委|办|政府|党委|党支部|党总支|两委|办公室|分局)$|(?:局|厅|委|办|政府|部|署)[\u4e00-\u9fff]{1,8}?[处科司]$/u;
const CHAIN_SEPARATOR = /[、，,兼]/;
// Editors' and broadcasters' posts, and foreign news bodies named by their Chinese short names.
const MEDIA_POST = /(?:副?社长|副?总编辑|主编|副?台长)$/;
const MEDIA_POST_END = /(?:副?社长|副?总编辑|主编|副?台长)$/;
const FOREIGN_MEDIA = /^(?:法新社|路透社|美联社|共同社|塔斯社|安莎社|埃菲社|韩联社|德新社|合众国际社)/;
// Posts China does not have: their holders are foreign officials wherever the title names no country.
// Bodies of states together; their officers are officials of level `foreign` (`国际劳工组织总干事`, `北约秘书长`).
const INTERNATIONAL_BODY =
  /^(联合国|国际奥委会|世界卫生组织|世卫组织|世界贸易组织|世贸组织|北约|北大西洋公约组织|欧盟|欧洲联盟|欧洲理事会|欧洲议会|非盟|非洲联盟|东盟|阿盟|阿拉伯国家联盟|上海合作组织|上合组织|世界银行|国际货币基金组织|(?:国际|世界)[\u3400-\u9fff]{2,6}(?:组织|机构))/;
const FOREIGN_ONLY_POSTS = new Set(['总统', '副总统', '首相', '副首相', '国王', '埃米尔', '议长', '众议长', '参议长', '大臣', '总督']);

let foreignNames: string[] | undefined;
let villageBodyPattern: RegExp | undefined;

/** A village or community body at the end of a post's organisation (`周屋村党支部`, `韶光社区`). */
function villageBody(): RegExp {
  // (`农业农村厅`, `省农业农村`: the ministry of farming and the countryside is no village.)
  // (`余村原党支部书记`, `团结村党支部名誉书记`, `天骄世家社区网格党支部书记`, `滨斗湖村妇联主席`: when the post was
  // held, an honour, or a branch of the village's below the post is still the village's.)
  villageBodyPattern ??= new RegExp(`(?<!农业农)(${peopleLexicon().villageBodies.join('|')})(党支部|党总支|党委|两委)?(?:原|时任|名誉|网格|流动|妇联|团支部)?$`);
  return villageBodyPattern;
}

/** Foreign countries by every written form, longest first (from the places' list of them). */
function foreignCountries(): string[] {
  if (!foreignNames) {
    const names = readWordList('foreign-places.txt').flatMap((line) => line.split('|')).filter((n) => n.length >= 2);
    foreignNames = [...new Set(names)].sort((a, b) => b.length - a.length);
  }
  return foreignNames;
}

let foreignPlaceNames: Set<string> | undefined;

/** A foreign country or city (`杜尚别`, `圣保罗`): never a person's name, even where the tagger calls it one. */
export function isForeignPlace(word: string): boolean {
  if (!foreignPlaceNames) {
    const lines = [...readWordList('foreign-places.txt'), ...readWordList('foreign-cities.txt')];
    foreignPlaceNames = new Set(lines.flatMap((line) => line.split('|')).filter((n) => n.length >= 2));
  }
  return foreignPlaceNames.has(word);
}

/** The country a title names (`意大利总理`), if it is a foreign one. */
export function foreignCountryIn(title: string): string | undefined {
  return foreignCountries().find((name) => namesState(title, name));
}

/**
 * Whether `name` occurs in `title` as a state: `延边朝鲜族自治州` names a people of China (族), not 朝鲜; `中国—东盟环境保护合作
 * 中心` is China's body for its work with a partner named after the dash.
 */
function namesState(title: string, name: string): boolean {
  for (let at = title.indexOf(name); at >= 0; at = title.indexOf(name, at + 1)) {
    if (title[at + name.length] !== '族' && !/(?:中国|中)—$/u.test(title.slice(0, at))) return true;
  }
  return false;
}

// World regions and blocs of the places' list: no state whose leader holds a post.
const REGION = /洲$|^(?:北美|南美|拉美|中东|东南亚|南亚|中亚|西亚|东北亚|东亚|欧盟|欧洲联盟|东盟)$/u;

/** Where the text names a foreign state, in text order (a longer name hides the shorter ones inside it). */
export function foreignStatesIn(text: string): { start: number; end: number; name: string }[] {
  const out: { start: number; end: number; name: string }[] = [];
  for (const name of foreignCountries()) {
    if (REGION.test(name)) continue;
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const end = at + name.length;
      if (text[end] === '族' || /(?:中国|中)—$/u.test(text.slice(Math.max(0, at - 3), at))) continue;
      if (out.some((o) => o.start < end && at < o.end)) continue;
      out.push({ start: at, end, name });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

// Foreign communist parties by the short names the papers print (`越共中央总书记`, `古共中央第一书记`): their state.
const FOREIGN_PARTY = /^(越|古|日|俄|美|法|葡|希|西|印|智|巴西)共(?:中央|总书记|第一书记|主席)/u;
const PARTY_STATES: Record<string, string> = {
  越: '越南', 古: '古巴', 日: '日本', 俄: '俄罗斯', 美: '美国', 法: '法国', 葡: '葡萄牙', 希: '希腊', 西: '西班牙', 印: '印度', 智: '智利', 巴西: '巴西',
};

/** The state of a foreign communist party opening `text` (`越共中央…` → 越南). */
export function countryOfPartyIn(title: string): string | undefined {
  const party = FOREIGN_PARTY.exec(title)?.[1];
  return party === undefined ? undefined : PARTY_STATES[party];
}

let citiesByCountry: [string, string[]][] | undefined;

/** The country of a foreign city opening a title (`莫斯科市长`, `纽约市市长`): the datelines' list of cities. */
function countryOfCityIn(title: string): string | undefined {
  citiesByCountry ??= readWordList('foreign-cities.txt').map((line) => {
    const [country, ...cities] = line.split('|');
    return [country!, cities.filter((c) => c.length >= 2)];
  });
  // (The whole city before its mayor: `利马索尔市长` is Limassol's, not 利马's.)
  const whole = (c: string) => title.startsWith(c) && !/^(?!(?:常务)?副?市长$)[^市]{1,4}(?:常务)?副?市长$/u.test(title.slice(c.length));
  return citiesByCountry.find(([, cities]) => cities.some(whole))?.[0];
}

/** classifyChain's answers by title: a page prints the same few titles again and again (市委书记, 市长). */
const chainClasses = new Map<string, Readonly<ChainClass>>();
/** Titles kept at most (then the cache starts again), so a huge corpus of varied titles holds no more than this. */
const CHAIN_CLASSES_KEPT = 20_000;

/** `会长` of `中国侨联` is an official; of `法国华侨华人会`, a person; `董事长` always a person. */
export function classifyChain(title: string): Readonly<ChainClass> {
  let chain = chainClasses.get(title);
  if (!chain) {
    if (chainClasses.size >= CHAIN_CLASSES_KEPT) chainClasses.clear();
    chain = Object.freeze(classifyChainOf(title));
    chainClasses.set(title, chain);
  }
  return chain;
}

function classifyChainOf(title: string): ChainClass {
  const lexicon = peopleLexicon();
  let person: ChainClass | undefined;
  let publicPost = false;
  let village = false;
  let previousBody = '';
  let foreignPost = false;
  for (const printed of title.split(CHAIN_SEPARATOR)) {
    // (`俄罗斯常驻日内瓦副代表（大使）`, `校长（院长）`: the post's other name in brackets after it.)
    const unit = printed.replace(/（[\u3400-\u9fff]{2,6}）$/u, '');
    const post = longestEnding(unit);
    if (!post) continue;
    // `联合会副会长兼秘书长`: a post without a body of its own is of the body before it.
    // (`研究院常务副院长`, `执行副院长`: the rank before the post is no part of the body.)
    const body = unit.slice(0, unit.length - post.length).replace(/(?:常务|执行)?副?$/, '') || previousBody;
    previousBody = body;
    // Overseas Chinese bodies take the names of people's organisations (`旅印中国妇女联合会`) without being one.
    const overseas = /^旅|华侨华人|海外/.test(body) || foreignCountryIn(body) !== undefined;
    const peoples = !overseas && lexicon.peoplesOrgs.some((o) => body.includes(o));
    if (lexicon.companyPosts.has(post) || (ASSOCIATION_HEADS.has(post) && FIRM_BODY.test(body)) || (FIRM_UNIT.test(body) && !post.endsWith('书记'))) {
      person ??= { kind: 'person', ...(body ? { org: body } : {}) };
    } else if (BANK_BODY.test(body) && !STATE_BANK.test(body) && !post.endsWith('书记')) {
      // A commercial bank's or branch's officers are its staff (`中国农业银行临清支行行长`); the central bank's are
      // officials, and the policy banks keep their posts.
      person ??= { kind: 'person', org: body };
    } else if ((ACADEMIC_BODY.test(body) || ACADEMIC_UNIT.test(body) || HOSPITAL_UNIT.test(body)) && !ACADEMIC_ORGAN.test(body) && !post.endsWith('书记')) {
      person ??= { kind: 'person', org: body };
    } else if (lexicon.associationPosts.has(post) || (ASSOCIATION_HEADS.has(post) && ASSOCIATION_BODY.test(body))) {
      if (peoples) publicPost = true;
      else person ??= { kind: 'person', ...(body ? { org: body } : {}) };
    } else if (VILLAGE_CADRES.has(post) || (CADRE_ROLES.has(post) && villageBody().test(body))) {
      // `堡里村干部李二教`, `范宅村负责人周召新`: a village's cadres are its officials (their names still read strictly).
      publicPost = true;
      village = true;
    } else if (PERMANENT_REPRESENTATIVE_END.test(post)) {
      publicPost = true;
    } else if (/^(副)?队长$/.test(post) && /(驻村|扶贫)?工作队$/.test(body)) {
      // `驻村工作队队长曹忠明`: the leader of a team sent to a village is a cadre there.
      publicPost = true;
      village = true;
    } else if (CADRE_ROLES.has(post) && GOVERNMENT_ORGAN.test(body)) {
      publicPost = true; // `国家发展改革委负责人`, `市教育局负责人`
    } else if (CADRE_ROLES.has(post) && INTERNATIONAL_BODY.test(body)) {
      publicPost = true; // `联合国近东救济工程处负责人`: the head of an international body's agency
    } else if ((/^副?团长$/.test(post) && !MILITARY_BODY.test(body) && !/(?:代表团|使团)$/.test(body)) || (/^副?营长$/.test(post) && /[夏冬]令营$/.test(body))) {
      // `乐团团长`, `艺术团团长`, `夏令营营长`: the words of the army's units, of troupes and camps (a delegation's or a
      // mission's, 使团, head speaks for the state that sent it).
      person ??= { kind: 'person', ...(body ? { org: body } : {}) };
    } else if (lexicon.posts.has(post)) {
      publicPost = true;
      if (FOREIGN_ONLY_POSTS.has(post)) foreignPost = true;
      if (VILLAGE_POSTS.has(post) || villageBody().test(body)) {
        village = true;
      }
    }
  }
  // International bodies' posts are foreign ones too (`联合国秘书长`, `国际奥委会主席`).
  // (`中国驻韩国大使馆公使衔参赞`, `我驻…大使`: China's envoy to a country is China's official.)
  const envoy = /^(?:中国|中华人民共和国|我国|我)?常?驻/.test(title);
  // (A body the title opens with comes first: `欧洲理事会主席` is the council's, not 欧洲's; `联合国驻叙利亚特使` the UN's.)
  const country = envoy ? undefined : (INTERNATIONAL_BODY.exec(title)?.[0] ?? foreignCountryIn(title) ?? countryOfCityIn(title) ?? countryOfPartyIn(title));
  // A foreign paper's, agency's or broadcaster's editors (`法新社中国区社长`, `哈萨克斯坦通讯社总编辑`, a bare `总编辑`
  // after a transliterated name): journalists, not officials. China's own state media keep their posts.
  const units = title.split(CHAIN_SEPARATOR).filter(Boolean);
  const mediaOnly = units.length > 0 && units.every((unit) => MEDIA_POST.test(unit));
  if (publicPost && mediaOnly && (country !== undefined || FOREIGN_MEDIA.test(title))) return { kind: 'person', org: title.replace(MEDIA_POST_END, '') || undefined };
  if (publicPost) {
    if (country) return { kind: 'official', level: 'foreign', country };
    if (foreignPost) return { kind: 'official', level: 'foreign' };
    return village ? { kind: 'official', level: 'village' } : { kind: 'official' };
  }
  return person ?? { kind: 'person' };
}

// `中国常驻世贸组织代表`, `常驻日内瓦副代表`: a permanent representative to a body or at a seat abroad holds a post, though
// 代表 alone is a delegate's role or no title at all.
const PERMANENT_REPRESENTATIVE_END = /常驻[\u3400-\u9fff]{2,12}?副?代表$/u;

/** `中国常驻世贸组织代表` → `常驻世贸组织代表`: the post a permanent representative's title ends with. */
export function permanentRepresentativeEnding(unit: string): string | undefined {
  return PERMANENT_REPRESENTATIVE_END.exec(unit)?.[0];
}

function longestEnding(unit: string): string | undefined {
  const representative = permanentRepresentativeEnding(unit);
  if (representative) return representative;
  const { posts, roles, companyPosts, associationPosts } = peopleLexicon();
  for (let i = 0; i < unit.length; i++) {
    const tail = unit.slice(i);
    if (posts.has(tail) || roles.has(tail) || companyPosts.has(tail) || associationPosts.has(tail)) return tail;
  }
  return undefined;
}
