// `entities` (and its shortcuts officials, meetings, places, slogans): one row per mention, or with --unique one row
// per distinct entity across every file.
import { ENTITY_TYPES, entitySegmentation, findEntities } from '../extract/entities.js';
import { ENTITY_COLUMNS, mentionRow, UNIQUE_ENTITY_COLUMNS, uniqueEntityRows, type UniqueEntity } from '../rows/entities.js';
import { spanCells } from '../rows/location.js';
import { UsageError, type Article, type EntitySpan, type EntityType } from '../types.js';
import type { CommandParams, CommandSpec } from './command.js';

export interface EntityParams extends CommandParams {
  types: EntityType[];
  unique?: boolean;
}

export type UniqueEntities = Map<string, UniqueEntity>;

/** --type: a comma-separated list or `all`; every type when absent. */
export function parseEntityTypes(list: string | undefined, fallback: EntityType[] = ENTITY_TYPES): EntityType[] {
  if (!list) return fallback;
  const types = list.split(',').map((t) => t.trim()).filter(Boolean);
  if (types.includes('all')) return ENTITY_TYPES;
  for (const type of types) {
    if (!ENTITY_TYPES.includes(type as EntityType)) throw new UsageError(`--type: unknown type '${type}' (one of ${ENTITY_TYPES.join(', ')})`);
  }
  return types as EntityType[];
}

/** The params of the command line's --type (or a shortcut's fixed types), --unique and --by place. */
export function entityParams(types: EntityType[], unique: boolean, byPlace: boolean): EntityParams {
  if (unique && byPlace) throw new UsageError('--by place gives one row per mention: it does not go with --unique');
  return { types, unique, byPlace };
}

const entities: CommandSpec<EntityParams, UniqueEntities> = {
  url: import.meta.url,
  // Officials' and meetings' jurisdictions come from the article's place.
  needs: (params) => ({ attribute: true, segmentation: entitySegmentation(params.types) }),
  columns: (params) => (params.unique ? UNIQUE_ENTITY_COLUMNS : ENTITY_COLUMNS),
  priority: ['name', 'titles', 'title', 'value', 'date', 'org', 'role', 'text', 'type', 'mentions', 'level', 'code', 'doc', 'line', 'docs'],
  numeric: ['article', 'line', 'column', 'mentions', 'docs'],
  processFile(articles, params) {
    const mentions: { article: Article; entity: EntitySpan }[] = [];
    for (const article of articles) for (const entity of findEntities(article, params.types)) mentions.push({ article, entity });
    if (params.unique) return { rows: [], partial: uniqueEntities(mentions) };
    return { rows: mentions.map(({ article, entity }) => mentionRow(article, entity)) };
  },
  aggregate: { empty: () => new Map(), merge: mergeUniqueEntities },
  finish: (merged, params) => (params.unique ? uniqueEntityRows(merged) : []),
};
export default entities;

function uniqueKey(e: EntitySpan): string {
  return `${e.kind}\u0000${e.name}\u0000${e.code ?? ''}`;
}

function uniqueEntities(mentions: { article: Article; entity: EntitySpan }[]): UniqueEntities {
  const byKey: UniqueEntities = new Map();
  for (const { article, entity: e } of mentions) {
    const key = uniqueKey(e);
    let u = byKey.get(key);
    if (!u) {
      const where = spanCells(article, e.start, e.end);
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
export function mergeUniqueEntities(into: UniqueEntities, from: UniqueEntities): void {
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
