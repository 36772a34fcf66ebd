// Calendar dates in an article (`2022年12月25日`, `12月23日至24日`, `二〇二二年十二月`), as ISO strings with the year
// resolved from the article when the text leaves it out.
import type { Article, EntitySpan } from '../../types.js';

const HAN_DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/**
 * The value of a small Chinese or Arabic numeral: `12`, `十二`, `二十`, `二十三`, `两`, `一百零八`, and digit strings
 * spelled with Han digits (`二〇二二` → 2022). Undefined when the string is not a numeral.
 */
export function parseSmallNumber(numeral: string): number | undefined {
  if (/^\d+$/.test(numeral)) return Number(numeral);
  if (numeral.length === 0) return undefined;
  // Spelled digit by digit, as years are: 二〇二二.
  if (numeral.length >= 3 && [...numeral].every((c) => c in HAN_DIGITS)) {
    return Number([...numeral].map((c) => HAN_DIGITS[c]).join(''));
  }
  let total = 0;
  let digit: number | undefined;
  for (const c of numeral) {
    if (c === '零' || c === '〇') continue; // `一百零八`: a gap in the places
    if (c in HAN_DIGITS) {
      if (digit !== undefined) return undefined; // `两一`: two digits with no unit between are not one number
      digit = HAN_DIGITS[c];
    }
    else if (c === '十' || c === '百' || c === '千') {
      const unit = c === '十' ? 10 : c === '百' ? 100 : 1000;
      total += (digit ?? 1) * unit;
      digit = undefined;
    } else return undefined;
  }
  return total + (digit ?? 0);
}

/** Whether `YYYY-MM-DD` names a day of the calendar (no 02-30). */
export function isCalendarDate(iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const NUM = '(?:\\d{1,4}|[〇零一二三四五六七八九十]{1,4})';
const YEAR = '(?:\\d{4}|[〇零一二三四五六七八九]{4})';
// One date, as full as printed: 年?月?日? with at least two parts or a year+month.
const ONE_DATE = `(?:(${YEAR})年)?(?:(${NUM})月)?(?:(${NUM})[日号])?`;
// The lookaheads skip the positions where no numeral starts, and those where every part of the first date would match
// empty (most numerals: 一 of 统一, 5 of 12.5%): such a match was skipped anyway, and its array allocated for nothing.
const DATE_RE = new RegExp(
  `(?=[\\d〇零一二三四五六七八九十])(?=${YEAR}年|${NUM}月|${NUM}[日号])${ONE_DATE}(?:\\s*(?:至|到|—|–|-|~|～)\\s*${ONE_DATE})?`,
  'gu',
);

interface DateParts {
  year?: number;
  month?: number;
  day?: number;
}

/** The year an article's undated `12月25日` belongs to, or undefined when nothing in the article tells. */
export function resolveYear(article: Article, month: number, day = 1, at = article.text.length): number | undefined {
  const anchor = anchorDate(article, at);
  if (!anchor) return undefined;
  if (anchor.month === undefined) return anchor.year;
  // The year that puts the date nearest the anchor: `12月30日` in an article of 2023-01-03 is 2022-12-30.
  const target = anchor.year * 12 + (anchor.month - 1) + ((anchor.day ?? 15) - 15) / 31;
  let best = anchor.year;
  let bestGap = Infinity;
  for (const year of [anchor.year - 1, anchor.year, anchor.year + 1]) {
    const gap = Math.abs(year * 12 + (month - 1) + (day - 15) / 31 - target);
    if (gap < bestGap) [best, bestGap] = [year, gap];
  }
  return best;
}

/**
 * What the article's own time is, in order of trust:
 * 1. `article.date` (set by attribution), the issue date the source gives (`givenDate`), or a dateline with a year
 *    (`2022-12-24`);
 * 2. the nearest full date printed before `at` (`2026年1月27日` in a report's header);
 * 3. a work report's `2023年是…开局之年`: the year it describes is this year when the text speaks of `今年`, next year
 *    when it speaks only of `明年` (an economic work meeting in December plans `明年` = 2023, so it is held in 2022);
 * 4. the year of the first full date printed after `at`.
 */
function anchorDate(article: Article, at: number): (DateParts & { year: number }) | undefined {
  for (const iso of [article.date, article.givenDate, article.dateline]) {
    const m = iso ? /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso) : null;
    if (m) return { year: Number(m[1]), month: m[2] ? Number(m[2]) : undefined, day: m[3] ? Number(m[3]) : undefined };
  }
  // A full date printed before this one (`2026年1月27日` in a report's header, then `2月3日`).
  const { full, described } = anchorFacts(article);
  let lo = 0;
  let hi = full.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (full[mid]!.at <= at) lo = mid + 1;
    else hi = mid;
  }
  if (lo > 0) return full[lo - 1]!;
  if (described) return described;
  // One printed after only lends its year (it may be a later deadline).
  if (full[0]) return { year: full[0].year };
  return undefined;
}

interface AnchorFacts {
  text: string;
  /** Full dates in text order. */
  full: { year: number; month: number; day: number; at: number }[];
  described?: { year: number };
}

/** What anchorDate reads from the whole text, read once per article: once per date was quadratic on long pages. */
const anchorCache = new WeakMap<Article, AnchorFacts>();

