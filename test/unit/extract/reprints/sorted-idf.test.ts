// The compact IDF the signatures read: the same answers as loadIdf without the general fallback, or none at all (and
// the caller loads the file the general way) for a file not in the form IdfBuilder writes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { idfFromText, loadIdf } from '../../../../src/extract/keywords/idf.js';
import { sortedIdf } from '../../../../src/extract/reprints/sorted-idf.js';
import { dataPath } from '../../../../src/paths.js';

describe('sortedIdf', () => {
  it('answers as loadIdf does for every word of the shipped file, its neighbours and its median', () => {
    const text = readFileSync(dataPath('policy-idf.txt'), 'utf8');
    const general = loadIdf(undefined, { fallback: false });
    const compact = sortedIdf(text)!;
    expect(compact).toBeDefined();
    expect(compact.median).toBe(general.median);
    expect(compact.median).toBe(5.773506);
    const words = text.split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split(' ')[0]!);
    expect(words.length).toBe(36242);
    for (const word of words) {
      // The word, a prefix of it, and words that sort just before and after it.
      for (const term of [word, word.slice(0, -1), `${word}的`, `${word}\u0000`, word.slice(0, -1) + String.fromCharCode(word.charCodeAt(word.length - 1) + 1)]) {
        if (compact.get(term) !== general.get(term)) expect([term, compact.get(term)]).toEqual([term, general.get(term)]);
      }
    }
    expect(compact.get('5G基站')).toBe(3.927679);
    expect(compact.get('没有这个词语')).toBeUndefined();
  });

  it.each([
    ['plain', '# documents 2\nb 1.5 n\nc 2\n\nd 0.000001 v\n', true],
    ['values Number() reads other than as decimals', 'a 1e2\nb 12345678901234567890\nc .5\nd 3.\ne 0x10\n', true],
    ['unsorted', 'b 1\na 2\n', false],
    ['a word twice', 'a 1\na 2\n', false],
    ['a tab', 'a\t1\n', false],
    ['CRLF line ends', 'a 1\r\nb 2\r\n', false],
    ['an ideographic space', 'a\u30001\n', false],
    ['doubled spaces', 'a  1\n', false],
    ['a trailing space', 'a 1 \n', false],
    ['a word alone', 'a 1\nb\n', false],
    ['a value that is no number', 'a x\n', false],
  ])('%s: read here = %s, and then as parseIdf reads it', (_, text, read) => {
    const compact = sortedIdf(text);
    expect(compact !== undefined).toBe(read);
    if (!compact) return;
    const general = idfFromText(text, 'test', { fallback: false });
    expect(compact.median).toBe(general.median);
    for (const term of ['a', 'b', 'c', 'd', 'e', 'z', '']) expect(compact.get(term)).toBe(general.get(term));
  });
});
