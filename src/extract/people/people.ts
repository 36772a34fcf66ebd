// Officials and other persons named in an article. Names are mostly unknown to any dictionary, so they are found by
// what surrounds them: a title before (市委书记江敦涛) or after (李强总理), a byline (记者 张磊), a role (村民李四).
// Names the body gives then resolve mentions without a title, such as run-together headline names (张新文张伦讲话).
import type { Article, EntitySpan, Token } from '../../types.js';
import { containsTitleWord, peopleLexicon } from './lexicon.js';
import {
  indexTokens,
  isTibetanName,
  isTibetanNamePart,
  isWeakSurname,
  NAME_ENDING_AND,
  nameAt,
  nameEndingAt,
  startsStopWord,
  sureName,
  surnameLength,
  type NameSpan,
  type TokenisedText,
} from './names.js';
import { gazetteer } from '../places/gazetteer.js';
import { findLeaderLists, plausibleListedName } from './lists.js';
import { orgOfTitle } from './org.js';
import { classifyChain, countryOfPartyIn, foreignCountryIn, foreignStatesIn, isForeignPlace, type ChainClass } from './posts.js';
import { CORE_OF_THE_CENTRE, HONORIFICS, SIGNATURE, SPEECH, tagAround } from './tagging.js';

export { orgOfTitle } from './org.js';

/**
 * Every mention of an official (kind `official`) or another person (kind `person`), in text order. `wholeText`: the
 * article's tagged tokens when the segmentation stage made them, so the sentences looked at need no tagging again.
 */
export function findPeople(article: Article, wholeText?: Token[]): EntitySpan[] {
  const text = article.text;
  const tokens = tagAround(text, undefined, wholeText);
  const finder = new PeopleFinder(article, indexTokens(text, tokens));
  finder.findTitled();
  finder.findBylines();
  finder.findNamesBeforeTitles();
  finder.findSeatChanges();
  finder.findKnownNames();
  if (finder.findLeaderLists()) finder.findKnownNames();
  // After the names the article titles elsewhere: `刘伟委员说` of a 中国人民大学校长刘伟 keeps that title.
  finder.findMembersByName();
  finder.findStoryPeople();
  finder.settleGluedNames();
  finder.extendCutNames();
  finder.settleForeignTopPosts();
  return finder.sorted();
}

// China's posts of one holder each, and the organ each defaults to when printed bare.
const ONE_HOLDER_POSTS = new Map([
  ['总书记', '中共中央'],
  ['国家主席', '中华人民共和国'],
  ['总理', '国务院'],
  ['委员长', '全国人大常委会'],
]);
const SENTENCE_END = /[。！？!?；;\n]/u;
// What stands between a state and its leader's title: `古巴新当选的国家主席`, `黎巴嫩看守总理`, `越南国家主席`.
const TITLE_MODIFIERS = /^(?:新当选的?|当选|看守|过渡政府|临时|候任|新任|现任|时任|前任?|代理|代)?$/u;

/** Whether a title chain holds `post` itself (`中共中央总书记、国家主席` holds 国家主席; `国务院副总理` no 总理). */
function holdsPost(title: string | undefined, post: string): boolean {
  if (!title) return false;
  return title.split(/[、，,兼]/).some((unit) => unit.endsWith(post) && !unit.endsWith(`副${post}`));
}

// Posts that may follow the name (习近平总书记, 李强总理); others follow only as a courtesy and are too rare to risk.
const POSTS_AFTER_NAME = /总书记|副总理|总理|副主席|主席|委员长|书记|省长|市长|县长|区长|部长/g;
// A transliterated foreign name: `斯维特兰娜·马克西莫娃`, `育亭·维沙蓬`.
const FOREIGN_NAME = /^[\u3400-\u9fff]{1,6}(?:[·•・][\u3400-\u9fff]{1,8})+/;
const CLAUSE_END = /[。；;！？!?\n]/;
// Characters that end a transliterated name: what its holder does next (偕 夫人, 致辞, 携, 率 团, 遭 枪击, 称, 被), or
// to whom (向, 对), where he goes (赴).
const FOREIGN_NAME_END = /[偕携率致抵访会遭被称向对赴]/;
const COMMA = /[，,]/;
// Messages exchanged with a foreign leader, printed right after the name.
const MESSAGE_AFTER_NAME = /^(?:互致|互电|互贺|发去|发来)/;
// One-character adverbs that follow a name (`黄津辉正带领`, `某某也表示`); other `d` characters are often syllables.
const ADVERBS_AFTER_NAMES = /^[正也还又就都已曾将再便则均亦仍即刚才共同一互不没先首只更最很并]$/;
// Words that end an organisation's name: a verb before one is part of the name (推进办, 督导组, 有限责任公司).
// (The army's units too: `合成/v 旅`.)
const ORG_SUFFIX = /^([办局委院厅部处室所站队组会司旅团营连]|委员会|工委|中心|公司|集团|协会|学会|办公室|分局|支队|大队|中队|支行|分行)$/;
// …and a set phrase or adjective before a word that ends in one (`冬季运动/l 管理中心`).
const ORG_SUFFIX_END = /(?:委员会|中心|办公室)$/;
// An organ's name ends so (`中央党校`, `国家行政学院`, `国家网信办`, `中台办`).
const ORGAN_END = /(?:[校院办部委局署厅会室]|中心)$/u;
// An organ word somewhere in a title's organisation (`健康教育中心`, `生态环境厅`).
const ORGAN_IN_NAME = /[厅局委处办室站所院司部科组]|中心/u;
// The democratic parties, by the short names their committees print (`民进上海市委专职副主委`).
const DEMOCRATIC_PARTY = /^(?:民革|民盟|民建|民进|农工党|致公党|九三学社|台盟)$/;
// Nouns, names of places and bodies, abbreviations, numbers (二级), unknown words; `nr` too: the tagger calls
// some organ words names (麻醉科/nr).
const TITLE_TAGS = /^(n|nt|ns|nz|nr|nrt|j|b|m|eng|vn|an|x|zg|ng)$/;
const CJK_OR_WORD = /^[\u3400-\u9fffA-Za-z0-9]+$/;
const DOCTRINE = /^(新时代|[\u3400-\u9fff]{0,4}思想)/;
const MAX_TITLE = 48;
const DUTY_BEFORE_POST = /(?:分管|主持)[\u3400-\u9fff]{0,6}工作的$/;
// A village (of an ethnic group: 畲族村) right after its name, and the township or county before the name.
const VILLAGE_AFTER = /^(?:[\u3400-\u9fff]{1,3}族)?(?:村|社区|嘎查)/u;
const TOWNSHIP_BEFORE = /(?:[镇乡县区市旗苏木]|街道)$/u;
// Time words that may stand before 村 in a clause (`今年村里`): never a village's name.
const RELATIVE_TIME = /^(?:今年|明年|去年|前年|当年|同年|今天|明天|昨天|当天|当时|目前|现在|近年|日前|近日|此前|今后|以后|之后|此后|当前|如今)$/u;
// A preposition and a national leader's surname before a post (`向习主席`, `同李总理`): a form that takes no name after
// it. Only the surnames the papers address leaders by: a country's abbreviation (吉总统, 汤议长) or a village (村支书)
// is followed by a name.
// (`从习主席手中`, `有习主席掌舵领航`, `受习主席委托`.)
const SURNAME_AND_POST = /^(?:[向在对和同给与跟把被让为经由请从有受随陪以及]|[^\u3400-\u9fff])[习李胡温江毛周朱]$/u;
// Posts that name a leader alone (`总书记包饺子`, `委员智慧`): a title of only these is bare, and what follows it is a
// name only on firmer evidence (see nameAfterBarePost).
const BARE_LEADER_TITLE = /^(?:(?:总书记|主席|委员长|总理|总统|首相|国王|委员|代表)、?)+$/u;
// …and the members of a body, deputies or cadres, whatever stands before them (`集中委员智慧`).
const BARE_MEMBER_TITLE = /^(?:(?:委员|代表)、?)+$/u;
// A title printed for a group: a count of people (`245名全国人大代表齐聚`), a plural (`各级人大代表闻令而动`), or levels
// (`五级书记齐抓`): what follows is what they do, unless a name is plain (see nameAfterBarePost).
// (Not one: `另一名学生哈桑`.)
const GROUP_BEFORE_TITLE = /(?:(?:\d*[02-9]|[两二三四五六七八九十百千万多几数][一二三四五六七八九十百千万多]*)(?:名|位|批)|各级|广大|全体|众多|部分|一些|有关)$/u;
const GROUP_TITLE = /^[\d一二三四五六七八九十]+级/u;
// What one leader says or sends to another, printed before the other's title.
const ADDRESSING = /(?:祝贺|致电|致信|致函|致贺|感谢|欢迎)/u;
// A leading group, headquarters or task force named after its task (see extendTitleBack), and the organs that set one up.
const GROUP_WITH_TASK = /^[\u3400-\u9fff]{2,30}?(?:领导小组|工作小组|指挥部|工作专班)/u;
// (`省应对…领导小组`: the level alone, after the post before it.)
const GROUP_ORGAN_BEFORE = /(?:中共中央|党中央|中央|国务院|[省市县区州]委|[省市县区州](?:人民)?政府|(?<=[、，,兼])[省市县区州])$/u;
const ROLE_WINDOW = 24;
// A permanent representative to an international body or at a seat abroad (`中国常驻世贸组织代表`, `常驻日内瓦副代表`):
// 代表 alone is no title word (a delegate, a deputy), but after 常驻 and the body it is a post (see posts.ts).
const PERMANENT_REPRESENTATIVE = /常驻[\u3400-\u9fff]{2,12}?(副?代表)(?![团处大])/gu;
// An announcement of a seat given up, taken away or filled: the name, then the seat (see findSeatChanges).
// (And appointments: `任命于红（女）为中华人民共和国驻文莱达鲁萨兰国特命全权大使`, `免去郁红阳的…大使职务`,
// `夏宝龙兼任国务院港澳事务办公室主任`: the post given, taken away or added is the title.)
const SEAT_CHANGE =
  /(?:接受|同意)([\u3400-\u9fff·]{2,6}?)辞去([^，,。；;、]{2,40}?)职务|罢免([\u3400-\u9fff·]{2,6}?)的([^，,。；;、]{2,40}?)职务|补选([\u3400-\u9fff·]{2,6}?)为([^，,。；;、]{2,40}?代表)|任命([\u3400-\u9fff·]{2,6}?)(?:（[男女]）)?为([^，,。；;\n]{2,40}?)(?=[，,。；;\n]|$)|免去([\u3400-\u9fff·]{2,6}?)(?:（[男女]）)?的([^，,。；;\n]{2,40}?)职务|(?<=^|[，,。；;\n\u3000 、])([\u3400-\u9fff·]{2,6}?)(?:（[男女]）)?兼任([^，,。；;\n]{2,40}?)(?=[，,。；;\n]|$)/gu;
// Verbs whose object is a post (担任, 出任, 当选为…): no name follows such a post.
const TAKING_UP_POST = /(?:担任|出任|就任|接任|升任|调任|兼任|改任|转任|当选|当选为|任命为)$/;
// `院长郑军委员认为`, `张三代表说`: a member of the CPPCC or a deputy to a people's congress, named so in session news.
// (委员 after a name is the seat whatever follows, but 委员会 and 委员长; 代表 is also the verb `represent`.)
const MEMBER_VERBS = '认为|说|表示|建议|提出|介绍|指出|坦言|谈到|告诉|发言|笑称|来自';
// (`卓长立代表——`: a profile's kicker names the member before a dash.)
const MEMBER_AFTER_NAME = new RegExp(`^(?:委员(?![会长])|代表(?=[，,。：:；—]|${MEMBER_VERBS}))`);
// A verb of speech at the start of a text (see cutNameBeforeSpeech).
const SPEECH_START = /^(?:认为|表示|指出|说|介绍|透露|坦言|告诉|强调|回答|称)/;
// The seat after a name, then what the member does or punctuation (see findMembersByName).
const MEMBER_SEAT = new RegExp(`(委员|代表)(?=[，,：:]|——|${MEMBER_VERBS})`, 'g');
// Conjunctions a surname character also writes (和, 与, 同, 及, 跟).
const CONJUNCTION = /^[和与同及跟]$/;
// The clause before a title that the segmenter runs into it (`4月30日晚同捷克总统`: 晚同/x): a time word, then the
// preposition that introduces the other party (同, 与, 和, 跟, 向, 对, 给) or an encounter (会见 …). The title starts after.
const CLAUSE_BEFORE_TITLE =
  /(?:(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})月)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})[日号]|[今昨明前]天|当[天日晚]|日前|近日|上午|下午|中午|晚上|凌晨)(?:上午|下午|中午|晚上?|凌晨|早上)?(?:[同与和跟向对给在]|(?=会见|会晤|会谈|接见))|(?:会见|会晤|会谈|接见|通电话|致电)(?:了)?/g;

