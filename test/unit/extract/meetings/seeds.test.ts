// Recall on the seed pages, read whole (the splitter is not involved): every meeting and numbered formulation a
// reader marks by hand must be found. Pages are joined as printed, so words broken across OCR lines are left out.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findMeetings } from '../../../../src/extract/meetings/meetings.js';
import { findSlogans } from '../../../../src/extract/slogans/slogans.js';
import { taggedArticle } from '../../../helpers/article.js';

const page = (name: string) => taggedArticle(readFileSync(new URL(`../../../../seeds/${name}`, import.meta.url), 'utf8'));

const SEEDS: [string, string[], string[]][] = [
  [
    '000_5ad3a02533805057.txt',
    ['市委经济工作会议', '党的二十大', '中央经济工作会议', '省委经济工作会议'],
    ['两个确立', '两个维护', '1441工作思路', '八件大事', '双招双引', '两个毫不动摇', '三个模式', '一排底线', '五个深刻领会把握'],
  ],
  ['001_46527c2ebb2fba94.txt', ['青州市委经济工作会议', '中央经济工作会议', '党的二十大'], ['八个着力', '三个突破', '四个不摘', '一排底线']],
  ['002_7b22e6a93400afce.txt', ['市二十届人大二次会议', '市委经济工作会议', '党的二十大'], ['三个关系', '六项重点', '231产业', '一排底线']],
  [
    '003_61d246b8bd128e03.txt',
    ['省委经济工作会议', '中央经济工作会议', '党的二十大'],
    ['十大行动计划', '八抓20条', '三重压力', '六个统筹', '十强产业', '一群两心三圈', '两个毫不动摇', '四个中心'],
  ],
  [
    '004_d6fae8ff9b9cff12.txt',
    ['市委常委会会议', '党的二十届四中全会', '省委常委会扩大会议', '省委财经委员会会议', '张军桥同志事迹报告会',
      '农业服务贸易全球商通中心贸易投资对接会', '重点高校校地合作对接交流会'],
    ['十四五', '十五五', '三大行动', '一七五思路', '9+3+N产业链', '三个一体化'],
  ],
];

describe('seed pages', () => {
  it.each(SEEDS)('%s', (file, meetings, slogans) => {
    const article = page(file);
    const foundMeetings = new Set(findMeetings(article).map((m) => m.name));
    const foundSlogans = new Set(findSlogans(article).map((s) => s.name));
    expect(meetings.filter((m) => !foundMeetings.has(m))).toEqual([]);
    expect(slogans.filter((s) => !foundSlogans.has(s))).toEqual([]);
  });
});
