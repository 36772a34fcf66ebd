import { describe, expect, it } from 'vitest';
import { findPeople, orgOfTitle } from '../../../../src/extract/people/people.js';
import type { EntitySpan, Place } from '../../../../src/types.js';
import { makeArticle } from '../../../helpers/article.js';

const WEIFANG: Place = { code: '370700', name: '潍坊市', level: 'prefecture', parent: '370000' };
const HEZE: Place = { code: '371700', name: '菏泽市', level: 'prefecture', parent: '370000' };
const SHANDONG: Place = { code: '370000', name: '山东省', level: 'province' };
const GANZHOU_ZHANGGONG: Place = { code: '360702', name: '章贡区', level: 'county', parent: '360700' };
const HUBEI: Place = { code: '420000', name: '湖北省', level: 'province' };

/** Body text only (no headline line), so `bodyStart` is 0. */
function people(text: string, place?: Place): EntitySpan[] {
  return findPeople(makeArticle(text, { title: '', bodyStart: 0, ...(place ? { place } : {}) }));
}

function summary(spans: EntitySpan[]) {
  return spans.map((s) => ({ kind: s.kind, name: s.name, title: s.title, org: s.org, role: s.role }));
}

describe('findPeople: officials named after their titles', () => {
  it.each([
    // seeds/000 (潍坊): a chain of posts, a shared verb at the end of a list
    [
      '市委书记江敦涛出席会议并讲话，市委副书记、市长刘运主持会议，市政协党组书记李爱杰，市委副书记李兰祥出席。',
      WEIFANG,
      [
        ['江敦涛', '市委书记', '潍坊市委', '出席'],
        ['刘运', '市委副书记、市长', '潍坊市委', '主持'],
        ['李爱杰', '市政协党组书记', '潍坊市政协', '出席'],
        ['李兰祥', '市委副书记', '潍坊市委', '出席'],
      ],
    ],
    // seeds/003 (省委): 省委 + the article's province; a title naming another city
    [
      '省委书记李干杰出席会议并讲话，省委副书记、省长周乃翔对明年经济工作作出部署，省政协主席葛慧君，省委副书记、青岛市委书记陆治原出席。',
      SHANDONG,
      [
        ['李干杰', '省委书记', '山东省委', '出席'],
        ['周乃翔', '省委副书记、省长', '山东省委', '部署'],
        ['葛慧君', '省政协主席', '山东省政协', '出席'],
        ['陆治原', '省委副书记、青岛市委书记', '青岛市委', '出席'],
      ],
    ],
    // seeds/002 (菏泽): ASCII commas between officials
    [
      '市人大常委会主任王磊,市政协主席王卫东,市委副书记李春英出席。',
      HEZE,
      [
        ['王磊', '市人大常委会主任', '菏泽市人大常委会', '出席'],
        ['王卫东', '市政协主席', '菏泽市政协', '出席'],
        ['李春英', '市委副书记', '菏泽市委', '出席'],
      ],
    ],
    // seeds/004: a title split by a comma, and organs outside the party and government
    [
      '农业农村部农业贸易促进中心副主任吕向东,市委委员、副市长,潍坊国家农综区推进办党组书记、主任吕珊珊分别致辞。山东省农业农村厅二级巡视员刘成旭出席。',
      WEIFANG,
      [
        ['吕向东', '农业农村部农业贸易促进中心副主任', '农业农村部农业贸易促进中心', '致辞'],
        ['吕珊珊', '市委委员、副市长,潍坊国家农综区推进办党组书记、主任', '潍坊市委', '致辞'],
        ['刘成旭', '山东省农业农村厅二级巡视员', '山东省农业农村厅', '出席'],
      ],
    ],
    [
      '市委委员、宣传部部长、市委教育工委书记杨建华,山东第二医科大学党委书记张建华出席。',
      WEIFANG,
      [
        ['杨建华', '市委委员、宣传部部长、市委教育工委书记', '潍坊市委', '出席'],
        ['张建华', '山东第二医科大学党委书记', '山东第二医科大学', '出席'],
      ],
    ],
    // seeds/001 after normalising joined `青州市委书\n记`: the title names its own city
    ['1月3日，青州市委经济工作会议召开，青州市委书记宋伟伟出席并发表了讲话。', WEIFANG, [['宋伟伟', '青州市委书记', '青州市委', '出席']]],
    // corpus/reports (2026 provincial reports open with `省长 name`, sometimes with an ideographic space)
    ['山东省省长 周乃翔', undefined, [['周乃翔', '山东省省长', '山东省政府', undefined]]],
    ['湖北省人民政府省长　李殿勋', HUBEI, [['李殿勋', '湖北省人民政府省长', '湖北省人民政府', undefined]]],
    ['天津市委常委、常务副市长马顺清作说明', undefined, [['马顺清', '天津市委常委、常务副市长', '天津市委', undefined]]],
    ['工业和信息化部副部长怀进鹏出席会议', undefined, [['怀进鹏', '工业和信息化部副部长', '工业和信息化部', '出席']]],
    // invented: other cities, a compound surname, modern surnames, a district place
    [
      '区委书记欧阳晓明主持会议并讲话，区委副书记、区长覃海燕通报有关情况。',
      GANZHOU_ZHANGGONG,
      [
        ['欧阳晓明', '区委书记', '章贡区委', '主持'],
        ['覃海燕', '区委副书记、区长', '章贡区委', '通报'],
      ],
    ],
    ['县委常委、副县长付建国陪同调研。', undefined, [['付建国', '县委常委、副县长', '县委', '陪同']]],
    ['镇党委书记闫淑芬带队检查秸秆禁烧工作。', undefined, [['闫淑芬', '镇党委书记', '镇党委', '带队']]],
    // an organ's short name the tagger reads as an idiom; a leading group named after its task; a township's name that is a word
    ['县扶贫办主任韦小明表示，要帮助解决实际困难。', undefined, [['韦小明', '县扶贫办主任', '县扶贫办', undefined]]],
    [
      '中共中央政治局委员、国务院扶贫开发领导小组组长刘建国主持会议。',
      undefined,
      [['刘建国', '中共中央政治局委员、国务院扶贫开发领导小组组长', '国务院扶贫开发领导小组', '主持']],
    ],
    ['解放乡党委书记赵明亮介绍，村里集体经济不断壮大。', undefined, [['赵明亮', '解放乡党委书记', '解放乡党委', '介绍']]],
    // a township's or village's name the segmenter cuts up, between the county (or the clause's start) and 镇, 乡, 村
    // (the county and province before the township's name are the title's too, as printed)
    ['湖南省华容县治河渡镇党委书记王建设说，要加快发展。', undefined, [['王建设', '湖南省华容县治河渡镇党委书记', '湖南省华容县治河渡镇党委', undefined]]],
    ['在火塘边，花孖村党总支书记韦正华说，今年收成好。', undefined, [['韦正华', '花孖村党总支书记', '花孖村', undefined]]],
    // the leader who sends an envoy does not do what the envoy does
    ['习近平主席特使、全国人大常委会副委员长王东明出席。', undefined,
      [['习近平', '主席', undefined, undefined], ['王东明', '主席特使、全国人大常委会副委员长', '全国人大常委会', '出席']]],
  ])('%s', (text, place, expected) => {
    const found = people(text, place).filter((s) => s.kind === 'official');
    expect(found.map((s) => [s.name, s.title, s.org, s.role])).toEqual(expected);
  });
});

describe('findPeople: several names after one title', () => {
  it.each([
    ['中共中央政治局常委李强、赵乐际、王沪宁出席会议。', ['李强', '赵乐际', '王沪宁'], '中共中央政治局常委'],
    ['市委常委张宏伟、刘晓燕、司马俊出席。', ['张宏伟', '刘晓燕', '司马俊'], '市委常委'],
  ])('%s', (text, names, title) => {
    const found = people(text);
    expect(found.map((s) => s.name)).toEqual(names);
    expect(new Set(found.map((s) => s.title))).toEqual(new Set([title]));
    expect(new Set(found.map((s) => s.role))).toEqual(new Set(['出席']));
  });
});

describe('findPeople: the name before the title', () => {
  it.each([
    ['深入落实习近平总书记对山东工作重要指示要求', '习近平', '总书记', '中共中央'],
    ['李强总理主持召开国务院常务会议', '李强', '总理', '国务院'],
    ['毛泽东主席指出', '毛泽东', '主席', undefined],
  ])('%s', (text, name, title, org) => {
    expect(summary(people(text))).toMatchObject([{ kind: 'official', name, title, org }]);
  });
});

describe('findPeople: names run together in a headline', () => {
  const HEADLINE = '张新文张伦讲话 王磊王卫东李春英出席';
  const BODY =
    '本报讯(记者 胡德光) 12月30日,市委经济工作会议举行。市委书记张新文主持会议并讲话,市委副书记、市长张伦对明年经济工作作出部署,' +
    '市人大常委会主任王磊,市政协主席王卫东,市委副书记李春英出席。';
  const ARTICLE = makeArticle(`市委经济工作会议举行\n${HEADLINE}\n${BODY}`, { place: HEZE });

  it('splits the headline by the names the body gives, with the titles the body gives', () => {
    const inHeadline = findPeople(ARTICLE).filter((s) => s.start < ARTICLE.text.indexOf(BODY));
    expect(inHeadline.map((s) => [s.name, s.title, s.role])).toEqual([
      ['张新文', '市委书记', '讲话'],
      ['张伦', '市委副书记、市长', '讲话'],
      ['王磊', '市人大常委会主任', '出席'],
      ['王卫东', '市政协主席', '出席'],
      ['李春英', '市委副书记', '出席'],
    ]);
    for (const span of inHeadline) expect(ARTICLE.text.slice(span.start, span.end)).toBe(span.name);
  });

  it('seeds/003: 李干杰周乃翔讲话 葛慧君陆治原出席', () => {
    const text =
      '省委经济工作会议在济南召开\n李干杰周乃翔讲话 葛慧君陆治原出席\n' +
      '省委书记李干杰出席会议并讲话，省委副书记、省长周乃翔对明年经济工作作出部署，省政协主席葛慧君，省委副书记、青岛市委书记陆治原出席。';
    const found = findPeople(makeArticle(text, { place: SHANDONG }));
    expect(found.slice(0, 4).map((s) => [s.name, s.kind, s.title])).toEqual([
      ['李干杰', 'official', '省委书记'],
      ['周乃翔', 'official', '省委副书记、省长'],
      ['葛慧君', 'official', '省政协主席'],
      ['陆治原', 'official', '省委副书记、青岛市委书记'],
    ]);
  });
});

describe('findPeople: reporters, authors and photographers are persons', () => {
  it.each([
    ['本报讯（特约记者 张磊 潍坊日报社全媒体记者 贺德良）12月25日，市委经济工作会议召开。', [['张磊', '特约记者'], ['贺德良', '全媒体记者']]],
    ['(融媒体 裴崇旭 通讯员 石勇)', [['裴崇旭', '融媒体'], ['石勇', '通讯员']]],
    ['(融媒体 全兴社)', [['全兴社', '融媒体']]],
    ['本报讯 (记者 付凯 刘福文)10月28日上午,市委常委会召开会议', [['付凯', '记者'], ['刘福文', '记者']]],
    ['老人们品尝美食，表演歌舞，其乐融融。\n记者 郭超 摄', [['郭超', '记者']]],
    ['晨报讯（记者杨莉通讯员王媛）信用卡欠款，银行多次催要均不理会。', [['杨莉', '记者'], ['王媛', '通讯员']]],
    ['本报讯（记者李蕾张羽飞）有媒体昨日报道称', [['李蕾', '记者'], ['张羽飞', '记者']]],
    ['北京市第十六届人民代表大会第四次会议上 本报记者 戴冰摄 各位代表', [['戴冰', '记者']]],
    ['(本报记者 石莹 综合整理)', [['石莹', '记者']]],
  ])('%s', (text, expected) => {
    const found = people(text);
    expect(found.every((s) => s.kind === 'person')).toBe(true);
    expect(found.map((s) => [s.name, s.title])).toEqual(expected);
  });

  it('a name alone on the last line is the author', () => {
    const text = '我区分布式光伏建设赋能绿色发展\n今年以来，我区加快推进分布式光伏建设。\n韩晓东';
    expect(summary(findPeople(makeArticle(text)))).toMatchObject([{ kind: 'person', name: '韩晓东' }]);
  });
});

