import { describe, expect, it } from 'vitest';
import { attributeArticles } from '../../../../src/extract/places/attribution.js';
import type { Article } from '../../../../src/types.js';
import { makeArticle } from '../../../helpers/article.js';

// Shortened from real 人民日报 (2019–2020) and 新闻联播 (2023–2024) stories: how the news is framed decides its place.
const placeOf = (title: string, body: string, extra: Partial<Article> = {}): [string | undefined, string | undefined] => {
  const a = makeArticle(`${title}\n${body}`, extra);
  attributeArticles([a]);
  return [a.place?.name, a.place?.code];
};

describe('article place from the news framing', () => {
  it.each([
    [
      'a Beijing dateline on a national story is China',
      '截至九月底 全国开通5G基站八万余个',
      '本报北京10月30日电 （记者韩鑫）记者日前从工信部获悉：今年前三季度，我国信息通信业运行总体平稳。截至9月底，北京、上海等地4G用户规模稳步提高。',
      ['中国', '000000'],
    ],
    [
      'a meeting 在京召开 with a Beijing dateline is China, not Beijing',
      '民革十四届二中全会在京召开',
      '新华社北京12月20日电 中国国民党革命委员会第十四届中央委员会第二次全体会议12月20日在北京召开。北京市有关负责同志列席。',
      ['中国', '000000'],
    ],
    [
      'a Beijing dateline under a headline about Beijing is Beijing',
      '北京中轴线成功列入《世界遗产名录》',
      '新华社北京7月27日电 我国申报的“北京中轴线——中国理想都城秩序的杰作”被正式列入《世界遗产名录》。北京中轴线位于北京老城中心。',
      ['北京市', '110000'],
    ],
    [
      'a dateline under a headline naming its province is the province',
      '保护渔业资源和海洋生态环境 广东压减渔船4782艘',
      '本报阳江10月22日电 （记者李刚）广东渔民减船转产、渔船集中报废拆解活动日前在广东阳江举行。广东省共核减渔船4782艘。',
      ['广东省', '440000'],
    ],
    [
      'a district named after its prefecture in the headline is the district, below the dateline',
      '贵州毕节七星关深化户籍“放管服”改革',
      '本报毕节2月24日电 近日，家住贵州毕节七星关城区碧阳街道的张女士来到区政务服务大厅公安户籍窗口办完了变更户籍项目。',
      ['七星关区', '520502'],
    ],
    [
      'a leader’s inspection tour is the place visited',
      '陈希在青海调研时强调 切实把党中央关于主题教育的各项要求落到实处',
      '本报西宁10月14日电 中共中央政治局委员、中组部部长陈希13日在青海调研时强调，要深入学习贯彻党中央精神，全国各地要抓好落实。',
      ['青海省', '630000'],
    ],
    [
      'an inspection datelined at one stop is the province visited',
      '孙春兰在广东调研强调推动教育医疗等社会事业',
      '新华社深圳10月12日电 中共中央政治局委员、国务院副总理孙春兰10日至12日在广东调研。她强调，要深入贯彻党中央精神。',
      ['广东省', '440000'],
    ],
    [
      'a headline listing several provinces is national',
      '湖南、广东、重庆、甘肃扎实推进第二批主题教育',
      '第二批主题教育开展以来，湖南、广东、重庆、甘肃等地牢牢把握总要求。湖南：紧贴实际情况。广东：聚焦发展难题。',
      ['中国', '000000'],
    ],
    [
      'a headline listing several provinces is national, whatever visit its lede recalls',
      '河北、江苏、湖北——',
      '注重分类指导 实实在在解决问题\n　　习近平总书记在河南考察时强调，第二批主题教育要注重分类指导。河北、江苏、湖北等地结合基层实际，增强主题教育的针对性。\n　　河北：改进工作作风\n　　石家庄市生态环境局工作人员帮助企业查找污染点位。\n　　江苏：细化责任事项\n　　家住镇江新区的居民反映垃圾问题，镇江新区党工委委员领办问题，镇江新区党工委要求班子成员领办难题，镇江市委组织部跟踪督办，镇江市民拍手称赞。\n　　湖北：改进组织指导方式\n　　襄阳市制定方案，全市机关细化工作内容。十堰市全市上下立行立改，全市共发现问题300个。',
      ['中国', '000000'],
    ],
    [
      'a lede gathering the provinces is a round-up, whatever city it names most',
      '重要讲话引起热烈反响',
      '　　习近平总书记的重要讲话，在省区市各级党委政府干部中引起热烈反响。\n　　浙江义乌市委书记说，义乌将加快发展。义乌小商品城喜气洋洋，义乌干部群众深受鼓舞。\n　　江西瑞金市委书记表示要巩固脱贫成效。',
      ['中国', '000000'],
    ],
    [
      'a 各地 round-up is national',
      '各地装扮一新 新年氛围渐浓',
      '**央视网消息**（新闻联播）：元旦临近，各地装扮一新。临近新年，江苏南京的老街老巷张灯结彩，在老门东景区，人们赏花灯。',
      ['中国', '000000'],
    ],
    [
      'a transcript story headed by one city is that city',
      '【一线调研·加快形成新质生产力】成都：为新质生产力构建平台',
      '**央视网消息**（新闻联播）：今年，成都引进了106个顶尖科技创新团队，我国电子信息领域的科技成果在全国领先。',
      ['成都市', '510100'],
    ],
    [
      'a story naming no Chinese place but China is national',
      '神舟十八号乘组“太空出差”过半 各项任务进展顺利',
      '**央视网消息**（新闻联播）：从今年4月25日发射入轨至今，神舟十八号乘组已经在中国空间站驻留三个月，多项试验任务进展顺利。',
      ['中国', '000000'],
    ],
    [
      'a report about one city with one 我国 is that city',
      '雷神山医院验收了（来自疫情防控一线的报道）',
      '经过逾万名建设者十昼夜奋战，2月6日，雷神山医院正式通过武汉市城建和卫健部门的验收。武汉市又紧急决定在江夏区黄家湖再建一所医院。' +
        '这是我国应对疫情的又一举措。武汉市相关负责人介绍，医院将逐步移交。武汉的医疗力量进一步增强。',
      ['武汉市', '420100'],
    ],
    [
      'a reporter’s tour of several provinces is national',
      '园区创新热 增产质量高（开年一线看亮点）',
      '春节复工，记者来到上海、北京等地园区，深入生产创新一线。在上海张江，企业加紧研发。上海市经信委负责人介绍，上海今年新增项目30个。',
      ['中国', '000000'],
    ],
    [
      'a broadcast that takes the viewer to two provinces is national',
      '全面深化改革 中国式现代化万千气象',
      '**央视网消息**（新闻联播）：奋力谱写西部大开发新篇章。\n\n今天的节目，让我们一起走进陕西、宁夏。陕西西安推进科技创新，西安高新区企业加快转化。',
      ['中国', '000000'],
    ],
    [
      'two meetings held in two cities are no tour',
      '习近平同哈萨克斯坦总统举行会谈',
      '**央视网消息**（新闻联播）：欢迎仪式后，两国元首举行会谈。习近平指出，去年，我和托卡耶夫总统在西安和北京两次会晤。中方愿同哈萨克斯坦加强合作，哈萨克斯坦是好伙伴，支持企业赴哈萨克斯坦投资。',
      ['哈萨克斯坦', ''],
    ],
    [
      'a village story names its county; the prefecture’s organ there is no voice',
      '郭村换了模样（奋斗在复工一线）',
      '暖风吹绿渡洋河，河南洛宁县东宋镇郭村的乡亲们脸上洋溢着笑。洛阳市委统战部干部、驻村第一书记童红涛担起新角色。疫情期间，县里开辟了外出务工绿色通道，洛宁县东宋镇累计办理审批9130人。',
      ['洛宁县', '410328'],
    ],
    [
      'one 我国 does not outweigh a provincial-level city’s dateline',
      '天津市人大常委会出台法规',
      '本报天津2月16日电 14日上午，天津市十七届人大常委会第十七次会议表决通过了《天津市人民代表大会常务委员会关于禁止食用野生动物的决定》。这是我国首部省级地方性法规。天津市人大常委会相关负责同志介绍。',
      ['天津市', '120000'],
    ],
    [
      'a county in the headline, filed from the provincial capital, is that county',
      '安徽泗县大杨乡小丁村孙达敏—— “要脱贫，就得鼓起精气神”',
      '本报合肥2月24日电 正月十五刚过，安徽泗县大杨乡小丁村近千名群众在家门口欣赏了一台文化大餐。近年来，泗县开展常态化文化扶贫活动，泗县建成文化服务中心157个。',
      ['泗县', '341324'],
    ],
    [
      'filed from the provincial capital about a county elsewhere in the province',
      '“悬崖村”搬家进行时',
      '本报成都5月12日电 5月12日上午，四川凉山“悬崖村”——凉山彝族自治州昭觉县支尔莫乡阿土列尔村，全村84户开始搬迁至昭觉县城安置点。“悬崖村”原址将启动旅游开发。新家在昭觉县城附近。',
      ['昭觉县', '513431'],
    ],
    [
      'a national event held in a county (在…启动) is not the county’s',
      '2020年“新春走基层”活动启动',
      '新华社石家庄1月7日电 2020年是脱贫攻坚决战决胜之年。新闻战线“新春走基层”活动7日在河北张家口市康保县启动。全国广大新闻记者将深入践行“四力”要求，全国新闻战线持续记录当代中国。',
      ['中国', '000000'],
    ],
    [
      'a deputy’s profile is the deputy’s place',
      '全国人大代表梁益建——\n让更多人重获健康（新春走基层·代表委员履职故事）',
      '2月12日中午12时，记者在成都市第三人民医院见到了刚结束门诊的梁益建。梁益建，四川省成都市第三人民医院骨科主任。第一次参加全国人代会，他提出3个建议。全国人大代表要为全国患者发声。',
      ['成都市', '510100'],
    ],
    [
      'a township in the headline: the county of the lede’s address, not the province of the dateline',
      '西藏普玛江塘乡平均海拔5373米—— 我国海拔最高乡 群众全部住新房',
      '据新华社拉萨10月25日电 近日，西藏自治区浪卡子县普玛江塘乡那木其村29户127名村民喜迁新居。自2017年起，浪卡子县委县政府奋力推进边境小康村建设。',
      ['浪卡子县', '540531'],
    ],
    [
      'a photo abroad naming no Chinese place is the country it shows',
      '图片报道',
      '2月7日，由中企承建的玻利维亚埃尔埃斯皮诺公路重要节点工程——帕拉佩蒂新桥贯通。图为当地儿童在新桥贯通仪式上合影留念。',
      ['玻利维亚', ''],
    ],
  ])('%s', (_, title, body, expected) => {
    expect(placeOf(title, body)).toEqual(expected);
  });

  it.each([
    [
      'a foreign city dateline',
      '塞尔维亚前进党主席、总统武契奇会见杨晓渡',
      '新华社贝尔格莱德10月14日电 10月14日，塞尔维亚前进党主席、总统武契奇在贝尔格莱德会见国家监察委员会主任杨晓渡。',
      '塞尔维亚',
    ],
    [
      'a dateline kept with its agency by the splitter (据新华社伦敦)',
      '欧美同学会在伦敦举办论坛探讨中英合作',
      '据新华社伦敦10月11日电 （记者张代蕾）欧美同学会11日在伦敦英国皇家学会举办论坛，与会中英两国代表就中英合作展开交流。',
      '英国',
    ],
    [
      '当地时间 with the country named',
      '习近平抵达河内对越南进行国事访问',
      '**央视网消息**（新闻联播）：当地时间12月12日中午，国家主席习近平乘专机抵达河内，对越南进行国事访问。',
      '越南',
    ],
    [
      '当地时间 with only a city named',
      '韩正会见国际奥委会主席',
      '**央视网消息**（新闻联播）：当地时间7月27日下午，国家副主席韩正在巴黎会见国际奥委会主席巴赫。中方将于明年举办亚洲冬季运动会。',
      '法国',
    ],
    [
      'foreign news without a dateline (美国国务院 is no national cue)',
      '以军称继续推进在汗尤尼斯的地面军事行动',
      '**央视网消息**（新闻联播）：以色列国防军9日继续对加沙地带南部城市展开空袭。以色列总理表示行动将持续。美国国务院发言人表示关切。以色列军方称推进顺利。',
      '以色列',
    ],
  ])('foreign news: %s', (_, title, body, expected) => {
    expect(placeOf(title, body)[0]).toBe(expected);
  });

  it('a meeting in Beijing with a foreign guest is China', () => {
    expect(
      placeOf(
        '习近平会见意大利总理',
        '**央视网消息**（新闻联播）：7月29日下午，国家主席习近平在北京钓鱼台国宾馆会见来华进行正式访问的意大利总理梅洛尼。意大利愿同中国合作。',
      ),
    ).toEqual(['中国', '000000']);
  });

  it.each([
    ['苏州', ['苏州市', '320500']],
    ['吴中区', ['吴中区', '320506']],
    ['000000', ['中国', '000000']],
  ])('the place the source gives (%s) wins when the gazetteer knows it', (givenPlace, expected) => {
    expect(placeOf('全国开通5G基站', '本报北京10月30日电 我国信息通信业运行总体平稳。', { givenPlace })).toEqual(expected);
  });

  it('a place the gazetteer does not know is ignored', () => {
    expect(placeOf('全国开通5G基站', '本报北京10月30日电 我国信息通信业运行总体平稳。', { givenPlace: '某地' })).toEqual([
      '中国',
      '000000',
    ]);
  });
});

