// Issue 15's classes of junk judged on the ranked rows or the article's words: nested terms, names of the article's
// organisations and places, words every policy text uses.
import { describe, expect, it } from 'vitest';
import { nameWordsIn } from '../../../../src/extract/keywords/entity-words.js';
import {
  BROAD_SPECIFICITY,
  isBodyKind,
  isBroadWord,
  isBroadNoun,
  isDocumentType,
  isKeywordJunk,
  isMeasureWord,
  isMeetingName,
  isMemorial,
  isPeopleByRole,
  isRoleWord,
  isUnitHead,
} from '../../../../src/extract/keywords/junk.js';
import { NestFreeList } from '../../../../src/extract/keywords/nested-terms.js';
import { cutWords } from '../../../../src/nlp/segmenter.js';

describe('NestFreeList', () => {
  it.each<[string[], string[]]>([
    [['新冠肺炎疫情', '疫情'], ['新冠肺炎疫情']], // a piece of a listed term is left out
    [['疫情', '光伏', '新冠肺炎疫情'], ['光伏', '新冠肺炎疫情']], // the longer term takes the place of its piece
    [['伦理', '科技', '科技伦理'], ['科技伦理']], // both pieces go
    [['手造工匠人才专项', '工匠人才专项培育'], ['手造工匠人才专项', '工匠人才专项培育']], // overlapping, neither holds the other
    [['光伏', '储能'], ['光伏', '储能']],
  ])('%j → %j', (offered, listed) => {
    const list = new NestFreeList<{ keyword: string }>();
    for (const keyword of offered) list.offer({ keyword });
    expect(list.list().map((r) => r.keyword)).toEqual(listed);
  });

  it('a dropped piece no longer blocks what it held', () => {
    const list = new NestFreeList<{ keyword: string }>();
    list.offer({ keyword: '科技' });
    list.offer({ keyword: '科技伦理' });
    expect(list.offer({ keyword: '科技' })).toBe(false); // still inside 科技伦理
    expect(list.length).toBe(1);
  });
});

describe('nameWordsIn', () => {
  it.each<[string, string, boolean]>([
    ['火神山医院收治患者。火神山医院建成。', '火神', true], // a place's tail cut off: 火神 / 山
    ['骆驼湾村民。骆驼湾旅游。骆驼湾变了。', '骆驼', true],
    ['武汉金银潭医院收治。金银潭医院医生。', '金银', true], // 金银 / 潭 / 医院
    ['中国电建海外投资有限公司承建。电建海外投资有限公司员工。', '海外投资', true], // an organisation's head
    ['拆解影子银行。影子银行规模下降。', '影子', false], // 银行 also ends kinds of bank
    ['科技公司增多。科技创新加快。科技赋能产业。', '科技', false], // used elsewhere in the article
    // a name the segmenter cut in two coined words, said again and again without its head
    ['我对东留善固这个村名很是好奇。东留善固是少见的四个字。除了东留善固，还有一个西留善固。', '善固', true],
    ['我对东留善固这个村名很是好奇。东留善固是少见的四个字。除了东留善固，还有一个西留善固。', '东留', true],
    ['审理涉黑涉恶犯罪案件。涉黑涉恶犯罪案件增多。严惩涉黑涉恶势力。', '涉恶', false], // coinages the policy texts share
    ['创城工作推进。全市创城。以创城促发展。', '创城', false], // a new term follows words of every kind
    ['香港视频博主曾铠琪说，当不了。当时的曾铠琪很想参加游行。让曾铠琪误入歧途的是网络。', '铠琪', true], // a given name after its surname alone (曾 / 铠琪)
    // a craft of a series before its number (嫦娥 / 四号)
    ['嫦娥四号探测器在月球背面着陆。嫦娥四号传回图像。嫦娥五号将发射。', '嫦娥', true],
    ['长征五号遥三运载火箭发射。长征五号运载能力强。', '长征', true],
    ['重温红军长征历史。长征精神永放光芒。长征五号发射。', '长征', false], // the Long March, said mostly so
    ['外交部发言人表示。口号响亮，口号鼓舞人心。', '发言人', false], // 号 of a common word is no number
  ])('%s: %s is a name word: %s', (text, word, expected) => {
    const words = cutWords(text);
    expect(nameWordsIn(words, (i) => words[i]!.length > 1).has(word)).toBe(expected);
  });
});

