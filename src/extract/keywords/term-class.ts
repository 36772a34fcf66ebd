// What kind of word a ranked term is, judged once per term at ranking time (never per token): the keyword candidates
// are counted from bare words, and most of the junk of real news is a class of word the IDF file cannot tag because
// the government texts it was built from never use it: names of people, places and organisations that jieba's
// dictionary tags nr/ns/nt, and words its HMM coined from an unknown name or a fragment (樊霞, 这趟, 以学, 尼中).
import { lookUpTag, type PosLexicon } from '../../nlp/pos-lexicon.js';
import { posLexicon, tag } from '../../nlp/segmenter.js';
import { peopleLexicon } from '../people/lexicon.js';
import { gazetteer } from '../places/gazetteer.js';
import { isStopWord } from '../../nlp/stopwords.js';
import type { Idf } from './idf.js';
import { isPolicyDictionaryTerm } from './burstiness.js';

/**
 * Part-of-speech tags of terms that may be keywords: nouns of every kind, verbal and adjectival nouns, idioms, set
 * phrases, abbreviations, and words the tagger did not know (x). nr and ns stay in when the IDF file gives them:
 * jieba's dictionary gives them to many common words of policy prose (智能化, 养老, 高水平 nr; 城市, 深度 ns).
 */
export const CONTENT_TAGS = new Set(['n', 'nz', 'nt', 'nl', 'ng', 'nr', 'nrt', 'ns', 'vn', 'an', 'l', 'i', 'j', 'eng', 'x']);

/**
 * Tags of proper names: a word the policy texts never used that the dictionary tags as a person (nr, nrt, nrfg), a
 * place (ns) or an organisation (nt) is that name, not a topic (王沪宁, 加德满都, 国家图书馆, 越共中央).
 */
const NAME_TAGS = new Set(['nr', 'nrt', 'nrfg', 'ns', 'nt']);

/**
 * The heads of organs and bodies (外交部, 国资委, 中国共产党, 联合国, 石药集团): an nt word ending in one names who acts,
 * whatever the IDF file says. Only nt words are tested, so 新格局 or 中医药 are never read as one.
 */
const ORGAN_HEAD = /(?:部|委|局|院|署|办|厅|府|党|会|协|社|台|馆|国|处|段|组织|集团|公司|银行|联盟|中央)$/u;
/** The army of a country by one character (以军, 俄军, 乌军, 美军): a party to the news, not its topic. */
const ARMY = /^[美俄日韩朝英法德意印巴越老柬缅泰以乌叙伊土]军$/u;
/**
 * Heads that end only names of bodies, whatever the tag (有限公司 n, 中共 j, 全国人大 j, 秘书处 n), federations
 * (慈善总会, 妇联总会, 工联总会), party branches (村支部, 党支部) and newspapers (人民日报, 经济日报).
 */
const BODY_HEAD = /(?:公司|集团|基金会|总会|委员会|秘书处|政府|工委|军委|监委|纪委|党委|支部|人大|政协|中共|世卫|组织部|宣传部|统战部|大学|学院|委会|监会|总统府|总理府|使馆|领事馆|日报|晚报|早报|时报|周报)$/u;
/**
 * Short names of organs, whatever the tag: three or more characters ending in 局, 委, 厅 or 办 (体育总局, 气象局,
 * 发改委, 政法委, 卫健委, 外办), or in 工作部 (统战工作部). 格局, 布局, 大局, 变局… end in 局 and name no organ.
 * In 400 top-10 items of rmrb-2020: 9 organ names of these shapes (体育总局, 总局, 气象局, 发改委, 政法委…), no topic.
 */
const ORGAN_SHORT = /^(?:\p{Script=Han}+[^格布大全结变开新当僵时困骗赌饭棋]局|\p{Script=Han}+[^常编主]委|\p{Script=Han}+[厅办]|\p{Script=Han}*工作部)$/u;
/** Words ending in 局 that name no organ, even when jieba tags them nt (新格局). */
const NOT_ORGAN_TAIL = /(?:格局|布局|大局|全局|变局|新局|开局|结局)$/u;
const ORGAN_HEAD_WORDS = new Set(['总局', '外办', '国办', '中办', '工作部']);
/**
 * The ministries of the State Council by their short names (教育部, 商务部), which jieba tags n as often as nt, and
 * the tails the segmenter cuts off the longer ones (农业 / 农村部, 自然 / 资源部), and off those joined by 和, where a
 * phrase stops (文化和 / 旅游部, 住房和 / 城乡建设部, 人力资源和 / 社会保障部, 工业和 / 信息化部).
 */
