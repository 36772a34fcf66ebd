// Which ranked terms may be keywords: the classes of junk that real news put in the top 10 of `keywords --by doc`
// (人民日报 2019–2020, 新闻联播 2023–2024), each with words seen there.
import { describe, expect, it } from 'vitest';
import { loadIdf } from '../../../../src/extract/keywords/idf.js';
import {
  isFeatureName,
  isFunctionCentre,
  isKeywordTerm,
  isNamedStation,
  isOrganName,
  isRegionCountries,
  isRhetoricalCompound,
} from '../../../../src/extract/keywords/term-class.js';

const idf = loadIdf();

describe('isKeywordTerm', () => {
  it.each([
    // policy terms and topics, known to the dictionaries or to the policy IDF
    ['新质生产力', 1],
    ['耕地保护', 1],
    ['海上维权执法', 1],
    ['稳外贸', 1],
    ['养老', 1], // nr in jieba's dictionary, common in policy texts
    ['城市', 1], // ns likewise
    ['运维', 1], // coined by the HMM, shared by the policy texts
    ['复工复产', 1], // tagged v in our policy dictionary, so that a metric stops before it; a term all the same
    ['对口支援', 1],
    ['冷链', 1],
    ['GDP', 1],
    ['5G', 1],
    // a new coinage the text repeats
    ['创城', 7],
    ['孤困', 7],
  ])('%s (×%i) may be a keyword', (term, count) => {
    expect(isKeywordTerm(term, idf, count)).toBe(true);
  });

  it.each([
    // names of people: coined by the HMM, or tagged as names and unknown to policy texts
    ['樊霞', 7],
    ['陈骞', 5],
    ['王沪宁', 1],
    ['特朗普', 1],
    ['昂山', 1],
    // places and relations
    ['加德满都', 1],
    ['天安门广场', 1],
    ['德胜村', 5],
    ['尼中', 5],
    ['缅方', 4],
    ['俄美', 3],
    // organisations
    ['国家图书馆', 1],
    ['外交部', 1],
    ['中国共产党', 1],
    ['越共中央', 1],
    ['有限公司', 1],
    ['中共', 1],
    ['世卫', 1],
    ['村支部', 2], // a party branch
    ['人民日报', 1], // newspapers
    ['经济日报', 1],
    // fragments: a demonstrative, a count and its measure, an adverb
    ['这趟', 3],
    ['以学', 1],
    ['万人', 1],
    ['余亩', 1],
    ['个县', 1],
    ['好些', 1],
    ['实些', 1],
    // armies, a side's saying, a verb and its complement
    ['以军', 1],
    ['俄称', 3],
    ['走实', 1],
    // courtesy and time spans
    ['表示祝贺', 1],
    ['作出贡献', 1],
    ['提供援助', 1],
    ['今年以来', 1],
    ['访问期间', 1],
    // a coinage seen once is taken for a name
    ['创城', 1],
    // the id of a link in a transcript
    ['VIDErHFR8U4q7MBdS9oXz2Ji240709', 1],
  ])('%s (×%i) is no keyword', (term, count) => {
    expect(isKeywordTerm(term, idf, count)).toBe(false);
  });
});

describe('isRhetoricalCompound', () => {
  it.each<[string, boolean]>([
    // praise, then what is praised
    ['美好未来', true],
    ['辉煌成就', true],
    ['过硬本领', true],
    ['深刻印象', true],
    ['感人事迹', true],
    ['具体措施', true],
    // manner, then a verb
    ['严厉查处', true],
    ['密切配合', true],
    ['隆重庆祝', true],
    ['全面禁止', true],
    ['毅然决定', true],
    // a manner word before a noun, or no such head: terms
    ['全面小康', false],
    ['积极因素', false],
    ['依法治国', false],
    ['共同富裕', false],
    ['不良贷款', false],
    ['脱贫攻坚', false],
  ])('%s: %s', (word, expected) => {
    expect(isRhetoricalCompound(word)).toBe(expected);
  });
});

