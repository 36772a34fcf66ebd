// Roster rows from the merged holdings: one per person × post × place; --changes, one per change of holder of a post
// that has one holder at a time; --as-of, the holders on a date. Who is one person: the same name in the same place,
// or in two places one article links (a chain of posts, a transfer, a notice).
import { before, holdingKey, type Holding, type NoticeEvidence, type RosterPartial, type Sighting } from '../extract/roster/holdings.js';
import { isSolePost, substantivePost } from '../extract/roster/posts.js';
import type { Row } from '../types.js';

export const ROSTER_COLUMNS = [
  'person', 'name', 'post', 'org', 'place', 'place_code', 'level', 'first_seen', 'last_seen', 'mentions', 'docs', 'first_evidence', 'last_evidence',
];
export const CHANGE_COLUMNS = [
  'post', 'place', 'place_code', 'before', 'before_last_seen', 'after', 'after_first_seen', 'acting',
  'before_evidence', 'after_evidence', 'notice', 'notice_date', 'notice_evidence',
];

const evidence = (s: Sighting): string => `${s.doc}:${s.line}:${s.column}`;
const byFirst = (a: Holding, b: Holding): number => (before(a.first, b.first) ? -1 : before(b.first, a.first) ? 1 : 0);

/** Each holding's person: its name, with `#2`, `#3`… for the second and later people of one name (by first sighting). */
export function personsOf(roster: RosterPartial): Map<Holding, string> {
  const byName = new Map<string, Holding[]>();
  for (const held of roster.holdings.values()) {
    const list = byName.get(held.name);
    if (list) list.push(held);
    else byName.set(held.name, [held]);
  }
  const persons = new Map<Holding, string>();
  for (const [name, holdings] of byName) {
    // Union-find over the name's places: one place is one person; a link joins two places.
    const parent = new Map<string, string>();
    const find = (code: string): string => {
      let root = code;
      while (parent.get(root) !== root) root = parent.get(root)!;
      parent.set(code, root);
      return root;
    };
    for (const h of holdings) if (!parent.has(h.code)) parent.set(h.code, h.code);
    const codes = [...parent.keys()];
    for (let i = 0; i < codes.length; i++) {
      for (let j = i + 1; j < codes.length; j++) {
        const [a, b] = [codes[i]!, codes[j]!].sort();
        if (roster.links.has(`${name}\u0000${a}\u0000${b}`)) parent.set(find(a!), find(b!));
      }
    }
    const groups = new Map<string, Holding[]>();
    for (const h of holdings) {
      const root = find(h.code);
      const group = groups.get(root);
      if (group) group.push(h);
      else groups.set(root, [h]);
    }
    const ordered = [...groups.values()].map((g) => g.sort(byFirst)).sort((a, b) => byFirst(a[0]!, b[0]!));
    ordered.forEach((group, i) => {
      for (const h of group) persons.set(h, i === 0 ? name : `${name}#${i + 1}`);
    });
  }
  return persons;
}

export function rosterRows(roster: RosterPartial, asOf?: string): Row[] {
  const persons = personsOf(roster);
  let holdings = [...roster.holdings.values()];
  if (asOf) holdings = holdersOn(roster, holdings, persons);
  return holdings
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) || postOrder(a.post, b.post) || byFirst(a, b) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((h) => ({
      person: persons.get(h)!,
      name: h.name,
      post: h.post,
      org: h.org,
      place: h.place,
      place_code: h.code,
      level: h.level,
      first_seen: h.first.date,
      last_seen: h.last.date,
      mentions: h.mentions,
      docs: h.docs,
      first_evidence: evidence(h.first),
      last_evidence: evidence(h.last),
    }));
}

/** Sole posts first (书记 before 长), then the others by name, an acting post after the post: a place's leaders lead. */
function postOrder(a: string, b: string): number {
  const rank = (p: string) => (isSolePost(p) ? (/书记$/.test(p) ? 0 : 1) : 2);
  const [sa, sb] = [substantivePost(a), substantivePost(b)];
  return rank(a) - rank(b) || (sa < sb ? -1 : sa > sb ? 1 : 0) || Number(a !== sa) - Number(b !== sb);
}

/** One holder of a sole post in one place, acting and substantive sightings together. */
interface Tenure {
  person: string;
  name: string;
  first: Sighting;
  last: Sighting;
  /** First seen as the acting holder (代市长). */
  acting: boolean;
}