const MINISTRY = /^(?:教育|科技|工信|公安|国安|民政|司法|财政|人社|自然资源|资源|生态环境|环境|住建|交通运输|运输|水利|农业农村|农村|商务|文旅|国防|外交|应急管理|审计|卫生|铁道|农业|文化|监察|旅游|城乡建设|社会保障|信息化|退役军人事务)部$/u;

/**
 * A department of a firm, a ministry or an army by its field (项目部, 运营部, 业务部, 体育部, 小企业发展部, 总后勤部,
 * 军团政治部): three or more characters ending in 部. Words of place, body part or extent end in 部 too and name no
 * department (西部, 内部, 局部, 腹部, 干部, 城乡结合部); so do two kinds judged as subjects (俱乐部, 小卖部). In the per-article
 * top 10 of the real news, 31 such words were departments, none a topic.
 */
const DEPARTMENT = /^\p{Script=Han}+[^干内外全局东西南北中腹头胸背面脑足脚腿腰臀眼口肩手颈肺胃肝心底顶端基首前后侧上下细尾根合卖乐大一两这那每该各此总支]部$/u;

export function isOrganName(word: string): boolean {
  return ORGAN_HEAD_WORDS.has(word) || MINISTRY.test(word) || (word.length >= 3 && (ORGAN_SHORT.test(word) || DEPARTMENT.test(word)));
}

/**
 * Two countries by one character each (中意, 中印, 中欧, 美中): a relation, whatever the dictionary makes of the pair
 * (中意 n, 中印 nt); the BILATERAL shapes below catch the coined ones.
 */
/** A side (俄方, 中方, 双方, 各方): who speaks in a diplomatic story, not what about. */
const SIDE = /^[中美俄日韩朝英法德意印巴越老柬缅泰以乌澳欧非双各我外]方$/u;
/**
 * An abstract quality in three characters (历史性, 全球性, 建设性, 针对性, 长期性): in the per-article top 10 of 800
 * rmrb-2019 articles, 21 such words, 19 of them naming no topic (抗药性, 多样性 the exceptions).
 */
const QUALITY = /^\p{Script=Han}{2}性$/u;
/** Administrative levels named together (各县区, 县市区, 区县, 乡镇): where, generically; places are not keywords. */
const LEVELS = /^各?[省市县区乡镇村]{2,3}$/u;
/** The whole of a unit (全村, 全院, 全家人): who, generically, like LEVELS. */
const WHOLE_UNIT = /^全[村院家镇乡县区市省校队厂所组]人?$/u;
/** An attributive in three characters (服务型, 节水型, 爆发式): it qualifies a noun the phrase left out. */
const ATTRIBUTIVE = /^\p{Script=Han}{2}[型式]$/u;
/**
 * For the use of someone (医用, 民用, 军用, 船用, 食用): an attributive like 服务型, it qualifies a noun the phrase left out
 * (医用 口罩, 医用 防护服). Only users are listed: 费用, 作用, 信用, 运用 are nouns and verbs of their own. In the per-article
 * top 10 of the real news, 医用 alone stood 32 times.
 */
const USE_ATTRIBUTIVE = /^[医民军家商专公农药食警船车兵航]用$/u;
/** Towards a country by one character (对华, 对美): a preposition and a side, not a topic. */
const TOWARD_SIDE = /^对[华美日俄欧非台港澳]$/u;
const COUNTRY_PAIR = /^(?:中[美俄日韩朝英法德意印巴越老柬缅泰以乌叙伊土尼澳加欧非埃沙哈吉塔蒙菲新马]|[美俄日韩朝英法德意印巴越老柬缅泰以乌澳欧非]中)$/u;
/**
 * A coined two-character word made of a verb of change and its object (发力, 提效, 增效, 降本, 扩面): the half of a
 * slogan (加力提效, 降本增效), not a term; kept out even when the policy texts share it.
 */
const VERB_COINAGE = /^[提增降减发促扩强优稳抓补]\p{Script=Han}$/u;

