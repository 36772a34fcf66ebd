// The jurisdiction of a post: the place its organisation governs (潍坊市委书记 → 潍坊市, 山西省忻州市委 → 忻州市, 中共中央
// → 中国, 市委 in an article about a county-level city → that city). `officials --unique` keys a person on it, so two
// officials of one name in two cities are two rows. A title chain gives its lowest jurisdiction
// (`全国人大代表、北京大兴区委书记` → 大兴区).
import type { Place } from '../../types.js';
import { CHINA, gazetteer } from './gazetteer.js';

/** Organs of the centre, named without a place; a ministry (`商务部`), not a branch (`党支部`) or a club. */
const CENTRAL = /^(?:中共中央|中央|国务院|全国|国家|最高人民|[^\s]{1,6}(?<![支分总本干乐])部(?:长|部长|副部长)?$)/;

const DEPTH: Record<string, number> = { country: 0, province: 1, prefecture: 2, county: 3 };

/** The longest place name at `at` in `text` that lies inside `within` (or anywhere), nearest the article first. */
function placeAt(text: string, at: number, within: Place | undefined, articlePlace: Place | undefined): Place | undefined {
  const gaz = gazetteer();
  const near = articlePlace ? [articlePlace, ...gaz.parentChain(articlePlace)] : [];
  for (let end = Math.min(text.length, at + 12); end >= at + 2; end--) {
    let found = gaz.lookup(text.slice(at, end)).filter((p) => p.level !== 'foreign' && p.level !== 'country');
    if (within) found = found.filter((p) => gaz.parentChain(p).includes(within));
    if (found.length === 0) continue;
    // Several places of one name (鼓楼区 ×5): the one in the article's own chain, or inside its province.
    const province = articlePlace && gaz.provinceOf(articlePlace);
    return found.find((p) => near.includes(p)) ?? found.find((p) => province && gaz.provinceOf(p) === province) ?? found[0];
  }
  return undefined;
}

/** The deepest place named at the start of a post (`山西省忻州市委` → 忻州市: 山西省, then 忻州 inside it). */
function placeAtStart(post: string, articlePlace: Place | undefined): Place | undefined {
  let place: Place | undefined;
  let at = 0;
  for (let next = placeAt(post, 0, undefined, articlePlace); next; next = placeAt(post, at, place, articlePlace)) {
    place = next;
    at += printedLength(post.slice(at), next);
  }
  return place;
}

/** How many characters of `text` the place's name (full or short) takes at its start. */
function printedLength(text: string, place: Place): number {
  for (let end = Math.min(text.length, 12); end >= 2; end--) if (gazetteer().lookup(text.slice(0, end)).includes(place)) return end;
  return place.name.length;
}

/** A foreign organisation (`越共中央`, `俄罗斯联邦委员会`) governs no place of ours. */
function foreignAtStart(post: string): boolean {
  for (let end = Math.min(post.length, 8); end >= 2; end--) {
    if (gazetteer().lookup(post.slice(0, end)).some((p) => p.level === 'foreign')) return true;
  }
  return false;
}

/** The article's own division at the level an unqualified organ names (`省委` → province, `市委` → prefecture). */
function ownDivision(post: string, articlePlace: Place | undefined): Place | undefined {
  if (!articlePlace) return undefined;
  const gaz = gazetteer();
  if (/^(?:省|自治区)/.test(post)) return gaz.provinceOf(articlePlace);
  if (/^(?:市|州|盟)/.test(post)) return articlePlace.level === 'county' && /市$/.test(articlePlace.name) ? articlePlace : gaz.prefectureOf(articlePlace) ?? articlePlace;
  if (/^(?:县|区|旗)/.test(post)) return articlePlace.level === 'county' ? articlePlace : undefined;
  return undefined;
}

function jurisdictionOfPost(post: string, articlePlace: Place | undefined): Place | undefined {
  if (foreignAtStart(post)) return undefined;
  return placeAtStart(post, articlePlace) ?? ownDivision(post, articlePlace) ?? (CENTRAL.test(post) ? CHINA : undefined);
}

/**
 * Where an official's post governs: the lowest jurisdiction of the posts in the title chain and the organisation, or
 * undefined when none is a place of ours (a foreign or unknown organisation).
 */
export function jurisdictionOf(org: string | undefined, title: string | undefined, articlePlace: Place | undefined): Place | undefined {
  let lowest: Place | undefined;
  for (const post of [org ?? '', ...(title ?? '').split(/[、，,]/)]) {
    if (post === '') continue;
    const place = jurisdictionOfPost(post, articlePlace);
    if (place && (!lowest || DEPTH[place.level]! > DEPTH[lowest.level]!)) lowest = place;
  }
  return lowest;
}