describe('more classes of isKeywordTerm', () => {
  it.each<[string, number, boolean]>([
    ['依靠人民', 2, false], // a governing verb and its object
    ['确保安全', 1, false],
    ['符合国情', 1, false],
    ['克服困难', 1, false],
    ['抓住机遇', 1, false],
    ['面向未来', 1, false],
    ['解决方案', 1, true], // 解决 leads nouns too
    ['排水管道', 1, true],
    ['新年伊始', 1, false], // time
    ['春节前夕', 1, false],
    ['庚子', 1, false], // a cyclic year
    ['老黄', 4, false], // a person called as neighbours call each other
    ['阿力', 3, false],
    ['良说', 3, false], // 刘进良说: a name's tail and says
    ['控烟', 6, true], // a coinage of the text
    ['教育部', 1, false], // a ministry
    ['商务部', 1, false],
    ['旅游部', 1, false], // the tail of 文化和旅游部, where the phrase stops at 和
    ['社会保障部', 1, false],
    ['社会保障', 1, true],
    ['扶贫开发', 1, true],
    ['营商环境', 1, true],
    ['干部', 1, true], // 部 of a common word
    ['慈善总会', 1, false], // a federation
    ['妇联总会', 1, false],
    ['李克强', 2, false], // a leader's name, though the policy texts use it: 克强 is no word
    ['高水平', 2, true], // tagged nr too, but 水平 is a word
  ])('%s (×%i): %s', (term, count, expected) => {
    expect(isKeywordTerm(term, idf, count)).toBe(expected);
  });

  it.each<[string, boolean]>([
    ['教育部', true],
    ['财政部', true],
    ['农村部', true], // 农业 / 农村部
    ['俱乐部', false], // a kind of body, judged a subject like 医院
    ['总部', false],
    // departments by their field
    ['项目部', true],
    ['运营部', true],
    ['小企业发展部', true],
    ['总后勤部', true],
    ['军团政治部', true],
    ['体育部', true],
    // 部 of a place, a part or an extent
    ['城乡结合部', false],
    ['中西部', false],
    ['东部', false],
    ['小卖部', false],
    ['基层干部', false],
  ])('isOrganName(%s): %s', (word, expected) => {
    expect(isOrganName(word)).toBe(expected);
  });
});

describe('isFeatureName', () => {
  it.each<[string, boolean]>([
    ['长江', true], // rivers, seas, oceans and mountains tagged ns
    ['黄河', true],
    ['渤海', true],
    ['太平洋', true],
    ['松花江', true],
    ['泰山', true],
    ['内河', false], // kinds, not one feature
    ['远洋', false],
    ['沿海', false],
    ['山海', false],
    ['绿水青山', false], // not tagged a place
    ['历史长河', false],
    ['长江经济带', false], // the policy is the phrase
  ])('%s: %s', (word, expected) => {
    expect(isFeatureName(word)).toBe(expected);
  });
});

describe('isNamedStation', () => {
  it.each<[string, boolean]>([
    ['雄安站', true], // a new place's name
    ['天津站', true], // a place of the gazetteer
    ['北京西站', true],
    ['检疫站', false], // kinds of station
    ['集气站', false],
    ['换流站', false],
    ['空间站', false],
    ['水电站', false],
    ['撤站', false],
    ['民意驿站', false],
  ])('%s: %s', (word, expected) => {
    expect(isNamedStation(word)).toBe(expected);
  });
});

describe('isRegionCountries', () => {
  it.each<[string, boolean]>([
    ['东盟国家', true],
    ['欧洲国家', true],
    ['非洲国家', true],
    ['发展中国家', false], // a kind of country
    ['周边国家', false],
    ['社会主义现代化国家', false],
    ['党和国家', false],
  ])('%s: %s', (word, expected) => {
    expect(isRegionCountries(word)).toBe(expected);
  });
});

describe('isFunctionCentre', () => {
  it.each<[string, boolean]>([
    ['疾控中心', true], // named by what it does
    ['急救中心', true],
    ['培训中心', true],
    ['指挥中心', true],
    ['数据中心', false], // named by a thing: a kind of place or sector
    ['金融中心', false],
    ['购物中心', false],
    ['中心', false],
  ])('%s: %s', (word, expected) => {
    expect(isFunctionCentre(word)).toBe(expected);
  });
});