/** Idioms and set phrases (jieba's i and l): policy formulations when the policy texts share them, else rhetoric. */
const IDIOM_TAGS = new Set(['i', 'l']);

/**
 * Coined words the IDF file knows but that are fragments: a demonstrative, adverb or number word and what follows it
 * (这是, 只会, 已到, 比上, 更长; 中有, and two sides by one character: 中意, 中印), a count and its measure (万人, 余人, 个省, 多人), a date's tail (日至), or a word
 * ending in a particle (强的).
 */
const FRAGMENT_HEAD = /^[中这那此其该每各某本只已比多余万亿千百个几数两日月年号不没更最很太之而以与和及或在向从把被将让给对于愿还也都就才又再的地得着了]/u;
// 称, 说: 俄称, 日称 (a side says), 良说 (刘进良说: the tail of a name and says); 好, 深, 实, 同: a verb and its complement or preposition (讲好, 守好, 走深, 走实, 地同).
// 上, 出, 到…: a verb and its direction (迈上, 发掘出), coined whole by the HMM.
const FRAGMENT_TAIL = /[的了着过是么呢吧啊地得之其称说好深实同上下出入起到来去]$/u;
/**
 * A function character anywhere in a coined word of a phrase (众之所 / 举业, 起共襄 / 伟业, 赤字 / 率拟): the HMM glued a
 * piece of the clause around it, so the phrase is no term.
 */
const FUNCTION_CHAR = /[之所拟和与及的着了过起]/u;
/** A conjunction or particle inside a coined word (复产和助 of 复工复产和助企纾困): two pieces glued across it. */
const FRAGMENT_JOINT = /^.+[和与及的][^和与及的]*$/u;

/**
 * Set phrases of courtesy and time that jieba keeps as one noun or idiom: a verb of saying or an adverb of degree and
 * its object (表示祝贺, 表示满意, 衷心祝愿, 热烈欢迎, 非常重视, 在京开幕), and a span of time (今年以来, 一年多来,
 * 访问期间, 节日期间). Counted in the top 10 of 400 real news articles: 21 such words, none a topic.
 */
const COURTESY_HEAD = /^(?:表示|非常|衷心|热烈|在京)/u;
/**
 * A verb of policy prose and its object kept as one four-character word (作出贡献, 提供援助, 加强指导, 获得成功,
 * 取得成效, 克服困难, 抓住机遇, 面向未来): what was done to something, not the thing. Only verbs that govern an object
 * are listed, not those that also lead noun compounds (排水管道, 留学人员, 退休干部).
 */
const VERB_OBJECT = /^(?:作出|做出|获得|提供|加强|取得|发挥|富有|开展|进行|给予|依靠|扭转|符合|造福|充满|确保|保持|摆在|坚持|实现|赢得|凝聚|彰显|展现|树立|营造|增进|携手|克服|经受|敲响|抓住|指明|改变|面对|纠正|认清|渡过|缺乏|回顾|展望|创造|继续|举行|推进|走向|面向|落到|做好|办好|抓好|用好|讲好|迈向|迎来|开创|书写|谱写|绘就)\p{Script=Han}{2}$/u;
/**
 * A four-character word led by a word of praise (美好未来, 辉煌成就, 过硬本领, 深刻印象, 感人事迹) or by an adverb of
 * manner before a verb (严厉查处, 密切配合, 隆重庆祝, 全面禁止): how the text rates a thing or how a thing is done,
 * not the thing. 全面小康 or 重点项目 keep their noun: the adverbs count only before a verb.
 */
const PRAISE_HEAD = /^(?:美好|辉煌|过硬|具体|深刻|良好|英明|感人|光辉|伟大|光荣|崇高|宝贵|坚强|亲切|巨大|显著|丰硕|卓越|杰出|优异|重要|热情|真挚|深厚|坚实)\p{Script=Han}{2}$/u;
const MANNER_HEAD = /^(?:严厉|密切|隆重|全面|认真|切实|坚决|积极|大力|深入|广泛|充分|及时|高度|不断|努力|全力|扎实|有效|亲自|毅然|果断|迅速|立即|主动|自觉)(\p{Script=Han}{2})$/u;

