import { describe, expect, it } from 'vitest';
import { cellText, formatNumber, guardFormula } from '../../../src/output/guard.js';

describe('formatNumber', () => {
  it.each([
    [15370000000, '15370000000'], // 153.7亿元 multiplied out
    [0.2, '0.2'],
    [-0.8, '-0.8'], // 下降0.8个百分点
    [3.5, '3.5'],
    [2022, '2022'],
    [0, '0'],
    [-0, '0'],
    [1e-7, '0.0000001'],
    [1.5e-10, '0.00000000015'],
    [-2.5e-7, '-0.00000025'],
    [0.000001, '0.000001'],
    [1e20, '100000000000000000000'],
    [123456789012345680000, '123456789012345680000'],
    [1e21, '1e+21'], // from 1e21 the exponent form is allowed
    [0.1 + 0.2, '0.30000000000000004'], // shortest digits that read back the same
    [Number.NaN, ''],
    [Number.POSITIVE_INFINITY, ''],
  ])('%s → %s', (value, text) => {
    expect(formatNumber(value)).toBe(text);
    if (text !== '') expect(Number(text)).toBe(value === 0 ? 0 : value);
  });

  it.each([1e-7, 5e-324, 1.2345e-15, -9.87e-300, 4.9e-8])('%s has no exponent and reads back', (value) => {
    const text = formatNumber(value);
    expect(text).not.toMatch(/e/i);
    expect(Number(text)).toBe(value);
  });
});

describe('guardFormula', () => {
  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['-', '-'], // standard input's doc: no formula
    ['--', "'--"],
    ['+86 0536-8888', "'+86 0536-8888"],
    ['-0.8', "'-0.8"], // text that looks numeric is still text
    ['@市委', "'@市委"],
    ['\t缩进', "'\t缩进"],
    ['\r回车', "'\r回车"],
    ['“9+3+N”产业链', '“9+3+N”产业链'], // only the first character counts
    ['CCTV-8K', 'CCTV-8K'],
    ['029-84335021', '029-84335021'],
    ['市委经济工作会议', '市委经济工作会议'],
    ['', ''],
    ["'已引用", "'已引用"],
    [' =前有空格', ' =前有空格'],
  ])('%j → %j', (text, guarded) => {
    expect(guardFormula(text)).toBe(guarded);
  });
});

describe('cellText', () => {
  it.each([
    [null, ''],
    [undefined, ''],
    [true, 'true'],
    [false, 'false'],
    [-0.8, '-0.8'], // numbers are data, never guarded
    [-3, '-3'],
    ['-0.8', "'-0.8"],
    ['=1+1', "'=1+1"],
    [15370000000, '15370000000'],
    ['潍坊市', '潍坊市'],
  ] as const)('%j → %j', (cell, text) => {
    expect(cellText(cell)).toBe(text);
  });
});