describe('findPeople: people in stories are persons, with their role', () => {
  it.each([
    ['我市南水北调东线山东干线有限责任公司胶东管理局双王城水库管理处技师于涛当选', '于涛', '南水北调东线山东干线有限责任公司胶东管理局双王城水库管理处技师'],
    ['张军桥同志高中时期的老师刘新来,大学辅导员姜志华;并肩的同事', '刘新来', '老师'],
    ['悉心培养的学生、“军桥心跳行动”志愿服务队学生队长李一宁等依次登台', '李一宁', '志愿服务队学生队长'],
    ['村民陈玉华说，今年的收成不错。', '陈玉华', '村民'],
    ['党员 黄春生 带头捐款', '黄春生', '党员'],
    ['为此我们采访业内专家程阳先生。', '程阳', '专家'],
    ['被困的王某某，经过两小时救援脱险。', '王某某', undefined],
  ])('%s', (text, name, title) => {
    const found = people(text).filter((s) => s.name === name);
    expect(summary(found)[0]).toMatchObject({ kind: 'person', name, title });
  });

  it('张军桥同志 is a person', () => {
    expect(summary(people('10月28日,张军桥同志事迹报告会在市工人文化宫举行。'))).toEqual([
      { kind: 'person', name: '张军桥', title: undefined, org: undefined, role: undefined },
    ]);
  });
});

describe('findPeople: words that are not names', () => {
  it.each([
    '近日，记者从有关部门获悉，',
    '通过悬挂宣传条幅等方式向广大市民解读和宣传《未成年人保护法》',
    '切实增强人民群众的安全感。',
    '推动福州长乐国际机场二期建设',
    '会议以习近平新时代中国特色社会主义思想为指导',
    '按照市委、市政府的工作部署，各县市区主要负责同志参加会议。',
    '选定444名儿童主任，统一制定儿童主任工作记录本',
    '全省人民始终爱戴总书记、感恩总书记',
  ])('%s', (text) => {
    expect(people(text)).toEqual([]);
  });

  it.each([
    ['习近平总书记充分肯定自治区成立以来的成就', ['习近平']],
    ['收编未完成招行副行长朱琦已预备出任永隆行长', ['朱琦']],
    ['住总开发公司常营项目经理孔祥同介绍说', ['孔祥同']],
    ['市委书记王磊在会上强调', ['王磊']],
    ['市委副书记、市长张伦对明年经济工作作出部署', ['张伦']],
    ['市长刘运主持会议', ['刘运']],
    ['张家口崇礼县政府副县长于有斌', ['于有斌']],
  ])('the name stops where it ends: %s', (text, names) => {
    expect(people(text).map((s) => s.name)).toEqual(names);
  });
});

describe('findPeople: spans', () => {
  it('cover the name in the article text, in text order', () => {
    const text = '市委书记江敦涛出席会议并讲话，市委副书记、市长刘运主持会议。';
    const found = people(text, WEIFANG);
    for (const span of found) expect(text.slice(span.start, span.end)).toBe(span.text);
    expect(found.map((s) => s.start)).toEqual([...found.map((s) => s.start)].sort((a, b) => a - b));
  });

  it('takes its sentences from the article tokens when given them', async () => {
    const { tag } = await import('../../../../src/nlp/segmenter.js');
    const text = '省委书记李干杰出席会议并讲话';
    const article = makeArticle(text, { title: '', bodyStart: 0, tokens: tag(text) });
    expect(findPeople(article, article.tokens).map((s) => s.name)).toEqual(['李干杰']);
  });
});

describe('orgOfTitle', () => {
  it.each([
    ['市委副书记、市长', WEIFANG, '潍坊市委'],
    ['市长', WEIFANG, '潍坊市政府'],
    ['省委书记', SHANDONG, '山东省委'],
    ['省委书记', WEIFANG, '山东省委'],
    ['省政协主席', HEZE, '山东省政协'],
    ['青岛市委书记', WEIFANG, '青岛市委'],
    ['区委书记', GANZHOU_ZHANGGONG, '章贡区委'],
    ['市委书记', GANZHOU_ZHANGGONG, '市委'],
    ['山东省省长', undefined, '山东省政府'],
    ['国务院总理', undefined, '国务院'],
    ['总书记', undefined, '中共中央'],
    ['市政协党组书记', WEIFANG, '潍坊市政协'],
    ['主席', undefined, undefined],
    // a chain gives the lowest jurisdiction its due; a seat on a central body gives way to the post beside it
    ['广东省委常委、深圳市委书记', undefined, '深圳市委'],
    ['中共中央政治局常委、国务院总理', undefined, '国务院'],
    ['中共中央政治局委员、中宣部部长', undefined, '中宣部'],
    ['县委常委、副县长', undefined, '县委'],
    ['国家主席', undefined, '中华人民共和国'],
    ['时任村支书', undefined, undefined],
    // a congress's term is when the seat was held, not the body
    ['第十三届全国人大代表', undefined, '全国人大'],
    ['十三届全国人大代表', undefined, '全国人大'],
    ['第十四届全国政协委员', undefined, '全国政协'],
    // 原 (former) after a CPPCC, and the duty a deputy holds, are no part of the organ
    ['贵州省政协原党组副书记、副主席', undefined, '贵州省政协'],
    ['中央办公厅分管日常工作的副主任', undefined, '中央办公厅'],
    // an envoy's principal is no organisation: the next post names it
    ['主席特别代表、国家副主席', undefined, '中华人民共和国'],
    ['主席特使、全国人大常委会副委员长', undefined, '全国人大常委会'],
    // a minister printed short (部长 for 部部长) heads the 部 his field names; 首席部长 is a post of its own
    ['县委组织部长', undefined, '县委组织部'],
    ['中共中央政治局委员、外交部长', undefined, '外交部'],
    ['广西北海市委宣传部长', undefined, '广西北海市委宣传部'],
    ['中宣部部长', undefined, '中宣部'],
    ['卫生部高级政务部长', undefined, '卫生部高级政务'],
  ])('%s (%s) → %s', (title, place, org) => {
    expect(orgOfTitle(title, place)).toBe(org);
  });
});

describe('findPeople: names as reports and pages print them', () => {
  it.each([
    // corpus/reports: the author's line of a report, names outside the surname list, typeset spacing
    ['自治区主席 嘎玛泽登\n现在，我代表自治区人民政府，向大会报告政府工作', '嘎玛泽登', '嘎玛泽登', '自治区主席'],
    ['自治区主席 韦 韬\n现在，我代表自治区人民政府', '韦 韬', '韦韬', '自治区主席'],
    ['海拉尔区人民政府区长　　杜联合\n各位代表：', '杜联合', '杜联合', '海拉尔区人民政府区长'],
    // seeds/004: a transliterated name after a title
    ['农业合作社协会理事会主席斯维特兰娜·马克西莫娃分别介绍采购商情况', '斯维特兰娜·马克西莫娃', '斯维特兰娜·马克西莫娃', '农业合作社协会理事会主席'],
    ['新疆维吾尔自治区主席艾尔肯·吐尼亚孜作政府工作报告', '艾尔肯·吐尼亚孜', '艾尔肯·吐尼亚孜', '新疆维吾尔自治区主席'],
  ])('%s', (text, printed, name, title) => {
    const [found] = people(text);
    expect(found).toMatchObject({ kind: 'official', text: printed, name, title });
  });

  it('seeds/001: an author signed at the end of a paragraph', () => {
    const text = '打好蓝天碧水净土保卫战。             王青和\n\n1月3日召开的青州市委经济工作会议要求：';
    expect(summary(people(text))).toMatchObject([{ kind: 'person', name: '王青和' }]);
  });

  it('academicians are persons with their role; a public post in the chain makes an official', () => {
    const text = '工业和信息化部副部长、中国科学院院士怀进鹏，中国工程院院士邬贺铨、中国工程院院士倪光南分别作报告。';
    expect(people(text).map((s) => [s.name, s.kind, s.title])).toEqual([
      ['怀进鹏', 'official', '工业和信息化部副部长、中国科学院院士'],
      ['邬贺铨', 'person', '中国工程院院士'],
      ['倪光南', 'person', '中国工程院院士'],
    ]);
  });
});

describe('findPeople: the formula of the Party centre', () => {
  it.each([
    ['更加紧密地团结在以习近平同志为核心的党中央周围', '习近平'],
    ['让我们在以胡锦涛同志为总书记的党中央领导下', '胡锦涛'],
  ])('%s', (text, name) => {
    expect(summary(people(text))).toEqual([{ kind: 'official', name, title: '总书记', org: '中共中央', role: undefined }]);
  });
});

describe('findPeople: speakers and more credits', () => {
  it.each([
    ['彭小军认为，国内银行现在走的是台湾的发卡模式', '彭小军'],
    ['据了解，黄建平表示，项目将于年底前完工。', '黄建平'],
  ])('a name the tagger is sure of before a verb of speech: %s', (text, name) => {
    expect(summary(people(text))).toMatchObject([{ kind: 'person', name }]);
  });

  it.each([
    ['本报讯（记者马力）今后，中低收入家庭', '马力'],
    ['晨报讯（实习生李泽玲记者金融）当绝大多数中资银行', '金融'],
  ])('in a credit a dictionary word is a name: %s', (text, name) => {
    expect(people(text).map((s) => s.name)).toContain(name);
  });

  it.each(['实施书记项目，推动乡村振兴', '领导班子成员参加', '这一说法得到广泛认可', '市长热线接听群众来电'])(
    'no speaker or name: %s',
    (text) => {
      expect(people(text)).toEqual([]);
    },
  );
});