class PeopleFinder {
  private readonly found: EntitySpan[] = [];
  private readonly text: string;
  private readonly lexicon = peopleLexicon();
  private readonly tokenAt: Int32Array;

  constructor(
    private readonly article: Article,
    private readonly tt: TokenisedText,
  ) {
    this.text = article.text;
    this.tokenAt = tt.tokenAt;
  }

  /**
   * China's one-holder posts printed bare (总书记, 国家主席, 总理, 委员长) default to China's organs; a foreign leader
   * with the same title holds his own state's post: a foreign state printed right before the title
   * (`古巴新当选的国家主席迪亚斯`, `黎巴嫩看守总理米卡提`), or a second holder of the post beside China's own in an
   * article naming a foreign state near him (`习近平总书记同阮富仲总书记…越南`).
   */
  settleForeignTopPosts(): void {
    const bare = this.found.filter((f) => f.kind === 'official' && f.level === undefined && f.title !== undefined && ONE_HOLDER_POSTS.has(f.title));
    if (bare.length === 0) return;
    const states = foreignStatesIn(this.text);
    const foreign = new Map<string, string>();
    // A name the article titles as a foreign state's elsewhere (`越南共产党中央委员会总书记阮富仲`, `印度总理莫迪`).
    for (const f of this.found) {
      if (f.kind === 'official' && f.level === 'foreign' && f.org && foreignCountryIn(f.org) !== undefined && !foreign.has(f.name)) foreign.set(f.name, f.org);
    }
    for (const f of bare) {
      const titleStart = f.start - f.title!.length;
      if (titleStart < 0 || this.text.slice(titleStart, f.start) !== f.title) continue;
      const state = states.find((s) => s.end <= titleStart && TITLE_MODIFIERS.test(this.text.slice(s.end, titleStart)))?.name;
      // `以色列总统里夫林、总理内塔尼亚胡`, `智利共产党主席泰列尔和总书记卡莫纳`: the next of a list a foreign leader
      // opens is his state's.
      const before = /[、和]/u.test(this.text[titleStart - 1] ?? '') ? this.found.find((o) => o.end === titleStart - 1 && o.level === 'foreign' && o.org && foreignCountryIn(o.org)) : undefined;
      const country = state ?? before?.org;
      if (country && !foreign.has(f.name)) foreign.set(f.name, country);
    }
    // `以阮富仲总书记为首的越共中央`: the party or state the leader heads.
    for (const f of bare) {
      let at = f.end;
      if (this.text.startsWith(f.title!, at)) at += f.title!.length;
      const heads = /^(?:同志)?为首的/u.exec(this.text.slice(at, at + 6));
      if (!heads) continue;
      at += heads[0].length;
      const country = states.find((s) => s.start === at)?.name ?? countryOfPartyIn(this.text.slice(at, at + 8));
      if (country && !foreign.has(f.name)) foreign.set(f.name, country);
    }
    for (const post of new Set(bare.map((f) => f.title!))) {
      const holders = new Map<string, number>();
      for (const f of this.found) if (f.kind === 'official' && f.level === undefined && holdsPost(f.title, post) && !foreign.has(f.name)) holders.set(f.name, 0);
      // (Holders the article titles as foreign are settled already.)
      if (holders.size < 2) continue;
      for (const f of this.found) if (holders.has(f.name)) holders.set(f.name, holders.get(f.name)! + 1);
      // China's own holder: the one the article titles with China's organ (中共中央总书记), else the one named most.
      const organ = ONE_HOLDER_POSTS.get(post)!;
      const titled = [...holders.keys()].filter((n) => this.found.some((f) => f.name === n && f.title !== post && holdsPost(f.title, post) && f.title!.includes(organ)));
      const ranked = [...holders].sort((a, b) => b[1] - a[1]);
      // (Named as often: the one named first beside the other more often, as the papers name China's leader first.)
      const firsts = ranked[0]![1] === ranked[1]![1] ? this.namedFirst(ranked[0]![0], ranked[1]![0]) : 0;
      const own = titled.length === 1 ? titled[0] : ranked[0]![1] > ranked[1]![1] || firsts > 0 ? ranked[0]![0] : firsts < 0 ? ranked[1]![0] : undefined;
      if (own === undefined) continue;
      for (const name of holders.keys()) {
        if (name === own || foreign.has(name)) continue;
        // (A leader meets his counterpart: named once in a sentence with China's own, not China's former holder
        // recalled in an article on a foreign state, `周恩来总理访问几内亚`.)
        if (!this.sharesSentence(name, own)) continue;
        // The state named nearest a mention of his, in the same paragraph.
        const state = this.nearestStateTo(name, states);
        if (state) foreign.set(name, state);
      }
    }
    for (const f of this.found) {
      const country = foreign.get(f.name);
      if (country === undefined || f.kind !== 'official' || f.level !== undefined || !f.title || !ONE_HOLDER_POSTS.has(f.title)) continue;
      f.level = 'foreign';
      f.org = country;
    }
  }

  /** In the sentences naming both: how many more name `a` first than `b` first. */
  private namedFirst(a: string, b: string): number {
    const firstOf = new Map<number, string>();
    const both = new Map<number, Set<string>>();
    for (const f of this.sorted()) {
      if (f.name !== a && f.name !== b) continue;
      const start = this.sentenceStart(f.start);
      if (!firstOf.has(start)) firstOf.set(start, f.name);
      both.set(start, (both.get(start) ?? new Set()).add(f.name));
    }
    let n = 0;
    for (const [start, names] of both) if (names.size === 2) n += firstOf.get(start) === a ? 1 : -1;
    return n;
  }

  private sentenceStart(at: number): number {
    let start = at;
    while (start > 0 && !SENTENCE_END.test(this.text[start - 1]!)) start--;
    return start;
  }

  private sharesSentence(a: string, b: string): boolean {
    const sentenceOf = (at: number) => this.sentenceStart(at);
    const starts = new Set(this.found.filter((f) => f.name === b).map((f) => sentenceOf(f.start)));
    return this.found.some((f) => f.name === a && starts.has(sentenceOf(f.start)));
  }

  private nearestStateTo(name: string, states: { start: number; end: number; name: string }[]): string | undefined {
    let best: { distance: number; name: string } | undefined;
    for (const f of this.found) {
      if (f.name !== name) continue;
      const lineStart = this.text.lastIndexOf('\n', f.start) + 1;
      const lineEnd = this.text.indexOf('\n', f.end) < 0 ? this.text.length : this.text.indexOf('\n', f.end);
      for (const s of states) {
        if (s.start < lineStart || s.end > lineEnd) continue;
        const distance = s.end <= f.start ? f.start - s.end : s.start - f.end;
        if (!best || distance < best.distance) best = { distance, name: s.name };
      }
    }
    return best?.name;
  }

  sorted(): EntitySpan[] {
    return [...this.found].sort((a, b) => a.start - b.start);
  }

  /**
   * A name read with the next character glued on (`区长余松边听边记` gives 余松边, where the article goes on `余松说`):
   * when the article prints the name without that character, ending there (a stop word or punctuation follows), at
   * least as often as with it, the longer reading is the shorter name.
   */
  settleGluedNames(): void {
    for (const entity of this.found) {
      if ((entity.kind !== 'official' && entity.kind !== 'person') || entity.name.length < 3 || entity.text !== entity.name) continue;
      const shorter = entity.name.slice(0, -1);
      const surname = surnameLength(shorter, 0);
      if (surname >= shorter.length) continue;
      // A foreign name has no surname to go by: only a function word's character is taken for glued on (塞西以, not 萨勒曼).
      if (surname === 0 && !GLUED_FUNCTION_CHAR.test(entity.name.slice(-1))) continue;
      if (occurrences(this.text, entity.name) > this.endingOccurrences(shorter, entity.name.slice(-1))) continue;
      entity.name = shorter;
      entity.text = shorter;
      entity.end -= 1;
    }
  }

  /**
   * A name read a character short (`主任谢能/x 姣/z 心里`, `吉色次/x 哈说/x`): when the article prints it two times or more
   * and always with the same character after it, a character the segmenter leaves alone or runs into an unknown word,
   * that is no function word and begins no post, and the name ends there (a stop word follows), the name is the longer one.
   */
  extendCutNames(): void {
    const byName = new Map<string, EntitySpan[]>();
    for (const entity of this.found) {
      if ((entity.kind !== 'official' && entity.kind !== 'person') || entity.text !== entity.name) continue;
      if (entity.name.length < 2 || entity.name.length > 3 || !/^[\u3400-\u9fff]+$/u.test(entity.name)) continue;
      byName.set(entity.name, [...(byName.get(entity.name) ?? []), entity]);
    }
    for (const [name, mentions] of byName) {
      const after = new Set<string>();
      let printed = 0;
      let seen = false; // the segmenter's reading of the next character, where the sentence was tagged
      let fits = true;
      let misread = false;
      // A seat right after the longer name (`卓长立代表——`, then `卓长/x 立正/d 在`) vouches for it, however the segmenter
      // reads the character elsewhere.
      let vouched = false;
      for (let at = this.text.indexOf(name); at >= 0 && fits; at = this.text.indexOf(name, at + 1)) {
        printed++;
        const end = at + name.length;
        const next = this.text[end] ?? '';
        after.add(next);
        fits =
          /[\u3400-\u9fff]/u.test(next) && !startsStopWord(this.text, end) && !CUT_NAME_NEVER.test(next) && !this.startsTitle(end) &&
          !MEMBER_AFTER_NAME.test(this.text.slice(end, end + 4));
        if (!fits) continue;
        vouched ||= MEMBER_AFTER_NAME.test(this.text.slice(end + 1, end + 5));
        if ((this.tokenAt[end] ?? -1) < 0) continue;
        const token = this.tt.byStart.get(end);
        // (A word the segmenter never saw that runs from inside the name to the character, `林/ng 郑月娥/x ：`, reads the
        // longer name too.)
        const covering = this.tt.tokens[this.tokenAt[end]!];
        const glued = covering !== undefined && covering.start > at && covering.end === end + 1 && /^(?:x|nr)/.test(covering.tag ?? '');
        const read =
          glued ||
          (token !== undefined &&
            (token.word.length === 1
              ? startsStopWord(this.text, end + 1) || this.tt.byStart.get(end + 1) !== undefined
              : token.tag === 'x' && startsStopWord(this.text, end + 1)));
        misread ||= !read;
        seen ||= read;
      }
      if (!fits || printed < 2 || after.size !== 1 || !(vouched || (seen && !misread))) continue;
      const longer = name + [...after][0]!;
      if (surnameLength(longer, 0) === 0 || containsTitleWord(longer)) continue;
      for (const entity of mentions) {
        entity.name = longer;
        entity.text = longer;
        entity.end += 1;
      }
    }
  }

  /** How often `name` is printed ending where it stops (a stop word or punctuation after it, other than `glued`). */
  private endingOccurrences(name: string, glued: string): number {
    let n = 0;
    for (let at = this.text.indexOf(name); at >= 0; at = this.text.indexOf(name, at + 1)) {
      const end = at + name.length;
      if (this.text[end] !== glued && startsStopWord(this.text, end)) n++;
    }
    return n;
  }

