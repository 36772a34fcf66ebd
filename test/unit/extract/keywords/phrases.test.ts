// Policy phrases (issue 15): which adjacent words are counted as n-grams, which n-grams are phrases (nesting,
// association, stability), how a phrase absorbs its words, and the word classes that are never keywords.
import { describe, expect, it } from 'vitest';
import { loadIdf } from '../../../../src/extract/keywords/idf.js';
import { addArticle, candidateWords, countsWithPhrases, mergeStatsInto, newTermStats, phraseEvidence, rankKeywords } from '../../../../src/extract/keywords/keywords.js';
import { BREAK, EDGE, INNER, MAX_PHRASES, absorbPhrases, countPhrases, judgePhrase, prunePhrases, type PhraseEvidence } from '../../../../src/extract/keywords/phrases.js';
import { isKeywordPhrase, isKeywordTerm, isQualifierAlone } from '../../../../src/extract/keywords/term-class.js';
import { cutWords } from '../../../../src/nlp/segmenter.js';
import { countsOf } from '../../../../src/extract/keywords/tally.js';

const idf = loadIdf();

describe('countPhrases', () => {
  it.each<[string, string[], number[], string[]]>([
    ['two candidates', ['孤困', '儿童'], [EDGE, EDGE], ['孤困 儿童']],
    ['a break between', ['孤困', '的', '儿童'], [EDGE, BREAK, EDGE], []],
    // 人居 环境 and 环境 整治 have a generic noun at an edge: no phrase, and too short to contain one
    ['a generic noun inside', ['人居', '环境', '整治'], [EDGE, INNER, EDGE], ['人居 环境 整治']],
    // 中央 经济 工作 is counted: it shows that 中央 经济 stands inside a longer name
    ['a generic noun at the end of a container', ['中央', '经济', '工作'], [EDGE, EDGE, INNER], ['中央 经济', '中央 经济 工作']],
    ['generic nouns alone are no n-gram', ['工作', '会议'], [INNER, INNER], []],
    ['at most four words', ['甲乙', '丙丁', '戊己', '庚辛', '壬癸'], [EDGE, EDGE, EDGE, EDGE, EDGE], ['甲乙 丙丁', '甲乙 丙丁 戊己', '甲乙 丙丁 戊己 庚辛', '丙丁 戊己', '丙丁 戊己 庚辛', '丙丁 戊己 庚辛 壬癸', '戊己 庚辛', '戊己 庚辛 壬癸', '庚辛 壬癸']],
  ])('%s', (_, words, roles, expected) => {
    const phrases = new Map<string, number>();
    countPhrases(words, Uint8Array.from(roles), phrases);
    expect([...phrases.keys()].sort()).toEqual([...expected].sort());
  });
});

/** Evidence from plain tables: word counts, n-gram counts, candidate tokens. */
function evidence(counts: Record<string, number>, phrases: Record<string, number>, tokens = 1000): PhraseEvidence {
  return { counts: new Map(Object.entries(counts)), tokens, phrases: new Map(Object.entries(phrases)), documents: 1 };
}

describe('judgePhrase', () => {
  it.each<[string, string, PhraseEvidence, boolean]>([
    ['a stable phrase', '孤困 儿童', evidence({ 孤困: 7, 儿童: 34 }, { '孤困 儿童': 6 }), true],
    // 中央经济 only ever occurs in 中央经济工作(会议): a piece of a longer name (C-value nesting)
    ['nested in a longer n-gram', '中央 经济', evidence({ 中央: 6, 经济: 72 }, { '中央 经济': 6, '中央 经济 工作': 6 }), false],
    ['nested in one of two contexts', '生活 垃圾', evidence({ 生活: 10, 垃圾: 4 }, { '生活 垃圾': 3, '生活 垃圾 分类': 1 }), true],
    // two frequent words that meet twice: neither owes the pair a real share of its uses
    ['mere co-occurrence', '经济 增长', evidence({ 经济: 72, 增长: 30 }, { '经济 增长': 2 }), false],
  ])('%s: %s', (_, key, ev, accepted) => {
    expect(judgePhrase(key, ev).accepted).toBe(accepted);
  });

  it('takes a phrase the dictionary knows on nesting alone', () => {
    expect(judgePhrase('经济 增长', evidence({ 经济: 72, 增长: 30 }, { '经济 增长': 2 }), true).accepted).toBe(true);
  });
});