describe('findPeople: officials wherever the paper lists them (rmrb, xwlb)', () => {
  it.each([
    // names alone after a leader line, with what they do
    ['国家主席习近平会见外宾。蔡奇、王毅等参加会见。', [['习近平', 'official'], ['蔡奇', 'official'], ['王毅', 'official']]],
    ['中共中央政治局常委蔡奇出席会议并讲话。李书磊主持，谌贻琴出席。', [['蔡奇', 'official'], ['李书磊', 'official'], ['谌贻琴', 'official']]],
    ['国家主席习近平出席。在主席台就座的还有：丁薛祥、刘鹤、许其亮、王　毅。', [['习近平', 'official'], ['丁薛祥', 'official'], ['刘鹤', 'official'], ['许其亮', 'official'], ['王毅', 'official']]],
    ['党和国家领导人李克强、栗战书等出席团拜会。', [['李克强', 'official'], ['栗战书', 'official']]],
    // the list ends where the last one does something other than attend; the event attended is named
    ['党和国家领导人张大山、李小河、王长江走上主席台。', [['张大山', 'official'], ['李小河', 'official'], ['王长江', 'official']]],
    [
      '省委书记张三讲话。出席招待会的还有：李大成、王德明、次仁多吉、刘文和赵志刚，以及孙建国、周立新。',
      [['张三', 'official'], ['李大成', 'official'], ['王德明', 'official'], ['次仁多吉', 'official'], ['刘文', 'official'], ['赵志刚', 'official'], ['孙建国', 'official'], ['周立新', 'official']],
    ],
    // names without a Han surname of the list go on a titled list
    [
      '副主任王大明、刘小光、阿不都·艾力、格桑次仁、陈立新出席会议。',
      [['王大明', 'official'], ['刘小光', 'official'], ['阿不都·艾力', 'official'], ['格桑次仁', 'official'], ['陈立新', 'official']],
    ],
    // taking part is no attending; no list without an official in the article
    ['省委书记张三出席。李四参加了比赛。', [['张三', 'official']]],
    ['王小明参加会议。', []],
    // names the segmenter glues to the next word, surnames read as function words
    ['国务委员兼国防部长魏凤和26日会见。魏凤和说，两军合作好。', [['魏凤和', 'official'], ['魏凤和', 'official']]],
    ['国家副主席韩正在巴黎会见。', [['韩正', 'official']]],
    ['省委书记王　毅出席会议。', [['王毅', 'official']]],
    ['上世纪60年代，周恩来总理首次访问非洲。', [['周恩来', 'official']]],
    ['国家主席习近平同卡塔尔埃米尔塔米姆举行会谈。', [['习近平', 'official'], ['塔米姆', 'official']]],
    ['国务委员兼外长王毅参加上述活动。', [['王毅', 'official']]],
    // a surname the segmenter glues to the post (主任何: 任何), then an unknown given name
    ['市发展改革委主任何建华在会上发言。', [['何建华', 'official']]],
    ['县委办公室副主任何文涛表示，要做好工作。', [['何文涛', 'official']]],
    ['这位主任何等辛苦。', []],
    // a surname the tagger reads as an adverb, then a word it calls a place, before what the person says
    ['县水利局局长莫江口表示，今年将加固堤坝。', [['莫江口', 'official']]],
    ['县林业局局长莫太平介绍，全县造林万亩。', [['莫太平', 'official']]],
    ['新苗社区党总支书记李尚文说。', [['李尚文', 'official']]],
    ['如同西班牙共产党主席何塞·森特里亚所言。', [['何塞·森特里亚', 'official']]],
    // what a post's holder does to a foreign leader, or what befalls one, ends the name
    ['国务院总理李强致电基尔·斯塔默，祝贺他就任英国首相。', [['李强', 'official']]],
    ['美国前总统特朗普遭枪击受伤。', [['特朗普', 'official']]],
    // a leader addressed by surname and post takes no name after it; 吉总统 (a country) does
    ['党中央、中央军委和习主席领导人民军队。', []],
    ['官兵向习主席敬礼。在习主席关心下，部队发展。', []],
    ['大家忘不了2018年习主席来村里的情景。', []],
    // a name the tagger cuts into a surname and a common word, opening its clause before the post after it
    ['会议闭幕。栗战略委员长主持会议。栗战略说，要依法履职。', [['栗战略', 'official'], ['栗战略', 'official']]],
    ['吉林省长主持会议。吉林省长说，要抓好落实。', []],
    // a comrade whose instructions the paper quotes is a leader; a comrade's deeds are a person's
    ['王建国同志强调，要发扬钉钉子精神。李向阳同志的事迹感人。', [['王建国', 'official'], ['李向阳', 'person']]],
    ['总书记边看边询问，市长边走边介绍情况。', []],
    // a name read a character short, printed again and again with that character after it
    [
      '文化中心主任刘能姣心里有本账。刘能姣带着演员下乡。刘能姣回忆，观众很投入。',
      [['刘能姣', 'official'], ['刘能姣', 'official'], ['刘能姣', 'official']],
    ],
    ['伊朗总统鲁哈尼致电祝贺。鲁哈尼致信表示感谢。', [['鲁哈尼', 'official'], ['鲁哈尼', 'official']]],
    ['吉总统热恩别科夫会见。', [['热恩别科夫', 'official']]],
    ['沈阳联勤保障中心主任朱满看到照片。', [['朱满', 'official']]],
    ['得知习近平总书记曾在梁家河工作。', [['习近平', 'official']]],
    // company and association posts are persons; people's organisations and villages officials; foreign posts too
    ['罗森（北京）有限公司副总经理车文焕说。', [['车文焕', 'person']]],
    // a unit of a company is the company's, whatever its post; its Party secretary stays a cadre
    ['公司办公室主任李明远介绍，公司新购置了车辆。', [['李明远', 'person']]],
    ['铁路运营公司安全监察部副部长张国庆说。', [['张国庆', 'person']]],
    ['中国石油某石化公司党委书记、总经理王建新表示。', [['王建新', 'official']]],
    // the central organs' own institutes are organs; a university's institute is not
    ['中央党史和文献研究院副院长张立新发言。', [['张立新', 'official']]],
    ['国务院发展研究中心副主任刘海波表示。', [['刘海波', 'official']]],
    ['中央财经大学经济研究院院长王明远表示。', [['王明远', 'person']]],
    // a foreign paper's or agency's editors are journalists; China's state media keep their posts
    ['秘鲁通讯社社长卡洛斯·门多萨说。', [['卡洛斯·门多萨', 'person']]],
    ['该报总编辑马克·勒布朗表示，报道很受欢迎。', [['马克·勒布朗', 'person']]],
    ['人民日报社副总编辑王建华出席。', [['王建华', 'official']]],
    ['法国华侨华人会执行主席金麟泽表示。', [['金麟泽', 'person']]],
    ['全国妇联主席沈跃跃出席。', [['沈跃跃', 'official']]],
    ['周屋村党支部书记周徐州介绍。', [['周徐州', 'official']]],
    ['国务院总理李强同意大利总理梅洛尼共同出席开幕式。', [['李强', 'official'], ['梅洛尼', 'official']]],
  ])('%s', (text, expected) => {
    const found = people(text).filter((s) => s.kind === 'official' || expected.some(([name]) => name === s.name));
    expect(found.map((s) => [s.name, s.kind])).toEqual(expected);
  });

  it.each([
    ['周屋村党支部书记周徐州介绍。', 'village', undefined],
    ['波兰总理莫拉维茨基表示。', 'foreign', '波兰'],
    ['华为技术有限公司董事长梁华表示。', undefined, '华为技术有限公司'],
  ])('%s: level %s, org %s', (text, level, org) => {
    const [span] = people(text);
    expect(span?.level).toBe(level);
    if (org) expect(span?.org).toBe(org);
  });
});

describe('findPeople: round-2 classes from real news', () => {
  it.each([
    // 同 after a two-character name is a preposition; the transliterated name runs to the verb
    ['2月28日，国务委员兼外长王毅同意大利外长迪马约通电话。', [['王毅', '国务委员兼外长'], ['迪马约']]],
    // a posting (驻, 驻村) and a one-character county belong to the title
    ['中共中央宣传部副部长梁言顺、中国驻圣保罗总领事陈佩洁等出席活动。', [['梁言顺', '中共中央宣传部副部长'], ['陈佩洁', '中国驻圣保罗总领事']]],
    ['河北任县县委书记李海林表示，要精准治污。', [['李海林', '河北任县县委书记']]],
    // village cadres and brigade posts are officials; 村干部 still needs a name, not a verb (商议后)
    ['陕西咸阳市礼泉县赵镇堡里村干部李二教不由感叹。经村干部商议后，决定修路。', [['李二教', '村干部']]],
    ['见到范宅村负责人周召新时，他正戴着草帽。', [['周召新', '范宅村负责人']]],
    ['怀宁县公安局交警大队副大队长查轶群说，为疏导节日交通。', [['查轶群', '怀宁县公安局交警大队副大队长']]],
    // the whole chain before the name: a deputy's duty, an office named by verbs
    ['全国政协副主席、中央改革办分管日常工作的副主任穆虹作宣讲报告。', [['穆虹', '全国政协副主席、中央改革办分管日常工作的副主任']]],
    ['春节到现在，重庆市商务委运行调节处处长李远志同样也没能休息。', [['李远志', '重庆市商务委运行调节处处长']]],
    ['“别担心，你以后就在村里就业。”驻村工作队队长曹忠明带来了好消息。', [['曹忠明', '驻村工作队队长']]],
    // deputies listed with 等代表, in an article naming officials
    [
      '国务院副总理韩正来到陕西代表团。会场气氛活跃，胡和平、巩保雄、宋张骏等代表先后发言。',
      [['韩正', '国务院副总理'], ['胡和平', '代表'], ['巩保雄', '代表'], ['宋张骏', '代表']],
    ],
    // a name the tagger cuts before its last character, and one read with the next character glued on
    ['昆明市呈贡区人大代表、区纪委书记、区监委主任余利鸿第一时间协调解决口罩。', [['余利鸿']]],
    ['接受约谈的武汉市武昌区区长余松边听边记、脸色通红。“我们有责任。”余松说。', [['余松', '武汉市武昌区区长']]],
    // abbreviated organs whose characters the tagger reads as words of the sentence (规/自/委, 住/建局), a city it reads as a verb
    ['北京城市副中心管委会规自局局长、市规自委副主任郑皓说。', [['郑皓', '北京城市副中心管委会规自局局长、市规自委副主任']]],
    ['莆田市住建局政策法规科科长郑磊介绍。', [['郑磊', '莆田市住建局政策法规科科长']]],
    ['全国人大代表、贵州省遵义市委书记魏树旺说。', [['魏树旺', '全国人大代表、贵州省遵义市委书记']]],
    // a leading group named after its task, which opens with a verb: the organ that set it up stands before it
    [
      '中共中央政治局常委、国务院总理、中央应对新冠肺炎疫情工作领导小组组长李克强21日在北京考察。',
      [['李克强', '中共中央政治局常委、国务院总理、中央应对新冠肺炎疫情工作领导小组组长']],
    ],
    ['中共中央政治局常委、中央巡视工作领导小组组长赵乐际出席。', [['赵乐际', '中共中央政治局常委、中央巡视工作领导小组组长']]],
    ['兰州市委常委、兰州新区党工委书记、新冠肺炎疫情联防联控领导小组组长杨建忠说。', [['杨建忠', '兰州市委常委、兰州新区党工委书记、新冠肺炎疫情联防联控领导小组组长']]],
    ['北京大兴国际机场建设指挥部常务副指挥长郭雁池说，要让北京大兴国际机场建设指挥部发挥作用。', [['郭雁池', '北京大兴国际机场建设指挥部常务副指挥长']]],
    // a preposition before a central organ opens the clause, not the title
    ['经中央军委主席习近平批准，发布命令。', [['习近平', '中央军委主席']]],
    // what one leader sends another is no part of the other's title
    ['俄方热烈祝贺中国国家副主席王岐山访问成功。', [['王岐山', '中国国家副主席']]],
    // an adjective inside an organ's name (卫生健康/a 委员会, 最高/a 委员会)
    ['北京市卫生健康委员会党委书记、主任雷海潮表示。', [['雷海潮', '北京市卫生健康委员会党委书记、主任']]],
    ['国家卫生健康委主任马晓伟说。', [['马晓伟', '国家卫生健康委主任']]],
    // a village's name in an address, whatever the tagger makes of it (新月/t)
    ['全国人大代表、江西省资溪县乌石镇新月畲族村党支部第一书记兰念瑛说。', [['兰念瑛', '全国人大代表、江西省资溪县乌石镇新月畲族村党支部第一书记']]],
    // a leader heading a delegation: 率 ends the name, not a title
    ['塔吉克斯坦总统拉赫蒙率议会上院议长兼杜尚别市长鲁斯塔姆等迎接。', [['拉赫蒙', '塔吉克斯坦总统'], ['鲁斯塔姆', '议会上院议长兼杜尚别市长']]],
    ['湖北省委常委、常务副省长、省应对新冠肺炎疫情工作领导小组副组长黄楚平说。', [['黄楚平', '湖北省委常委、常务副省长、省应对新冠肺炎疫情工作领导小组副组长']]],
    // a leaders' list sharing a name already titled
    [
      '中共中央总书记习近平来到吊唁大厅。习近平、李强、赵乐际送的花圈摆放在遗像前。蔡奇、王毅等参加吊唁活动。',
      [['习近平', '中共中央总书记'], ['李强'], ['赵乐际'], ['蔡奇'], ['王毅']],
    ],
  ])('%s', (text, expected) => {
    const found = people(text).filter((s) => s.kind === 'official');
    const names = [...new Set(found.map((s) => s.name))];
    expect(names).toEqual(expected.map((e) => e[0]));
    for (const [name, title] of expected) {
      if (title) expect(found.find((s) => s.name === name)?.title).toBe(title);
    }
  });

  it.each([
    ['塔吉克斯坦总统拉赫蒙率议会上院议长兼杜尚别市长鲁斯塔姆到机场送行。', '杜尚别'],
    ['绷紧弦加把劲（代表委员议国是）', '议国是'],
    ['美国乔治·布什美中关系基金会主席、前总统老布什之子尼尔·布什表示，倡议很重要。', '老布什之子尼尔'],
  ])('no false name: %s', (text, notName) => {
    expect(people(text).map((s) => s.name)).not.toContain(notName);
  });
});