  /** A title, then one name or a list of names: `市委副书记、市长刘运`, `政治局常委李强、赵乐际、王沪宁`, `村民李四`. */
  findTitled(): void {
    for (const match of this.titleMatches()) {
      const postStart = match.index;
      const postEnd = postStart + match.word.length;
      // The segmenter must agree that the post ends here: in `福州长乐国际` the word is 长乐, not 州长.
      const last = this.tokenAt[postEnd - 1]!;
      if (last >= 0 && this.tt.tokens[last]!.end > postEnd && !this.headAfterPlace(postStart, match.word, this.tt.tokens[last]!) && !this.nameAcrossToken(postEnd)) continue;
      // `驻华大使馆内`, `总领事馆`: the mission's building, not its head.
      if (/(?:大使|领事)$/u.test(match.word) && this.text[postEnd] === '馆') continue;
      // `中央党校（国家行政学院）校长（院长）陈希`: the post of the body's second name, in brackets after the first's.
      const alternate = /^（([\u3400-\u9fff]{2,6})）/u.exec(this.text.slice(postEnd, postEnd + 10));
      const postTo = alternate && this.lexicon.posts.has(alternate[1]!) ? postEnd + alternate[0].length : postEnd;
      let at = postTo;
      // `山东省省长 周乃翔`, `区长　　杜联合`: spaces between title and name, as reports print their author.
      const gap = /^[ \u3000]{1,4}(?=[\u3400-\u9fff])/.exec(this.text.slice(at, at + 5))?.[0].length ?? 0;
      at += gap;
      const signed = gap > 0 ? this.signedName(at) : undefined;
      const titleStart = this.extendTitleBack(postStart);
      const title = this.text.slice(titleStart, postTo);
      const isRole = this.lexicon.roles.has(match.word);
      // `向习主席敬礼`, `在习主席关心下`: a leader called by surname and post; no name follows.
      if (this.surnameAndPost(postStart)) continue;
      if (signed) {
        this.addClassified(signed, this.classify(title, isRole), title);
        continue;
      }
      // Roles (村民, 群众…) also end ordinary phrases (向广大市民解读): only a word tagged as a name follows as one.
      const chain = this.ledAbroad(this.classify(title, isRole), titleStart);
      // …but a role that makes its holder an official (堡里村干部, 范宅村负责人) is read as a post.
      const strict = isRole && at === postEnd && chain.kind !== 'official';
      const foreign = this.foreignNameAt(at) ?? (chain.level === 'foreign' ? this.transliteratedNameAt(at) : undefined);
      // `区长任上来到赫章`: the time in the post (任上, 任内, 任期), no name.
      if (/^任[上内期满]/.test(this.text.slice(at, at + 2))) continue;
      // `担任总书记后首赴…`: a post someone takes up is the verb's object; its holder is the subject before it.
      if (TAKING_UP_POST.test(this.text.slice(Math.max(0, titleStart - 3), titleStart))) continue;
      const first =
        foreign ??
        this.tibetanNameAt(at) ??
        this.paddedNameAt(at) ??
        nameAt(this.tt, at, false, strict) ??
        (isRole ? undefined : this.unlistedNameAt(at)) ??
        this.memberNameAt(at) ??
        this.cutNameBeforeSpeech(at) ??
        this.nameAcrossToken(at) ??
        (isRole ? undefined : this.nameBeforeSpeech(at));
      // (A seat printed after the name ends the phrase too: `首席经济学家杨成长委员的`.)
      if (!first || this.overlaps(first) || (strict && !this.endsPhrase(first.end) && !MEMBER_AFTER_NAME.test(this.text.slice(first.end, first.end + 4)))) continue;
      // `联合国秘书长利比亚问题特别代表萨拉姆`: a country is no name, whatever the tagger calls it (利 is a surname).
      if (foreignCountryIn(this.text.slice(first.start, first.end)) === this.text.slice(first.start, first.end)) continue;
      // `总书记边看边感慨`, `市长一边走一边问`: doing two things at once, no name.
      if (/^(?:一?边)[\u3400-\u9fff]{1,2}?一?边/u.test(this.text.slice(at, at + 6))) continue;
      // `习近平主席卓越的领导力`: a post its holder's name already precedes takes no second name after it (but
      // `习近平主席特使王东明`, `…特使、副委员长王东明`: an envoy's title names the leader who sent him).
      if (gap === 0 && !foreign && titleStart === postStart && nameEndingAt(this.tt, titleStart) !== undefined) continue;
      // `习近平主席和塞西总统`: the conjunction joins a second leader named before his own title.
      if (CONJUNCTION.test(this.text[first.start]!) && this.startsTitle(first.end)) continue;
      // A cadre's name read loosely is still made of words the tagger would give a name (not `村干部商议后`).
      // (Speech right after it vouches for a name the segmenter cut into words of its own: `负责人孙/长久/说`.)
      const speaks = SPEECH_START.test(this.text.slice(first.end, first.end + 2));
      // (…and a word the tagger's dictionary calls a name, nr, ends its phrase: not `村干部晋升/nr 渠道/n`.)
      const whole = this.tt.byStart.get(first.start);
      const sure = whole !== undefined && whole.end === first.end && sureName(whole);
      if (isRole && chain.kind === 'official' && !this.chainHasPost(title) && (!this.namesOnlyIn(first) || (!sure && !this.endsPhrase(first.end))) && !speaks) continue;
      const bare = (BARE_LEADER_TITLE.test(title) && this.opensClause(titleStart)) || BARE_MEMBER_TITLE.test(title);
      const group = GROUP_BEFORE_TITLE.test(this.text.slice(Math.max(0, titleStart - 4), titleStart)) || GROUP_TITLE.test(title);
      if (gap === 0 && (bare || group) && !foreign && !this.nameAfterBarePost(first, group)) continue;
      const names = [first, ...this.listedAfter(first.end)];
      const role = this.roleAfter(names[names.length - 1]!.end);
      for (const name of names) this.addClassified(name, this.withMembership(chain, name), title, role);
    }
  }

  /**
   * A name after a post that names a leader by itself (`总书记`, `主席`, `委员`): the post is mostly the subject of what
   * follows (`总书记祝福/nr 我们`, `总书记包/v 饺子`, `总书记一进院/x 就`, `委员智慧/nr 的`). A name there starts with a
   * surname and is a word the tagger is sure of (`总书记习近平/nr`), or is followed by what a person does or by the
   * next name of a list (`总书记卡莫纳表示`, `总理内塔尼亚胡、外长…`).
   */
  /** Whether a phrase starts at `pos` with nothing it may be part of before: punctuation, or a function word or pronoun. */
  private opensClause(pos: number): boolean {
    if (pos === 0 || !/[\u3400-\u9fff]/u.test(this.text[pos - 1]!)) return true;
    const before = this.tt.byEnd.get(pos);
    return before !== undefined && /^(?:p|c|d|u[a-z]*|r)$/.test(before.tag ?? '');
  }

  private nameAfterBarePost(name: NameSpan, group = false): boolean {
    const token = this.tt.byStart.get(name.start);
    const sure = token !== undefined && token.end === name.end && (sureName(token) || (token.tag === 'nr' && token.word.length === 3));
    if (!group && sure && surnameLength(this.text, name.start) > 0 && !isWeakSurname(this.text[name.start]!)) return true;
    // (A transliterated name is no word of a sentence: `委员海伦娜·达利表示`.)
    if (/[·•・]/u.test(this.text.slice(name.start, name.end))) return true;
    const after = this.text.slice(name.end, name.end + 2);
    return SPEECH_START.test(after) || this.startsEvent(name.end) || /^[、和在同与对向]/u.test(after);
  }

  /**
   * `塔吉克斯坦总统拉赫蒙率议会上院议长兼杜尚别市长鲁斯塔姆、外长穆赫里丁等高级官员热情迎接`: the officials a foreign
   * leader leads (率), in the same clause, are his state's, though their titles name none.
   */
  private ledAbroad(chain: ChainClass, titleStart: number): ChainClass {
    if (chain.kind !== 'official' || chain.country !== undefined || (chain.level !== undefined && chain.level !== 'foreign')) return chain;
    const clause = /[^。；;！？!?\n，,]{0,60}$/u.exec(this.text.slice(Math.max(0, titleStart - 60), titleStart))?.[0] ?? '';
    const leads = clause.lastIndexOf('率');
    if (leads < 0 || clause.startsWith('领', leads + 1)) return chain;
    const at = titleStart - clause.length + leads;
    const leader = this.found.find((f) => f.end === at && f.kind === 'official' && f.level === 'foreign' && f.org);
    return leader ? { kind: 'official', level: 'foreign', country: leader.org! } : chain;
  }

  /** The title words of the text, and the permanent representatives' posts among them (see PERMANENT_REPRESENTATIVE). */
  private titleMatches(): { index: number; word: string }[] {
    const matches = this.lexicon.titleWords.findAll(this.text);
    if (!this.text.includes('常驻')) return matches;
    const extra: { index: number; word: string }[] = [];
    for (const m of this.text.matchAll(PERMANENT_REPRESENTATIVE)) {
      const index = m.index + m[0].length - m[1]!.length;
      if (!matches.some((t) => t.index <= index && index < t.index + t.word.length)) extra.push({ index, word: m[1]! });
    }
    return extra.length === 0 ? matches : [...matches, ...extra].sort((a, b) => a.index - b.index);
  }

  /**
   * Whether the post at `postStart` follows a leader's surname alone, after a preposition or conjunction or at the start
   * of a clause (`向/p 习 主席`, `和习/x 主席`: the segmenter may glue the two, never into a word it knows): not
   * `共和国/ns 总统`.
   */
  private surnameAndPost(postStart: number): boolean {
    if (!SURNAME_AND_POST.test(this.text.slice(Math.max(0, postStart - 2), postStart))) return false;
    const index = this.tokenAt[postStart - 1] ?? -1;
    const token = index >= 0 ? this.tt.tokens[index] : undefined;
    if (!token || token.end !== postStart) return false;
    return token.start === postStart - 1 || (token.start === postStart - 2 && /^(?:x|nr)/.test(token.tag ?? ''));
  }

  /** A person whose name is followed by 委员 or 代表 holds that seat: an official (see MEMBER_AFTER_NAME). */
  private withMembership(chain: ChainClass, name: NameSpan): ChainClass {
    if (chain.kind === 'official' || !MEMBER_AFTER_NAME.test(this.text.slice(name.end, name.end + 4))) return chain;
    return { kind: 'official' };
  }

  /**
   * `潍坊市/ns 长张/x 明到/x`: the segmenter ran the head of government into the name after it. The post's level
   * character ends a place's name and what follows is no word it knows; in `福州长乐` the next word is a place.
   */
  private headAfterPlace(postStart: number, post: string, crossing: Token): boolean {
    if (!/^[省市县区]长$/.test(post) || !/^(x|nr)/.test(crossing.tag ?? '')) return false;
    const place = this.tokenAt[postStart]!;
    const token = place >= 0 ? this.tt.tokens[place]! : undefined;
    return token !== undefined && token.end === postStart + 1 && token.tag === 'ns' && token.word.length >= 3;
  }

