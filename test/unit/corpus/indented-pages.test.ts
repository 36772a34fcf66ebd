// 人民日报-style texts (one JSON Lines record a page article): headline lines flush left on top, body paragraphs
// indented with `　　`. One article whose title is the headline, kicker and deck its subtitle; credits, layout credits
// and a letter's salutation or signature are never articles of their own.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitArticles, titleAndSubtitle } from '../../../src/corpus/articles.js';
import { lineStartsOf } from '../../../src/corpus/read.js';
import type { SourceDoc } from '../../../src/types.js';

function sourceOf(doc: string, original: string): SourceDoc {
  return { doc, path: doc, encoding: 'utf-8', original, lineStarts: lineStartsOf(original) };
}

const RECORDS = readFileSync('test/fixtures/input/rmrb-sample.jsonl', 'utf8')
  .split('\n')
  .slice(0, 4)
  .map((line) => (JSON.parse(line) as { text: string }).text);

const page = (top: string[], body = ['　　本报北京1月1日电  （记者张三）会议在京召开。', '　　会议强调，要抓好落实。']) => `\n${[...top, ...body].join('\n')}\n`;

describe('splitArticles on 人民日报 records', () => {
  it.each<[string, number, string, string | undefined]>([
    ['headline and deck', 0, '全国政协召开双周协商座谈会', '围绕“促进就业的政策措施”协商议政 汪洋主持'],
    ['kicker `…强调` and headline; 本版制图 left out', 1, '再排查再加固再落实 坚决防止疫情新燃点', '孙春兰在吉林调研时强调'],
    ['a letter: salutation, signature and date stay in the body', 3, '习近平给比尔·盖茨回信', '感谢盖茨基金会支持中国抗击新冠肺炎疫情'],
  ])('%s: one article', (_, k, title, subtitle) => {
    const articles = splitArticles(sourceOf(`r${k}`, RECORDS[k]!));
    expect(articles).toHaveLength(1);
    expect(articles[0]!.title).toBe(title);
    expect(articles[0]!.subtitle).toBe(subtitle);
    expect(articles[0]!.text).not.toMatch(/本版制图/);
  });

  it('a column of briefs (资讯速递) is one article a brief, the reporters in brackets closing each', () => {
    const articles = splitArticles(sourceOf('briefs', RECORDS[2]!));
    expect(articles.map((a) => a.title)).toEqual(['京张高铁轨道有了“健康档案”', '中国节能发起成立品牌集群']);
    expect(articles[0]!.text).toMatch(/（王保良）$/);
  });

  it.each<[string, string[], string, string | undefined]>([
    ['a kicker ending with ——', ['基站率先布局，商用先行先试——', '湖北 下好“5G+”先手棋'], '湖北 下好“5G+”先手棋', '基站率先布局，商用先行先试——'],
    ['a deck starting with ——', ['决战脱贫攻坚 共进小康社会', '——写在第六个国家扶贫日之际'], '决战脱贫攻坚 共进小康社会', '——写在第六个国家扶贫日之际'],
    ['kicker, headline, deck', ['中共中央国务院印发', '《粤港澳大湾区发展规划纲要》', '——推进大湾区建设'], '《粤港澳大湾区发展规划纲要》', '中共中央国务院印发 ——推进大湾区建设'],
    ['the column name goes with the headline', ['用好无息贷款和扶贫政策，觉呷村', '好日子加了“双保险”（新春走基层）'], '好日子加了“双保险”（新春走基层）', '用好无息贷款和扶贫政策，觉呷村'],
    ['a column name with figures, the headline looking like two phrases', ['开局良好，进展顺利，大湾区建设迈出坚实脚步', '共建国际一流湾区（壮丽70年 奋斗新时代·区域协调发展新格局）'], '共建国际一流湾区（壮丽70年 奋斗新时代·区域协调发展新格局）', '开局良好，进展顺利，大湾区建设迈出坚实脚步'],
    ['a kicker `经…批准`', ['经中央军委主席习近平批准', '中央军委印发新修订的《军队基层建设纲要》'], '中央军委印发新修订的《军队基层建设纲要》', '经中央军委主席习近平批准'],
    ['a note in brackets is no title', ['全国人民代表大会常务委员会关于修改森林法的决定', '（2019年12月28日第十三届全国人民代表大会常务委员会第十五次会议通过）'], '全国人民代表大会常务委员会关于修改森林法的决定', '（2019年12月28日第十三届全国人民代表大会常务委员会第十五次会议通过）'],
    ['two long lines are two lines, not one wrapped title', ['中国建筑集团有限公司副总经理周勇委员', '让城镇更加宜居宜业更加美好'], '中国建筑集团有限公司副总经理周勇委员', '让城镇更加宜居宜业更加美好'],
    ['a short kicker line set like a column tag', ['周强强调', '努力把新时代刑事审判工作提高到新水平'], '努力把新时代刑事审判工作提高到新水平', '周强强调'],
    ['a salutation below the title opens the body', ['为一带一路建设添砖加瓦（寄给祖国的家书）', '亲爱的祖国母亲：'], '为一带一路建设添砖加瓦（寄给祖国的家书）', undefined],
  ])('%s', (_, top, title, subtitle) => {
    const articles = splitArticles(sourceOf('page', page(top)));
    expect(articles).toHaveLength(1);
    expect(articles[0]!.title).toBe(title);
    expect(articles[0]!.subtitle).toBe(subtitle);
  });

  it.each<[string, string, string]>([
    ['a picture: its title alone on top of the caption', '\n驯马成景\n\n　　内蒙古锡林浩特市凤凰马场近日进行了一场驯马活动。\n　　关迎春摄（影像中国）\n', '驯马成景'],
    ['a title alone', '\n劳动节，我在劳动\n\n\n', '劳动节，我在劳动'],
  ])('%s', (_, text, title) => {
    expect(splitArticles(sourceOf('page', text)).map((a) => a.title)).toEqual([title]);
  });

  it.each([
    ['a first sentence set flush left, with a comma inside', '第二届全国人民代表大会第三次会议听取了周恩来总理所作的政府工作报告，并且进行了充分的讨论。 \n　　会议认为，政府工作报告提出的方针是正确的。\n　　会议号召全国人民努力奋斗。\n'],
    ['a guidance’s opening sentence', '本审评要点旨在指导注册申请人准备注册申报资料，同时也为技术审评部门提供参考。\n　　本审评要点是对此类软件的一般要求。\n　　本审评要点是供申请人使用的指导性文件。\n'],
  ])('%s is no title', (_, text) => {
    const articles = splitArticles(sourceOf('doc', text));
    expect(articles).toHaveLength(1);
    expect(articles[0]!.title).toBe('');
  });

  it('an advertisement page holds no article', () => {
    expect(splitArticles(sourceOf('ad', '\n广告\n\n'))).toEqual([]);
  });
});

describe('titleAndSubtitle', () => {
  it.each<[string[], boolean, string, string | undefined]>([
    [['孙春兰在吉林调研时强调', '再排查再加固再落实'], true, '再排查再加固再落实', '孙春兰在吉林调研时强调'],
    [['博鳌亚洲论坛全球健康论坛大会：', '打造智慧合作平台'], true, '打造智慧合作平台', '博鳌亚洲论坛全球健康论坛大会：'],
    [['加快经济结构优化升级', '——把握我国发展重要战略机遇新内涵述评之一'], true, '加快经济结构优化升级', '——把握我国发展重要战略机遇新内涵述评之一'],
    [['政协十三届常委会第十次会议在京闭幕式举行', '汪洋主持并讲话'], false, '政协十三届常委会第十次会议在京闭幕式举行', '汪洋主持并讲话'],
  ])('%j (wrapped: %s)', (lines, wrapped, title, subtitle) => {
    expect(titleAndSubtitle(lines, wrapped)).toEqual(subtitle === undefined ? { title } : { title, subtitle });
  });
});
