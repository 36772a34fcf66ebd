// `numbers` rows: one per figure, with where it came from.
import type { FigureFacts } from '../extract/indicators/annotate.js';
import type { Article, NumberSpan, Row } from '../types.js';
import { spanCells } from './location.js';

/**
 * value is in the base unit (`153.7亿元` → 15370000000 元, `-1.5` for `增长-1.5%`); min and max the interval the figure
 * states (`2—4天` → value 2, min 2, max 4, bound `range`; `6%以上` → min 6, max empty; a point: both the value).
 * year, modality, bound and indicator say what the figure is as a report's datum (see extract/indicators/annotate.ts).
 */
export const NUMBER_COLUMNS = [
  'doc', 'article', 'line', 'column', 'text', 'value', 'min', 'max', 'unit', 'per', 'kind', 'approx',
  'change', 'basis', 'metric', 'period', 'year', 'modality', 'bound', 'indicator', 'context',
];

export function numberRow(article: Article, figure: NumberSpan, facts: FigureFacts): Row {
  const at = spanCells(article, figure.start, figure.end);
  // In column order, not spread (see mentionRow in entities.ts).
  return {
    doc: at.doc,
    article: at.article,
    line: at.line,
    column: at.column,
    text: at.text,
    value: figure.value,
    min: facts.min,
    max: facts.max,
    unit: figure.unit,
    per: figure.per ?? null,
    kind: figure.kind,
    approx: figure.approx,
    change: figure.change ?? null,
    basis: figure.basis ?? null,
    metric: figure.metric ?? null,
    period: figure.period ?? null,
    year: facts.year === null ? null : String(facts.year),
    modality: facts.modality,
    bound: facts.bound,
    indicator: facts.indicator?.key ?? null,
    context: at.context,
  };
}