describe('findPeople: a foreign leader\'s title stops at the clause before it (time word, 同/与/向, 会见)', () => {
  it.each([
    ['国家主席习近平4月30日晚同捷克总统泽曼通电话。', '泽曼', '捷克总统'],
    ['国家主席习近平10月2日同俄罗斯总统普京互致贺电。', '普京', '俄罗斯总统'],
    ['国家主席习近平1月2日同厄瓜多尔共和国总统莫雷诺互致贺电。', '莫雷诺', '厄瓜多尔共和国总统'],
    ['国家主席习近平10月29日向柬埔寨王国国王西哈莫尼致贺电。', '西哈莫尼', '柬埔寨王国国王'],
    ['李克强今天下午同德国总理默克尔会谈。', '默克尔', '德国总理'],
    ['王岐山当天会见了日本首相安倍晋三。', '安倍晋三', '日本首相'],
  ])('%s → %s, %s', (text, name, title) => {
    const found = people(text).find((s) => s.name === name);
    expect(found?.title).toBe(title);
  });
});

describe('findPeople: a name ends before a time word or an exchanged message (real news)', () => {
  it.each([
    ['——江西省委副书记、省长易炼红日前在省政府全体会议上说', '易炼红'],
    ['国家主席习近平10月4日同几内亚总统孔戴互致贺电。', '孔戴'],
    ['国家主席习近平10月29日向柬埔寨王国国王西哈莫尼发去贺电。', '西哈莫尼'],
    ['国家主席习近平同俄罗斯总统普京互致新年贺电。', '普京'],
    // The segmenter runs the head of government into the name (潍坊市/ns 长张/x 明到/x).
    ['潍坊市长张明到寿光调研蔬菜生产。', '张明'],
    // …or the speech verb into it (金所军说/x).
    ['山西省沁源县委书记金所军说：“通过学习，我进一步加深了感悟。', '金所军'],
  ])('%s → %s', (text, name) => {
    expect(people(text).map((s) => s.name)).toContain(name);
  });
});

describe('findPeople: no name where a post is followed by its time or preceded by its division', () => {
  it.each([
    ['刘建平2014年从毕节市七星关区区长任上来到赫章，担任县委书记。', '任上'],
    ['刘建平2014年从毕节市七星关区区长任上来到赫章，担任县委书记。', '关区'],
    ['上海市徐汇区区长方世忠介绍。', '徐汇区'],
  ])('%s: not %s', (text, notName) => {
    expect(people(text).map((s) => s.name)).not.toContain(notName);
  });
});

describe('findPeople: what follows a post is not always its holder (round 3)', () => {
  it.each([
    // a conjunction joins two titled leaders: the second is named before his own title
    ['在习近平主席和塞西总统共同指引下，两国关系更加密切。', '和塞西'],
    ['会谈前，李强总理与默克尔总理共同会见记者。', '与默克尔'],
    // the post is what someone took up (担任…后, 出任…以来): no holder follows it
    ['2012年12月，习近平担任总书记后首赴地方考察。', '后首'],
    ['他出任市长以来多次调研。', '以来'],
    // a post its holder's name precedes takes no second name (卓越/nr is an adjective here)
    ['习近平主席卓越的领导力赢得了世界赞誉。', '卓越'],
    ['普京总统高度评价两国合作。', '高度'],
  ])('%s: not %s', (text, notName) => {
    expect(people(text).map((s) => s.name)).not.toContain(notName);
  });

  it.each([
    // 和 inside a commission's name whose first part the tagger reads as a verb (规划/v)
    ['北京市规划和自然资源委员会主任张维说，要做好规划。', '张维', '北京市规划和自然资源委员会主任'],
    ['省住房和城乡建设厅厅长李明介绍。', '李明', '省住房和城乡建设厅厅长'],
    // an envoy's title names the leader who sent him: the name after it is the envoy's
    ['习近平主席特使、全国人大常委会副委员长王东明出席。', '王东明', '主席特使、全国人大常委会副委员长'],
    ['习近平主席特使王东明出席仪式。', '王东明', '主席特使'],
    ['应邀出席开幕式的习近平主席特别代表、国家副主席韩正在巴黎会见马克龙。', '韩正', '主席特别代表、国家副主席'],
    // a one-character place glued to the preposition after it (在京同/x) is the clause's, not the title's
    ['国务院总理李强7日在京同欧洲理事会主席米歇尔、欧盟委员会主席冯德莱恩共同主持会晤。', '米歇尔', '欧洲理事会主席'],
    // a state's permanent representative to the UN holds a post
    ['中国常驻联合国代表张军在安理会发言。', '张军', '中国常驻联合国代表'],
    ['中国常驻联合国副代表耿爽表示反对。', '耿爽', '中国常驻联合国副代表'],
  ])('%s → %s, %s', (text, name, title) => {
    expect(people(text).find((s) => s.name === name)?.title).toBe(title);
  });

  it.each([
    // a board's chair is a company post, whatever the word 主席 elsewhere means
    ['阿里巴巴集团董事局主席、首席执行官张勇表示，要扩大开放。', '张勇'],
    ['某某控股集团董事会主席王五介绍说，产能翻了一番。', '王五'],
  ])('%s: %s is a person, not an official', (text, name) => {
    expect(people(text).find((s) => s.name === name)?.kind).toBe('person');
  });
});

describe('findPeople: experts and seats (round 3)', () => {
  it.each([
    ['北京科技大学廉政研究中心主任宋伟认为，要强化自律。', '宋伟', 'person'],
    ['中国科学院高能物理研究所副所长李四介绍，装置已建成。', '李四', 'person'],
    ['市人民医院院长王五说，床位已经备足。', '王五', 'person'],
    // the state's academies are organs
    ['中国社会科学院院长赵六出席论坛。', '赵六', 'official'],
    // …and a seat named after the name makes the expert an official
    ['湖北第二师范学院院长郑军委员认为，脱贫必须靠产业。', '郑军', 'official'],
    // 代表 as a verb (on behalf of) is no seat
    ['某某大学校长孙七代表学校致辞。', '孙七', 'person'],
  ])('%s → %s is %s', (text, name, kind) => {
    expect(people(text).find((s) => s.name === name)?.kind).toBe(kind);
  });
});

describe('findPeople: staff of institutes and firms are persons, whatever the post', () => {
  it.each([
    ['北京大学经济研究院常务副院长、教授王建军表示，预期正在改善。', '王建军'],
    ['第二标段工程部部长李建国介绍，钢梁已全部吊装。', '李建国'],
    ['该公司四川分公司驾押组组长王小兵说，邮路畅通。', '王小兵'],
  ])('%s', (text, name) => {
    expect(summary(people(text))).toMatchObject([{ kind: 'person', name }]);
  });

  it('a Party secretary of a project department stays a cadre', () => {
    expect(summary(people('隧道项目部党工委书记赵海峰介绍，工期已过半。'))).toMatchObject([{ kind: 'official', name: '赵海峰' }]);
  });
});

