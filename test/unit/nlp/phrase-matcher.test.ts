// PhraseMatcher finds what a regular expression of the lists' alternation finds: cases, then the property on random
// texts over a small alphabet, where words overlap, nest and share prefixes and suffixes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PhraseMatcher } from '../../../src/nlp/phrase-matcher.js';

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const longestFirst = (list: string[]) => [...list].sort((a, b) => b.length - a.length);
/** The regular expression the matcher stands for: each list longest first, lists in order. */
const alternation = (lists: string[][]) => new RegExp(lists.flatMap((l) => longestFirst(l).map(escape)).join('|'), 'g');

describe('PhraseMatcher.findAll', () => {
  const titles = new PhraseMatcher([['书记', '市委书记', '副书记', '市长', '副市长', '长']]);
  it.each([
    ['市委书记、市长刘运出席', [[0, '市委书记'], [5, '市长']]],
    ['副市长张三', [[0, '副市长']]],
    ['市长长', [[0, '市长'], [2, '长']]], // non-overlapping, leftmost first
    ['无', []],
    ['', []],
  ] as const)('%s', (text, expected) => {
    expect(titles.findAll(text).map((m) => [m.index, m.word])).toEqual(expected);
  });

  it('prefers an earlier list to a longer word of a later one, as an alternation does', () => {
    const anchors = new PhraseMatcher([['老师'], ['老师傅'], ['的']]);
    expect(anchors.findAll('王老师傅的').map((m) => m.word)).toEqual(['老师', '的']);
    expect(new PhraseMatcher([['老师傅'], ['老师']]).findAll('王老师傅').map((m) => m.word)).toEqual(['老师傅']);
  });

  it('stays inside [from, to)', () => {
    expect(titles.findAll('市委书记市长', 1, 5).map((m) => [m.index, m.word])).toEqual([[2, '书记']]);
  });

  it('matches a regular expression of the same lists on random texts', () => {
    const char = fc.constantFrom('市', '长', '副', '书', '记', '委', 'a');
    const word = fc.array(char, { minLength: 1, maxLength: 4 }).map((cs) => cs.join(''));
    const lists = fc.array(fc.array(word, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(lists, fc.array(char, { maxLength: 30 }), (ls, cs) => {
        const text = cs.join('');
        const expected = [...text.matchAll(alternation(ls))].map((m) => [m.index, m[0]]);
        expect(new PhraseMatcher(ls).findAll(text).map((m) => [m.index, m.word])).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });

  it('matches within a window [from, to) as the regular expression does on that slice', () => {
    const char = fc.constantFrom('市', '长', '副', '书', '记', '委', 'a');
    const word = fc.array(char, { minLength: 1, maxLength: 4 }).map((cs) => cs.join(''));
    const lists = fc.array(fc.array(word, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(lists, fc.array(char, { maxLength: 30 }), fc.nat(30), fc.nat(30), (ls, cs, a, b) => {
        const text = cs.join('');
        const [from, to] = [Math.min(a, b, text.length), Math.min(Math.max(a, b), text.length)];
        const expected = [...text.slice(from, to).matchAll(alternation(ls))].map((m) => [m.index + from, m[0]]);
        expect(new PhraseMatcher(ls).findAll(text, from, to).map((m) => [m.index, m.word])).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });

  it('nextStart skips only positions where matchAt finds nothing', () => {
    const char = fc.constantFrom('市', '长', '副', '书', '记', '委', 'a');
    const word = fc.array(char, { minLength: 1, maxLength: 4 }).map((cs) => cs.join(''));
    const lists = fc.array(fc.array(word, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(lists, fc.array(char, { maxLength: 30 }), fc.nat(30), (ls, cs, from) => {
        const text = cs.join('');
        const matcher = new PhraseMatcher(ls);
        const next = matcher.nextStart(text, from);
        for (let i = from; i < Math.min(next, text.length); i++) expect(matcher.matchAt(text, i)).toBeUndefined();
        const first = [...Array(Math.max(0, text.length - from)).keys()].map((k) => from + k).find((i) => matcher.matchAt(text, i) !== undefined);
        expect(next).toBeLessThanOrEqual(first ?? Math.max(from, text.length));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('PhraseMatcher.findEvery', () => {
  it.each([
    ['两个确立两个维护', [[0, '两个确立'], [4, '两个维护']]],
    ['四个意识', [[0, '四个意识']]],
    ['新发展理念', [[0, '新发展理念'], [1, '发展']]], // nested words are both found
    ['发展发展', [[0, '发展'], [2, '发展']]],
  ] as const)('%s', (text, expected) => {
    const known = new PhraseMatcher([['两个确立', '两个维护', '四个意识', '新发展理念', '发展']]);
    expect(known.findEvery(text).map((m) => [m.index, m.word])).toEqual(expected);
  });

  it('finds what searching for each word in turn finds, on random texts', () => {
    const char = fc.constantFrom('两', '个', '确', '立', 'x');
    const word = fc.array(char, { minLength: 1, maxLength: 4 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 6 }), fc.array(char, { maxLength: 30 }), (words, cs) => {
        const text = cs.join('');
        const expected: [number, string][] = [];
        for (const w of new Set(words)) {
          for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + w.length)) expected.push([at, w]);
        }
        expected.sort((a, b) => a[0] - b[0] || a[1].length - b[1].length);
        expect(new PhraseMatcher([words]).findEvery(text).map((m) => [m.index, m.word])).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('PhraseMatcher.matchAt', () => {
  const heads = new PhraseMatcher([['会议', '工作会议', '会', '座谈会']]);
  it.each([
    ['经济工作会议', 2, '工作会议'],
    ['经济工作会议', 4, '会议'],
    ['经济工作会议', 0, undefined],
    ['座谈会', 0, '座谈会'],
    ['会', 5, undefined], // past the end
  ] as const)('%s at %i', (text, at, expected) => {
    expect(heads.matchAt(text, at)).toBe(expected);
  });
});

describe('PhraseMatcher.allAt', () => {
  it.each([
    [[['个', '个百分点', '百分点', '个月']], '3个百分点', 1, ['个百分点', '个']],
    [[['个', '个百分点', '百分点', '个月']], '3个月', 1, ['个月', '个']],
    [[['千瓦'], ['千瓦时', '千']], '5千瓦时', 1, ['千瓦', '千瓦时', '千']], // earlier list first, then longest
    [[['元']], '5亿', 1, []],
  ] as const)('%j in %s at %i', (lists, text, at, expected) => {
    expect(new PhraseMatcher(lists as unknown as string[][]).allAt(text, at)).toEqual(expected);
  });
});

describe('PhraseMatcher.matchEndingAt (backwards)', () => {
  it.each([
    // heads: one list, longest suffix wins
    [[['局', '公安局', '分局']], '市公安局', 4, 0, '公安局'],
    [[['局', '公安局', '分局']], '市公安分局', 5, 0, '分局'],
    [[['局', '公安局', '分局']], '市公安局长', 5, 0, undefined],
    [[['局', '公安局', '分局']], '市公安局', 4, 2, '局'], // the word must start at or after `start`
    // one list per name: the first list wins, however short
    [[['委员会'], ['常务委员会']], '常务委员会', 5, 0, '委员会'],
  ] as const)('%j in %s ending at %i from %i', (lists, text, end, start, expected) => {
    expect(new PhraseMatcher(lists as unknown as string[][], true).matchEndingAt(text, end, start)).toBe(expected);
  });

  it('matches the first of the lists (each longest first) that the text ends with, on random texts', () => {
    const char = fc.constantFrom('局', '公', '安', '分', '委', 'x');
    const word = fc.array(char, { minLength: 1, maxLength: 4 }).map((cs) => cs.join(''));
    const lists = fc.array(fc.array(word, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(lists, fc.array(char, { maxLength: 12 }), fc.nat(6), (ls, cs, back) => {
        const text = cs.join('');
        const start = Math.min(back, text.length);
        const expected = ls.flatMap(longestFirst).find((w) => text.slice(start).endsWith(w));
        expect(new PhraseMatcher(ls, true).matchEndingAt(text, text.length, start)).toBe(expected);
      }),
      { numRuns: 1000 },
    );
  });
});
