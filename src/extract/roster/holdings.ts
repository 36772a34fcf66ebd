// Who held which post where, as one file's articles show it: per person × post × place, the first and last dated
// sighting (with where it is printed), mentions and documents; which names one article links across places; and the
// appointment and removal notices. Plain data, so a file's result crosses worker threads; files merge in input order,
// in memory that grows with the posts named, not with the text.
import { lineColumn } from '../../corpus/locate.js';
import { findPeople } from '../people/people.js';
import { isForeignPlace } from '../people/posts.js';
import { CHINA } from '../places/gazetteer.js';
import type { Article, EntitySpan } from '../../types.js';
import { findNotices } from './notices.js';
import { rosterPosts, type RosterPost } from './posts.js';

/** One mention of a person in a post: the article's date and where the name is printed. */
export interface Sighting {
  date: string | null;
  doc: string;
  line: number;
  column: number;
}

export interface Holding {
  name: string;
  post: string;
  org: string | null;
  place: string;
  code: string;
  level: string;
  first: Sighting;
  last: Sighting;
  mentions: number;
  docs: number;
  /** The doc of the last mention counted: a doc's articles come together, so a new doc is one more. */
  lastDoc: string;
}

/** A notice, as evidence for a change: who, which post, where, appointed or removed, when and where printed. */
export interface NoticeEvidence extends Sighting {
  kind: 'appoint' | 'remove';
  name: string;
  post: string;
  code: string;
}

export interface RosterPartial {
  holdings: Map<string, Holding>;
  /** `name\0codeA\0codeB` (codes sorted): one article names this person in posts of both places. */
  links: Set<string>;
  notices: NoticeEvidence[];
}

export function emptyRoster(): RosterPartial {
  return { holdings: new Map(), links: new Set(), notices: [] };
}

/** The article's date: the one its source gives (a record's `date`, a transcript's day), else its dateline's in full. */
export function articleDate(article: Article): string | null {
  for (const date of [article.givenDate, article.date]) if (date && /^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  return null;
}

export function holdingKey(name: string, post: string, code: string): string {
  return `${name}\u0000${post}\u0000${code}`;
}

/**
 * Add an article's officials to the roster. Only mentions whose title is printed at the name count (`市长张三`,
 * `李强总理`): a later bare `张三` or a name in a list takes a title the finder carried over, which the row's evidence
 * would not show. `asOf`: articles dated after it, or undated, are left out.
 */
export function addArticle(roster: RosterPartial, article: Article, asOf?: string): void {
  const date = articleDate(article);
  if (asOf && (!date || date > asOf)) return;
  const codesByName = new Map<string, Set<string>>();
  const sightingAt = (start: number): Sighting => {
    const { line, column } = lineColumn(article.source, article.origin[start]!);
    return { date, doc: article.doc, line, column };
  };
  const officials = findPeople(article).filter((o) => o.kind === 'official' && o.title && o.level !== 'foreign');
  // Titles before the name first: a title after it (`朴元淳市长`) places nothing by itself, so it counts only for a post
  // the article gives the name before it, or a central one.
  const titledBefore = new Set<string>();
  for (const after of [false, true]) {
    for (const official of officials) {
      const printed = titlePrinted(article.text, official);
      if (printed !== (after ? 'after' : 'before')) continue;
      for (const post of rosterPosts(official.title!, article.place)) {
        const key = holdingKey(official.name, post.post, post.place.code);
        if (after && !titledBefore.has(key) && post.place.code !== CHINA.code) continue;
        titledBefore.add(key);
        addSighting(roster, official.name, post, sightingAt(official.start));
        let codes = codesByName.get(official.name);
        if (!codes) codesByName.set(official.name, (codes = new Set()));
        codes.add(post.place.code);
      }
    }
  }
  for (const notice of findNotices(article.text, article.place)) {
    const at = sightingAt(notice.start);
    for (const post of notice.posts) {
      addSighting(roster, notice.name, post, at);
      roster.notices.push({ ...at, kind: notice.kind, name: notice.name, post: post.post, code: post.place.code });
      let codes = codesByName.get(notice.name);
      if (!codes) codesByName.set(notice.name, (codes = new Set()));
      codes.add(post.place.code);
    }
  }
  // One article names one person by one name: posts in two places are one career (a transfer, a chain of posts).
  for (const [name, codes] of codesByName) {
    const sorted = [...codes].sort();
    for (let i = 0; i < sorted.length; i++) for (let j = i + 1; j < sorted.length; j++) roster.links.add(`${name}\u0000${sorted[i]}\u0000${sorted[j]}`);
  }
}

/**
 * Where the title is printed: right before the name (spaces allowed: `省长 周乃翔`), right after it (`李强总理`), or
 * not at the name (a title carried over from another mention). A title right after a foreign city (`首尔市市长`, the
 * city's name read as no part of it) is none of ours.
 */
function titlePrinted(text: string, e: EntitySpan): 'before' | 'after' | undefined {
  const title = e.title!;
  let before = e.start;
  while (before > 0 && /[ \u3000]/.test(text[before - 1]!)) before--;
  if (text.startsWith(title, before - title.length)) return foreignBefore(text, before - title.length) ? undefined : 'before';
  return text.startsWith(title, e.end) && !foreignBefore(text, e.start) ? 'after' : undefined;
}

function foreignBefore(text: string, at: number): boolean {
  for (let length = 2; length <= 6 && length <= at; length++) if (isForeignPlace(text.slice(at - length, at))) return true;
  return false;
}

function addSighting(roster: RosterPartial, name: string, post: RosterPost, at: Sighting): void {
  const key = holdingKey(name, post.post, post.place.code);
  const held = roster.holdings.get(key);
  if (!held) {
    roster.holdings.set(key, {
      name, post: post.post, org: post.org ?? null, place: post.place.name, code: post.place.code, level: post.place.level,
      first: at, last: at, mentions: 1, docs: 1, lastDoc: at.doc,
    });
    return;
  }
  held.mentions++;
  if (held.lastDoc !== at.doc) {
    held.docs++;
    held.lastDoc = at.doc;
  }
  if (held.org === null && post.org) held.org = post.org;
  if (before(at, held.first)) held.first = at;
  if (notBefore(at, held.last)) held.last = at;
}

/** Whether sighting a comes before b: by date, a dated one before an undated one, else not (input order stands). */
export function before(a: Sighting, b: Sighting): boolean {
  if (a.date === null) return false;
  return b.date === null || a.date < b.date;
}

/** Whether a later sighting a replaces b as the last: dated on or after it (an undated one only replaces an undated one). */
function notBefore(a: Sighting, b: Sighting): boolean {
  if (b.date === null) return true;
  return a.date !== null && a.date >= b.date;
}

/** Merge a later file's roster into the total (files in input order: first stays first, last goes to the later). */
export function mergeRoster(into: RosterPartial, from: RosterPartial): void {
  for (const [key, held] of from.holdings) {
    const mine = into.holdings.get(key);
    if (!mine) {
      into.holdings.set(key, held);
      continue;
    }
    mine.mentions += held.mentions;
    mine.docs += held.docs; // a doc is one file's (or one record's): never in two files
    mine.lastDoc = held.lastDoc;
    if (mine.org === null) mine.org = held.org;
    if (before(held.first, mine.first)) mine.first = held.first;
    if (notBefore(held.last, mine.last)) mine.last = held.last;
  }
  for (const link of from.links) into.links.add(link);
  for (const notice of from.notices) into.notices.push(notice);
}
