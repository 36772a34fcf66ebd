import { describe, expect, it } from 'vitest';
import { findSlogans, sloganValue } from '../../../../src/extract/slogans/slogans.js';
import { taggedArticle } from '../../../helpers/article.js';

const slogans = (text: string) => findSlogans(taggedArticle(text)).map((s) => [s.name, s.value]);

describe('findSlogans', () => {
  it.each([
    // seeds
    ['以实际行动坚定拥护“两个确立”，坚决做到“两个维护”。', [['两个确立', 2], ['两个维护', 2]]],
    ['聚焦市委“1441”工作思路，更好统筹疫情防控', [['1441工作思路', '1441']]],
    ['具体要抓好“八件大事”。', [['八件大事', 8]]],
    ['五是聚焦聚力拓展“三个模式”。', [['三个模式', 3]]],
    ['八是聚焦聚力守牢“一排底线”。', [['一排底线', 1]]],
    ['统一到“五个深刻领会把握”上来', [['五个深刻领会把握', 5]]],
    ['持续提升“231”产业竞争力', [['231产业', '231']]],
    ['聚力推进“十大”行动计划，全省经济继续保持稳中向好', [['十大行动计划', 10]]],
    ['严格落实“八抓20条”创新措施', [['八抓20条', '8-20']]],
    ['我国需求收缩、供给冲击、预期转弱“三重压力”仍然较大', [['三重压力', 3]]],
    ['优化“一群两心三圈”格局', [['一群两心三圈', '1-2-3']]],
    ['立足全市“9+3+N”产业链', [['9+3+N产业链', '9+3+N']]],
    ['总结“十四五”亮点 展望“十五五”目标', [['十四五', 14], ['十五五', 15]]],
    ['紧紧围绕市委“一七五”思路目标', [['一七五思路', '175']]],
    ['重点做到八个着力。', [['八个着力', 8]]],
    // corpus: provincial reports and policy documents, unquoted national formulations
    ['锚定“三地一区”实现新突破和取得“三个新的更大进展”目标', [['三地一区', '3-1'], ['三个新的更大进展', 3]]],
    ['增强四个意识、坚定四个自信', [['四个意识', 4], ['四个自信', 4]]],
    ['统筹推进五位一体总体布局，协调推进四个全面战略布局', [['五位一体', '5-1'], ['四个全面', 4]]],
    ['构建1+N政策体系', [['1+N', '1+N']]],
    ['全面完成十四五规划目标任务', [['十四五', 14]]],
    ['助推“双碳”目标实现', [['双碳', 2]]],
    ['圆满完成“四减四增”三年行动任务', [['四减四增', '4-4']]],
    // real news: a programme with its numbered action or its experience; parts joined by a comma
    ['深入实施“双碳”十大行动', [['双碳十大行动', 2]]],
    ['推广“百千万工程”经验', [['百千万工程经验', '100-1000-10000']]],
    ['落实“三不变，一降低”要求', [['三不变，一降低', '3-1']]],
    // labels with a number inside, named as a reform or a campaign by what is around the quote
    ['推行“最多跑一次”改革，实行“多规合一”', [['最多跑一次', undefined], ['多规合一', undefined]]],
    ['开展“净网2019”“护苗2019”专项行动', [['净网2019', undefined], ['护苗2019', undefined]]],
    ['打造“365党群直通车”', [['365党群直通车', 365]]],
    // unquoted programmes numbered by their years or parts, and national formulations (slogans-known.txt)
    ['出台了空气质量改善三年行动方案', [['三年行动方案', 3]]],
    ['实施水、土壤污染防治两大行动计划', [['两大行动计划', 2]]],
    ['坚持两手抓，为实现第一个百年奋斗目标努力', [['两手抓', 2], ['百年奋斗目标', 100]]],
    // national formulations printed without quotes in real news
    ['中国坚定不移在和平共处五项原则基础上发展同各国的友好合作', [['和平共处五项原则', undefined]]],
    ['围绕两不愁三保障，广泛倾听群众意见', [['两不愁三保障', '2-3']]],
    ['准确运用监督执纪四种形态，落实三个区分开来', [['四种形态', 4], ['三个区分开来', 3]]],
    // a code still names its programme
    ['落实“1441”工作思路，开通“12345”热线', [['1441工作思路', '1441']]],
    // the quote bounds an action's name: its plan is outside (as annotated)
    ['出台物业服务管理“三年提升行动”计划', [['三年提升行动', 3]]],
  ])('%s', (text, expected) => {
    expect(slogans(text)).toEqual(expected);
  });

  it.each([
    // idioms, dates, counts and quotations quoted in real news are not formulations
    '干部不能搞“一言堂”',
    '防止“一走了之”',
    '克服“七年之痒”',
    '有的人是“两面人”',
    '纪念“九一八”事变',
    '“70”个瞬间',
    '拨打“110”报警',
    '“一天赚一块钱”',
    '只有“一杯清茶”',
    '正如那句话，“四十而不惑。”',
    '成了“三好学生”',
    '避免“一盘散沙”',
    // common words, ordinals and days quoted before a programme's noun
    '提供“一站式”服务',
    // a project is no programme
    '这是一项工程',
    '推行“一把手”负责制',
    '打造“第一站”品牌',
    '开展“周一环境大扫除”活动',
    // real news: honours, shopping days, service numbers, quantities, holidays and seasons
    '给汤洪波同志颁发“二级航天功勋奖章”',
    '去年“双11”期间，新增网购用户七成来自三四线城市',
    '开启“12319”城建服务热线、市民通APP',
    '拨打“12345”政务服务便民热线',
    '“一块屏幕”出现在越来越多的学校',
    '要做好“两节”期间重要民生商品保供稳价',
    '农民都在循环往复地唱着这首“四季歌”',
    '举行“九九重阳·和谐家园”大型活动',
    // an ordinal inside a known formulation
    '运用第四种形态处理6万人次',
    // a count of a number, a saying, a launch's mode
    '两个“十三”不是完全对应的。',
    '坚守防控岗位，“一个党员就是一面旗帜”；',
    '以“一箭双星”方式，成功将卫星送入预定轨道',
  ])('no formulation in %s', (text) => {
    expect(slogans(text)).toEqual([]);
  });

  it.each([
    // ordinary counts (corpus and seeds) are not slogans
    '重点做好十一个方面工作',
    '一年来，主要抓了九个方面工作',
    '有6个方面的深刻体会',
    '连续两个月保持增长',
    '不让一个人掉队',
    '分为动员部署、集中整治、总结验收三个步骤开展',
    '下降五个百分点',
    '这是一个重要的会议',
    '以“一对一”的方式与儿童进行心理疏导',
    '会同相关部门出台“一揽子政策”',
    '情暖水城庆“六一”主题活动',
    '菏泽市“两会”特别报道',
    '“2022中国农民合作社500强”我市有90个',
  ])('no slogan but what is numbered in %s', (text) => {
    expect(slogans(text)).toEqual([]);
  });

  it('spans the quotes and head of a code, the words only otherwise', () => {
    const [code, count] = findSlogans(taggedArticle('聚焦市委“1441”工作思路，抓好“八件大事”。'));
    expect(code).toMatchObject({ text: '“1441”工作思路', start: 4 });
    expect(count).toMatchObject({ text: '八件大事', start: 18, end: 22 });
  });
});

