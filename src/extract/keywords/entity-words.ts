// The words of an article that are pieces of the names of its organisations and places (issue 15: entities are not
// keywords). The entity recognisers need tagged tokens, which would cost keywords more than its whole count; what they
// read first is cheap: a name ends with a head, an organisation's (有限公司, 医院, 研究院: src/data/org-suffixes.txt)
// or a place's one-character tail cut off by the segmenter (火神 / 山, 金银 / 潭, 善固 / 村), or a craft's number (嫦娥 /
// 四号). The content words just
// before a head are pieces of that name, and a word the article uses mostly so is a name of the article, not a topic
// (中国 电建 海外投资 有限公司 makes 电建 no keyword; 科技 of 科技公司 stays one when the article says 科技 elsewhere).
import { readWordList } from '../../word-lists.js';
import { dictionaryTag, isPolicyVocabulary } from './term-class.js';
import { peopleLexicon } from '../people/lexicon.js';
import { loadIdf, type Idf } from './idf.js';

/** A place's last character when the segmenter leaves it alone: 山 of 火神山, 潭 of 金银潭, 村 of 善固村. */
const PLACE_TAILS = new Set([...'村镇乡县山河湖岛寺庙潭湾港屯寨庄街路桥江峰岭沟峡']);
/**
 * The number of a craft or a work of a series (嫦娥 / 四号, 长征 / 五号, 天问 / 一号): the series' name before it is a
 * name's piece, as before an organisation's head; the segmenter cuts the number off as a word of its own.
 */
const DESIGNATION = /^[一二三四五六七八九十]{1,3}号$/u;
/** Content words before a head that belong to the name: 中国 电建 海外投资 有限公司 (the place, if any, is not a candidate). */
const NAME_WORDS_BEFORE_HEAD = 2;
/** Share of a word's uses in the article that must sit in names for the word to be taken for a name. */
const NAME_SHARE = 2 / 3;

/** Heads that also end names of kinds (影子银行, 商业银行, 科技公司): the word before is a kind as often as a name. */
const KIND_HEADS = new Set(['银行', '公司', '中心', '学校']);

let heads: ReadonlySet<string> | undefined;
/** 1 for each last UTF-16 unit of a head (a place tail, an organisation head): most words are told no head by it. */
let headEnds: Uint8Array | undefined;

/** Heads of organisation names of two or more characters (1-character heads such as 局 or 部 end many common words). */
function organisationHeads(): ReadonlySet<string> {
  if (!heads) {
    const found = new Set<string>();
    for (const line of readWordList('org-suffixes.txt')) {
      if (line.startsWith('!') || line.startsWith('=')) continue;
      const head = line.split(/\s+/)[0]!;
      if (head.length >= 2 && !KIND_HEADS.has(head)) found.add(head);
    }
    heads = found;
    headEnds = new Uint8Array(0x10000);
    for (const word of [...found, ...PLACE_TAILS, '号']) headEnds[word.charCodeAt(word.length - 1)] = 1;
  }
  return heads;
}

/**
 * The candidate words of the article (`isCandidate(i)` for words[i], judged on the word alone: every use of a word is a
 * candidate or none is) that it uses mostly inside the name of an organisation or place.
 */
export function nameWordsIn(words: readonly string[], isCandidate: (i: number) => boolean): Set<string> {
  const names = new Set<string>();
  let inNames: Map<string, number> | undefined;
  const orgHeads = organisationHeads();
  const ends = headEnds!;
  for (let i = 1; i < words.length; i++) {
    const word = words[i]!;
    if (ends[word.charCodeAt(word.length - 1)] === 0) continue;
    if (!(word.length === 1 ? PLACE_TAILS.has(word) : orgHeads.has(word) || DESIGNATION.test(word))) continue;
    for (let j = i - 1; j >= Math.max(0, i - NAME_WORDS_BEFORE_HEAD) && isCandidate(j); j--) {
      inNames ??= new Map();
      inNames.set(words[j]!, (inNames.get(words[j]!) ?? 0) + 1);
    }
  }
  const counted = splitNamesIn(words, isCandidate, names);
  if (!inNames) return names;
  // The words in names are candidates: the candidates' uses, when splitNamesIn counted them, are theirs.
  const uses = counted ?? candidateUses(words, isCandidate);
  for (const [word, n] of inNames) if (n >= NAME_SHARE * uses.get(word)!) names.add(word);
  return names;
}

