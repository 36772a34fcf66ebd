// Runs the entity recognisers over an article and settles what they say together.
import type { Article, EntitySpan, EntityType } from '../types.js';
import { findPlaces } from './places.js';
import { findPeople } from './people.js';
import { findMeetings } from './meetings.js';
import { findOrgs } from './orgs.js';
import { findSlogans } from './slogans.js';
import { findDates } from './dates.js';

export const ENTITY_TYPES: EntityType[] = ['official', 'person', 'meeting', 'event', 'place', 'org', 'slogan', 'date'];

/** Every entity of the asked types, in text order (then longer first, then by type). */
export function findEntities(article: Article, types: readonly EntityType[] = ENTITY_TYPES): EntitySpan[] {
  const wanted = new Set(types);
  const found: EntitySpan[] = [];
  if (wanted.has('official') || wanted.has('person')) found.push(...findPeople(article));
  if (wanted.has('meeting') || wanted.has('event')) found.push(...findMeetings(article));
  const orgs = wanted.has('org') || wanted.has('place') ? findOrgs(article) : [];
  if (wanted.has('org')) found.push(...orgs);
  if (wanted.has('place')) found.push(...markPlacesInOrgs(findPlaces(article), orgs));
  if (wanted.has('slogan')) found.push(...findSlogans(article));
  if (wanted.has('date')) found.push(...findDates(article));
  return dedupe(found.filter((e) => wanted.has(e.kind))).sort(
    (a, b) => a.start - b.start || b.end - a.end || ENTITY_TYPES.indexOf(a.kind) - ENTITY_TYPES.indexOf(b.kind),
  );
}

/** A place inside an organisation's name (`潍坊市委组织部`) is part of that name, not a place the text talks about. */
function markPlacesInOrgs(places: EntitySpan[], orgs: EntitySpan[]): EntitySpan[] {
  return places.map((place) => {
    if (place.org) return place;
    const org = orgs.find((o) => o.start <= place.start && place.end <= o.end && o.end - o.start > place.end - place.start);
    return org ? { ...place, org: org.text } : place;
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
