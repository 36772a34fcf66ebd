// policy-cli segment and docs, end to end on seeds/.
import { describe, expect, it, vi } from 'vitest';
import { jsonl, runCli } from './run-cli.js';

vi.setConfig({ testTimeout: 60_000 });

describe('segment', () => {
  const rows = jsonl(runCli(['segment', 'seeds/003_61d246b8bd128e03.txt', '-f', 'jsonl']).stdout);

  it('gives one row per article with its tokens', () => {
    expect(rows).toHaveLength(4);
    expect(Object.keys(rows[0]!)).toEqual(['doc', 'article', 'title', 'tokens']);
    expect(rows[0]!.title).toBe('省委经济工作会议在济南召开');
    const tokens = (rows[0]!.tokens as string).split(' ');
    expect(tokens.slice(0, 7)).toEqual(['省委', '经济', '工作', '会议', '在', '济南', '召开']);
  });

  it('keeps policy terms and names whole (user dictionary, HMM on)', () => {
    const tokens = rows.flatMap((r) => (r.tokens as string).split(' '));
    expect(tokens).toContain('高质量发展');
    expect(tokens).toContain('李干杰');
    expect(tokens).not.toContain('');
  });

  it('--pos tags every token as word/tag', () => {
    const tagged = jsonl(runCli(['segment', 'seeds/003_61d246b8bd128e03.txt', '--pos', '-f', 'jsonl']).stdout);
    const tokens = (tagged[0]!.tokens as string).split(' ');
    expect(tokens[0]).toBe('省委/j'); // nodejieba tags 省委 as an abbreviation
    for (const token of tokens) expect(token).toMatch(/^.+\/[a-z]+$/);
  });
});

describe('docs', () => {
  const result = runCli(['docs', 'seeds/', '-f', 'jsonl']);
  const rows = jsonl(result.stdout);

  it('lists every article of every seed with its place and date', () => {
    expect(result.status).toBe(0);
    expect(Object.keys(rows[0]!)).toEqual(['doc', 'article', 'title', 'date', 'byline', 'chars', 'tokens', 'place', 'place_code', 'place_level']);
    expect(rows).toHaveLength(21);
    const page3 = rows.filter((r) => r.doc === 'seeds/003_61d246b8bd128e03.txt');
    expect(page3[0]).toMatchObject({ article: 1, title: '省委经济工作会议在济南召开', date: '2022-12-24', place: '山东省', place_code: '370000', place_level: 'province' });
    expect(page3.map((r) => r.title)).toContain('我区扎实做好儿童关爱和保护工作');
    expect(page3.find((r) => r.title === '我区扎实做好儿童关爱和保护工作')).toMatchObject({ place: '东昌府区', place_code: '371502', byline: '裴崇旭 石勇' });
  });

  it('counts characters and tokens as numbers', () => {
    for (const row of rows) {
      expect(typeof row.chars).toBe('number');
      expect(typeof row.tokens).toBe('number');
      expect(row.tokens as number).toBeLessThanOrEqual(row.chars as number);
    }
  });

  it('--place keeps the articles about a place, a prefecture with its counties', () => {
    const weifang = jsonl(runCli(['docs', 'seeds/', '--place', '潍坊', '-f', 'jsonl']).stdout);
    const places = new Set(weifang.map((r) => r.place));
    expect(places.has('潍坊市')).toBe(true);
    expect(places.has('青州市')).toBe(true); // a county-level city of 潍坊
    expect(places.has('菏泽市')).toBe(false);
    const byCode = jsonl(runCli(['docs', 'seeds/', '--place', '371502', '-f', 'jsonl']).stdout);
    expect(byCode.map((r) => r.place)).toEqual(['东昌府区', '东昌府区', '东昌府区']);
  });
});