  /** Reporters and photographers: `(记者 付凯 刘福文)`, `(融媒体 裴崇旭 通讯员 石勇)`, `记者 郭超 摄`, `本报记者张磊`. */
  findBylines(): void {
    const credits = this.lexicon.bylineWords;
    let creditEnd = -1; // where the last credited name ended: the next credit may follow it directly (记者杨莉通讯员王媛)
    for (const match of credits.findAll(this.text)) {
      const role = match.word;
      let at = match.index + role.length;
      const before = this.text[match.index - 1] ?? '\n';
      const after = this.text[at] ?? '';
      const opensCredit = /[\s(（]/.test(before) || match.index === creditEnd;
      if (role.length === 1 && !(opensCredit && /[\s:：/]/.test(after))) continue;
      const spaced = /[ \u3000\t:：]/.test(after);
      if (!spaced && !opensCredit && !role.startsWith('本报') && !role.endsWith('记者')) continue;
      while (at < this.text.length) {
        while (/[ \u3000\t:：、]/.test(this.text[at] ?? '')) at++;
        const name = this.delimitedName(at) ?? nameAt(this.tt, at, true);
        if (!name || this.overlaps(name)) break;
        // Names may run on without a space (`记者李蕾张羽飞`): the next one must be a name the tagger is sure of.
        const runOn = this.tt.byStart.get(name.end);
        const nextIsName = runOn !== undefined && /^(x|nr)/.test(runOn.tag ?? '') && nameAt(this.tt, name.end) !== undefined;
        if (!this.endsByline(name.end) && !nextIsName) break;
        this.add(name, 'person', role.replace(/^本报/, '') || role);
        at = creditEnd = name.end;
      }
    }
    // Credited people the splitter found but the patterns above did not.
    for (const credited of this.article.byline) {
      const start = this.text.indexOf(credited);
      if (start < 0 || credited.length < 2 || this.overlaps({ start, end: start + credited.length })) continue;
      const role = credits.findAll(this.text, Math.max(0, start - 12), start).pop()?.word;
      this.add({ start, end: start + credited.length }, 'person', role);
    }
  }

  /** `习近平总书记`, `李强总理`: the name comes first when the tagger knows it. */
  findNamesBeforeTitles(): void {
    for (const match of this.text.matchAll(POSTS_AFTER_NAME)) {
      const name = nameEndingAt(this.tt, match.index) ?? this.openingNameBefore(match.index);
      if (!name || this.overlaps(name)) continue;
      // `党中央、中央军委和习主席`, `向习主席`: a conjunction or preposition and a surname alone, which is how the text
      // refers to a leader it named.
      if (name.end - name.start === 2 && this.surnameAndPost(name.end)) continue;
      // `2016年习主席`: a date's unit before a leader called by surname.
      if (/^[年月日号]/u.test(this.text[name.start]!) && /[\d〇零一二三四五六七八九十]/u.test(this.text[name.start - 1] ?? '')) continue;
      // `杜尚别市长`: a city's name before its mayor, not a person's.
      if (isForeignPlace(this.text.slice(name.start, name.end))) continue;
      // `七星关区区长`: a division's name (its level last) before its head, not a person's.
      if (/[省市县区]$/.test(this.text.slice(name.start, name.end)) && /[省市县区]长/.test(match[0])) continue;
      // `习近平主席特使王东明出席`: what follows is the envoy's doing, not the leader's who sent him.
      const postEnd = match.index + match[0].length;
      const sender = /^(?:特使|特别代表)/u.test(this.text.slice(postEnd, postEnd + 4));
      this.add(name, 'official', match[0], sender ? undefined : this.roleAfter(postEnd));
    }
  }

  /**
   * `。栗/nr 战书/n 委员长主持会议`: a name the tagger cuts into a surname and a common word, right before the post that
   * follows it, opening its clause: a surname and one or two characters, no post or function word, printed again
   * elsewhere in the article.
   */
  private openingNameBefore(end: number): NameSpan | undefined {
    for (const length of [3, 2]) {
      const start = end - length;
      if (start < 0 || (start > 0 && /[\u3400-\u9fff]/u.test(this.text[start - 1]!))) continue;
      const name = this.text.slice(start, end);
      if (!/^[\u3400-\u9fff]+$/u.test(name) || surnameLength(name, 0) !== 1 || isWeakSurname(name[0]!)) continue;
      if (containsTitleWord(name) || [...name.slice(1)].some((c) => startsStopWord(c, 0))) continue;
      if (occurrences(this.text, name) < 2) continue;
      // The tagger reads the surname alone as a name, and the rest as no place or body (`吉/林省长`, `商务/部长` fail).
      const surname = this.tt.byStart.get(start);
      if (!surname || surname.word.length !== 1 || !/^(?:nr|x)/.test(surname.tag ?? '')) continue;
      let plain = true;
      for (let k = start + 1; k < end && plain; ) {
        const token = this.tt.byStart.get(k);
        if (!token || token.end > end || /^(?:ns|nt|j|v|p|c|d|r|m|q|f)/.test(token.tag ?? '')) plain = false;
        else k = token.end;
      }
      if (!plain) continue;
      return { start, end };
    }
    return undefined;
  }

  /**
   * Deputies and CPPCC members named in session news by the seat after the name alone (`刘尚希委员认为`, `薛志国代表笑称`,
   * `费东斌代表来自乌兰察布`): a name that opens the phrase, made of words the tagger calls a name or never saw, then
   * 委员 or 代表 as a seat. Words that are not names (`一些委员`, `美方代表`, `农民代表`) fail one test or the other.
   */
  findMembersByName(): void {
    for (const match of this.text.matchAll(MEMBER_SEAT)) {
      const seatStart = match.index;
      const name = nameEndingAt(this.tt, seatStart) ?? this.memberNameBefore(seatStart);
      if (!name || this.overlaps(name) || !this.opensPhrase(name.start)) continue;
      this.add(name, 'official', match[1]!, this.roleAfter(seatStart + match[1]!.length));
    }
  }

  /** A surname and one or two characters right before `end`, on token boundaries, of words tagged as names or unknown. */
  private memberNameBefore(end: number): NameSpan | undefined {
    for (const length of [3, 2]) {
      const start = end - length;
      if (start < 0 || surnameLength(this.text, start) !== 1 || isWeakSurname(this.text[start]!)) continue;
      const first = this.tt.byStart.get(start);
      const last = this.tt.byEnd.get(end);
      const name = this.text.slice(start, end);
      if (!first || !last || containsTitleWord(name) || [...name.slice(1)].some((c) => startsStopWord(c, 0))) continue;
      const span = { start, end };
      if (this.namesOnlyIn(span)) return span;
    }
    return undefined;
  }

  /**
   * Deputies whose seat a congress's announcement changes (`决定接受马叶江辞去第十三届全国人民代表大会代表职务`,
   * `罢免某某的…代表职务`, `补选某某为…代表`): the name sits between the verb and the seat, which is the title.
   */
  findSeatChanges(): void {
    for (const match of this.text.matchAll(SEAT_CHANGE)) {
      const name = match[1] ?? match[3] ?? match[5] ?? match[7] ?? match[9] ?? match[11]!;
      const title = match[2] ?? match[4] ?? match[6] ?? match[8] ?? match[10] ?? match[12]!;
      const start = match.index + match[0].indexOf(name, match[11] === undefined ? 2 : 0);
      const span = { start, end: start + name.length };
      if (this.overlaps(span) || surnameLength(this.text, start) === 0 || classifyChain(title).kind !== 'official') continue;
      // (An appointment names its holder plainly: a surname and one to three characters, or a transliteration.)
      if (match[7] ?? match[9] ?? match[11]) {
        if (!plausibleListedName(name) && !isTibetanName(name)) continue;
      }
      this.add(span, 'official', title);
      // `骆惠宁、傅自应兼任…副主任`: the names listed before the first take the post too.
      for (let end = start; match[11] && this.text[end - 1] === '、'; ) {
        const piece = /[\u3400-\u9fff·]{2,6}$/u.exec(this.text.slice(Math.max(0, end - 7), end - 1))?.[0];
        if (!piece || !plausibleListedName(piece)) break;
        const listed = { start: end - 1 - piece.length, end: end - 1 };
        if (this.overlaps(listed)) break;
        this.add(listed, 'official', title);
        end = listed.start;
      }
    }
  }

  /**
   * Names given with a title elsewhere in the article, wherever else they appear: headlines run them together
   * (`张新文张伦讲话 王磊王卫东李春英出席`) and later paragraphs drop the title. The title is the one given with the name.
   */
  findKnownNames(): void {
    const known = new Map<string, EntitySpan>();
    for (const span of this.found) {
      const seen = known.get(span.name);
      if (!seen || (seen.kind === 'person' && span.kind === 'official') || (!seen.title && span.title)) {
        known.set(span.name, span);
      }
    }
    const names = [...known.keys()].filter((n) => n.length >= 2).sort((a, b) => b.length - a.length);
    if (names.length === 0) return;
    const regex = new RegExp(names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
    for (const match of this.text.matchAll(regex)) {
      const span = { start: match.index, end: match.index + match[0].length };
      // `习近平新时代中国特色社会主义思想` names a doctrine, not the person at the event.
      if (this.overlaps(span) || DOCTRINE.test(this.text.slice(span.end, span.end + 8))) continue;
      const source = known.get(match[0])!;
      this.add(span, source.kind as 'official' | 'person', source.title, this.roleAfter(span.end), source.org, source.level);
    }
  }

  /**
   * Leaders listed without a post of their own (`蔡奇、王毅等参加会见`, `在主席台就座的还有：…`) in an article that names
   * officials with their posts: they are officials, with the post the list is given or that the article gave them
   * before, or none. Returns whether any was found, so that their other mentions can be looked for.
   */
  findLeaderLists(): boolean {
    const namesOfficials = this.found.some((f) => f.kind === 'official');
    let added = false;
    for (const list of findLeaderLists(this.tt)) {
      // A list given its post (党和国家领导人) needs no other official in the article.
      if (!namesOfficials && (!list.title || list.needsOfficials)) continue;
      // A name the list shares with a titled mention (`习近平、李强…送的花圈`) is found already; the others are new.
      for (const name of list.names) {
        if (this.overlaps(name)) continue;
        const known = this.found.find((f) => f.kind === 'official' && f.name === this.text.slice(name.start, name.end).replace(/[ \u3000]/g, ''));
        this.add(name, 'official', known?.title ?? list.title, list.verb, known?.org, known?.level);
        added = true;
      }
    }
    return added;
  }

  /** People in stories without a post: `张军桥同志`, `…的王某某`, a name alone on the last line (the author). */
  findStoryPeople(): void {
    for (const match of this.text.matchAll(SPEECH)) {
      const verb = this.tt.byStart.get(match.index);
      if (verb && verb.word !== match[0] && match[0] !== '：') continue; // 说明, 称号: not the verb
      const name = nameEndingAt(this.tt, match.index);
      if (!name || this.overlaps(name) || !this.opensPhrase(name.start)) continue;
      // `：` introduces a speaker only at the start of a line or sentence (interviews: `郭庆祥：我们…`).
      if (match[0] === '：' && name.start > 0 && !/[\n。！？]/.test(this.text[name.start - 1]!)) continue;
      this.add(name, 'person', undefined);
    }
    // Courtesy words and roles printed after the name: `张军桥同志`, `程阳先生`, `张路老师`, `陈木胜导演`.
    for (const match of this.text.matchAll(HONORIFICS)) {
      const name = nameEndingAt(this.tt, match.index, true);
      if (!name || this.overlaps(name)) continue;
      // `以习近平同志为核心的党中央`, `以胡锦涛同志为总书记的党中央`: the formula names the General Secretary.
      if (match[0] === '同志' && CORE_OF_THE_CENTRE.test(this.text.slice(match.index + 2, match.index + 12))) {
        this.add(name, 'official', '总书记', undefined, '中共中央');
        continue;
      }
      // `习近平同志指出`, `邓小平同志强调`: a comrade whose instructions the paper quotes is a leader.
      if (match[0] === '同志' && /^(?:曾|深刻|明确|反复|多次)?(?:强调|指出|要求)/u.test(this.text.slice(match.index + 2, match.index + 8))) {
        this.add(name, 'official', undefined, this.roleAfter(match.index + 2));
        continue;
      }
      this.add(name, 'person', this.lexicon.roles.has(match[0]) ? match[0] : undefined);
    }
    for (const match of this.text.matchAll(/的/g)) {
      const at = match.index + 1;
      if (surnameLength(this.text, at) === 0 || isWeakSurname(this.text[at]!)) continue;
      // `的王某某`: a name withheld; otherwise a word the tagger is sure is a name, then the end of the phrase.
      const withheld = /^[\u3400-\u9fff]{1,2}?某某?/.exec(this.text.slice(at, at + 4));
      let name = withheld ? { start: at, end: at + withheld[0].length } : nameAt(this.tt, at, false, true);
      // Only the tagger's surest names (养老金/nr is in its dictionary as a name).
      const token = this.tt.byStart.get(at);
      if (!withheld && !(token && token.end === name?.end && sureName(token))) name = undefined;
      // Two-character words after 的 are mostly new coinages the tagger does not know (堵点, 车企): full names only.
      if (!name || this.overlaps(name) || (!withheld && name.end - name.start < 3)) continue;
      if (/^([，。、；！？,]|说|表示|介绍|告诉|$)/.test(this.text.slice(name.end, name.end + 2))) {
        this.add(name, 'person', undefined);
      }
    }
    // An author's name set off by spaces at the end of a paragraph: `净土保卫战。             王青和`.
    for (const match of this.text.matchAll(SIGNATURE)) {
      const start = match.index + match[0].length - match[1]!.length;
      // Set off by spaces before and the line's end after, the whole piece is the name (王青和 ends in 和).
      const name = { start, end: start + match[1]!.length };
      if (surnameLength(this.text, start) > 0 && !this.overlaps(name)) this.add(name, 'person', undefined);
    }
    const lines = this.text.slice(this.article.bodyStart).trimEnd().split('\n');
    const last = lines[lines.length - 1]?.trim() ?? '';
    const lastStart = this.text.lastIndexOf(last);
    const pieces = /^[(（]?([\u3400-\u9fff]{2,4}(?:[ \u3000]+[\u3400-\u9fff]{2,4}){0,2})[)）]?$/.exec(last);
    if (lines.length > 1 && pieces && lastStart >= 0) {
      let cursor = lastStart;
      for (const piece of pieces[1]!.split(/[ \u3000]+/)) {
        const start = this.text.indexOf(piece, cursor);
        cursor = start + piece.length;
        const name = nameAt(this.tt, start);
        if (name && name.end === cursor && !this.overlaps(name)) this.add(name, 'person', undefined);
      }
    }
  }

  /**
   * A name alone after a title and spaces, up to the end of the line: `自治区主席 嘎玛泽登` (no surname of the list),
   * `自治区主席 韦 韬` (typeset with a space inside).
   */
  private signedName(at: number): NameSpan | undefined {
    const piece = /^(?:[\u3400-\u9fff][ \u3000][\u3400-\u9fff]|[\u3400-\u9fff]{2,6})(?=[ \u3000]*(?:\n|$))/.exec(
      this.text.slice(at, at + 12),
    )?.[0];
    if (!piece || containsTitleWord(piece)) return undefined;
    return { start: at, end: at + piece.length };
  }

  /**
   * A Tibetan name after a post: two or three of the words such names are made of (`晋美旺措`, `格桑次仁`), whatever the
   * tagger does with them (晋 reads as a Han surname and cuts `晋美旺`; 格/n 桑次仁/nz).
   */
  private tibetanNameAt(at: number): NameSpan | undefined {
    let end = at;
    while (end - at < 6 && isTibetanNamePart(this.text.slice(end, end + 2))) end += 2;
    if (end - at < 4) return undefined;
    // (A longer run of Han characters than the parts is some other word: `扎西德勒`.)
    return containsTitleWord(this.text.slice(at, end)) ? undefined : { start: at, end };
  }

  /**
   * A name without a Han surname after a post (Tibetan, Uyghur, Mongolian names: `县长尼玛次仁主持`): words the tagger
   * has never seen or calls names, up to six characters, ending before a stop word or punctuation.
   */
  private unlistedNameAt(at: number): NameSpan | undefined {
    let end = at;
    for (let token = this.tt.byStart.get(end); token; token = this.tt.byStart.get(end)) {
      if (!/^(x|nr)/.test(token.tag ?? '') || !/^[\u3400-\u9fff]+$/.test(token.word) || startsStopWord(this.text, end)) break;
      // A word of four characters or more that the dictionary calls a name and that starts with a Han surname is a set
      // phrase it mistags (`殷切期望/nr`): Han names are shorter, but for a wife's two surnames (`范徐丽泰`), and names it
      // has never seen are `x`.
      if (token.tag === 'nr' && token.word.length >= 4 && surnameLength(token.word, 0) === 1 && surnameLength(token.word, 1) === 0) break;
      if (end + token.word.length - at > 6) return undefined;
      end = token.end;
    }
    // Three characters at least: such names are long, and two-character unknown words are mostly new coinages.
    if (end - at < 3 || !startsStopWord(this.text, end)) return undefined;
    // `金所军说：`: the segmenter glued the speech verb to the name (金所军说/x).
    if (end - at >= 4 && this.text[end - 1] === '说' && /^[：:，,]/.test(this.text.slice(end, end + 1))) end--;
    // A verb-like surname character opens a phrase, not a name (`代表委员议国是`); a particle is in none (`周强/x 所作的/x`).
    if (isWeakSurname(this.text[at]!) || PARTICLE_IN_RUN.test(this.text.slice(at, end))) return undefined;
    return containsTitleWord(this.text.slice(at, end)) ? undefined : { start: at, end };
  }

  /**
   * A name the segmenter cut apart (`杨/nr 成长/v 委员`, `欧其/x 代表 说`) between a title and the seat printed after
   * it: a surname and one or two characters, then 委员 or 代表 as MEMBER_AFTER_NAME reads them.
   */
  private memberNameAt(at: number): NameSpan | undefined {
    const surname = surnameLength(this.text, at);
    if (surname === 0 || isWeakSurname(this.text[at]!)) return undefined;
    for (const length of [surname + 2, surname + 1]) {
      const name = this.text.slice(at, at + length);
      if (!/^[\u3400-\u9fff]+$/u.test(name) || [...name.slice(surname)].some((c) => startsStopWord(c, 0))) continue;
      if (MEMBER_AFTER_NAME.test(this.text.slice(at + length, at + length + 4)) && !containsTitleWord(name)) return { start: at, end: at + length };
    }
    return undefined;
  }

  /**
   * A name the segmenter cut into a surname and a word of its own, right before what the person says (`负责人孙/长久/说`,
   * `主任杨/成长/说`): the surname alone, one or two characters, then a speech verb. A verb of speech itself after the
   * surname is not a given name (`局长王强调，` is 王 and 强调), nor is what follows an adverb the tagger reads there
   * (`总书记曾深刻指出`).
   */
  private cutNameBeforeSpeech(at: number): NameSpan | undefined {
    const surname = this.tt.byStart.get(at);
    if (!surname || surname.word.length !== 1 || surnameLength(this.text, at) !== 1 || isWeakSurname(surname.word)) return undefined;
    // (`总书记曾/d 深刻指出`: the tagger reads an adverb or a preposition there, not a surname; but `局长莫/d 新庄/ns
    // 表示`: a place's or a name's word after it is a given name.)
    const given = this.tt.byStart.get(surname.end);
    if (/^[dpcv]/.test(surname.tag ?? '') && !(surname.tag === 'd' && /^(?:ns|nr|nz|x)/.test(given?.tag ?? ''))) return undefined;
    if (!given || !/^[\u3400-\u9fff]{1,2}$/.test(given.word) || startsStopWord(given.word, 0) || SPEECH_START.test(given.word)) return undefined;
    return SPEECH_START.test(this.text.slice(given.end, given.end + 2)) ? { start: at, end: given.end } : undefined;
  }

  /**
   * A name between a post and what its holder says that the surname rules refuse (`副主任万/m 兴平/ns 说`, `火神山医院政治
   * 委员原华说`: 原 is a weak surname) or that has none (`基金会主席奈林/x 表示`, `科长拉顿/x 说`): two to four characters,
   * whole words the tagger calls names, places or never saw (a surname alone may be any word), no function word. The
   * adverbs before a verb of speech (`总书记深刻/ad 指出`, `笑着说`, `多次强调`) are other words.
   */
  private nameBeforeSpeech(at: number): NameSpan | undefined {
    const piece = /^([\u3400-\u9fff]{2,4}?)(?=说|表示|介绍|指出|认为|强调|告诉)/u.exec(this.text.slice(at, at + 8))?.[1];
    if (!piece || containsTitleWord(piece) || PARTICLE_IN_RUN.test(piece) || /[之其所地得着]/u.test(piece)) return undefined;
    const end = at + piece.length;
    const surname = surnameLength(this.text, at) > 0;
    if (!surname && piece.length < 2) return undefined;
    if (surname && piece.length > 3) return undefined;
    for (let k = at; k < end; ) {
      const token = this.tt.byStart.get(k);
      if (!token || token.end > end) return undefined;
      if (k > at && startsStopWord(this.text, k)) return undefined;
      const nameWord = /^(?:x|nr|nrfg|nrt|nz)$/.test(token.tag ?? '') || (surname && token.tag === 'ns');
      if (!nameWord && !(surname && k === at && token.word.length === 1)) return undefined;
      k = token.end;
    }
    return { start: at, end };
  }

  /**
   * One public post anywhere in the chain makes an official (`信息化部副部长、中国科学院院士`); posts in firms and
   * associations make persons (see posts.ts).
   */
  private classify(title: string, isRole: boolean): ChainClass {
    const chain = classifyChain(title);
    // A role is a person's, unless it is a village's or an organ's cadre (村干部, 市教育局负责人).
    if (isRole && !this.chainHasPost(title) && chain.kind !== 'official') return { kind: 'person' };
    return chain;
  }

  private addClassified(name: NameSpan, chain: ChainClass, title: string, role?: string): void {
    // `总编辑奥斯汀·马霍`: an editor with a transliterated name is a foreign journalist (see posts.ts).
    if (chain.kind === 'official' && /^(?:副?社长|副?总编辑|主编)(?:兼(?:副?社长|副?总编辑|主编))?$/.test(title) && /[·•・]/.test(this.text.slice(name.start, name.end))) {
      this.add(name, 'person', title, role);
      return;
    }
    this.add(name, chain.kind, title, role, chain.country ?? chain.org, chain.level);
  }

  /**
   * A transliterated name after a foreign post, without a middle dot (`意大利总理梅洛尼共同出席`, `总统拉赫蒙在…`): up
   * to a stop word, or a word the tagger knows as something other than a name, at most eight characters.
   */
  private transliteratedNameAt(at: number): NameSpan | undefined {
    // A word of the dictionary is no name (`意大利总理共同出席`, `第二部长会谈`).
    const first = this.tt.byStart.get(at);
    if (first && first.word.length >= 2 && !/^(nr|x|nz|j|ns)/.test(first.tag ?? '')) return undefined;
    // `部长在卢森堡召开`, `总理到中国驻朝大使馆`, `大使兼驻安道尔公国`: no name follows the post.
    if (startsStopWord(this.text, at) || /^[兼驻到赴]/.test(this.text.slice(at))) return undefined;
    let end = at;
    while (end < this.text.length && end - at < 8 && /[\u3400-\u9fff]/.test(this.text[end]!)) {
      if (end > at && startsStopWord(this.text, end)) break;
      const token = this.tt.byStart.get(end);
      // (A measure word the tagger reads into a name is a syllable of it: `穆/nz 赫里/q 丁等/x`.)
      if (end > at && token && token.word.length >= 2 && !/^(nr|x|nz|j|ns|q)/.test(token.tag ?? '')) break;
      // `黄津辉正带领`; a single character the tagger calls an adverb may still be a syllable (`迪马约通电话`).
      if (end > at && token?.tag === 'd' && (token.word.length > 1 || ADVERBS_AFTER_NAMES.test(token.word))) break;
      if (end > at && FOREIGN_NAME_END.test(this.text[end]!)) break; // `班达里偕夫人`, `鲁斯塔姆致辞`
      // `阮富仲因病逝世`, `因故未能出席`: the cause of what befalls him ends the name (the tagger glues 因 to it).
      if (end > at + 1 && /^因[病故伤公]/u.test(this.text.slice(end, end + 2))) break;
      if (end > at + 1 && this.verbAfterName(end)) break; // `古特雷斯所指出`, `杜傲杰带着我们`
      if (end > at && MESSAGE_AFTER_NAME.test(this.text.slice(end, end + 2))) break; // `孔戴互致贺电`, `西哈莫尼发去贺电`
      if (/^之[子女妻孙]/.test(this.text.slice(end, end + 2))) return undefined; // `前总统老布什之子尼尔·布什`
      end++;
    }
    // `韩国外长康京和通电话`: 和 ends a name when no conjunct follows it (see nameAt).
    if (end - at >= 2 && this.text[end] === '和' && NAME_ENDING_AND.test(this.text.slice(end + 1, end + 5))) end++;
    // The title goes on (`联合国秘书长南南合作特使豪尔赫`, `菲律宾总统通信业务办公室助理秘书长`): what follows the post is no
    // name, nor what an organ word ends with nothing a name stops at before it.
    // (Up to a conjunction: `国防部长埃斯珀和国务卿蓬佩奥` names a second holder of a second post.)
    const clause = /^[^，。、；：,;:！？\n和与及]{0,8}/.exec(this.text.slice(at))?.[0] ?? '';
    if (end - at < 2 || containsTitleWord(clause)) return undefined;
    const organ = /^[\u3400-\u9fff]{1,6}?(?:办公室|委员会|[部局署厅司处])/u.exec(clause)?.[0];
    if (organ && ![...organ].some((_, k) => k > 0 && startsStopWord(this.text, at + k))) return undefined;
    return { start: at, end };
  }

  /**
   * A surname the segmenter glued to the end of the post before it (`主任何立峰在`: 委主/x 任何/r 立峰/x): a function word
   * or pronoun ending one character past the post, that character a strong surname, then a given name the tagger has
   * never seen or calls a name, then a stop word.
   */
  private nameAcrossToken(at: number): NameSpan | undefined {
    const index = this.tokenAt[at] ?? -1;
    const crossing = index >= 0 ? this.tt.tokens[index]! : undefined;
    if (!crossing || crossing.start >= at || crossing.end !== at + 1 || !/^[rdcpu]/.test(crossing.tag ?? '')) return undefined;
    if (surnameLength(this.text, at) !== 1 || isWeakSurname(this.text[at]!)) return undefined;
    const given = this.tt.byStart.get(at + 1);
    if (!given || given.word.length > 2 || !/^(x|nr|nz)/.test(given.tag ?? '') || !/^[\u3400-\u9fff]+$/.test(given.word)) return undefined;
    if (!startsStopWord(this.text, given.end) || containsTitleWord(this.text.slice(at, given.end))) return undefined;
    return { start: at, end: given.end };
  }

  /** A two-character name padded to the width of three (`省委书记王　毅出席`): a surname, a space, one character. */
  private paddedNameAt(at: number): NameSpan | undefined {
    const padded = /^[\u3400-\u9fff][ \u3000]{1,2}[\u3400-\u9fff]/.exec(this.text.slice(at, at + 4))?.[0];
    if (!padded || surnameLength(this.text, at) !== 1 || !startsStopWord(this.text, at + padded.length)) return undefined;
    return containsTitleWord(padded.replace(/[ \u3000]/g, '')) ? undefined : { start: at, end: at + padded.length };
  }

  /**
   * What a transliterated name runs into, which no syllable of one is: 所 before what was said (`古特雷斯所指出`,
   * `阿祖莱所/x 指出/v`), 之 before what he says (之言), 以 read as a preposition, or a verb before an aspect particle (`杜傲杰带着`, `布拉奇福德戴着`).
   */
  private verbAfterName(pos: number): boolean {
    const { text } = this;
    // (`贾瓦德所/c 评价/n`: whatever the tagger makes of the word after it.)
    if (text[pos] === '所') return /[\u3400-\u9fff]/u.test(text[pos + 1] ?? '');
    // (`费利佩·亚历山德里之言道出了`: his words.)
    if (text[pos] === '之' && /[言语说论见]/u.test(text[pos + 1] ?? '')) return true;
    // (`武契奇以/p 一一/m 碰肘`: the manner of what he does.)
    const token = this.tt.byStart.get(pos);
    if (text[pos] === '以' && token?.word === '以' && token.tag === 'p') return true;
    return /^[着了过]/u.test(text[pos + 1] ?? '') && /[\u3400-\u9fff]/u.test(text[pos]!);
  }

  /** `斯维特兰娜·马克西莫娃分别介绍` → the name, ending before the words that follow names. */
  private foreignNameAt(at: number): NameSpan | undefined {
    const match = FOREIGN_NAME.exec(this.text.slice(at, at + 30))?.[0];
    // `前总统老布什之子尼尔·布什`: a kinship phrase before the name, not a transliteration; `总理李强致电基尔·斯塔默`:
    // the post's holder does something to a foreign leader (what ends a transliterated name stands before the dot).
    if (!match || /之[子女妻孙]/.test(match)) return undefined;
    const beforeDot = match.slice(0, match.search(/[·•・]/));
    // (`外事委员主席玛丽特·斯哈克`: a post before the name is the title's, whose own match reads the name.)
    if (FOREIGN_NAME_END.test(beforeDot) || /[同与和向]/.test(beforeDot) || containsTitleWord(beforeDot)) return undefined;
    let end = at + match.lastIndexOf(match.match(/[·•・]/g)!.pop()!) + 2;
    // …and before a word of the dictionary (`何塞·森特里亚所言`).
    const word = (pos: number) => this.tt.byStart.get(pos);
    while (end < at + match.length && !startsStopWord(this.text, end)) {
      if (this.verbAfterName(end)) break; // `理查德·哈斯所言`, `伊恩·布拉奇福德戴着`
      const next = word(end);
      if (next && next.word.length >= 2 && !/^(nr|x|nz|j|ns)/.test(next.tag ?? '')) break;
      end++;
    }
    return { start: at, end };
  }

  /** A name starts a phrase: after punctuation or the start, or after a preposition, conjunction, adverb or verb. */
  private opensPhrase(start: number): boolean {
    if (start === 0 || !/[\u3400-\u9fff]/.test(this.text[start - 1]!)) return true;
    const index = this.tokenAt[start - 1]!;
    const before = index >= 0 ? this.tt.tokens[index]! : undefined;
    return before !== undefined && before.end === start && /^(p|c|d|v|u)/.test(before.tag ?? '');
  }

  /** Names listed after the first with `、` and no title of their own: `李强、赵乐际、王沪宁`. */
  private listedAfter(end: number): NameSpan[] {
    const names: NameSpan[] = [];
    while (this.text[end] === '、') {
      const read = this.paddedNameAt(end + 1) ?? nameAt(this.tt, end + 1);
      const ends = (name: NameSpan) => {
        const following = this.text[name.end] ?? '';
        return !/[\u3400-\u9fff·]/.test(following) || this.startsEvent(name.end) || /[和等同]/.test(following);
      };
      // (A name the surname rules read only in part, `白玛/赤林`, is the piece between the marks.)
      // (From a list's third name on, a piece without a surname of the list is a name too: `夏宝龙、辜胜阻`.)
      const next = read && ends(read) ? read : this.delimitedListName(end + 1, names.length >= 1);
      if (!next || this.startsTitle(end + 1) || !ends(next)) break;
      names.push(next);
      end = next.end;
    }
    return names;
  }

  /**
   * A listed name set off by `、` on both sides, or by `、` and the list's end, that the surname rules do not read:
   * `艾力更·依明巴海`, `白玛赤林` (副委员长王晨、…、艾力更·依明巴海、万鄂湘). Han characters only, no post, no function word.
   */
  private delimitedListName(at: number, deep = false): NameSpan | undefined {
    const piece = /^[\u3400-\u9fff]{1,8}(?:·[\u3400-\u9fff]{1,8})*(?=[、，,。；;])/.exec(this.text.slice(at, at + 20))?.[0];
    if (!piece) return undefined;
    const dotted = piece.includes('·');
    // (A surname and one or two characters too, which the name rules may refuse: `董建华、万钢、何厚铧` (万/m 钢/n).)
    const span = { start: at, end: at + piece.length };
    // (…made of words the tagger calls names or never saw: `辜胜阻/nr`, not `全体/n`.)
    const short = piece.length <= 4 && (plausibleListedName(piece) || (deep && piece.length >= 2 && this.namesOnlyIn(span)));
    if (!dotted && (piece.length < 4 || piece.length > 6) && !short) return undefined;
    if (containsTitleWord(piece) || /[的了着过这那们些每该此等与及或和]/.test(piece)) return undefined;
    return { start: at, end: at + piece.length };
  }

  /** Every word of the span longer than a character is one the tagger calls a name or has never seen. */
  private namesOnlyIn(span: NameSpan): boolean {
    for (let k = span.start; k < span.end; k++) {
      const index = this.tokenAt[k]!;
      const token = index >= 0 ? this.tt.tokens[index]! : undefined;
      if (token && token.word.length > 1 && !/^(nr|x)/.test(token.tag ?? '')) return false;
    }
    return true;
  }

  /** After a name comes punctuation, a verb or a function word (村民李四说), not the rest of a noun (学生法育工程). */
  private endsPhrase(end: number): boolean {
    const next = this.tt.byStart.get(end);
    if (!next || !/[\u3400-\u9fff]/.test(next.word[0]!)) return true;
    return /^(v|p|c|d|u|vn|f)/.test(next.tag ?? '') || startsStopWord(this.text, end);
  }

  private startsTitle(pos: number): boolean {
    return this.lexicon.titleWords.matchAt(this.text, pos) !== undefined;
  }

  private startsEvent(pos: number): boolean {
    return this.lexicon.events.some((e) => this.text.startsWith(e, pos));
  }

  /**
   * A credit set off by spaces or brackets (`(融媒体 全兴社)`, `记者 郭超 摄`): two or three characters alone are the
   * name, whatever the tagger makes of them.
   */
  private delimitedName(at: number): NameSpan | undefined {
    if (!/[\s:：、]/.test(this.text[at - 1] ?? '')) return undefined;
    // `戴冰摄`: the photographer's credit run onto the name.
    const piece = /^[\u3400-\u9fff]{2,4}(?=[\s)）、,，]|$)/.exec(this.text.slice(at, at + 5))?.[0]?.replace(/(?<=..)摄$/, '');
    if (!piece || (piece.length === 4 && surnameLength(piece, 0) !== 2)) return undefined;
    const lexicon = this.lexicon;
    if (lexicon.bylines.has(piece) || lexicon.posts.has(piece) || lexicon.roles.has(piece) || piece === '报道') return undefined;
    if (lexicon.companyPosts.has(piece) || lexicon.associationPosts.has(piece)) return undefined;
    return { start: at, end: at + piece.length };
  }

  /** A byline name ends at a space, a bracket, the end of a line, `摄`, `报道`, or the next credit. */
  private endsByline(end: number): boolean {
    const rest = this.text.slice(end, end + 8);
    return /^([\s)）、,，:：/]|摄|报道|$)/.test(rest) || this.lexicon.bylineWords.matchAt(rest, 0) !== undefined;
  }

