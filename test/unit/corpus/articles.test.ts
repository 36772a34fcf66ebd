import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { creditNames, matchLede, splitArticles, titleAndSubtitle } from '../../../src/corpus/articles.js';
import { foldString } from '../../../src/corpus/normalise.js';
import { lineStartsOf } from '../../../src/corpus/read.js';
import type { Article, SourceDoc } from '../../../src/types.js';

function sourceOf(doc: string, original: string): SourceDoc {
  return { doc, path: doc, encoding: 'utf-8', original, lineStarts: lineStartsOf(original) };
}

function seed(name: string): Article[] {
  const path = `seeds/${name}`;
  return splitArticles(sourceOf(path, readFileSync(path, 'utf8')));
}

type Expect = Partial<Pick<Article, 'title' | 'subtitle' | 'byline' | 'dateline' | 'datelinePlace'>> & { body?: string; ends?: string };

function check(article: Article | undefined, expected: Expect) {
  expect(article).toBeDefined();
  const a = article!;
  const { body, ends, ...fields } = expected;
  expect(a).toMatchObject(fields);
  if (!('subtitle' in expected)) expect(a.subtitle).toBeUndefined();
  if (!('dateline' in expected)) expect(a.dateline).toBeUndefined();
  if (body) expect(a.text.slice(a.bodyStart).startsWith(body)).toBe(true);
  if (ends) expect(a.text.endsWith(ends)).toBe(true);
}

