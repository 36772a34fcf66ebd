import { describe, expect, it } from 'vitest';
import { findNotices } from '../../../../src/extract/roster/notices.js';
import type { Place } from '../../../../src/types.js';

const HENAN: Place = { code: '410000', name: '河南省', level: 'province' };

function notices(text: string, place?: Place): string[] {
  return findNotices(text, place).map((n) => `${n.kind} ${n.name} ${n.posts.map((p) => `${p.post}@${p.place.name}`).join('+')}`);
}

describe('findNotices: appointments and removals (as 人民日报 prints them)', () => {
  it.each([
    ['中共中央决定：\n应勇同志任湖北省委委员、常委、书记，蒋超良同志不再担任湖北省委书记、常委、委员职务。', undefined, [
      'appoint 应勇 省委委员@湖北省+省委常委@湖北省+省委书记@湖北省',
      'remove 蒋超良 省委书记@湖北省+省委常委@湖北省+省委委员@湖北省',
    ]],
    // The removal of the clause's own subject (`…，不再担任…职务`).
    ['石泰峰同志任内蒙古自治区党委书记，不再担任宁夏回族自治区党委书记职务。', undefined, [
      'appoint 石泰峰 自治区党委书记@内蒙古自治区',
      'remove 石泰峰 自治区党委书记@宁夏回族自治区',
    ]],
    ['\n尹弘当选河南省省长', undefined, ['appoint 尹弘 省长@河南省']],
    ['决定任命张三为副省长、代理省长。', HENAN, ['appoint 张三 副省长@河南省+代省长@河南省']],
    ['免去罗文的工业和信息化部副部长职务；任命罗文为国家发展和改革委员会副主任。', undefined, [
      'remove 罗文 工业和信息化部副部长@中国',
      'appoint 罗文 国家发展和改革委员会副主任@中国',
    ]],
  ])('%s', (text, place, expected) => {
    expect(notices(text, place)).toEqual(expected);
  });

  it.each([
    // Not notices: a role that is no post of a place, a pronoun, a village election.
    ['他被任命为学员13队队长。'],
    ['分别由相关部委负责同志任组长。'],
    ['新当选的村委会主任表示。'],
  ])('no notice: %s', (text) => {
    expect(notices(text)).toEqual([]);
  });
});