  /**
   * Where the title that ends with the post at `postStart` begins: back over the words of its organisation
   * (`潍坊国家农综区推进办`) and over earlier posts of the same chain joined by `、` or `，` (`市委副书记、市长`).
   */
  private extendTitleBack(postStart: number): number {
    const { text, tt } = this;
    let pos = postStart;
    let rightWord = '';
    let rightTag = '';
    while (pos > 0 && postStart - pos < MAX_TITLE) {
      const ch = text[pos - 1]!;
      // `中央改革办分管日常工作的副主任`: the duty a deputy holds sits between the organ and the post.
      if (pos === postStart) {
        const duty = DUTY_BEFORE_POST.exec(text.slice(Math.max(0, pos - 14), pos))?.[0];
        if (duty) {
          pos -= duty.length;
          continue;
        }
      }
      // `中国—东盟环境保护合作中心`, `石勒苏益格—荷尔斯泰因州`, `比利时—中国经济贸易委员会`: a body or a place named after
      // two, joined by a dash (not the double dash that opens a kicker).
      if (ch === '—' && text[pos - 2] !== '—' && text[pos] !== '—') {
        const left = tt.byEnd.get(pos - 1);
        const place = left !== undefined && /^[\u3400-\u9fff]{2,8}$/u.test(left.word) &&
          (/^(?:ns|nt|nrt|x)$/.test(left.tag ?? '') || isForeignPlace(left.word) || gazetteer().forms().has(left.word));
        if (!place) break;
        pos = left.start;
        rightWord = left.word;
        rightTag = 'ns';
        continue;
      }
      // `国务委员兼国防部长`: 兼 joins two posts like 、.
      // `马尔代夫通信、科学和技术部`, `津巴布韦新闻、宣传和广播服务部`: a ministry named by a list of fields.
      if (ch === '、' && this.fieldOfMinistryEndsAt(pos - 1, pos, postStart)) {
        const field = this.tt.byEnd.get(pos - 1)!;
        pos = field.start;
        rightWord = field.word;
        rightTag = field.tag ?? '';
        continue;
      }
      if (ch === '、' || COMMA.test(ch) || ch === '兼') {
        if (!this.postEndsAt(pos - 1)) break;
        pos--;
        rightWord = '';
        // `主席特别/d 代表、国家副主席`: a post of several words is taken whole, whatever the tagger makes of its first.
        const whole = this.longestPostEndingAt(pos);
        if (whole && whole.length >= 4) {
          pos -= whole.length;
          rightWord = whole;
          rightTag = 'n';
        }
        continue;
      }
      // `中央党校（国家行政学院）校长`, `中央网信办（国家网信办）主任`: an organ's second name, in brackets after its first.
      if (ch === '）') {
        const open = text.lastIndexOf('（', pos - 1);
        const inner = open >= 0 ? text.slice(open + 1, pos - 1) : '';
        if (open > 0 && /^[\u3400-\u9fff]{2,12}$/u.test(inner) && ORGAN_END.test(inner) && ORGAN_END.test(text.slice(Math.max(0, open - 6), open))) {
          pos = open;
          rightWord = inner;
          rightTag = 'nt';
          continue;
        }
        break;
      }
      const index = this.tokenAt[pos - 1]!;
      const token = index >= 0 ? tt.tokens[index]! : undefined;
      if (!token) break;
      const start = Math.max(token.start, 0);
      // Part of a word whose end the post splits (`市委书记` holds `书记`) belongs to the title.
      const word = text.slice(start, pos);
      // What officials do is never part of a title (在人民大会堂会见/n 新加坡总理), nor what one says to another
      // (`祝贺中国国家副主席`), nor a leader heading a delegation (`总统拉赫/nrt 蒙率/x 议会上院议长`: the segmenter runs 率
      // into the name before it).
      if (this.lexicon.events.some((e) => word.startsWith(e)) || /[率偕携]$/u.test(word) || ADDRESSING.test(word)) break;
      // `王毅同/x 意大利/ns 外长`, `卡加梅以/x 卢旺达/ns 总统`: a name glued to the preposition after it, before a
      // country, ends the title.
      if (token.tag === 'x' && /^[\u3400-\u9fff]{2,4}[同与和跟向对以]$/u.test(word) && token.end === pos && /^(?:ns|nrt)$/.test(rightTag)) break;
      // `在京同/x 欧洲理事会主席`: a one-character place glued to the preposition after it (在京同, 在沪与) ends the title.
      if (token.tag === 'x' && /^[\u3400-\u9fff][同与向跟对]$/u.test(word) && text[start - 1] === '在') break;
      // `…调查局称前/x 总统`: a verb of saying glued to 前 (former); the title starts at 前.
      if (/^[称说讲]前$/u.test(word)) {
        pos--;
        break;
      }
      // `就连/nr 美国国务院前…顾问`: 连 after 就 or 甚至 means "even", however the tagger reads it.
      if (word === '连' && /(?:就|甚至)$/u.test(text.slice(Math.max(0, start - 2), start))) break;
      // (`科技与财务处`: 与 joins the two fields of a division as 和 does.)
      if ((word === '和' || word === '与') && this.joinsOrganName(start, pos, postStart)) {
        pos = start;
        // (A set phrase as the first field, `固体废物/l 与`, is a word of the name whatever follows it.)
        const left = this.tt.tokens[this.tokenAt[start - 1] ?? -1];
        if (left?.tag === 'l' && left.end === start) {
          pos = left.start;
          rightWord = left.word;
          rightTag = 'l';
        }
        continue;
      }
      // `运行调节处`: two verbs before an organ word are one name (运行/v 调节/v 处).
      const verbRun = /^v/.test(token.tag ?? '') && /^v/.test(rightTag) && word.length >= 2 && ORG_SUFFIX.test(text[pos + rightWord.length] ?? '');
      // `市规自委`, `住建局`: one character of an abbreviated organ's name, whatever the tagger makes of it (自/p, 住/v).
      // (The rest of the abbreviation is the organ's character alone or a word the tagger did not know: `委/zg`, `建局/x`.)
      const abbreviation =
        /^[\u3400-\u9fff]$/u.test(word) && !/[的了在和与同跟及或对为向从把被应由]/u.test(word) &&
        /^[\u3400-\u9fff]?[局委厅办]$/u.test(rightWord) && (rightWord.length === 1 || /^(?:x|zg|j)$/.test(rightTag));
      // `遵义/v 市委书记`: a place the tagger misreads before the organ of its level.
      const place = /^[市县区州省]/u.test(rightWord) && gazetteer().forms().has(word);
      // `解放/v 乡党委书记`: a township's name the tagger reads as a word of its own (the gazetteer holds no townships).
      const township = /^[乡镇]/u.test(rightWord) && /^[\u3400-\u9fff]{2}$/u.test(word) && !/^[rmqpcudt]/.test(token.tag ?? '') && !/^[全各本该我此这那每两几]/u.test(word);
      // `中央应对新冠肺炎疫情工作领导小组组长`: the task in a leading group's name opens with a verb; the organ that set the
      // group up stands right before it.
      const setUpBy = /^v/.test(token.tag ?? '') && GROUP_WITH_TASK.test(text.slice(pos, postStart)) ? GROUP_ORGAN_BEFORE.exec(text.slice(Math.max(0, start - 7), start)) : null;
      if (setUpBy) {
        pos = start - setUpBy[0].length;
        rightWord = setUpBy[0];
        rightTag = 'nt';
        continue;
      }
      // `乌石镇新月/t 畲族村`: in an address, what stands between the township and 村 is the village's name, however
      // the tagger reads it (here a time word).
      // (`全国人大代表、新月/t 村党支部书记`: or the post before it in the chain.)
      const village =
        /^[\u3400-\u9fff]{2,3}$/u.test(word) && VILLAGE_AFTER.test(text.slice(pos, pos + 8)) &&
        (TOWNSHIP_BEFORE.test(text.slice(Math.max(0, start - 2), start)) || (/[、，,]$/u.test(text.slice(0, start)) && this.postEndsAt(start - 1) && !RELATIVE_TIME.test(word)));
      // `新冠肺炎疫情联防联控领导小组组长`, `对口支援黄石前方指挥部总指挥`: a group named after its task keeps the verbs and
      // directions of the task (`新/a 冠/n`; a one-character verb is rather the clause's: `让…指挥部`). The organ that set
      // the group up, above, or the chain's comma bounds it.
      const inTask =
        /^(?:v|vn|f|s|a|l|i)/.test(token.tag ?? '') && /^[\u3400-\u9fff]+$/u.test(word) && (word.length >= 2 || token.tag === 'a') && GROUP_WITH_TASK.test(text.slice(start, postStart));
      // `太原市健康/a 教育/vn 中心`, `贵州省生态环境/l 厅水/x 生态环境处`, `卫健委健康/a 宣传/vn 促进处`: an adjective or set
      // phrase between a place or an organ and the organ words after it is the field the body is named after (after 驻
      // too: `驻最高/a 法/j 纪检监察组`).
      const field =
        /^(?:a|l)/.test(token.tag ?? '') && word.length >= 2 && rightWord !== '' && /^[\u3400-\u9fff]+$/u.test(word) &&
        ORGAN_IN_NAME.test(text.slice(pos, postStart)) && (this.placeOrOrganEndsAt(start) || text[start - 1] === '驻');
      // `外资司综合处/n 处长`, `治安科/n 副科长`: a division the tagger runs into one word with its field; the post of its
      // head names it.
      const division = /^[\u3400-\u9fff]{1,6}([处科司])$/u.exec(word);
      const divisionHead =
        division !== null && pos === postStart && new RegExp(`^(?:副|一级|二级)?${division[1]}长`, 'u').test(text.slice(pos, pos + 4)) &&
        !/^[dpcurmq]/.test(token.tag ?? '') && !/^[此各何好到之用长深难]/u.test(word);
      // `美国前/f 总统`, `日本前/i 首相`: 前 (former) between a state or an organ and its post.
      const former = word === '前' && this.placeOrOrganEndsAt(start);
      // `上海/ns 合作/vn 组织/v 秘书长`, `国际劳工组织`: 组织 ends a body's name after the words that name it (not the
      // verb: `会议组织/v 县委书记…学习`).
      const prior = this.tt.tokens[this.tokenAt[start - 1] ?? -1];
      const bodyWord = word === '组织' && prior !== undefined && prior.end === start && (/^(?:n|ns|nt|nz|vn|j|l)$/.test(prior.tag ?? '') || (prior.tag === 'x' && /^[\u3400-\u9fff]{2,}$/u.test(prior.word))) && !this.postEndsAt(start) && !this.lexicon.events.some((e) => prior.word.endsWith(e));
      // `海军某舰载战斗机团`, `第71集团军某旅`: the army names its units after the service or corps with 某.
      const armyUnit = /^某[团旅师营连部]?$/u.test(word) && /(?:军|部队|武警|战区|总队|支队)$/u.test(text.slice(Math.max(0, start - 4), start));
      if (!this.titleWord(word, token.tag ?? '', rightWord) && !verbRun && !abbreviation && !place && !township && !village && !inTask && !field && !armyUnit && !divisionHead && !bodyWord && !former) {
        // (The county or city before the township's name goes on the title: `迎泽区老军营街道办`.)
        const townshipStart = this.townshipNameStart(pos, postStart);
        if (townshipStart !== undefined && townshipStart < pos && /[县市区旗州省]$/u.test(text.slice(0, townshipStart)) && this.placeOrOrganEndsAt(townshipStart)) {
          pos = townshipStart;
          rightWord = text.slice(townshipStart, townshipStart + 4);
          rightTag = 'ns';
          continue;
        }
        pos = townshipStart ?? pos;
        break;
      }
      pos = start;
      rightWord = word;
      rightTag = token.tag ?? '';
    }
    pos = this.firmNameStart(pos, postStart);
    pos = afterClauseWords(text, pos, postStart);
    // `——记国家主席习近平…`: a profile's kicker opens with 记 (an account of), no part of the title.
    if (text[pos] === '记' && text.slice(pos - 2, pos) === '——') pos++;
    while (pos < postStart && /[、，,\s]/.test(text[pos]!)) pos++;
    // (A conjunction joined to nothing the title holds: `健康/?与公共卫生部长`, the first field not read.)
    const conjunction = this.tt.byStart.get(pos);
    if (pos < postStart && conjunction?.end === pos + 1 && /^[和与]$/u.test(conjunction.word) && /^[cp]/.test(conjunction.tag ?? '')) pos++;
    return pos;
  }