describe('splitArticles on the seeds', () => {
  it('seeds/000: four articles, the first with a long headline holding a comma', () => {
    const articles = seed('000_5ad3a02533805057.txt');
    expect(articles.map((a) => a.title)).toEqual([
      '市委经济工作会议召开,安排明年全市经济社会发展任务 推动中国式现代化“潍坊实践”迈出新的步伐',
      '“2022中国农民合作社500强”我市有90个',
      '我市两人获评2022年度“齐鲁最美青年”',
      '我市集中整治 消防“生命通道”',
    ]);
    check(articles[0], { byline: ['张磊', '贺德良'], body: '本报讯（特约记者 张磊 潍坊日报社全媒体记者 贺德良）12月25日，市委经济工作会议召开', ends: '功能区主要负责同志等参加会议。' });
    check(articles[1], { byline: ['王瑗'], body: '本报讯（潍坊日报社全媒体记者 王瑗）近日' });
    check(articles[2], { byline: ['韩风年'], ends: '山东省“省长杯”工业设计大赛金奖等荣誉。' });
    check(articles[3], { byline: ['张益阁'], ends: '总结验收三个步骤开展。' });
    // Paragraphs broken across blank lines are joined again.
    expect(articles[0]!.text).toContain('落实省委经济工作会议部署要求');
    expect(articles[1]!.text).toContain('在推动乡村振兴中的优势作用');
    expect(articles[2]!.text).toContain('研究院M3平台室副主任齐宝丹当选。');
  });

  it('seeds/001: one article whose headline OCR printed last, with the author after the last sentence', () => {
    const articles = seed('001_46527c2ebb2fba94.txt');
    expect(articles).toHaveLength(1);
    check(articles[0], {
      title: '加快建设生态、活力、精致、富裕的现代化美丽青州 奋力谱写千年古城新崛起的新篇章',
      subtitle: '1月3日召开的青州市委经济工作会议要求：',
      byline: ['王青和'],
      body: '1月3日，青州市委经济工作会议召开，青州市委书记宋伟伟出席并发表了讲话。',
    });
    const a = articles[0]!;
    expect(a.text.split('\n').slice(0, 3)).toEqual([
      '1月3日召开的青州市委经济工作会议要求：',
      '加快建设生态、活力、精致、富裕的现代化美丽青州',
      '奋力谱写千年古城新崛起的新篇章',
    ]);
    expect(a.text).not.toContain('关注'); // the column tag
    expect(a.text).toContain('要构建优良产业生态'); // a blank line inside a paragraph
  });

  it('seeds/002: a teaser pointing to page 2, then the meeting report', () => {
    const articles = seed('002_7b22e6a93400afce.txt');
    expect(articles).toHaveLength(2);
    check(articles[0], {
      title: '市二十届人大二次会议胜利闭幕',
      subtitle: '选出菏泽市出席山东省第十四届人民代表大会代表 补选市二十届人大常委会委员 表决通过各项决议',
      byline: [],
    });
    expect(articles[0]!.text).not.toContain('>>2版');
    check(articles[1], {
      title: '市委经济工作会议举行',
      subtitle: '张新文张伦讲话 王磊王卫东李春英出席',
      byline: ['胡德光'],
      body: '本报讯(记者 胡德光) 12月30日,市委经济工作会议举行。',
      ends: '市有关单位主要负责同志等参加会议。',
    });
    expect(articles[1]!.text).toContain('二要坚定不移激活内需动力。推动引资投资');
  });

  it('seeds/003: four articles with ledes, datelines and closing credits', () => {
    const articles = seed('003_61d246b8bd128e03.txt');
    expect(articles.map((a) => a.title)).toEqual([
      '省委经济工作会议在济南召开',
      '我区扎实做好儿童关爱和保护工作',
      '我区分布式光伏建设赋能绿色发展',
      '我区打造经济社会高质量发展“首善之区”',
    ]);
    check(articles[0], {
      title: '省委经济工作会议在济南召开',
      subtitle: '李干杰周乃翔讲话 葛慧君陆治原出席',
      byline: [],
      dateline: '12-24',
      datelinePlace: '济南',
      body: '本报济南12月24日讯 12月23日至24日，省委经济工作会议在济南召开。',
    });
    check(articles[1], { subtitle: '探索救助工作新路子 建立健全长效救助机制', byline: ['裴崇旭', '石勇'], datelinePlace: '东昌府', ends: '(融媒体 裴崇旭 通讯员 石勇)' });
    check(articles[2], { byline: ['全兴社'], datelinePlace: '东昌府', body: '东昌府讯 近年来，全区积极推动新能源' });
    check(articles[3], { subtitle: '创新实干 奋发进取', byline: ['全兴社'], body: '年度计划的95%。\n乡村振兴战略持续深化。' });
    expect(articles[0]!.text).toContain('必须始终坚持以习近平新时代中国特色社会主义思想为指导；');
    expect(articles[3]!.text).toContain('配合市大数据局完成了省级四星新型智慧城市建设工作');
  });

  it('seeds/004: ten articles including a photo and a series under one kicker', () => {
    const articles = seed('004_d6fae8ff9b9cff12.txt');
    expect(articles.map((a) => a.title)).toEqual([
      '市委常委会召开会议',
      '我市以务实举措推进人居环境持续向好',
      '张军桥同志事迹报告会举行',
      '农业服务贸易全球商通中心 贸易投资对接会举行',
      '潍坊市手造工匠人才 专项培育计划启动',
      '“潍坊银行杯·我的育人故事” 主题征文大赛结果出炉',
      '幸福味道 情暖桑榆',
      '为决战四季度提供坚强组织保证',
      '全力办好人民满意的教育',
      '锚定工业主战场 决胜全年收官战',
    ]);
    check(articles[0], { subtitle: '传达学习党的二十届四中全会精神 研究经济运行等事项', byline: ['付凯', '刘福文'] });
    check(articles[1], { subtitle: '总结“十四五”亮点 展望“十五五”目标', byline: ['邵光耀'] });
    expect(articles[1]!.text).not.toContain('权威发布');
    check(articles[6], { byline: ['郭超'], body: '10月28日上午,奎文区北苑街道卧龙社区' });
    check(articles[7], { subtitle: '攻坚打头阵 落实当先锋 市委组织部：', byline: [] });
    check(articles[8], { subtitle: '市教育局：' });
    check(articles[9], { subtitle: '市工信局：', byline: ['石莹'], ends: '(本报记者 石莹 综合整理)' });
    expect(articles[5]!.text).toContain('有乡村教师十年如一日守护孩子们梦想的执着与坚守');
  });

  it.each(['000_5ad3a02533805057.txt', '001_46527c2ebb2fba94.txt', '002_7b22e6a93400afce.txt', '003_61d246b8bd128e03.txt', '004_d6fae8ff9b9cff12.txt'])(
    '%s: indexes, text layout and the origin map hold',
    (name) => {
      const articles = seed(name);
      articles.forEach((a, i) => {
        expect(a.index).toBe(i + 1);
        expect(a.doc).toBe(`seeds/${name}`);
        expect(a.origin.length).toBe(a.text.length + 1);
        const headlines = a.text.slice(0, a.bodyStart);
        if (a.title) expect(headlines.endsWith('\n')).toBe(true);
        expect(headlines.replace(/\n/g, ' ').trim()).toContain(a.title);
        for (let k = 0; k < a.text.length; k++) {
          const c = a.text[k]!;
          if (c === '\n' || c === ' ') continue;
          expect(foldString(a.source.original[a.origin[k]!]!)).toBe(c);
        }
      });
    },
  );
});

