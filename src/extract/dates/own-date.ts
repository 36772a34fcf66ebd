// The date a document prints of itself on a line of its own, for texts with no dateline: the delivery line under a
// report's title (`——2015年2月5日在海拉尔区第十四届人民代表大会第四次会议上`), a web page's `时间：2026-01-22`, or the
// date an official document closes on, after its issuer (`山东省人民政府办公厅 2019年3月15日印发`, `二〇一九年五月十四日`).
// A date inside a sentence is an event's, not the document's: only whole lines count.
import type { Article } from '../../types.js';
import { isCalendarDate, parseSmallNumber } from './dates.js';

const YEAR = '(\\d{4}|[〇○零一二三四五六七八九]{4})';
const SMALL = '(\\d{1,2}|[一二三四五六七八九十]{1,3})';
const FULL_DATE = `${YEAR}\\s*年\\s*${SMALL}\\s*月\\s*${SMALL}\\s*日`;

/** Lines near the top: a date alone, or the delivery of a report (`2026年1月14日在浙江省第十四届人民代表大会第四次会议上`). */
const HEADING_DATE = new RegExp(`^[—–\\-\\s]*[（(]?\\s*${FULL_DATE}\\s*(?:在[^。；;]{2,60}?上(?:的(?:讲话|报告))?)?\\s*[）)]?$`);
/** A web page's furniture: `时间：2026-01-22 10:30`, `发布日期：2019年3月15日`. */
const PAGE_DATE = /^(?:发布|发文|成文|印发)?(?:时间|日期)\s*[:：]\s*(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s|$)/;
/** The closing line: an issuer (no sentence punctuation) then the date, or the date alone (`2019年4月11日`, `（2019年4月11日）`). */
const CLOSING_DATE = new RegExp(`^[（(]?(?:[^，。；：:,;！？!?（）()]{2,40}?\\s*)?${FULL_DATE}\\s*(?:印发|发布|公布|通过)?\\s*[）)]?$`);

/** How many lines of the top and of the end may carry the document's own date. */
const TOP_LINES = 6;
const END_LINES = 3;
/** How many characters of each edge are read. */
const EDGE = 4000;

/** The document's own date as ISO `YYYY-MM-DD`, or undefined when no line of its own gives one. */
export function ownDate(article: Pick<Article, 'text'>): string | undefined {
  const { text } = article;
  // Only the top and the end are read: a big article costs no more than a small one.
  const whole = text.length <= 2 * EDGE;
  const top = nonEmptyLines(whole ? text : text.slice(0, EDGE)).slice(0, TOP_LINES);
  // The end's first line may be cut: it is dropped (a date line is short).
  const cut = whole ? -1 : text.indexOf('\n', text.length - EDGE);
  const tail = whole ? nonEmptyLines(text) : cut < 0 ? [] : nonEmptyLines(text.slice(cut + 1));
  // Headings stop short of the end, so that a short document's closing date is read as one.
  const headingLines = whole ? Math.min(TOP_LINES, tail.length - END_LINES) : TOP_LINES;
  for (const [k, line] of top.entries()) {
    const page = PAGE_DATE.exec(line);
    const date = page ? isoDate(page[1]!, page[2]!, page[3]!) : k < headingLines ? fullDate(HEADING_DATE.exec(line)) : undefined;
    if (date) return date;
  }
  // Read from the last line up: a document's closing date is its last dated line.
  for (const line of tail.slice(Math.max(0, tail.length - END_LINES)).reverse()) {
    const date = fullDate(CLOSING_DATE.exec(line));
    if (date) return date;
  }
  return undefined;
}

function nonEmptyLines(text: string): string[] {
  return text.split('\n').map((line) => line.trim()).filter((line) => line.length > 0);
}

function fullDate(match: RegExpExecArray | null): string | undefined {
  return match ? isoDate(match[1]!, match[2]!, match[3]!) : undefined;
}

function isoDate(yearText: string, monthText: string, dayText: string): string | undefined {
  const year = parseSmallNumber(yearText.replace(/○/g, '〇'));
  const month = parseSmallNumber(monthText);
  const day = parseSmallNumber(dayText);
  if (year === undefined || month === undefined || day === undefined || year < 1900 || year > 2100) return undefined;
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isCalendarDate(iso) ? iso : undefined;
}
