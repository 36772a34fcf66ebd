import { describe, expect, it } from 'vitest';
import { findMeetings } from '../../../../src/extract/meetings/meetings.js';
import type { Place } from '../../../../src/types.js';
import { taggedArticle } from '../../../helpers/article.js';

const WEIFANG: Place = { code: '370700', name: '潍坊市', level: 'prefecture' };
const QINGZHOU: Place = { code: '370781', name: '青州市', level: 'county', parent: '370700' };
const names = (text: string) => findMeetings(taggedArticle(text)).map((m) => m.name);

describe('findMeetings: names', () => {
  it.each([
    // seeds
    ['深入学习贯彻党的二十大和中央经济工作会议精神，落实省委经济工作会议部署', ['党的二十大', '中央经济工作会议', '省委经济工作会议']],
    ['深入落实省委常委会扩大会议暨省委财经委员会会议各项部署要求', ['省委常委会扩大会议', '省委财经委员会会议']],
    ['迅速掀起学习贯彻党的二十届四中全会精神', ['党的二十届四中全会']],
    ['青州市委经济工作会议召开', ['青州市委经济工作会议']],
    ['张军桥同志事迹报告会在市工人文化宫举行', ['张军桥同志事迹报告会']],
    ['市政府新闻办组织召开“决胜‘十四五’谋篇‘十五五’”潍坊市人居环境改善新闻发布会',
      ['“决胜‘十四五’谋篇‘十五五’”潍坊市人居环境改善新闻发布会']],
    ['巩固深化2025先进技术应用成果转化山东行(潍坊)暨重点高校校地合作对接交流会成果', ['重点高校校地合作对接交流会']],
    // corpus: national and provincial reports
    ['贯彻落实党的二十大和二十届二中、三中全会精神，按照中央经济工作会议部署',
      ['党的二十大', '二十届二中全会', '二十届三中全会', '中央经济工作会议']],
    ['——2024年3月5日在第十四届全国人民代表大会第二次会议上', ['第十四届全国人民代表大会第二次会议']],
    ['湖南省第十四届人民代表大会第四次会议', ['湖南省第十四届人民代表大会第四次会议']],
    ['十四届全国人大三次会议审议通过', ['十四届全国人大三次会议']],
    ['按照省委十四届九次全会部署', ['省委十四届九次全会']],
    // a region's Party committee is its 党委
    ['贯彻自治区党委十届八次全会部署', ['自治区党委十届八次全会']],
    ['宁夏回族自治区党委十二届九次全会在银川召开', ['宁夏回族自治区党委十二届九次全会']],
    ['国务院常务会议审议通过', ['国务院常务会议']],
    ['2018年10月9日至11日，首届新型智慧城市建设国际峰会', ['首届新型智慧城市建设国际峰会']],
    ['举办全国两会', ['全国两会']],
    // real news: an adverb or conjunction of the sentence ends a name; a topic after 关于 and adverbs such as 特别 do not
    ['全国人大常委会已为大会的召开进行了一系列筹备准备工作', []],
    ['中国—东盟领导人关于新冠肺炎问题特别会议以视频方式举行', ['中国—东盟领导人关于新冠肺炎问题特别会议']],
    // an anniversary and what it is of are the name; meetings the Party's history names after a place
    ['台湾各界广泛关注《反分裂国家法》实施十五周年座谈会', ['《反分裂国家法》实施十五周年座谈会']],
    ['中美建交40周年招待会举行', ['中美建交40周年招待会']],
    ['习近平主席参观古田会议会址。在纪念遵义会议胜利召开85周年之际', ['古田会议', '遵义会议']],
    // a speech at a meeting bounds its name by 在 and 上, whatever the words of its topic
    ['刘强在全省耕地数量和质量保护推进电视电话会议上强调', ['全省耕地数量和质量保护推进电视电话会议']],
    ['张明在开展“三项行动”动员工作电视电话会议上讲话', ['开展“三项行动”动员工作电视电话会议']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    '会议指出，中央经济工作会议是党的二十大后中央召开的一次非常重要的会议。',
    '报告会上,播放了张军桥同志事迹专题片',
    '精简会议和文件',
    '全面贯彻党的二十大和二十届历次全会精神',
    '选出菏泽市出席山东省第十四届人民代表大会代表',
    '我代表国务院向大会报告政府工作',
    // a parliament's members and speaker are no meeting
    // meeting a meeting's delegates
    '国家主席亲切会见会议代表，向他们表示祝贺',
    '蒙古国国会议员巴特表示',
    '柬埔寨国会议长会见代表团',
  ])('no description taken for a name in %s', (text) => {
    expect(names(text).filter((n) => n !== '中央经济工作会议' && n !== '党的二十大')).toEqual([]);
  });
});

describe('findMeetings: attributes', () => {
  it("reads the article's own meeting with its date, organiser, level and full name", () => {
    const text = '市委经济工作会议召开\n12月25日，市委经济工作会议召开。会议指出，2023年是开局之年，安排明年任务。落实省委经济工作会议部署。';
    const meetings = findMeetings(taggedArticle(text, { place: WEIFANG }));
    expect(meetings.map((m) => [m.name, m.role])).toEqual([
      ['潍坊市委经济工作会议', 'own'],
      ['潍坊市委经济工作会议', 'own'],
      ['省委经济工作会议', 'referenced'],
    ]);
    expect(meetings[0]).toMatchObject({ kind: 'meeting', text: '市委经济工作会议', org: '市委', level: 'city', date: '2022-12-25' });
    expect(meetings[2]).toMatchObject({ org: '省委', level: 'province' });
  });

  it('reads a range of dates and the place it was held in', () => {
    const text = '省委经济工作会议在济南召开\n本报济南12月24日讯 12月23日至24日，省委经济工作会议在济南召开。';
    const [title, lede] = findMeetings(taggedArticle(text, { dateline: '12-24' }));
    expect(lede).toMatchObject({ role: 'own', date: '12-23/12-24', location: '济南' });
    expect(title).toMatchObject({ role: 'own', date: '12-23/12-24', location: '济南' });
  });

  it('gives a county-level city its level', () => {
    const text = '1月3日，青州市委经济工作会议召开。深入落实省委和潍坊市委经济工作会议部署。';
    const meetings = findMeetings(taggedArticle(text, { place: QINGZHOU }));
    expect(meetings.map((m) => [m.name, m.role, m.level])).toEqual([
      ['青州市委经济工作会议', 'own', 'county'],
      ['省委经济工作会议', 'referenced', 'province'],
      ['潍坊市委经济工作会议', 'referenced', 'city'],
    ]);
  });

  it('names the standing committee meeting when it "召开会议"', () => {
    const text = '市委常委会召开会议\n10月28日上午,市委常委会召开会议,传达学习党的二十届四中全会精神。';
    const meetings = findMeetings(taggedArticle(text, { place: WEIFANG }));
    expect(meetings.map((m) => [m.name, m.role, m.date ?? ''])).toEqual([
      ['潍坊市委常委会会议', 'own', '10-28'],
      ['潍坊市委常委会会议', 'own', '10-28'],
      ['党的二十届四中全会', 'referenced', ''],
    ]);
    expect(meetings[2]).toMatchObject({ org: '中央', level: 'central' });
  });

  it('reads a city congress session and its organiser', () => {
    const [session] = findMeetings(taggedArticle('市二十届人大二次会议胜利闭幕\n选出代表'));
    expect(session).toMatchObject({ name: '市二十届人大二次会议', org: '市人大', level: 'city', role: 'own' });
  });

  it('tells events from meetings and finds the organiser of an event', () => {
    const text = '本报讯 10月28日,市政府新闻办组织召开人居环境改善新闻发布会。10月28日,农业服务贸易全球商通中心贸易投资对接会在富华国际展览中心举行。';
    const [press, fair] = findMeetings(taggedArticle(text));
    expect(press).toMatchObject({ kind: 'event', name: '人居环境改善新闻发布会', org: '市政府新闻办', role: 'own', date: '10-28' });
    expect(fair).toMatchObject({ kind: 'event', name: '农业服务贸易全球商通中心贸易投资对接会', location: '富华国际展览中心' });
  });

  it('joins a headline broken into lines', () => {
    const text = '农业服务贸易全球商通中心 贸易投资对接会举行\n本报讯 10月28日,活动举行。';
    expect(findMeetings(taggedArticle(text)).map((m) => m.name)).toEqual(['农业服务贸易全球商通中心贸易投资对接会']);
  });

  it('takes 党的二十大胜利召开 far from the lede as a reference', () => {
    const text = '标题\n12月23日，省委经济工作会议召开。\n特别是党的二十大胜利召开，为我们指明了前进方向。';
    const meetings = findMeetings(taggedArticle(text));
    expect(meetings.map((m) => [m.name, m.role])).toEqual([
      ['省委经济工作会议', 'own'],
      ['党的二十大', 'referenced'],
    ]);
  });
});

describe('findMeetings: county-level cities', () => {
  it("leaves the prefecture's meeting, followed by a county-level city, as printed", () => {
    const text = '1月3日，青州市委经济工作会议召开。会议要求，落实省委和市委经济工作会议要求。';
    const meetings = findMeetings(taggedArticle(text, { place: QINGZHOU }));
    expect(meetings.map((m) => [m.name, m.role])).toEqual([
      ['青州市委经济工作会议', 'own'],
      ['省委经济工作会议', 'referenced'],
      ['市委经济工作会议', 'referenced'],
    ]);
  });
});

describe('findMeetings: organs joined before one name', () => {
  it.each([
    ['深入落实省委和潍坊市委经济工作会议部署', ['省委经济工作会议', '潍坊市委经济工作会议']],
    ['全面贯彻中央和省委经济工作会议精神', ['中央经济工作会议', '省委经济工作会议']],
  ])('%s', (text, expected) => {
    const meetings = findMeetings(taggedArticle(text));
    expect(meetings.map((m) => m.name)).toEqual(expected);
    expect(meetings[0]).toMatchObject({ text: expected[0]!.replace('经济工作会议', ''), role: 'referenced' });
  });
});