  /**
   * `”新/a 希望/v 集团有限公司董事长`, `”卓/nr 尔/nr 控股/v 有限公司董事长`: a firm's name runs from the start of its clause,
   * whatever the tagger makes of its first words (up to four characters, opening with no verb, no function word).
   */
  private firmNameStart(pos: number, postStart: number): number {
    const { text } = this;
    if (!/(?:集团|公司|控股|股份)/u.test(text.slice(pos, postStart))) return pos;
    let start = pos;
    while (start > 0 && pos - start < 5 && /[\u3400-\u9fff]/u.test(text[start - 1]!)) start--;
    if (start === pos || pos - start > 4 || (start > 0 && /[\u3400-\u9fff]/u.test(text[start - 1]!))) return pos;
    for (let k = start; k < pos; ) {
      const token = this.tt.byStart.get(k);
      if (!token || token.end > pos || /^(?:p|c|d|u|r|m|q|f|t)/.test(token.tag ?? '') || (k === start && /^v/.test(token.tag ?? ''))) return pos;
      k = token.end;
    }
    return start;
  }

  /**
   * `华容县治/v 河渡/ns 镇党委书记`, `“大致/d 坡镇/x 党支部书记`, `迎泽区老/a 军营/n 街道办`: a township's, street's or
   * village's name that the reading of the title stopped inside. Between a clause's start or the county before it and
   * 乡, 镇, 街道 or 村 stand two to four
   * characters, none a function word: all of them are the name.
   */
  private townshipNameStart(pos: number, postStart: number): number | undefined {
    const { text } = this;
    const partial = /^[\u3400-\u9fff]{1,3}?(?=[乡镇村]|街道)/u.exec(text.slice(pos, postStart))?.[0];
    if (!partial) return undefined;
    // (A village's name may follow its township: `云梦乡刘家/nrfg 埝/zg 村`.)
    const bound = text[pos + partial.length] === '村' ? /[县市区旗州省乡镇]/u : /[县市区旗州省]/u;
    let back = pos;
    while (back > 0 && pos - back < 3 && /[\u3400-\u9fff]/u.test(text[back - 1]!) && !bound.test(text[back - 1]!)) back--;
    const before = text[back - 1] ?? '';
    if (back === pos || (/[\u3400-\u9fff]/u.test(before) && !bound.test(before))) return undefined;
    const name = text.slice(back, pos) + partial;
    if (name.length < 2 || name.length > 4 || /[的了着在和与及是对为从把被由向等将也都就这那其该各全每本我让但后]/u.test(name)) return undefined;
    // What the segmenter reads as a preposition, conjunction, direction, time or pronoun, or as a verb of two characters
    // (`借用/v 北极镇`, `来自/v 中关村`), is the clause's, not the name's.
    for (let k = back; k < pos; ) {
      const index = this.tokenAt[k] ?? -1;
      const token = index >= 0 ? this.tt.tokens[index]! : undefined;
      if (!token) break;
      if (/^[pcfurmqt]/.test(token.tag ?? '') || (token.tag === 'v' && token.word.length >= 2)) return undefined;
      k = token.end;
    }
    return back;
  }

