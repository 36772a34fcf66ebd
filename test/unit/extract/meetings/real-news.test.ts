import { describe, expect, it } from 'vitest';
import { findMeetings } from '../../../../src/extract/meetings/meetings.js';
import { taggedArticle } from '../../../helpers/article.js';

// Sentences of the kind 人民日报 and 新闻联播 print (2019–2024), written for these tests.
const names = (text: string) => findMeetings(taggedArticle(text)).map((m) => m.name);
const roles = (text: string) => findMeetings(taggedArticle(text)).map((m) => [m.name, m.role]);

describe('findMeetings on real news: names', () => {
  it.each([
    // parts readNameLeftwards stops at: quotes, brackets, ordinals, years, Latin letters, a dash between names
    ['韩正主持召开推进“一带一路”建设工作领导小组会议', ['推进“一带一路”建设工作领导小组会议']],
    ['出席第二届“一带一路”国际合作高峰论坛', ['第二届“一带一路”国际合作高峰论坛']],
    ['出席第14届东亚峰会', ['第14届东亚峰会']],
    ['丁薛祥在京出席2023世界中文大会', ['2023世界中文大会']],
    ['第十五届“北京—东京论坛”26日在京开幕', ['北京—东京论坛']],
    ['同意召开二十届中央纪律检查委员会第三次全体会议', ['二十届中央纪律检查委员会第三次全体会议']],
    ['国务院联防联控机制新闻发布会上，专家介绍', ['国务院联防联控机制新闻发布会']],
    ['在京举办《此时此刻》4K直播电影发布会', ['《此时此刻》4K直播电影发布会']],
    // a place before a book title is where the event is held
    ['支持办好10月昆明《生物多样性公约》第十五次缔约方大会。', ['《生物多样性公约》第十五次缔约方大会']],
    // plenums of the other parties
    ['中国致公党十六届二中全会在京召开', ['中国致公党十六届二中全会']],
    ['九三学社十五届二中全会在京召开', ['九三学社十五届二中全会']],
    // more heads
    ['约翰内斯堡中非领导人对话会成果', ['约翰内斯堡中非领导人对话会']],
    ['会见中国基督教第十一次代表会议代表', ['中国基督教第十一次代表会议']],
    ['全国政协十三届三次会议和第十次常委会会议', ['全国政协十三届三次会议', '第十次常委会会议']],
    // a preposition or a time word before the organiser is not the name
    ['经中央纪委常委会会议研究并报中共中央批准', ['中央纪委常委会会议']],
    ['之前全国政协主席会议研究决定', ['全国政协主席会议']],
    // numbered sessions without a head word read leftwards
    ['中共中央政治局12月8日召开会议，分析研究2024年经济工作', ['中央政治局会议']],
    ['中共中央政治局常务委员会12月1日召开会议', ['中央政治局常务委员会会议']],
    ['中共中央政治局11月27日下午就加强网络生态治理进行第十一次集体学习', ['中共中央政治局第十一次集体学习']],
    ['省纪委五次全会召开', ['省纪委五次全会']],
    ['市纪委十三届三次全会召开', ['市纪委十三届三次全会']],
    // whole jurisdictions and a forum's yearly session
    ['全省乡村振兴工作推进会在西宁召开', ['全省乡村振兴工作推进会']],
    ['中国发展高层论坛2024年年会在京开幕', ['中国发展高层论坛2024年年会']],
    ['研究部署疫情防控工作会议精神', ['疫情防控工作会议']],
    ['召开动员会和全省扶贫开发工作会议', ['全省扶贫开发工作会议']],
    ['听取工作情况和二十届中央纪律检查委员会第三次全体会议准备情况', ['二十届中央纪律检查委员会第三次全体会议']],
    ['祝贺非洲联盟第32届首脑会议召开', ['非洲联盟第32届首脑会议']],
    ['习近平在庆祝中华人民共和国成立70周年大会上发表重要讲话', ['庆祝中华人民共和国成立70周年大会']],
    ['首次召开上合组织现代农业发展圆桌会议', ['上合组织现代农业发展圆桌会议']],
    ['第二届进博会在上海开幕', ['第二届进博会']],
    ['全国政协在京举行2020年春节茶话会', ['2020年春节茶话会']],
    // the central discipline commission's plenum without its term; congresses with 中共 or bare
    ['贯彻落实中央纪委三次全会精神', ['中央纪委三次全会']],
    ['深入贯彻落实中共二十大精神', ['中共二十大']],
    ['他指出，十八大以来，我们取得了历史性成就', ['十八大']],
    ['写入党的十八大、十九大报告', ['党的十八大', '十九大']],
    ['他是十六大代表', []],
    // one meeting, one name: the long form of a plenum, a later mention without the party
    ['中国致公党十六届二中全会在京召开\n中国致公党第十六届中央委员会第二次全体会议在京召开。', ['中国致公党十六届二中全会', '中国致公党十六届二中全会']],
    ['学习党的二十届三中全会精神，领会二十届三中全会上的讲话', ['党的二十届三中全会', '党的二十届三中全会']],
    // summits and their bodies: 会晤 names a series with its parties, 元首 (read as a time word) is in the name
    ['金砖国家领导人第十一次会晤在巴西利亚举行', ['金砖国家领导人第十一次会晤']],
    ['主席将赴印度金奈出席中印领导人第二次非正式会晤', ['中印领导人第二次非正式会晤']],
    ['我对印中两国领导人第二次非正式会晤充满期待', []],
    ['中美两国元首会晤', []],
    ['习近平出席上海合作组织成员国元首理事会第二十四次会议', ['上海合作组织成员国元首理事会第二十四次会议']],
    ['习近平主席在二十国集团领导人应对新冠肺炎特别峰会上发表讲话', ['二十国集团领导人应对新冠肺炎特别峰会']],
    // descriptions: an arrangement (`…联席会议制度`), meetings of each kind or every week
    ['沪苏浙皖成立四省市总工会长三角地区劳动竞赛联席会议制度', []],
    ['召开民营企业家等各方面人士座谈会', []],
    ['即在每周“接诉即办”调度会上，纪委人员参加', []],
    // `全会` after a verb points back to a plenum named before
    ['深入学习宣传全会精神', []],
    ['从深刻领会全会主题等方面作了宣讲', []],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    '步入北京人民大会堂',
    '在国家会议中心举行的展览',
    '人大常委会会议室十分热闹',
    '坚定信心就能取胜（人民论坛）',
    '世界经济论坛执行主席施瓦布表示',
    '在网络论坛上发帖',
    '大型文化节目《中国中医药大会》今晚首播',
    '2018年首届大会',
    '召开120余场视频交流会议',
  ])('no meeting in %s', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('findMeetings on real news: own or referenced', () => {
  it.each([
    ['周强强调\n本报北京10月17日电 最高人民法院院长周强17日在第七次全国刑事审判工作会议上强调，要提高水平。', [['第七次全国刑事审判工作会议', 'own']]],
    ['标题\n中央政法工作会议1月17日至18日在北京召开。', [['中央政法工作会议', 'own']]],
    ['标题\n十三届全国人大三次会议22日上午9时在人民大会堂开幕。', [['十三届全国人大三次会议', 'own']]],
    ['标题\n畅通国内大循环调研协商座谈会8日在京召开。', [['畅通国内大循环调研协商座谈会', 'own']]],
    ['标题\n山西省第十三届人民代表大会第三次会议1月18日选举楼阳生为山西省人大常委会主任。', [['山西省第十三届人民代表大会第三次会议', 'own']]],
    // how the body voted, between the day and the verb
    ['标题\n第78届联合国大会22日协商一致通过决议，将春节确定为联合国假日。', [['第78届联合国大会', 'own']]],
    ['标题\n十四届全国人大常委会第九次会议28日以158票赞成通过了该法。', [['十四届全国人大常委会第九次会议', 'own']]],
    ['标题\n魏凤和分别与来华出席第九届北京香山论坛的外国防长会见会谈。', [['第九届北京香山论坛', 'referenced']]],
    // a speech recalled, a meeting yet to come, a past meeting in a feature
    ['标题\n习近平总书记在全国生态环境保护大会上发表的重要讲话，指明了方向。', [['全国生态环境保护大会', 'referenced']]],
    ['标题\n要做好服务保障，为全国两会顺利召开营造良好环境。', [['全国两会', 'referenced']]],
    ['标题\n本次会议审议报告稿，为即将召开的十三届全国人大二次会议作准备。', [['十三届全国人大二次会议', 'referenced']]],
    ['标题\n会议同意明年1月8日至10日召开二十届中央纪律检查委员会第三次全体会议。', [['二十届中央纪律检查委员会第三次全体会议', 'referenced']]],
    ['标题\n患者受益。\n2019年5月29日，中央全面深化改革委员会第八次会议召开，通过方案。', [['中央全面深化改革委员会第八次会议', 'referenced']]],
    // an organ of the story holding a meeting in the story, further down a feature: reported, unless another time is printed
    ['标题\n社区里的事有人管了。\n为了理顺关系，闵行区专题召开“红色物业”工作推进会，逐项梳理问题。', [['“红色物业”工作推进会', 'own']]],
    ['标题\n社区里的事有人管了。\n去年，闵行区专题召开“红色物业”工作推进会，逐项梳理问题。', [['“红色物业”工作推进会', 'referenced']]],
  ])('%s', (text, expected) => {
    expect(roles(text)).toEqual(expected);
  });
});

describe('findMeetings on real news: the organiser of a meeting its chair holds', () => {
  it.each([
    ['标题\n3月5日，青海省委书记陈刚主持召开民营企业座谈会，听取意见。', '民营企业座谈会', '青海省委', 'province'],
    ['标题\n3月5日，山东省省长周乃翔主持召开全省安全生产工作调度会。', '全省安全生产工作调度会', '山东省政府', 'province'],
  ])('%s', (text, name, org, level) => {
    expect(findMeetings(taggedArticle(text))[0]).toMatchObject({ name, org, level, role: 'own' });
  });
});

describe('findMeetings on real news: a year before the issue, a name joined to another', () => {
  const dated = (text: string, date: string) =>
    findMeetings(taggedArticle(text, { date })).map((m) => [m.name, m.role]);
  it.each([
    // a meeting of an earlier year recalled in the lede
    ['标题\n这些成果都要归功于2017年在北京举办的首届“一带一路”国际合作高峰论坛。', '2019-02-20', [['首届“一带一路”国际合作高峰论坛', 'referenced']]],
    // the same words in the year report it
    ['标题\n2019年在北京举办的第二届“一带一路”国际合作高峰论坛。', '2019-04-27', [['第二届“一带一路”国际合作高峰论坛', 'own']]],
    // two events held together; not one joined to a future meeting
    ['标题\n第二届世界古都论坛、二里头遗址国际学术研讨会在洛阳开幕。', '2019-10-20', [['第二届世界古都论坛', 'own'], ['二里头遗址国际学术研讨会', 'own']]],
    ['标题\n深入学习贯彻中共二十大和即将召开的二十届三中全会精神。', '2024-07-10', [['中共二十大', 'referenced'], ['二十届三中全会', 'referenced']]],
  ])('%s', (text, date, expected) => {
    expect(dated(text, date)).toEqual(expected);
  });
});

// The tests below put the meeting after a first paragraph, where neither the headline nor the lede
// reports it, so only the sentence's own cues can.
describe('findMeetings on real news: the sentence says the meeting was held', () => {
  it.each([
    // a bare day of the month or a day in words, no year: the report's day
    ['标题\n第一段。\n28日，2019金砖国家治国理政研讨会和“中巴足球嘉年华”两场活动在巴西里约热内卢举行。', [['2019金砖国家治国理政研讨会', 'own']]],
    ['标题\n第一段。\n“发展不足”，在11日召开的江西省县委书记座谈会上，刘奇说。', [['江西省县委书记座谈会', 'own']]],
    ['标题\n第一段。\n2023深圳全球招商大会昨天（12月8日）举行，签约项目超380个。', [['2023深圳全球招商大会', 'own']]],
    // a date after 于; not what is to come (将于)
    ['标题\n第一段。\n2021全球数字贸易研讨会于9月6日在杭州开幕，嘉宾云集。', [['2021全球数字贸易研讨会', 'own']]],
    ['标题\n第一段。\n2021全球数字贸易研讨会将于9月6日在杭州开幕。', [['2021全球数字贸易研讨会', 'referenced']]],
    // what a reporter learnt at a press conference, the setting a speech column prints
    ['标题\n第一段。\n2月1日晚，记者从湖北省政府新闻发布会上了解到：截至1月31日，病例7153例。', [['湖北省政府新闻发布会', 'own']]],
    ['标题\n第一段。\n时间：2月11日\n场合：山西省直部门对标一流述职评议会', [['山西省直部门对标一流述职评议会', 'own']]],
    // in a dispatch, the strong verbs of holding report a meeting though the sentence has no date…
    ['标题\n新华社深圳10月12日电 孙春兰10日至12日在广东调研。\n孙春兰先后到广州、深圳考察，并在深圳主持召开粤港澳大湾区教育工作座谈会。', [['粤港澳大湾区教育工作座谈会', 'own']]],
    // …but not a meeting held some months before, nor one held several times
    ['标题\n新华社北京12月8日电 消费回暖。\n4月和7月，习近平总书记主持召开中共中央政治局会议，分析经济形势。', [['中共中央政治局会议', 'referenced']]],
    ['标题\n新华社北京12月8日电 消费回暖。\n习近平总书记先后两次主持召开中央财经委员会会议。', [['中央财经委员会会议', 'referenced']]],
    // nor a feature without a dateline
    ['标题\n第一段。\n后来，他主持召开全县脱贫攻坚推进会，部署工作。', [['全县脱贫攻坚推进会', 'referenced']]],
    // a year in the sentence recalls a past meeting however it is told
    ['标题\n第一段。\n2009年，在罗马举行的国际慢阻肺大会上，钟南山提出设想。', [['国际慢阻肺大会', 'referenced']]],
    // a meeting attended, and a delegation's deliberation inside a session, governed by the verb before both
    ['标题\n第一段。\n1月12日，他在乌鲁木齐参加了第四届“人民满意的公务员”和“人民满意的公务员集体”表彰大会。', [['第四届“人民满意的公务员”和“人民满意的公务员集体”表彰大会', 'own']]],
    ['标题\n第一段。\n5月22日，习近平参加十三届全国人大三次会议内蒙古代表团审议。', [['十三届全国人大三次会议', 'own'], ['内蒙古代表团审议', 'own']]],
    // a list of meetings after one verb
    ['标题\n第一段。\n7日，丁薛祥共同主持中新双边合作联委会第十九次会议、苏州工业园区联合协调理事会第二十四次会议。', [['中新双边合作联委会第十九次会议', 'own'], ['苏州工业园区联合协调理事会第二十四次会议', 'own']]],
    // put off, still to do, travelling to attend, dated after the issue: not held yet
    ['标题\n第一段。\n17日，委员长会议认为有必要推迟召开十三届全国人大三次会议。', [['十三届全国人大三次会议', 'referenced']]],
    ['标题\n2月下旬召开的全国人大常委会会议将审议决定草案。', [['全国人大常委会会议', 'referenced']]],
    ['标题\n第一段。\n14日至15日举行的欧盟峰会预计将投票决定是否启动谈判。', [['欧盟峰会', 'referenced']]],
    ['标题\n当地时间7月2日中午，习近平乘专机抵达阿斯塔纳，出席上海合作组织成员国元首理事会第二十四次会议。', [['上海合作组织成员国元首理事会第二十四次会议', 'referenced']]],
    ['标题\n新华社北京12月29日电 会议表决通过了关于召开十四届全国人大二次会议的决定。', [['十四届全国人大二次会议', 'referenced']]],
    ['标题\n新华社北京12月29日电 会议研究了召开全国政协十四届二次会议的有关事项。', [['全国政协十四届二次会议', 'referenced']]],
    ['标题\n新华社北京12月29日电 会议决定十四届全国人大二次会议2024年3月5日在北京召开。', [['十四届全国人大二次会议', 'referenced']]],
    ['标题\n新华社北京10月13日电 双方欢迎尼方出席第二届中国国际进口博览会。', [['第二届中国国际进口博览会', 'referenced']]],
    ['标题\n——写在民营企业座谈会召开一周年之际', [['民营企业座谈会', 'referenced']]],
    // a dispatch recounting what was attended, or reported on, is no report of it
    ['标题\n新华社北京10月25日电 委员长会议举行。\n会议审议了委员长访问俄罗斯并在俄主持召开中俄议会合作委员会第五次会议情况的报告。', [['中俄议会合作委员会第五次会议', 'referenced']]],
  ])('%s', (text, expected) => {
    expect(roles(text)).toEqual(expected);
  });
});

describe('findMeetings on real news: organs that hold a meeting, one name per meeting', () => {
  it.each([
    // an organ found by the organisations reader, then `举行会议`, `召开专题会议`
    ['中共全国人大常委会党组19日举行会议，传达学习全会精神。', ['中共全国人大常委会党组会议']],
    ['2月11日，贵州省委立即召开专题会议研究部署。', ['贵州省委专题会议']],
    // a name printed short in the headline and long in the body, with a year or a topic before
    ['深圳全球招商大会引资超万亿元\n2023深圳全球招商大会昨天举行。', ['2023深圳全球招商大会', '2023深圳全球招商大会']],
    ['湖北召开疫情防控工作新闻发布会\n26日晚，湖北召开新冠肺炎疫情防控工作新闻发布会。', ['新冠肺炎疫情防控工作新闻发布会', '新冠肺炎疫情防控工作新闻发布会']],
    // not a short name another organ's meeting may end with, nor one that opens with its organiser
    ['贯彻中央经济工作会议和自治区党委全委会暨经济工作会议精神', ['中央经济工作会议', '经济工作会议']],
    // one congress session printed long and short
    ['第十三届全国人民代表大会第三次会议于3月5日召开。十三届全国人大三次会议推迟。', ['第十三届全国人民代表大会第三次会议', '第十三届全国人民代表大会第三次会议']],
    // a whole jurisdiction opens a name across the verbs of its topic, not across words about the meeting
    ['张庆伟近日在全省深化机关作风整顿优化营商环境工作会议上的讲话', ['全省深化机关作风整顿优化营商环境工作会议']],
    ['认真贯彻落实第十次全国对口支援新疆工作会议精神', ['第十次全国对口支援新疆工作会议']],
    ['全市上下认真学习市委经济工作会议精神', ['市委经济工作会议']],
    // a verb before the name is not part of it
    ['高精度移动机器人亮相德国汉诺威工业博览会', ['德国汉诺威工业博览会']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('findMeetings on real news: a date after the issue is a meeting to come', () => {
  it.each([
    ['标题\n17日召开的委员长会议决定，十三届全国人大常委会第十六次会议2月24日在北京举行。', '2020-02-17', 'referenced'],
    ['标题\n十三届全国人大常委会第十六次会议2月24日在北京举行。', '2020-02-24', 'own'],
  ])('%s (issue of %s)', (text, date, role) => {
    const found = findMeetings(taggedArticle(text, { date })).find((m) => m.name === '十三届全国人大常委会第十六次会议');
    expect(found?.role).toBe(role);
  });
});

describe('findMeetings on real news: a meeting that opens the headline', () => {
  it.each([
    ['天津基层党建述职评议会勇于揭短亮丑\n小年刚过，一部暗访纪实片拉开序幕。', 'own'],
    ['全省安全生产工作会议筹备就绪\n会议将于下周召开。', 'referenced'],
  ])('%s', (text, role) => {
    expect(findMeetings(taggedArticle(text))[0]?.role).toBe(role);
  });
});

describe('findMeetings on real news: summits of bodies and pairs, a joint group session, a speech attributed', () => {
  it.each([
    // 组织 ending an international body before a summit is its name, not a verb; China and its partner joined by a dash
    ['标题\n国家主席在阿斯塔纳出席上海合作组织峰会前会见总统。', ['上海合作组织峰会']],
    ['标题\n双方要加快落实中国－中亚峰会成果。', ['中国－中亚峰会']],
    // the CPPCC's joint group session, named by its head alone
    ['标题\n总书记看望了参加会议的委员，并参加联组会，听取意见。', ['联组会']],
    // (its meetings at large are no summit)
    ['标题\n国际人士积极评价主席在上海合作组织会议上的重要讲话。', []],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('the line that attributes a printed speech names the meeting where it was given', () => {
    const text = '标题\n要以斗争精神整顿作风。\n工作力度只会加强、不会减弱。\n——某省委书记某某近日在全省优化营商环境工作会议上说';
    expect(roles(text)).toEqual([['全省优化营商环境工作会议', 'own']]);
  });
});

describe('findMeetings on real news: long names whose topic the reading stopped inside', () => {
  it.each([
    // the verb holding the meeting bounds a name whose topic joins two tasks with 和
    ['标题\n2月23日，党中央召开统筹推进新冠肺炎疫情防控和经济社会发展工作部署会议，这是一次十分重要的会议。', ['统筹推进新冠肺炎疫情防控和经济社会发展工作部署会议']],
    // a national meeting opening with 全国, over twenty characters long
    ['标题\n新华社北京2月5日电  全国农业农村系统应对新型冠状病毒感染肺炎疫情视频调度会5日在京召开。', ['全国农业农村系统应对新型冠状病毒感染肺炎疫情视频调度会']],
    // (a count or a pronoun after the verb describes a meeting: no name)
    ['标题\n会议强调，要召开一次学习和贯彻会议。', []],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('findMeetings on real news: anniversaries marked by a meeting', () => {
  it.each([
    // a second meeting joined by 暨, and a short topic before the head, are the anniversary meeting's name
    ['标题\n全省召开纪念建党99周年暨“两优一先”表彰大会。', ['纪念建党99周年暨“两优一先”表彰大会']],
    ['标题\n第二届世界古都论坛、纪念二里头遗址科学发掘60周年国际学术研讨会同日开幕。', ['第二届世界古都论坛', '纪念二里头遗址科学发掘60周年国际学术研讨会']],
    // (the time of holding is no topic)
    ['标题\n在纪念毛泽东同志诞辰130周年之际召开座谈会。', []],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('findMeetings on real news: a body named 会议, headed by its chair, is no meeting', () => {
  it.each([
    ['标题\n美军参谋长联席会议主席米利表示，美方将继续援助。', []],
    ['标题\n印度尼西亚人民协商会议主席出席。', []],
    // (a session's presidium is the session's)
    ['标题\n十三届全国人大三次会议主席团举行第三次会议。', ['十三届全国人大三次会议']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('findMeetings on real news: names cut at the front where the tagger reads a verb, a count or a time', () => {
  it.each([
    // a name opened by the verb of its topic, bounded by the verb that holds it
    ['李克强主持召开中央应对新冠肺炎疫情工作领导小组会议', ['中央应对新冠肺炎疫情工作领导小组会议']],
    ['习近平总书记在上海主持召开深入推进长三角一体化发展座谈会并发表重要讲话。', ['深入推进长三角一体化发展座谈会']],
    ['召开推动制造业高质量发展专题议政性常委会会议。', ['推动制造业高质量发展专题议政性常委会会议']],
    ['主持召开决战决胜脱贫攻坚座谈会，谋划这场硬仗。', ['决战决胜脱贫攻坚座谈会']],
    // … or by 在 … 上 and what was said there, or a clause after it
    ['要深入学习贯彻习近平总书记在新时代推动西部大开发座谈会上的重要讲话精神', ['新时代推动西部大开发座谈会']],
    ['2018年4月，在深入推动长江经济带发展座谈会上，习近平总书记痛心地说。', ['深入推动长江经济带发展座谈会']],
    // … or by the centre that holds it
    ['按照中央应对疫情工作领导小组会议精神，国务院已同意', ['中央应对疫情工作领导小组会议']],
    // (not across other verbs, a count, a time, a preposition or 或)
    ['双方举行会谈后共同出席中国—东盟博览会开幕式。', ['中国—东盟博览会开幕式']],
    ['举行数十场专家视频会议', []],
    ['会议决定，适时召开今年国务院廉政工作会议，专题部署', ['国务院廉政工作会议']],
    ['本届论坛是金砖扩员后举行的首次议会论坛', ['议会论坛']],
    ['提倡召开视频或电话会议。', []],
    ['举办和参与文创大赛是一种很好的尝试。', ['文创大赛']],
    ['在十二届全国人大五次会议解放军代表团全体会议上，围绕科技兴军作了阐述', ['十二届全国人大五次会议', '解放军代表团全体会议']],
    // an international organisation ending in 组织, read as a verb, before the meeting's own words
    ['主席出席上海合作组织阿斯塔纳峰会并对哈萨克斯坦进行国事访问', ['上海合作组织阿斯塔纳峰会']],
    ['为巴新成功举办2018年亚太经合组织领导人非正式会议发挥重要作用', ['亚太经合组织领导人非正式会议']],
    ['在印度首都新德里举行的联合国教科文组织第46届世界遗产大会上', ['联合国教科文组织第46届世界遗产大会']],
    // 二 cut off 二十国集团; 双周 read as a count; a pilot read as a verb
    ['平主席赴阿根廷出席二十国集团领导人峰会', ['二十国集团领导人峰会']],
    ['全国政协召开双周协商座谈会', ['双周协商座谈会']],
    ['在十三届全国政协开局后首场双周协商座谈会上', ['双周协商座谈会']],
    ['天津生态城联合协调理事会第十五次会议和中新（重庆）战略性互联互通示范项目联合协调理事会第七次会议。',
      ['天津生态城联合协调理事会第十五次会议', '中新（重庆）战略性互联互通示范项目联合协调理事会第七次会议']],
    // a place before an event's quoted title
    ['第五届中国“互联网+”大学生创新创业大赛总决赛12日在浙江大学开幕。', ['第五届中国“互联网+”大学生创新创业大赛']],
    // a quoted sentence before a name, or the sender of a letter to it, is not part of it
    ['标题\n“作风建设这根弦要始终绷得紧紧的。”古田全军政治工作会议后，习主席', ['古田全军政治工作会议']],
    ['——习近平主席致第九届北京香山论坛的贺信引起热烈反响', ['第九届北京香山论坛']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('findMeetings on real news: one meeting printed two ways in an article', () => {
  it.each([
    // an organisation printed short and in full
    ['首次召开上合组织现代农业发展圆桌会议\n22日下午，农高会首次举办上海合作组织现代农业发展圆桌会议。',
      ['上合组织现代农业发展圆桌会议', '农高会', '上合组织现代农业发展圆桌会议']],
    // a bare 两会 and the only 两会 named with its level
    ['标题\n春节假期还没过完，就已经进入“两会节奏”了。他要集中精力为参加全国两会做准备。', ['全国两会', '全国两会']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('findMeetings on real news: words inside a title or an anniversary report no meeting', () => {
  it.each([
    ['标题\n第一段。\n印发《关于认真学习贯彻习近平总书记在“不忘初心、牢记使命”主题教育总结大会上的重要讲话的通知》。',
      [['“不忘初心、牢记使命”主题教育总结大会', 'referenced']]],
    ['标题\n在纪念遵义会议胜利召开85周年之际，贵州遵义承载着精神财富。', [['遵义会议', 'referenced']]],
  ])('%s', (text, expected) => {
    expect(roles(text)).toEqual(expected);
  });
});

describe('findMeetings on real news: the CPPCC session by its full name, youth, meetings joined by 和, a habit', () => {
  it.each([
    // the session by the CPPCC's full name, its short forms the same meeting
    ['汪洋宣布，中国人民政治协商会议第十三届全国委员会第三次会议应到委员2149人。全国政协十三届三次会议在京闭幕',
      ['中国人民政治协商会议第十三届全国委员会第三次会议', '中国人民政治协商会议第十三届全国委员会第三次会议']],
    // 青年, read as a time word, inside a name
    ['2019世界青年科学家峰会26日在浙江温州开幕。', ['2019世界青年科学家峰会']],
    // a name does not read back across another meeting joined to it
    ['习近平出席首届中阿峰会和中国—海合会峰会。', ['首届中阿峰会', '中国—海合会峰会']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['习近平主席连续两年出席中国国际进口博览会开幕式发表主旨演讲', [['中国国际进口博览会开幕式', 'referenced']]],
    ['习近平先后出席中阿峰会和海合会峰会', [['中阿峰会', 'own'], ['海合会峰会', 'own']]],
  ])('%s', (text, expected) => {
    expect(roles(text)).toEqual(expected);
  });
});

describe('findMeetings on real news: a meeting that holds an event about itself is not held by it', () => {
  it.each([
    ['第二届中国国际进口博览会在韩国举行推介会\n本报首尔2月23日电 第二届中国国际进口博览会22日在韩国首尔举行推介会。', 'referenced'],
    ['全国政协十三届三次会议举行新闻发布会\n本报北京5月20日电 全国政协十三届三次会议20日下午举行新闻发布会。', 'referenced'],
    // (a part of the session is the session's)
    ['十三届全国人大三次会议举行闭幕会\n28日下午，十三届全国人大三次会议在人民大会堂举行闭幕会。', 'own'],
  ])('%s', (text, role) => {
    expect(findMeetings(taggedArticle(text)).map((m) => m.role)).toEqual([role, role]);
  });
});

describe('findMeetings on real news: a meeting named inside the title of a work', () => {
  it.each([
    // a song, a show, a set of stamps: the work, not the meeting
    ['71岁的表演者赵巧云演出东路坠子《俺是十九大宣传员》，赢得村民们连声喝彩。', []],
    ['活动现场发布了《庆祝中华人民共和国成立70周年大会、阅兵式、群众游行和联欢活动》纪念邮票。', []],
    // (a document's title refers to it: a speech, a plan, a decision)
    ['《在庆祝中华人民共和国成立70周年大会上的讲话》单行本出版', ['庆祝中华人民共和国成立70周年大会']],
    ['《中非合作论坛—北京行动计划（2019—2021年）》中提到', ['中非合作论坛']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('findMeetings on real news: a number printed in words or digits is one meeting', () => {
  it.each([
    ['《反分裂国家法》实施十五周年座谈会在京举行\n本报台北5月30日电 5月29日在北京举行的《反分裂国家法》实施15周年座谈会在台湾受到广泛关注。',
      ['《反分裂国家法》实施十五周年座谈会', '《反分裂国家法》实施十五周年座谈会']],
    // (named as printed most often)
    ['标题\n庆祝中华人民共和国成立七十周年大会隆重举行。庆祝中华人民共和国成立70周年大会上，庆祝中华人民共和国成立70周年大会后。',
      ['庆祝中华人民共和国成立70周年大会', '庆祝中华人民共和国成立70周年大会', '庆祝中华人民共和国成立70周年大会']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