describe('splitArticles on whole documents', () => {
  // Government texts written for the tests in the shapes they are published in (test/fixtures/texts/README.md).
  const TEXTS = 'test/fixtures/texts';
  const textOf = (name: string) => readFileSync(`${TEXTS}/${name}`, 'utf8');

  it('a 政府工作报告 with CRLF line ends is one article titled by its first line', () => {
    const original = textOf('gov-report-title-broken-across-lines.txt').replace(/\n/g, '\r\n');
    const articles = splitArticles(sourceOf('report.txt', original));
    expect(articles).toHaveLength(1);
    expect(articles[0]!.title).toBe('政府工作报告');
    expect(articles[0]!.subtitle).toMatch(/^——2024年3月5日在第十四届全国人民代表大会第二次会议上$/);
  });

  it.each([
    // the title broken across lines, as scraped from a wiki
    ['gov-report-title-broken-across-lines.txt', '政府工作报告', /^——2024年3月5日在第十四届全国人民代表大会第二次会议上$/],
    ['npc-resolution.txt', '第十四届全国人民代表大会第二次会议关于政府工作报告的决议', undefined],
    ['gov-report-web-page.txt', '2026年东山省政府工作报告', /^——2026年1月20日在东山省第十四届人民代表大会第四次会议上/],
    ['gov-report-spaced-title.txt', '政 府 工 作 报 告', /^----2023年1月10日/],
    ['policy-measures.txt', '关于加快软件和信息技术服务业发展的若干措施', undefined],
    ['policy-title-on-two-lines.txt', '东山市支持省级数字经济示范园区建设等 奖补政策实施细则', undefined],
  ])('%s is one article titled %j', (name, title, subtitle) => {
    const articles = splitArticles(sourceOf(name, textOf(name)));
    expect(articles).toHaveLength(1);
    expect(articles[0]!.title).toBe(title);
    if (subtitle) expect(articles[0]!.subtitle).toMatch(subtitle);
    else expect(articles[0]!.subtitle).toBeUndefined();
  });

  it.each([
    ['a report that starts with 各位代表：', 'gov-report-spaced-title.txt', '各位代表'],
    ['a policy text that starts with a paragraph', 'policy-measures.txt', '　　为深入实施'],
  ])('%s is one article without a title', (_, name, from) => {
    const text = textOf(name);
    const articles = splitArticles(sourceOf(name, text.slice(text.indexOf(from))));
    expect(articles).toHaveLength(1);
    expect(articles[0]!.title).toBe('');
    expect(articles[0]!.subtitle).toBeUndefined();
  });

  it('a provincial report with web-page chrome is one article', () => {
    const articles = splitArticles(sourceOf('gov-report-web-page.txt', textOf('gov-report-web-page.txt')));
    expect(articles).toHaveLength(1);
    expect(articles[0]!.title).toBe('2026年东山省政府工作报告');
    expect(articles[0]!.text).not.toMatch(/^下载|打印\n全屏/);
  });

  it.each([
    ['the issuer on a line of its own above 关于…的通知', '成都市人民政府办公厅\n关于印发《成都市促进消费若干措施》的通知\n成办发〔2023〕12号\n各区（市）县政府，市政府各部门：\n现将《成都市促进消费若干措施》印发给你们，请认真贯彻执行。\n成都市人民政府办公厅\n2023年5月10日', '成都市人民政府办公厅 关于印发《成都市促进消费若干措施》的通知'],
    ['a whole official title on one line, however long', '国务院办公厅关于印发全国深化“放管服”改革着力培育和激发市场主体活力电视电话会议重点任务分工方案的通知\n国办发〔2021〕25号\n各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n《分工方案》已经国务院同意，现印发给你们，请认真贯彻执行。', '国务院办公厅关于印发全国深化“放管服”改革着力培育和激发市场主体活力电视电话会议重点任务分工方案的通知'],
    ['an official title above a salutation in a short text', '关于加快建设现代化产业体系的实施意见\n各区（市）县政府：\n为加快建设现代化产业体系，提出如下意见。', '关于加快建设现代化产业体系的实施意见'],
  ])('%s', (_, text, title) => {
    const articles = splitArticles(sourceOf('doc.txt', text));
    expect(articles).toHaveLength(1);
    expect(articles[0]!.title).toBe(title);
  });

  it('a web page’s chrome is never glued to the line above, and its breadcrumbs and time stamp are furniture', () => {
    // As scraped: a blank line between lines, none before the 首页 below the name.
    const text = ['当前位置：', '首页', '>', '要闻', '2026年东山省政府工作报告', '发表时间：', '2026-02-09 09:45:30', '2026年1月27日在东山省第十四届人民代表大会第四次会议上 东山省省长 王明\n首页', '各位代表：', '现在，我代表省人民政府向大会报告工作，请予审议。'].join('\n\n');
    const [article, ...rest] = splitArticles(sourceOf('page.txt', text));
    expect(rest).toEqual([]);
    expect(article!.title).toBe('2026年东山省政府工作报告');
    expect(article!.text).toContain('东山省省长 王明\n');
    expect(article!.text).not.toMatch(/王明首页|^>|09:45:30/m);
  });

  it('a policy text without a title line has an empty title', () => {
    const text = '为深入贯彻落实制造强国、网络强国战略，结合我市实际，制定若干政策措施如下。\n一、培育壮大市场主体\n1.支持优势骨干企业做强做优做大。';
    const [article, ...rest] = splitArticles(sourceOf('p.txt', text));
    expect(rest).toEqual([]);
    expect(article!.title).toBe('');
    expect(article!.bodyStart).toBe(0);
    expect(article!.text).toBe(text);
  });

  it('handles a 100 MB-class line without a break in linear time', () => {
    const line = '会议强调，要统筹推进区域城乡协调发展，全面落实黄河重大国家战略。'.repeat(60_000); // 2 M characters
    const start = performance.now();
    const articles = splitArticles(sourceOf('big.txt', line));
    expect(performance.now() - start).toBeLessThan(5000);
    expect(articles).toHaveLength(1);
    expect(articles[0]!.text.length).toBe(line.length);
  });

  it.each([
    [
      'numbered headings in brackets between paragraphs',
      '一、“七五”时期的基本任务\n\n第七个五年计划时期，是我国经济发展战略进一步转换的关键时期。\n\n（一）\n进一步为经济体制改革创造良好的经济环境。\n\n二、“七五”时期的主要建设方针\n\n（二）\n保持经济的持续稳定增长。\n\n第二、\n\n（三）\n在发展生产和提高经济效益的基础上，进一步改善城乡人民的生活。',
    ],
    [
      'a form’s seal marks under its labels',
      '智能制造试点示范项目申报书\n申报单位：\n（盖章）\n推荐单位：\n（盖章）\n申报日期：2022年 月 日\n一、申报主体基本信息\n（一）申报主体基本信息',
    ],
    [
      'an omitted figure in brackets',
      '一、业务架构\n本工程涉及三方面内外部业务协同关系，具体如下图所示。\n（图略）\n二、数据架构\n本工程涉及城市公共交通的基础数据。\n（表略）\n三、应用架构\n本工程建设内容包括三大应用平台。',
    ],
  ])('%s: one document, no credit that makes it a page of briefs', (_, text) => {
    const articles = splitArticles(sourceOf('doc.txt', text));
    expect(articles).toHaveLength(1);
    expect(articles[0]!.byline).toEqual([]);
    expect(articles[0]!.text).not.toMatch(/（[图表]略）/);
  });

  it('an empty or blank source gives no articles', () => {
    expect(splitArticles(sourceOf('e.txt', ''))).toEqual([]);
    expect(splitArticles(sourceOf('b.txt', '\n\n  \n'))).toEqual([]);
  });
});

