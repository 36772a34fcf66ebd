// Chinese numerals and mixed Arabic/Chinese numbers (`二十三`, `一万零五百`, `1.5万`, `3千`, `三百多万`,
// `五分之一`, `百分之三十`) parsed to plain numbers.

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Characters a Chinese numeral is written with (digits and multipliers, not the approximation words). */
export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万亿';

/** True when `ch` is one of 零〇一二两三四五六七八九. */
export function isChineseDigit(ch: string): boolean {
  return ch in DIGITS;
}

/**
 * The value of a number written in Chinese numerals, Arabic digits, or a mix of both.
 * `多`/`余`/`几` inside (`三百多万`) mark an approximation, not part of the value, and are skipped;
 * `百分之三十` gives 30 (the caller knows it is a percent), `五分之一` gives 0.2.
 * Returns null when the string is not a number.
 */
export function parseChineseNumber(s: string): number | null {
  const text = s.trim().replace(/,(?=\d{3})/g, '');
  if (text.length === 0) return null;

  if (text.startsWith('百分之')) return parseChineseNumber(text.slice(3));
  if (text.startsWith('千分之')) return parseChineseNumber(text.slice(3));
  const fraction = /^(.+?)分之(.+)$/.exec(text);
  if (fraction) {
    const denominator = parseChineseNumber(fraction[1]!);
    const numerator = parseChineseNumber(fraction[2]!);
    if (denominator === null || numerator === null || denominator === 0) return null;
    return numerator / denominator;
  }

  // Approximation words sit between digits and a multiplier (三百多万, 1.5万余): they carry no value.
  const cleaned = text.replace(/[多余几]/g, '');
  if (cleaned.length === 0) return null;
  return parseNumeral(cleaned);
}

/** Sections: below 万 (`current`), the 万 section, the 亿 total; `pending` is a digit not yet multiplied. */
function parseNumeral(text: string): number | null {
  let total = 0;
  let section = 0;
  let current = 0;
  let pending: number | null = null;
  let lastWasDigit = false;
  let digitString = ''; // consecutive Chinese digits without multipliers (`二〇二三`) read digit by digit
  let sawUnit = false;
  let i = 0;

  while (i < text.length) {
    const ch = text[i]!;
    const arabic = /^\d+(?:\.\d+)?/.exec(text.slice(i));
    if (arabic) {
      if (pending !== null) return null; // two numbers side by side
      pending = Number(arabic[0]);
      i += arabic[0].length;
      lastWasDigit = false;
      continue;
    }
    if (ch === '点' || ch === '.') {
      // Chinese decimal point: 三点五 → 3.5; the digits after it are read one by one.
      const rest = text.slice(i + 1);
      if (!/^[零〇一二两三四五六七八九]+/.test(rest)) return null;
      const decimals = /^[零〇一二两三四五六七八九]+/.exec(rest)![0];
      const fractionDigits = [...decimals].map((d) => DIGITS[d]!).join('');
      const whole: number = pending ?? (digitString ? Number(digitString) : 0);
      pending = Number(`${whole}.${fractionDigits}`);
      digitString = '';
      i += 1 + decimals.length;
      lastWasDigit = false;
      continue;
    }
    if (ch in DIGITS) {
      const d = DIGITS[ch]!;
      if (ch === '零' || ch === '〇') {
        // After a multiplier 零 only marks a gap (一万零五百); between digits it is a digit (二〇二三).
        if (lastWasDigit || (pending === null && !sawUnit && i + 1 < text.length && text[i + 1]! in DIGITS)) {
          digitString += '0';
          pending = Number(digitString);
          lastWasDigit = true;
        } else if (!sawUnit && text.length === 1) {
          pending = 0;
        }
        i++;
        continue;
      }
      if (lastWasDigit) {
        digitString += String(d);
        pending = Number(digitString);
      } else {
        if (pending !== null) return null;
        digitString = String(d);
        pending = d;
      }
      lastWasDigit = true;
      i++;
      continue;
    }
    lastWasDigit = false;
    digitString = '';
    if (ch in SMALL_UNITS) {
      // 十 alone or leading (十五) means 一十.
      current += (pending ?? 1) * SMALL_UNITS[ch]!;
      pending = null;
      sawUnit = true;
      i++;
      continue;
    }
    if (ch === '万') {
      const below = current + (pending ?? 0);
      section += (below === 0 && section === 0 ? 1 : below) * 1e4; // 万 alone is 一万
      current = 0;
      pending = null;
      sawUnit = true;
      i++;
      continue;
    }
    if (ch === '亿') {
      const below = section + current + (pending ?? 0);
      total = (total + (below === 0 && total === 0 ? 1 : below)) * 1e8;
      section = 0;
      current = 0;
      pending = null;
      sawUnit = true;
      i++;
      continue;
    }
    return null;
  }
  const value = total + section + current + (pending ?? 0);
  // Float noise from 153.7 * 1e8 and the like: keep 10 significant figures.
  return Number(value.toPrecision(12));
}

/**
 * Two neighbouring digits side by side are a rough range, not one number: `三四个` is 3 to 4, `六七米` 6 to 7,
 * `五六万` 50000 to 60000, `两三百` 200 to 300. Digits read one by one (`二〇二三`) are longer and do not match.
 * Returns null when `core` is not such a range.
 */
export function parseChineseRange(core: string): { min: number; max: number } | null {
  const m = /^(一两|两三|三五|[二三四五六七八][三四五六七八九])([十百千万亿]*)$/.exec(core);
  if (!m) return null;
  const low = DIGITS[m[1]![0]!]!;
  const high = DIGITS[m[1]![1]!]!;
  // `三五人`, `三五年`: the idiom skips four, and is still 3 to 5.
  if (high !== low + 1 && m[1] !== '三五') return null;
  const scale = m[2] ? parseNumeral(`一${m[2]}`) : 1;
  if (scale === null) return null;
  return { min: Number((low * scale).toPrecision(12)), max: Number((high * scale).toPrecision(12)) };
}
