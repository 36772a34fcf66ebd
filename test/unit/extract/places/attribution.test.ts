import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitArticles } from '../../../../src/corpus/articles.js';
import { lineStartsOf } from '../../../../src/corpus/read.js';
import { SELF_CUES, articleDate, attributeArticles, countCues, parseDateline } from '../../../../src/extract/places/attribution.js';
import type { Article } from '../../../../src/types.js';
import { makeArticle } from '../../../helpers/article.js';

/** An article with a headline line and a body. */
const article = (title: string, body: string, extra: Partial<Article> = {}): Article =>
  makeArticle(`${title}\n${body}`, extra);

const attributed = (...articles: Article[]) => {
  attributeArticles(articles);
  return articles.map((a) => [a.place?.name, a.place?.code, a.date]);
};

/** The voice words counted as they always were: a global match per level, and 我市 etc. once more. */
function cuesByMatching(text: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const [level, cue] of Object.entries(SELF_CUES)) counts[level] = text.match(cue)?.length ?? 0;
  const firstPerson: Record<string, string> = { 省: 'province', 市: 'city', 区: 'district', 县: 'county', 旗: 'county' };
  for (const m of text.matchAll(/我(省|市|区|县|旗)/g)) counts[firstPerson[m[1]!]!]! += 1;
  return counts;
}

