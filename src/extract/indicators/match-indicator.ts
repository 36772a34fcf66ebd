// Which canonical indicator a figure measures, read from the words before it in its clause: the last indicator name
// there, when only predicate words (增长, 预期目标为, 比上年, other figures of the same name…) stand between the name
// and the figure. A name followed by other nouns (`国内生产总值比重`, `地区生产总值占比`) measures something else.
import type { Indicator, IndicatorTable } from './indicator-table.js';

export interface FigureToMatch {
  start: number;
  unit: string;
  change?: 'increase' | 'decrease' | 'new';
}

export interface IndicatorMatch {
  indicator: Indicator;
  /** Where the name stands in the text. */
  nameStart: number;
  nameEnd: number;
}

/** Breaks that end the clause a figure's name is read from (`、` does not: `达到134.9万亿元、增长5%`). */
const CLAUSE_BREAK = /[。；;！!？?\n，,：:]/;
/** How far back a clause is read. */
const MAX_CLAUSE = 80;
/** A clause that starts with its predicate (`，增长5.2%`, `，比上年增长6%`) takes its name from the clause before. */
const PREDICATE_FIRST = /^(?:全年|年均|比上年|较上年|比去年|同比|按可比价格计算|扣除价格因素|实际|名义)*(?:增长|增速|增幅|下降|降低|回落|提高|达到|为)/;
/** Figures between the name and this figure (`达到134.9万亿元、增长5%`). */
const OTHER_FIGURES = /[0-9.．]+(?:[万亿千]+)?(?:元|人次|人|吨|斤|美元|个百分点|百分点|%|％)?/g;
/** Words that may stand between a name and its figure: predicates, comparisons, targets' verbs and bounds. */
const PREDICATE_WORDS = new RegExp(
  [
    '按可比价格计算', '按可比价计算', '扣除价格因素', '比上年', '比去年', '较上年', '较去年', '同比', '主要预期目标', '预期目标', '预期', '目标',
    '年均', '平均值', '均值', '平均', '实际', '名义', '力争', '确保', '争取', '力求', '控制', '保持', '稳定', '定为', '定在', '设定为', '设定在', '设为', '分别',
    '增长速度', '增长', '增速', '增幅', '涨幅', '上涨', '下降', '降低', '降幅', '减少', '回落', '提高', '提升', '增加', '达到', '达',
    '为', '是', '实现', '完成', '在', '至', '到', '超过', '突破', '以上', '左右', '约', '了', '均', '全年', '年度', '预计', '计划',
    '不低于', '不少于', '不超过', '不高于', '低于', '高于', '以内', '之内', '至少', '人数', '幅度', '速度', '继续', '拟', '可达', '有望', '总量', '规模', '总额', '要', '按', '的', '和', '、', '“', '”', '"', ' ', '，', ',',
  ].join('|'),
  'g',
);
/**
 * Words before a name that make it a part's (`海洋生产总值`, `县域地区生产总值`, `平原新城地区生产总值`): an economy
 * of a sector or a zone within the place, not the place's own; so is a field's (`人工智能方向研发经费`) and a kind of
 * trade's (`跨境电商进出口`).
 */
const PART_BEFORE = /(?:占|相当于|海洋|旅游|文化|数字经济|体育|县域|园区|开发区|高新区|新区|片区|城区|副中心|新城|都市圈|经济带|城市群|示范区|自贸区|试验区|农业|林业|渔业|工业|服务业|制造业|建筑业|产业|行业|企业|领域|方向|跨境电商|电商|服务贸易|数字贸易|加工贸易|边境贸易)$/;
/** Words after a name that make the figure another thing's (`占地区生产总值比重`, `生产总值的比重`). */
// (`约为全国平均的70%`: a level relative to the country's is not the indicator's own.)
const OTHER_THING = /占|比重|比例|贡献|拉动|相当于|(?:全国|全省|全市)(?:平均)?(?:水平)?的/;

/** The indicator the figure at `figure.start` measures, if its clause names one and the figure fits it. */
export function matchIndicator(text: string, figure: FigureToMatch, table: IndicatorTable): IndicatorMatch | undefined {
  const found = matchName(text, figure, table);
  return found && townsOrVillages(text, figure, found, table);
}

/**
 * `城乡居民人均可支配收入分别增长5.3%、7.1%`: two figures of 城乡 residents are the towns' and the villages', in that
 * order; one alone is all residents'.
 */
function townsOrVillages(text: string, figure: FigureToMatch, found: IndicatorMatch, table: IndicatorTable): IndicatorMatch {
  if (!text.startsWith('城乡', found.nameStart) || !found.indicator.key.startsWith('disposable_income')) return found;
  const second = /\d[^、，,。；]{0,8}、$/.test(text.slice(found.nameEnd, figure.start));
  const first = !second && /^[\d.．]+[^、，,。；\d]{0,6}、[\d.．]+/.test(text.slice(figure.start, figure.start + 24));
  if (!first && !second) return found;
  const key = `${second ? 'rural' : 'urban'}_${found.indicator.key}`;
  const indicator = table.indicators.find((i) => i.key === key);
  return indicator ? { ...found, indicator } : found;
}

