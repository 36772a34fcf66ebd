// How a figure bounds what it states: `5%左右` about, `6%以上` at least, `4.5%以内` at most, `6.5%－7%` a range, `5%`
// exact; with the interval it gives (min and max both the value for a point; the open side empty).
import type { Approx } from '../../types.js';

export const BOUNDS = ['about', 'at_least', 'at_most', 'range', 'exact'] as const;
export type Bound = (typeof BOUNDS)[number];

export interface Bounded {
  bound: Bound;
  min: number | null;
  max: number | null;
}

/** Words right before a figure that bound it. */
export const COMPARED = /(?:不低于|不少于|不超过|不高于|(?<!不)低于|(?<!不)高于)$/;

/**
 * From the approximation numbers reads (see APPROX_BEFORE in extract/numbers/numbers.ts): 以上/不低于/超过/多 make
 * at_least, 以内/以下/不超过/近 make at_most, 左右/约 about.
 */
export function boundOf(figure: { approx: Approx; value: number | null; min?: number; max?: number }, before = ''): Bounded {
  const value = figure.value;
  // A comparison as a bound (`城镇登记失业率低于4.6%`, `城镇新增就业人数不低于900万人`).
  const compared = COMPARED.exec(before)?.[0];
  if (compared && figure.approx !== 'range') return /^(?:低于|不超过|不高于)$/.test(compared) ? { bound: 'at_most', min: null, max: value } : { bound: 'at_least', min: value, max: null };
  switch (figure.approx) {
    case 'range':
      return { bound: 'range', min: figure.min ?? value, max: figure.max ?? value };
    case 'about':
      return { bound: 'about', min: value, max: value };
    case 'at_least':
    case 'more_than':
      return { bound: 'at_least', min: value, max: null };
    case 'less_than':
      return { bound: 'at_most', min: null, max: value };
    default:
      return { bound: 'exact', min: value, max: value };
  }
}

/** The same bound for the figure's negation (`下降0.3%` as growth -0.3): the interval turns over. */
export function negated(bounded: Bounded): Bounded {
  const flip = (n: number | null) => (n === null ? null : -n);
  const bound = bounded.bound === 'at_least' ? 'at_most' : bounded.bound === 'at_most' ? 'at_least' : bounded.bound;
  return { bound, min: flip(bounded.max), max: flip(bounded.min) };
}
