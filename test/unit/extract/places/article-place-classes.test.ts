import { describe, expect, it } from 'vitest';
import { attributeArticles } from '../../../../src/extract/places/attribution.js';
import { makeArticle } from '../../../helpers/article.js';

// Classes of error found on a second development sample of real news (test/eval/gold-c/), each with short stories we
// wrote ourselves: what decides the place when the headline, the dateline and the body's voice words disagree.
const placeOf = (title: string, body: string): [string | undefined, string | undefined] => {
  // A headline may have a kicker or a deck on lines of its own.
  const a = makeArticle(`${title}\n${body}`, { bodyStart: title.length + 1 });
  attributeArticles([a]);
  return [a.place?.name, a.place?.code];
};

type Case = [string, string, string, [string, string]];

describe('the headline and the dateline against the body’s voice words', () => {
  it.each<Case>([
    [
      'a city named throughout beats a district whose 区政府 the body cites twice',
      '成都探索联合检查 企业负担轻了',
      '一大早，位于成都市锦江区的一家酒店接到通知。成都市出台文件，在全市推行联合检查。锦江区政府牵头组织，区政府各部门参加。成都市审改办负责人说，成都市今后还将扩大试点。',
      ['成都市', '510100'],
    ],
    [
      'a district printed after its prefecture in the headline is the district',
      '苏州吴中区推进湖岸整治',
      '近日，吴中区启动太湖沿岸生态修复工程，区政府成立专班推进。吴中区今年计划修复岸线十公里。',
      ['吴中区', '320506'],
    ],
    [
      'a dateline the headline names too beats the national organs acting there',
      '督查组约谈杭州市有关负责人',
      '新华社杭州3月2日电 国务院督查组2日约谈杭州市有关负责人。督查组指出，党中央、国务院高度重视这项工作，杭州市要立即整改。',
      ['杭州市', '330100'],
    ],
    [
      'a headline naming the dateline as a meeting’s venue leaves the meeting the province’s',
      '省委全会在杭州召开',
      '本报杭州12月24日讯 省委全会在杭州召开。全会总结全省工作，省委书记讲话。全省上下要抓好落实。',
      ['浙江省', '330000'],
    ],
    [
      'a headline naming one province, whose body names provinces everywhere, is a national commentary',
      '牢固树立绿水青山理念——学习习近平总书记在山西考察时的重要讲话',
      '习近平总书记近日在山西考察。浙江湖州、江西吉安、河南南阳、陕西延安、四川阿坝都在探索绿色发展，湖州市委提出新目标。浙江、江西、河南、陕西、四川各有经验。',
      ['中国', '000000'],
    ],
  ])('%s', (_, title, body, expected) => {
    expect(placeOf(title, body)).toEqual(expected);
  });
});

describe('how many voice words make a voice', () => {
  it.each<Case>([
    [
      'one 市委 in a round of deputies from six provinces is no city’s voice',
      '决战决胜脱贫攻坚（代表委员议国是）',
      '四川资阳代表说，产业要跟上。山东菏泽代表说，菏泽市委把就业放在首位。山西吕梁、湖北恩施、重庆荣昌、广东湛江的代表也谈了各自的做法。',
      ['中国', '000000'],
    ],
    [
      '省直部门 and 省内 speak for the province, against 全国 and 党中央',
      '不仅学先进，更要当先进（现场）',
      '在山西省直部门述职评议会上，省委书记提出要求。十个省直部门负责人述职。省内高校数量不足，农民收入与全国平均水平仍有差距。部门要落实党中央部署。',
      ['山西省', '140000'],
    ],
  ])('%s', (_, title, body, expected) => {
    expect(placeOf(title, body)).toEqual(expected);
  });
});

