// Dates, years and periods written with numbers: `2023年`, `12月25日`, `1988年9月`, `前三季度`, `1-9月`,
// `2022年12月21日至2023年6月`, `2021-2025年`. They are figures of kind date/year/period, and they give
// the period of the figures near them.
import { parseChineseNumber } from './chinese-numerals.js';
import type { NumberKind } from '../../types.js';

export interface DateMatch {
  start: number;
  end: number;
  kind: Extract<NumberKind, 'date' | 'year' | 'period'>;
  /** Year for kind `year`, else null. */
  value: number | null;
  /** ISO-like form: `2023`, `2022-12`, `2022-12-25`, `12-25`, a range `a/b`, a quarter `2023-Q1~Q3`; none for a
   * day of the month or a clock time, which name no period of their own. */
  iso?: string;
}

const CN = '[零〇一二两三四五六七八九十]';
const YEAR = `(\\d{4}|[〇零一二三四五六七八九]{4})年`;
const MONTH = `(\\d{1,2}|十[一二]?|[一二三四五六七八九])月(?:份)?`;
const DAY = `(\\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])[日号]`;

/** One date: year, year-month, year-month-day, month-day or month. Groups: year, month, day. */
const SINGLE_DATE = new RegExp(`(?:${YEAR})?(?:${MONTH}(?:${DAY})?)?`, 'y');
const DAY_ONLY = new RegExp(DAY, 'y');
const RANGE_LINK = /\s*(?:至|到|—|–|-|~|～)\s*/y;

const QUARTERS = new RegExp(`(?:${YEAR})?(前|第)?([一二三四1-4])(?:(?:、|至|-|到)([一二三四1-4]))?季度`, 'g');
const MONTH_RANGE = new RegExp(`(?:${YEAR})?(\\d{1,2}|${CN}{1,2})(?:-|—|–|~|至|到)(\\d{1,2}|${CN}{1,2})月(?:份)?`, 'g');
const YEAR_RANGE = /(\d{4})(?:-|—|–|~|至|到)(\d{4})年/g;
const NUMERIC_DATE = /(?<![\d.])(\d{4})([-./])(\d{1,2})\2(\d{1,2})(?![\d.])/g;
const HALF_YEAR = new RegExp(`${YEAR}(上|下)半年`, 'g');
const DATE_START = new RegExp(`(?:\\d{4}|[〇零一二三四五六七八九]{4})年|(?:\\d{1,2}|${CN}{1,2})月`, 'g');

/** Words of span before `N日` that make it days counted (`连续7日无新增`, `为期3日`, `近7日`, `长达15日`). */
const SPAN_BEFORE_DAYS = /(?:连续|为期|长达|历时|用时|耗时|仅用|用了|不到|不足|超过|近|满)$/;
/** `22日`, `4日电`, `10日至11日`: a day of the month, never a count (`3日内` is a duration, `日均` a rate). */
const DAY_OF_MONTH = /(?<![\d.])(?:[1-9]|[12]\d|3[01])日(?:(?:至|到|—|-|~|～)(?:[1-9]|[12]\d|3[01])日)?(?![内均])/g;
/** `8时30分`, `上午9时`, `21时许`, `凌晨2时`, `8点30分`, `21:00`, `01:51:10.622`: clock times, never counts. */
const TIME_OF_DAY = '(?:上午|下午|晚上|凌晨|早上|早晨|清晨|中午|傍晚|夜里|夜间|当晚|晚)';
const HOUR = '(?:[01]?\\d|2[0-4])';
// The words of the time of day are part of the span: a lookbehind for them was tried at every position of the text.
const CLOCK_TIME = new RegExp(
  `(?:${TIME_OF_DAY}\\s*)?(?<![\\d.])(?:${HOUR}时(?:[0-5]?\\d分(?:[0-5]?\\d秒)?)?|${HOUR}点[0-5]?\\d分|${HOUR}:[0-5]\\d(?::[0-5]\\d(?:\\.\\d+)?)?(?![\\d:]))(?:许|左右)?` +
    `|${TIME_OF_DAY}\\s*${HOUR}点(?:半|多)?(?:许|左右)?`,
  'g',
);
/** `20231206`: a date printed as eight digits (transcript stamps). */
const COMPACT_DATE = /(?<![\d.])(\d{4})(\d{2})(\d{2})(?![\d.])/g;

const pad = (n: number): string => String(n).padStart(2, '0');

function num(s: string | undefined): number | null {
  if (s === undefined) return null;
  return /^\d+$/.test(s) ? Number(s) : parseChineseNumber(s);
}

/** Years that a text about policy can mean: a 4-digit number outside these is a count (`5000年`). */
function plausibleYear(y: number | null): y is number {
  return y !== null && y >= 1800 && y <= 2200;
}

function matchSingle(text: string, pos: number): { end: number; y: number | null; m: number | null; d: number | null } | null {
  SINGLE_DATE.lastIndex = pos;
  const m = SINGLE_DATE.exec(text);
  if (!m || m[0].length === 0) return null;
  const y = num(m[1]);
  const mo = num(m[2]);
  const d = num(m[3]);
  if (m[1] !== undefined && !plausibleYear(y)) return null;
  if (mo !== null && (mo < 1 || mo > 12)) return null;
  if (d !== null && (d < 1 || d > 31)) return null;
  // `3个月` is a duration, `9月` a month: a month needs no 个 before it.
  if (m[1] === undefined && text[pos - 1] === '个') return null;
  return { end: pos + m[0].length, y, m: mo, d };
}