/** True for a four-character word of praise or of manner (see PRAISE_HEAD and MANNER_HEAD). */
export function isRhetoricalCompound(word: string): boolean {
  if (PRAISE_HEAD.test(word)) return true;
  const verb = MANNER_HEAD.exec(word)?.[1];
  return verb !== undefined && /^v/.test(dictionaryTag(verb));
}
const TIME_SPAN_TAIL = /(?:以来|多来|期间|伊始|之际|前夕)$/u;
/** A year of the sexagenary cycle (庚子, 辛丑): when, said the old way. */
const GANZHI = /^[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]$/u;

/** Latin letters and digits longer than any acronym: the ids of links (VIDErHFR8U4q7MBdS9oXz2Ji240709). */
const LINK_ID = /^(?=.*\d)[A-Za-z0-9]{12,}$/;

/** Occurrences in the group a coined word needs to be taken for a new term of the text rather than a name. */
const COINAGE_MIN_COUNT = 3;

/** Characters that spell foreign names (素季, 玛里, 博拉, 额勒赛): a coined word made of them alone is one. */
const TRANSLITERATION = /^[阿尔斯克特德里利玛莱博瓦萨纳娜塔卡伊奥兹茨贝罗维米诺尼哈吉格穆默索丹迪洛鲁埃乌耶约琳莎娅妮蒂芙菲弗乔霍赫科坦坎恩伦沃兰朗曼莫普雷勒姆戈舍谢泽佩帕杰季汀丝巴杜亚基蒙布西塞夫]+$/u;
/** Countries by one character each, or a side: 中尼, 尼中, 俄美, 缅方, 中吉乌 (names of a relation, not topics). */
const BILATERAL = /^(?:中.{1,2}|.中|.方|[美俄日韩朝英法德意印巴越老柬缅泰尼澳加欧非埃沙伊土乌哈吉塔蒙菲]{2,3})$/u;

/** The last character of the name of a village, town or feature (德胜村, 铺镇, 上羊市, 冰塘). */
const PLACE_TAIL = /[村镇乡县市区省州屯寨庄湾岛山河湖塘港]$/u;

/** A coined word shaped like a name: a surname and one or two characters, a foreign spelling, two sides or a place. */
function looksLikeName(word: string): boolean {
  // 李应川家: a family named by its head.
  if (word.length >= 3 && word.endsWith('家')) word = word.slice(0, -1);
  const { surnames, compoundSurnames } = peopleLexicon();
  const surname = compoundSurnames.has(word.slice(0, 2)) ? 2 : surnames.has(word[0]!) ? 1 : 0;
  const given = word.length - surname;
  if (surname > 0 && given >= 1 && given <= 2) return true;
  // 老黄, 小王, 阿力: a person called by surname or given name, as neighbours and colleagues call each other.
  if (word.length <= 3 && (word[0] === '阿' || (/^[老小]/u.test(word) && word.length === 2 && surnames.has(word[1]!)))) return true;
  return TRANSLITERATION.test(word) || BILATERAL.test(word) || PLACE_TAIL.test(word);
}

/**
 * A person's name the policy texts use often (李克强, 习近平): tagged a name, three characters, a surname and a given
 * name that is no word of the dictionary (克强, 近平). Words jieba also tags nr have a word after their first character
 * (高水平: 水平).
 */
function isLeaderName(word: string, tag: string): boolean {
  if (word.length !== 3 || (tag !== 'nr' && tag !== 'nrfg')) return false;
  return peopleLexicon().surnames.has(word[0]!) && dictionaryTag(word.slice(1)) === 'x';
}

const dictionaryTags = new Map<string, string>();
let lexicon: PosLexicon | undefined;

/**
 * About to judge many terms (TextRank's graph, every row of a group): look tags up in the lexicon (built once, ~85 ms)
 * instead of asking the segmenter per word (~10 µs a word), which is cheaper for the few dozen of a top 10.
 */
export function expectManyTerms(): void {
  lexicon ??= posLexicon();
}

/** The tag jieba's dictionaries give the word; `x` when they do not hold it (a word the HMM coined). */
export function dictionaryTag(word: string): string {
  let found = dictionaryTags.get(word);
  if (found === undefined) {
    if (lexicon) found = lookUpTag(lexicon, word);
    else {
      // Cut alone, a dictionary word stays whole and takes its tag; an unknown one gets x (or falls apart).
      const tokens = tag(word);
      found = tokens.length === 1 ? tokens[0]!.tag ?? 'x' : 'x';
    }
    dictionaryTags.set(word, found);
  }
  return found;
}

