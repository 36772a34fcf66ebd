// Appointment and removal notices: `任命罗文为国家发展和改革委员会副主任`, `应勇同志任湖北省委委员、常委、书记`,
// `尹弘当选河南省省长`, `免去罗文的工业和信息化部副部长职务`, `蒋超良同志不再担任湖北省委书记、常委、委员职务`. Each
// is evidence of its own that a person took or left a post on the article's date. The name comes before the post,
// where the officials finder (a title, then a name) does not look.
import { containsTitleWord } from '../people/lexicon.js';
import { surnameLength } from '../people/names.js';
import type { Place } from '../../types.js';
import { rosterPosts, type RosterPost } from './posts.js';

export interface Notice {
  kind: 'appoint' | 'remove';
  name: string;
  /** Where the name is printed in the article's text. */
  start: number;
  end: number;
  posts: RosterPost[];
}

const NAME = '[\\u3400-\\u9fff]{2,4}?';
// `（女）` after a name in State Council notices.
const FEMALE = '(?:[（(]女[）)])?';
const TITLE = '[^，。；;：:\\n]{2,48}?';
const NOTICES: { kind: Notice['kind']; pattern: RegExp }[] = [
  // 任命A为B; 任命A、C为B (one post for several names is rare: each name is one notice).
  { kind: 'appoint', pattern: new RegExp(`(?<![被])任命(${NAME})${FEMALE}为(${TITLE})(?=[，。；;\\n]|$)`, 'g') },
  // 中共中央决定：应勇同志任湖北省委委员、常委、书记
  { kind: 'appoint', pattern: new RegExp(`(?<![\\u3400-\\u9fff])(${NAME})${FEMALE}同志任(${TITLE})(?=[，。；;\\n]|$)`, 'g') },
  // 尹弘当选河南省省长
  { kind: 'appoint', pattern: new RegExp(`(?<![\\u3400-\\u9fff])(${NAME})当选为?(${TITLE})(?=[，。；;\\n]|$)`, 'g') },
  // 免去罗文的工业和信息化部副部长职务; 免去杨健（女）的…职务
  { kind: 'remove', pattern: new RegExp(`免去(${NAME})${FEMALE}(?:同志)?的(${TITLE})职务`, 'g') },
  // 蒋超良同志不再担任湖北省委书记、常委、委员职务
  { kind: 'remove', pattern: new RegExp(`(?<![\\u3400-\\u9fff])(${NAME})${FEMALE}(?:同志)?不再担任(${TITLE})职务`, 'g') },
];
// `陈润儿同志任宁夏回族自治区党委书记，不再担任河南省委副书记职务`: the name of the clause before.
const CARRIED_REMOVAL = new RegExp(`[，,]不再担任(${TITLE})职务`, 'g');

/** The notices of an article, in text order. */
export function findNotices(text: string, articlePlace: Place | undefined): Notice[] {
  const notices: Notice[] = [];
  for (const { kind, pattern } of NOTICES) {
    for (const match of text.matchAll(pattern)) {
      const name = match[1]!;
      if (!plausibleName(name)) continue;
      const posts = rosterPosts(match[2]!, articlePlace);
      if (posts.length === 0) continue;
      const start = match.index + match[0].indexOf(name, kind === 'remove' && match[0].startsWith('免去') ? 2 : 0);
      notices.push({ kind, name, start, end: start + name.length, posts });
    }
  }
  for (const match of text.matchAll(CARRIED_REMOVAL)) {
    const before = notices.filter((n) => n.kind === 'appoint' && n.end <= match.index && !/[。；;\n]/.test(text.slice(n.end, match.index))).pop();
    if (!before) continue;
    const posts = rosterPosts(match[1]!, articlePlace);
    if (posts.length > 0) notices.push({ kind: 'remove', name: before.name, start: before.start, end: before.end, posts });
  }
  return notices.sort((a, b) => a.start - b.start);
}

function plausibleName(name: string): boolean {
  const surname = surnameLength(name, 0);
  return surname > 0 && name.length > surname && !(name.length === 4 && surname !== 2) && !containsTitleWord(name);
}