function isoOf(p: { y: number | null; m: number | null; d: number | null }): string {
  const parts: string[] = [];
  if (p.y !== null) parts.push(String(p.y));
  if (p.m !== null) parts.push(pad(p.m));
  if (p.d !== null) parts.push(pad(p.d));
  return parts.join('-');
}

/** All dates, years and periods in `text`, in text order, not overlapping. */
export function findDateFigures(text: string): DateMatch[] {
  const found: DateMatch[] = [];
  const taken = new Uint8Array(text.length);
  const add = (d: DateMatch): void => {
    for (let i = d.start; i < d.end; i++) if (taken[i]) return;
    taken.fill(1, d.start, d.end);
    found.push(d);
  };

  for (const m of text.matchAll(NUMERIC_DATE)) {
    const [y, mo, d] = [Number(m[1]), Number(m[3]), Number(m[4])];
    if (!plausibleYear(y) || mo < 1 || mo > 12 || d < 1 || d > 31) continue;
    add({ start: m.index, end: m.index + m[0].length, kind: 'date', value: null, iso: `${y}-${pad(mo)}-${pad(d)}` });
  }
  for (const m of text.matchAll(COMPACT_DATE)) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (y < 1949 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > 31) continue;
    add({ start: m.index, end: m.index + m[0].length, kind: 'date', value: null, iso: `${y}-${pad(mo)}-${pad(d)}` });
  }
  for (const m of text.matchAll(QUARTERS)) {
    const y = num(m[1]);
    if (m[1] !== undefined && !plausibleYear(y)) continue;
    const first = num(m[3])!;
    const last = m[4] !== undefined ? num(m[4])! : null;
    const quarters = m[2] === '前' ? `Q1~Q${first}` : last !== null ? `Q${first}~Q${last}` : `Q${first}`;
    add({ start: m.index, end: m.index + m[0].length, kind: 'period', value: null, iso: y !== null ? `${y}-${quarters}` : quarters });
  }
  for (const m of text.matchAll(HALF_YEAR)) {
    const y = num(m[1]);
    if (!plausibleYear(y)) continue;
    add({ start: m.index, end: m.index + m[0].length, kind: 'period', value: null, iso: `${y}-H${m[2] === '上' ? 1 : 2}` });
  }
  for (const m of text.matchAll(YEAR_RANGE)) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (!plausibleYear(a) || !plausibleYear(b) || b < a) continue;
    add({ start: m.index, end: m.index + m[0].length, kind: 'period', value: null, iso: `${a}/${b}` });
  }
  for (const m of text.matchAll(MONTH_RANGE)) {
    const y = num(m[1]);
    const a = num(m[2]);
    const b = num(m[3]);
    if (m[1] !== undefined && !plausibleYear(y)) continue;
    if (a === null || b === null || a < 1 || b > 12 || b <= a) continue;
    const months = `${pad(a)}~${pad(b)}`;
    add({ start: m.index, end: m.index + m[0].length, kind: 'period', value: null, iso: y !== null ? `${y}-${months}` : months });
  }
  for (const m of text.matchAll(DATE_START)) {
    if (taken[m.index]) continue;
    const first = matchSingle(text, m.index);
    if (!first) continue;
    let end = first.end;
    let iso = isoOf(first);
    let kind: DateMatch['kind'] = first.m === null && first.d === null ? 'year' : 'date';
    // A range: `12月23日至24日`, `2022年12月21日至2023年6月`.
    RANGE_LINK.lastIndex = end;
    const link = RANGE_LINK.exec(text);
    if (link) {
      const after = end + link[0].length;
      let second = matchSingle(text, after);
      if (!second && first.d !== null) {
        DAY_ONLY.lastIndex = after;
        const day = DAY_ONLY.exec(text);
        const d = day ? num(day[1]) : null;
        if (day && d !== null && d <= 31) second = { end: after + day[0].length, y: null, m: first.m, d };
      }
      if (second && (second.y !== null || first.y === null)) {
        end = second.end;
        iso = `${iso}/${isoOf({ y: second.y ?? (first.y !== null && second.m === null ? first.y : null), m: second.m, d: second.d })}`;
        kind = 'period';
      } else if (second) {
        end = second.end;
        iso = `${iso}/${isoOf({ y: first.y, m: second.m, d: second.d })}`;
        kind = 'period';
      }
    }
    add({ start: m.index, end, kind, value: kind === 'year' ? first.y : null, iso });
  }
  // After the full dates, so `10月11日` stays one date.
  for (const re of [DAY_OF_MONTH, CLOCK_TIME]) {
    for (const m of text.matchAll(re)) {
      // `连续7日`, `为期3日`, `近7日`: days counted after a word of span are a length of time, not a day of the month.
      if (re === DAY_OF_MONTH && !m[0].slice(1).match(/[至到—\-~～]/) && SPAN_BEFORE_DAYS.test(text.slice(Math.max(0, m.index - 3), m.index))) continue;
      add({ start: m.index, end: m.index + m[0].length, kind: 'date', value: null });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
