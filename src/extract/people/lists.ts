// Lists of leaders printed without a post beside each name, as papers report who else attended:
// `王毅参加上述活动`, `蔡奇、王毅等参加会见`, `李书磊主持，谌贻琴出席`, `在主席台就座的还有：丁薛祥、刘鹤…`,
// `党和国家领导人李克强、栗战书等出席`, `会议由王晨主持`. Whether they are officials is for the caller to decide (an
// article that names officials with their posts); this file only reads the list.
import { containsTitleWord } from './lexicon.js';
import { isTibetanName, nameAt, surnameLength, type NameSpan, type TokenisedText } from './names.js';

export interface LeaderList {
  names: NameSpan[];
  /** What they do (出席, 参加, 陪同, 主持, 列席), when the list ends in it. */
  verb?: string;
  /** The post the text gives the whole list (党和国家领导人), never one made up. */
  title?: string;
  /** The title is a common word too (代表): the list counts only in an article that names officials. */
  needsOfficials?: boolean;
}

// A list that ends in what its people do: `A、B等参加会见`, `A主持`.
// 参加 only as attending (`参加会见`, `参加上述活动`), not taking part (`参加了发掘`).
// Leaders who sent wreaths to a funeral or a mourning hall are listed before `送的花圈`.
const LIST_VERB =
  /(?:等(?:同志)?)?(出席|参加(?=[\u3400-\u9fff]{0,2}(?:上述|会见|会谈|活动|会议|座谈|仪式|典礼)|[，。；,;])|陪同|主持|列席|在主席台就座|送(?:的|了)?花圈|敬献(?:的|了)?花圈)(?!了)/g;
// Deputies and members speaking at the sessions: `胡和平、巩保雄、宋张骏等代表先后发言`, `听取陈薇、王辰等委员发言`.
const DEPUTIES = /等(代表|委员)(?=先后|发言|围绕|的发言|就|结合|纷纷|踊跃|分别|建议|表示|认为|提出|说|[，,])/g;
// A list introduced by what it is: `在主席台就座的还有：A、B`, `党和国家领导人A、B等`.
// (`出席联欢活动的还有`, `参加招待会的还有`: what they attend, named.)
// (`看望慰问了老同志A、B`: retired leaders visited at the new year.)
const LIST_INTRO =
  /(?:就座的还有|(?:出席|参加)[\u3400-\u9fff]{0,8}?的(?:领导(?:同志)?)?还有|(党和国家领导人)|看望(?:慰问)?了?(?:[省市县区]级)?(?:老同志|老领导|离退休老干部))[：:]?/g;
// `看望了江泽民、胡锦涛等老同志`: the retired leaders named before what they are.
const OLD_COMRADES = /等老(?:同志|领导)/g;
// Leaders named before what they are: `习近平、李克强…、王岐山等党和国家领导人来到`, `…等领导同志来到毛主席纪念堂`.
// (`艾文礼、王铁、秦光荣、刘士余等中管干部`: cadres the centre manages; `习近平、李克强…、韩正同志为支持…捐款`: comrades.)
const LEADERS_BEFORE = /等(党和国家领导(?:人|同志)|(?:中央)?领导同志|中管干部)|(?<=[\u3400-\u9fff])同志(?=为|在|向|对|分别|一起|等)/g;
// A list that goes on after a comma (`…刘晓峰，以及李作成、苗华`).
const LIST_GOES_ON = /^[，,]以及/;
// Where a clause holding only the list may start.
const CLAUSE_START = /[。；;！？!?\n，,：:]/;
const HAN = /^[\u3400-\u9fff]+$/;
// Function characters that no listed name holds (unlike 其, 之, 和: 许其亮, 魏凤和).
const NEVER_IN_NAME = /[的了着过这那们些每该此等与及或]/;
// Padded two-character names (`王　毅`): a full-width or double space inside the name.
const PADDED = /^([\u3400-\u9fff])[ \u3000]{1,3}([\u3400-\u9fff])$/;