describe('sloganValue', () => {
  it.each([
    ['两个一百年', 2],
    ['十三五', 13],
    ['七五', 7],
    ['三去一降一补', '3-1-1'],
    ['双招双引', 2],
    ['4012', '4012'],
  ])('%s → %s', (formulation, value) => {
    expect(sloganValue(formulation)).toBe(value);
  });
});

describe('findSlogans: one per case, and formulations of numbered parts', () => {
  it.each([
    ['努力实现一户一岗增收脱贫。', [['一户一岗', '1-1']]],
    ['建立一企一专班机制。', [['一企一专班', '1-1']]],
    ['推动“一镇一业、一村一品”，因地制宜。', [['一镇一业、一村一品', '1-1-1-1']]],
    ['抓好“两山七河一流域”生态修复。', [['两山七河一流域', '2-7-1']]],
    ['推行“一周一会”制度。', [['一周一会', '1-1']]],
  ])('%s', (text, expected) => {
    expect(slogans(text)).toEqual(expected);
  });

  it.each([
    '他一心一意为群众办事，一草一木都珍惜。',
    '每人一年一次体检，一天一夜没合眼。',
    '一步一步往前走，一件一件抓落实，一南一北两个园区。',
    '总投资一千一百万元。',
    '结合“十美村、十差村”评比开展考核。',
    '在空中拼出“五星红旗”图案。',
  ])('none in %s', (text) => {
    expect(slogans(text)).toEqual([]);
  });
});

describe('findSlogans: a count of a quoted term, and codes with X', () => {
  it.each([
    // a count right before a quoted term names a formulation of that many, even of an idiom
    ['落实五个“百分之百”工作目标。', [['五个百分之百', 5]]],
    ['协调推进四个“全面”战略布局。', [['四个全面', 4]]],
    // X, like N, stands for the items each place adds
    ['实施“8+X”配套设施提升工程。', [['8+X', '8+X']]],
  ])('%s', (text, expected) => {
    expect(slogans(text)).toEqual(expected);
  });
});

describe('findSlogans on real news: lists of numbered parts, numbered measures, idioms in quotes', () => {
  it.each([
    // a quoted list whose every part opens with its number is one formulation, however long
    ['南市街道推出“一张清单、两种模式、三级联动”的党建督查制度', [['一张清单、两种模式、三级联动', '1-2-3']]],
    ['建立“3个服务平台、6支志愿服务队、5项服务方式”的工作框架', [['3个服务平台、6支志愿服务队、5项服务方式', 3]]],
    ['一座拥有“万亩城市森林、百万乔灌树木、百种乡土植物、四季景观大道”的城市森林拔地而起',
      [['万亩城市森林、百万乔灌树木、百种乡土植物、四季景观大道', undefined]]],
    ['让贫困户真正实现了“两不愁、三保障”。', [['两不愁、三保障', '2-3']]],
    // (a saying opening with a word of the stop list; a long quote that is no list)
    ['展现了“一方有难、八方支援”的精神。', []],
    ['他说：“我们一定把这三件事情办好，让群众满意。”', []],
    // numbered measures, plans and dialogues of a policy, unquoted; not a count of things
    ['发挥好领导人会晤和五大高层对话的引领作用', [['五大高层对话', 5]]],
    ['宣布了中国进一步支持全球抗疫合作的五大举措。', [['五大举措', 5]]],
    ['实施工业污染深度治理等六大攻坚战', [['六大攻坚战', 6]]],
    ['小麦、水稻、玉米三大主粮生产基本实现机械化', []],
    // idioms printed in quotes
    ['切实防止“两张皮”，打破自家“一亩三分地”，旅党委“一班人”第一时间开展学习。', []],
    ['在人权问题上奉行“双重标准”，强势平台“二选一”依然存在。', []],
  ])('%s', (text, expected) => {
    expect(slogans(text)).toEqual(expected);
  });
});
