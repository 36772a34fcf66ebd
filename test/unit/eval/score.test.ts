// Scoring against gold: which predictions hit, which are false, which gold items are missed, and the fields' counts.
import { describe, expect, it } from 'vitest';
import { parseGoldFile, type Gold, type GoldKind } from '../../../src/eval/gold.js';
import type { FilePredictions } from '../../../src/eval/predictions.js';
import { f1, foldKey, precision, recall, score } from '../../../src/eval/score.js';

const FILE = 'a.txt';

function gold(kind: GoldKind, tsv: string): Gold {
  const all: Gold = { officials: [], meetings: [], places: [], figures: [], slogans: [] };
  all[kind] = parseGoldFile(tsv, kind, `${kind}.tsv`);
  return all;
}

function found(p: Partial<FilePredictions>, key = FILE): Map<string, FilePredictions> {
  return new Map([[key, { officials: [], meetings: [], places: [], figures: [], slogans: [], ...p }]]);
}

const figure = (text: string, value: number, unit: string, metric = '', range?: [number, number]) => ({
  text, value, unit, metric, min: range?.[0] ?? null, max: range?.[1] ?? null, context: '',
});

function fields(kind: GoldKind, g: Gold, p: Map<string, FilePredictions>) {
  return Object.fromEntries(score(g, p, [kind]).scores.map((s) => [s.field, [s.gold, s.predicted, s.hits]]));
}

describe('foldKey', () => {
  it.each([
    ['“两个确立”', '两个确立'],
    ['王　毅', '王毅'],
    ['《求是》杂志', '求是杂志'],
    ['买买提•艾力', '买买提·艾力'],
    ['ＧＤＰ增速', 'GDP增速'],
  ])('%s → %s', (text, folded) => expect(foldKey(text)).toBe(folded));
});

describe('officials', () => {
  const g = gold('officials', 'file\tname\ttitle\toptional\na.txt\t李强\t中共中央政治局常委、国务院总理|国务院总理\na.txt\t王毅\t\na.txt\t塔米姆\t埃米尔\t1\n');
  it.each([
    ['every name, titles right', [{ name: '李强', titles: ['国务院总理'] }, { name: '王　毅', titles: [''] }], { name: [2, 2, 2], 'name+title': [2, 2, 2] }],
    ['a title ending in the same post is right', [{ name: '李强', titles: ['政治局常委、国务院总理'] }, { name: '王毅', titles: [''] }], { name: [2, 2, 2], 'name+title': [2, 2, 2] }],
    ['a title where the gold gives none is wrong', [{ name: '李强', titles: ['国务院总理'] }, { name: '王毅', titles: ['外交部部长'] }], { name: [2, 2, 2], 'name+title': [2, 2, 1] }],
    ['a miss and a false hit', [{ name: '李强', titles: ['国务院总理'] }, { name: '李国', titles: [''] }], { name: [2, 2, 1], 'name+title': [2, 2, 1] }],
    ['an optional item found is neither hit nor false', [{ name: '李强', titles: ['国务院总理'] }, { name: '塔米姆', titles: ['埃米尔'] }], { name: [2, 1, 1], 'name+title': [2, 1, 1] }],
  ])('%s', (_, officials, expected) => {
    expect(fields('officials', g, found({ officials: officials.map((o) => ({ ...o, context: '' })) }))).toEqual(expected);
  });
});

describe('meetings', () => {
  const g = gold('meetings', 'file\tname\trole\na.txt\t国务院常务会议\town\na.txt\t十九届四中全会\treferenced\na.txt\t宁德地委工作会议\town|referenced\n');
  it.each([
    ['with the party name before it and the roles right', [['国务院常务会议', 'own', 'meeting'], ['党的十九届四中全会', 'referenced', 'meeting'], ['宁德地委工作会议', 'own', 'meeting']], { name: [3, 3, 3], 'name+role': [3, 3, 3] }],
    ['a wrong role', [['国务院常务会议', 'referenced', 'meeting'], ['十九届四中全会', 'referenced', 'meeting'], ['宁德地委工作会议', 'referenced', 'meeting']], { name: [3, 3, 3], 'name+role': [3, 3, 2] }],
    ['an event the gold does not list is no false hit', [['国务院常务会议', 'own', 'meeting'], ['进博会', 'own', 'event']], { name: [3, 1, 1], 'name+role': [3, 1, 1] }],
  ])('%s', (_, meetings, expected) => {
    const predicted = meetings.map(([name, role, type]) => ({ name, role, type: type as 'meeting' | 'event', context: '' }));
    expect(fields('meetings', g, found({ meetings: predicted }))).toEqual(expected);
  });
});