describe('pieces', () => {
  it.each([
    ['本报讯（特约记者 张磊）', null, undefined, undefined],
    ['本报济南12月24日讯 12月23日', '本报', '济南', '12月24日'],
    ['东昌府讯 为切实保障', undefined, '东昌府', undefined],
    ['新华社北京2022年12月16日电 中央经济工作会议', '新华社', '北京', '2022年12月16日'],
    ['本报讯 (记者 付凯 刘福文)10月28日上午', '本报', undefined, undefined],
  ])('matchLede(%s)', (text, prefix, place, date) => {
    const m = matchLede(foldString(text));
    expect(m).not.toBeNull();
    if (prefix !== null) expect(m![1]).toBe(prefix);
    expect(m![2]).toBe(place);
    if (date) expect(`${m![3] ? m![3] + '年' : ''}${m![4]}月${m![5]}日`).toBe(date);
  });

  it.each(['本土农业电商平台；要扎实推进', '国家电网公司', '资讯服务平台建设', '会议指出，通讯网络'])('no lede in %s', (text) => {
    expect(matchLede(foldString(text))).toBeNull();
  });

  it.each([
    ['特约记者 张磊 潍坊日报社全媒体记者 贺德良', ['张磊', '贺德良']],
    ['融媒体 裴崇旭 通讯员 石勇', ['裴崇旭', '石勇']],
    ['记者 郭超 摄', ['郭超']],
    ['□记者 张磊', ['张磊']],
    ['本报记者 石莹 综合整理', ['石莹']],
    ['记者张三 通讯员李四', ['张三', '李四']],
    ['单位场所', []],
    ['市委经济工作会议', []],
  ])('creditNames(%s)', (credit, names) => {
    expect(creditNames(credit)).toEqual(names);
  });

  it.each([
    [['省委经济工作会议在济南召开', '李干杰周乃翔讲话 葛慧君陆治原出席'], '省委经济工作会议在济南召开', '李干杰周乃翔讲话 葛慧君陆治原出席'],
    [['创新实干 奋发进取', '我区打造经济社会高质量发展“首善之区”'], '我区打造经济社会高质量发展“首善之区”', '创新实干 奋发进取'],
    [['市委常委会召开会议', '传达学习党的二十届四中全会精神 研究经济运行等事项'], '市委常委会召开会议', '传达学习党的二十届四中全会精神 研究经济运行等事项'],
    [['市教育局：', '全力办好人民满意的教育'], '全力办好人民满意的教育', '市教育局：'],
    [['张军桥同志事迹报告会举行'], '张军桥同志事迹报告会举行', undefined],
  ])('titleAndSubtitle(%j)', (lines, title, subtitle) => {
    expect(titleAndSubtitle(lines)).toEqual(subtitle ? { title, subtitle } : { title });
  });
});

