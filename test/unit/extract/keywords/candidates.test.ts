import { describe, expect, it } from 'vitest';
import { candidateTerms, personNames } from '../../../../src/extract/keywords/keywords.js';
import { isTermShaped } from '../../../../src/extract/keywords/term-shape.js';
import { cut } from '../../../../src/nlp/segmenter.js';

const words = (text: string) => candidateTerms(cut(text)).map((t) => t.word);

describe('isTermShaped', () => {
  it.each([
    ['高质量发展', true],
    ['5G', true],
    ['X86', true],
    ['GDP', true],
    ['一体化', true], // 一 + 体化: 体 is no unit
    ['三农', true],
    ['一带一路', true],
    ['二十大', false], // an ordinal meeting: the slogans/meetings commands' business
    ['十四五', false],
    ['2022年', false],
    ['12月25日', false],
    ['3.5%', false],
    ['第五条', false],
    ['两个', false],
    ['一批', false],
    ['百分之五', false],
    ['亿元', false], // a numeral unit alone
    ['高', false],
    ['，', false],
    ['domain', false], // lowercase English: web debris in scraped reports
    ['Public', false],
  ])('%s → %s', (word, expected) => {
    expect(isTermShaped(word)).toBe(expected);
  });
});

describe('candidateTerms', () => {
  it.each([
    // seeds
    ['会议以习近平新时代中国特色社会主义思想为指导，深入学习贯彻党的二十大和中央经济工作会议精神', ['思想', '经济'], ['深入', '会议', '二十大', '工作', '精神', '中央']], // 中央: the organ, as 党中央,
    ['要把握大局、坚定信心，在加快高质量发展中勇毅前行', ['高质量发展'], ['加快', '坚定信心', '大局']],
    // corpus: provincial report, rural revitalisation opinions, Hailar report, policy document
    ['推动科技创新和产业创新深度融合，新质生产力发展壮大', ['科技创新', '新质生产力'], ['推动', '发展壮大']],
    ['实施乡村振兴战略，是党的十九大作出的重大决策部署', ['乡村振兴战略'], ['实施', '十九大', '重大', '决策部署']],
    ['扎实推进“放管服”改革,营造宽松便捷的准入环境', ['放管服', '改革'], ['扎实', '推进']],
    ['“十四五”时期是开启全面建设社会主义现代化国家新征程的第一个五年', ['社会主义现代化国家'], ['十四五', '第一个', '五年', '全面']],
    // regional strategies stay whole: never 大湾 or 陆海 (粤港澳 and 海南 are left to the places they name)
    ['推动粤港澳大湾区建设，加快海南自由贸易港和西部陆海新通道建设', ['大湾区', '自由贸易港', '陆海新通道'], ['大湾', '陆海', '通道']],
    ['深入实施京津冀协同发展、长三角一体化、西部大开发和对口支援', ['京津冀协同发展', '长三角一体化', '西部大开发', '对口支援'], ['对口', '开发']],
    // the epidemic's words whole, and 常态化 too (an adverb, which ranking leaves out): no fragment 常态
    ['统筹新冠肺炎疫情防控和复工复产，坚持中西医结合，疫情防控常态化', ['复工复产', '中西医结合'], ['复产', '肺炎', '常态', '中西医']],
    // real news: 新闻联播 furniture, meeting and diplomatic ceremony
    // (两国关系: a courtesy of diplomatic news, src/data/keyword-junk.txt)
    ['央视网消息（新闻联播）：会见时，双方就两国关系交换意见。[查看原文]', [], ['两国关系', '央视网', '消息', '新闻联播', '会见', '双方', '原文']],
    ['大会在京举行，主席台就座的有全体会议代表，主持会议', ['大会'], ['在京举行', '主席台', '就座', '全体会议', '代表', '主持会议']],
  ])('%s', (text, present, absent) => {
    const found = words(text);
    for (const w of present) expect(found).toContain(w);
    for (const w of absent) expect(found).not.toContain(w);
  });

  it('never keeps single characters, numbers, dates or punctuation', () => {
    const found = words('12月25日，全市实现地区生产总值7306.5亿元，增长5.1%，完成“十四五”规划目标的第3项。');
    for (const w of found) {
      expect(w.length).toBeGreaterThan(1);
      expect(w).not.toMatch(/\d|[，。“”%]/);
    }
  });

  it.each([
    ['市委书记江敦涛出席会议并讲话，市委副书记、市长刘运主持会议', ['江敦涛', '刘运']],
    ['10月28日，张军桥同志事迹报告会在潍坊举行。张军桥高中时期的老师讲述了他的事迹', ['张军桥']],
    ['（特约记者 张磊 潍坊日报社全媒体记者 贺德良）', ['张磊', '贺德良']],
    // lists whose names the segmenter cuts in pieces (武 / 维华, 郝 / 明 / 金, 李 / 保平, 王 / 禹 / 平)
    ['副委员长陈竺、王东明、白玛赤林、丁仲礼、郝明金、蔡达峰、武维华，秘书长杨振武出席会议', ['维华']],
    ['杨扬、戴秀英、张力、李有毅、聂一菁、孙东生、李保平、张显友、王禹平作了发言', ['保平', '秀英']],
    // a word no dictionary holds right after a post: a foreign name
    ['出席莫总统纽西就职仪式，并于16日会见纽西。纽西感谢中方', ['纽西']],
    // a feature story's people by given name or nickname once named in full (丛婧涵 → 婧涵, 老丛)
    ['在丛龙江孙女丛婧涵的书桌上。婧涵也被街坊夸。老丛一家的生活好了', ['婧涵', '老丛']],
    // a surname left alone before its given name, twice (毛 / 春华)
    ['找毛春华试试！创业的青年毛春华二话没说', ['春华']],
  ])('leaves out people named with a title: %s', (text, names) => {
    const found = words(text);
    for (const name of names) expect(found).not.toContain(name);
    expect([...personNames(cut(text))]).toEqual(expect.arrayContaining(names));
  });

  it.each([
    ['潍坊市委经济工作会议在潍坊召开', ['潍坊']],
    ['东昌府区、青州市、济南推进乡村振兴', ['东昌府区', '青州市', '济南']],
  ])('leaves out places of the gazetteer: %s', (text, places) => {
    const found = words(text);
    for (const place of places) expect(found).not.toContain(place);
  });

  it.each([
    ['发展高科技，依靠科技。科技兴国', '科技'], // 高科技 is a word, not 高 and a given name
    ['小康社会全面建成，康乐家庭过上小康', '小康'], // 小康 is a word, whoever 康乐 may be
    ['和平发展和平台经济，和平台企业', '平台'], // 和 before a word is no surname
  ])('keeps words that only look like given names: %s', (text, word) => {
    expect(words(text)).toContain(word);
  });

  it('leaves out titles', () => {
    expect(words('市委书记、副市长，市政协党组书记，本报记者')).toEqual([]);
  });
});
