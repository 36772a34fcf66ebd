// `indicators` rows: one per place × indicator × year × modality, the first figure the reports give for it (in the
// part that states targets or outcomes), with a note when they give others; and the wide view of them.
import type { FigureFacts } from '../extract/indicators/annotate.js';
import type { Indicator } from '../extract/indicators/indicator-table.js';
import { MODALITIES } from '../extract/indicators/modality.js';
import type { Article, NumberSpan, Row, Table } from '../types.js';
import { spanCells } from './location.js';

export const INDICATOR_COLUMNS = [
  'place', 'place_code', 'level', 'indicator', 'name', 'year', 'modality', 'value', 'min', 'max', 'bound', 'unit',
  'doc', 'line', 'column', 'text', 'note',
];
export const INDICATOR_NUMERIC = ['value', 'min', 'max', 'line', 'column'];
/** The columns that say which datum a row is: a wide row is one of these without the spread column. */
const KEY_COLUMNS = ['place', 'place_code', 'level', 'indicator', 'name', 'year', 'modality', 'unit'];

/** One figure that may become a row, with what decides between figures of the same datum. */
export interface Candidate {
  key: string;
  /** 0 when the figure stands where the report states that kind of figure (outcomes in its review, targets in its tasks). */
  rank: number;
  row: Row;
}

export interface IndicatorsPartial {
  candidates: Candidate[];
}

/** The candidate a figure of an indicator gives. */
export function indicatorCandidate(article: Article, figure: NumberSpan, facts: FigureFacts & { indicator: Indicator }): Candidate {
  const at = spanCells(article, figure.start, figure.end);
  const place = article.place;
  const row: Row = {
    place: place?.name ?? null,
    place_code: place?.code || null,
    level: place?.level ?? null,
    indicator: facts.indicator.key,
    name: facts.indicator.name,
    year: facts.year === null ? null : String(facts.year),
    modality: facts.modality,
    value: facts.indicatorValue,
    min: facts.indicatorBounds.min,
    max: facts.indicatorBounds.max,
    bound: facts.indicatorBounds.bound,
    unit: figure.unit,
    doc: at.doc,
    line: at.line,
    column: at.column,
    text: at.text,
    note: null,
  };
  const key = [row.place_code ?? row.place ?? '', row.indicator, row.year ?? '', row.modality].join('\t');
  const stated = (facts.modality === 'actual' && facts.section === 'review') || (facts.modality === 'target' && facts.section === 'tasks') || facts.section === undefined;
  return { key, rank: stated ? 0 : 1, row };
}

/** One row per datum: the best-ranked figure, the first of those; a note names how many others there are. */
export function indicatorRows(candidates: readonly Candidate[]): Row[] {
  const best = new Map<string, { candidate: Candidate; others: Candidate[] }>();
  for (const candidate of candidates) {
    const held = best.get(candidate.key);
    if (!held) best.set(candidate.key, { candidate, others: [] });
    else if (candidate.rank < held.candidate.rank) {
      held.others.push(held.candidate);
      held.candidate = candidate;
    } else held.others.push(candidate);
  }
  return [...best.values()].map(({ candidate, others }) => {
    if (!others.length) return candidate.row;
    const listed = others.slice(0, 3).map((o) => `${o.row.text} (${o.row.doc === candidate.row.doc ? '' : `${o.row.doc}:`}${o.row.line}:${o.row.column})`);
    const note = `${others.length} other figure${others.length > 1 ? 's' : ''}: ${listed.join('; ')}${others.length > 3 ? '; …' : ''}`;
    return { ...candidate.row, note };
  });
}

export type WideBy = 'modality' | 'year';

/**
 * The wide view: one row per place × indicator × year (by modality) or × modality (by year), and for each modality
 * (year) four columns: the value, its min and max, and its bound.
 */
export function wideIndicatorTable(rows: readonly Row[], by: WideBy): Table {
  const spreadValues = [...new Set(rows.map((r) => String(r[by] ?? '')))];
  if (by === 'modality') spreadValues.sort((a, b) => MODALITIES.indexOf(a as never) - MODALITIES.indexOf(b as never));
  else spreadValues.sort();
  const keyColumns = KEY_COLUMNS.filter((c) => c !== by);
  const wide = new Map<string, Row>();
  for (const row of rows) {
    const key = keyColumns.map((c) => row[c] ?? '').join('\t');
    let out = wide.get(key);
    if (!out) {
      out = Object.fromEntries(keyColumns.map((c) => [c, row[c] ?? null]));
      for (const v of spreadValues) Object.assign(out, { [v]: null, [`${v}_min`]: null, [`${v}_max`]: null, [`${v}_bound`]: null });
      wide.set(key, out);
    }
    const v = String(row[by] ?? '');
    Object.assign(out, { [v]: row.value, [`${v}_min`]: row.min, [`${v}_max`]: row.max, [`${v}_bound`]: row.bound });
  }
  const spread = spreadValues.flatMap((v) => [v, `${v}_min`, `${v}_max`, `${v}_bound`]);
  return { columns: [...keyColumns, ...spread], rows: [...wide.values()], numeric: spreadValues.flatMap((v) => [v, `${v}_min`, `${v}_max`]) };
}
