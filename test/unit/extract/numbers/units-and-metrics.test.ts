// Units a figure's words imply and the noun phrase it measures, class by class (sentences written for these tests).
import { describe, expect, it } from 'vitest';
import { extractNumbers } from '../../../../src/extract/numbers/numbers.js';
import type { NumberSpan } from '../../../../src/types.js';
import { makeArticle } from '../../../helpers/article.js';

function spans(sentence: string): NumberSpan[] {
  return extractNumbers(makeArticle(sentence));
}

function figure(sentence: string, target: string): NumberSpan {
  const found = spans(sentence).find((s) => s.text === target);
  if (!found) throw new Error(`no span '${target}' in ${JSON.stringify(spans(sentence).map((s) => s.text))}`);
  return found;
}

describe('the unit is the base unit the words mean', () => {
  it.each([
    // A rate written before the figure keeps the base unit; its denominator is `per`.
    ['护理员每月2800元工资。', '2800元', { unit: '元', per: '月', metric: '工资' }],
    ['以及每月600多元的养老金，', '600多元', { unit: '元', per: '月', metric: '养老金' }],
    // Spoken 块 is yuan when it closes the clause or comes before 钱; before a noun it counts pieces.
    ['卖菜一天能挣300多块，比以前强多了。', '300多块', { kind: 'amount', value: 300, unit: '元' }],
    ['一斤苹果卖5块钱。', '5块钱', { kind: 'amount', value: 5, unit: '元' }],
    ['他家门口摆着4块石碑。', '4块', { kind: 'count', unit: '块' }],
    // A bare 万/亿 count of people named after it is in persons; of visits, in 人次.
    ['以军袭击已致超1.94万巴勒斯坦人死亡。', '1.94万', { kind: 'count', value: 19400, unit: '人' }],
    ['拥有近100万粉丝的账号。', '100万', { kind: 'count', value: 1000000, unit: '人' }],
    ['铁路春运累计发送旅客人次超3亿。', '3亿', { kind: 'count', value: 300000000, unit: '人次' }],
    ['我们现在有1.2亿市场主体。', '1.2亿', { kind: 'count', value: 120000000, unit: '' }],
    // Currencies of world news.
    ['苏伊士经贸合作区共吸引投资10亿埃镑。', '10亿埃镑', { kind: 'amount', value: 1000000000, unit: '埃镑' }],
    // Flights, train runs and beds are counted, not measured.
    ['全国民航保障航班1.2万架次。', '1.2万架次', { kind: 'count', value: 12000, unit: '架次' }],
    ['铁路加开临客120车次，', '120车次', { kind: 'count', value: 120, unit: '车次' }],
    // 口 after a household counts its people.
    ['她家一家四口住在老房子里。', '四口', { kind: 'count', value: 4, unit: '人', metric: '一家' }],
    ['一家六口人，只有三亩地。', '六口人', { value: 6, unit: '人', metric: '一家' }],
    // A bare 万 figure takes the unit its metric means.
    ['全年销售收入两三万，日子好过了。', '两三万', { kind: 'amount', min: 20000, max: 30000, unit: '元' }],
    ['累计确诊病例已超20万。', '20万', { value: 200000, unit: '例' }],
    // People named right after a bare 万/亿 are counted in 人, whatever the word for them.
    ['今年有874万高校毕业生。', '874万', { kind: 'count', value: 8740000, unit: '人' }],
    ['引来数千万网友围观。', '数千万', { unit: '人' }],
    ['14亿多中国人共同奋斗。', '14亿多', { value: 1400000000, unit: '人' }],
    ['拥有4亿多中等收入群体。', '4亿多', { unit: '人' }],
    ['带动10万竹农增收。', '10万', { unit: '人' }],
    ['全球已有3500万因艾滋病相关疾病致死者。', '3500万', { kind: 'count', value: 35000000, unit: '人' }],
    ['估计约1亿或者2亿。', '1亿', { unit: '' }],
    // Packs of goods are counted in their own classifier.
    ['药品共10.7万盒，价值1343.6万元。', '10.7万盒', { kind: 'count', value: 107000, unit: '盒', metric: '药品' }],
    ['调拨5万床棉被。', '5万床', { kind: 'count', value: 50000, unit: '床', metric: '棉被' }],
    ['生产84消毒液5000瓶。', '5000瓶', { kind: 'count', unit: '瓶' }],
    // 大米 is goods, though the segmenter reads it as a number.
    ['向灾区运送大米3000袋。', '3000袋', { unit: '袋', metric: '大米' }],
    ['景区游客人数超过5万，', '5万', { value: 50000, unit: '人' }],
    // A range in words is one figure: its low end takes the unit of the high one.
    ['投资增长三到五成。', '三到五成', { kind: 'percent', min: 30, max: 50, unit: '%', approx: 'range' }],
    ['每村配备三至五个网格员。', '三至五个', { kind: 'count', min: 3, max: 5, unit: '个', approx: 'range' }],
  ])('%s: %s', (sentence, target, expected) => {
    expect(figure(sentence, target)).toMatchObject(expected);
  });

  it.each([
    ['1美元约合7.1元人民币。', '1美元'],
    ['当地1度电的价格约为0.6元。', '1度'],
    // A round hundred days names a campaign.
    ['开展全国中小企业网上百日招聘活动。', '百日'],
    ['打响脱贫攻坚百日攻坚战。', '百日'],
  ])('%s: %s is no amount', (sentence, target) => {
    expect(spans(sentence).map((s) => s.text)).not.toContain(target);
  });
});

