import { describe, expect, it } from 'vitest';
import { CHINA, closestPlaceNames, gazetteer, isPlaceForm, matchesPlace, readFormNames, resolvePlaceOption } from '../../../../src/extract/places/gazetteer.js';
import type { Place } from '../../../../src/types.js';

const gaz = gazetteer();
const place = (code: string): Place => {
  const found = gaz.byCode(code);
  if (!found) throw new Error(`no place ${code}`);
  return found;
};

describe('gazetteer lookup', () => {
  // name as written → first place: code, full name, level, parent
  it.each([
    ['潍坊', '370700', '潍坊市', 'prefecture', '370000'],
    ['潍坊市', '370700', '潍坊市', 'prefecture', '370000'],
    ['山东', '370000', '山东省', 'province', undefined],
    ['山东省', '370000', '山东省', 'province', undefined],
    ['内蒙古', '150000', '内蒙古自治区', 'province', undefined],
    ['广西', '450000', '广西壮族自治区', 'province', undefined],
    ['西藏', '540000', '西藏自治区', 'province', undefined],
    ['新疆', '650000', '新疆维吾尔自治区', 'province', undefined],
    ['香港', '810000', '香港特别行政区', 'province', undefined],
    ['恩施', '422800', '恩施土家族苗族自治州', 'prefecture', '420000'], // the prefecture before the county-level city
    ['恩施州', '422800', '恩施土家族苗族自治州', 'prefecture', '420000'],
    ['黔东南', '522600', '黔东南苗族侗族自治州', 'prefecture', '520000'],
    ['伊犁', '654000', '伊犁哈萨克自治州', 'prefecture', '650000'],
    ['大兴安岭', '232700', '大兴安岭地区', 'prefecture', '230000'],
    ['东昌府', '371502', '东昌府区', 'county', '371500'],
    ['东昌府区', '371502', '东昌府区', 'county', '371500'],
    ['青州', '370781', '青州市', 'county', '370700'],
    ['海拉尔区', '150702', '海拉尔区', 'county', '150700'],
    ['历下区', '370102', '历下区', 'county', '370100'],
    ['东城区', '110101', '东城区', 'county', '110000'], // a municipality's district hangs under the province
    ['神农架', '429021', '神农架林区', 'county', '420000'], // directly under the province
    ['积石山', '622927', '积石山保安族东乡族撒拉族自治县', 'county', '622900'],
    ['吉林', '220000', '吉林省', 'province', undefined], // the broader division first
    ['海南', '460000', '海南省', 'province', undefined],
  ])('%s → %s %s', (name, code, full, level, parent) => {
    const [first] = gaz.lookup(name);
    expect(first).toMatchObject({ code, name: full, level });
    expect(first!.parent).toBe(parent);
  });

  it.each([
    ['朝阳区', ['110105', '220104']],
    ['鼓楼区', ['320106', '320302', '350102', '410204']],
    ['吉林', ['220000', '220200']],
    ['通州区', ['110112', '320612']],
  ])('%s is shared by several places', (name, codes) => {
    expect(gaz.lookup(name).map((p) => p.code)).toEqual(codes);
  });

  it.each([
    ['美国', '美国'],
    ['美利坚合众国', '美国'],
    ['东盟', '东盟'],
    ['印尼', '印度尼西亚'],
  ])('%s is foreign (%s), without a code', (name, full) => {
    expect(gaz.lookup(name)).toEqual([{ code: '', name: full, level: 'foreign' }]);
  });

  it.each(['中国', '中华人民共和国'])('%s is the country, code 000000', (name) => {
    expect(gaz.lookup(name)).toEqual([CHINA]);
    expect(gaz.byCode('000000')).toBe(CHINA);
  });

  it.each(['市辖区', '省直辖县级行政区划', '石家庄高新技术产业开发区', '城东'])(
    '%s is not a place (placeholder, statistical zone or not a division)',
    (name) => expect(gaz.lookup(name)).toEqual([]),
  );

  it.each([
    ['140302', '城区', '140300'],
    ['510402', '东区', '510400'],
    ['410302', '老城区', '410300'],
  ])('keeps %s %s, an ordinary word, by code and lookup but not among the forms matched in text', (code, name, parent) => {
    expect(gaz.byCode(code)).toMatchObject({ name, level: 'county', parent });
    expect(gaz.lookup(name).map((p) => p.code)).toContain(code);
    expect(gaz.forms().has(name)).toBe(false);
  });

  it('holds every province, about 333 prefectures and about 2,850 counties', () => {
    const count = (level: string) => gaz.all().filter((p) => p.level === level).length;
    expect(count('province')).toBe(34);
    expect(count('prefecture')).toBeGreaterThan(320);
    expect(count('county')).toBeGreaterThan(2800);
    expect(count('foreign')).toBeGreaterThan(100);
  });
});

