// The canonical indicators (src/data/indicators.tsv, extended by --indicators FILE): which words name each one, and
// whether a figure of it is a level, a growth rate, a rate or a reduction. One table per thread, compiled once.
import { readFileSync } from 'node:fs';
import { dataPath } from '../../paths.js';
import { UsageError } from '../../types.js';

/**
 * level: an amount or count (`地区生产总值5.3万亿元`); growth: a percent change, negative when it falls (`增长5%`);
 * rate: a percent that is itself the level (`城镇调查失业率5.5%`); reduction: a fall stated as a positive percent
 * (`单位国内生产总值能耗降低3%`).
 */
export const MEASURES = ['level', 'growth', 'rate', 'reduction'] as const;
export type Measure = (typeof MEASURES)[number];

export interface Indicator {
  key: string;
  name: string;
  measure: Measure;
  /** Base units a level's figure may have (`吨`, `斤`); `%` for the others. */
  units: string[];
  surfaces: string[];
}

export interface IndicatorTable {
  indicators: Indicator[];
  /** Indicators named by each surface form, in table order. */
  bySurface: Map<string, Indicator[]>;
  /**
   * Surface forms by their first character, longest first, so that a match takes the longest name (`人均地区生产总值`
   * over `地区生产总值`): a scan looks up each character rather than trying every form at every position.
   */
  byFirstChar: Map<string, string[]>;
  /** The base units some indicator's figures have (`%`, `元`, `人`…): figures in other units measure none. */
  units: Set<string>;
}

/** Rows of an indicator file: `key name measure unit surfaces` tab-separated, `#` comments, an optional header. */
export function parseIndicators(text: string, source: string): Indicator[] {
  const indicators: Indicator[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim() || line.startsWith('#') || /^key\t/.test(line)) return;
    const [key, name, measure, unit, surfaces] = line.split('\t').map((cell) => cell.trim());
    if (!key || !name || !measure || !surfaces || !/^[a-z0-9_]+$/.test(key)) {
      throw new UsageError(`${source}:${i + 1}: expected key, name, measure, unit and surfaces separated by tabs (key in a-z, 0-9, _)`);
    }
    if (!MEASURES.includes(measure as Measure)) throw new UsageError(`${source}:${i + 1}: measure '${measure}' is not one of ${MEASURES.join(', ')}`);
    indicators.push({
      key,
      name,
      measure: measure as Measure,
      units: (unit || '%').split('|').map((u) => u.trim()).filter(Boolean),
      surfaces: [...new Set(surfaces.split('|').map((s) => s.trim()).filter(Boolean))],
    });
  });
  return indicators;
}

/** The shipped table with the user's files after it: a user's row replaces the shipped row of the same key. */
export function buildIndicatorTable(lists: Indicator[][]): IndicatorTable {
  const byKey = new Map<string, Indicator>();
  for (const list of lists) for (const indicator of list) byKey.set(indicator.key, indicator);
  const indicators = [...byKey.values()];
  const bySurface = new Map<string, Indicator[]>();
  for (const indicator of indicators) {
    for (const surface of indicator.surfaces) {
      const list = bySurface.get(surface) ?? [];
      list.push(indicator);
      bySurface.set(surface, list);
    }
  }
  const byFirstChar = new Map<string, string[]>();
  for (const surface of [...bySurface.keys()].sort((a, b) => b.length - a.length)) {
    const list = byFirstChar.get(surface[0]!) ?? [];
    list.push(surface);
    byFirstChar.set(surface[0]!, list);
  }
  const units = new Set(['%', ...indicators.flatMap((i) => i.units)]);
  return { indicators, bySurface, byFirstChar, units };
}

const tables = new Map<string, IndicatorTable>();

/** The table for these user files (none: the shipped one), read once per thread. */
export function indicatorTable(userFiles: readonly string[] = []): IndicatorTable {
  const cacheKey = userFiles.join('\n');
  let table = tables.get(cacheKey);
  if (!table) {
    const lists = [parseIndicators(readFileSync(dataPath('indicators.tsv'), 'utf8'), 'indicators.tsv')];
    for (const file of userFiles) {
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch (error) {
        throw new UsageError(`--indicators: cannot read ${file}: ${(error as Error).message}`);
      }
      lists.push(parseIndicators(text, file));
    }
    table = buildIndicatorTable(lists);
    tables.set(cacheKey, table);
  }
  return table;
}