describe('who the story is about', () => {
  it.each<Case>([
    [
      'an obituary is its person’s province, though filed from Beijing',
      '张明远同志逝世',
      '新华社北京5月6日电 湖南省政协原副主席、湖南大学原校长张明远同志，因病于4月30日在长沙逝世，享年90岁。张明远，湖南浏阳人，长期在湖南工作。',
      ['湖南省', '430000'],
    ],
    [
      'an obituary of a national organ’s official is the nation’s, whatever places the career names',
      '刘建国同志逝世',
      '新华社北京7月12日电 原轻工业部副部长、党组成员刘建国同志，于2019年6月27日因病在北京逝世，享年90岁。刘建国，1929年生于河北高阳。先后任成都市军管会副主任，四川省委工业部部长，成都电讯工程学院党委书记，成都市委副书记。',
      ['中国', '000000'],
    ],
    [
      'an obituary of the central discipline commission’s team leader is the nation’s',
      '王志强同志逝世',
      '新华社北京12月31日电 中共中央纪律检查委员会驻原建设部纪检组组长王志强同志，于12月13日在北京逝世。王志强，1931年生于吉林舒兰，先后任吉林省委组织部干部处秘书、吉林省计委副主任。',
      ['中国', '000000'],
    ],
    [
      'a leader mourning a foreign leader is no obituary of a post’s place (北京市委 sends a wreath)',
      '习近平吊唁越共中央总书记阮富仲逝世',
      '央视网消息：7月20日下午，习近平来到越南驻华使馆，吊唁阮富仲逝世。中共中央、北京市委和市政府送的花圈摆放在遗像前。习近平指出，阮富仲同志是伟大领导者。',
      ['中国', '000000'],
    ],
    [
      'a ——记 deck naming a county post is that county',
      '“扎根高原这三年”\n——记四川理塘县委原副书记、成都援藏干部李青山',
      '回到成都的第二天，李青山又想起了高原。三年前，他从成都出发，来到理塘，成都的同事常来看他。',
      ['理塘县', '513334'],
    ],
    [
      'a province helping another in the headline is the helper’s story, not a round-up',
      '江苏 全力支援黄石',
      '江苏举全省之力支援湖北黄石。省委连夜部署，江苏医疗队当天出发，江苏各地的物资运抵黄石。湖北黄石的干部群众表示感谢。',
      ['江苏省', '320000'],
    ],
    [
      'two provinces listed in a headline are a round-up',
      '江苏、浙江扎实推进乡村振兴',
      '江苏各地加快建设美丽乡村。浙江持续推进“千万工程”。两省都在探索新路。',
      ['中国', '000000'],
    ],
    [
      'inspectors touring a city’s districts report on the city',
      '坚持群众路线 抓好责任落实——督导组在沪督导侧记',
      '上海徐汇区政务中心，督导组组长询问办事群众。督导组赴上海开展工作，先后到黄浦区、徐汇区、松江区调研，上海各区都作了汇报。',
      ['上海市', '310000'],
    ],
  ])('%s', (_, title, body, expected) => {
    expect(placeOf(title, body)).toEqual(expected);
  });
});

describe('Beijing, abroad and the clock', () => {
  it.each<Case>([
    [
      '北京时间 is a clock, not the capital',
      '中国队再添两枚金牌',
      '**央视网消息**（新闻联播）：巴黎奥运会北京时间今天凌晨，中国体育代表团再获两枚金牌。中国选手在跳水比赛中夺冠。',
      ['中国', '000000'],
    ],
    [
      'Beijing in an event’s name (北京香山论坛) is not the story’s place',
      '共建亚太安全（聚焦北京香山论坛）',
      '和平与发展是各国人民的共同心声。中国始终是世界和平的建设者，中国愿同各国一道维护地区稳定。',
      ['中国', '000000'],
    ],
    [
      'a forum held in Beijing years ago does not make an essay on a foreign country Chinese',
      '新机遇，英国不应错过（国际论坛）',
      '对英国而言，新的合作是难得的机遇。许多成果要归功于2017年在北京举办的高峰论坛。英国企业已经行动起来，英国政府也应积极参与。英国有金融和法律服务的优势。',
      ['英国', ''],
    ],
    [
      'a province’s own exhibition abroad is the province’s story',
      '“多彩贵州”图片展亮相马德里',
      '新华社马德里3月5日电 “多彩贵州”图片展4日在马德里开幕。贵州省委宣传部负责人致辞说，希望西班牙朋友到贵州走走。展览展示了贵州的山水和贵州各族群众的生活。',
      ['贵州省', '520000'],
    ],
    [
      'a country the gazetteer now knows (乍得)',
      '乍得有了自己的炼油厂',
      '位于非洲中北部的乍得长期依赖进口成品油。如今，乍得建成了第一座炼油厂，乍得青年在厂里当上了技术员。',
      ['乍得', ''],
    ],
  ])('%s', (_, title, body, expected) => {
    expect(placeOf(title, body)).toEqual(expected);
  });
});

