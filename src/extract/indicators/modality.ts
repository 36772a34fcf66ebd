// Whether a figure is a target, an outcome, a forecast or a plan period's average, from the words of its sentence
// before it and the part of the report it stands in (see sections.ts).
import type { SectionKind } from './sections.js';

export const MODALITIES = ['target', 'actual', 'forecast', 'plan_average', 'other'] as const;
export type Modality = (typeof MODALITIES)[number];

/** Words that set a target: `主要预期目标是：`, `力争`. */
// (计划 as a verb, `计划新增`, `计划到2027年`; not a programme's name, `实施就业挖潜扩容计划，`.)
const TARGET_CUE = /预期目标|目标|力争|计划(?![，,。；;、）)”"]|$)|争取|力求|(?<![以])拟|预期(?=增长|增速|为|达到|在|涨幅)|报告提出/;
/** Words that set a target in a year's tasks but tell an outcome in a review (`涨幅控制在3.3%`). */
const TARGET_CUE_AHEAD = /确保|控制在|安排/;
/** A total over the years ahead (`今后五年城镇新增就业4500万人`): neither one year's target nor an average. */
const TOTAL_AHEAD = /今后五年|未来五年|五年累计|五年共|累计/;
/** A target spoken of as met (`完成全年目标任务`, `超过预期目标`): an outcome's words, not a target's. */
const TARGET_MET = /(?:完成|实现|超过|超额完成|好于|高于|低于|达到|圆满|如期)[^，。；]{0,10}目标|目标任务|预期目标[^，。；]{0,4}(?:完成|实现)/g;
const FORECAST_CUE = /预计|预期可达|有望|估计|预测/;
/** An average over several years (`年均增长6%`). */
const PLAN_AVERAGE = /年均|年平均/;
/** A sentence about a span of years: a figure there with no 年均 is a total over them (`五年来国内生产总值增长57.3%`). */
const MULTI_YEAR = /(?<![第十\d])(?:五|5)年(?!规划|计划|行动)|累计|[“"]?十[一二三四五六七八九]?五[”"]?(?:时期|期间)|(?:19|20)\d{2}[-—～~至到](?:19|20)\d{2}年/;
/** The past named in a report's tasks (`去年地区生产总值增长5%`). */
const PAST = /(?<![比较])(?:去年|上年(?!度)|过去一年|一年来)|(?:19|20)\d{2}年(?:全年)?[，,]/;
/** An outcome set against its target in the figure's own clause. */
const STATED_OUTCOME = /实际(?:增长|完成|实现|达到|为|下降|上涨)|(?:执行结果|完成情况)(?:为|是)?/;
const ACTUAL_CUE = /实现|完成|达到|达|比上年|同比|较上年|增长|下降|上涨|为/;

export interface ModalityInput {
  /** The sentence up to the figure. */
  sentence: string;
  /** The sentence before (`过去一年，我们的各项工作取得了很大成绩。国内生产总值增长10.3%`). */
  previous: string;
  /** The figure's total spans more than a year (`2005年与2000年相比，…增长57.3%`). */
  overYears: boolean;
  /** The clause up to the figure (from the last comma). */
  clause: string;
  section?: SectionKind;
  /** The section reviews several years and no single one (`过去五年工作回顾`). */
  severalYears?: boolean;
  /** The sentence names a year before the report's (`2025年，…`). */
  pastYear: boolean;
  /** The sentence sets a date ahead (`到2027年`, the report's year or later). */
  dateAhead?: boolean;
}

export function modalityOf({ sentence, previous, overYears, clause, section, severalYears, pastYear, dateAhead }: ModalityInput): Modality {
  if (PLAN_AVERAGE.test(clause)) return 'plan_average';
  if (FORECAST_CUE.test(sentence)) return 'forecast';
  if (TOTAL_AHEAD.test(sentence) || overYears) return 'other';
  // `预期目标为"增长3.5%左右"，实际增长3.1%`: the clause of the figure states the outcome.
  if (STATED_OUTCOME.test(clause)) return 'actual';
  const past = section === 'review' || PAST.test(sentence) || PAST.test(previous) || pastYear;
  const cues = sentence.replace(TARGET_MET, '');
  if (TARGET_CUE.test(cues) || (!past && TARGET_CUE_AHEAD.test(cues)) || dateAhead) return 'target';
  if (MULTI_YEAR.test(sentence)) return 'other';
  // In a review of several years, a figure is one year's only when its sentence names the year (`去年`, `2012年`).
  if (section === 'review') return severalYears && !pastYear && !PAST.test(sentence) && !PAST.test(previous) ? 'other' : 'actual';
  if (section === 'tasks' || section === 'plan') return PAST.test(sentence) || PAST.test(previous) || pastYear ? 'actual' : 'target';
  return pastYear || PAST.test(sentence) || ACTUAL_CUE.test(clause) ? 'actual' : 'other';
}
