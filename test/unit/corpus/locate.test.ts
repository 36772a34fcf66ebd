import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitArticles } from '../../../src/corpus/articles.js';
import { contextOf, lineColumn, locate } from '../../../src/corpus/locate.js';
import { lineStartsOf } from '../../../src/corpus/read.js';
import type { Article, SourceDoc } from '../../../src/types.js';

function sourceOf(doc: string, original: string): SourceDoc {
  return { doc, path: doc, encoding: 'utf-8', original, lineStarts: lineStartsOf(original) };
}

function articlesOf(path: string): Article[] {
  return splitArticles(sourceOf(path, readFileSync(path, 'utf8')));
}

function find(article: Article, phrase: string): [number, number] {
  const start = article.text.indexOf(phrase);
  expect(start, phrase).toBeGreaterThanOrEqual(0);
  return [start, start + phrase.length];
}

describe('lineColumn', () => {
  const source = sourceOf('x.txt', '第一行\r\n第二行\n\n第四行\r第五');
  it.each([
    [0, 1, 1],
    [2, 1, 3],
    [3, 1, 4], // the \r of CRLF still belongs to line 1
    [5, 2, 1],
    [9, 3, 1],
    [10, 4, 1],
    [14, 5, 1],
    [15, 5, 2],
  ])('offset %i → %i:%i', (offset, line, column) => {
    expect(lineColumn(source, offset)).toEqual({ line, column });
  });
});

describe('locate', () => {
  it.each([
    // seeds/001: a name broken over two printed lines
    ['seeds/001_46527c2ebb2fba94.txt', 0, '青州市委书记宋伟伟', '青州市委书\n记宋伟伟', 3, 21, '1月3日，青州市委经济工作会议召开，青州市委书记宋伟伟出席并发表了讲话。'],
    // seeds/000: a word broken over a blank line
    ['seeds/000_5ad3a02533805057.txt', 0, '经济工作会议部署要求', '经济工作会议部\n\n署要求', 15, 176, undefined],
    // seeds/003: the dateline place in the lede
    ['seeds/003_61d246b8bd128e03.txt', 0, '济南12月24日', '济南12月24日', 7, 3, undefined],
    // seeds/004: a headline line of the second article
    ['seeds/004_d6fae8ff9b9cff12.txt', 1, '我市以务实举措推进人居环境持续向好', '我市以务实举措推进人居环境持续向好', 25, 1, '我市以务实举措推进人居环境持续向好'],
  ])('%s: %s', (path, n, phrase, original, line, column, context) => {
    const article = articlesOf(path)[n]!;
    const [start, end] = find(article, phrase);
    const location = locate(article, start, end);
    expect(location.original).toBe(original);
    expect({ line: location.line, column: location.column }).toEqual({ line, column });
    if (context) expect(location.context).toBe(context);
    expect(location.context).toContain(phrase);
    expect(location.context).not.toMatch(/\n/);
  });

  it('gives traditional characters back as printed', () => {
    const text = '各位代表：\n\n我們第一届全國人民代表大會第一次會議，在聽了劉少奇同志\n關於憲法草案的報告\n並進行了三天的討論以後。';
    const [article] = splitArticles(sourceOf('t.txt', text));
    const [start, end] = find(article!, '刘少奇同志关于宪法草案的报告');
    const location = locate(article!, start, end);
    expect(location.original).toBe('劉少奇同志\n關於憲法草案的報告');
    expect(location.line).toBe(3);
    expect(location.context).toBe('我们第一届全国人民代表大会第一次会议，在听了刘少奇同志关于宪法草案的报告并进行了三天的讨论以后。');
  });

  it.each([
    ['会议指出，要把握大局。会议强调，要坚定信心；推动发展！', '坚定信心', '会议强调，要坚定信心；'],
    ['第一段。\n第二段里的词语\n第三段', '词语', '第二段里的词语'],
    ['甲'.repeat(100) + '乙乙' + '甲'.repeat(100), '乙乙', '甲'.repeat(60) + '乙乙' + '甲'.repeat(60)],
  ])('context of %s', (text, phrase, context) => {
    const start = text.indexOf(phrase);
    expect(contextOf(text, start, start + phrase.length).length).toBe(context.length);
    expect(contextOf(text, start, start + phrase.length)).toBe(context);
  });
});
