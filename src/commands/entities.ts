// `entities` (and its shortcuts officials, meetings, places, slogans): one row per mention, or with --unique one row
// per distinct entity across every file.
import { ENTITY_TYPES, entitySegmentation, findEntities } from '../extract/entities.js';
import { ENTITY_COLUMNS, mentionRow, UNIQUE_ENTITY_COLUMNS, uniqueEntityRows, type UniqueEntity } from '../rows/entities.js';
import { spanCells } from '../rows/location.js';
import { gazetteer } from '../extract/places/gazetteer.js';
import { jurisdictionOf } from '../extract/places/jurisdiction.js';
import { UsageError, type Article, type EntitySpan, type EntityType } from '../types.js';
import type { CommandParams, CommandSpec } from './command.js';

export interface EntityParams extends CommandParams {
  types: EntityType[];
  unique?: boolean;
  /** --unique-by: officials are one person per name and jurisdiction (default), or per name alone. */
  uniqueBy?: UniqueBy;
}

export const UNIQUE_BY = ['jurisdiction', 'name'] as const;
export type UniqueBy = (typeof UNIQUE_BY)[number];

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

/** The params of the command line's --type (or a shortcut's fixed types), --unique[-by] and --by place. */
export function entityParams(types: EntityType[], unique: boolean, byPlace: boolean, uniqueBy?: string): EntityParams {
  if (uniqueBy !== undefined && !UNIQUE_BY.includes(uniqueBy as UniqueBy)) throw new UsageError(`--unique-by: '${uniqueBy}' is not one of ${UNIQUE_BY.join(', ')}`);
  const isUnique = unique || uniqueBy !== undefined;
  if (isUnique && byPlace) throw new UsageError('--by place gives one row per mention: it does not go with --unique');
  return { types, unique: isUnique, byPlace, ...(uniqueBy ? { uniqueBy: uniqueBy as UniqueBy } : {}) };
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
    if (params.unique) return { rows: [], partial: uniqueEntities(mentions, params.uniqueBy ?? 'jurisdiction') };
    return { rows: mentions.map(({ article, entity }) => mentionRow(article, entity)) };
  },
  aggregate: { empty: () => new Map(), merge: mergeUniqueEntities, piecewise: true },
  finish: (merged, params) => (params.unique ? uniqueEntityRows(joinUnplaced(merged)) : []),
};
export default entities;

/**
 * An official is one person per name and jurisdiction (张伟 of two cities is two rows); a mention with no post takes the
 * jurisdiction its name has elsewhere in the article. Other entities are one per name (and code).
 */
function uniqueKey(e: EntitySpan, jurisdiction: string | undefined): string {
  return `${e.kind}\u0000${e.name}\u0000${e.kind === 'official' ? jurisdiction ?? '' : e.code ?? ''}`;
}

function uniqueEntities(mentions: { article: Article; entity: EntitySpan }[], by: UniqueBy): UniqueEntities {
  const byKey: UniqueEntities = new Map();
  const jurisdictions = by === 'jurisdiction' ? officialJurisdictions(mentions) : undefined;
  for (const { article, entity: e } of mentions) {
    const jurisdiction = jurisdictions?.get(article)?.get(e.name);
    const key = uniqueKey(e, jurisdiction);
    let u = byKey.get(key);
    if (!u) {
      const where = spanCells(article, e.start, e.end);
      u = {
        type: e.kind, name: e.name, titles: [], orgs: [], level: e.level ?? null,
        code: (e.kind === 'official' ? jurisdiction : e.code) ?? null, value: e.value ?? null,
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

/** Each article's officials by name, with the code of the place their post governs (the first post that names one). */
function officialJurisdictions(mentions: { article: Article; entity: EntitySpan }[]): Map<Article, Map<string, string>> {
  const byArticle = new Map<Article, Map<string, string>>();
  for (const { article, entity: e } of mentions) {
    if (e.kind !== 'official') continue;
    let names = byArticle.get(article);
    if (!names) byArticle.set(article, (names = new Map()));
    if (names.has(e.name)) continue;
    const place = jurisdictionOf(e.org, e.title, article.place);
    if (place) names.set(e.name, place.code);
  }
  return byArticle;
}

/**
 * One person printed with more or less of a place: an official seen only without a post, or with a post of a broader
 * division (`绍兴` beside `绍兴柯桥区`), joins the one person of that name below it. Never the country: a 国务委员 and
 * a company's 王勇 are two people.
 */
function joinUnplaced(all: UniqueEntities): UniqueEntities {
  const gaz = gazetteer();
  const officials = [...all].filter(([, u]) => u.type === 'official');
  for (const [key, u] of officials) {
    const broader = u.code ? gaz.byCode(u.code) : undefined;
    if (u.code && (!broader || broader.level === 'country')) continue;
    const below = officials.filter(([k, other]) => {
      if (k === key || other.name !== u.name || !other.code || !all.has(k)) return false;
      const place = gaz.byCode(other.code);
      return broader === undefined || (place !== undefined && gaz.parentChain(place).includes(broader));
    });
    if (below.length !== 1) continue;
    all.delete(key);
    mergeUniqueEntities(all, new Map([[below[0]![0], u]]));
  }
  return all;
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
