// Web pages: what is kept (title, paragraphs), what is dropped (scripts, chrome), entities, and positions in the HTML.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitArticles } from '../../../src/corpus/articles.js';
import { htmlSource } from '../../../src/corpus/html.js';
import { locate } from '../../../src/corpus/locate.js';
import { looksLikeHtml } from '../../../src/corpus/markup.js';
import { lineStartsOf } from '../../../src/corpus/read.js';
import type { Article, SourceDoc } from '../../../src/types.js';

const PAGE = 'test/fixtures/html/news-page.html';

function pageArticles(html: string, doc = 'page.html'): Article[] {
  const source: SourceDoc = { doc, path: doc, encoding: 'utf-8', original: html, lineStarts: lineStartsOf(html) };
  return splitArticles(htmlSource(source));
}

function where(article: Article, phrase: string) {
  const start = article.text.indexOf(phrase);
  expect(start, phrase).toBeGreaterThanOrEqual(0);
  return locate(article, start, start + phrase.length);
}

describe('looksLikeHtml', () => {
  it.each([
    ['<!DOCTYPE html>\n<html><body>x</body></html>', true],
    ['\ufeff  \n<!doctype HTML><p>x', true],
    ['<!-- saved from url=(0042)http://example.org/ -->\n<html lang="zh">', true],
    ['<html>\n<p>潍坊</p>', true],
    ['<meta charset="gbk">\n<head><title>t</title></head>', true],
    ['<div>\n<body class="x">正文</body>', true],
    ['潍坊市委召开常委会议。\n会议指出，<p>标签不是网页。', false],
    ['# 《新闻联播》（20231201）\n### 标题\n正文', false],
    ['', false],
  ])('%j → %s', (text, expected) => {
    expect(looksLikeHtml(text)).toBe(expected);
  });
});

describe('a hostile saved news page', () => {
  const html = readFileSync(PAGE, 'utf8');
  const articles = pageArticles(html, PAGE);
  const [article] = articles;

  it('is one article titled by its <h1>', () => {
    expect(articles).toHaveLength(1);
    expect(article!.title).toBe('潍坊市加快建设现代化强市');
  });

  it.each([
    ['script', '关键词'],
    ['noscript', 'JavaScript'],
    ['nav menu', '首页'],
    ['nav element', '山东新闻'],
    ['breadcrumb', '当前位置'],
    ['ad slot', '广告位'],
    ['header time', '08:30'],
    ['header source', '来源'],
    ['share bar', '分享到'],
    ['related aside', '相关新闻'],
    ['sidebar', '热点排行'],
    ['form', '搜索'],
    ['ICP footer', 'ICP'],
    ['copyright footer', '版权所有'],
    ['comment', '顶部导航'],
    ['tag names', 'h1'],
  ])('drops the %s (%s)', (_, text) => {
    expect(article!.text).not.toContain(text);
  });

  it('keeps every paragraph, one a line, with entities decoded', () => {
    expect(article!.text.split('\n')).toEqual([
      '潍坊市加快建设现代化强市',
      '本报潍坊5月7日讯 5月7日，潍坊市委召开常委会议，研究部署高质量发展重点工作。',
      '会议指出，今年一季度全市地区生产总值增长6.1%，固定资产投资完成120亿元，同比增长8.5%。',
      '会议强调，要坚持以高质量发展为主题，深入推进乡村振兴&城市更新，确保全年目标任务圆满完成。',
      '会议要求，各级各部门要压紧压实责任，全力以赴抓好项目建设、招商引资和安全生产等各项工作，推动经济持续回升向好。',
      '会议还研究了其他事项。',
    ]);
    expect(article!.dateline).toBe('05-07');
  });

  it.each([
    // [phrase in the article, line, column in the HTML file, text as printed]
    ['120亿元', 28, 9, '120亿元'],
    ['6.1%', 27, 24, '6.1%'],
    ['固定资产投资', 28, 1, '固定资产投资'],
    ['潍坊市加快建设现代化强市', 22, 7, '潍坊市加快建设现代化强市'],
    ['乡村振兴&城市更新', 29, 26, '乡村振兴&城市更新'],
    ['推动经济', 32, 1, '推动经济'],
  ])('puts %s at line %i, column %i of the HTML', (phrase, line, column, text) => {
    expect(where(article!, phrase)).toMatchObject({ line, column, original: text });
    const htmlLine = html.split('\n')[line - 1]!;
    expect(htmlLine.slice(column - 1).startsWith(phrase.slice(0, 1) === '1' ? '&#49;' : phrase.slice(0, 1))).toBe(true);
  });
});

