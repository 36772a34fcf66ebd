// `indicators`: targets and outcomes of a report's indicators, one row per place × indicator × year × modality.
import { annotateFigures } from '../extract/indicators/annotate.js';
import { indicatorTable } from '../extract/indicators/indicator-table.js';
import { MODALITIES, type Modality } from '../extract/indicators/modality.js';
import { extractNumbers } from '../extract/numbers/numbers.js';
import { INDICATOR_COLUMNS, INDICATOR_NUMERIC, indicatorCandidate, indicatorRows, wideIndicatorTable, type IndicatorsPartial, type WideBy } from '../rows/indicators.js';
import { UsageError } from '../types.js';
import type { CommandParams, CommandSpec } from './command.js';

export interface IndicatorParams extends CommandParams {
  /** --indicators: files of indicators added to the shipped table. */
  indicatorFiles?: string[];
  /** --indicator: the keys to keep (all when absent). */
  indicators?: string[];
  modalities?: Modality[];
  wide?: WideBy;
}

/** --indicator: keys of the table (shipped and the user's), checked before any work. */
export function parseIndicatorKeys(list: string | undefined, indicatorFiles: string[]): string[] | undefined {
  if (!list) return undefined;
  const known = new Set(indicatorTable(indicatorFiles).indicators.map((i) => i.key));
  const keys = list.split(',').map((k) => k.trim()).filter(Boolean);
  for (const key of keys) if (!known.has(key)) throw new UsageError(`--indicator: unknown indicator '${key}' (see src/data/indicators.tsv, or add it with --indicators FILE)`);
  return keys;
}

/** --modality: a comma-separated list of modalities. */
export function parseModalities(list: string | undefined): Modality[] | undefined {
  if (!list) return undefined;
  const modalities = list.split(',').map((m) => m.trim()).filter(Boolean);
  for (const m of modalities) if (!MODALITIES.includes(m as Modality)) throw new UsageError(`--modality: unknown modality '${m}' (one of ${MODALITIES.join(', ')})`);
  return modalities as Modality[];
}

const indicators: CommandSpec<IndicatorParams, IndicatorsPartial> = {
  url: import.meta.url,
  // The rows name the place each report is about; figures are read phrase by phrase, nothing to segment.
  needs: () => ({ attribute: true, segmentation: 'none' }),
  // The wide view's columns are the years or modalities found, known once every file is read.
  columns: (params) => (params.wide ? undefined : INDICATOR_COLUMNS),
  numeric: INDICATOR_NUMERIC,
  priority: ['place', 'indicator', 'year', 'modality', 'value', 'min', 'max', 'bound', 'unit', 'text', 'note', 'doc', 'line'],
  processFile(articles, params) {
    const table = indicatorTable(params.indicatorFiles);
    const candidates: IndicatorsPartial['candidates'] = [];
    for (const article of articles) {
      // Only figures in a unit some indicator has can measure one.
      const figures = extractNumbers(article).filter((f) => f.value !== null && table.units.has(f.unit));
      const facts = annotateFigures(article, figures, table);
      figures.forEach((figure, i) => {
        const fact = facts[i]!;
        const indicator = fact.indicator;
        if (!indicator) return;
        if (params.indicators && !params.indicators.includes(indicator.key)) return;
        if (params.modalities && !params.modalities.includes(fact.modality)) return;
        candidates.push(indicatorCandidate(article, figure, { ...fact, indicator }));
      });
    }
    return { rows: [], partial: { candidates } };
  },
  aggregate: {
    empty: () => ({ candidates: [] }),
    merge: (into, from) => {
      for (const candidate of from.candidates) into.candidates.push(candidate);
    },
    inWorker: true,
  },
  finish: (merged) => indicatorRows(merged.candidates),
  table: (merged, params) => wideIndicatorTable(indicatorRows(merged.candidates), params.wide ?? 'modality'),
};
export default indicators;