/**
 * Documents of the IDF's corpus a word must appear in to count as the vocabulary of policy texts. Proper names and
 * coined words the government texts use once or twice are names there too (克林顿, 张家界, 博拉, 天安门广场); those used
 * by six or more are mistagged common words (养老, 城市, 亚太) or shared coinages (复产, 冷链).
 */
const POLICY_VOCABULARY_DOCS = 6;

/** True when the IDF file holds the word in at least minDocs (POLICY_VOCABULARY_DOCS) of its documents (idf = ln((N+1)/(df+1))+1). */
export function isPolicyVocabulary(term: string, idf: Idf, minDocs = POLICY_VOCABULARY_DOCS): boolean {
  if (!idf.has(term)) return false;
  if (idf.documents <= 0) return true;
  const df = (idf.documents + 1) / Math.exp(idf.get(term)! - 1) - 1;
  return df >= minDocs - 0.5;
}

/** True unless the IDF file tags the term as something other than a noun-like word (verbs, adverbs, names…). */
export function isContentTerm(term: string, idf: Idf): boolean {
  const tag = termTag(term, idf);
  return tag === undefined || CONTENT_TAGS.has(tag);
}

/**
 * The IDF file's tag of a term, but for the measures our policy dictionary tags v because news writes them as
 * predicates (复工复产, 对口支援: a figure's metric stops before them): as terms they are the verbal nouns they name.
 */
function termTag(term: string, idf: Idf): string | undefined {
  const tag = idf.tag(term);
  return tag === 'v' && isPolicyDictionaryTerm(term) ? 'vn' : tag;
}

/**
 * The name of a river, lake, sea or mountain (长江, 黄河, 渤海, 太平洋, 泰山): a word jieba tags a place (ns) that ends in
 * a feature's character. The policy texts use the great ones often, so the IDF keeps them; alone they say where, and
 * the policy is a phrase (长江经济带, 黄河流域生态保护). Two characters of a kind (内河, 远洋, 沿海, 山海, 陆海) name no
 * one feature. In the per-article top 10 of the real news: 32 such names alone.
 */
const FEATURE_NAME = /^(?:\p{Script=Han}{2,}|[^内外远近陆山江河湖海大小沿深公淡上下中东西南北])[江河湖海洋山峰岭峡湾屿]$/u;

export function isFeatureName(word: string): boolean {
  return FEATURE_NAME.test(word) && dictionaryTag(word) === 'ns';
}

/**
 * A centre named by what it does (疾控中心, 急救中心, 培训中心, 指挥中心): a body by its kind, as 服务中心 and 研究中心
 * (junk.ts), when the head is a verb or a coined abbreviation of one (疾控 of 疾病预防控制). Centres named by a thing
 * (数据中心, 金融中心, 购物中心) are kinds of place or sector. In the per-article top 10 of the real news, 40 rows.
 */
const CENTRE = /^(\p{Script=Han}{2})中心$/u;
const FUNCTION_TAGS = new Set(['v', 'vn', 'x']);

export function isFunctionCentre(word: string): boolean {
  const head = CENTRE.exec(word)?.[1];
  return head !== undefined && FUNCTION_TAGS.has(dictionaryTag(head));
}

/**
 * Single words that say who or how, not what (全村, 服务型, 医用, 对华), judged only when ranked alone: as parts they begin
 * phrases (`分布式光伏`, `全村人口`).
 */
export function isQualifierAlone(word: string): boolean {
  return WHOLE_UNIT.test(word) || ATTRIBUTIVE.test(word) || USE_ATTRIBUTIVE.test(word) || TOWARD_SIDE.test(word);
}

/**
 * True when a counted term may be ranked as a keyword: a content word (isContentTerm) that is not a word coined from
 * an unknown name or a fragment, not a proper name the policy texts never used, and not the name of an organ.
 */
