// `roster`: who held which post, where, when. Each file adds its officials' posts (with dates and evidence) to a
// roster, in worker threads; the merged roster gives one row per person × post × place, the changes of holder
// (--changes), or the holders on a date (--as-of).
import { addArticle, emptyRoster, mergeRoster, type RosterPartial } from '../extract/roster/holdings.js';
import { CHANGE_COLUMNS, changeRows, ROSTER_COLUMNS, rosterRows } from '../rows/roster.js';
import { UsageError, type Article } from '../types.js';
import type { CommandParams, CommandSpec } from './command.js';

export interface RosterParams extends CommandParams {
  changes: boolean;
  /** ISO date: the roster on that day (articles after it are not read). */
  asOf?: string;
}

/** --as-of: a full ISO date (`2020-01-31`), or a month or year taken at its last day. */
export function parseAsOf(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value.trim());
  if (!match) throw new UsageError(`--as-of: '${value}' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)`);
  const [, year, month, day] = match;
  if (day) return `${year}-${month}-${day}`;
  if (month) return `${year}-${month}-${String(new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate()).padStart(2, '0')}`;
  return `${year}-12-31`;
}

export function rosterPartial(articles: Iterable<Article>, params: RosterParams): RosterPartial {
  const roster = emptyRoster();
  for (const article of articles) addArticle(roster, article, params.asOf);
  return roster;
}

// The partial is Maps, Sets and arrays of plain objects: a structured clone keeps them, so no revive is needed.
const roster: CommandSpec<RosterParams, RosterPartial> = {
  url: import.meta.url,
  // Posts without a place take the article's (市委书记 in a 潍坊 article); people tag only their own sentences.
  needs: () => ({ attribute: true, segmentation: 'none' }),
  columns: (params) => (params.changes ? CHANGE_COLUMNS : ROSTER_COLUMNS),
  priority: ['name', 'post', 'place', 'first_seen', 'last_seen', 'before', 'after', 'before_last_seen', 'after_first_seen', 'acting', 'mentions', 'org', 'person', 'notice', 'notice_date', 'docs', 'level', 'place_code'],
  numeric: ['mentions', 'docs'],
  processFile: (articles, params) => ({ rows: [], partial: rosterPartial(articles, params) }),
  aggregate: { empty: emptyRoster, merge: mergeRoster, inWorker: true },
  finish: (merged, params) => (params.changes ? changeRows(merged) : rosterRows(merged, params.asOf)),
};
export default roster;