/** The holders of each sole post in each place, by `post\0code`, in the order they were first seen. */
function tenures(roster: RosterPartial, persons: Map<Holding, string>): Map<string, Tenure[]> {
  const byPost = new Map<string, Map<string, Tenure>>();
  for (const h of roster.holdings.values()) {
    if (!isSolePost(h.post) || h.first.date === null) continue;
    const key = `${substantivePost(h.post)}\u0000${h.code}`;
    let holders = byPost.get(key);
    if (!holders) byPost.set(key, (holders = new Map()));
    const person = persons.get(h)!;
    const acting = h.post !== substantivePost(h.post);
    const t = holders.get(person);
    if (!t) {
      holders.set(person, { person, name: h.name, first: h.first, last: h.last, acting });
      continue;
    }
    if (before(h.first, t.first) || (acting && !before(t.first, h.first))) {
      t.first = h.first;
      t.acting = acting;
    }
    if (before(t.last, h.last)) t.last = h.last;
  }
  const result = new Map<string, Tenure[]>();
  for (const [key, holders] of byPost) result.set(key, [...holders.values()].sort((a, b) => (before(a.first, b.first) ? -1 : before(b.first, a.first) ? 1 : 0)));
  return result;
}

/**
 * A change: two holders of a sole post in a place, one after the other, the first never seen in it once the second
 * was (holders seen by turns are left out: one of them is misread, or the paper names a former holder by the post).
 */
export function changeRows(roster: RosterPartial): Row[] {
  const persons = personsOf(roster);
  const places = new Map<string, string>();
  for (const h of roster.holdings.values()) places.set(h.code, h.place);
  const rows: Row[] = [];
  for (const [key, holders] of tenures(roster, persons)) {
    const [post, code] = key.split('\u0000') as [string, string];
    for (let i = 1; i < holders.length; i++) {
      const [was, now] = [holders[i - 1]!, holders[i]!];
      if (was.last.date! > now.first.date!) continue;
      const notice = noticeFor(roster.notices, post, code, was.name, now.name);
      rows.push({
        post,
        place: places.get(code) ?? null,
        place_code: code,
        before: was.person,
        before_last_seen: was.last.date,
        after: now.person,
        after_first_seen: now.first.date,
        acting: now.acting,
        before_evidence: evidence(was.last),
        after_evidence: evidence(now.first),
        notice: notice?.kind ?? null,
        notice_date: notice?.date ?? null,
        notice_evidence: notice ? evidence(notice) : null,
      });
    }
  }
  return rows.sort((a, b) => String(a.after_first_seen).localeCompare(String(b.after_first_seen)) || String(a.place_code).localeCompare(String(b.place_code)));
}

/** The notice that appoints the new holder to the post, else the one that removes the old. */
function noticeFor(notices: NoticeEvidence[], post: string, code: string, was: string, now: string): NoticeEvidence | undefined {
  const of = (n: NoticeEvidence) => substantivePost(n.post) === post && n.code === code;
  return notices.find((n) => of(n) && n.kind === 'appoint' && n.name === now) ?? notices.find((n) => of(n) && n.kind === 'remove' && n.name === was);
}

/**
 * The holdings on the --as-of date (sightings after it were never counted): a holder of a sole post is gone once
 * another was first seen in it on or after their last sighting, or a notice removed them; an acting holder confirmed in
 * the post shows as the holder.
 */
function holdersOn(roster: RosterPartial, holdings: Holding[], persons: Map<Holding, string>): Holding[] {
  const all = tenures(roster, persons);
  const removed = new Set(roster.notices.filter((n) => n.kind === 'remove').map((n) => holdingKey(n.name, substantivePost(n.post), n.code)));
  return holdings.filter((h) => {
    if (!isSolePost(h.post)) return true;
    const post = substantivePost(h.post);
    if (removed.has(holdingKey(h.name, post, h.code))) return false;
    const holders = all.get(`${post}\u0000${h.code}`) ?? [];
    const person = persons.get(h)!;
    const mine = holders.find((t) => t.person === person);
    if (!mine) return true;
    if (holders.some((t) => t !== mine && before(mine.first, t.first) && !before(t.first, mine.last))) return false;
    // 代市长 then 市长: the acting row goes once the post is held.
    const confirmed = h.post !== post && roster.holdings.get(holdingKey(h.name, post, h.code));
    return !confirmed;
  });
}
