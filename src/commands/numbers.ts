// `numbers`: every figure, multiplied out, filtered by kind, unit, metric and value, with what it is as a report's
// datum (indicator, year, modality, bound).
import { annotateFigures } from '../extract/indicators/annotate.js';
import { indicatorTable } from '../extract/indicators/indicator-table.js';
import { extractNumbers } from '../extract/numbers/numbers.js';
import { NUMBER_COLUMNS, numberRow } from '../rows/numbers.js';
import { compileTextMatcher } from '../rows/text-matcher.js';
import { FIGURE_KINDS, NUMBER_KINDS, UsageError, type NumberKind, type NumberSpan, type Row } from '../types.js';
import type { CommandParams, CommandSpec } from './command.js';

export interface NumberParams extends CommandParams {
  kinds: readonly NumberKind[];
  units?: string[];
  /** Keep figures whose metric contains this text or matches /regex/. */
  metric?: string;
  min?: number;
  max?: number;
  /** --indicators: files of indicators added to the shipped table. */
  indicatorFiles?: string[];
}

/** --kind: a comma-separated list, `all`, or (none) the figure kinds. */
export function parseNumberKinds(list: string | undefined): readonly NumberKind[] {
  if (!list) return FIGURE_KINDS;
  const kinds = list.split(',').map((k) => k.trim()).filter(Boolean);
  if (kinds.includes('all')) return NUMBER_KINDS;
  for (const kind of kinds) {
    if (!NUMBER_KINDS.includes(kind as NumberKind)) throw new UsageError(`--kind: unknown kind '${kind}' (one of ${NUMBER_KINDS.join(', ')}, all)`);
  }
  return kinds as NumberKind[];
}

const numbers: CommandSpec<NumberParams> = {
  url: import.meta.url,
  // Metrics are cut phrase by phrase (see extract/numbers/metric.ts): nothing to segment beforehand.
  needs: () => ({ attribute: false, segmentation: 'none' }),
  columns: () => NUMBER_COLUMNS,
  // min and max hold a point's own value too: after the metric, which says what the figure is.
  priority: ['text', 'value', 'unit', 'per', 'metric', 'indicator', 'modality', 'min', 'max', 'year', 'period', 'change', 'basis', 'doc', 'line', 'kind', 'approx', 'article', 'column'],
  // Columns: see NUMBER_COLUMNS (rows/numbers.ts); min and max are the interval the figure states (a point's own value in both).
  numeric: ['article', 'line', 'column', 'value', 'min', 'max'],
  processFile(articles, params) {
    const metricMatches = params.metric ? compileTextMatcher(params.metric) : undefined;
    const table = indicatorTable(params.indicatorFiles);
    const rows: Row[] = [];
    for (const article of articles) {
      const figures = extractNumbers(article).filter((figure) => keep(figure, params, metricMatches));
      const facts = annotateFigures(article, figures, table);
      figures.forEach((figure, i) => rows.push(numberRow(article, figure, facts[i]!)));
    }
    return { rows };
  },
};
export default numbers;

function keep(figure: NumberSpan, params: NumberParams, metricMatches?: (text: string) => boolean): boolean {
  if (!params.kinds.includes(figure.kind)) return false;
  if (params.units && !params.units.includes(figure.unit)) return false;
  if (metricMatches && !metricMatches(figure.metric ?? '')) return false;
  if (params.min !== undefined && (figure.value === null || figure.value < params.min)) return false;
  if (params.max !== undefined && (figure.value === null || figure.value > params.max)) return false;
  return true;
}
