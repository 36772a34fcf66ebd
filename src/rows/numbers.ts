// One row per figure, in text order, with where it came from.
import { locate } from '../corpus/locate.js';
import { extractNumbers } from '../extract/numbers/numbers.js';
import type { Article, NumberKind, NumberSpan, Row } from '../types.js';
import { UsageError } from '../types.js';
import { compileTextMatcher } from './text-matcher.js';

export const NUMBER_COLUMNS = [
  'doc', 'article', 'line', 'column', 'text', 'value', 'unit', 'kind', 'approx',
  'change', 'basis', 'metric', 'period', 'context',
];
export const NUMBER_KINDS: NumberKind[] = ['amount', 'count', 'percent', 'ratio', 'rank', 'date', 'year', 'period', 'ordinal', 'code'];
export const DEFAULT_NUMBER_KINDS: NumberKind[] = ['amount', 'count', 'percent', 'ratio', 'rank'];

export interface NumberParams {
  kinds: NumberKind[];
  units?: string[];
  metric?: string;
  min?: number;
  max?: number;
}

export function parseNumberKinds(list: string | undefined): NumberKind[] {
  if (!list) return DEFAULT_NUMBER_KINDS;
  const kinds = list.split(',').map((k) => k.trim()).filter(Boolean);
  if (kinds.includes('all')) return NUMBER_KINDS;
  for (const kind of kinds) {
    if (!NUMBER_KINDS.includes(kind as NumberKind)) throw new UsageError(`--kind: unknown kind '${kind}' (one of ${NUMBER_KINDS.join(', ')}, all)`);
  }
  return kinds as NumberKind[];
}

export function numbersRows(articles: Article[], params: NumberParams): Row[] {
  const metricMatches = params.metric ? compileTextMatcher(params.metric) : undefined;
  const rows: Row[] = [];
  for (const article of articles) {
    for (const figure of extractNumbers(article)) {
      if (!keep(figure, params, metricMatches)) continue;
      const where = locate(article, figure.start, figure.end);
      rows.push({
        doc: article.doc,
        article: article.index,
        line: where.line,
        column: where.column,
        text: where.original,
        value: figure.value,
        unit: figure.unit,
        kind: figure.kind,
        approx: figure.approx,
        change: figure.change ?? null,
        basis: figure.basis ?? null,
        metric: figure.metric ?? null,
        period: figure.period ?? null,
        context: where.context,
      });
    }
  }
  return rows;
}

function keep(figure: NumberSpan, params: NumberParams, metricMatches?: (text: string) => boolean): boolean {
  if (!params.kinds.includes(figure.kind)) return false;
  if (params.units && !params.units.includes(figure.unit)) return false;
  if (metricMatches && !metricMatches(figure.metric ?? '')) return false;
  if (params.min !== undefined && (figure.value === null || figure.value < params.min)) return false;
  if (params.max !== undefined && (figure.value === null || figure.value > params.max)) return false;
  return true;
}
