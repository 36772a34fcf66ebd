import { describe, expect, it } from 'vitest';
import { findOrgs, jurisdictionLevel } from '../../../../src/extract/orgs/orgs.js';
import type { Place } from '../../../../src/types.js';
import { taggedArticle } from '../../../helpers/article.js';

const WEIFANG: Place = { code: '370700', name: '潍坊市', level: 'prefecture' };
const names = (text: string, place?: Place) => findOrgs(taggedArticle(text, place ? { place } : {})).map((o) => o.text);

describe('findOrgs', () => {
  it.each([
    // seeds: government bodies, composed from a jurisdiction, an organ and sub-units
    ['邀请市自然资源和规划局、市生态环境局、市住建局、市城管局、市水利局、峡山区负责同志',
      ['市自然资源和规划局', '市生态环境局', '市住建局', '市城管局', '市水利局']],
    ['农业农村部农业贸易促进中心副主任吕向东', ['农业农村部农业贸易促进中心']],
    ['市政协党组书记李爱杰，市委副书记李兰祥出席', ['市政协', '市委']],
    ['省委宣传部、团省委日前联合开展了2022年“齐鲁最美青年”选树宣传活动', ['省委宣传部', '团省委']],
    ['区民政局积极协调区妇幼保健院', ['区民政局', '区妇幼保健院']],
    ['成立东昌府区未成年人保护工作领导小组', ['东昌府区未成年人保护工作领导小组']],
    ['河湖长制工作受到国务院督查激励和水利部表彰', ['国务院', '水利部']],
    // seeds: companies, schools, associations
    ['潍柴动力股份有限公司大缸径发动机研究院M3平台室副主任齐宝丹', ['潍柴动力股份有限公司大缸径发动机研究院']],
    ['山东第二医科大学附属医院麻醉科副主任李林艳', ['山东第二医科大学附属医院']],
    ['商务部国际贸易经济合作研究院、日本GAP协会等机构专家作了主旨演讲', ['商务部国际贸易经济合作研究院', '日本GAP协会']],
    ['以国家能源集团山东电力有限公司聊城发电运营分公司厂区光伏项目为依托', ['国家能源集团山东电力有限公司聊城发电运营分公司']],
    // corpus: policy documents
    ['牵头单位：省工业和信息化厅、省大数据局、省通信管理局', ['省工业和信息化厅', '省大数据局', '省通信管理局']],
    ['责任单位：市工业和信息化局、市自然资源和规划局', ['市工业和信息化局', '市自然资源和规划局']],
    ['西安时代光华企业管理咨询服务有限公司', ['西安时代光华企业管理咨询服务有限公司']],
    // real news: a preposition, conjunction or adverb of the sentence ends the name read leftwards
    ['国家主席习近平给北京科技大学全体老教授回信', ['北京科技大学']],
    // 连 (even) before a body, read by the tagger as a surname
    ['这些做法连美国国务院都无法否认。', ['美国国务院']],
    ['连云港市政府发布通知。', ['连云港市政府']],
    ['十三届全国人大及其常委会依法履职', ['十三届全国人大']],
    ['他就是中国石油集团的一名普通员工', ['中国石油集团']],
    ['基地已为湖北各大医院输送物资', ['湖北各大医院']],
    // adverbs that sit inside names
    ['世界自然基金会发布报告', ['世界自然基金会']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    // words that end like an organ but are not one
    '主动服务和融入新发展格局',
    '锚定“走在前、开新局”',
    '加大优秀年轻干部培养选拔力度',
    '全部纳入管理',
    '坚持以人民为中心的发展思想',
    '鼓励银行机构加大信贷投放',
    '让企业时刻感受到党和政府的关怀与温暖',
    '对经济工作作出部署',
    '做强上合示范区“四个中心”',
  ])('no organisation in %s', (text) => {
    expect(names(text)).toEqual([]);
  });

  it('does not join two organs at 和', () => {
    expect(names('深入落实省委和潍坊市委经济工作会议部署')).toEqual(['省委', '潍坊市委']);
    expect(names('坚决抓好中央和省环保督察反馈问题整改')).toEqual([]);
  });

  it("puts the article's place before a bare 市 and gives the level", () => {
    const [org] = findOrgs(taggedArticle('市委组织部锚定“走在前,挑大梁”', { place: WEIFANG }));
    expect(org).toMatchObject({ kind: 'org', text: '市委组织部', name: '潍坊市委组织部', org: '潍坊市', level: 'city' });
  });

  it('keeps a company without a level', () => {
    const [org] = findOrgs(taggedArticle('山东冠县食品有限公司作了现场推荐'));
    expect(org).toMatchObject({ name: '山东冠县食品有限公司' });
    expect(org?.level).toBeUndefined();
  });
});

describe('jurisdictionLevel', () => {
  it.each([
    ['国务院', 'central'],
    ['中共中央', 'central'],
    ['省委', 'province'],
    ['宁夏回族自治区人大', 'province'],
    ['青州市委', 'city'],
    ['东昌府区民政局', 'county'],
    ['宣传部', undefined],
  ])('%s → %s', (name, level) => {
    expect(jurisdictionLevel(name)).toBe(level);
  });
});