describe('pages', () => {
  it('counts lines and columns in the HTML: a figure in a <p> on line 40', () => {
    const filler = Array.from({ length: 38 }, (_, i) => `<!-- ${i} -->`).join('\n');
    const html = `<html><body>\n${filler}\n    <p>全年完成投资<b>35.6</b>亿元。</p></body></html>`;
    const [article] = pageArticles(html);
    expect(where(article!, '35.6亿元')).toMatchObject({ line: 40, column: 17 });
    expect(html.split('\n')[39]!.slice(16).startsWith('35.6')).toBe(true);
  });

  it('keeps CRLF files right: columns count from the line start', () => {
    const html = '<html>\r\n<body>\r\n<p>第一段。</p>\r\n<p>投资&#x35;&#x30;亿元。</p>\r\n</body></html>';
    const [article] = pageArticles(html);
    expect(article!.text).toBe('第一段。\n投资50亿元。');
    expect(where(article!, '50亿元')).toMatchObject({ line: 4, column: 6 });
  });

  it('joins source lines wrapped inside a paragraph without a space between Chinese characters', () => {
    const [article] = pageArticles('<html><body><p>推进乡村\n    振兴 and more\ntext</p></body></html>');
    expect(article!.text).toBe('推进乡村振兴 and more text');
  });

  it('breaks lines at <br>, list items and table cells', () => {
    const [article] = pageArticles(
      '<html><body><p>第一行文字内容<br>第二行文字内容</p><ul><li>甲项工作已经完成<li>乙项工作正在推进</ul><table><tr><td>地区生产总值</td><td>增长6.1%</td></tr></table></body></html>',
    );
    expect(article!.text.split('\n')).toEqual(['第一行文字内容', '第二行文字内容', '甲项工作已经完成', '乙项工作正在推进', '地区生产总值', '增长6.1%']);
  });

  it('keeps short table cells (data), drops short lines elsewhere (menu leftovers)', () => {
    const [article] = pageArticles('<html><body><div>首页</div><p>全市主要经济指标如下。</p><table><tr><th>地区</th><th>增速</th></tr><tr><td>潍坊市</td><td>6.1%</td></tr></table></body></html>');
    expect(article!.text.split('\n')).toEqual(['全市主要经济指标如下。', '地区', '增速', '潍坊市', '6.1%']);
  });

  it('titles a page without <h1> by its <title>, less the site name', () => {
    const [article] = pageArticles('<html><head><title>全市经济运行稳中向好 - 潍坊新闻网</title></head><body><p>一季度全市经济运行稳中向好。</p></body></html>');
    expect(article!.title).toBe('全市经济运行稳中向好');
    expect(article!.text).toBe('全市经济运行稳中向好\n一季度全市经济运行稳中向好。');
  });

  it('makes one article of each <article> of a page that lists several', () => {
    const html = `<html><body><nav>首页 要闻</nav>
<article><h2>潍坊召开全市安全生产工作会议</h2><p>会议要求，各级各部门要压紧压实安全生产责任，坚决遏制重特大事故发生。</p></article>
<article><h2>青州市投资50亿元建设新能源产业园</h2><p>青州市新能源产业园项目总投资50亿元，预计2025年建成投产。</p></article>
<footer>版权所有</footer></body></html>`;
    expect(pageArticles(html).map((a) => [a.index, a.title])).toEqual([
      [1, '潍坊召开全市安全生产工作会议'],
      [2, '青州市投资50亿元建设新能源产业园'],
    ]);
  });

  it('keeps only the one <article> of a page, titled by the <h1> above it', () => {
    const html = `<html><body><h1>全市经济运行稳中向好</h1><div>热门：潍坊风筝节开幕啦</div>
<article><p>一季度，全市地区生产总值增长6.1%，规模以上工业增加值增长8.3%，固定资产投资增长5.2%，社会消费品零售总额增长7.0%，经济运行稳中向好。</p></article></body></html>`;
    const [article, ...rest] = pageArticles(html);
    expect(rest).toEqual([]);
    expect(article!.title).toBe('全市经济运行稳中向好');
    expect(article!.text).not.toContain('风筝节');
  });

  it.each([
    ['hidden attribute', '<div hidden>隐藏文字</div>'],
    ['display:none', '<div style="display: none">隐藏文字</div>'],
    ['class word in camelCase', '<div class="shareBox">隐藏文字</div>'],
    ['id word', '<div id="footer_copyright">隐藏文字</div>'],
    ['template', '<template><p>隐藏文字</p></template>'],
    ['iframe', '<iframe>隐藏文字</iframe>'],
  ])('drops %s', (_, chrome) => {
    const [article] = pageArticles(`<html><body><p>正文第一段内容。</p>${chrome}<p>正文第二段内容。</p></body></html>`);
    expect(article!.text).toBe('正文第一段内容。\n正文第二段内容。');
  });

  it('keeps a class that only contains a chrome word inside another word (download, header)', () => {
    const [article] = pageArticles('<html><body><div class="download-list">正文第一段内容。</div><div class="sub-header">正文第二段内容。</div></body></html>');
    expect(article!.text).toBe('正文第一段内容。\n正文第二段内容。');
  });

  it('gives no article, and a warning, for a page with no text', () => {
    const html = '<html><head><script>var a = "文字";</script></head><body><nav>首页</nav></body></html>';
    const source = htmlSource({ doc: 'p.html', path: 'p.html', encoding: 'utf-8', original: html, lineStarts: lineStartsOf(html) });
    expect(splitArticles(source)).toEqual([]);
    expect(source.warnings).toEqual(['a web page with no article text (only scripts, menus, headers or footers)']);
  });
});