describe('findPeople: seats, envoys, democratic parties and organs named by a phrase (held-out news)', () => {
  it.each([
    // an announcement of a seat given up, taken away or filled names the deputy before the seat
    ['四川省人大常委会决定接受张某某辞去第十三届全国人民代表大会代表职务。', '张某某', '第十三届全国人民代表大会代表'],
    ['县人大常委会决定罢免李某的县第十七届人民代表大会代表职务。', '李某', '县第十七届人民代表大会代表'],
    // China's envoy abroad, a democratic party's committee head, an editor of the Party's paper
    ['中国驻法国大使馆公使衔参赞王某说，交流日益密切。', '王某', '中国驻法国大使馆公使衔参赞'],
    ['省政协副主席、民盟湖南省委主委赵某某出席。', '赵某某', '省政协副主席、民盟湖南省委主委'],
    ['光明日报社副总编辑钱某在致辞中指出，融合是必答题。', '钱某', '光明日报社副总编辑'],
    // a set phrase before a word ending in an organ word, a verb before 办公室
    ['国家体育总局冬季运动管理中心副主任孙某说，备战进入冲刺。', '孙某', '国家体育总局冬季运动管理中心副主任'],
    ['据“科技专项”实施办公室主任周某介绍，项目已立项。', '周某', '实施办公室主任'],
  ])('%s → %s, %s', (text, name, title) => {
    expect(people(text).find((s) => s.name === name)).toMatchObject({ kind: 'official', title });
  });

  it.each([
    // 委员 after a name is the CPPCC seat, whatever the verb after it
    ['某某集团有限公司董事长吴某某委员深有感触地说，企业有信心。', '吴某某'],
    // a name the segmenter cuts apart, between a title and the seat after it; an economist is a role, his seat a post
    ['某某研究院副院长欧其代表说，工业互联网很重要。', '欧其'],
    ['在某某证券研究所首席经济学家杨成长委员的笔记本上，记满了要点。', '杨成长'],
  ])('%s → %s is an official', (text, name) => {
    expect(people(text).find((s) => s.name === name)?.kind).toBe('official');
  });

  it.each([
    // session news names deputies and CPPCC members by the seat alone
    ['刘尚希委员认为，财政政策要更加积极。', '刘尚希', '委员'],
    ['会上，霍照良代表介绍，当地加快发展。', '霍照良', '代表'],
    ['薛志国代表笑称自己是个“老京漂”。', '薛志国', '代表'],
    ['费东斌代表来自乌兰察布。', '费东斌', '代表'],
  ])('%s → %s, %s', (text, name, title) => {
    expect(people(text).find((s) => s.name === name)).toMatchObject({ kind: 'official', title });
  });

  it.each([
    '一些委员建议加大投入。',
    '美方代表表示关切。',
    '还有的代表说，要办好实事。',
    '农民代表说，收入增加了。',
    '周敏等代表说，要抓落实。', // the name is 周敏; 等 is no part of it
  ])('%s: no seat read after a word that is no name', (text) => {
    expect(people(text).filter((s) => s.title === '代表' || s.title === '委员').map((s) => s.name)).toEqual([]);
  });

  it.each([
    // a name the segmenter cut into a surname and a word of its own, before what the person says
    ['大连市政府审批改革办审改处负责人孙长久说，长期以来条块分割。', '孙长久', '大连市政府审批改革办审改处负责人'],
    ['商务部外资司负责人叶某说，外资稳中有进。', '叶某', '商务部外资司负责人'], // a division of a ministry is an organ
    ['市政府办公室主任杨成长说，要加快。', '杨成长', '市政府办公室主任'],
  ])('%s → %s, %s', (text, name, title) => {
    expect(people(text).find((s) => s.name === name)).toMatchObject({ kind: 'official', title });
  });

  it.each([
    ['局长王强调，要抓好落实。', '王强调'], // 王, then the verb he speaks with
    ['习近平总书记曾深刻指出，要加强团结。', '曾深刻'], // an adverb, not a surname
  ])('%s: %s is no name', (text, wrong) => {
    expect(people(text).map((s) => s.name)).not.toContain(wrong);
  });

  it('a member the article titles elsewhere keeps that title', () => {
    const found = people('中国人民大学校长刘伟出席。刘伟委员说，要稳增长。').filter((s) => s.name === '刘伟');
    expect(found.map((s) => s.title)).toEqual(['中国人民大学校长', '中国人民大学校长']);
  });

  it.each([
    // a foreign city's mayor is a foreign official, whose transliterated name runs to the verb
    ['莫斯科市长索比亚宁称，防空系统击退了攻击。', '索比亚宁', '俄罗斯'],
    ['纽约市市长亚当斯27日发布行政令。', '亚当斯', '美国'],
  ])('%s → %s, of %s', (text, name, country) => {
    expect(people(text).find((s) => s.name === name)).toMatchObject({ kind: 'official', level: 'foreign', org: country });
  });

  it.each([
    ['世界卫生组织总干事谭德塞表示，疫情仍在蔓延。', '谭德塞', '世界卫生组织总干事', '世界卫生组织'],
    ['国际劳工组织总干事洪博说，就业形势严峻。', '洪博', '国际劳工组织总干事', '国际劳工组织'],
    ['联合国粮农组织总干事屈冬玉出席开幕式。', '屈冬玉', '联合国粮农组织总干事', '联合国'],
    ['北约秘书长斯托尔滕贝格说，将增加军费。', '斯托尔滕贝格', '北约秘书长', '北约'],
    ['上海合作组织秘书长张明出席论坛。', '张明', '上海合作组织秘书长', '上海合作组织'],
    ['世界海关组织副秘书长里卡多·特维诺说，合作成效显著。', '里卡多·特维诺', '世界海关组织副秘书长', '世界海关组织'],
    // the head (负责人) of an international body's agency, as of a government organ
    ['联合国近东救济工程处负责人拉扎里尼表示，局势严峻。', '拉扎里尼', '联合国近东救济工程处负责人', '联合国'],
    // the body the title opens with, not a continent or a country after it
    ['欧洲理事会主席米歇尔表示，欧盟愿做中国可信可靠的伙伴。', '米歇尔', '欧洲理事会主席', '欧洲理事会'],
    ['联合国驻叙利亚特使佩德森表示，将继续斡旋。', '佩德森', '联合国驻叙利亚特使', '联合国'],
  ])('an international body\'s officer: %s → %s, %s', (text, name, title, org) => {
    expect(people(text).find((s) => s.name === name)).toMatchObject({ kind: 'official', level: 'foreign', title, org });
  });

  it.each([
    ['“我们的心与中国人民在一起。”美国前总统理查德·尼克松的外孙克里斯托弗说。', '理查德·尼克松', '美国前总统', '美国'],
    ['日本前首相鸠山表示，中国发展令人瞩目。', '鸠山', '日本前首相', '日本'],
    ['塞内加尔常驻日内瓦代表团公使衔参赞迪耶说：“我是穆斯林。”', '迪耶', '塞内加尔常驻日内瓦代表团公使衔参赞', '塞内加尔'],
  ])('a former (前) or permanent (常驻) post keeps its state: %s → %s, %s', (text, name, title, org) => {
    expect(people(text).find((s) => s.name === name)).toMatchObject({ kind: 'official', level: 'foreign', title, org });
  });

  it.each([
    ['西藏自治区政协副主席晋美旺措出席。', '晋美旺措', '西藏自治区政协副主席'], // 晋 reads as a Han surname
    ['拉萨市委副书记格桑次仁表示，要抓好落实。', '格桑次仁', '拉萨市委副书记'], // 格/n 桑次仁/nz
    ['该团由西藏自治区政协副主席晋美旺措任团长。', '晋美旺措', '西藏自治区政协副主席'], // a verb glued to the name
  ])('a Tibetan name of two name words: %s → %s', (text, name, title) => {
    expect(people(text).find((s) => s.title === title)).toMatchObject({ kind: 'official', name });
  });

  it('a verb of saying glued to 前 is no part of a title (称前/x 总统)', () => {
    expect(people('美联邦调查局称前总统特朗普在竞选集会遭未遂刺杀').find((s) => s.name === '特朗普')?.title).toBe('前总统');
  });

  it('就连 (even) is no part of a title, 前 is', () => {
    expect(people('情况严重，就连美国国务院前国际法顾问基梅纳·凯特纳也看不下去。').find((s) => s.name === '基梅纳·凯特纳')?.title).toBe('美国国务院前国际法顾问');
  });

  it.each([
    ['国务院副总理胡春华出席开幕式，宣读习近平主席贺信并致辞。', '贺信'],
    ['国家主席习近平致唁电，表示深切哀悼。', '唁电'],
  ])('what a leader sends is no name: %s (%s)', (text, word) => {
    expect(people(text).map((s) => s.name)).not.toContain(word);
  });

  it.each([
    ['巴西里约热内卢州立大学国际关系系主任毛里西奥·桑托罗将共建视为机遇。', '毛里西奥·桑托罗', '巴西里约热内卢州立大学国际关系系'],
    ['清华大学公共管理学院院长朱旭峰表示，改革成效明显。', '朱旭峰', '清华大学公共管理学院'],
  ])('the head of a university\'s department speaks as an expert: %s → %s', (text, name, org) => {
    expect(people(text).find((s) => s.name === name)).toMatchObject({ kind: 'person', org });
  });

  it.each([
    ['陕西省政府原党组成员、副省长陈国强严重违纪违法。', '陈国强', '陕西省政府'],
    ['太原市委书记张三出席。', '张三', '太原市委'], // a place ending in 原 keeps it
  ])('former (原) is no part of the organisation: %s → %s of %s', (text, name, org) => {
    expect(people(text).find((s) => s.name === name)?.org).toBe(org);
  });

  it('the head of a mission (使团) is an official, as a delegation\'s is', () => {
    expect(people('中国驻欧盟使团团长傅聪表示，双方应加强对话。').find((s) => s.name === '傅聪')).toMatchObject({ kind: 'official', title: '中国驻欧盟使团团长' });
  });

  it('China\'s envoy is no foreign official', () => {
    expect(people('中国驻哈萨克斯坦大使张某也到机场迎接。').find((s) => s.name === '张某')?.level).toBeUndefined();
  });
});

describe('findPeople: the whole organisation of a post, however the tagger cuts it (held-out news)', () => {
  it.each([
    // a set phrase or adjective naming the field of a body, after the place or organ it belongs to
    ['“不是简单地要求下游给上游掏钱。”贵州省生态环境厅水生态环境处处长李斌介绍。', '李斌', '贵州省生态环境厅水生态环境处处长'],
    ['太原市健康教育中心主任李飞介绍，已有上百万受众。', '李飞', '太原市健康教育中心主任'],
    ['山西省卫健委健康宣传促进处二级调研员李向凯说。', '李向凯', '山西省卫健委健康宣传促进处二级调研员'],
    // a branch bureau (分局) after a verb the tagger reads in its name; 与 joining two fields of a division
    ['毕节市生态环境局七星关分局副局长刘拥政说，项目融资变得更容易。', '刘拥政', '毕节市生态环境局七星关分局副局长'],
    ['贵州省生态环境厅科技与财务处副处长柳洲表示，资金总量不大。', '柳洲', '贵州省生态环境厅科技与财务处副处长'],
    // a division the tagger runs into one word with its field (综合处 处长), and a set phrase before 与
    ['生态环境部固体废物与化学品司综合处副处长熊晶介绍，在基金补贴激励下。', '熊晶', '生态环境部固体废物与化学品司综合处副处长'],
    ['商务部外资司综合处处长李大明表示，外资规模稳中有增。', '李大明', '商务部外资司综合处处长'],
    ['市公安局治安科科长李四说，今年发案率下降。', '李四', '市公安局治安科科长'],
    // 组织 ending an international body's name (组织/v)
    ['上海合作组织原秘书长拉希德·阿利莫夫说，合作空间广阔。', '拉希德·阿利莫夫', '上海合作组织原秘书长'],
    ['上合组织原秘书长拉希德·阿利莫夫表示，合作空间广阔。', '拉希德·阿利莫夫', '上合组织原秘书长'],
    // a street's name before 街道, and the district before it
    ['太原市迎泽区老军营街道办副主任王彩就为这些事忙活起来了。', '王彩', '太原市迎泽区老军营街道办副主任'],
    // a village's name after its township, a character the tagger does not know inside it
    ['“这个小册子，把我们解脱出来。”云梦乡刘家埝村党支部书记石武感慨。', '石武', '刘家埝村党支部书记'],
    // a leader's name before what he does (宣布)
    ['第七届世界军人运动会组委会主席、中共中央政治局委员、中央军委副主席许其亮宣布运动会闭幕。', '许其亮', '第七届世界军人运动会组委会主席、中共中央政治局委员、中央军委副主席'],
    // a village's name after the post before it in the chain
    ['询问全国人大代表、新月村党支部书记兰念瑛：“路通了吗？”', '兰念瑛', '全国人大代表、新月村党支部书记'],
    // an organ with a second name in brackets, and the post of that name
    ['中共中央政治局委员、中央党校（国家行政学院）校长（院长）陈希出席毕业典礼。', '陈希', '中共中央政治局委员、中央党校（国家行政学院）校长（院长）'],
    ['国务院台办（中台办）主任刘结一表示，两岸同胞是一家人。', '刘结一', '国务院台办（中台办）主任'],
    // 和 inside the name of the working committee of the central organs, whose post holds the organ word
    ['中共中央政治局委员、中央和国家机关工委书记丁薛祥出席开班式并讲话。', '丁薛祥', '中共中央政治局委员、中央和国家机关工委书记'],
    // a discipline team posted (驻) to an organ named short
    ['“三组数据释放出决心。”中央纪委国家监委驻最高法纪检监察组副组长高波表示，作风是党的形象。', '高波', '中央纪委国家监委驻最高法纪检监察组副组长'],
  ])('%s → %s, %s', (text, name, title) => {
    expect(people(text).find((s) => s.name === name)).toMatchObject({ kind: 'official', title });
  });

  it.each([
    '今年村里新修了路，村党支部书记张某说。', // a time word before 村 is no village
  ])('%s: the title keeps no time word', (text) => {
    expect(people(text).find((s) => s.name === '张某')?.title).toBe('村党支部书记');
  });
});