describe('isBroadWord', () => {
  it.each<[string[], number, boolean]>([
    [['经济'], 1.57, true],
    [['光伏'], 5.2, false],
    [['经济', '全球化'], 1.8, false], // phrases are not judged so
    [['农业'], BROAD_SPECIFICITY, false],
  ])('%j at %d: %s', (parts, weight, expected) => {
    expect(isBroadWord(parts, weight)).toBe(expected);
  });
});

describe('isBodyKind', () => {
  it.each<[string, boolean]>([
    ['研究院', true],
    ['领导小组', true],
    ['指导组', true],
    ['教育部门', true],
    ['总部', true],
    ['服务中心', true], // 医保服务中心 said without its name
    ['联络组', true],
    ['电视台', true],
    ['参议院', true],
    ['理事会', true],
    ['公安机关', true], // organs by their kind
    ['纪检监察机关', true],
    ['联邦议会', true],
    ['街道办事处', true],
    ['机关党建', false], // the body's work is a term
    ['资产重组', false], // 组 of no body
    ['发电机组', false],
    ['医院', false], // a kind of place too
    ['合作社', false], // a policy term
    ['科技伦理', false],
  ])('%s: %s', (word, expected) => {
    expect(isBodyKind(word)).toBe(expected);
  });
});

describe('isKeywordJunk', () => {
  it.each<[string, boolean]>([
    ['妻子', true],
    ['互致', true],
    ['唱响', true], // verbs jieba tags n or vn
    ['构筑', true],
    ['助力', true],
    ['依法', true], // an adverb tagged n
    ['印发', true], // a verb before a document's title, tagged nz
    ['抗击疫情', false], // a campaign's name
    ['不幸逝世', true],
    ['家属', true], // kinship
    ['党和国家', true], // the Party and the state, the cadres and the people as a speech addresses them
    ['广大干部', true],
    ['工作人员', true], // people by their role
    ['建立健全', true], // verbs jieba's dictionary tags as names or set phrases
    ['毫不放松', true],
    ['初心', true], // rhetoric of speeches
    ['中华民族', true],
    ['辉煌成就', true],
    ['大变局', true],
    ['新征程', true],
    ['合作共赢', true],
    ['命运共同体', false], // 命运 of it is no rhetoric word: the phrase must stay
    ['友谊', true], // diplomatic courtesy
    ['两国关系', true],
    ['阻击战', true], // war metaphors
    ['硬仗', true],
    ['农历', true], // calendars
    ['日程', true], // session furniture
    ['法定人数', true],
    ['意见建议', true], // what a session asks for
    ['人民战争', true], // a war metaphor of a campaign
    ['总干事', true], // people by post or role
    ['外交官', true],
    ['侧记', true], // page furniture
    ['日文版', true],
    ['署名文章', true], // a genre: the envoy's signed article
    ['新知新觉', true], // a theory page's column
    ['孤困儿童', false],
    ['伙伴关系', false], // a kind of relation, a term of diplomacy
    ['人文交流', false],
    ['脱贫攻坚', false], // the campaign's name, not its metaphor
    ['入党', false], // alone only (isBroadNoun): 入党积极分子 stands
    ['海关', true], // organs by their common name or function
    ['立法机构', true],
    ['直属机构', true],
    ['金融机构', false], // a sector's bodies
    ['医疗机构', false],
  ])('%s: %s', (word, expected) => {
    expect(isKeywordJunk(word)).toBe(expected);
  });
});

