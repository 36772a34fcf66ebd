// Organisations: government and Party organs (`市委组织部`, `农业农村部农业贸易促进中心`), companies, schools,
// associations. A name is found from its head (局, 部, 委员会, 公司, 协会… in src/data/org-suffixes.txt) and read
// leftwards over the words before it until a verb of the sentence, a function word or punctuation
// (src/data/name-boundary-words.txt). So the names are composed from the text, not looked up in a list.
import { readWordList } from '../../word-lists.js';
import { tokenIndex } from '../../nlp/article-tokens.js';
import type { Article, EntitySpan, Token } from '../../types.js';
import { PhraseMatcher } from '../../nlp/phrase-matcher.js';

interface OrgHeads {
  /** Head → `gov` | `body`, longest heads first. */
  heads: [string, 'gov' | 'body'][];
  /** Complete names that stand alone (国务院). */
  whole: Map<string, 'gov' | 'body'>;
  /** Words that end like a head but are not organisations (格局, 干部). */
  notOrgs: string[];
}

let orgHeads: OrgHeads | undefined;
function loadOrgHeads(): OrgHeads {
  if (orgHeads) return orgHeads;
  const heads: [string, 'gov' | 'body'][] = [];
  const whole = new Map<string, 'gov' | 'body'>();
  const notOrgs: string[] = [];
  for (const line of readWordList('org-suffixes.txt')) {
    if (line.startsWith('!')) {
      notOrgs.push(line.slice(1));
      continue;
    }
    const [word, group] = line.split(/\s+/) as [string, string | undefined];
    const kind = group === 'body' ? 'body' : 'gov';
    if (word.startsWith('=')) whole.set(word.slice(1), kind);
    else heads.push([word, kind]);
  }
  heads.sort((a, b) => b[0].length - a[0].length);
  orgHeads = { heads, whole, notOrgs };
  return orgHeads;
}

interface NameWords {
  /** Words a name cannot contain: verbs of the sentence around it, function words. */
  boundary: Set<string>;
  /** Verbs that do sit inside names (促进 in 农业贸易促进中心); any other verb ends a name. */
  verbsInNames: Set<string>;
}
let nameWords: NameWords | undefined;
/** The word lists of src/data/name-boundary-words.txt. */
export function loadNameWords(): NameWords {
  if (!nameWords) {
    const lines = readWordList('name-boundary-words.txt');
    nameWords = {
      boundary: new Set(lines.filter((l) => !l.startsWith('+'))),
      verbsInNames: new Set(lines.filter((l) => l.startsWith('+')).map((l) => l.slice(1))),
    };
  }
  return nameWords;
}

const NAME_CHARS = /^[\p{Script=Han}A-Za-z0-9·]+$/u;
// `中央和省委`, `党和政府`: 和 between jurisdictions joins two bodies, not two words of one name.
const JURISDICTION_WORD = /^(中央|党中央|国家|全国|党|省|市|县|区|乡|镇)$/u;
/** Conjunctions (the tagger gives c to some adverbs too: 及时). */
const CONJUNCTION = /^(?:及其|以及|或者|或是|还是|并且|而且|而是|但是|不但|不仅|因为|所以|如果|假如|虽然|即使|无论|不论|只要|只有|并|且|或|而|但|及)$/u;
/** Prepositions that open the topic inside a meeting's name. */
const TOPIC_PREPOSITION = new Set(['关于', '以', '就']);
/** Adverbs of time and scope, alone or opening a word the tagger made of one and what follows (`已为`, `都是`). */
const SENTENCE_ADVERB = /^(?:[已曾将也都还又再就才均皆仍却便亦]|正在|一度|终于|马上|不再)/u;
const TIME_WORD = /^\d+(年|月|日|号)?$|^[年月日号]$|季度$|^[上下]半年$/u;

export interface NameReading {
  /** How far left of the head a name may start, in characters. */
  maxLength: number;
  /** Whether digits may open or sit in the name (`2025先进技术应用成果转化山东行`); org names stop at them. */
  digits?: boolean;
  /** Whether the name may hold a topic opened by a preposition (meetings: `…领导人关于新冠肺炎问题特别会议`). */
  topics?: boolean;
}

