// The place a post governs, from its organisation and title chain (the lowest of them), with the article's place for
// unqualified organs.
import { describe, expect, it } from 'vitest';
import { gazetteer } from '../../../../src/extract/places/gazetteer.js';
import { jurisdictionOf } from '../../../../src/extract/places/jurisdiction.js';

const place = (code: string) => gazetteer().byCode(code);

describe('jurisdictionOf', () => {
  it.each([
    ['潍坊市委', '市委书记', undefined, '370700'],
    ['山西省忻州市委', '山西省忻州市委副书记、市长', undefined, '140900'],
    ['全国人大', '全国人大代表、北京大兴区委书记', undefined, '110115'],
    ['中共中央政治局', '中共中央政治局委员、上海市委书记', undefined, '310000'],
    ['中共中央', '总书记', undefined, '000000'],
    ['商务部', '商务部部长', undefined, '000000'],
    ['国务院', '国务委员', undefined, '000000'],
    ['市委', '市委副书记、市长', '370781', '370781'],
    ['市委', '市委书记', '370702', '370700'],
    ['省委', '省委书记', '370700', '370000'],
    ['县委', '县委书记', '370700', null],
    ['芳草社区党支部', '芳草社区党支部书记', undefined, null],
    ['越共中央', '越共中央总书记', undefined, null],
    ['韩国农水食品贸易协会', '会长', '370700', null],
    [undefined, undefined, '370700', null],
  ])('%s / %s in %s → %s', (org, title, articleCode, expected) => {
    const found = jurisdictionOf(org, title, articleCode ? place(articleCode) : undefined);
    expect(found?.code ?? null).toBe(expected);
  });
});
