import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileTerm, countTermMatches, findTermMatches, parseTermList, readTermsFile } from '../../../src/rows/compare-terms.js';
import { UsageError } from '../../../src/types.js';

describe('parseTermList', () => {
  it.each([
    { list: '高质量发展,双招双引,营商环境', terms: ['高质量发展', '双招双引', '营商环境'] },
    // Chinese comma, spaces and empty items
    { list: '数字经济， 营商环境 ,,', terms: ['数字经济', '营商环境'] },
    // a regex keeps its own commas
    { list: '/\\d{1,3}万元/,放管服', terms: ['/\\d{1,3}万元/', '放管服'] },
    { list: '/数字.{0,4}经济/,/双招双引|招商引资/', terms: ['/数字.{0,4}经济/', '/双招双引|招商引资/'] },
    // duplicates once
    { list: '营商环境,营商环境', terms: ['营商环境'] },
    // a lone slash that never closes is plain text
    { list: '/a,b', terms: ['/a', 'b'] },
  ])('$list', ({ list, terms }) => {
    expect(parseTermList(list)).toEqual(terms);
  });
});

describe('findTermMatches', () => {
  it.each([
    // seed 000: 高质量发展 twice in one sentence
    { text: '着力推动高质量发展，在加快高质量发展中勇毅前行', term: '高质量发展', starts: [4, 13] },
    // corpus (海拉尔区 2019): phrases found as substrings whatever the segmenter makes of them
    { text: '大力优化营商环境，深化“放管服”改革', term: '放管服', starts: [12] },
    { text: '大力优化营商环境，深化“放管服”改革', term: '营商环境', starts: [4] },
    // a regex, with every match
    { text: '促进我市先进制造业和数字经济高端高质高效发展；支持鼓励数字经济企业', term: '/数字.{0,2}经济/', starts: [10, 27] },
    // non-overlapping, as grep -o
    { text: '发展发展发展', term: '发展发展', starts: [0] },
    // nothing
    { text: '全面推进乡村振兴', term: '营商环境', starts: [] },
    // a regex that can match nothing is skipped, never loops
    { text: '双招双引', term: '/x*/', starts: [] },
  ])('$term in $text', ({ text, term, starts }) => {
    const pattern = compileTerm(term);
    expect(findTermMatches(text, pattern).map((m) => m.start)).toEqual(starts);
    expect(countTermMatches(text, pattern)).toBe(starts.length);
  });

  it('gives [start, end) of each match', () => {
    expect(findTermMatches('实施“双招双引”工程', compileTerm('/双招双引|招商引资/'))).toEqual([{ start: 3, end: 7 }]);
  });

  it('keeps the regex flags (i) and runs twice with the same result', () => {
    const pattern = compileTerm('/5g/i');
    expect(countTermMatches('建设5G基站和5G网络', pattern)).toBe(2);
    expect(countTermMatches('建设5G基站和5G网络', pattern)).toBe(2);
  });

  it('rejects a bad regex as a usage error', () => {
    expect(() => compileTerm('/(/')).toThrow(UsageError);
  });
});

describe('readTermsFile', () => {
  it('reads one term per line, skipping blanks, comments and a BOM', () => {
    const dir = mkdtempSync(join(tmpdir(), 'terms-'));
    const file = join(dir, 'terms.txt');
    writeFileSync(file, '\uFEFF# my terms\r\n高质量发展\r\n\r\n  营商环境  \n/数字.{0,4}经济/\n');
    expect(readTermsFile(file)).toEqual(['高质量发展', '营商环境', '/数字.{0,4}经济/']);
  });

  it('a missing file is a usage error', () => {
    expect(() => readTermsFile('/nonexistent/terms.txt')).toThrow(UsageError);
  });
});
