// policy-cli docs, end to end: one row per article with its place, date, byline and length.
import { describe, expect, it, vi } from 'vitest';
import { jsonl, runCli } from './run-cli.js';
import { reprintFolder } from '../helpers/reprints.js';

vi.setConfig({ testTimeout: 60_000 });

describe('docs', () => {
  it('gives every article of a page with its date, byline, length in characters and words, and place', () => {
    const result = runCli(['docs', 'seeds/003_61d246b8bd128e03.txt', '-f', 'csv']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(
      [
        'doc,article,title,date,byline,chars,tokens,place,place_code,place_level,simhash,reprint_of,reprint_of_article',
        'seeds/003_61d246b8bd128e03.txt,1,省委经济工作会议在济南召开,2022-12-24,,2810,1529,山东省,370000,province,d1f4ae40038eca6b,,',
        'seeds/003_61d246b8bd128e03.txt,2,我区扎实做好儿童关爱和保护工作,,裴崇旭 石勇,1314,720,东昌府区,371502,county,9022e4441348adaf,,',
        'seeds/003_61d246b8bd128e03.txt,3,我区分布式光伏建设赋能绿色发展,,全兴社,456,250,东昌府区,371502,county,d899fa98512a9278,,',
        'seeds/003_61d246b8bd128e03.txt,4,我区打造经济社会高质量发展“首善之区”,,全兴社,1497,820,东昌府区,371502,county,81342e2c85273d23,,',
        '',
      ].join('\n'),
    );
  });

  it('--by place puts place and place_code first', () => {
    const rows = jsonl(runCli(['docs', 'seeds/003_61d246b8bd128e03.txt', '--by', 'place', '-f', 'jsonl']).stdout);
    expect(Object.keys(rows[0]!)).toEqual([
      'place',
      'place_code',
      'doc',
      'article',
      'title',
      'date',
      'byline',
      'chars',
      'tokens',
      'place_level',
      'simhash',
      'reprint_of',
      'reprint_of_article',
    ]);
    expect(rows.map((r) => [r.place_code, r.article])).toEqual([
      ['370000', 1],
      ['371502', 2],
      ['371502', 3],
      ['371502', 4],
    ]);
  });

  it('lists every article of every seed', () => {
    const result = runCli(['docs', 'seeds/', '-f', 'jsonl']);
    expect(result.status).toBe(0);
    const rows = jsonl(result.stdout);
    expect(rows).toHaveLength(21);
    for (const row of rows) expect(row.tokens as number).toBeLessThanOrEqual(row.chars as number);
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

  it('names the original of a reprint: retitled, its last paragraph cut, in traditional script, in another file', () => {
    const { dir } = reprintFolder();
    const rows = jsonl(runCli(['docs', dir, '-f', 'jsonl']).stdout);
    const reprinted = rows.filter((r) => r.reprint_of !== null);
    expect(reprinted.map((r) => [(r.doc as string).split('/').pop(), r.reprint_of_article, (r.reprint_of as string).split('/').pop()])).toEqual([
      ['b-copy.txt', 2, 'a-page.txt'],
    ]);
  });
});
