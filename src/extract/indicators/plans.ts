// Five-year plans by name (`"十四五"`, `十五五`, `第十五个五年规划`, `2021—2025年`) and the year each ends.

/** A plan's name; its number is in group 1 (`十四`, `十五`, `第十五个` → 十五) or its years in groups 2 and 3. */
export const PLAN_NAME = /(?<![一二三四五六七八九十百千万零〇两])(?:第)?(十[一二三四五六七八九]?|[一二三四五六七八九])(?:个五年|五(?![年个]))|((?:19|20)\d{2})[-—～~至到]((?:19|20)\d{2})年/g;
const DIGIT: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** The last year of the plan a name names (`十四五` → 2025: the sixth plan ended 1985, every later one five years on). */
export function planEnd(name: string): number | null {
  PLAN_NAME.lastIndex = 0;
  const m = PLAN_NAME.exec(name);
  PLAN_NAME.lastIndex = 0;
  if (!m) return null;
  if (m[3]) return Number(m[3]);
  const numeral = m[1]!;
  const n = numeral.startsWith('十') ? 10 + (DIGIT[numeral[1] ?? ''] ?? 0) : DIGIT[numeral]!;
  return n >= 6 ? 1985 + 5 * (n - 6) : null;
}

/** The last year of the plan a year falls in (2026 → 2030, 2025 → 2025). */
export function currentPlanEnd(year: number): number {
  return year + ((((1985 - year) % 5) + 5) % 5);
}