/** Whether a token ends a name read leftwards: a boundary word, or a word ending with one (`紧紧围绕`). */
function isBoundary(token: Token, words: NameWords, topics = false): boolean {
  const word = token.word;
  if (words.boundary.has(word)) return true;
  // `紧紧围绕` ends with 围绕; a word the tagger does not know (`地向`, tag x) may end with a one-character one.
  for (let k = token.tag === 'x' ? 1 : 2; k < word.length; k++) if (words.boundary.has(word.slice(-k))) return true;
  // A preposition or conjunction of the sentence (`给`, `对于`, `及其`, `或者`; 和 is judged by the caller), or an adverb
  // of time or scope (`已为`, `正在`, `就是`). Other adverbs sit inside names (`特别会议`, `世界自然基金会`), as does the
  // topic of a meeting (`…领导人关于新冠肺炎问题特别会议`, `以案促改警示教育大会`).
  if (token.tag === 'p' && !(topics && TOPIC_PREPOSITION.has(word)) && !words.verbsInNames.has(word)) return true;
  if ((token.tag === 'c' && CONJUNCTION.test(word)) || (token.tag === 'd' && SENTENCE_ADVERB.test(word))) return true;
  // A one-character verb is part of an abbreviation (`市住建局`: 住 and 建 tag as verbs).
  if (token.tag === 'v' && word.length > 1 && !words.verbsInNames.has(word)) return true;
  // A count (`一批`, `十二个`) ends a name; an ordinal or a term (`第二`, `二十届`) and a year may sit in one.
  if (token.tag === 'm' && !/^第|届$|^\d+$/u.test(word)) return true;
  return token.tag === 't' || token.tag === 'q' || TIME_WORD.test(word);
}

/**
 * Where a name that ends with the head at `headStart` begins: the head's token is taken whole, then the words before
 * it while they are name material (Han, Latin, digits), not boundary words or verbs of the sentence, and within
 * `maxLength` characters of the head. `和` joins two words only just before the head (`自然资源和规划局`,
 * `发展和改革委员会`), never after an organ (`省委和市委`), and at most two plain words go before it.
 */
export function readNameLeftwards(article: Article, headStart: number, reading: NameReading): number {
  const { tokens, tokenAt } = tokenIndex(article);
  const words = loadNameWords();
  let i = tokenAt[headStart] ?? -1;
  if (i < 0) return headStart;
  let start = tokens[i]!.start;
  // A head cut out of a longer token keeps only the head unless the rest is name material.
  const rest = article.text.slice(start, headStart);
  if (start < headStart && (!NAME_CHARS.test(rest) || [...rest].some((c) => words.boundary.has(c)) || words.boundary.has(rest))) {
    start = headStart;
  }
  let nameStart = start;
  let afterAnd = -1;
  for (i -= 1; i >= 0; i--) {
    const t = tokens[i]!;
    if (t.end !== start || !NAME_CHARS.test(t.word) || headStart - t.start > reading.maxLength) break;
    if (!reading.digits && /\d/.test(t.word)) break;
    if (afterAnd >= 0 && (afterAnd >= 2 || endsWithOrgHead(t.word))) break;
    if (t.word === '和') {
      const left = tokens[i - 1];
      if (afterAnd >= 0 || headStart - t.end > 4 || !left || endsWithOrgHead(left.word) || JURISDICTION_WORD.test(left.word)) break;
      afterAnd = 0;
      start = t.start;
      continue;
    }
    if (isBoundary(t, words, reading.topics)) break;
    if (afterAnd >= 0) afterAnd++;
    start = t.start;
    nameStart = start;
  }
  // Trim leading verbs, prepositions and adverbs left over from the sentence.
  for (let j = tokenAt[nameStart] ?? -1; j >= 0 && nameStart < headStart; j++) {
    const t = tokens[j]!;
    // (`连美国国务院都…`: 连, "even", before a place or a body, which the tagger may read as a surname.)
    const even = t.word === '连' && /^(?:ns|nt)/u.test(tokens[j + 1]?.tag ?? '');
    const leftover = even || ['v', 'p', 'd', 'c', 'ad'].includes(t.tag ?? '') || (t.word.length === 1 && /^[au]/u.test(t.tag ?? ''));
    if (t.start !== nameStart || t.end > headStart || !leftover) break;
    // A verb that names the work of a body stays when it opens a pair (`发展和改革委员会`).
    if (tokens[j + 1]?.word === '和') break;
    nameStart = t.end;
  }
  return nameStart;
}

/**
 * Where the place name printed before `at` begins (`海拉尔区`, `湖南省`, `菏泽市`): tokens the tagger reads as places
 * or that end with a level (省/市/县/区…), at most `maxLength` characters. `at` itself when there is none.
 */