describe('findPeople: the army\'s commanders are officials, a troupe\'s head is not', () => {
  it.each([
    ['习主席到“英雄侦察连”视察时，侦察情报营营长郭国华跟在一旁介绍情况。', '郭国华', 'official', '情报营营长'],
    ['时任海军某舰载战斗机团团长徐英驾驶歼—15战机，第一个完成夜间着舰。', '徐英', 'official', '时任海军某舰载战斗机团团长'],
    ['“结合身边事自导自演，大家看着亲切。”马庄村农民乐团团长孟辉说。', '孟辉', 'person', '马庄村农民乐团团长'],
    // a unit named after its service with 某, and what it does (合成/v 旅, 飞行/v 大队)
    ['全国人大代表、第72集团军某合成旅旅长张文仁说：“要提高部队备战打仗能力。”', '张文仁', 'official', '全国人大代表、第72集团军某合成旅旅长'],
    ['“考验一个国家的力量。”全国人大代表、空军某团飞行大队大队长冯玮，曾驾驶运—20飞机执行任务。', '冯玮', 'official', '全国人大代表、空军某团飞行大队大队长'],
  ])('%s → %s, %s', (text, name, kind, title) => {
    expect(people(text).find((s) => s.name === name)).toMatchObject({ kind, title });
  });
});

describe('findPeople: a post printed before a transliterated name is no part of it', () => {
  it('欧洲议会外事委员主席玛丽特·斯哈克', () => {
    expect(people('“这个表决结果传递出一个清晰的信息。”欧洲议会外事委员主席玛丽特·斯哈克说。').map((s) => [s.name, s.title])).toEqual([
      ['玛丽特·斯哈克', '欧洲议会外事委员主席'],
    ]);
  });
});

describe('findPeople: a profile\'s kicker vouches for a name the body reads a character short', () => {
  it('卓长立代表—— … 卓长/x 立正/d 在', () => {
    const text = '卓长立代表——\n愿把家政行业办成爱心工程\n全国人大代表，公司董事长、总经理卓长立正在大厅里忙乎着。';
    expect([...new Set(findPeople(makeArticle(text, { title: '卓长立代表——', bodyStart: 8 })).map((s) => s.name))]).toEqual(['卓长立']);
  });
});

describe('findPeople: a foreign post\'s title that goes on is no name', () => {
  it.each([
    ['菲律宾总统通信业务办公室助理秘书长瑞安·文森特·乌伊对此积极回应。', [['瑞安·文森特·乌伊', '菲律宾总统通信业务办公室助理秘书长']]],
    // (where the name stops before a place and an organ, it is the post's holder)
    ['俄罗斯总统普京在外交部发表讲话。', [['普京', '俄罗斯总统']]],
  ])('%s', (text, expected) => {
    expect(people(text).map((s) => [s.name, s.title])).toEqual(expected);
  });
});

describe('findPeople: a role\'s holder read loosely ends a phrase; farming\'s ministry is no village (held-out news)', () => {
  it('村干部晋升/nr 渠道: no name', () => {
    expect(people('开拓优秀村干部晋升渠道，对获荣誉的村干部给予激励。').map((s) => s.name)).toEqual([]);
  });

  it.each([
    ['“把种粮补贴补在项目上。”四川省农业农村厅长杨秀彬说。', '杨秀彬', '四川省农业农村厅长', undefined],
    ['江苏张家港市南丰镇建农村党总支书记王某说，要抓好落实。', '王某', '江苏张家港市南丰镇建农村党总支书记', 'village'],
    // a verb naming a congress's working committee (预算/v 工委)
    ['“及时批准调整方案能有效对冲影响。”省人大常委会预算工委主任林秀玉说。', '林秀玉', '省人大常委会预算工委主任', undefined],
  ])('%s → %s, %s', (text, name, title, level) => {
    const found = people(text).find((s) => s.name === name);
    expect(found).toMatchObject({ kind: 'official', title });
    expect(found?.level).toBe(level);
  });
});

describe('findPeople: retired leaders visited at the new year', () => {
  it.each([
    ['春节前夕，省委书记李干杰看望慰问了老同志姜异康、韩寓群、王乐泉、姜大明。', ['李干杰', '姜异康', '韩寓群', '王乐泉', '姜大明']],
    // (the list runs to the clause's end, whatever character ends the last name)
    ['省委书记李干杰先后看望了老同志赵志浩、李春亭、陆懋曾，向他们致以新春祝福。', ['李干杰', '赵志浩', '李春亭', '陆懋曾']],
    ['春节前夕，国家主席习近平看望了江泽民、胡锦涛等老同志。', ['习近平', '江泽民', '胡锦涛']],
  ])('%s', (text, names) => {
    expect(people(text).filter((s) => s.kind === 'official').map((s) => s.name)).toEqual(names);
  });
});

describe('findPeople: a commercial bank\'s officers are its staff; the central bank\'s are officials', () => {
  it.each([
    ['中国农业银行临清支行行长张某说，贷款投放加快。', '张某', 'person', '中国农业银行临清支行行长'],
    ['建设银行湖北省分行副行长李某介绍，已发放贷款。', '李某', 'person', '建设银行湖北省分行副行长'],
    ['中国人民银行武汉分行行长王某说，信贷支持加大。', '王某', 'official', '中国人民银行武汉分行行长'],
    ['中国人民银行行长易纲表示，货币政策要灵活适度。', '易纲', 'official', '中国人民银行行长'],
  ])('%s → %s, %s', (text, name, kind, title) => {
    expect(people(text).find((s) => s.name === name)).toMatchObject({ kind, title });
  });
});

describe('findPeople: lists of leaders on real news (rmrb 2019–2020)', () => {
  it.each([
    // a two-character name the surname rules refuse (万/m 钢/n) does not end a titled list
    [
      '全国政协副主席刘奇葆、董建华、万钢、何厚铧、卢展工出席会议。',
      [['刘奇葆', '全国政协副主席'], ['董建华', '全国政协副主席'], ['万钢', '全国政协副主席'], ['何厚铧', '全国政协副主席'], ['卢展工', '全国政协副主席']],
    ],
    // deep in a list (after three names), a name whose surname is not on the list (辜) is a name too
    [
      '全国政协副主席何维、苏辉、郑建邦、辜胜阻、刘新成出席会议。',
      [['何维', '全国政协副主席'], ['苏辉', '全国政协副主席'], ['郑建邦', '全国政协副主席'], ['辜胜阻', '全国政协副主席'], ['刘新成', '全国政协副主席']],
    ],
    // leaders named before what they are
    [
      '临近10时，习近平、李克强、栗战书、汪洋等党和国家领导人来到天安门广场。',
      [['习近平', '党和国家领导人'], ['李克强', '党和国家领导人'], ['栗战书', '党和国家领导人'], ['汪洋', '党和国家领导人']],
    ],
    [
      '北京市委书记蔡奇主持。敬献花篮仪式前，习近平、李克强、栗战书等领导同志来到毛主席纪念堂。',
      [['蔡奇', '北京市委书记'], ['习近平', undefined], ['李克强', undefined], ['栗战书', undefined]],
    ],
  ])('%s', (text, rows) => {
    expect(people(text).map((s) => [s.name, s.title])).toEqual(rows);
  });

  it.each([
    // one name is too little; a list of words is no list of names
    '北京市委书记蔡奇主持。张三等领导同志来到现场。',
    '北京市委书记蔡奇主持。词作家乔羽、钢琴演奏家鲍蕙荞纷纷出镜。',
  ])('no more officials than the titled one: %s', (text) => {
    expect(people(text).filter((s) => s.kind === 'official').map((s) => s.name)).toEqual(['蔡奇']);
  });
});

describe('findPeople: what names run into on real news (rmrb 2019–2020, xwlb 2023–2024)', () => {
  it.each([
    // 所 before a verb, 以 read as a preposition, a verb before an aspect particle
    ['正如联合国秘书长古特雷斯所指出的，中国是重要力量。', '古特雷斯'],
    ['正如联合国教科文组织总干事阿祖莱所指出：“中国春节展示文化多样性。”', '阿祖莱'],
    ['正如美国外交关系委员会主席理查德·哈斯所言，合作重要。', '理查德·哈斯'],
    ['塞尔维亚总统武契奇以一一碰肘的特殊方式欢迎中国专家。', '武契奇'],
    ['葡萄牙驻华大使杜傲杰带着我们回顾大航海时代。', '杜傲杰'],
    ['英国科学博物馆集团总裁兼科学博物馆馆长伊恩·布拉奇福德戴着口罩。', '伊恩·布拉奇福德'],
    // where a leader goes, what he does or sends, which the tagger calls a name (祝贺/nr, 盛赞/nr, 贺信/nr)
    ['柬埔寨首相洪森赴现场指挥救援。', '洪森'],
    ['习近平致函塞内加尔总统萨勒祝贺中非合作论坛成立20周年。', '萨勒'],
    ['联合国秘书长古特雷斯盛赞中国减贫事业。', '古特雷斯'],
    ['谢钦宣读俄罗斯总统普京贺信并致辞。', '普京'],
    // what his words concern
    ['外交部发言人就美国副总统彭斯涉华言论发表谈话。', '彭斯'],
    // 和 ending a foreign name before what its holder does
    ['国务委员兼外长王毅应约同韩国外长康京和通电话。', '康京和'],
    // 所 after a two-character name is the particle; 之 and 其 end names before what their holders do
    ['会议听取了最高人民法院院长周强所作的《最高人民法院工作报告》。', '周强'],
    ['江苏泗阳经济开发区意杨产业科技园副主任潘雪之告诉记者，下一步要做好。', '潘雪之'],
    ['国家市场监管总局副局长马正其介绍，过去采取了传统办法。', '马正其'],
    ['应国务委员兼外长王毅之邀访华。', '王毅'],
  ])('%s → %s', (text, name) => {
    expect(people(text).filter((s) => s.kind === 'official').map((s) => s.name)).toContain(name);
    expect(people(text).filter((s) => s.name !== name && s.name.startsWith(name))).toEqual([]);
  });

  it.each([
    // a Chinese leader glued to the preposition before the other party's country is not in the other's title
    ['国务委员兼外长王毅同意大利外长迪马约通电话。', '迪马约', '意大利外长'],
    ['王毅同韩国外长康京和通电话', '康京和', '韩国外长'],
    ['国家主席习近平在金奈同印度总理莫迪举行会晤。', '莫迪', '印度总理'],
    ['国家副主席韩正同新加坡副总理王瑞杰举行会谈。', '王瑞杰', '新加坡副总理'],
  ])('%s → %s, %s', (text, name, title) => {
    expect(people(text).find((s) => s.name === name)).toMatchObject({ kind: 'official', title });
  });

  it.each([
    // a post that names the leader alone is the subject of what follows
    '这是总书记在我家包饺子的照片，总书记包饺子可熟练了。',
    '我们国家就要全面建成小康社会了，总书记祝福我们把日子过得更好。',
    '一条胡同300多米，总书记从北到南，一路走来。',
    '“总书记一进院就来看厨房，开冰箱。',
    '“总书记看得细，问得也细。',
    '”袁其忠连连感叹，“总书记真亲民，非常的和蔼。',
    '这些建议和提案已经全部办结，代表委员满意率为99.6%。',
    // a leader called by surname and post after a preposition or 有
    '我从习主席手中接过军旗的那一刻，热血沸腾。',
    '根本在于有习主席作为党中央核心的掌舵领航。',
  ])('no name: %s', (text) => {
    expect(people(text).filter((s) => s.kind === 'official')).toEqual([]);
  });

  it.each([
    ['开门的竟是总书记习近平。', '习近平'],
    ['南非共产党总书记卡莫纳表示，中国共产党值得学习。', '卡莫纳'],
    ['黎巴嫩看守总理米卡提28日呼吁停火。', '米卡提'],
    ['尼泊尔共产党联合主席普拉昌达日前在接受专访时说。', '普拉昌达'],
  ])('a name after a bare post on firmer evidence: %s', (text, name) => {
    expect(people(text).map((s) => s.name)).toContain(name);
  });
});