export function isKeywordTerm(term: string, idf: Idf, count = 1): boolean {
  const idfTag = termTag(term, idf);
  if (idfTag !== undefined && !CONTENT_TAGS.has(idfTag)) return false;
  // Latin acronyms and codes (GDP, 5G) are judged by shape already: the dictionary knows few of them.
  if (!/\p{Script=Han}/u.test(term)) return !LINK_ID.test(term);
  if (COURTESY_HEAD.test(term) || VERB_OBJECT.test(term) || TIME_SPAN_TAIL.test(term) || GANZHI.test(term) || ARMY.test(term)) return false;
  if (isRhetoricalCompound(term)) return false;
  if (isOrganName(term) || COUNTRY_PAIR.test(term) || SIDE.test(term) || QUALITY.test(term) || LEVELS.test(term)) return false;
  const dictTag = dictionaryTag(term);
  if (dictTag === 'x' && VERB_COINAGE.test(term)) return false;
  // 风雨同舟, 千头万绪, 共渡难关, 足不出户: rhetoric unless the policy texts use it as a formulation (稳中求进).
  if ((IDIOM_TAGS.has(dictTag) || IDIOM_TAGS.has(idfTag ?? '')) && !isPolicyVocabulary(term, idf)) return false;
  if (dictTag === 'x') {
    // Coined by the HMM. In news, mostly a name (陈骞, 素季) or a fragment (这趟, 愿同); the coined words the policy
    // texts share (复产, 抗疫, 冷链) are in the IDF file. A new coinage of one text (创城, 孤困, 手造) is kept when the
    // text repeats it and it has none of the shapes of a name or a fragment.
    if (FRAGMENT_HEAD.test(term) || FRAGMENT_TAIL.test(term) || FRAGMENT_JOINT.test(term)) return false;
    if (isPolicyVocabulary(term, idf)) return true;
    return count >= COINAGE_MIN_COUNT && !looksLikeName(term);
  }
  const tag = idfTag ?? dictTag;
  if (!CONTENT_TAGS.has(tag)) return false;
  if (NAME_TAGS.has(tag) && (!isPolicyVocabulary(term, idf) || isLeaderName(term, tag))) return false;
  if ((tag === 'nt' && ORGAN_HEAD.test(term) && !NOT_ORGAN_TAIL.test(term)) || BODY_HEAD.test(term)) return false;
  return true;
}

/** Heads that end names of institutions built of several words (医科大学附属医院, 委员会办公室, 政务服务通办联盟). */
const PHRASE_BODY_HEAD = /(?:办公室|医院|联盟|协会|学会|研究院|研究所|会长)$/u;

/**
 * Places a name goes before (方庄 社区, 南滨 公园, 作孚路 社区): after a word the policy texts never use, the phrase is
 * that place's name; after one they use, a kind of place (智慧 社区, 口袋 公园, 老旧 小区).
 */
const NAMED_PLACE_HEADS = new Set(['社区', '小区', '公园', '广场', '街道', '大桥', '机场', '车站', '码头', '景区']);

function isNamedPlace(parts: readonly string[], idf: Idf): boolean {
  return parts.length >= 2 && NAMED_PLACE_HEADS.has(parts[parts.length - 1]!) && !idf.has(parts[0]!);
}

/** True when adjacent words name a body (…委员会, …集团, …协会) or a place (方庄 社区): the name of an entity. */
export function isNamePhrase(parts: readonly string[], idf: Idf): boolean {
  const whole = parts.join('');
  return BODY_HEAD.test(whole) || PHRASE_BODY_HEAD.test(whole) || isOrganName(whole) || isNamedPlace(parts, idf);
}

/** Longer chains of nouns are lists or titles (贫困地区农村居民人均可支配收入), not one term. */
const PHRASE_MAX_CHARS = 10;

/** Tags a word of a phrase may carry: noun-like words (CONTENT_TAGS but idioms), distinguishing words (分布式, 现代化 b). */
const PHRASE_PART_TAGS = new Set(['n', 'nz', 'nl', 'ng', 'nr', 'nrt', 'ns', 'nt', 'vn', 'an', 'j', 'b', 'eng', 'x']);

/**
 * True when adjacent words may be listed as one phrase: each is noun-like (no verb, adverb, idiom), none is a coined
 * fragment or a name the policy texts never use, and the whole is not the name of a body (…委员会, …集团).
 */
