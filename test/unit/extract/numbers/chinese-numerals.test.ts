import { describe, expect, it } from 'vitest';
import { parseChineseNumber, parseChineseRange } from '../../../../src/extract/numbers/chinese-numerals.js';

describe('parseChineseNumber', () => {
  it.each([
    ['二十三', 23],
    ['一千二百', 1200],
    ['两万', 20000],
    ['三百多万', 3000000], // 多 is an approximation, not part of the value
    ['五分之一', 0.2],
    ['三分之二', 2 / 3],
    ['百分之三十', 30],
    ['百分之三十六点九', 36.9], // 1955 national report
    ['百分之五百', 500],
    ['〇', 0],
    ['零', 0],
    ['十', 10],
    ['十五', 15],
    ['一万零五百', 10500],
    ['一百零五', 105],
    ['1.5万', 15000],
    ['3千', 3000],
    ['153.7亿', 15370000000],
    ['1.39万亿', 1390000000000],
    ['5.3万亿', 5300000000000],
    ['万亿', 1000000000000],
    ['四十二万三千', 423000],
    ['二〇二三', 2023],
    ['一九五二', 1952],
    ['两千零二十三', 2023],
    ['三点五', 3.5],
    ['1,234', 1234],
    ['1,234,567.5', 1234567.5],
    ['919.79万', 9197900],
    ['1.5万余', 15000],
    ['十多', 10],
  ])('%s → %d', (input, expected) => {
    expect(parseChineseNumber(input)).toBeCloseTo(expected, 10);
  });

  it.each(['', 'abc', '发展', '三十abc', '十四届'])('%s is not a number', (input) => {
    expect(parseChineseNumber(input)).toBeNull();
  });
});

describe('parseChineseRange', () => {
  it.each([
    ['三四', 3, 4],
    ['两三百', 200, 300],
    ['六七十', 60, 70],
    ['五六万', 50000, 60000],
    // The idiom 三五 skips four.
    ['三五', 3, 5],
    ['三五百', 300, 500],
  ])('%s is %d to %d', (input, min, max) => {
    expect(parseChineseRange(input)).toEqual({ min, max });
  });

  it.each(['三六', '十三五', '二〇二三', '四', '二五'])('%s is not a rough range', (input) => {
    expect(parseChineseRange(input)).toBeNull();
  });
});
