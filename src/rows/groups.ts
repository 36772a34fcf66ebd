// How rows are grouped (--by): the key that separates groups and the columns that name a group in the output.
import type { Article, Cell, Place } from '../types.js';
import { gazetteer } from '../extract/places/gazetteer.js';

export type GroupBy = 'corpus' | 'doc' | 'article' | 'place' | 'prefecture' | 'level' | 'year' | 'date';
/** Levels in the order groups print (biggest first); articles without a place come last as `unknown`. */
const LEVEL_ORDER = ['country', 'province', 'prefecture', 'county', 'foreign'];
export const UNKNOWN_GROUP = 'unknown';

export interface Group {
  key: string;
  /** Columns naming the group, in output order. */
  label: Record<string, Cell>;
}

export function groupColumns(by: GroupBy): string[] {
  switch (by) {
    case 'corpus':
      return [];
    case 'doc':
      return ['doc'];
    case 'article':
      return ['doc', 'article'];
    case 'place':
    case 'prefecture':
      return ['place', 'place_code'];
    case 'level':
      return ['level'];
    case 'year':
      return ['year'];
    case 'date':
      return ['date'];
  }
}

export function groupOf(article: Article, by: GroupBy): Group {
  switch (by) {
    case 'corpus':
      return { key: '', label: {} };
    case 'doc':
      return { key: article.doc, label: { doc: article.doc } };
    case 'article':
      return { key: `${article.doc}\u0000${String(article.index).padStart(6, '0')}`, label: { doc: article.doc, article: article.index } };
    case 'place': {
      const place = article.place;
      return { key: place ? place.code || place.name : '', label: { place: place?.name ?? null, place_code: place?.code || null } };
    }
    case 'prefecture': {
      // A county (or district) counts with its prefecture; provinces, prefectures and foreign places stay themselves.
      const place = article.place?.level === 'county' ? prefectureOfCounty(article.place) : article.place;
      return { key: place ? place.code || place.name : '', label: { place: place?.name ?? null, place_code: place?.code || null } };
    }
    case 'level': {
      const level = article.place?.level;
      const order = level ? LEVEL_ORDER.indexOf(level) : -1;
      // The key sorts levels biggest first (country before province…), the label is the level's name.
      return level ? { key: `${order < 0 ? 9 : order}:${level}`, label: { level } } : { key: '', label: { level: UNKNOWN_GROUP } };
    }
    case 'year': {
      const year = yearOf(article.date);
      return year ? { key: year, label: { year } } : { key: '', label: { year: UNKNOWN_GROUP } };
    }
    case 'date': {
      // A date without its year (`12-24`) still tells days apart, so it stays a group of its own.
      const date = article.date?.split('/')[0]?.trim();
      return date ? { key: date, label: { date } } : { key: '', label: { date: UNKNOWN_GROUP } };
    }
  }
}

/** The year of an ISO date (`2022-12-24`, `2022-12`, `2022`, a range's start); undefined for `12-24` or none. */
export function yearOf(date: string | undefined): string | undefined {
  return date ? /^(\d{4})(?!\d)/.exec(date.trim())?.[1] : undefined;
}

/** A group's name in one cell, for `compare` and for wide columns: `潍坊市 370700`, a doc path, a level, a year. */
/** The group's name without its code (`潍坊市`), for compare's `group` column; the code goes to `group_code`. */
export function groupLabel(group: Group): string {
  const { place_code: _code, ...rest } = group.label;
  return groupName({ ...group, label: rest });
}

/** The group's place code (`370700`), or null when it is not a place. */
export function groupCode(group: Group): string | null {
  const code = group.label.place_code;
  return typeof code === 'string' && code !== '' ? code : null;
}

export function groupName(group: Group): string {
  if (Object.keys(group.label).length === 0) return 'all'; // --by corpus: one group, the whole input
  const cells = Object.values(group.label).filter((c) => c !== null && c !== '');
  return cells.length > 0 ? cells.map(String).join(' ') : UNKNOWN_GROUP;
}

/** A county's prefecture; a district of a municipality (北京市朝阳区, parent 110000) rolls up into the municipality. */
function prefectureOfCounty(county: Place): Place {
  const places = gazetteer();
  return places.prefectureOf(county) ?? (county.parent ? places.byCode(county.parent) : undefined) ?? county;
}

/** Groups print in a stable order: by key (place code, doc path, year, level…), the unknown group (empty key) last. */
export function compareGroupKeys(a: string, b: string): number {
  if (a === '' || b === '') return a === b ? 0 : a === '' ? 1 : -1;
  return a < b ? -1 : a > b ? 1 : 0;
}
