// `numbers` rows: one per figure, with where it came from.
import type { Article, NumberSpan, Row } from '../types.js';
import { spanCells } from './location.js';

/**
 * value is in the base unit (`153.7亿元` → 15370000000 元, `-1.5` for `增长-1.5%`); min and max are a range's bounds
 * (`2—4天` → value 2, min 2, max 4, approx `range`), empty for a single figure.
 */
export const NUMBER_COLUMNS = [
  'doc', 'article', 'line', 'column', 'text', 'value', 'min', 'max', 'unit', 'kind', 'approx',
  'change', 'basis', 'metric', 'period', 'context',
];

export function numberRow(article: Article, figure: NumberSpan): Row {
  const at = spanCells(article, figure.start, figure.end);
  // In column order, not spread (see mentionRow in entities.ts).
  return {
    doc: at.doc,
    article: at.article,
    line: at.line,
    column: at.column,
    text: at.text,
    value: figure.value,
    min: figure.min ?? null,
    max: figure.max ?? null,
    unit: figure.unit,
    kind: figure.kind,
    approx: figure.approx,
    change: figure.change ?? null,
    basis: figure.basis ?? null,
    metric: figure.metric ?? null,
    period: figure.period ?? null,
    context: at.context,
  };
}