describe('profiles, addresses and central documents', () => {
  it.each<Case>([
    [
      'a deputy’s kicker run on into the body prints the post’s place',
      '话民生·议报告',
      '浙江省湖州市委书记王建明代表认为，营商环境是发展的土壤。湖州要大力推进政务服务改革。江苏、安徽的代表也有同感，全国都在推进这项改革。国务院提出了明确要求。',
      ['湖州市', '330500'],
    ],
    [
      'a hero’s profile (英雄烈士谱) is where the person served',
      '李守山：\n大山里的好书记（为了民族复兴·英雄烈士谱）',
      '据新华社电 李守山长期在贵州正安县工作，退休后仍扎根正安植树。他一生心系群众，被评为全国优秀共产党员。',
      ['正安县', '520324'],
    ],
    [
      'a lede’s county address wins when nothing off its branch is named more',
      '两条搬迁路 一样团圆年（新春走基层）',
      '坐在新家的沙发上，广西河池市都安瑶族自治县地苏镇的村民蓝大姐跟记者聊起了家常。镇里的干部介绍，新村楼房主要靠财政补贴。',
      ['都安瑶族自治县', '451228'],
    ],
    [
      'a central organ’s notice is national, whatever provinces’ bodies it names',
      '全国人民代表大会常务委员会公告',
      '江西省人大常委会决定接受张三辞去代表职务。河南省人大常委会决定接受李四辞去代表职务。四川省人大常委会决定接受王五辞去代表职务。',
      ['中国', '000000'],
    ],
  ])('%s', (_, title, body, expected) => {
    expect(placeOf(title, body)).toEqual(expected);
  });
});

describe('the home news in brief is national', () => {
  it.each<Case>([
    [
      'a 国内联播快讯 whose first item is a bridge between two cities',
      '国内联播快讯',
      '世界最大跨度公铁两用钢桁拱桥合龙。常泰长江大桥连接江苏常州与泰州两市。五大商业银行今起下调人民币存款挂牌利率。辽东湾海冰范围突破历史同期极值。',
      ['中国', '000000'],
    ],
  ])('%s', (_why, title, body, expected) => {
    expect(placeOf(title, body)).toEqual(expected);
  });
});

describe('a national session held in Beijing is national, whatever place its decisions name', () => {
  it.each<Case>([
    [
      'the NPC closing, a decision on Hong Kong in the headline',
      '十三届全国人大三次会议在京闭幕\n通过全国人民代表大会关于建立健全香港特别行政区维护国家安全的法律制度和执行机制的决定',
      '新华社北京5月28日电 第十三届全国人民代表大会第三次会议28日下午在人民大会堂闭幕。大会通过关于建立健全香港特别行政区维护国家安全的法律制度和执行机制的决定。',
      ['中国', '000000'],
    ],
    [
      '(a headline naming the place of a national leader\'s visit stays that place)',
      '全国人大常委会副委员长在广东调研',
      '新华社北京5月28日电 全国人大常委会副委员长近日在广东调研。广东要抓好落实。',
      ['广东省', '440000'],
    ],
  ])('%s', (_why, title, body, expected) => {
    expect(placeOf(title, body)).toEqual(expected);
  });
});