describe('absorbPhrases', () => {
  const opts = { minCount: 1, acceptable: () => true, known: () => false, edge: () => true };

  it.each<[string, Record<string, number>, Record<string, number>, string[], Record<string, number>]>([
    // the phrase explains 6 of 孤困's 7 uses and 6 of 儿童's 34: both keep only the rest
    ['a phrase takes its uses from its words', { 孤困: 7, 儿童: 34 }, { '孤困 儿童': 6 }, ['孤困儿童'], { 孤困: 1, 儿童: 28 }],
    // the longer phrase first: 人居环境整治 takes 4 uses, 人居环境 keeps the 3 others, and the words what is left
    [
      'the longer phrase absorbs first',
      { 人居: 8, 环境: 20, 整治: 6 },
      { '人居 环境 整治': 4, '人居 环境': 7, '环境 整治': 4 },
      ['人居环境整治', '人居环境'],
      { 人居: 1, 环境: 13, 整治: 2 },
    ],
  ])('%s', (_, counts, phrases, keywords, residual) => {
    const group = { counts: new Map(Object.entries(counts)), phrases: new Map(Object.entries(phrases)) };
    const result = absorbPhrases(group, evidence(counts, phrases), opts);
    expect(result.phrases.map((p) => p.keyword)).toEqual(keywords);
    expect(Object.fromEntries(result.residual)).toEqual(residual);
  });
});

describe('rankKeywords with phrases', () => {
  // Other terms around, each a clause of its own, so that the pair stands out from chance as in a real report.
  const text = '全力做好孤困儿童关爱工作。孤困儿童是重点。落实孤困儿童保障政策。城市儿童健康。农村儿童安全。' + '光伏。储能。氢能。风电。'.repeat(20);

  it('lists the phrase, not the word it absorbed', () => {
    const stats = newTermStats();
    addArticle(stats, cutWords(text), 'keyness', 'a.txt');
    const rows = rankKeywords(stats, { method: 'keyness', top: 10, minCount: 1, idf });
    const phrase = rows.find((r) => r.keyword === '孤困儿童');
    expect(phrase).toMatchObject({ count: 3, parts: ['孤困', '儿童'] });
    expect(rows.map((r) => r.keyword)).not.toContain('孤困');
    // A phrase and the words inside it are not both listed (issue 15): 儿童's two uses outside the phrase stay uncounted
    // in the list, the phrase names the subject.
    expect(rows.map((r) => r.keyword)).not.toContain('儿童');
  });

  it('lists no phrase whose words make a post (首席 执行官, a title of a firm, as 首席执行官 is)', () => {
    const stats = newTermStats();
    addArticle(stats, cutWords('首席执行官表示。首席执行官说。首席执行官认为。' + '光伏。储能。氢能。风电。'.repeat(20)), 'keyness', 'a.txt');
    const rows = rankKeywords(stats, { method: 'keyness', top: 10, minCount: 1, idf });
    expect(rows.map((r) => r.keyword)).not.toContain('首席执行官');
    expect(rows.map((r) => r.keyword)).toContain('光伏');
  });

  it('compare counts the same phrases', () => {
    const stats = newTermStats();
    addArticle(stats, cutWords(text), 'keyness', 'a.txt');
    const { counts, phrases } = countsWithPhrases([{ counts: countsOf(stats.terms), phrases: countsOf(stats.phrases), tokens: stats.tokens }], idf);
    expect(counts[0]!.get('孤困儿童')).toBe(3);
    expect(counts[0]!.has('孤困')).toBe(false);
    expect([...phrases]).toContain('孤困儿童');
  });

  it('judges the phrase of a document on the pooled statistics', () => {
    const one = newTermStats();
    addArticle(one, cutWords('孤困儿童。'), 'keyness', 'a.txt');
    const pooled = newTermStats();
    addArticle(pooled, cutWords(text), 'keyness', 'b.txt');
    // one use in the document: listed because the run repeats the phrase and accepts it (a known term of the corpus)
    expect(rankKeywords(one, { method: 'keyness', top: 10, minCount: 1, idf, pooled }).map((r) => r.keyword)).toContain('孤困儿童');
    expect(phraseEvidence(pooled).phrases.get('孤困 儿童')).toBe(3);
    // the document alone says it once: no phrase
    expect(rankKeywords(one, { method: 'keyness', top: 10, minCount: 1, idf }).map((r) => r.keyword)).not.toContain('孤困儿童');
  });

  it('lists a phrase the document repeats though the rest of the run never uses it', () => {
    const doc = newTermStats();
    addArticle(doc, cutWords('开展人居环境整治。人居环境整治见效。人居环境整治三年行动。'), 'keyness', 'a.txt');
    const other = newTermStats();
    addArticle(other, cutWords('光伏。储能。氢能。风电。'.repeat(20)), 'keyness', 'b.txt');
    const pooled = newTermStats();
    for (const s of [doc, other]) mergeStatsInto(pooled, s);
    expect(rankKeywords(doc, { method: 'keyness', top: 10, minCount: 1, idf, pooled }).map((r) => r.keyword)).toContain('人居环境整治');
  });
});