// Round 2: national stories that name no local place, meetings held 在京, bodies and spirits named after a city.
describe('national stories without a local place', () => {
  it.each([
    [
      'a central lecture 在京 hosted with 北京市委 is China',
      '中央宣讲团首场报告会在京举行',
      '**央视网消息**（新闻联播）：中央宣传部、中共北京市委今天上午在京举办中央宣讲团首场报告会。全国政协副主席作宣讲报告。',
      ['中国', '000000'],
    ],
    [
      'an interview naming no place, speaking of the plenum, is China',
      '【权威访谈】完善就业优先政策',
      '**央视网消息**（新闻联播）：党的二十届三中全会强调，要健全保障和改善民生制度体系。来看记者对人力资源社会保障部部长的专访。',
      ['中国', '000000'],
    ],
    [
      'a commentary naming no place is China',
      '团结合作是最有力的武器（人民论坛）',
      '病毒没有国界，疫情不分种族。习近平主席深刻指出，人类是一个休戚与共的命运共同体。',
      ['中国', '000000'],
    ],
    [
      '上海合作组织 and “上海精神” are not Shanghai',
      '国际人士积极评价习近平主席在上海合作组织会议上的重要讲话',
      '多国人士表示，中国一直为上合组织行稳致远提出方案。“上海精神”受到越来越多国家的认可。',
      ['中国', '000000'],
    ],
    [
      'a 各地 round-up naming three provinces is China though its reports speak of 全省',
      '各地各部门积极做好低温雨雪冰冻灾害防范工作',
      '**央视网消息**（新闻联播）：各地各部门多措并举。今天，安徽出现大风降雪天气，合肥绕城高速封闭。江西多地出现雨夹雪。山西省委要求全省做好防范，全省各地加强巡查。',
      ['中国', '000000'],
    ],
  ])('%s', (_, title, body, expected) => {
    expect(placeOf(title, body)).toEqual(expected);
  });

  it("a headline on some of the country's towns is a national round-up, whatever town it opens with", () => {
    const title = '美好家园 共建共享\n——全国部分县级市开展卫生运动剪影';
    const body =
      '　　江苏太仓市的村民每天打扫庭院。太仓市已连续入选文明城市，太仓市委书记介绍，太仓有志愿服务队156支。\n　　山东胶州市的居民参与健康科普。\n　　陕西志丹县开展心理疏导。';
    expect(placeOf(title, body, { title, bodyStart: title.length + 1 })).toEqual(['中国', '000000']);
  });

  it.each([
    [
      "a commentary naming no place but its author's unit is national",
      '责任不能只写在纸上（有的放矢）',
      '签订责任书是为了落实责任。一些单位签订责任书过多，形式大于内容。领导干部要率先垂范。\n　　（作者单位：南京某学院苏州校区）',
      ['中国', '000000'],
    ],
  ])('%s', (_, title, body, expected) => {
    const [name, code] = placeOf(title, body);
    expect([name, code ?? '']).toEqual(expected);
  });

  it("a central regulator's briefing datelined Beijing is national, whatever 资本市场 holds", () => {
    const body =
      '本报北京2月27日电 在27日举行的新闻发布会上，监管部门负责人介绍了有关情况。负责人表示，要增强资本市场对实体经济的包容性，维护资本市场稳定健康发展。';
    expect(placeOf('监管部门负责人表示 确保改革平稳启动', body)).toEqual(['中国', '000000']);
  });

  it('a Beijing story 在京 still is Beijing when it names Beijing', () => {
    expect(
      placeOf(
        '首都交警铁骑队首批队员执勤',
        '本报北京10月22日电 北京公安交管部门新组建的铁骑队伍近日亮相。针对北京市区交通高峰问题，承担全市环路的疏导。',
      ),
    ).toEqual(['北京市', '110000']);
  });
});