export function isKeywordPhrase(parts: readonly string[], idf: Idf): boolean {
  const whole = parts.join('');
  if (isNamePhrase(parts, idf)) return false;
  if (whole.length > PHRASE_MAX_CHARS) return false;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    // 公司 of 公司新兴市场总部: a body's word makes the whole a name, wherever it stands.
    if (BODY_HEAD.test(part) || PHRASE_BODY_HEAD.test(part)) return false;
    // 所作 of `为抗击疫情所作的贡献`: the particle 所 and a verb, which the dictionary reads as a noun.
    if (SUO_VERB.test(part)) return false;
    if (isCompoundVerb(parts, i, idf)) continue;
    // Every word but the generic nouns inside must be a keyword on its own terms: no organ (公司…), idiom or fragment.
    if (!isStopWord(part) && !isKeywordTerm(part, idf, Infinity)) return false;
    if (!/\p{Script=Han}/u.test(part)) {
      if (LINK_ID.test(part)) return false;
      continue;
    }
    // Both the policy texts' usual tag and the dictionary's must be noun-like: 发力, 战胜, 弘扬 are verbs to one of them.
    const dictTag = dictionaryTag(part);
    const tag = idf.tag(part) ?? dictTag;
    if (!PHRASE_PART_TAGS.has(tag) || !PHRASE_PART_TAGS.has(dictTag)) return false;
    if (dictTag === 'x' && !isPolicyVocabulary(part, idf)) {
      if (FRAGMENT_HEAD.test(part) || FRAGMENT_TAIL.test(part) || FUNCTION_CHAR.test(part) || looksLikeName(part)) return false;
    } else if (NAME_TAGS.has(tag) && !isPolicyVocabulary(part, idf)) return false;
  }
  return true;
}

/** 所 and a verb as one word (所作, 所做, 所为, 所需): what someone does, never a part of a term. */
const SUO_VERB = /^所[作做为需]$/u;

/** Tags of a verb or quality that a nominal compound holds inside (扶贫 of 易地扶贫搬迁, 健康 of 生命健康安全). */
const COMPOUND_VERB_TAGS = new Set(['v', 'vn', 'a', 'ad', 'an']);

/**
 * True when parts[i] is a verb or adjective that a noun-headed compound holds: policy terms name measures with the
 * action inside (易地扶贫搬迁, 地下水超采治理, 突发公共卫生事件 read from 公共卫生, 联防联控机制). The first word must
 * stay a noun (编纂民法典, 过上好日子 are what someone does, not a term), and a verb ends only a chain of three or more
 * words (党员带头, 集体学习 are a clause). The verb must be a dictionary word of two characters, not a coined fragment.
 */
function isCompoundVerb(parts: readonly string[], i: number, idf: Idf): boolean {
  if (i === 0 || (i === parts.length - 1 && parts.length < 3)) return false;
  const part = parts[i]!;
  if (part.length !== 2 || isStopWord(part) || FRAGMENT_HEAD.test(part) || FRAGMENT_TAIL.test(part)) return false;
  const dictTag = dictionaryTag(part);
  const tag = idf.tag(part) ?? dictTag;
  return COMPOUND_VERB_TAGS.has(dictTag) && COMPOUND_VERB_TAGS.has(tag);
}

/**
 * A station named by its place, as one word (雄安站, 天津站, 北京西站): a place of the gazetteer, or two characters
 * no dictionary holds (a new place's name), before 站. Kinds of station (检疫站, 集气站, 民意驿站: a dictionary word
 * or three characters before 站) stay.
 */
const NAMED_STATION = /^(\p{Script=Han}{2,4}?)[东西南北]?站$/u;

export function isNamedStation(word: string): boolean {
  const head = NAMED_STATION.exec(word)?.[1];
  if (head === undefined) return false;
  return gazetteer().lookup(head).length > 0 || (head.length === 2 && dictionaryTag(head) === 'x');
}

/**
 * Countries named by their region or bloc (东盟国家, 欧洲国家, 非洲国家): places, not a topic; 发展中国家 and 周边国家
 * name a kind of country, not where.
 */
export function isRegionCountries(word: string): boolean {
  if (!word.endsWith('国家') || word.length < 4) return false;
  const head = word.slice(0, -2);
  return gazetteer().lookup(head).some((place) => place.level === 'foreign') || dictionaryTag(head) === 'ns';
}