describe('countCues', () => {
  it('counts what a global match of every level pattern over the whole text counts', () => {
    const pieces = [
      ...'全我本党中国各省市区县旗自务院委政府人大协直内外第前首书记的在向和，、。 a',
      '全国', '我国', '党中央', '中共中央', '国务院', '美国国务院', '中央经济工作会议', '各省、自治区、直辖市', '全省', '省委书记',
      '自治区党委', '自治区人民政府', '全区各族', '省直部门', '省内外', '省内', '全市第一', '市委', '向市委', '在市政府', '市直机关',
      '区委', '区政协', '县委', '旗委', '全旗', '我旗', '全县领先', '人民代表', '劳动模范', '资本市场', '本市',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(countCues(text)).toEqual(cuesByMatching(text));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('countCues: words that only contain a cue', () => {
  it.each([
    ['增强资本市场对实体经济的包容性，维护资本市场稳定。', 0],
    ['本市将加快建设。全市上下齐心协力。', 2],
  ])('%s', (text, city) => {
    expect(countCues(text).city).toBe(city);
  });
});

describe('parseDateline', () => {
  it.each([
    ['本报济南12月24日讯 12月23日至24日，省委经济工作会议在济南召开。', { place: '济南', date: '12-24' }],
    ['东昌府讯 为切实保障孤困儿童和留守儿童的合法权益', { place: '东昌府' }],
    ['新华社北京12月16日电 中央经济工作会议12月15日至16日在北京举行。', { place: '北京', date: '12-16' }],
    ['本报讯（特约记者 张磊 潍坊日报社全媒体记者 贺德良）12月25日，市委经济工作会议召开。', {}],
    ['本报讯(记者 胡德光) 12月30日,市委经济工作会议举行。', {}],
    ['1月3日，青州市委经济工作会议召开', {}],
  ])('%s', (body, expected) => {
    expect(parseDateline(makeArticle(body))).toEqual(expected);
  });

  it('prefers the fields the article splitter filled', () => {
    expect(parseDateline(makeArticle('正文', { datelinePlace: '潍坊', dateline: '2022-12-24' }))).toEqual({
      place: '潍坊',
      date: '2022-12-24',
    });
  });
});

describe('attributeArticles: place', () => {
  it('a provincial meeting datelined in the provincial capital is about the province', () => {
    const a = article(
      '省委经济工作会议在济南召开',
      '本报济南12月24日讯 12月23日至24日，省委经济工作会议在济南召开。会议以习近平新时代中国特色社会主义思想为指导，' +
        '全面贯彻落实党的二十大精神，总结今年全省经济工作，分析当前经济形势，部署明年经济工作任务。\n' +
        '省委书记李干杰出席会议并讲话，省委副书记、青岛市委书记陆治原出席。深入贯彻习近平总书记对山东工作的重要指示要求，全省经济继续保持稳中向好。',
    );
    expect(attributed(a)).toEqual([['山东省', '370000', '2022-12-24']]);
  });

  it('a city dateline about the city’s own work is about the city', () => {
    const a = article(
      '寿光蔬菜产业提质增效',
      '本报寿光5月12日讯 今年以来，寿光市坚持把蔬菜产业作为富民强市的主导产业，全市新建大棚1200个，市委、市政府出台扶持政策。',
    );
    expect(attributed(a)[0]!.slice(0, 2)).toEqual(['寿光市', '370783']);
  });

  it('a lede place (东昌府讯) is the article’s place', () => {
    const a = article(
      '我区扎实做好儿童关爱和保护工作',
      '东昌府讯 为切实保障孤困儿童和留守儿童的合法权益，近年来，我区积极探索救助工作新路子。根据《聊城市村(居)儿童主任赋能行动方案》，区民政局开展活动。',
    );
    expect(attributed(a)[0]!.slice(0, 2)).toEqual(['东昌府区', '371502']);
  });

  it('the organisation holding the meeting names the place (青州市委), not its prefecture', () => {
    const a = article(
      '加快建设现代化美丽青州',
      '1月3日，青州市委经济工作会议召开，青州市委书记宋伟伟出席并发表了讲话。会议深入落实省委和潍坊市委经济工作会议部署，' +
        '安排2023年经济工作。2023年是全面贯彻落实党的二十大精神的开局之年。全市上下要奋力谱写千年古城新崛起的新篇章。',
    );
    expect(attributed(a)).toEqual([['青州市', '370781', '2023-01-03']]);
  });

  it('articles that only say 我市 take the page’s place (the paper’s name, the other articles)', () => {
    const first = article(
      '市委经济工作会议召开',
      '本报讯（特约记者 张磊 潍坊日报社全媒体记者 贺德良）12月25日，市委经济工作会议召开。推动中国式现代化“潍坊实践”迈出新的步伐，全市经济社会发展。',
    );
    const second = article(
      '我市集中整治消防“生命通道”',
      '本报讯（潍坊日报社全媒体记者 张益阁）为推动有效解决占用、堵塞消防车通道问题，我市开展集中整治行动。',
    );
    const third = article('我市两人获评“齐鲁最美青年”', '本报讯 近日，记者从有关部门获悉，我市两人获评“齐鲁最美青年”。');
    expect(attributed(first, second, third).map((r) => r[0])).toEqual(['潍坊市', '潍坊市', '潍坊市']);
  });

  it('a page can hold a provincial meeting and a district’s articles', () => {
    const provincial = article(
      '省委经济工作会议在济南召开',
      '本报济南12月24日讯 省委经济工作会议在济南召开。总结今年全省经济工作，省委书记出席。全省经济继续保持稳中向好。',
    );
    const district = article('我区分布式光伏建设赋能绿色发展', '东昌府讯 近年来，全区积极推动新能源和可再生能源的建设。');
    const unsigned = article('我区打造经济社会高质量发展“首善之区”', '前三季度，全区农林牧渔业总产值增长。不折不扣贯彻落实区委部署。');
    expect(attributed(provincial, district, unsigned).map((r) => r[0])).toEqual(['山东省', '东昌府区', '东昌府区']);
  });

  it('a community of a district named in the lede is about that district', () => {
    const page = article('市委常委会召开会议', '本报讯 10月28日上午，市委常委会召开会议。潍坊要在全省勇挑大梁，全市上下拼力而为。');
    const local = article('幸福味道 情暖桑榆', '10月28日上午，奎文区北苑街道卧龙社区举办重阳节活动，社区老人欢聚一堂。');
    expect(attributed(page, local).map((r) => r[0])).toEqual(['潍坊市', '奎文区']);
  });

  it('ranking frames (居全省第1) do not make a city article provincial', () => {
    const a = article(
      '我市以务实举措推进人居环境持续向好',
      '本报讯 10月28日，市政府新闻办召开发布会。潍坊城市污水处理率均居全省第1，全省第2，入选全省公园城市建设试点。我市持续推进。',
    );
    expect(attributed(a)[0]![0]).toBe('潍坊市');
  });

  it('a national article is about the country', () => {
    const a = article(
      '中央经济工作会议在北京举行',
      '新华社北京12月16日电 中央经济工作会议12月15日至16日在北京举行。会议指出，党中央团结带领全党全国各族人民，' +
        '我国经济总体回升。全国上下要坚持稳中求进，国务院各部门要抓好落实。我国发展面临的有利条件强于不利因素。',
    );
    expect(attributed(a)[0]!.slice(0, 2)).toEqual(['中国', '000000']);
  });

  // Was: no place. In 人民日报 and 新闻联播 the stories that name no place and speak as no place are national (commentaries,
  // 国家卫生健康委 briefings, NPC appointment lists, photos of 各地): about 100 of the 5,500 of realnews, all but a few.
  it('an article with nothing to go on is national news', () => {
    expect(attributed(article('标题', '会议强调，要坚持稳中求进。'))[0]!.slice(0, 2)).toEqual(['中国', '000000']);
  });

  it('a story naming no place is national though the other stories of its broadcast day are local', () => {
    const day = { givenDate: '2023-12-02' };
    const local = article('广州：老城焕新颜', '**央视网消息**（新闻联播）：广州市越秀区推进老城更新，广州市民点赞。广州今年完成改造项目120个。', day);
    const briefing = article('国家卫生健康委：目前流行的急性呼吸道疾病均由已知病原体引起', '**央视网消息**（新闻联播）：国家卫生健康委今天举行新闻发布会，介绍冬季呼吸道疾病防治有关情况。', day);
    expect(attributed(local, briefing).map((r) => r[0])).toEqual(['广州市', '中国']);
  });
});

describe('attributeArticles: date', () => {
  it.each([
    ['本报济南12月24日讯 会议学习贯彻党的二十大精神。', '2022-12-24'], // after 2022-10-16
    ['本报讯 10月28日上午，市委常委会传达学习党的二十届四中全会精神。', '2025-10-28'],
    ['本报讯 12月30日，市委经济工作会议举行。会议指出，2022年极不平凡、极不容易。', '2022-12-30'],
    ['本报讯 12月25日，会议召开，安排2023年经济工作，学习贯彻党的二十大精神。', '2022-12-25'], // plans next year
    ['本报讯 12月24日，市委召开会议。', '12-24'], // nothing to tell the year
    ['本报讯 近日，我市开展集中整治行动。', undefined],
    ['本报讯 12月21日，会议召开。据通知，2022年12月21日起施行。', '2022-12-21'], // the same date printed with its year
  ])('%s → %s', (body, expected) => {
    expect(articleDate(makeArticle(body))).toBe(expected);
  });

  it('takes the year from the page’s issue date line', () => {
    const a = makeArticle('本报讯 3月5日，市政府召开常务会议。');
    const furniture = makeArticle('潍坊日报 2024年3月6日 星期三 第2版');
    expect(articleDate(a, [furniture, a])).toBe('2024-03-05');
  });

  it('borrows the year of another dated article of the same page', () => {
    const dated = article('市委常委会召开会议', '本报讯 10月28日上午，市委常委会传达学习党的二十届四中全会精神。');
    const undated = article('对接会举行', '本报讯 10月27日，贸易投资对接会在我市举行。');
    attributeArticles([dated, undated]);
    expect([dated.date, undated.date]).toEqual(['2025-10-28', '2025-10-27']);
  });
});

// Every article of every seed page, as split by src/corpus/articles.ts, with the place read and checked by hand.
describe('attributeArticles on the seed pages', () => {
  const expected: Record<string, [string, string, string | undefined][]> = {
    '000': [
      ['市委经济工作会议召开', '潍坊市', '2022-12-25'],
      ['中国农民合作社500强', '潍坊市', undefined],
      ['齐鲁最美青年', '潍坊市', undefined],
      ['消防', '潍坊市', undefined],
    ],
    '001': [['美丽青州', '青州市', '2023-01-03']],
    '002': [
      ['人大二次会议', '菏泽市', undefined],
      ['市委经济工作会议举行', '菏泽市', '2022-12-30'],
    ],
    '003': [
      ['省委经济工作会议在济南召开', '山东省', '2022-12-24'],
      ['儿童关爱', '东昌府区', undefined],
      ['分布式光伏', '东昌府区', undefined],
      ['首善之区', '东昌府区', undefined],
    ],
    '004': [
      ['市委常委会召开会议', '潍坊市', '2025-10-28'],
      ['人居环境', '潍坊市', '2025-10-28'],
      ['张军桥', '潍坊市', '2025-10-28'],
      ['贸易投资对接会', '潍坊市', '2025-10-28'],
      ['手造工匠', '潍坊市', '2025-10-27'],
      ['潍坊银行杯', '潍坊市', '2025-10-28'],
      ['情暖桑榆', '奎文区', '2025-10-28'],
      ['决战四季度', '潍坊市', undefined],
      ['人民满意的教育', '潍坊市', undefined],
      ['工业主战场', '潍坊市', undefined],
    ],
  };
  it.each(readdirSync('seeds').filter((f) => f.endsWith('.txt')))('%s', (file) => {
    const original = readFileSync(`seeds/${file}`, 'utf8');
    const articles = splitArticles({ doc: file, path: `seeds/${file}`, encoding: 'utf-8', original, lineStarts: lineStartsOf(original) });
    attributeArticles(articles);
    const want = expected[file.slice(0, 3)]!;
    expect(articles).toHaveLength(want.length);
    articles.forEach((a, i) => {
      const [titlePart, place, date] = want[i]!;
      expect(a.title).toContain(titlePart);
      expect([a.place?.name, a.date]).toEqual([place, date]);
    });
  });
});
