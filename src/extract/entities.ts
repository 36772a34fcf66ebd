// Runs the entity recognisers over an article and settles what they say together.
import type { Article, EntitySpan, EntityType } from '../types.js';
import { findPlaces } from './places/places.js';
import { findPeople } from './people/people.js';
import { findMeetings } from './meetings/meetings.js';
import { findOrgs, tokenIndex } from './orgs/orgs.js';
import { findSlogans } from './slogans/slogans.js';
import { findDates } from './dates/dates.js';

export const ENTITY_TYPES: EntityType[] = ['official', 'person', 'meeting', 'event', 'place', 'org', 'slogan', 'date'];

/** Every entity of the asked types, in text order (then longer first, then by type). */
export function findEntities(article: Article, types: readonly EntityType[] = ENTITY_TYPES): EntitySpan[] {
  const wanted = new Set(types);
  // concat, not push(...): a 100 MB page has more spans than a call can take arguments.
  let found: EntitySpan[] = [];
  // Orgs and slogans tag the whole article; people then take their sentences' tokens from it.
  const wholeText = ['org', 'place', 'slogan'].some((t) => wanted.has(t as EntityType)) ? tokenIndex(article).tokens : undefined;
  if (wanted.has('official') || wanted.has('person')) found = found.concat(findPeople(article, wholeText));
  if (wanted.has('meeting') || wanted.has('event')) found = found.concat(findMeetings(article));
  const orgs = wanted.has('org') || wanted.has('place') ? findOrgs(article) : [];
  if (wanted.has('org')) found = found.concat(orgs);
  if (wanted.has('place')) found = found.concat(markPlacesInOrgs(findPlaces(article), orgs));
  if (wanted.has('slogan')) found = found.concat(findSlogans(article));
  if (wanted.has('date')) found = found.concat(findDates(article));
  return dedupe(found.filter((e) => wanted.has(e.kind))).sort(
    (a, b) => a.start - b.start || b.end - a.end || ENTITY_TYPES.indexOf(a.kind) - ENTITY_TYPES.indexOf(b.kind),
  );
}

/** A place inside an organisation's name (`潍坊市委组织部`) is part of that name, not a place the text talks about. */
function markPlacesInOrgs(places: EntitySpan[], orgs: EntitySpan[]): EntitySpan[] {
  // Orgs by start, so each place looks only at the orgs that can hold it (those starting at most the longest org's
  // length before it): linear on long pages, where scanning every org for every place was quadratic.
  const byStart = orgs.map((org, order) => ({ org, order })).sort((a, b) => a.org.start - b.org.start || a.order - b.order);
  const longest = orgs.reduce((max, o) => Math.max(max, o.end - o.start), 0);
  return places.map((place) => {
    if (place.org) return place;
    let lo = 0;
    let hi = byStart.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byStart[mid]!.org.start <= place.start) lo = mid + 1;
      else hi = mid;
    }
    // The first org in the recognisers' order that holds the place, as before.
    let best: { org: EntitySpan; order: number } | undefined;
    for (let i = lo - 1; i >= 0 && byStart[i]!.org.start >= place.start - longest; i--) {
      const o = byStart[i]!;
      if (place.end <= o.org.end && o.org.end - o.org.start > place.end - place.start && (!best || o.order < best.order)) best = o;
    }
    return best ? { ...place, org: best.org.text } : place;
  });
}

/** Two recognisers may report the same thing: keep one span per kind and offsets. */
function dedupe(entities: EntitySpan[]): EntitySpan[] {
  const seen = new Set<string>();
  return entities.filter((e) => {
    const key = `${e.kind}:${e.start}:${e.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
