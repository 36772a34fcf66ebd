// The parts of a government work report: its review of the past (`一、2025年工作回顾`, `过去五年工作回顾`), its tasks
// for the year (`二、2026年经济社会发展总体要求和主要预期目标`, `三、2026年重点工作`) and a plan period's goals
// (`二、"十五五"时期主要目标任务`). Found from the report's top-level headings, lines that open with an ordinal
// (`一、`…`十二、`, `第一部分`) and hold no sentence: each heading names its part, and a heading that names none
// (`三、大力推进改革开放`) continues the part before. Text with no such headings (a news article) has no parts.

import { PLAN_NAME, planEnd } from './plans.js';

export type SectionKind = 'review' | 'tasks' | 'plan' | 'other';

export interface Section {
  start: number;
  kind: SectionKind;
  heading: string;
  /** The last year of the plan period the heading names last (`"十五五"时期主要目标任务` → 2030). */
  planEnd?: number;
  /** A review of several years and of no single one (`过去五年工作回顾`, `"十一五"时期…的回顾`). */
  severalYears?: boolean;
}

/** A top-level heading: an ordinal at the start of a line, a short line without a full stop. */
const HEADING = /(?:^|\n)[ \t\u3000]*((?:[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十]{1,3}部分)[^\n。！？]{1,48})(?=\n|$)/g;
/** A short line of no punctuation, a heading when it names a part. */
const BARE_HEADING = /(?:^|\n)[ \t\u3000]*([^\n，。；：！？、,;:!?（(]{4,24})(?=\n|$)/g;
/** Short lines that name a part's words but are titles (`2026年政府工作报告`) or datelines. */
const NOT_A_HEADING = /报告|会议|讲话|代表大会|^[—-]/;
const REVIEW = /回顾|过去一年|过去五年|过去的一年|去年工作|工作总结|发展成就|主要成就|取得的成就/;
const TASKS = /总体要求|预期目标|主要任务|重点工作|主要工作|工作任务|总体部署|工作部署|工作安排|政策取向|的建议|今年|明年|\d{4}年[^，。]{0,8}工作|\d{4}年(?:经济社会|国民经济)/;
/** A year's work named after a plan period (`"十五五"时期目标任务和2026年工作安排`): the part is the year's tasks. */
const YEAR_WORK = /\d{4}年[^，。]{0,8}(?:工作|任务)|今年/;

/** The report's parts in text order (none when it has no ordinal headings that name one). */
export function findSections(text: string): Section[] {
  const sections: Section[] = [];
  const headings = [...text.matchAll(HEADING)].map((m) => ({ heading: m[1]!, start: m.index + m[0].indexOf(m[1]!), ordinal: true }));
  // Some reports print their headings bare (`"十四五"时期工作回顾`, `2026年重点工作`): a short line without punctuation
  // after the first (the title) that names a part.
  for (const m of text.matchAll(BARE_HEADING)) {
    const start = m.index + m[0].indexOf(m[1]!);
    if (start > 0 && !NOT_A_HEADING.test(m[1]!) && headingKind(m[1]!)) headings.push({ heading: m[1]!, start, ordinal: false });
  }
  headings.sort((a, b) => a.start - b.start);
  for (const { heading, start, ordinal } of headings) {
    if (!ordinal && sections.some((s) => s.start === start)) continue;
    const kind = headingKind(heading);
    const before = sections[sections.length - 1];
    if (kind) sections.push({ start, kind, heading, planEnd: lastPlan(heading)?.end ?? undefined, severalYears: kind === 'review' && SEVERAL_YEARS.test(heading) && !ONE_YEAR.test(heading) });
    else if (before && ordinal) sections.push({ ...before, start, heading });
  }
  return splitLastYear(text, sections);
}

/** A paragraph that turns a review of several years to the last one (`刚刚过去的2025年，…`, `过去一年，…`). */
const LAST_YEAR_OPENING = /\n[ \t\u3000]*(?:各位代表[！!，,：:]?)?(?:刚刚过去的|过去的?一年|一年来|去年)/g;
/** A paragraph that turns a review to the years of a plan period (`这五年，…`, `——这五年，…`, `过去的五年极不寻常`,
 * `2025年是"十四五"收官之年。回望"十四五"…`), after a short first sentence at most. */
const SEVERAL_YEARS_OPENING = /\n[ \t\u3000]*(?:各位代表[！!，,：:]?|——)?(?:[^。\n]{0,30}。)?(?:这五年|五年来|过去的?五年|(?:回望|回顾)?[“"]十[一二三四五六七八九]?五[”"](?:时期|期间|以来)?)/g;

/**
 * A review's paragraphs that turn to the last year or to a plan period's years: from each on, figures are that year's or
 * the period's, up to the next such turn. (A review of several years turns to the last year once; a review headed with
 * both, `"十四五"时期和2025年工作回顾`, `2025年工作回顾和"十四五"发展主要成就`, may turn either way.)
 */
function splitLastYear(text: string, sections: Section[]): Section[] {
  const out: Section[] = [];
  sections.forEach((section, i) => {
    out.push(section);
    if (section.kind !== 'review') return;
    const end = sections[i + 1]?.start ?? text.length;
    if (section.severalYears) {
      LAST_YEAR_OPENING.lastIndex = section.start;
      const m = LAST_YEAR_OPENING.exec(text);
      if (m && m.index < end) out.push({ ...section, start: m.index + 1, severalYears: false });
      return;
    }
    // (Only a heading that names a plan period or five years as well as its year: a year's review keeps its own.)
    if (!SEVERAL_YEARS.test(section.heading)) return;
    const turns: Section[] = [];
    for (const [re, severalYears] of [[LAST_YEAR_OPENING, false], [SEVERAL_YEARS_OPENING, true]] as const) {
      re.lastIndex = section.start;
      for (let m = re.exec(text); m && m.index < end; m = re.exec(text)) turns.push({ ...section, start: m.index + 1, severalYears });
    }
    turns.sort((a, b) => a.start - b.start);
    out.push(...turns);
  });
  return out;
}

const SEVERAL_YEARS = /五年|十[一二三四五六七八九]?五|\d{4}[-—～~至到]\d{4}年/;
const ONE_YEAR = /(?<![-—～~至到])\d{4}年(?![-—～~至到])|一年|去年/;

/** What a heading says of a plan period it names: its goals and tasks. */
const PLAN_WORK = /目标|任务|举措|规划|建议|考虑|要求|说明|部署/;

/** The last plan period a text names, where, and its last year. */
export function lastPlan(text: string): { at: number; end: number } | undefined {
  let found: { at: number; end: number } | undefined;
  for (const m of text.matchAll(PLAN_NAME)) {
    const end = planEnd(m[0]);
    if (end !== null) found = { at: m.index, end };
  }
  return found;
}

/** What part of a report a heading opens; undefined when it names none. */
export function headingKind(heading: string): SectionKind | undefined {
  // A heading naming two periods (`"十四五"时期发展成就和"十五五"时期主要目标任务`) opens the part about the last.
  const plan = lastPlan(heading);
  if (plan) {
    const after = heading.slice(plan.at);
    if (REVIEW.test(after)) return 'review';
    if (YEAR_WORK.test(after)) return 'tasks';
    if (PLAN_WORK.test(after)) return 'plan';
  }
  if (REVIEW.test(heading)) return 'review';
  if (TASKS.test(heading)) return 'tasks';
  return undefined;
}

/** The part of the report a position falls in; undefined before the first heading or in a text without parts. */
export function sectionAt(sections: readonly Section[], position: number): Section | undefined {
  let found: Section | undefined;
  for (const section of sections) {
    if (section.start > position) break;
    found = section;
  }
  return found;
}
