// The year a figure is about: a year its sentence names (`2025年，全省地区生产总值增长5.5%`, `到2030年`), a
// relative one (`去年`, `今年`), a plan period's last year for its average (`"十四五"时期年均增长6%` → 2025), else the
// report's: its year for targets and forecasts (a plan's last year in the part on the plan), the year before for outcomes.
import type { Modality } from './modality.js';
import { currentPlanEnd } from './plans.js';
import { lastPlan, type Section } from './sections.js';

/** A year the sentence names, not as the basis of a comparison (`比2020年`) or a start (`2020年以来`). */
const NAMED_YEAR = /(?<![比较与同])((?:19|20)\d{2})年(?!以来|起|来|以前|之前|前|底前)|(?:19|20)\d{2}[-—～~至到]((?:19|20)\d{2})年/g;
const RELATIVE = /(?<![比较])(去年|上年(?!度)|今年|明年)/g;

/** The year of the last year named in the sentence before the figure, absolute or relative to the report's year. */
export function namedYear(sentence: string, reportYear: number | null): number | null {
  let year: number | null = null;
  let at = -1;
  for (const m of sentence.matchAll(NAMED_YEAR)) if (m.index > at) (year = Number(m[2] ?? m[1])), (at = m.index);
  if (reportYear !== null) {
    for (const m of sentence.matchAll(RELATIVE)) {
      if (m.index <= at) continue;
      year = reportYear + (m[1] === '今年' ? 0 : m[1] === '明年' ? 1 : -1);
      at = m.index;
    }
  }
  return year;
}

export function figureYear(sentence: string, modality: Modality, reportYear: number | null, yearOfOutcomes: number | null, section?: Section): number | null {
  if (modality === 'plan_average') {
    const planned = lastPlan(sentence)?.end ?? section?.planEnd;
    if (planned !== undefined) return planned;
    if (section?.kind === 'review') return yearOfOutcomes;
    return namedYear(sentence, reportYear) ?? (reportYear === null ? null : currentPlanEnd(reportYear));
  }
  const named = namedYear(sentence, reportYear);
  if (named !== null) return named;
  switch (modality) {
    case 'actual':
      return yearOfOutcomes;
    case 'target':
      return section?.kind === 'plan' && section.planEnd !== undefined ? section.planEnd : reportYear;
    case 'forecast':
      return reportYear;
    default:
      return null;
  }
}
