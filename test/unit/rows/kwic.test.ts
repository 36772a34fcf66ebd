import { describe, expect, it } from 'vitest';
import { sliceChars } from '../../../src/rows/kwic.js';

describe('sliceChars', () => {
  it.each([
    { text: '着力推动高质量发展', from: 4, count: -2, out: '推动' },
    { text: '着力推动高质量发展', from: 4, count: -10, out: '着力推动' },
    { text: '着力推动高质量发展', from: 4, count: 3, out: '高质量' },
    { text: '着力推动高质量发展', from: 4, count: 30, out: '高质量发展' },
    // a character outside the BMP (𠮷, two UTF-16 units) counts as one and is never cut in half
    { text: 'a𠮷b', from: 4, count: -2, out: '𠮷b' },
    { text: 'a𠮷b', from: 0, count: 2, out: 'a𠮷' },
  ])('$text from $from by $count → $out', ({ text, from, count, out }) => {
    expect(sliceChars(text, from, count)).toBe(out);
  });
});
