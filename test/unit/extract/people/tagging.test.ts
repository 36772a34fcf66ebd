import { describe, expect, it } from 'vitest';
import { CLAUSE_BREAK, CLAUSE_BREAKS, SENTENCE_END, SENTENCE_ENDS } from '../../../../src/extract/people/tagging.js';

describe('the window edges of tagAround', () => {
  it.each([
    ['sentence ends', SENTENCE_END, SENTENCE_ENDS],
    ['clause breaks', CLAUSE_BREAK, CLAUSE_BREAKS],
  ] as const)('the table of %s holds the units its class matches, and no other', (_, pattern, table) => {
    const differ: number[] = [];
    for (let unit = 0; unit < 0x10000; unit++) {
      if (pattern.test(String.fromCharCode(unit)) !== (table[unit] === 1)) differ.push(unit);
    }
    expect(differ).toEqual([]);
  });
});
