// Word lists for recognising people: surnames and the words of titles, loaded once from src/data/.
import { readWordList } from '../../word-lists.js';
import { PhraseMatcher } from '../../nlp/phrase-matcher.js';

export interface PeopleLexicon {
  surnames: Set<string>;
  compoundSurnames: Set<string>;
  /** Posts of public office (书记, 副市长…): a person named with one is an official. */
  posts: Set<string>;
  /** Roles that are not public posts (村民, 技师…). */
  roles: Set<string>;
  /** Posts in firms (董事长, 总经理): their holders are persons, with the firm as org. */
  companyPosts: Set<string>;
  /** Posts in associations (会长, 理事长): persons, unless the body is a people's organisation. */
  associationPosts: Set<string>;
  /** People's organisations (总工会, 共青团, 妇联…): the holders of their posts are officials. */
  peoplesOrgs: string[];
  /** Words of village and community bodies (村, 社区): an official of one has level `village`. */
  villageBodies: string[];
  /** Credits of reporters and photographers (记者, 通讯员…). */
  bylines: Set<string>;
  /** What an official does at the event (出席, 讲话…). */
  events: string[];
  /** Organ names that end the organisation part of a title (委, 政协…). */
  organs: string[];
  /** Finds posts and roles in text (longest first), and credits. */
  titleWords: PhraseMatcher;
  bylineWords: PhraseMatcher;
}

let lexicon: PeopleLexicon | undefined;

export function peopleLexicon(): PeopleLexicon {
  if (lexicon) return lexicon;
  const surnames = new Set<string>();
  const compoundSurnames = new Set<string>();
  for (const word of readWordList('surnames.txt')) (word.length === 1 ? surnames : compoundSurnames).add(word);
  const sections = new Map<string, string[]>();
  for (const line of readWordList('titles.txt')) {
    const [section, word] = line.split('\t');
    if (!section || !word) continue;
    sections.set(section, [...(sections.get(section) ?? []), word]);
  }
  const words = (section: string) => sections.get(section) ?? [];
  lexicon = {
    surnames,
    compoundSurnames,
    posts: new Set(words('post')),
    roles: new Set(words('role')),
    companyPosts: new Set(words('company')),
    associationPosts: new Set(words('assoc')),
    peoplesOrgs: longestWordsFirst(words('peoples-org')),
    villageBodies: longestWordsFirst(words('village')),
    bylines: new Set(words('byline')),
    events: longestWordsFirst(words('event')),
    organs: longestWordsFirst(words('organ')),
    titleWords: new PhraseMatcher([[...words('post'), ...words('role'), ...words('company'), ...words('assoc')]]),
    bylineWords: new PhraseMatcher([words('byline')]),
  };
  return lexicon;
}

/** Whether a post, role or credit word occurs anywhere in `piece` (then it is no name). */
export function containsTitleWord(piece: string, lexicon: PeopleLexicon = peopleLexicon()): boolean {
  for (let i = 0; i < piece.length; i++) {
    for (let j = i + 2; j <= piece.length; j++) {
      const word = piece.slice(i, j);
      if (lexicon.posts.has(word) || lexicon.roles.has(word) || lexicon.bylines.has(word)) return true;
      if (lexicon.companyPosts.has(word) || lexicon.associationPosts.has(word)) return true;
    }
  }
  return false;
}

/**
 * Longest first, then in code point order. Every use of these lists matches them at one position (startsWith, a regex
 * alternation, includes), where two words of one length never both match, so the order of a tie changes nothing; it
 * was localeCompare's, which started ICU's collator (tens of milliseconds) in every run that names people.
 */
function longestWordsFirst(words: string[]): string[] {
  return [...new Set(words)].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
}