describe('a dateline closing the article, as the international pages print it', () => {
  it.each<Case>([
    [
      'a cultural centre abroad, filed from its city',
      '“云端”传递守望相助的情谊',
      '新冠肺炎疫情期间，巴黎中国文化中心推出线上活动，分享中国抗疫经验，赢得法国民众积极评价。中心还与中国国家图书馆合作，向法国读者提供图书。\n（本报巴黎5月12日电）',
      ['法国', ''],
    ],
    [
      'a regional bureau filing on a neighbouring country it names',
      '中乌文保合作让希瓦古城重焕生机',
      '中国援助乌兹别克斯坦花剌子模州历史文化遗迹修复项目通过验收。乌兹别克斯坦副总理视察该项目。希瓦古城位于乌兹别克斯坦西南部。\n（本报努尔苏丹电）',
      ['乌兹别克斯坦', ''],
    ],
  ])('%s', (_why, title, body, expected) => {
    expect(placeOf(title, body)).toEqual(expected);
  });
});

describe('an opinion column draws a national lesson from its examples', () => {
  it.each<Case>([
    [
      'a commentary opening with one city’s volunteers',
      '“志愿红”让春节更暖心（今日谈）',
      '春节期间，有这样一群人坚守岗位。在杭州西湖边，67岁的志愿者值守“微笑亭”，7年来风雨无阻。杭州的志愿者还在春运人潮中帮助旅客。志愿服务让城市更温暖，值得各地学习。',
      ['中国', '000000'],
    ],
    [
      'a village an essay takes as its example',
      '聚焦“精准”下功夫（今日谈）',
      '“神仙过的日子也就是这样了！”湖南花垣县十八洞村何以“脱胎换骨”？答案就在精准二字。花垣县十八洞村瞄准靶心，花垣县的经验说明，精准扶贫是正确方针。',
      ['中国', '000000'],
    ],
    [
      'a place name inside a line of verse',
      '“胜负之征，精神先见”（人民论坛）',
      '有志始知蓬莱近，无为总觉咫尺远。纵观历史长河，蓬莱仙境只是想象。砥砺志气、激发意气，影响着个人的成长发展。',
      ['中国', '000000'],
    ],
    [
      'a court case of one city in a commentary on the law',
      '公正司法让见义勇为更有底气（人民时评）',
      '不久前，河南省信阳市平桥区人民法院公开宣判一案。信阳市的这起案件引发关注。用司法为见义勇为者保驾护航，才能让善行得到奖赏。',
      ['中国', '000000'],
    ],
    [
      'a commentary answering a foreign country is that country’s',
      '疫情暴露美国民主实质（人民论坛）',
      '美国疫情态势依旧令人揪心。美国一些政客还在忙着“甩锅”和党争，美国民众深受其害。美国的选择，放任了疫情在全球的蔓延。',
      ['美国', ''],
    ],
  ])('%s', (_, title, body, expected) => {
    expect(placeOf(title, body)).toEqual(expected);
  });

  it('a column whose headline names its place stays the place’s', () => {
    expect(placeOf('杭州：让志愿服务成为城市名片（今日谈）', '杭州市的志愿者遍布全城。杭州各区都设有服务站，杭州市民积极参与。')).toEqual(['杭州市', '330100']);
  });
});

describe('foreign news whose headline opens with a region', () => {
  it.each<Case>([
    [
      'the euro area, filed from one member',
      '欧元区经济增长面临多重挑战（国际视点）',
      '本报维尔纽斯1月14日电 欧洲央行数据显示，欧元区经济增速放缓。立陶宛、拉脱维亚经济增速较快，立陶宛央行行长表示，立陶宛将继续推进改革。德国经济增长乏力。',
      ['欧元区', ''],
    ],
    [
      'the EU’s states, filed from Brussels',
      '欧盟国家深受难民问题困扰（国际视点）',
      '本报布鲁塞尔2月20日电 欧盟统计局数据显示，难民问题困扰欧盟多国。比利时、德国、意大利接收难民最多，比利时政府表示压力很大。',
      ['欧盟', ''],
    ],
  ])('%s', (_, title, body, expected) => {
    expect(placeOf(title, body)).toEqual(expected);
  });

  it('a country’s deal with the region stays the country’s', () => {
    expect(placeOf('中国中车首获欧盟国家城轨车辆订单', '本报里斯本2月1日电 中国中车与葡萄牙波尔图地铁公司签署合同。葡萄牙交通部长出席签约仪式，葡萄牙是欧盟成员国。')[0]).toBe('葡萄牙');
  });
});
