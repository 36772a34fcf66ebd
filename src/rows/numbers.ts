// `numbers` rows: one per figure, with where it came from.
import type { Article, NumberSpan, Row } from '../types.js';
import { spanCells } from './location.js';

export const NUMBER_COLUMNS = [
  'doc', 'article', 'line', 'column', 'text', 'value', 'unit', 'kind', 'approx',
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
