// A row of numbers as a tiny bar chart in one cell, so a person sees the pattern across groups at a glance. Only the
// table draws it (FormatOptions.bars): the other formats carry the numbers themselves.

const BLOCKS = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

/**
 * One character per value, scaled to the row's largest: the largest is █, any value above zero at least ▁, and
 * zero a space (absent, not just rare). All zeros (or no values) give spaces.
 */
export function sparkline(values: number[]): string {
  const max = Math.max(0, ...values.filter((v) => Number.isFinite(v)));
  return values
    .map((v) => {
      if (!(v > 0) || max === 0) return ' ';
      const level = Math.ceil((v / max) * BLOCKS.length) - 1;
      return BLOCKS[Math.min(BLOCKS.length - 1, Math.max(0, level))]!;
    })
    .join('');
}