describe('places: the longest article decides a file', () => {
  const g = gold('places', 'file\tplace\tcode\na.txt\t潍坊市\t370700\n');
  it.each([
    ['the code', [{ name: '潍坊', code: '370700', chars: 900 }], [1, 1, 1]],
    ['another place', [{ name: '济南市', code: '370100', chars: 900 }], [1, 1, 0]],
    ['no place', [], [1, 0, 0]],
    ['the longest article', [{ name: '济南市', code: '370100', chars: 90 }, { name: '潍坊市', code: '370700', chars: 900 }], [1, 1, 1]],
  ])('%s', (_, places, expected) => {
    expect(fields('places', g, found({ places: places.map((p) => ({ ...p, context: '' })) })).place).toEqual(expected);
  });
});

describe('figures', () => {
  const g = gold('figures', 'file\ttext\tvalue\tunit\tmetric\na.txt\t153.7亿元\t15370000000\t元\t营业收入|总营业收入\na.txt\t3%—5%\t3~5\t%\t增速\na.txt\t200多名\t200\t人|名\t\n');
  it.each([
    ['values, units, a range, metrics', [figure('153.7亿元', 15370000000, '元', '营业收入'), figure('3%—5%', 3, '%', '增速', [3, 5]), figure('200多名', 200, '名')], { 'value+unit': [3, 3, 3], metric: [2, 2, 2] }],
    ['a range as two figures misses it', [figure('153.7亿元', 15370000000, '元', '营业收入'), figure('3%', 3, '%'), figure('5%', 5, '%'), figure('200多名', 200, '名')], { 'value+unit': [3, 4, 2], metric: [1, 1, 1] }],
    ['the measured noun with fewer modifiers is right, with more words wrong', [figure('153.7亿元', 15370000000, '元', '收入'), figure('3%—5%', 3, '%', '增速达', [3, 5]), figure('200多名', 200, '名')], { 'value+unit': [3, 3, 3], metric: [2, 2, 1] }],
    ['a value to the gold\'s precision matches (1/3 written 0.3333), a nearby one does not', [figure('153.7亿元', 15370000000 * (1 + 1e-3), '元', '营业收入'), figure('3%—5%', 3, '%', '增速', [3, 5]), figure('200多名', 200.0001, '名')], { 'value+unit': [3, 3, 2], metric: [1, 1, 1] }],
    ['another unit is a miss', [figure('153.7亿元', 15370000000, '美元', '营业收入')], { 'value+unit': [3, 1, 0], metric: [0, 0, 0] }],
  ])('%s', (_, figures, expected) => {
    expect(fields('figures', g, found({ figures }))).toEqual(expected);
  });
});

describe('files', () => {
  const g = gold('slogans', 'file\tslogan\na.txt\t两个确立\nb.txt\t四下基层\n');
  it('a JSON Lines record is scored against its file, a gold file no input matched is named', () => {
    const result = score(g, found({ slogans: [{ name: '“两个确立”', context: '' }] }, 'a.txt#3'), ['slogans']);
    expect(result.scores).toEqual([{ kind: 'slogans', field: 'slogan', gold: 1, predicted: 1, hits: 1 }]);
    expect(result.unread).toEqual(['b.txt']);
  });
});

describe('precision, recall, F1', () => {
  it.each([
    [{ gold: 10, predicted: 8, hits: 6 }, 0.75, 0.6, 2 / 3],
    [{ gold: 0, predicted: 0, hits: 0 }, null, null, null],
    [{ gold: 5, predicted: 0, hits: 0 }, null, 0, null],
  ])('%o', (counts, p, r, f) => {
    const s = { kind: 'officials' as const, field: 'name', ...counts };
    expect(precision(s)).toBe(p);
    expect(recall(s)).toBe(r);
    if (f === null) expect(f1(s)).toBeNull();
    else expect(f1(s)).toBeCloseTo(f, 10);
  });
});