function anchorFacts(article: Article): AnchorFacts {
  const cached = anchorCache.get(article);
  if (cached && cached.text === article.text) return cached;
  const facts: AnchorFacts = { text: article.text, full: fullDatesIn(article.text) };
  const described = /(\d{4})年是/u.exec(article.text);
  if (described) {
    const year = Number(described[1]);
    const speaksOfNext = /明年/u.test(article.text) && !/今年/u.test(article.text);
    facts.described = { year: speaksOfNext ? year - 1 : year };
  }
  anchorCache.set(article, facts);
  return facts;
}

/** Dates printed with year, month and day, for anchoring the others. */
function fullDatesIn(text: string): { year: number; month: number; day: number; at: number }[] {
  const found = [];
  for (const m of text.matchAll(new RegExp(`(${YEAR})年(${NUM})月(${NUM})[日号]`, 'gu'))) {
    const [year, month, day] = [m[1]!, m[2]!, m[3]!].map(parseSmallNumber);
    if (year && isMonth(month) && isDay(day)) found.push({ year, month, day, at: m.index });
  }
  return found;
}

function isMonth(n: number | undefined): n is number {
  return n !== undefined && n >= 1 && n <= 12;
}
function isDay(n: number | undefined): n is number {
  return n !== undefined && n >= 1 && n <= 31;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** ISO form of the parts printed; partial (`12-25`, `2022-12`) when the year or day is missing. */
function iso(parts: DateParts): string {
  const out: string[] = [];
  if (parts.year !== undefined) out.push(String(parts.year));
  if (parts.month !== undefined) out.push(pad(parts.month));
  if (parts.day !== undefined) out.push(pad(parts.day));
  return out.join('-');
}

/** Read one matched date's groups; undefined when the numbers are not a calendar date. */
function readParts(year?: string, month?: string, day?: string): DateParts | undefined {
  const parts: DateParts = {};
  if (year) {
    parts.year = parseSmallNumber(year);
    if (parts.year === undefined || parts.year < 1900 || parts.year > 2100) return undefined;
  }
  if (month) {
    parts.month = parseSmallNumber(month);
    if (!isMonth(parts.month)) return undefined;
  }
  if (day) {
    parts.day = parseSmallNumber(day);
    if (!isDay(parts.day)) return undefined;
  }
  return parts;
}

/**
 * Every date in the article, in text order. A date needs a month: `2022年12月25日`, `12月25日`, `2023年6月`; a bare
 * `2023年` is a year (the numbers extractor reports it), a bare `25日` is not read alone. Ranges share the missing parts
 * of their ends (`12月23日至24日` → `12-23/12-24`). A missing year is resolved with resolveYear(); when nothing in
 * the article tells, the date stays partial.
 */
export function findDates(article: Article): EntitySpan[] {
  // Meetings read an article's dates, then the date entities ask again: the same text and anchors give the same dates.
  const kept = foundDates.get(article);
  if (kept && kept.text === article.text && kept.date === article.date && kept.givenDate === article.givenDate && kept.dateline === article.dateline) {
    return [...kept.dates];
  }
  const dates = datesIn(article);
  foundDates.set(article, { text: article.text, date: article.date, givenDate: article.givenDate, dateline: article.dateline, dates });
  return [...dates];
}

/** findDates' last answer for each article, with what it was read from (the text, and the anchors resolveYear reads). */
const foundDates = new WeakMap<Article, { text: string; date?: string; givenDate?: string; dateline?: string; dates: EntitySpan[] }>();

function datesIn(article: Article): EntitySpan[] {
  const text = article.text;
  const dates: EntitySpan[] = [];
  // Every date has a month: no 月, no date.
  if (!text.includes('月')) return dates;
  for (const m of text.matchAll(DATE_RE)) {
    if (m[0].length === 0) continue;
    const first = readParts(m[1], m[2], m[3]);
    if (!first || first.month === undefined) continue;
    // A month alone (`1至5月` in statistics) is a period, not a date.
    if (first.year === undefined && first.day === undefined) continue;
    // A digit before the match means we cut a longer number (`123月`): not a date.
    if (m.index > 0 && /[\d〇零一二三四五六七八九十]/u.test(text[m.index - 1]!)) continue;
    let end = m.index + m[0].length;
    let second = m[4] || m[5] || m[6] ? readParts(m[4], m[5], m[6]) : undefined;
    if (second && (second.month ?? second.day) === undefined) second = undefined;
    if (!second) end = m.index + matchedLength(m[0]);
    // `至2023年6月` after a full date: the end keeps what it printed; a bare `24日` borrows month and year.
    if (second) {
      if (second.year === undefined && first.year !== undefined && second.month === undefined) second.year = first.year;
      if (second.month === undefined) second.month = first.month;
      if (second.year === undefined && first.year !== undefined) {
        second.year = second.month! < first.month ? first.year + 1 : first.year;
      }
    }
    if (first.year === undefined) {
      const year = resolveYear(article, first.month, first.day ?? 1, m.index);
      if (year !== undefined) {
        first.year = year;
        if (second && second.year === undefined) second.year = second.month! < first.month ? year + 1 : year;
      }
    }
    const date = second ? `${iso(first)}/${iso(second)}` : iso(first);
    dates.push({ kind: 'date', start: m.index, end, text: text.slice(m.index, end), name: date, date });
  }
  return dates;
}

/** Length of the first date in a match whose range end was rejected (trailing `至…` dropped). */
function matchedLength(matched: string): number {
  const head = new RegExp(`^${ONE_DATE}`, 'u').exec(matched);
  return head ? head[0].length : matched.length;
}