export function placeBefore(article: Article, at: number, maxLength = 10): number {
  const { tokens, tokenAt } = tokenIndex(article);
  let start = at;
  for (let i = at > 0 ? tokenAt[at - 1] ?? -1 : -1; i >= 0; i--) {
    const t = tokens[i]!;
    if (t.end !== start || at - t.start > maxLength) break;
    const isPlace = t.tag === 'ns' || (t.word.length >= 2 && /[省市县区州旗盟]$/u.test(t.word) && /^n/u.test(t.tag ?? ''));
    if (!isPlace) break;
    start = t.start;
  }
  return start;
}

let endings: Uint8Array | undefined;
/** 1 for the UTF-16 code of the last character of every head, to skip most tokens at once. */
function headEndings(): Uint8Array {
  if (!endings) {
    const { heads, whole } = loadOrgHeads();
    endings = new Uint8Array(0x10000);
    for (const word of [...heads.map(([h]) => h), ...whole.keys(), '办']) endings[word.charCodeAt(word.length - 1)] = 1;
  }
  return endings;
}

interface OrgEndingWords {
  notOrgs: PhraseMatcher;
  /** One list per name: the first in the file's order wins, as it did when they were tried in turn. */
  whole: PhraseMatcher;
  heads: PhraseMatcher;
  headKinds: Map<string, [string, 'gov' | 'body']>;
}
let orgEndingWords_: OrgEndingWords | undefined;
/** The org word lists read backwards from the end of a token: trying every word of every list there cost more. */
function orgEndingWords(): OrgEndingWords {
  if (!orgEndingWords_) {
    const { heads, whole, notOrgs } = loadOrgHeads();
    const headKinds = new Map<string, [string, 'gov' | 'body']>();
    for (const head of heads) if (!headKinds.has(head[0])) headKinds.set(head[0], head);
    orgEndingWords_ = {
      notOrgs: new PhraseMatcher([notOrgs], true),
      whole: new PhraseMatcher([...whole.keys()].map((name) => [name]), true),
      heads: new PhraseMatcher([heads.map(([h]) => h)], true),
      headKinds,
    };
  }
  return orgEndingWords_;
}

function endsWithOrgHead(word: string): boolean {
  const { heads, whole } = loadOrgHeads();
  return whole.has(word) || heads.some(([head]) => word.endsWith(head));
}

const JURISDICTION_LEVEL: [RegExp, string][] = [
  [/^(中共中央|党中央|中央|国务院|全国|国家)/u, 'central'],
  [/^(中共)?[\p{Script=Han}]{0,8}?(自治区|特别行政区)/u, 'province'],
  [/^(中共)?[\p{Script=Han}]{0,8}?省/u, 'province'],
  [/^(中共)?[\p{Script=Han}]{0,8}?(市|州|盟)/u, 'city'],
  [/^(中共)?[\p{Script=Han}]{0,8}?(县|区|旗)/u, 'county'],
];

/** Level of a government body from the start of its name (`省委` → province, `青州市委` → city: we have no gazetteer). */
export function jurisdictionLevel(name: string): string | undefined {
  for (const [pattern, level] of JURISDICTION_LEVEL) if (pattern.test(name)) return level;
  return undefined;
}

/**
 * The full name of an organ printed with a bare jurisdiction (`市委组织部`) in an article about a place whose name
 * ends with that character (潍坊市 → `潍坊市委组织部`). Undefined when it cannot be told.
 */
export function withArticlePlace(article: Article, printed: string): string | undefined {
  const place = article.place?.name;
  const first = printed[0];
  if (!place || !first || !'省市县区州旗盟'.includes(first) || !place.endsWith(first)) return undefined;
  if (printed.startsWith(place.slice(-2))) return undefined; // already `潍坊市…`
  return place.slice(0, -1) + printed;
}

/**
 * Organisations named in the article, in text order, one span per longest name. `name` is the full name: as printed,
 * or with the article's place put before a bare `市`/`省`/`县`/`区` (`市委组织部` in an article about 潍坊市 →
 * `潍坊市委组织部`); `org` is then that place. `level` (central|province|city|county) is given for government and
 * Party organs when the name shows it, never for companies, schools or associations.
 */