describe('isKeywordPhrase', () => {
  it.each<[string[], boolean]>([
    [['孤困', '儿童'], true],
    [['分布式', '光伏'], true],
    [['农村人居环境', '整治'], true],
    [['攻坚', '发力'], false], // a verb coinage at the end
    [['医科大学', '附属', '医院'], false], // an institution
    [['食品', '贸易', '协会'], false],
    [['贫困地区', '农村居民', '人均可支配收入'], false], // longer than a term: a statistic's title
    [['易地', '扶贫', '搬迁'], true], // verbs inside a noun-headed measure
    [['华北', '地下水', '超采', '治理'], true],
    [['编纂', '民法典'], false], // a verb first: what someone does
    [['党员', '带头'], false], // a verb ends only a chain of three words or more
    [['走深', '走实'], false], // verb and complement fragments
    [['动情', '地说'], false], // an adverbial fragment (地 + verb)
    [['公司', '新兴市场', '总部'], false], // a body's word inside
    [['众之所', '举业'], false], // a coined word glued around a function character (众之所举)
    [['起共襄', '伟业'], false],
    [['手造', '工匠'], true], // coinages without one
    [['消费', '提振年'], true],
    [['方庄', '社区'], false], // a place's name: the policy texts never use 方庄
    [['南滨', '公园'], false],
    [['智慧', '社区'], true], // a kind of place
    [['老旧', '小区'], true],
    [['抗击', '疫情', '所作'], false], // 所 and a verb: 为抗击疫情所作的贡献
    [['疫情', '所作'], false],
  ])('%j: %s', (parts, expected) => {
    expect(isKeywordPhrase(parts, idf)).toBe(expected);
  });
});

describe('never keywords (issue 15)', () => {
  it.each([
    ['体育总局'], // organs by their short names
    ['发改委'],
    ['政法委'],
    ['外办'],
    ['中意'], // two countries
    ['中印'],
    ['发力'], // verb coinages
    ['提效'],
    ['风雨同舟'], // idioms the policy texts never use
    ['千头万绪'],
    ['俄方'], // a side
    ['双方'],
    ['全局性'], // abstract qualities
    ['针对性'],
    ['各县区'], // administrative levels
    ['县市区'],
    ['迈上'], // a coined verb and its direction
    ['复产和助'], // coined across a conjunction
    ['李应川家'], // a family named by its head
    ['大使馆'], // an embassy
  ])('%s', (term) => {
    expect(isKeywordTerm(term, idf, 9)).toBe(false);
  });

  it.each<[string, boolean]>([
    ['全村', true], // the whole of a unit
    ['全家人', true],
    ['服务型', true], // attributives without their noun
    ['爆发式', true],
    ['对华', true], // towards a side
    ['医用', true], // for someone's use: 医用 口罩
    ['民用', true],
    ['船用', true],
    ['费用', false], // nouns and verbs ending in 用
    ['作用', false],
    ['信用', false],
    ['运用', false],
    ['医用口罩', false],
    ['分布式光伏', false], // the attributive with its noun
    ['全民健身', false],
  ])('%s alone says who or how, not what: %s', (term, expected) => {
    expect(isQualifierAlone(term)).toBe(expected);
  });

  it.each([['稳中求进'], ['新格局'], ['大局'], ['营商环境'], ['全民健身'], ['生态转型']])('%s stays a keyword', (term) => {
    expect(isKeywordTerm(term, idf, 9)).toBe(true);
  });

  it.each<[string, string[], string[]]>([
    ['a lone surname after a title', '全国人大常委会委员长栗战书主持会议。', ['战书']],
    ['a list of leaders', '习近平、李克强、栗战书、汪洋等出席。', ['李克强', '战书', '汪洋']],
    ['kinship and ceremony (keyword-junk.txt)', '姑娘和妻子互致问候，主席团出席。', ['姑娘', '妻子', '互致', '主席团']],
    ['a page number', '见第五版。一段段往事。', ['第五版', '一段段']],
    ['pieces of the article\'s place names', '骆驼湾村民多。骆驼湾新貌。骆驼湾旅游。', ['骆驼']],
  ])('%s: %s', (_, text, names) => {
    const words = candidateWords(cutWords(text));
    for (const name of names) expect(words).not.toContain(name);
  });

  it('keeps a list of terms', () => {
    expect(candidateWords(cutWords('光伏、储能、氢能、风电'))).toEqual(['光伏', '储能', '氢能', '风电']);
  });
});

describe('prunePhrases', () => {
  it('drops the rarest n-grams past the bound, keeps the frequent ones, and says how many it dropped', () => {
    const phrases = new Map<string, number>();
    for (let i = 0; i <= MAX_PHRASES; i++) phrases.set(`词${i} 语`, i % 10 === 0 ? 3 : 1);
    const before = phrases.size;
    const dropped = prunePhrases(phrases);
    expect(dropped).toBe(before - phrases.size);
    expect(phrases.size).toBeLessThanOrEqual((MAX_PHRASES * 3) / 4);
    expect(phrases.get('词0 语')).toBe(3);
    expect(phrases.has('词1 语')).toBe(false);
  });

  it('drops nothing below the bound', () => {
    const phrases = new Map([['孤困 儿童', 1]]);
    expect(prunePhrases(phrases)).toBe(0);
    expect(phrases.size).toBe(1);
  });
});