export function findLeaderLists(tt: TokenisedText): LeaderList[] {
  const { text } = tt;
  const lists: LeaderList[] = [];
  for (const match of text.matchAll(LIST_VERB)) {
    let start = match.index;
    while (start > 0 && !CLAUSE_START.test(text[start - 1]!)) start--;
    // `会议由王晨主持`: the list follows 由.
    const by = text.lastIndexOf('由', match.index);
    if (by >= start && match.index - by <= 12) start = by + 1;
    const names = namesIn(tt, start, match.index) ?? namesBeforeGroup(tt, start, match.index);
    if (names) lists.push({ names, verb: match[1] === '在主席台就座' ? undefined : match[1] });
  }
  for (const match of text.matchAll(DEPUTIES)) {
    let start = match.index;
    while (start > 0 && !CLAUSE_START.test(text[start - 1]!)) start--;
    // `在认真听取陈军、许沛、曾力群等代表发言后`: the list follows 听取.
    const heard = /听取了?/.exec(text.slice(start, match.index));
    if (heard) start += heard.index + heard[0].length;
    const names = namesIn(tt, start, match.index);
    // One name is too little to tell a deputy from a delegate (`张三等代表`).
    if (names && names.length >= 2) lists.push({ names, title: match[1], needsOfficials: true });
  }
  for (const match of text.includes('老') ? text.matchAll(OLD_COMRADES) : []) {
    let start = match.index;
    while (start > 0 && !CLAUSE_START.test(text[start - 1]!)) start--;
    const visited = /看望(?:慰问)?了?/.exec(text.slice(start, match.index));
    if (!visited) continue;
    const names = namesIn(tt, start + visited.index + visited[0].length, match.index);
    if (names && names.length >= 2) lists.push({ names });
  }
  for (const match of text.matchAll(LEADERS_BEFORE)) {
    let start = match.index;
    while (start > 0 && !CLAUSE_START.test(text[start - 1]!)) start--;
    // (`包括艾文礼、王铁…等中管干部`: what the list is part of opens the clause.)
    start += /^(?:包括|其中有?|其中)/u.exec(text.slice(start, match.index))?.[0].length ?? 0;
    const names = namesIn(tt, start, match.index);
    // (One name is too little: `张三等领导同志` may be any group's head.)
    if (names && names.length >= 2) lists.push({ names, title: match[1]?.startsWith('党和国家') ? '党和国家领导人' : undefined });
  }
  for (const match of text.matchAll(LIST_INTRO)) {
    let start = match.index + match[0].length;
    for (;;) {
      let end = start;
      while (end < text.length && !/[。；;！？!?\n，,]/.test(text[end]!)) end++;
      // `…王岐山等出席团拜会`: the verb in the last piece ends the list.
      const lastPiece = Math.max(start, text.lastIndexOf('、', end - 1) + 1);
      const verbMatch = /出席|参加|陪同|主持|列席/.exec(text.slice(lastPiece, end));
      let listEnd = verbMatch ? lastPiece + verbMatch.index : end;
      // `党和国家领导人习近平、李克强…、王岐山登上天安门城楼`: what the last one does ends the list too.
      // (Not after 看望…老同志: that list runs to the clause's end, `…陆懋曾，向他们致以新春祝福`.)
      if (!verbMatch && lastPiece > start && !match[0].startsWith('看望')) {
        const last = nameAt(tt, lastPiece);
        // (`刘文和赵志刚`: two names joined by 和 end the list.)
        const joined = splitAtAnd(text, { start: lastPiece, end }).length > 1;
        if (last && last.end < end && !joined && !/^[·、]/.test(text[last.end]!)) listEnd = last.end;
      }
      const verb = verbMatch?.[0];
      const names = namesIn(tt, start, listEnd);
      if (!names) break;
      lists.push({ names, verb, title: match[1] });
      const more = LIST_GOES_ON.exec(text.slice(end, end + 3));
      if (listEnd !== end || !more) break;
      start = end + more[0].length;
    }
  }
  return lists;
}