describe('isMeetingName', () => {
  it.each<[string, boolean]>([
    ['四中全会', true],
    ['世界卫生大会', true],
    ['团拜会', true],
    ['大会', true],
    ['研讨会', true],
    ['分会场', true], // where a meeting is held
    ['小康社会', false],
    ['全会精神', false], // keyword-junk.txt's
    ['营商环境', false],
  ])('%s: %s', (word, expected) => {
    expect(isMeetingName(word)).toBe(expected);
  });
});

describe('isMeasureWord', () => {
  it.each<[string, boolean]>([
    ['人次', true],
    ['户均', true],
    ['金额', true],
    ['降幅', true],
    ['笔数增幅', true],
    ['贷款余额', false], // a measure of something named
    ['双边贸易额', false],
    ['企业开工率', false],
  ])('%s: %s', (word, expected) => {
    expect(isMeasureWord(word)).toBe(expected);
  });
});

describe('isRoleWord', () => {
  it.each<[string, boolean]>([
    ['带头作用', true],
    ['先锋模范作用', true],
    ['战斗堡垒作用', true],
    ['工作力度', true],
    ['疫情蔓延势头', true], // the momentum of something
    ['发展势头', true],
    ['作用', true],
    ['作风建设', false],
    ['作物', false],
  ])('%s: %s', (word, expected) => {
    expect(isRoleWord(word)).toBe(expected);
  });
});

describe('isBroadNoun', () => {
  it.each<[string, boolean]>([
    ['时间', true], // time
    ['状态', true], // state, degree, scope
    ['空间', true],
    ['事件', true], // kinds of happening
    ['群体', true], // groups of anyone
    ['党员干部', true],
    ['专家学者', true],
    ['政治', true], // whole fields
    ['斗争', true], // contest
    ['国土空间', false], // a phrase holding one is judged as the phrase
    ['光伏', false],
    ['医疗', false],
    ['入党', true], // verbs the dictionary tags n
    ['细化', true],
    ['误导', true],
    ['新区', true], // kinds of administrative place
    ['自治区', true],
    ['雄安新区', false], // a place's name, judged as such elsewhere
    ['高新区', false], // zones of a policy
    ['自贸区', false],
  ])('%s: %s', (word, expected) => {
    expect(isBroadNoun(word)).toBe(expected);
  });
});

describe('isDocumentType', () => {
  it.each<[string, boolean]>([
    ['国务院令', true],
    ['主席令', true],
    ['嘉奖令', true],
    ['总统令', true],
    ['禁令', false], // what is ordered
    ['旅行禁令', false],
    ['命令', false],
    ['动员令', false], // a metaphor, judged as rhetoric
    ['时令', false],
  ])('%s: %s', (word, expected) => {
    expect(isDocumentType(word)).toBe(expected);
  });
});

describe('isUnitHead', () => {
  it.each<[string, boolean]>([
    ['中医医疗队队长', true],
    ['工作队队长', true],
    ['船长', true],
    ['大学校长', true],
    ['河长', false], // a policy's name (河长制)
    ['家长', false],
    ['快速增长', false],
    ['医疗队', false],
  ])('%s: %s', (word, expected) => {
    expect(isUnitHead(word)).toBe(expected);
  });
});

describe('isMemorial', () => {
  it.each<[string, boolean]>([
    ['人民英雄纪念碑', true],
    ['雷锋纪念馆', true],
    ['纪念馆', false], // the kind alone
    ['纪念活动', false],
  ])('%s: %s', (word, expected) => {
    expect(isMemorial(word)).toBe(expected);
  });
});

describe('isPeopleByRole', () => {
  it.each<[string, boolean]>([
    ['社区干部', true],
    ['公安民警', true],
    ['人民解放军指战员', true],
    ['环卫工人', true],
    ['各族群众', true],
    ['街坊邻居', true],
    ['兄弟姐妹', true],
    ['一代人', true],
    ['困难群众', false], // a group the policy is for
    ['退役军人', false],
    ['农民工', false],
    ['居民', false], // the head alone is judged as any word
    ['居民收入', false],
    ['干部队伍建设', false],
  ])('%s: %s', (word, expected) => {
    expect(isPeopleByRole(word)).toBe(expected);
  });
});