  /** Whether a place (`太原市/ns`) or an organ (`卫健委/x`, `生态环境厅`) ends right before `pos`. */
  private placeOrOrganEndsAt(pos: number): boolean {
    const index = this.tokenAt[pos - 1] ?? -1;
    const token = index >= 0 ? this.tt.tokens[index]! : undefined;
    if (!token || token.end !== pos) return false;
    return /^(?:ns|nt)$/.test(token.tag ?? '') || gazetteer().forms().has(token.word) || /[省市县区州旗委厅局办]$/u.test(token.word);
  }

  /**
   * Whether the word ending at `end`, before a `、`, is the first field of a ministry's name: a noun, no post or organ of
   * its own, and the rest of the name (from `after` to the post) joins its last two fields with 和 or 与 and ends in 部
   * (`通信、科学和技术部长`). Two organs in a row (`发展改革委、工业和信息化部`) are two organs.
   */
  private fieldOfMinistryEndsAt(end: number, after: number, postStart: number): boolean {
    const field = this.tt.byEnd.get(end);
    if (!field || field.word.length < 2 || !/^(?:n|vn|nz|l|j)$/.test(field.tag ?? '') || !/^[\u3400-\u9fff]+$/u.test(field.word)) return false;
    if (/[部委局厅办院会署行司处组]$/u.test(field.word) || this.postEndsAt(end)) return false;
    const rest = this.text.slice(after, postStart) + (this.text.startsWith('部长', postStart) ? '部' : '');
    return /^[\u3400-\u9fff、]{2,24}[和与][\u3400-\u9fff]{2,8}部$/u.test(rest);
  }

