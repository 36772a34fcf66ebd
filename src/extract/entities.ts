// Runs the entity recognisers over an article and settles what they say together.
import type { Article, EntitySpan, EntityType, Segmentation } from '../types.js';
import { findPlaces } from './places/places.js';
import { findPeople } from './people/people.js';
import { findMeetings } from './meetings/meetings.js';
import { findOrgs } from './orgs/orgs.js';
import { findSlogans } from './slogans/slogans.js';
import { findDates } from './dates/dates.js';
import { tokensOf } from '../nlp/article-tokens.js';

export const ENTITY_TYPES: EntityType[] = ['official', 'person', 'meeting', 'event', 'place', 'org', 'slogan', 'date'];

/** Types whose recognisers read the article's tagged tokens: orgs (and places, set against orgs), slogans, meetings. */
const NEED_TAGS: readonly EntityType[] = ['meeting', 'event', 'place', 'org', 'slogan'];

/**
 * What findEntities needs of the segmentation stage: tagged tokens, unless only people are asked for, whose
 * recogniser tags just the sentences where a person may be named (a third of the text).
 */
export function entitySegmentation(types: readonly EntityType[]): Segmentation {
  return types.some((t) => NEED_TAGS.includes(t)) ? 'tagged' : 'none';
}

/**
 * Every entity of the asked types, in text order (then longer first, then by type). The article must carry what
 * entitySegmentation(types) asks for.
 */
export function findEntities(article: Article, types: readonly EntityType[] = ENTITY_TYPES): EntitySpan[] {
  const wanted = new Set(types);
  // concat, not push(...): a 100 MB page has more spans than a call can take arguments.
  let found: EntitySpan[] = [];
  // People take their sentences' tokens from the whole article's where they line up, when orgs, places or slogans
  // are asked for (as they always have: with meetings alone they tag their sentences, and their names stay the same).
  const wholeText = ['org', 'place', 'slogan'].some((t) => wanted.has(t as EntityType)) ? tokensOf(article, true) : undefined;
  if (wanted.has('official') || wanted.has('person')) found = found.concat(findPeople(article, wholeText));
  if (wanted.has('meeting') || wanted.has('event')) found = found.concat(findMeetings(article));
  const orgs = wanted.has('org') || wanted.has('place') ? findOrgs(article) : [];
  if (wanted.has('org')) found = found.concat(orgs);
  if (wanted.has('place')) found = found.concat(markPlacesInOrgs(findPlaces(article), orgs));
  if (wanted.has('slogan')) found = found.concat(findSlogans(article));
  if (wanted.has('date')) found = found.concat(findDates(article));
  // The sort is stable and puts spans of one kind and offsets side by side, the first found first: keeping the first of
  // each run is what dropping repeats before sorting kept (without a string key per span).
  const sorted = found
    .filter((e) => wanted.has(e.kind))
    .sort((a, b) => a.start - b.start || b.end - a.end || (TYPE_ORDER.get(a.kind) ?? -1) - (TYPE_ORDER.get(b.kind) ?? -1));
  return dedupe(sorted);
}

const TYPE_ORDER = new Map(ENTITY_TYPES.map((type, k) => [type, k]));

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

/** Two recognisers may report the same thing: keep one span per kind and offsets (of spans sorted as findEntities sorts). */
function dedupe(sorted: EntitySpan[]): EntitySpan[] {
  return sorted.filter((e, k) => {
    const previous = sorted[k - 1];
    return !previous || previous.start !== e.start || previous.end !== e.end || previous.kind !== e.kind;
  });
}