function matchName(text: string, figure: FigureToMatch, table: IndicatorTable): IndicatorMatch | undefined {
  if (!table.units.has(figure.unit)) return undefined;
  let clauseStart = clauseStartBefore(text, figure.start);
  let before = text.slice(clauseStart, figure.start);
  const listed = matchListed(before, clauseStart, figure, table);
  if (listed !== undefined) return listed ?? undefined;
  let name = lastName(before, table);
  if (!name && PREDICATE_FIRST.test(before) && clauseStart > 0 && /[，,]/.test(text[clauseStart - 1]!)) {
    clauseStart = clauseStartBefore(text, clauseStart - 1);
    before = text.slice(clauseStart, figure.start);
    name = lastName(before, table);
  }
  if (!name || PART_BEFORE.test(before.slice(0, name.start))) return undefined;
  const gap = before.slice(name.end);
  // Other predicates of the same name may come first (`达到5.53万亿元、稳居全国前十强、增长4.8%`): the words
  // after the last `、` must be a predicate of the figure.
  const ownPredicate = gap.slice(gap.lastIndexOf('、') + 1);
  if (OTHER_THING.test(gap) || ownPredicate.replace(OTHER_FIGURES, '').replace(PREDICATE_WORDS, '').length > 0) return undefined;
  const indicator = fitting(table.bySurface.get(name.surface) ?? [], figure, gap);
  return indicator && { indicator, nameStart: clauseStart + name.start, nameEnd: clauseStart + name.end };
}

function clauseStartBefore(text: string, end: number): number {
  const limit = Math.max(0, end - MAX_CLAUSE);
  for (let i = end - 1; i >= limit; i--) if (CLAUSE_BREAK.test(text[i]!)) return i + 1;
  return limit;
}

interface NameAt {
  surface: string;
  start: number;
  end: number;
}

/** The last indicator name in a stretch of text (the longest where names overlap). */
function lastName(stretch: string, table: IndicatorTable): NameAt | undefined {
  let last: NameAt | undefined;
  for (let i = 0; i < stretch.length; ) {
    // (`PM2.5` holds no `M2`: a Latin name starts and ends at a word's edge.)
    const surface = table.byFirstChar.get(stretch[i]!)?.find((s) => stretch.startsWith(s, i) && !(/^[A-Za-z]/.test(s) && /[A-Za-z]/.test(stretch[i - 1] ?? '')) && !(/[A-Za-z0-9]$/.test(s) && /^[A-Za-z0-9.]/.test(stretch[i + s.length] ?? '')));
    if (surface) {
      last = { surface, start: i, end: i + surface.length };
      i += surface.length;
    } else i++;
  }
  return last;
}

/**
 * `地区生产总值、一般公共预算收入分别增长5.5%、6%`: the k-th figure after 分别 belongs to the k-th name before it.
 * Undefined when the clause is no such list; null when it is one and the figure's item names no indicator that fits.
 */
function matchListed(before: string, offset: number, figure: FigureToMatch, table: IndicatorTable): IndicatorMatch | null | undefined {
  const at = before.lastIndexOf('分别');
  if (at < 0) return undefined;
  const figuresBefore = before.slice(at).match(/[、和]/g)?.length ?? 0;
  const items = before.slice(0, at).split(/[、和与及]/);
  let itemStart = 0;
  for (let i = 0; i < figuresBefore && i < items.length; i++) itemStart += items[i]!.length + 1;
  const item = items[figuresBefore];
  // (`城乡居民…分别增长5.3%、7.1%`: one name of two kinds of residents is read as such, below.)
  if (item === undefined) return items.length === 1 && /城乡/.test(items[0]!) ? undefined : null;
  const name = lastName(item, table);
  // The name must end its item (`单位国内生产总值用水量` names water use, not GDP).
  if (!name || PART_BEFORE.test(item.slice(0, name.start)) || item.slice(name.end).replace(PREDICATE_WORDS, '').length > 0) return null;
  if (OTHER_THING.test(before.slice(at))) return null;
  const indicator = fitting(table.bySurface.get(name.surface) ?? [], figure, before.slice(at));
  return indicator ? { indicator, nameStart: offset + itemStart + name.start, nameEnd: offset + itemStart + name.end } : null;
}

/** Of the indicators one name stands for, the one this figure can be: by its unit and whether it is a change. */
function fitting(candidates: Indicator[], figure: FigureToMatch, gap: string): Indicator | undefined {
  const isChange = figure.change === 'increase' || figure.change === 'decrease' || /增长|增速|增幅|涨幅|上涨|下降|降低|降幅|减少|回落/.test(gap);
  if (figure.unit === '%') {
    return (
      candidates.find((c) => c.measure === 'rate' && figure.change !== 'increase' && figure.change !== 'decrease' && !/增长|增速|增幅|下降|降低/.test(gap)) ??
      candidates.find((c) => c.measure === 'reduction') ??
      candidates.find((c) => c.measure === 'growth' && figure.change !== 'new')
    );
  }
  if (isChange && figure.change !== 'new' && !/达到|为/.test(gap)) return undefined;
  return candidates.find((c) => c.measure === 'level' && c.units.includes(figure.unit));
}
