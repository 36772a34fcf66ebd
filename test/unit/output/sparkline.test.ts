import { describe, expect, it } from 'vitest';
import { sparkline } from '../../../src/output/sparkline.js';

describe('sparkline', () => {
  it.each([
    { values: [1, 2, 3, 4, 5, 6, 7, 8], bars: '▁▂▃▄▅▆▇█' },
    { values: [20, 10, 0], bars: '█▄ ' },
    // any value above zero shows at least the lowest block
    { values: [1000, 1], bars: '█▁' },
    { values: [0, 0], bars: '  ' },
    { values: [], bars: '' },
  ])('$values → "$bars"', ({ values, bars }) => {
    expect(sparkline(values)).toBe(bars);
  });
});