describe('findPeople: posts of villages and ministries on real news (rmrb 2019–2020)', () => {
  it.each([
    // when the post was held, an honour, or a branch below the post is still the village's
    ['余村原党支部书记鲍新民说，关停矿山是痛苦的。', '鲍新民', '余村原党支部书记', '余村党支部'],
    ['小岗村党委原第一书记沈浩的事迹感人。', '沈浩', '小岗村党委原第一书记', '小岗村党委'],
    ['贵州省遵义市播州区平正乡团结村党支部名誉书记黄大发说，水渠修通了。', '黄大发', '贵州省遵义市播州区平正乡团结村党支部名誉书记', undefined],
    ['江苏徐州市黄楼街道天骄世家社区网格党支部书记程晓筠说，要守好门。', '程晓筠', '江苏徐州市黄楼街道天骄世家社区网格党支部书记', undefined],
    ['湖北省洪湖市滨湖办事处滨斗湖村妇联主席谢爱娥说，大家都来帮忙。', '谢爱娥', '湖北省洪湖市滨湖办事处滨斗湖村妇联主席', undefined],
  ])('%s → %s, %s', (text, name, title, org) => {
    const found = people(text).find((s) => s.name === name);
    expect(found).toMatchObject({ kind: 'official', title, level: 'village' });
    if (org) expect(found?.org).toBe(org);
  });

  it.each([
    // a ministry named by its fields, joined by 、 and 和 or 与, whose organ character the post holds (部长)
    ['马尔代夫通信、科学和技术部国务部长阿里·萨利赫表示，贺信意义重大。', '阿里·萨利赫', '马尔代夫通信、科学和技术部国务部长', '马尔代夫'],
    ['肯尼亚交通与基础设施部长詹姆斯·马查里亚说，蒙内铁路通车。', '詹姆斯·马查里亚', '肯尼亚交通与基础设施部长', '肯尼亚'],
    ['古巴劳工和社会保障部长玛加丽塔·冈萨雷斯称，私营经济带动就业。', '玛加丽塔·冈萨雷斯', '古巴劳工和社会保障部长', '古巴'],
    ['津巴布韦新闻、宣传和广播服务部长莫妮卡·穆茨万古瓦说，中国成就举世瞩目。', '莫妮卡·穆茨万古瓦', '津巴布韦新闻、宣传和广播服务部长', '津巴布韦'],
    // an executive director (执行主任) of an international body
    ['联合国儿童基金会执行主任亨丽埃塔·福尔表示，儿童受到影响。', '亨丽埃塔·福尔', '联合国儿童基金会执行主任', '联合国'],
  ])('%s → %s, %s', (text, name, title, org) => {
    expect(people(text).find((s) => s.name === name)).toMatchObject({ kind: 'official', level: 'foreign', title, org });
  });

  it('two organs in a row are two organs: 国家发展改革委、工业和信息化部负责人', () => {
    expect(people('国家发展改革委、工业和信息化部负责人张建国介绍了情况。').find((s) => s.name === '张建国')?.title).toBe('工业和信息化部负责人');
  });
});

describe('findPeople: representatives, peoples and cities on real news (rmrb 2019–2020)', () => {
  it.each([
    // a permanent representative to a body or at a seat abroad holds a post, though 代表 alone is no title
    ['中国常驻世贸组织代表李成钢表示，中方支持多边贸易体制。', '李成钢', '中国常驻世贸组织代表', '中国', undefined],
    ['古巴常驻日内瓦代表佩德罗索说，中国人权成就显著。', '佩德罗索', '古巴常驻日内瓦代表', '古巴', 'foreign'],
    ['白俄罗斯常驻日内瓦副代表皮萨勒维奇表示赞赏。', '皮萨勒维奇', '白俄罗斯常驻日内瓦副代表', '白俄罗斯', 'foreign'],
    // a people of China named like a state (朝鲜族) is no state
    ['吉林省延边朝鲜族自治州龙井市副市长杨文军说，要真抓实干。', '杨文军', '吉林省延边朝鲜族自治州龙井市副市长', '吉林省延边朝鲜族自治州龙井市政府', undefined],
    // a city's name is whole before its mayor (利马索尔, not 利马); 副 after a city is the post's
    ['利马索尔市长尼科斯·尼古拉季斯说，中国节很精彩。', '尼科斯·尼古拉季斯', '利马索尔市长', '利马索尔', undefined],
    ['德班副市长法齐亚·皮尔出席活动。', '法齐亚·皮尔', '德班副市长', '南非', 'foreign'],
    // 之 before what he says ends a transliterated name
    ['智利圣地亚哥市市长费利佩·亚历山德里之言道出了理解。', '费利佩·亚历山德里', '智利圣地亚哥市市长', '智利', 'foreign'],
  ])('%s → %s, %s', (text, name, title, org, level) => {
    const found = people(text).find((s) => s.name === name);
    expect(found).toMatchObject({ kind: 'official', title, org });
    expect(found?.level).toBe(level);
  });
});

describe('findPeople: officials a foreign leader leads, and names read a character short (xwlb 2024, rmrb 2019)', () => {
  it('the officials a foreign leader leads (率) are his state\'s', () => {
    const text = '专机抵达杜尚别国际机场时，塔吉克斯坦总统拉赫蒙率议会上院议长兼杜尚别市长鲁斯塔姆、外长穆赫里丁等高级官员热情迎接。';
    expect(people(text).map((s) => [s.name, s.org, s.level])).toEqual([
      ['拉赫蒙', '塔吉克斯坦', 'foreign'],
      ['鲁斯塔姆', '塔吉克斯坦', 'foreign'],
      ['穆赫里丁', '塔吉克斯坦', 'foreign'],
    ]);
  });

  it('…but not a leader of China\'s: 率领 a group', () => {
    expect(people('国务院副总理孙春兰率领中央指导组组长李大明来到医院。').map((s) => [s.name, s.level])).toEqual([
      ['孙春兰', undefined],
      ['李大明', undefined],
    ]);
  });

  it('a word the segmenter never saw, from inside the name to the next character, reads the longer name (林/ng 郑月娥/x)', () => {
    const text = '林郑月娥：\n暴徒无法无天\n香港特区行政长官林郑月娥8日表示，要止暴制乱。林郑月娥强调，要客观看事情。';
    expect(people(text).map((s) => s.name)).toEqual(['林郑月娥', '林郑月娥', '林郑月娥']);
  });
});

describe('findPeople: firms named from their clause\'s start, and posts with another name in brackets (rmrb 2019–2020)', () => {
  it.each([
    // a firm's first words, whatever the tagger makes of them (新/a 希望/v, 卓/nr 尔/nr 控股/v)
    ['”新希望集团有限公司董事长刘永好委员深有感触地说。', '刘永好', '新希望集团有限公司董事长', '新希望集团有限公司'],
    ['”卓尔控股有限公司董事长阎志代表说。', '阎志', '卓尔控股有限公司董事长', '卓尔控股有限公司'],
    // the post's other name in brackets (大使, 院长) makes no other kind or organ
    ['俄罗斯常驻日内瓦副代表（大使）尼基塔·朱可夫说：“视频让我们很难直视。”', '尼基塔·朱可夫', '俄罗斯常驻日内瓦副代表（大使）', '俄罗斯'],
    ['中共中央政治局委员、中央党校（国家行政学院）校长（院长）陈希出席。', '陈希', '中共中央政治局委员、中央党校（国家行政学院）校长（院长）', '中央党校（国家行政学院）'],
  ])('%s → %s, %s', (text, name, title, org) => {
    expect(people(text).find((s) => s.name === name)).toMatchObject({ kind: 'official', title, org });
  });

  it('a verb opening the clause is no part of the firm: ”看望新希望集团…', () => {
    expect(people('”看望新希望集团董事长刘永好说。').find((s) => s.name === '刘永好')?.title).toBe('希望集团董事长');
  });
});

describe('findPeople: Tibetan names in lists of leaders (rmrb 2019–2020)', () => {
  it.each([
    ['自治区党委书记吴英杰出席。洛桑江村、丁业现等参加会见。', ['吴英杰', '洛桑江村', '丁业现']],
    ['自治区党委书记吴英杰讲话，齐扎拉、白玛赤林、姜杰等出席。', ['吴英杰', '齐扎拉', '白玛赤林', '姜杰']],
  ])('%s', (text, names) => {
    expect(people(text).filter((s) => s.kind === 'official').map((s) => s.name)).toEqual(names);
  });
});

describe('findPeople: lists of leaders that end in a group or a kind of cadre (rmrb 2019–2020)', () => {
  it.each([
    // names, then 和 and a group that is no name
    ['国家主席习近平出席。习近平、李克强、汪洋、王沪宁和大会主席团成员在主席台就座。', ['习近平', '习近平', '李克强', '汪洋', '王沪宁']],
    ['国家主席习近平考察。丁薛祥、孙春兰和中央有关部门负责同志陪同考察。', ['习近平', '丁薛祥', '孙春兰']],
    // comrades listed before what they do; cadres the centre manages, after 包括
    ['国家主席习近平出席。习近平、李克强、栗战书、汪洋同志为支持疫情防控工作捐款。', ['习近平', '习近平', '李克强', '栗战书', '汪洋']],
    ['中央纪委书记张三说。包括艾文礼、王铁、秦光荣、刘士余等中管干部。', ['张三', '艾文礼', '王铁', '秦光荣', '刘士余']],
    // from a titled list's third name on, a name whose surname is not on the list
    ['全国政协副主席张庆黎、夏宝龙、辜胜阻、邵鸿出席会议。', ['张庆黎', '夏宝龙', '辜胜阻', '邵鸿']],
  ])('%s', (text, names) => {
    expect(people(text).filter((s) => s.kind === 'official').map((s) => s.name)).toEqual(names);
  });

  it.each([
    // words are no names
    '国家主席习近平出席。市长张三、副市长、全体委员出席。',
    '国家主席习近平出席。市长张三、教育、卫生和有关部门负责同志出席。',
  ])('no list: %s', (text) => {
    const names = people(text).filter((s) => s.kind === 'official').map((s) => s.name);
    expect(names.filter((n) => !['习近平', '张三'].includes(n))).toEqual([]);
  });
});

describe('findPeople: groups of officials, missions and deputies that take no name (rmrb 2019–2020)', () => {
  it.each([
    // a title printed for a group: a count of people, a plural, levels
    '245名全国人大代表齐聚江西参加学习。',
    '海南省委明确“五级书记齐抓防控”。',
    '全省8万多名各级人大代表闻令而动。',
    // members of a body, whatever stands before them
    '要集中委员智慧，创新委员履职方式。',
    // the mission's building; 副 before a post
    '《战斗民族养成记》在俄罗斯驻华大使馆内举办了推介会。',
    '教育部部长和国务院协助分管教育工作的副秘书长任副主任。',
  ])('no name: %s', (text) => {
    expect(people(text).filter((s) => s.kind === 'official')).toEqual([]);
  });

  it.each([
    // one is no group; a name that is plain after a group or a bare member's seat
    ['”另一名学生哈桑的父亲说，孩子学得快乐。', '哈桑'],
    ['全国政协委员张三、李四等3名委员王五、赵六发言。', '王五'],
    ['缅甸杜庆芝基金会执行委员奥玛尔对本报记者说。', '奥玛尔'],
    ['负责欧盟睦邻政策与扩大谈判的委员哈恩表示，对于土耳其。', '哈恩'],
  ])('%s → %s', (text, name) => {
    expect(people(text).map((s) => s.name)).toContain(name);
  });
});