describe('splitArticles on fixtures', () => {
  it('skips page furniture and finds credits, ledes and a wire story', () => {
    const path = 'test/fixtures/corpus/page-with-furniture.txt';
    const articles = splitArticles(sourceOf(path, readFileSync(path, 'utf8')));
    expect(articles).toHaveLength(3);
    check(articles[0], { title: '全市优化营商环境大会召开', subtitle: '杨明出席并讲话', byline: ['张磊', '李华'], ends: '国际化一流营商环境。' });
    expect(articles[0]!.text).not.toMatch(/星期|责编|要闻|下转/);
    check(articles[1], { title: '', byline: [], dateline: '01-04', datelinePlace: '北京', body: '新华社北京1月4日电 国务院常务会议' });
    check(articles[2], { title: '我市新增高新技术企业120家', byline: ['王小明'] });
  });

  it('splits a fixed-width column page without blank lines, paragraphs by indentation', () => {
    const path = 'test/fixtures/corpus/column-page.txt';
    const articles = splitArticles(sourceOf(path, readFileSync(path, 'utf8')));
    expect(articles.map((a) => a.title)).toEqual(['青州召开经济工作会议', '寿光蔬菜产业再上新台阶']);
    expect(articles.map((a) => a.byline)).toEqual([['王青和'], ['李华']]);
    expect(articles[0]!.text.slice(articles[0]!.bodyStart).split('\n')).toEqual([
      '本报讯（记者 王青和）1月3日，青州市委经济工作会议召开，青州市委书记宋伟伟出席并发表了讲话。会议全面学习贯彻党的二十大和中央经济工作会议精神，深入落实省委和潍坊市委经济工作会议部署，总结工作分析形势，安排2023年经济工作，重点做到八个着力。',
      '会议要求，抓好经济发展是今年工作的重中之重。要紧盯经济发展不动摇，凝心聚力抓经济、持之以恒抓经济，确保经济运行整体好转。',
    ]);
  });

  it('simplifies a traditional page and keeps the map to the traditional original', () => {
    const path = 'test/fixtures/corpus/page-traditional.txt';
    const original = readFileSync(path, 'utf8');
    const [article, ...rest] = splitArticles(sourceOf(path, original));
    expect(rest).toEqual([]);
    check(article, { title: '台北市议会召开定期大会', byline: ['陈小明'], dateline: '03-02', datelinePlace: '台北' });
    expect(article!.text).toContain('报告指出，今年将持续推动经济发展与社会福利。\n会议强调');
    const at = article!.text.indexOf('台北市议会今天');
    expect(original.slice(article!.origin[at]!, article!.origin[at + 7]!)).toBe('臺北市議會今天');
  });
});

