// Entity rows: one per mention, or (--unique) one per distinct entity across all files.
import { locate } from '../corpus/locate.js';
import { ENTITY_TYPES, findEntities } from '../extract/entities.js';
import type { Article, EntitySpan, EntityType, Row } from '../types.js';
import { UsageError } from '../types.js';
import type { ProcessorOutput } from '../pipeline/processors.js';

export const ENTITY_COLUMNS = [
  'doc', 'article', 'line', 'column', 'type', 'text', 'name', 'title', 'org', 'role', 'level', 'code', 'value', 'date', 'context',
];
export const UNIQUE_ENTITY_COLUMNS = ['type', 'name', 'titles', 'org', 'level', 'code', 'value', 'mentions', 'docs', 'first_seen'];

export interface EntityParams {
  types: EntityType[];
  unique?: boolean;
}

export function parseEntityTypes(list: string | undefined, fallback: EntityType[] = ENTITY_TYPES): EntityType[] {
  if (!list) return fallback;
  const types = list.split(',').map((t) => t.trim()).filter(Boolean);
  if (types.includes('all')) return ENTITY_TYPES;
  for (const type of types) {
    if (!ENTITY_TYPES.includes(type as EntityType)) throw new UsageError(`--type: unknown type '${type}' (one of ${ENTITY_TYPES.join(', ')})`);
  }
  return types as EntityType[];
}

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

export function entitiesOutput(articles: Article[], params: EntityParams): ProcessorOutput {
  const mentions: { article: Article; entity: EntitySpan }[] = [];
  for (const article of articles) for (const entity of findEntities(article, params.types)) mentions.push({ article, entity });
  if (params.unique) return { rows: [], partial: uniqueEntities(mentions) };
  return { rows: mentions.map(({ article, entity }) => mentionRow(article, entity)) };
}

function mentionRow(article: Article, e: EntitySpan): Row {
  const where = locate(article, e.start, e.end);
  return {
    doc: article.doc,
    article: article.index,
    line: where.line,
    column: where.column,
    type: e.kind,
    text: where.original,
    name: e.name,
    title: e.title ?? null,
    org: e.org ?? null,
    role: e.role ?? null,
    level: e.level ?? null,
    code: e.code ?? null,
    value: e.value ?? null,
    date: e.date ?? null,
    context: where.context,
  };
}

function uniqueKey(e: EntitySpan): string {
  return `${e.kind}\u0000${e.name}\u0000${e.code ?? ''}`;
}

function uniqueEntities(mentions: { article: Article; entity: EntitySpan }[]): Map<string, UniqueEntity> {
  const byKey = new Map<string, UniqueEntity>();
  for (const { article, entity: e } of mentions) {
    const key = uniqueKey(e);
    let u = byKey.get(key);
    if (!u) {
      const where = locate(article, e.start, e.end);
      u = {
        type: e.kind, name: e.name, titles: [], orgs: [], level: e.level ?? null, code: e.code ?? null, value: e.value ?? null,
        mentions: 0, docs: [article.doc], firstSeen: `${article.doc}:${where.line}:${where.column}`,
      };
      byKey.set(key, u);
    }
    u.mentions++;
    if (e.title && !u.titles.includes(e.title)) u.titles.push(e.title);
    if (e.org && !u.orgs.includes(e.org)) u.orgs.push(e.org);
  }
  return byKey;
}

/** Merge a later file's distinct entities into the running set (files arrive in input order, so first_seen stays first). */
export function mergeUniqueEntities(into: Map<string, UniqueEntity>, from: Map<string, UniqueEntity>): void {
  for (const [key, u] of from) {
    const existing = into.get(key);
    if (!existing) {
      into.set(key, { ...u, titles: [...u.titles], orgs: [...u.orgs], docs: [...u.docs] });
      continue;
    }
    existing.mentions += u.mentions;
    for (const t of u.titles) if (!existing.titles.includes(t)) existing.titles.push(t);
    for (const o of u.orgs) if (!existing.orgs.includes(o)) existing.orgs.push(o);
    for (const d of u.docs) if (!existing.docs.includes(d)) existing.docs.push(d);
  }
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