  /** `工业和信息化部`, `发展和改革委员会`: 和 inside a ministry's name, between nouns, right before its organ word. */
  private joinsOrganName(start: number, end: number, postStart: number): boolean {
    const left = this.tokenAt[start - 1] ?? -1;
    const leftTag = left >= 0 ? (this.tt.tokens[left]!.tag ?? '') : '';
    // The first part may read as a verb (规划/v 和 自然资源 委员会).
    // (`中央和国家机关工委`: the Party's working committee of the organs of both.)
    // (The post may hold the organ word: `工委书记`.)
    // (…or the organ's character: `交通与基础设施部长`, `劳工和社会保障部长`.)
    const organWord = /^(?:工委|[部厅局处司](?=长))/u.exec(this.text.slice(postStart, postStart + 3))?.[0] ?? '';
    const organ = this.text.slice(end, postStart) + organWord;
    // (`固体废物/l 与 化学品司`: or a set phrase.)
    // (`健康/a 与公共卫生部`, `资源与环境政策研究所`, `环境与经济政策研究中心`: a field named by an adjective; institutes.)
    return /^(n|vn|nz|v|l|a|an)$/.test(leftTag) && /^[\u3400-\u9fff]{1,6}(部|委员会|工委|厅|局|研究院|研究所|研究中心|研究室|处|司)/.test(organ);
  }

  private titleWord(word: string, tagName: string, rightWord: string): boolean {
    if (!CJK_OR_WORD.test(word)) return false;
    // `中国驻圣保罗总领事`, `驻村第一书记`: a posting (驻, 驻村) belongs to the title.
    // (`塞内加尔常驻日内瓦代表团`: a permanent mission's 常驻 too.)
    if (/^常?驻[\u3400-\u9fff]?$/.test(word)) return true;
    // One-character counties and cities the tagger misreads (任县/r, 滑县): a place before its post.
    if (/^[\u3400-\u9fff][县市区]$/.test(word) && !/^[全各本该我此这那每]/.test(word) && /^[县市区]/.test(rightWord)) return true;
    if (this.lexicon.posts.has(word) || this.lexicon.organs.includes(word) || DEMOCRATIC_PARTY.test(word)) return true;
    if (TITLE_TAGS.test(tagName)) return true;
    // An organ's short name the tagger reads as an idiom or a verb (扶贫办/i, 住建局/v).
    if (/^[\u3400-\u9fff]{2,5}[办局厅委]$/u.test(word) && !/^[dpcurmq]/.test(tagName)) return true;
    // A verb, set phrase or adjective right before an organ word is part of its name (推进办, 有限责任公司, 卫生健康/a
    // 委员会, 最高/a 委员会).
    return /^(v|l|a)/.test(tagName) && (ORG_SUFFIX.test(word) || ORG_SUFFIX.test(rightWord) || (/^(l|a)/.test(tagName) && ORG_SUFFIX_END.test(rightWord)));
  }

  private chainHasPost(title: string): boolean {
    return title.split(/[、，,兼]/).some((unit) => {
      for (let i = 0; i < unit.length; i++) if (this.lexicon.posts.has(unit.slice(i))) return true;
      return false;
    });
  }

  private longestPostEndingAt(end: number): string | undefined {
    const head = this.text.slice(Math.max(0, end - 8), end);
    for (let i = 0; i < head.length; i++) if (this.lexicon.posts.has(head.slice(i))) return head.slice(i);
    return undefined;
  }

  private postEndsAt(end: number): boolean {
    const head = this.text.slice(Math.max(0, end - 8), end);
    for (let i = 0; i < head.length; i++) {
      const tail = head.slice(i);
      const { posts, roles, companyPosts, associationPosts } = this.lexicon;
      if (posts.has(tail) || roles.has(tail) || companyPosts.has(tail) || associationPosts.has(tail)) return true;
    }
    return false;
  }

  /**
   * What the person does, from the words after their name in the same clause: `出席会议并讲话` → `出席`,
   * `对明年经济工作作出部署` → `部署`. A list of titled names (`，市委副书记李兰祥出席`) shares the verb at its end.
   */
  private roleAfter(end: number): string | undefined {
    const { text } = this;
    let windowEnd = end + ROLE_WINDOW;
    for (let i = end; i < Math.min(text.length, windowEnd); i++) {
      const ch = text[i]!;
      if (CLAUSE_END.test(ch)) return undefined;
      if (COMMA.test(ch)) {
        if (!this.titledNameIn(i + 1)) return undefined;
        windowEnd = i + 1 + ROLE_WINDOW;
        continue;
      }
      const event = this.lexicon.events.find((e) => text.startsWith(e, i));
      if (event) return this.citedEvent(i, event) ? undefined : event;
    }
    return undefined;
  }

  /**
   * Whether the event word at `at` names what the person said or decided elsewhere, which the text cites, rather than
   * what they do here: `习近平总书记重要讲话精神`, `总书记关于…的重要讲话`, `党中央决策部署` (but `发表重要讲话`, `作重要讲话`).
   */
  private citedEvent(at: number, event: string): boolean {
    const { text } = this;
    if (text.startsWith('精神', at + event.length)) return true;
    if (!/^(?:讲话|部署)$/.test(event)) return false;
    const before = text.slice(Math.max(0, at - 4), at);
    if (/决策$/u.test(before)) return true;
    const nominal = /(?:的|的重要|重要)$/u.exec(before);
    return nominal !== null && !/(?:发表|作|作了|发出)$/u.test(before.slice(0, before.length - nominal[0].length));
  }

  /** Whether the clause starting at `pos` is a title followed by a name (the next item of a list of officials). */
  private titledNameIn(pos: number): boolean {
    const clause = this.text.slice(pos, pos + MAX_TITLE).split(/[，,。；;\n]/)[0] ?? '';
    for (const match of this.lexicon.titleWords.findAll(clause)) {
      if (nameAt(this.tt, pos + match.index + match.word.length)) return true;
    }
    // The first part of a title split by a comma (`市委委员、副市长，潍坊…推进办主任吕珊珊`).
    return clause.length > 0 && this.postEndsAt(pos + clause.length) && !this.lexicon.events.some((e) => clause.includes(e));
  }

  private overlaps(span: { start: number; end: number }): boolean {
    return this.found.some((f) => f.start < span.end && span.start < f.end);
  }

  private add(
    span: NameSpan,
    kind: 'official' | 'person',
    title: string | undefined,
    role?: string,
    org?: string,
    level?: string,
  ): void {
    const text = this.text.slice(span.start, span.end);
    const name = text.replace(/[ \u3000]/g, ''); // `韦 韬` is typeset spacing in the name 韦韬
    const entity: EntitySpan = { kind, start: span.start, end: span.end, text, name };
    if (title) entity.title = title;
    const resolvedOrg = org ?? (title && kind === 'official' ? orgOfTitle(title, this.article.place) : undefined);
    if (resolvedOrg) entity.org = resolvedOrg;
    if (role && kind === 'official') entity.role = role;
    if (level) entity.level = level;
    this.found.push(entity);
  }
}

/** Where a title really starts when the words before it are a clause's (a time and a preposition: see CLAUSE_BEFORE_TITLE). */
export function afterClauseWords(text: string, start: number, postStart: number): number {
  let cut = start;
  for (const match of text.slice(start, postStart).matchAll(CLAUSE_BEFORE_TITLE)) cut = start + match.index + match[0].length;
  // `经中央军委主席习近平批准`: a preposition before a central organ opens the clause, not the title.
  if (/^[经由据]/u.test(text.slice(cut, cut + 1)) && /^(?:中共|中央|党中央|国务院|全国)/u.test(text.slice(cut + 1, cut + 4))) cut++;
  return cut;
}

/** Particles no name without a Han surname holds (see unlistedNameAt). */
const PARTICLE_IN_RUN = /[的了着过这那们些每该此]/u;

/** Characters that never end a name read a character short: function words, numerals, measure words. */
const CUT_NAME_NEVER = /[的了着过和与及同跟在是说为对向从把被等也都就将又还已所之其这那个们些每一二三四五六七八九十年月日偕携率致抵访会遭称]/u;

/** Characters of function words that follow a name: a foreign name read with one of them glued on (`莱希时`, `塞西以`). */
const GLUED_FUNCTION_CHAR = /[时以自从向对为在与和及将就也都说等被把给让]/u;

/** How many times `word` is printed in `text`. */
function occurrences(text: string, word: string): number {
  let n = 0;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) n++;
  return n;
}
