// The year a report or article speaks from (a 2026 report reviews 2025 and sets targets for 2026): the article's date
// (the date its source gives, or its dateline's when that prints a year),
// else a year in its title (`2026年政府工作报告`), else its text: the date it was delivered (`——2026年2月5日在…会议上`),
// a heading or phrase naming the year's work (`2025年工作总体部署`, `2006年国民经济和社会发展的主要预期目标`) or the
// review of the year before (`一、2024年工作回顾` → 2025), else the year after the one its review names most, else
// the latest year it names.
import type { Article } from '../../types.js';
import { findSections } from './sections.js';

const TITLE_YEAR = /((?:19|20)\d{2})年/;
/** The delivery date printed under a report's title, early in the text. */
const DELIVERED = /((?:19|20)\d{2})年\d{1,2}月\d{1,2}日(?:在|于)/;
/** How far into the text the delivery date is looked for. */
const HEAD = 600;
const YEAR_OF_WORK = /((?:19|20)\d{2})年(?:(工作回顾|工作总结)|(?:经济社会发展|国民经济和社会发展|发展)?的?(?:工作总体部署|总体部署|总体要求|主要预期目标|预期目标|主要任务|重点工作|政府工作任务|工作任务|工作安排|的工作|工作的建议|政府工作的建议))/;

/** The year of the article, or null when nothing says it. */
export function reportYear(article: Pick<Article, 'givenDate' | 'dateline' | 'title' | 'text'>): number | null {
  // Dates read before attribution only, so that a figure's year is the same with or without --by place.
  for (const date of [article.givenDate, article.dateline]) {
    const year = /^((?:19|20)\d{2})/.exec(date ?? '')?.[1];
    if (year) return Number(year);
  }
  const inTitle = TITLE_YEAR.exec(article.title)?.[1];
  if (inTitle) return Number(inTitle);
  const delivered = DELIVERED.exec(article.text.slice(0, HEAD))?.[1];
  if (delivered) return Number(delivered);
  const work = YEAR_OF_WORK.exec(article.text);
  if (work) return Number(work[1]) + (work[2] ? 1 : 0);
  return reviewedYear(article.text) ?? latestYear(`${article.title}\n${article.text}`);
}

/** The latest year the text names, not as a far goal (`到2035年`): a news article speaks from its latest year. */
function latestYear(text: string): number | null {
  let latest: number | null = null;
  for (const m of text.matchAll(/(?<![到至\d])((?:19|20)\d{2})年/g)) latest = Math.max(latest ?? 0, Number(m[1]));
  return latest;
}

/** The year after the one a report's review (its first part, `一、2024年工作回顾`) names most, later years first, not as a
 * basis. */
function reviewedYear(text: string): number | null {
  const sections = findSections(text);
  const review = sections[0]?.kind === 'review' ? sections[0] : undefined;
  if (!review) return null;
  const end = sections.find((s) => s.kind !== 'review')?.start ?? text.length;
  const counts = new Map<number, number>();
  // (Not the year a change is counted from, `从1997年的7.4万亿元增加到…`, `比1997年增长`: a review of several years
  // names it most.)
  for (const m of text.slice(review.start, end).matchAll(/(?<![从比较与\d])((?:19|20)\d{2})年/g)) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  let best: number | null = null;
  for (const [year, n] of counts) if (best === null || n > counts.get(best)! || (n === counts.get(best)! && year > best)) best = year;
  return best === null ? null : best + 1;
}
