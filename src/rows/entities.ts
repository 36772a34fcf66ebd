// Entity rows: one per mention, or (--unique) one per distinct entity across all files.
import { ENTITY_TYPES } from '../extract/entities.js';
import type { Article, EntitySpan, EntityType, Row } from '../types.js';
import { spanCells } from './location.js';

export const ENTITY_COLUMNS = [
  'doc', 'article', 'line', 'column', 'type', 'text', 'name', 'title', 'org', 'role', 'level', 'code', 'value', 'date', 'context',
];
export const UNIQUE_ENTITY_COLUMNS = ['type', 'name', 'titles', 'org', 'level', 'code', 'value', 'mentions', 'docs', 'first_seen'];

/** One distinct entity, summed over its mentions. Plain data so it crosses worker threads. */
export interface UniqueEntity {
  type: EntityType;
  name: string;
  titles: string[];
  orgs: string[];
  level: string | null;
  code: string | null;
  value: number | string | null;
  mentions: number;
  docs: string[];
  firstSeen: string;
}

export function mentionRow(article: Article, e: EntitySpan): Row {
  const at = spanCells(article, e.start, e.end);
  // Fields written out in column order, not spread: rows of one shape keep V8 on its fast path (a spread here cost
  // ~5 % of an entities run).
  return {
    doc: at.doc,
    article: at.article,
    line: at.line,
    column: at.column,
    type: e.kind,
    text: at.text,
    name: e.name,
    title: e.title ?? null,
    org: e.org ?? null,
    role: e.role ?? null,
    level: e.level ?? null,
    code: e.code ?? null,
    value: e.value ?? null,
    date: e.date ?? null,
    context: at.context,
  };
}

export function uniqueEntityRows(all: Map<string, UniqueEntity>): Row[] {
  return [...all.values()]
    .sort((a, b) => ENTITY_TYPES.indexOf(a.type) - ENTITY_TYPES.indexOf(b.type) || b.mentions - a.mentions || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((u) => ({
      type: u.type,
      name: u.name,
      titles: u.titles.join('; ') || null,
      org: u.orgs.join('; ') || null,
      level: u.level,
      code: u.code,
      value: u.value,
      mentions: u.mentions,
      docs: u.docs.length,
      first_seen: u.firstSeen,
    }));
}
