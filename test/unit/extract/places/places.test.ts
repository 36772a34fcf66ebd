import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../../../src/extract/places/places.js';
import { cut } from '../../../../src/nlp/segmenter.js';
import { makeArticle } from '../../../helpers/article.js';

/** [text as written, full name, code, level, org] for each place found. */
const found = (text: string) =>
  findPlaces(makeArticle(text)).map((p) => [p.text, p.name, p.code, p.level, p.org]);

describe('findPlaces: full and short forms', () => {
  it.each([
    // seeds
    ['深入贯彻习近平总书记对山东工作的重要指示要求', [['山东', '山东省', '370000', 'province', undefined]]],
    ['推动中国式现代化“潍坊实践”迈出新的步伐', [['潍坊', '潍坊市', '370700', 'prefecture', undefined]]],
    ['东昌府讯 近年来，全区积极推动新能源建设', [['东昌府', '东昌府区', '371502', 'county', undefined]]],
    ['选出菏泽市出席山东省第十四届人民代表大会代表', [
      ['菏泽市', '菏泽市', '371700', 'prefecture', undefined],
      ['山东省', '山东省', '370000', 'province', undefined],
    ]],
    ['加快建设生态、活力、精致、富裕的新时代社会主义现代化美丽青州', [['青州', '青州市', '370781', 'county', undefined]]],
    ['全产业链产品产业带;山东冠县食品有限公司', [
      ['山东', '山东省', '370000', 'province', undefined],
      ['冠县', '冠县', '371525', 'county', undefined],
    ]],
    // corpus
    ['2012年2月29日在海拉尔区第十三届人民代表大会上', [['海拉尔区', '海拉尔区', '150702', 'county', undefined]]],
    ['实施满洲里、二连浩特、甘其毛都口岸建设', [
      ['满洲里', '满洲里市', '150781', 'county', undefined],
      ['二连浩特', '二连浩特市', '152501', 'county', undefined],
    ]],
    ['加强与内蒙古、广西、宁夏的合作', [
      ['内蒙古', '内蒙古自治区', '150000', 'province', undefined],
      ['广西', '广西壮族自治区', '450000', 'province', undefined],
      ['宁夏', '宁夏回族自治区', '640000', 'province', undefined],
    ]],
    ['赤壁、恩施等14个县市入选', [['恩施', '恩施土家族苗族自治州', '422800', 'prefecture', undefined]]],
    ['湘西州、恩施州承接产业转移', [
      ['湘西州', '湘西土家族苗族自治州', '433100', 'prefecture', undefined],
      ['恩施州', '恩施土家族苗族自治州', '422800', 'prefecture', undefined],
    ]],
    ['新开通海拉尔至香港、上海等6条航线，台湾直飞旅游包机', [
      ['海拉尔', '海拉尔区', '150702', 'county', undefined],
      ['香港', '香港特别行政区', '810000', 'province', undefined],
      ['上海', '上海市', '310000', 'province', undefined],
      ['台湾', '台湾省', '710000', 'province', undefined],
    ]],
    ['以优异成绩庆祝中华人民共和国成立70周年', [['中华人民共和国', '中国', '000000', 'country', undefined]]],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('findPlaces: places inside organisation names', () => {
  it.each([
    ['本报讯（特约记者 张磊 潍坊日报社全媒体记者 贺德良）', '潍坊', '潍坊日报社'],
    ['1月3日，青州市委经济工作会议召开', '青州市', '青州市委'],
    ['省委副书记、青岛市委书记陆治原出席', '青岛市', '青岛市委'],
    ['深入落实省委和潍坊市委经济工作会议部署', '潍坊市', '潍坊市委'],
    ['青岛市政府印发通知', '青岛市', '青岛市政府'],
    ['中共潍坊市委关于制定规划的建议', '潍坊市', '中共潍坊市委'],
    ['由山东省农业农村厅主办', '山东省', '山东省农业农村厅'],
    ['潍坊市发展和改革委员会牵头', '潍坊市', '潍坊市发展和改革委员会'],
    ['北京市顺义区委常委、副区长', '北京市', '北京市顺义区委'],
    ['“潍坊银行杯·我的育人故事”主题征文大赛', '潍坊', '潍坊银行'],
    ['（责任单位：崂山区政府，市自然资源局）', '崂山区', '崂山区政府'],
  ])('%s: %s is part of %s', (text, place, org) => {
    const spans = findPlaces(makeArticle(text));
    expect(spans[0]).toMatchObject({ text: place, org });
  });

  it.each(['潍坊市民办学校', '构建山东省发展新格局', '山东省大力推进', '菏泽市“两会”特别报道', '青州市委托第三方评估'])(
    '%s: the place is not part of an organisation',
    (text) => {
      const spans = findPlaces(makeArticle(text));
      expect(spans.length).toBeGreaterThan(0);
      expect(spans.every((s) => s.org === undefined)).toBe(true);
    },
  );

  it.each([
    ['通讯地址：北京市海淀区双清路83号', ['北京市', '海淀区']],
    ['小区里的无名巷，大家意见集中为民乐巷', []],
    ['武汉市武昌区紫阳街梅隐寺社区党总支书记', ['武汉市', '武昌区']],
    ['常去江西路和赤水大道', []],
  ])('%s: a short form naming a street is no place', (text, places) => {
    expect(findPlaces(makeArticle(text)).map((s) => s.text)).toEqual(places);
  });

  it.each([
    ['武汉街头一片寂静', '武汉'],
    ['澳门街坊总会举行活动', '澳门'],
    ['武汉大街小巷', '武汉'],
    ['紫阳街道党工委召开会议', '紫阳'],
  ])('%s: a city’s streets, neighbours or a subdistrict named after it keep the place', (text, place) => {
    expect(findPlaces(makeArticle(text)).map((s) => s.text)).toContain(place);
  });

  it('gives the place the article offsets of its own text', () => {
    const article = makeArticle('会议指出，青州市委经济工作会议召开');
    const [span] = findPlaces(article);
    expect(article.text.slice(span!.start, span!.end)).toBe('青州市');
    expect(span).toMatchObject({ kind: 'place', start: 5, end: 8, text: '青州市' });
  });
});

describe('findPlaces: shared names', () => {
  it.each([
    ['北京市朝阳区', '朝阳区', '110105'],
    ['长春市朝阳区', '朝阳区', '220104'],
    ['南京市鼓楼区', '鼓楼区', '320106'],
    ['福州市鼓楼区召开会议', '鼓楼区', '350102'],
    ['福州市台江区、鼓楼区', '鼓楼区', '350102'], // a sibling named
    ['吉林省吉林市', '吉林市', '220200'],
    ['吉林、辽宁、黑龙江三省', '吉林', '220000'], // the broader division
    ['甘肃省的敦煌', '敦煌', '620982'],
  ])('%s: %s → %s', (text, form, code) => {
    const span = findPlaces(makeArticle(text)).find((s) => s.text === form);
    expect(span?.code).toBe(code);
  });

  it('leaves a shared name without context unresolved', () => {
    expect(findPlaces(makeArticle('鼓楼区召开会议'))).toEqual([
      { kind: 'place', start: 0, end: 3, text: '鼓楼区', name: '鼓楼区', level: 'county' },
    ]);
  });

  it('uses the article place set by attribution', () => {
    const article = makeArticle('朝阳区召开会议', { place: { code: '110000', name: '北京市', level: 'province' } });
    expect(findPlaces(article)[0]?.code).toBe('110105');
  });
});

describe('findPlaces: foreign places', () => {
  it.each([
    ['与俄罗斯和中亚有关国家签署协议', ['俄罗斯', '中亚']],
    ['我国已经同印度、缅甸、印度尼西亚建立了友好合作关系', ['印度', '缅甸', '印度尼西亚']],
    ['中国与欧盟举行首次领导人会晤', ['中国', '欧盟']],
    ['同东南亚和南亚许多国家', ['东南亚', '南亚']],
  ])('%s', (text, names) => {
    const spans = findPlaces(makeArticle(text));
    expect(spans.map((s) => s.name)).toEqual(names);
    expect(spans.filter((s) => s.name !== '中国').every((s) => s.level === 'foreign' && s.code === '')).toBe(true);
  });
});

describe('findPlaces: ordinary words are not places', () => {
  it.each([
    // sentences of government reports, policy texts and the seeds
    '全年新建、续建商贸类项目12个',
    '文化惠民工程进一步深入',
    '不折不扣落实惠民政策',
    '吸引有潜力的大企业投资兴业、共同发展',
    '推进成渝地区双城经济圈建设',
    '重点是加快淮河、太湖的综合治理',
    '现在沿海城市有些盲目发展',
    '坚持稳中求进工作总基调',
    '大力发展朝阳产业',
    '促进城乡和县域经济协调发展',
    '完善市中心区功能，推进老城区改造和新区建设',
    '高新区和开发区要发挥引领作用',
    '推动中国式现代化，坚持中国特色社会主义',
    '朝鲜族群众',
    '伊敏河沿河公园等工程进展顺利',
    '跨越5000亿元大关',
    '维护边境地区的和平与安宁',
    '天下依然很不安宁',
    '东中西部和东北地区',
    '中东部地区协调发展',
    '宗教和顺，社会和谐',
    '发放惠农补贴资金',
    '全省经济继续保持稳中向好、稳中提质',
    '提高产品质量是兴国之道',
    '要完善城区、郊区和矿区的规划',
  ])('%s', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('findPlaces: credit lines', () => {
  it.each([
    // 人民日报 2019–2020: reporters whose names are place names
    ['（本报记者曹玲娟、蒋云龙、任江华）', []],
    ['本报北京10月30日电 （记者吴江）记者日前从工信部获悉', [['北京', '北京市', '110000', 'province', undefined]]],
    // a dateline in brackets is no credit line
    ['（新华社北京2月3日电 记者梅世雄）', [['北京', '北京市', '110000', 'province', undefined]]],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('keeps a place inside an organisation of a credit line (the paper’s name)', () => {
    expect(found('本报讯（特约记者 张磊 潍坊日报社全媒体记者 贺德良）').map((p) => p[1])).toEqual(['潍坊市']);
  });
});

describe('findPlaces: tokens and speed', () => {
  it('reads its own clause cuts, whether or not the article is segmented', () => {
    const text = '深入落实山东工作要求，推动潍坊实践';
    expect(findPlaces(makeArticle(text, { tokens: cut(text) })).map((s) => s.name)).toEqual(['山东省', '潍坊市']);
    expect(findPlaces(makeArticle(text)).map((s) => s.name)).toEqual(['山东省', '潍坊市']);
  });

  it('scans a long text quickly', () => {
    const text = '深入贯彻习近平总书记对山东工作的重要指示要求，推动潍坊、青州、东昌府区高质量发展。'.repeat(2000);
    const started = performance.now();
    expect(findPlaces(makeArticle(text))).toHaveLength(8000);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

describe('findPlaces: given names that are place names', () => {
  it.each([
    ['王启东同志逝世', '启东'],
    ['研究部部长叶兴庆说，农业结构优化', '兴庆'],
    ['所长秦海林认为，工业经济运行平稳', '海林'],
    ['中国驻印度大使孙卫东表示', '卫东'],
  ])('%s: %s is a person, not a place', (text, form) => {
    expect(findPlaces(makeArticle(text)).map((s) => s.text)).not.toContain(form);
  });

  it.each([
    ['在启东表示欢迎', '启东'],
    ['和徐州说好了', '徐州'],
  ])('%s: %s after a word, not a surname, stays a place', (text, form) => {
    expect(findPlaces(makeArticle(text)).map((s) => s.text)).toContain(form);
  });
});

describe('findPlaces: a county or city right after the place it lies in', () => {
  it.each([
    // stems withheld as short forms (the dictionary knows them as words) name the place after their province
    ['山东临清三级书记进村入户促脱贫', [['山东', '山东省'], ['临清', '临清市']]],
    ['河北正定的发展', [['河北', '河北省'], ['正定', '正定县']]],
    ['北京朝阳群众', [['北京', '北京市'], ['朝阳', '朝阳区']]],
    // (not after another province, nor inside a longer word)
    ['山西临清', [['山西', '山西省']]],
  ])('%s', (text, expected) => {
    expect(findPlaces(makeArticle(text)).map((p) => [p.text, p.name])).toEqual(expected);
  });
});
