// Markdown transcripts (新闻联播 as published): a heading starts an article titled by it, summaries and link lines are
// furniture, `**` markers leave the text but not the map to the original, a day heading dates its stories.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitArticles } from '../../../src/corpus/articles.js';
import { dayOf, isTranscriptFurniture, looksLikeMarkdown } from '../../../src/corpus/markdown.js';
import { locate } from '../../../src/corpus/locate.js';
import { lineStartsOf } from '../../../src/corpus/read.js';
import type { SourceDoc } from '../../../src/types.js';

function sourceOf(doc: string, original: string, layout?: SourceDoc['layout']): SourceDoc {
  const source: SourceDoc = { doc, path: doc, encoding: 'utf-8', original, lineStarts: lineStartsOf(original) };
  if (layout) source.layout = layout;
  return source;
}

const TRANSCRIPT = readFileSync('test/fixtures/input/transcript.txt', 'utf8');

describe('splitArticles on a Markdown transcript (found by its text, whatever its name)', () => {
  const articles = splitArticles(sourceOf('transcript.txt', TRANSCRIPT));

  it('gives one article per story heading with text under it, none for summaries, links or empty stories', () => {
    expect(articles.map((a) => [a.title, a.givenDate])).toEqual([
      ['全国冬油菜播种基本结束 面积增 长势好', '2023-12-01'],
      ['国内联播快讯', '2023-12-01'],
      ['中央经济工作会议在北京举行', '2023-12-02'],
    ]);
  });

  it('drops the ** markers and keeps bold sub-headings inside their story', () => {
    expect(articles[1]!.text).toBe(
      [
        '国内联播快讯',
        '央视网消息（新闻联播）：',
        '我国可再生能源发电装机突破14亿千瓦',
        '国家能源局今天发布，截至10月底，全国可再生能源发电装机突破14亿千瓦。',
        '首个国家级海上风电研究与试验检测基地开工',
        '基地今天在福建福州开工建设。',
      ].join('\n'),
    );
  });

  it('maps the text back to the line and column of the original, past the markers', () => {
    const story = articles[0]!;
    const at = story.text.indexOf('记者从农业农村部');
    const where = locate(story, at, at + 8);
    expect(where.original).toBe('记者从农业农村部');
    expect(where.line).toBe(26);
    // `**央视网消息**（新闻联播）：` comes first on the line: 16 characters, the four asterisks among them.
    expect(where.column).toBe(17);
  });

  it('is Markdown when forced (--input-format markdown, a .md name) and text when forced so', () => {
    const plain = '　　记者从农业农村部了解到，全国冬油菜播种基本结束。\n\n### 各地推进机械化播种\n\n各地抓住有利时机。\n';
    expect(splitArticles(sourceOf('a.md', plain, 'markdown')).map((a) => a.title)).toEqual(['', '各地推进机械化播种']);
    expect(splitArticles(sourceOf('a.txt', TRANSCRIPT, 'text')).length).not.toBe(3);
  });
});

describe('Markdown lines', () => {
  it.each<[string, boolean]>([
    ['# 《新闻联播》（20231201）\n\n## 新闻摘要\n', true],
    ['\n\n### 国内联播快讯\n正文', true],
    ['正文\n# 一\n正文\n## 二\n正文\n### 三\n', true],
    ['市委经济工作会议召开\n本报讯 12月25日，会议召开。\n', false],
    ['正文 #1 号文件\n#不是标题\n', false],
  ])('looksLikeMarkdown(%j) = %s', (text, markdown) => {
    expect(looksLikeMarkdown(text)).toBe(markdown);
  });

  it.each<[string, boolean]>([
    ['[查看原文](https://tv.cctv.com/2023/12/01/VIDE.shtml)', true],
    ['---', true],
    ['更新时间：2023-12-02T01:42:27.166Z', true],
    ['（《新闻联播》 20231201 19:00）', true],
    ['本期节目主要内容：', true],
    ['1.习近平会见外宾；2.李强主持召开国务院常务会议；3.国内联播快讯', true],
    ['**央视网消息**（新闻联播）：记者从农业农村部了解到。', false],
    ['1.十四届全国人大一次会议选举产生新一届国家领导人', false],
  ])('isTranscriptFurniture(%j) = %s', (line, furniture) => {
    expect(isTranscriptFurniture(line)).toBe(furniture);
  });

  it.each<[string, string | undefined]>([
    ['《新闻联播》（20231212）', '2023-12-12'],
    ['新闻联播 2024-07-01', '2024-07-01'],
    ['2024年7月1日新闻联播', '2024-07-01'],
    ['新闻联播', undefined],
  ])('dayOf(%j) = %j', (heading, day) => {
    expect(dayOf(heading)).toBe(day);
  });
});
