import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayWidth, terminalSafe, truncateStartToWidth, truncateToWidth } from '../../../src/output/width.js';

describe('displayWidth', () => {
  it.each([
    ['policy-cli', 10],
    ['潍坊市', 6],
    ['市委副书记、市长', 16],
    ['全市生产总值增长3.5%，', 22],
    ['153.7亿元', 9],
    ['👍', 2],
    ['\u001b[1m江敦涛\u001b[22m', 6], // colour codes take no room
    ['', 0],
  ])('%j is %i columns wide', (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });
});

describe('truncateToWidth', () => {
  it.each([
    ['市委经济工作会议召开', 20, '市委经济工作会议召开'],
    ['市委经济工作会议召开', 9, '市委经济…'],
    ['市委经济工作会议召开', 8, '市委经…'], // a wide character never straddles the edge
    ['seeds/000_5ad3a02533805057.txt', 10, 'seeds/000…'],
    ['推动中国式现代化“潍坊实践”', 17, '推动中国式现代化…'],
    ['点赞👍👍', 6, '点赞…'],
    ['e\u0301tude', 2, 'e\u0301…'], // an accent stays with its letter
    ['潍坊', 1, '…'],
    ['潍坊', 0, ''],
  ])('%j in %i columns → %j', (text, width, cut) => {
    expect(truncateToWidth(text, width)).toBe(cut);
    expect(displayWidth(truncateToWidth(text, width))).toBeLessThanOrEqual(width);
  });
});

describe('truncateStartToWidth (kwic\'s left context keeps the end next to the match)', () => {
  it.each([
    ['二是聚焦聚力突破“', 20, '二是聚焦聚力突破“'],
    ['二是聚焦聚力突破“', 9, '…力突破“'],
    ['二是聚焦聚力突破“', 7, '…突破“'], // a wide character never straddles the edge
    ['seeds/000_5ad3a02533805057.txt', 10, '…05057.txt'],
    ['点赞👍👍', 5, '…👍👍'],
    ['潍坊', 1, '…'],
    ['潍坊', 0, ''],
  ])('%j in %i columns → %j', (text, width, cut) => {
    expect(truncateStartToWidth(text, width)).toBe(cut);
    expect(displayWidth(truncateStartToWidth(text, width))).toBeLessThanOrEqual(width);
  });
});

describe('terminalSafe', () => {
  it.each([
    ['政府工作报\n告', '政府工作报 告'],
    ['第一段\r\n第二段', '第一段 第二段'],
    ['a\tb', 'a b'],
    ['\u001b[31m红\u001b[0m', '\uFFFD[31m红\uFFFD[0m'],
    ['“两会”', '“两会”'],
  ])('%j → %j', (text, safe) => {
    expect(terminalSafe(text)).toBe(safe);
  });
});

describe('the fast paths agree with string-width', () => {
  const requireFromTable = createRequire(createRequire(import.meta.url).resolve('cli-table3'));
  const stringWidth = requireFromTable('string-width') as (text: string) => number;
  const text = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 30 }),
    fc.string({ unit: fc.constantFrom('潍', '坊', 'a', '、', '，', '“', '😀', '👍🏽', '🇨🇳', 'é', 'e\u0301', '1\ufe0f\u20e3', '…', '\t'), maxLength: 20 }),
  );

  it('displayWidth = string-width', () => {
    fc.assert(fc.property(text, (s) => {
        expect(displayWidth(s)).toBe(stringWidth(s));
      }), { numRuns: 2000 });
  });

  it('truncateToWidth fits, keeps a prefix, and cuts only when needed', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: 40 }), (s, width) => {
        const cut = truncateToWidth(s, width);
        expect(displayWidth(cut)).toBeLessThanOrEqual(width);
        if (stringWidth(s) <= width) expect(cut).toBe(s);
        else if (width > 0) {
          expect(cut.endsWith('…')).toBe(true);
          expect(s.startsWith(cut.slice(0, -1))).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