/** The names of a list filling text[start, end) (`等` and spaces at its end allowed), or undefined if anything else is there. */
function namesIn(tt: TokenisedText, start: number, end: number): NameSpan[] | undefined {
  const { text } = tt;
  while (start < end && /[ \u3000\t]/.test(text[start]!)) start++;
  let stop = end;
  if (text.slice(stop - 2, stop) === '同志') stop -= 2;
  if (text[stop - 1] === '等') stop--;
  while (stop > start && /[ \u3000\t]/.test(text[stop - 1]!)) stop--;
  if (stop - start < 2) return undefined;
  const pieces = splitList(text, start, stop)?.flatMap((piece) => splitAtAnd(text, piece));
  if (!pieces) return undefined;
  // In a long list of names, a few without a Han surname (向巴平措, 乌云其木格) are names too.
  const surnamed = pieces.filter((piece) => plausibleListedName(text.slice(piece.start, piece.end).replace(/[ \u3000]/g, ''))).length;
  const lenient = pieces.length >= 4 && surnamed >= (3 * pieces.length) / 4;
  const names: NameSpan[] = [];
  for (const piece of pieces) {
    const name = text.slice(piece.start, piece.end).replace(/[ \u3000]/g, '');
    // (A Tibetan name anywhere: `洛桑江村、丁业现等参加会见`.)
    // (Not a piece that opens with a verb or function word, which the clause's start holds: `包括/v 艾文礼`.)
    const opening = tt.byStart.get(piece.start);
    const unlisted = lenient && unlistedName(name) && !/^(?:v|p|c|d)/.test(opening?.tag ?? '');
    if (!plausibleListedName(name) && !isTibetanName(name) && !unlisted) return undefined;
    // One name alone must be one the tagger and the name rules agree on (`王毅参加`, not `全体参加`).
    if (pieces.length === 1) {
      const found = nameAt(tt, piece.start);
      if (!found || found.end !== piece.end) return undefined;
    }
    names.push(piece);
  }
  return names;
}

/**
 * `习近平、李克强…、王岐山和大会主席团成员在主席台就座`: names, then 和 and a group that is no name (its members, a body's
 * people, a title): the names before 和.
 */
function namesBeforeGroup(tt: TokenisedText, start: number, end: number): NameSpan[] | undefined {
  const { text } = tt;
  const and = text.lastIndexOf('和', end - 1);
  if (and <= start || text.lastIndexOf('、', end - 1) > and || text.lastIndexOf('、', end - 1) < start) return undefined;
  const group = text.slice(and + 1, end);
  if (!GROUP_AFTER_NAMES.test(group) && !containsTitleWord(group)) return undefined;
  const names = namesIn(tt, start, and);
  return names && names.length >= 2 ? names : undefined;
}
const GROUP_AFTER_NAMES = /(?:成员|代表|同志|领导|负责人|人士|委员)$/u;

/** Pieces separated by `、` or by spaces (names set in a row: `丁薛祥　王　毅　刘　鹤`). */
function splitList(text: string, start: number, end: number): NameSpan[] | undefined {
  const pieces: NameSpan[] = [];
  let at = start;
  for (const part of text.slice(start, end).split('、')) {
    const partStart = at;
    at += part.length + 1;
    if (PADDED.test(part) || !/[ \u3000]/.test(part)) {
      pieces.push({ start: partStart, end: partStart + part.length });
      continue;
    }
    // Several names on one run of spaces: only when each is a name's length.
    let cursor = partStart;
    for (const word of part.split(/([ \u3000]+)/)) {
      if (word !== '' && !/^[ \u3000]+$/.test(word)) pieces.push({ start: cursor, end: cursor + word.length });
      cursor += word.length;
    }
  }
  return pieces.length > 0 ? pieces : undefined;
}

/** `高云龙和姜春云`: two names joined by 和 (retired leaders listed after serving ones); 魏凤和 stays one. */
function splitAtAnd(text: string, piece: NameSpan): NameSpan[] {
  const name = text.slice(piece.start, piece.end);
  const at = name.indexOf('和');
  if (at < 2 || at > name.length - 3) return [piece];
  const left = name.slice(0, at);
  const right = name.slice(at + 1);
  if (!plausibleListedName(left) || !plausibleListedName(right)) return [piece];
  return [
    { start: piece.start, end: piece.start + at },
    { start: piece.start + at + 1, end: piece.end },
  ];
}

/** A name without a Han surname of the list (Tibetan, Mongolian, Uyghur): Han characters only, no function word or post. */
function unlistedName(name: string): boolean {
  return HAN.test(name) && name.length >= 2 && name.length <= 6 && !NEVER_IN_NAME.test(name) && !containsTitleWord(name);
}

export function plausibleListedName(name: string): boolean {
  if (name.includes('·')) return /^[\u3400-\u9fff]{1,8}(·[\u3400-\u9fff]{1,8})+$/.test(name);
  if (!HAN.test(name) || name.length < 2 || name.length > 4) return false;
  const surname = surnameLength(name, 0);
  if (surname === 0 || name.length <= surname) return false;
  if (name.length === 4 && surname !== 2) return false;
  if (name.length === 2 && name[0] === name[1]) return false;
  return !NEVER_IN_NAME.test(name.slice(1)) && !containsTitleWord(name);
}