export function findOrgs(article: Article): EntitySpan[] {
  const text = article.text;
  const { whole } = loadOrgHeads();
  const { tokens, tokenAt } = tokenIndex(article);
  const found: EntitySpan[] = [];
  const lastChars = headEndings();
  const endings = orgEndingWords();
  // The tokens in order, read from the text: a token ends at p + 1 where tokenAt changes after p. Only where a head
  // may end is a token object read (visiting each of a long page's tokens cost more than what follows).
  for (let p = 0; p < text.length; p++) {
    if (lastChars[text.charCodeAt(p)] !== 1) continue;
    const index = tokenAt[p]!;
    if (index < 0 || (p + 1 < text.length && tokenAt[p + 1] === index)) continue;
    const token = tokens[index]!;
    // A head ends where a token ends, so `局部` or `部分` never end a name at `局`/`部`.
    const end = token.end;
    const from = Math.max(0, end - 12);
    if (endings.notOrgs.matchEndingAt(text, end, from) !== undefined) continue;
    const wholeName = endings.whole.matchEndingAt(text, end, from);
    // `新闻办`: an office (办) only when the tagger reads the word as an organisation (not `公办`, `主办`).
    const office: [string, 'gov'] | undefined =
      token.word.length >= 2 && token.word.endsWith('办') && token.tag === 'nt' ? ['办', 'gov'] : undefined;
    const headWord = endings.heads.matchEndingAt(text, end, from);
    const head = headWord !== undefined ? endings.headKinds.get(headWord)! : office;
    if (!wholeName && !head) continue;
    const headStart = end - (wholeName ?? head![0]).length;
    const start = readNameLeftwards(article, headStart, { maxLength: 30 });
    const printed = text.slice(start, end);
    // A head alone (`银行`, `中心`, `政府`) is a common noun, not a name.
    if (!wholeName && printed.length <= head![0].length) continue;
    // A government is a jurisdiction's (`市政府`, `青州市人民政府`), never `党和政府`.
    if (!wholeName && head![0].endsWith('政府') && !/[省市县区州旗盟镇乡]$/u.test(printed.slice(0, -head![0].length))) continue;
    // `“四个中心”`, `村“两委”` are numbered formulations, not names.
    if (/^[一二两三四五六七八九十百千万\d]+[个大项]?/u.test(printed) && !/^[一二两三四五六七八九十]+(届|中)/u.test(printed)) continue;
    const kind = wholeName ? whole.get(wholeName)! : head![1];
    const full = withArticlePlace(article, printed);
    const level = kind === 'gov' ? jurisdictionLevel(full ?? printed) : undefined;
    found.push({
      kind: 'org',
      start,
      end,
      text: printed,
      name: full ?? printed,
      ...(full ? { org: article.place!.name } : {}),
      ...(level ? { level } : {}),
    });
  }
  return mergeOverlaps(outermostSpans(found), article);
}

/** Keep spans not inside a longer one (`山东第二医科大学附属医院` over `山东第二医科大学`), in text order. */
export function outermostSpans<T extends { start: number; end: number }>(spans: T[]): T[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: T[] = [];
  // In this order every kept span starts at or before the next one, and a span is never inside a later one: a span is
  // inside a kept one exactly when the furthest kept end reaches its end. One pass, where comparing with every kept
  // span was quadratic on long pages.
  let reach = -Infinity;
  for (const span of sorted) {
    if (span.end <= reach) continue;
    kept.push(span);
    reach = span.end;
  }
  return kept;
}

/**
 * Join names that overlap without nesting: a long name read from two heads (`南水北调…有限责任公司胶东管理局` and
 * `…管理局双王城水库管理处`) is one name.
 */
function mergeOverlaps(orgs: EntitySpan[], article: Article): EntitySpan[] {
  const merged: EntitySpan[] = [];
  for (const org of orgs) {
    const last = merged[merged.length - 1];
    if (last && org.start < last.end) {
      const text = article.text.slice(last.start, org.end);
      merged[merged.length - 1] = { ...org, start: last.start, text, name: text, org: undefined };
    } else merged.push(org);
  }
  return merged.map((o) => (o.org === undefined ? withoutUndefined(o) : o));
}

/** A copy of the span without its undefined fields, keys in the same order (a loop: no array of entries per span). */
function withoutUndefined(span: EntitySpan): EntitySpan {
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(span)) {
    const value = (span as unknown as Record<string, unknown>)[key];
    if (value !== undefined) copy[key] = value;
  }
  return copy as unknown as EntitySpan;
}
