import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PosLexicon, lookUpTag, tagOfUnknownWord } from '../../../src/nlp/pos-lexicon.js';
import { posLexicon, tagWithNodejieba, tagWithLexicon } from '../../../src/nlp/segmenter.js';

describe('tagOfUnknownWord (cppjieba SpecialRule)', () => {
  // The first six are what nodejieba.tag gives these words alone; the segmenter splits mixed words, so the others
  // pin the rule itself: ASCII characters are counted until they reach half the length (rounded down).
  it.each([
    ['，', 'x'],
    ['5', 'x'], // one character: the loop never runs
    ['2023', 'm'],
    ['12.5', 'm'], // counting stops at 2 of 4: the dot is never seen
    ['GDP', 'eng'],
    ['G5', 'eng'],
    ['宋伟伟', 'x'],
    ['5G', 'm'],
    ['安5', 'm'],
    ['A股市', 'eng'],
    ['股A', 'eng'],
    ['𠮷5', 'm'], // two code points, not three UTF-16 units
    ['𠮷1a', 'm'], // counted in UTF-16 units it would reach the a and say eng
  ])('%s → %s', (word, tag) => {
    expect(tagOfUnknownWord(word)).toBe(tag);
  });
});

describe('PosLexicon', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pos-lexicon-'));
  const user1 = join(dir, 'user1.txt');
  const user2 = join(dir, 'user2.txt');
  writeFileSync(user1, '孤困儿童 nz\n创城\n全球商通中心 3 nt\n发展 vn\n坏 行 有 四 列\n');
  writeFileSync(user2, '发展 v\n');
  const lexicon = new PosLexicon('经济 5000 n\n发展 8000 vn\n发展 9000 v\n潍坊 300 ns\n12 3 m\n', [user1, user2]);

  it.each([
    ['经济', 'n'],
    ['潍坊', 'ns'],
    ['12', 'm'],
    ['孤困儿童', 'nz'], // user word with a tag
    ['创城', 'x'], // user word with no tag: cppjieba's SpecialRule
    ['全球商通中心', 'nt'], // word freq tag
    ['发展', 'v'], // the last dictionary to name a word wins
    ['坏', 'x'], // a four-field line adds nothing
    ['经', 'x'], // prefixes of words are not words
    ['经济学', 'x'],
    ['ABC', 'eng'],
  ])('%s → %s', (word, tag) => {
    expect(lookUpTag(lexicon, word)).toBe(tag);
  });
});

describe('tagWithLexicon gives nodejieba’s tags', () => {
  const seeds = readdirSync('seeds').map((name) => join('seeds', name));
  const corpus = ['test/fixtures/corpus'].flatMap((d) => readdirSync(d).map((name) => join(d, name)));
  it.each([...seeds, ...corpus].filter((p) => p.endsWith('.txt')))('%s', (path) => {
    const text = readFileSync(path, 'utf8');
    const engine = tagWithNodejieba(text);
    const looked = tagWithLexicon(text, posLexicon());
    expect(looked.length).toBe(engine.length);
    expect(looked).toEqual(engine);
  });

  it('on the policy dictionary’s own terms', () => {
    const text = '坚持高质量发展，聚焦孤困儿童关爱，建设全球商通中心；2023年GDP增长5.2%，PM2.5下降。';
    expect(tagWithLexicon(text, posLexicon())).toEqual(tagWithNodejieba(text));
  });
});
