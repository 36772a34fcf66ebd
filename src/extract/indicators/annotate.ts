// What a figure says as a report's datum: which indicator, for which year, as target, outcome, forecast or plan
// average, and how it bounds the value. Adds to the figures `numbers` reads; the words before a figure decide.
import type { Article, NumberSpan } from '../../types.js';
import { boundOf, COMPARED, negated, type Bound, type Bounded } from './bound.js';
import { figureYear, namedYear } from './figure-year.js';
import type { Indicator, IndicatorTable } from './indicator-table.js';
import { matchIndicator } from './match-indicator.js';
import { modalityOf, type Modality } from './modality.js';
import { reportYear } from './report-year.js';
import { findSections, sectionAt, type SectionKind } from './sections.js';

export interface FigureFacts {
  modality: Modality;
  bound: Bound;
  min: number | null;
  max: number | null;
  year: number | null;
  indicator?: Indicator;
  /** The value as the indicator reads it: a growth that fell is negative (`下降0.3%` → -0.3); its bounds likewise. */
  indicatorValue: number | null;
  indicatorBounds: Bounded;
  section?: SectionKind;
}

const SENTENCE_BREAK = '。！!？?\n';
const CLAUSE_BREAK = '。！!？?\n；;，,：:';
/** A comparison with a year (`与2000年相比`, `比2010年`): a change over the years since. */
const BASE_YEAR = /(?:比|较|与|同|和)((?:19|20)\d{2})年(?:末|底)?/;
/** A date set ahead: `到2027年`, `2030年前` (its year is compared with the report's); `截至2025年6月底` is a date of record. */
const DATE_AHEAD = /(?:(?<![截])(?:到|至)|力争)((?:19|20)\d{2})年|((?:19|20)\d{2})年(?:前|以前)/;
/** Words of a thing done by the date (`到2020年底，已建成…`): the date is one of record, not a goal. */
const DONE_BY = /已|截至|截止/;
/** How far back a sentence is read. */
const MAX_SENTENCE = 300;
/** Reports are delivered in the first months of a year: an article of those months reports the year before. */
const REPORTING_MONTHS = 4;

/** The facts of each figure of the article, in the figures' order. */
export function annotateFigures(article: Article, figures: readonly NumberSpan[], table: IndicatorTable): FigureFacts[] {
  const text = article.text;
  const sections = findSections(text);
  const year = reportYear(article);
  const yearOfOutcomes = year === null ? null : year - (sections.length || reportingMonths(article) ? 1 : 0);
  return figures.map((figure) => {
    const sentenceStart = backTo(text, figure.start, SENTENCE_BREAK);
    const sentence = text.slice(sentenceStart, figure.start);
    const previous = sentenceStart > 1 ? text.slice(backTo(text, sentenceStart - 1, SENTENCE_BREAK), sentenceStart) : '';
    const clause = text.slice(backTo(text, figure.start, CLAUSE_BREAK), figure.start);
    const at = sectionAt(sections, figure.start);
    const section = at?.kind;
    const named = namedYear(sentence, year);
    // (`…完成30788元，比2010年增加13480元；农村…完成22250元`: a basis before a semicolon is the items' before it.)
    const base = BASE_YEAR.exec(sentence.slice(sentence.lastIndexOf('；') + 1))?.[1];
    const overYears = base !== undefined && (named ?? yearOfOutcomes ?? Number(base)) - Number(base) > 1;
    const setAhead = DATE_AHEAD.exec(sentence);
    const ahead = setAhead?.[1] ?? setAhead?.[2];
    // A text that never says its year sets a goal with `到2025年` unless it says the thing is done.
    const dateAhead = ahead !== undefined && (year === null ? !DONE_BY.test(sentence) : Number(ahead) >= year);
    const modality = modalityOf({ sentence, previous, overYears, clause, section, severalYears: at?.severalYears, pastYear: named !== null && year !== null && named < year, dateAhead });
    const bounded = boundOf(figure, clause);
    // `低于4.6%` is a bound, not a fall (numbers reads it as a change against a basis).
    const compared = COMPARED.test(clause);
    const match = figure.value === null ? undefined : matchIndicator(text, compared ? { ...figure, change: undefined } : figure, table);
    // In the part on a plan, an amount or count with no year (`实现城镇新增就业5000万人以上`) is the plan's total.
    const planTotal = section === 'plan' && match?.indicator.measure === 'level' && named === null && modality === 'target';
    const falls = !compared && match && ((match.indicator.measure === 'growth' && figure.change === 'decrease') || (match.indicator.measure === 'reduction' && figure.change === 'increase'));
    return {
      modality: planTotal ? 'other' : modality,
      ...bounded,
      indicatorBounds: falls ? negated(bounded) : bounded,
      year: planTotal ? null : figureYear(sentence, modality, year, yearOfOutcomes, at),
      indicator: match?.indicator,
      indicatorValue: figure.value === null ? null : falls ? -figure.value : figure.value,
      section,
    };
  });
}

function backTo(text: string, from: number, stops: string): number {
  const limit = Math.max(0, from - MAX_SENTENCE);
  for (let i = from - 1; i >= limit; i--) if (stops.includes(text[i]!)) return i + 1;
  return limit;
}

/** Whether the article's date (when it has a month) falls in the months reports are delivered, or says no month. */
function reportingMonths(article: Article): boolean {
  const month = /^\d{4}-(\d{2})/.exec(article.givenDate ?? article.dateline ?? '')?.[1];
  return month === undefined || Number(month) <= REPORTING_MONTHS;
}