describe('the forms read alone (what keywords leaves out)', () => {
  it('are the forms the place matcher looks for', () => {
    const forms = [...gazetteer().forms().keys()];
    const alone = readFormNames();
    expect([...alone].sort()).toEqual([...forms].sort());
    for (const word of [...forms, '潍坊', '中国', '美国', '发展', '高质量发展', '']) expect(isPlaceForm(word)).toBe(gazetteer().forms().has(word));
  });
});

describe('gazetteer hierarchy', () => {
  it.each([
    ['371502', ['371500', '370000']],
    ['370781', ['370700', '370000']],
    ['110105', ['110000']],
    ['370700', ['370000']],
    ['370000', []],
  ])('parentChain(%s)', (code, chain) => {
    expect(gaz.parentChain(place(code)).map((p) => p.code)).toEqual(chain);
  });

  it.each([
    ['370781', '370700', '370000'], // 青州市 → 潍坊市, 山东省
    ['371502', '371500', '370000'], // 东昌府区 → 聊城市, 山东省
    ['370700', '370700', '370000'], // a prefecture is its own prefecture
    ['110105', undefined, '110000'], // 朝阳区 of Beijing has no prefecture
    ['370000', undefined, '370000'],
  ])('%s: prefecture %s, province %s', (code, prefecture, province) => {
    expect(gaz.prefectureOf(place(code))?.code).toBe(prefecture);
    expect(gaz.provinceOf(place(code))?.code).toBe(province);
  });
});

describe('matchesPlace', () => {
  it.each([
    ['370781', '潍坊', true], // a prefecture selects its counties
    ['370781', '370700', true],
    ['370781', '潍坊市', true],
    ['370781', '山东省', true], // a province its counties
    ['370700', '山东', true], // and its prefectures
    ['370781', '青州', true],
    ['370781', '370781', true],
    ['370700', '青州', false], // a county does not select its prefecture
    ['371502', '潍坊', false],
    ['371502', '聊城', true],
    ['110105', '北京', true],
    ['220104', '北京', false],
    ['220104', '朝阳区', true], // a shared name matches each of its places
    ['370700', '中国', true],
    ['370700', '000000', true],
    ['370700', '美国', false],
    ['370700', '不存在的地方', false],
    ['370700', '', false],
  ])('%s matches %s: %s', (code, query, expected) => {
    expect(matchesPlace(place(code), query)).toBe(expected);
  });

  it('matches foreign places by name, and nothing when there is no place', () => {
    const usa = gaz.lookup('美国')[0];
    expect(matchesPlace(usa, '美国')).toBe(true);
    expect(matchesPlace(usa, '美利坚合众国')).toBe(true);
    expect(matchesPlace(usa, '中国')).toBe(false);
    expect(matchesPlace(usa, '日本')).toBe(false);
    expect(matchesPlace(undefined, '潍坊')).toBe(false);
  });
});

describe('resolvePlaceOption: --place checked before any file is read', () => {
  it.each([
    ['潍坊', ['370700']],
    ['潍坊市', ['370700']],
    ['370700', ['370700']],
    [' 东昌府 ', ['371502']],
    ['中国', ['000000']],
  ])('%s names %j', (query, codes) => {
    expect(resolvePlaceOption(query).map((p) => p.code)).toEqual(codes);
  });

  it.each([
    ['潍访', '--place 潍访: no such place; did you mean 潍坊市, 潍城区?'],
    ['999999', '--place 999999: no place has this code (GB/T 2260 codes have six digits: 370000 山东省, 370700 潍坊市)'],
    ['xyz', '--place xyz: no such place'],
  ])('%s is a usage error: %s', (query, message) => {
    expect(() => resolvePlaceOption(query)).toThrow(expect.objectContaining({ name: 'UsageError', message }));
  });

  it.each([
    ['济宁市区', '济宁市'],
    ['山冬省', '山东省'],
  ])('suggests for %s a list that holds %s', (query, name) => {
    expect(closestPlaceNames(query)).toContain(name);
  });
});