describe('the metric is the noun phrase measured', () => {
  it.each([
    // The level a change reaches is of the thing that changed.
    ['全年出口额增长12%至3.5万亿元。', '3.5万亿元', '出口额'],
    ['全年进出口总额增长5.2%，达到41.8万亿元。', '41.8万亿元', '进出口总额'],
    ['社会消费品零售总额下降3.9%，为39.2万亿元。', '39.2万亿元', '社会消费品零售总额'],
    // A tally adverb before a verb that ends names of things measured leaves the phrase as without it.
    ['今年以来中欧班列共开行2920列。', '2920列', '中欧班列开行'],
    ['中欧班列累计开行1.6万列。', '1.6万列', '中欧班列开行'],
    // A plan's 拟 and its verb are no part of the thing planned.
    ['今年赤字率拟按3%左右安排。', '3%左右', '赤字率'],
    ['地方政府专项债券拟安排3.9万亿元。', '3.9万亿元', '地方政府专项债券'],
    // Coordinated nouns after a classifier are counted together.
    ['两位老党员、老模范讲述了入党故事。', '两位', '老党员、老模范'],
    ['30多家高校和科研单位参加了论坛。', '30多家', '高校和科研单位'],
    // …unless a sum-up in Chinese numerals shows the second noun is another figure's.
    ['它连接2条地铁线路和京沪高铁、京津城际两条铁路，', '2条', '地铁线路'],
    // A list closed by 等 names its kind after 等.
    ['镇上组织销售了近8万元的核桃、红枣、花椒等土特产品。', '8万元', '土特产品'],
    ['全市12个区县全部启动应急响应、暂停大型活动等措施。', '12个', '区县'],
    // People counted by the event that befell them, with its manner, without the verb of achieving.
    ['全乡已有200多人实现稳定就业。', '200多人', '稳定就业'],
    ['全乡有35人在家门口就业。', '35人', '在家门口就业'],
    ['去年该县1200人实现脱贫，', '1200人', '脱贫'],
    ['约500人参加。', '500人', '参加'],
    // A relative clause with no noun after it is what is counted.
    ['本村80多个外出打工的，大多已返岗。', '80多个', '外出打工的'],
    // Past a likeness or a time before 的, the head noun.
    ['邀请15位像老李一样的种粮大户参加。', '15位', '种粮大户'],
    ['展出300多件宋元时期的瓷器，', '300多件', '瓷器'],
    ['当天，1500多名一线医护人员全部到岗。', '1500多名', '一线医护人员'],
    // A preposition, 价值, a classifier or a verb's 了 before an amount with 的 after it: the noun after.
    ['光伏板铺设在近千亩的荒山上。', '千亩', '荒山'],
    ['项目拉动了价值50亿元的投资。', '50亿元', '投资'],
    ['每一笔超过5000元的开支都要公示。', '5000元', '开支'],
    // A place phrase is where, not what: the noun after the figure.
    ['在黄海海域近50米水深的养殖区内作业。', '50米', '水深'],
    // Modals and 定在 stand between the metric and the figure.
    ['全省经济增长目标会定在5%左右。', '5%左右', '经济增长目标'],
    // A book title is a name measured; a named administrative place is the scope, not the metric.
    ['《条例》共45条。', '45条', '《条例》'],
    ['伊犁哈萨克自治州贫困劳动力3万人。', '3万人', '贫困劳动力'],
    // A list closed by 等 before a predicate: its items are what is counted.
    ['全县200名党员干部、专业技术人才等来京学习。', '200名', '党员干部、专业技术人才'],
    // A list longer than the window: its first item.
    ['发现有60多个城市公园、沿河沿湖绿化带、湖泊湿地公园、城市绿化隔离带等人造工程未办审批。', '60多个', '城市公园'],
    // A total of the noun before it, when no noun follows (`共计N人参加`).
    ['邀请全村70岁以上老人共计86人参加。', '86人', '老人'],
    ['全县共计296项考核指标。', '296项', '考核指标'],
    // A measure before 在 is the metric; the noun after the figure is what has it.
    ['要求经营面积在200平方米以上的餐馆提供公筷。', '200平方米以上', '经营面积'],
    // Verbs before a project's noun name the project, also when the predicate follows it.
    ['全区6个农贸市场改造提升工程加快推进。', '6个', '农贸市场改造提升工程'],
    // Two figures joined by 和: the noun right after the first is its own; the second's starts after 和.
    ['全市拥有800平方公里海域和150公里海岸线。', '150公里', '海岸线'],
    ['覆盖全国超过40%人口和全国1/4以上产值。', '1/4以上', '产值'],
    // 以/为期 and the figure's 的: the noun after 的 is what it measures, up to the predicate.
    ['20岁的小将唐钱婷以1分05秒54的成绩摘得女子100米蛙泳银牌。', '1分05秒54', '成绩'],
    ['首发列车以120公里的时速行驶。', '120公里', '时速'],
    ['原来是源自于一个1%的提升。', '1%', '提升'],
    ['进行为期3天的初步采风，', '3天', '采风'],
    ['开展为期两个月的春季市容环境综合整治行动。', '两个月', '春季市容环境综合整治行动'],
    ['在埃塞俄比亚完成为期两周的抗疫工作后，', '两周', '抗疫工作'],
    // A sum-up count before the figure, a one-character stub before 的, and a score's 分.
    ['实现了居民单位知晓率、选票送达率、投票参与率三个100%。', '100%', '投票参与率'],
    ['每月拿到手的工资不低于2000元。', '2000元', '工资'],
    ['共100道题，满分100分，合格分数线80分。', '100分', '满分'],
    // After a count's classifier: an age qualifies the noun, so does what the count includes, and 方面 is part of 个.
    ['80余位80岁以上老人欢聚一堂。', '80余位', '老人'],
    ['武汉确诊的2500多名80岁以上高龄患者中，', '2500多名', '高龄患者'],
    ['上演了11部包含话剧、歌剧、瓯剧、绍剧、甬剧等多个剧种在内的优秀作品，吸引观众。', '11部', '优秀作品'],
    ['查摆出作风不严不实等18个方面问题；', '18个', '问题'],
    ['从8个方面总结人民政协一年多来工作', '8个', '方面'],
    // A second noun joined by 和 that runs into the next figure is that figure's; 年 after a capacity is its rate.
    ['该国已建成520公里输油管道和炼油能力年100万吨的炼油厂。', '520公里', '输油管道'],
    ['该国已建成520公里输油管道和炼油能力年100万吨的炼油厂。', '100万吨', '炼油能力'],
    // A rate of output is the predicate before its product, part of the noun before a measure.
    ['湖南13家新能源汽车生产企业年产新能源汽车超5万辆。', '13家', '新能源汽车生产企业'],
    ['湖南13家新能源汽车生产企业年产新能源汽车超5万辆。', '5万辆', '新能源汽车'],
    ['曾经日产220吨苇浆的车间，安静下来。', '220吨', '苇浆'],
    ['目前，该气田日产气量1700万立方米。', '1700万立方米', '气田日产气量'],
    // A verbal noun and a verb that end the run after the noun counted are its predicate.
    ['哈萨克斯坦三架空军战机升空护航。', '三架', '空军战机'],
    ['累计选派15名党政机关干部、180人次专业技术人才对口帮扶。', '180人次', '专业技术人才'],
    // A run after the classifier that stops at the next figure: its last noun is that figure's, not this one's.
    ['我国先后从120多个国家和地区追回外逃人员4997人。', '120多个', '国家和地区'],
    ['雄安新区169家规模以上工业企业复工复产91家。', '169家', '规模以上工业企业'],
    ['工商银行设置了3台中外币兑换机和3台自助取款机。', '3台', '中外币兑换机'],
    // A clause of a verb alone goes on with the subject of the clause before, without that clause's predicate.
    ['此外，欧元区核心通胀率持续保持低位，预计2019至2020年将继续保持在1.5%以下。', '1.5%以下', '欧元区核心通胀率'],
    ['实体店继续呈现负增长，同比下降4.24%。', '4.24%', '实体店'],
    ['2018年，群众每个月投诉和求助，多达七八十起。', '七八十起', '群众每个月投诉和求助'],
    // A duration of a light verb is of its subject.
    ['会议持续了3个小时。', '3个小时', '会议'],
    // A verb before an amount is the predicate: the noun right after the figure is what it measures…
    ['湖北省财政下拨了1.2亿元专项资金直接补贴到企业。', '1.2亿元', '专项资金'],
    ['他带着20个村民，一上午采摘5000多斤蔬菜；', '5000多斤', '蔬菜'],
    ['一个葫芦也可起吊十吨钢材。', '十吨', '钢材'],
    // …unless it is a level reached, and the subject is measured.
    ['2018年，地区生产总值跃上3万亿元台阶。', '3万亿元', '地区生产总值'],
    // A share with nothing named before it and 的 after it is of the noun after 的, up to the predicate…
    ['展览汇集珍贵文物，其中超过95%以上的文物为首次来到亚洲。', '95%以上', '文物'],
    ['全国已有98.5%的社区卫生服务中心、97.0%的乡镇卫生院能够提供中医药服务。', '97.0%', '乡镇卫生院'],
    // each share of a list has its own noun after 的, the last after 和 too
    ['保护区覆盖了80%的原始森林、65%的珍稀鸟类和40.5%的天然湿地。', '40.5%', '天然湿地'],
    ['该县保护了70%的森林和60%的草原。', '60%', '草原'],
    ['宣武医院医疗队中，70%的队员是党员。', '70%', '队员'],
    ['过去10年，我国以年均3.3%的能源消费增长支撑了经济增长。', '3.3%', '能源消费'],
    // …but a benchmark after 的 is of the figure before it.
    ['全国城镇调查失业率为5.2%，低于5.5%的预期控制目标。', '5.5%', '城镇调查失业率'],
    // A bond's term after the amount qualifies the noun; a person's own duration is of the verb.
    ['财政部将发行550亿元30年期超长期特别国债。', '550亿元', '超长期特别国债'],
    ['他说：“我来上游项目工作3年多了。', '3年多', '工作'],
    // A list of administrative levels after a classifier is counted together; a span taken is the time used.
    ['全省17个市、州、直管市、林区中，有15个已出现确诊病例；', '17个', '市、州、直管市、林区'],
    ['来自中国吉林、上海等11个省、区、市的相关负责人。', '11个', '省、区、市'],
    ['仅用一天半时间就定下3处隔离宾馆。', '一天半', '用时'],
    ['过去，办一张医疗机构执业许可证，要花3个月。', '3个月', '用时'],
    // A relative clause with a measure and a figure of its own qualifies the noun after 的; one of a group is counted
    // in the group's noun.
    ['由600位平均年龄达55岁的中老年人献上健身节目。', '600位', '中老年人'],
    ['25户产值50亿元以上的工业企业中，有15家产能利用率超过95%。', '25户', '工业企业'],
    ['全国10余个省份近6000人组成的医疗队紧急驰援。', '10余个', '省份'],
    ['作为领导小组明确的52个挂牌督战贫困县之一，墨玉紧紧抓住就业。', '52个', '挂牌督战贫困县'],
    // A verb of extent between a thing and its length is the predicate.
    ['而几个月前，码头外排队的大船绵延六七公里。', '六七公里', '码头外排队的大船'],
    // An age: of the people after it, or an age before 的 and a person.
    ['特邀全镇85岁以上老同志共计52人参加。', '85岁以上', '老同志'],
    ['优化干部结构，两名35岁以下青年进入村班子。', '35岁以下', '青年'],
    ['25岁的吴挺帅每天赶在首班航班起飞前到岗。', '25岁', '年龄'],
    ['由600位平均年龄达55岁的中老年人献上健身节目。', '55岁', '平均年龄'],
    // The 来 of a span up to now is not the next figure's.
    ['据不完全统计，3年来全省淘汰钢铁落后产能120万吨。', '120万吨', '淘汰钢铁落后产能'],
    // A headline without commas: a time word opens the clause of the metric.
    ['前三季度全省粮食产量居全国前列目前全省城镇登记失业率已下降到3.2%', '3.2%', '城镇登记失业率'],
  ])('%s: %s measures %s', (sentence, target, metric) => {
    expect(figure(sentence, target).metric).toBe(metric);
  });

  it.each([
    // A verb before a count with a noun after it is the predicate (the noun is too long to read here).
    ['通报了5起违反中央八项规定精神侵害群众利益的典型问题。', '5起', '通报'],
    ['上演了11部包含话剧、越剧等多个剧种在内的优秀作品。', '11部', '上演'],
    // A relative clause before a count qualifies the noun after it.
    ['作为省里确定的8个试点县之一，', '8个', '确定'],
    // Determiners with their classifier, and a phrase ending in a preposition, name nothing.
    ['每一笔超过5000元的，都要公示。', '5000元', '每一笔'],
    ['原来是源自于一个1%的提升。', '1%', '源自于'],
    // The 则 of a range of cases (`少则…多则…`) opens the figure; it measures nothing.
    ['跑一趟少则三四天，多则一周。', '三四天', '少则'],
    ['审批时间短则5天，长则半个月。', '5天', '短则'],
    // Nor is a verb phrase after the figure its noun.
    ['他以个人名义捐款1000万元支持疫情防控。', '1000万元', '支持'],
  ])('%s: %s is not measured by %s', (sentence, target, wrong) => {
    expect(figure(sentence, target).metric ?? '').not.toContain(wrong);
  });
});