/** How many times each candidate word of the article is used. */
function candidateUses(words: readonly string[], isCandidate: (i: number) => boolean): Map<string, number> {
  const uses = new Map<string, number>();
  for (let i = 0; i < words.length; i++) if (isCandidate(i)) uses.set(words[i]!, (uses.get(words[i]!) ?? 0) + 1);
  return uses;
}

/** Characters that are surnames but stand alone mostly as prepositions, conjunctions or adverbs (将, 于, 向, 和). */
const FUNCTION_SURNAMES = new Set([...'于向将和与及把被从在对为以由给让跟同比到往自之其此该每各某本只已也都就才又再还更最很太而或的是有个第']);

function isSurnameAlone(word: string): boolean {
  return word.length === 1 && peopleLexicon().surnames.has(word) && !FUNCTION_SURNAMES.has(word);
}

/** The policy IDF, which tells a shared coinage from a name (read when a split name is first suspected). */
let policyIdf: Idf | undefined;
/** Policy texts that must use a coined word for it to be a shared coinage, not a name (涉黑, 涉恶: 5 of 353). */
const SHARED_COINAGE_DOCS = 3;

/** Uses a coined word needs in the article before it is judged a piece of a split name (below). */
const SPLIT_NAME_MIN_USES = 3;

/**
 * Names the segmenter knows no part of and cuts in two (东留 / 善固 of 东留善固村, the name said again and again): a word
 * coined by the HMM (dictionary tag x) that follows another coined word in most of its uses is the tail of a name, and
 * that word its head; so is a coined word that follows a surname said alone in most of its uses (李 / 旭升: a given
 * name, the person being called by it elsewhere). A new term of the text (创城, 孤困) follows words of every kind, and coinages the policy texts
 * share (涉黑 / 涉恶) are no name. Returns the candidates' uses when it had to count them.
 */
function splitNamesIn(words: readonly string[], isCandidate: (i: number) => boolean, names: Set<string>): Map<string, number> | undefined {
  let uses: Map<string, number> | undefined; // the candidates' uses, counted once some word needs them
  const afterCoined = new Map<string, number>();
  const heads = new Map<string, string[]>();
  for (let i = 1; i < words.length; i++) {
    // The cheap tests first: a candidate after a candidate or after a surname said alone (most words are neither).
    if (!isCandidate(i)) continue;
    const head = words[i - 1]!;
    const surname = isSurnameAlone(head);
    if (!surname && !isCandidate(i - 1)) continue;
    uses ??= candidateUses(words, isCandidate);
    const word = words[i]!;
    if (uses.get(word)! < SPLIT_NAME_MIN_USES || dictionaryTag(word) !== 'x') continue;
    if (!surname && dictionaryTag(head) !== 'x') continue;
    policyIdf ??= loadIdf();
    if (isPolicyVocabulary(word, policyIdf, SHARED_COINAGE_DOCS) || (!surname && isPolicyVocabulary(head, policyIdf, SHARED_COINAGE_DOCS))) continue;
    afterCoined.set(word, (afterCoined.get(word) ?? 0) + 1);
    (heads.get(word) ?? heads.set(word, []).get(word)!).push(head);
  }
  for (const [word, n] of afterCoined) {
    if (n < NAME_SHARE * uses!.get(word)!) continue;
    names.add(word);
    for (const head of heads.get(word)!) if (head.length > 1) names.add(head);
  }
  return uses;
}
