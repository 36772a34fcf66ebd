// Halves of compounds the segmenter splits are no keywords alone (issue 15): the table of news' neighbours and the rule
// that reads it.
import { describe, expect, it } from 'vitest';
import { isBoundFragment, parseBoundWords } from '../../../../src/extract/keywords/bound-words.js';

const TABLE = [
  '# a comment',
  'word\tuses\tside\tneighbour\tbeside',
  '联控\t384\tafter\t联防\t384',
  '企事业\t104\tbefore\t单位\t103',
  '小康社会\t831\tafter\t建成\t802',
  '不可分割\t40\tbefore\t的\t39',
  '复产\t640\tafter\t复工\t597',
  'broken line',
  '',
].join('\n');

describe('parseBoundWords', () => {
  it('reads word → neighbours and skips comments, the header and broken lines', () => {
    const table = parseBoundWords(TABLE);
    expect([...table.keys()]).toEqual(['联控', '企事业', '小康社会', '不可分割', '复产']);
    expect(table.get('联控')).toEqual([{ side: 'after', word: '联防' }]);
  });
});

describe('isBoundFragment', () => {
  const table = parseBoundWords(TABLE);
  it.each<[string, boolean]>([
    ['联控', true], // after 联防: two actions, one compound
    ['复产', false], // after a verb, unknown to the dictionary: read as its object (joining 复工复产 is left to do)
    ['企事业', true], // before 单位: a modifier
    ['小康社会', false], // the object of 建成, a term of its own
    ['不可分割', false], // beside 的: a construction, not a compound
    ['疫苗', false], // not in the table
  ])('%s: %s', (word, expected) => {
    expect(isBoundFragment(word, table)).toBe(expected);
  });

  it('reads the shipped table', () => {
    expect(isBoundFragment('联控')).toBe(true);
    expect(isBoundFragment('营商环境')).toBe(false);
  });
});