describe('splitArticles: property', () => {
  const line = fc.oneof(
    fc.constantFrom('市委经济工作会议召开', '李干杰周乃翔讲话 葛慧君陆治原出席', '(融媒体 全兴社)', '权威发布', '2022年12月26日 星期一', '>>2版'),
    fc.constantFrom('本报讯（记者 张磊）12月25日，市委经济工作会议召开。', '东昌府讯 近年来，全区积极推动新能源', '会议强调，要把握大局、坚定信心，', '在加快高质量发展中勇毅前行。', '　　要着力扩大内需、提振信心，'),
    fc.string({ unit: fc.constantFrom(...'会议指出要把握大局，。、“”ＡＢ１２　 '), maxLength: 40 }),
  );
  it('never loses the map back to the original, whatever the page looks like', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(line, fc.constantFrom('\n', '\n\n', '\r\n', '\n\n\n')), { maxLength: 30 }), (parts) => {
        const original = parts.map(([l, br]) => l + br).join('');
        const articles = splitArticles(sourceOf('p.txt', original));
        articles.forEach((a, i) => {
          expect(a.index).toBe(i + 1);
          expect(a.origin.length).toBe(a.text.length + 1);
          expect(a.bodyStart).toBeLessThanOrEqual(a.text.length);
          for (let k = 0; k < a.text.length; k++) {
            const c = a.text[k]!;
            if (c === '\n' || c === ' ') continue;
            expect(foldString(original[a.origin[k]!]!)).toBe(c);
          }
        });
      }),
      { numRuns: 300 },
    );
  });
});