describe('findPeople: what an official does here, not what the text cites (rmrb 2019–2020)', () => {
  it.each([
    ['国家主席习近平出席会议并发表重要讲话。', '出席'],
    ['省委书记张三作重要讲话。', '讲话'],
    ['习近平总书记在中央纪委三次全会上部署今年任务。', '部署'],
    // a speech or a decision cited: 精神 after it, 的 or 重要 before it, 决策部署
    ['要深入学习贯彻习近平总书记重要讲话精神。', undefined],
    ['坚决贯彻落实习近平总书记关于推进“一带一路”建设的重要讲话和指示批示。', undefined],
    ['习近平主席在70周年庆典上的讲话成为热议焦点。', undefined],
    ['坚决落实以习近平总书记重要指示精神和党中央决策部署。', undefined],
  ])('%s → %s', (text, role) => {
    expect(people(text).find((s) => s.name === '习近平' || s.name === '张三')?.role).toBe(role);
  });
});

describe('findPeople: appointments and removals (rmrb 2019–2020)', () => {
  it('the post given, taken away or added is the title', () => {
    const text =
      '一、免去杨健（女）的中华人民共和国驻文莱达鲁萨兰国特命全权大使职务；\n　　任命于红（女）为中华人民共和国驻文莱达鲁萨兰国特命全权大使。\n' +
      '夏宝龙兼任国务院港澳事务办公室主任；免去张晓明的国务院港澳事务办公室主任职务；骆惠宁、傅自应兼任国务院港澳事务办公室副主任。';
    expect(people(text).map((s) => [s.name, s.title, s.org])).toEqual([
      ['杨健', '中华人民共和国驻文莱达鲁萨兰国特命全权大使', '中华人民共和国驻文莱达鲁萨兰国'],
      ['于红', '中华人民共和国驻文莱达鲁萨兰国特命全权大使', '中华人民共和国驻文莱达鲁萨兰国'],
      ['夏宝龙', '国务院港澳事务办公室主任', '国务院港澳事务办公室'],
      ['张晓明', '国务院港澳事务办公室主任', '国务院港澳事务办公室'],
      ['骆惠宁', '国务院港澳事务办公室副主任', '国务院港澳事务办公室'],
      ['傅自应', '国务院港澳事务办公室副主任', '国务院港澳事务办公室'],
    ]);
  });

  it.each(['会议决定任命他为局长。', '同意任命其为主任。'])('no name but a pronoun: %s', (text) => {
    expect(people(text)).toEqual([]);
  });
});

describe('findPeople: a name between a post and what its holder says (rmrb 2019–2020)', () => {
  it.each([
    ['葛店经开区管委会副主任万兴平说，要加快建设。', '万兴平', 'official'],
    ['塔城市边境经济合作区党工委委员、管委会副主任时兴华介绍，园区发展快。', '时兴华', 'official'],
    ['那曲市林业局植树造林科科长拉顿说，种树不易。', '拉顿', 'official'],
    ['实皆省省长敏奈表示，电站已经发电。', '敏奈', 'official'],
    ['缅甸光明基金会主席奈林表示，感谢中国。', '奈林', 'person'],
  ])('%s → %s', (text, name, kind) => {
    expect(people(text).find((s) => s.name === name)?.kind).toBe(kind);
  });

  it.each([
    '习近平总书记深刻指出，要如何。',
    '总书记笑着说，好。',
    '总书记多次强调，要坚持。',
    '马和代表高兴地说，很满意。',
    '习近平总书记这样强调。',
    '总书记进一步强调，要抓紧。',
  ])('an adverb before the verb is no name: %s', (text) => {
    expect(people(text).filter((s) => s.name !== '习近平')).toEqual([]);
  });
});

describe('findPeople: executive heads (执行院长, 执行所长)', () => {
  it.each([
    ['马来西亚战略与国际问题研究所主席、执行所长拉斯丹姆·伊萨日前接受采访。', '拉斯丹姆·伊萨', 'person', '马来西亚战略与国际问题研究所主席、执行所长'],
    ['天津大学中国绿色发展研究院执行院长孙佑海表示，要加快转型。', '孙佑海', 'person', '天津大学中国绿色发展研究院执行院长'],
  ])('%s → %s', (text, name, kind, title) => {
    expect(people(text).find((s) => s.name === name)).toMatchObject({ kind, title });
  });
});

describe('findPeople: foreign posts and ranks (rmrb 2019–2020)', () => {
  it.each([
    ['美国副总统彭斯、国务卿蓬佩奥、财政部长姆努钦等美方高级官员参加了会见。', '蓬佩奥', '国务卿'],
    ['中国驻苏丹大使马新民、苏丹总统助理费萨尔·哈桑·易卜拉欣出席招待会。', '费萨尔·哈桑·易卜拉欣', '苏丹总统助理'],
    // 所 before what was said, whatever the tagger makes of it
    ['正如巴基斯坦执政党正义运动党中央新闻书记艾哈迈德·贾瓦德所评价：“成就巨大。”', '艾哈迈德·贾瓦德', '巴基斯坦执政党正义运动党中央新闻书记'],
    // a second post after 和 leaves the first holder's name
    ['在慕尼黑安全会议的讲台上，美国国防部长埃斯珀和国务卿蓬佩奥演起了二重奏。', '埃斯珀', '美国国防部长'],
  ])('%s → %s', (text, name, title) => {
    expect(people(text).find((s) => s.name === name)).toMatchObject({ kind: 'official', title });
  });
});

describe('findPeople: a rank after a name, an ambassador-ranked representative (rmrb 2019–2020)', () => {
  it.each([
    ['马里常驻联合国教科文组织大使衔代表奥马尔·凯塔告诉本报记者，很高兴。', '奥马尔·凯塔'],
    ['”国际军事体育理事会秘书长多拉·曼比·科伊塔上校这样评价。', '多拉·曼比·科伊塔'],
  ])('%s → %s', (text, name) => {
    expect(people(text).filter((s) => s.kind === 'official').map((s) => s.name)).toEqual([name]);
  });
});

describe('findPeople: bodies named after two joined by a dash, and a profile\'s kicker (rmrb 2019–2020)', () => {
  it.each([
    ['”生态环境部中国—东盟环境保护合作中心副主任周国梅表示。', '周国梅', '生态环境部中国—东盟环境保护合作中心副主任', undefined],
    ['进博会的比利时—中国经济贸易委员会主席贝尔纳·德威特说。', '贝尔纳·德威特', '比利时—中国经济贸易委员会主席', 'foreign'],
    ['德国联邦参议院议长、石勒苏益格—荷尔斯泰因州州长君特表示，发展快。', '君特', '德国联邦参议院议长、石勒苏益格—荷尔斯泰因州州长', 'foreign'],
    ['——记新疆疏附县委原副书记、广州援疆工作队原队长唐力明', '唐力明', '新疆疏附县委原副书记、广州援疆工作队原队长', undefined],
  ])('%s → %s', (text, name, title, level) => {
    const found = people(text).find((s) => s.name === name);
    expect(found).toMatchObject({ kind: 'official', title });
    expect(found?.level).toBe(level);
  });
});

describe('findPeople: 与 and 和 between fields of an organ\'s name (rmrb 2019–2020)', () => {
  it.each([
    ['科特迪瓦健康与公共卫生部部长阿卡表示，中国专家组分享经验。', '阿卡', '科特迪瓦健康与公共卫生部部长'],
    ['埃及卫生和人口部长哈莱表示，新型冠状病毒是威胁。', '哈莱', '埃及卫生和人口部长'],
    ['”国务院发展研究中心资源与环境政策研究所环境政策研究室主任陈健鹏说，“我国正处在阶段。', '陈健鹏', '国务院发展研究中心资源与环境政策研究所环境政策研究室主任'],
    // a place that opens with 和 is no conjunction
    ['”和县县委书记戴瑞坦言，要抓落实。', '戴瑞', '和县县委书记'],
  ])('%s → %s', (text, name, title) => {
    expect(people(text).find((s) => s.name === name)?.title).toBe(title);
  });
});

describe('findPeople: a country is no name (rmrb 2020)', () => {
  it('联合国秘书长利比亚问题特别代表萨拉姆: 利比亚 after a post, though 利 is a surname', () => {
    expect(people('联合国秘书长利比亚问题特别代表萨拉姆对当前局势表示担忧。').map((s) => [s.name, s.title])).toEqual([
      ['萨拉姆', '联合国秘书长利比亚问题特别代表'],
    ]);
  });
});

describe('findPeople: a foreign leader printed with China\'s one-holder posts (总书记, 国家主席, 总理) holds his own state\'s', () => {
  it.each([
    // a foreign state right before the title, through 新当选的, 看守
    ['中共中央总书记、国家主席习近平分别致电古巴新当选的国家主席迪亚斯-卡内尔。', '迪亚斯', '国家主席', '古巴'],
    ['黎巴嫩看守总理米卡提28日呼吁在黎南部实现全面停火。', '米卡提', '总理', '黎巴嫩'],
    // the next of a list a foreign leader opens
    ['巴基斯坦总统阿尔维、总理伊姆兰·汗分别致函中国领导人。', '伊姆兰·汗', '总理', '巴基斯坦'],
    ['智利共产党主席泰列尔和总书记卡莫纳表示，中国革命的胜利深刻改变了中国的历史进程。', '卡莫纳', '总书记', '智利'],
    // a name the article titles as a foreign state's elsewhere
    ['印度总理莫迪到机场迎接。习近平主席和莫迪总理共同参观。', '莫迪', '总理', '印度'],
    ['越共中央总书记阮富仲会见蔡奇。习近平总书记和阮富仲总书记引领两党两国关系。', '阮富仲', '总书记', '越南'],
    // the party or state he heads
    ['我们相信，在以阮富仲总书记为首的越共中央坚强领导下，越南党和人民将取得新成就。', '阮富仲', '总书记', '越南'],
    // a second holder beside China's own, named first, in an article naming his state
    ['蔡奇表示，习近平总书记应阮富仲总书记邀请访问越南。蔡奇表示，双方要落实习近平总书记同阮富仲总书记达成的共识。张氏梅表示，阮富仲总书记和习近平总书记的会谈非常成功。', '阮富仲', '总书记', '越南'],
  ])('%s', (text, name, title, country) => {
    const mentions = people(text).filter((s) => s.name === name && s.title === title);
    expect(mentions.length).toBeGreaterThan(0);
    for (const s of mentions) expect(s).toMatchObject({ kind: 'official', level: 'foreign', org: country });
  });

  it.each([
    // China's own keep China's organs
    ['蔡奇表示，习近平总书记应阮富仲总书记邀请访问越南。蔡奇表示，双方要落实习近平总书记同阮富仲总书记达成的共识。', '习近平', '中共中央'],
    ['中共中央总书记、国家主席习近平分别致电古巴新当选的国家主席迪亚斯-卡内尔。', '习近平', '中共中央'],
    // China's former holder recalled in an article on a foreign state
    ['周恩来总理访问几内亚。李克强总理表示，中方支持几内亚。李克强说。', '周恩来', '国务院'],
    // no foreign state named: nothing to go by
    ['习近平总书记和阮富仲总书记引领两党两国关系。', '阮富仲', '中共中央'],
  ])('%s keeps China\'s post', (text, name, org) => {
    const found = people(text).find((s) => s.name === name);
    expect([found?.kind, found?.level, found?.org]).toEqual(['official', undefined, org]);
  });

  it.each([
    ['习近平致电古共中央第一书记劳尔·卡斯特罗。', '劳尔·卡斯特罗', '古巴'],
    // (the cause of what befalls him ends the name read after a foreign post)
    ['越共中央总书记阮富仲因病于当地时间今天逝世。', '阮富仲', '越南'],
  ])('foreign communist parties by their short names are their states\': %s', (text, name, country) => {
    const found = people(text).filter((s) => s.kind === 'official');
    expect(found.map((s) => [s.name, s.level, s.org])).toEqual([[name, 'foreign', country]]);
  });
});
