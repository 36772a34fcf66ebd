import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { splitArticles } from '../../../src/corpus/articles.js';
import { headDecoding } from '../../../src/corpus/decode.js';
import { lineColumn, locate } from '../../../src/corpus/locate.js';
import { pieceBytes, piecesOf, type ArticlePiece } from '../../../src/corpus/pieces.js';
import { readSource } from '../../../src/corpus/read.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'policy-cli-pieces-'));
});

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function pieces(path: string, bytes: number): Promise<ArticlePiece[]> {
  return [...(await piecesOf({ path, doc: path }, { pieceBytes: bytes }))];
}

/** The text of a piece, without what a window split for it held beyond it. */
function textOf(piece: ArticlePiece, next: ArticlePiece | undefined, whole: string, at: number): string {
  return next ? whole.slice(at, offsetOf(next, whole)) : whole.slice(at);
}

/** Offset in the whole text where a piece starts, from its first line and column. */
function offsetOf(piece: ArticlePiece, whole: string): number {
  let line = 0;
  let at = 0;
  while (line < (piece.source.firstLine ?? 0)) {
    at = whole.indexOf('\n', at) + 1;
    line++;
  }
  return at + (piece.source.firstColumn ?? 0);
}

// A sentence of policy prose with a figure: 25 characters, 75 bytes in UTF-8.
const sentence = (n: number) => `全年完成投资${String(n).padStart(4, '0')}亿元，同比增长百分之五。`;

/** A newspaper page of `count` short articles: headline, lede, two paragraphs. */
function page(count: number): string {
  const articles: string[] = [];
  for (let i = 1; i <= count; i++) {
    articles.push(
      `市委召开第${i}次专题会议\n\n本报讯（记者 张磊）${sentence(i)}会议强调，要抓好各项工作落实。\n\n` +
        `${sentence(i + 1000)}各级各部门要压实责任。\n\n${sentence(i + 2000)}确保取得实效。\n`,
    );
  }
  return articles.join('\n');
}

describe('piece size', () => {
  it.each([
    [{}, 2 * 1024 * 1024],
    [{ POLICY_CLI_PIECE_BYTES: '5000' }, 5000],
    [{ POLICY_CLI_PIECE_BYTES: 'x' }, 2 * 1024 * 1024],
    [{ POLICY_CLI_PIECE_BYTES: '10' }, 2 * 1024 * 1024],
  ])('pieceBytes(%j) = %d', (env, bytes) => {
    expect(pieceBytes(env)).toBe(bytes);
  });
});

describe('a file no bigger than a piece', () => {
  it('is one piece, split as readSource and splitArticles split it', async () => {
    const path = file('small.txt', page(3));
    const [only, ...more] = await pieces(path, 1 << 20);
    expect(more).toEqual([]);
    expect(only!.last).toBe(true);
    const whole = splitArticles(await readSource({ path, doc: path }));
    expect(only!.articles.map((a) => [a.index, a.title, a.text])).toEqual(whole.map((a) => [a.index, a.title, a.text]));
    expect(only!.source.firstLine).toBeUndefined();
  });
});

describe('a one-line file', () => {
  const text = Array.from({ length: 400 }, (_, i) => sentence(i)).join('');

  it('is cut at sentence ends, and every character keeps its column', async () => {
    const path = file('one-line.txt', text);
    const all = await pieces(path, 3000);
    expect(all.length).toBeGreaterThan(5);
    expect(all.map((p) => p.last)).toEqual(all.map((_, i) => i === all.length - 1));
    let at = 0;
    for (const [k, piece] of all.entries()) {
      expect(piece.source.firstLine).toBe(0);
      expect(piece.source.firstColumn).toBe(at);
      const own = textOf(piece, all[k + 1], text, at);
      if (k < all.length - 1) expect(own.endsWith('。')).toBe(true);
      at += own.length;
    }
    expect(at).toBe(text.length);
  });

  it('keeps one article, cut into segments that share its number', async () => {
    const all = await pieces(file('one-line-2.txt', text), 3000);
    expect(all.flatMap((p) => p.articles.map((a) => a.index))).toEqual(all.map(() => 1));
    expect(all.slice(1).every((p) => p.continues)).toBe(true);
  });

  it('gives each figure the column it has in the file', async () => {
    const all = await pieces(file('one-line-3.txt', text), 3000);
    for (const piece of all) {
      for (const article of piece.articles) {
        const m = /投资(\d{4})亿元/.exec(article.text)!;
        const where = locate(article, m.index + 2, m.index + 6);
        expect(where.line).toBe(1);
        expect(where.column).toBe(text.indexOf(`投资${m[1]}亿元`) + 3);
      }
    }
  });
});

describe('a page of many articles', () => {
  const text = page(60);

  it('is cut before articles, numbered as when read whole, every line where it is in the file', async () => {
    const path = file('page.txt', text);
    const whole = splitArticles(await readSource({ path, doc: path }));
    const all = await pieces(path, 2000);
    expect(all.length).toBeGreaterThan(3);
    const articles = all.flatMap((p) => p.articles);
    expect(articles.map((a) => [a.index, a.title])).toEqual(whole.map((a) => [a.index, a.title]));
    expect(all.some((p) => p.continues)).toBe(false);
    const lines = text.split('\n');
    for (const article of articles) {
      const m = /投资(\d{4})亿元/.exec(article.text)!;
      const where = locate(article, m.index, m.index + 8);
      expect(lines[where.line - 1]!.slice(where.column - 1, where.column + 7)).toBe(`投资${m[1]}亿元`);
    }
  });

  it.each([['\r\n'], ['\n']])('keeps line numbers with %j line ends (a figure on line N of piece 3 is on line N)', async (eol) => {
    const crlf = text.replace(/\n/g, eol);
    const path = file(`page-${eol.length}.txt`, crlf);
    const all = await pieces(path, 2000);
    const third = all[2]!;
    const article = third.articles[1]!;
    const m = /投资(\d{4})亿元/.exec(article.text)!;
    const where = locate(article, m.index, m.index + 8);
    const line = crlf.split(eol).findIndex((l) => l.includes(`投资${m[1]}亿元`)) + 1;
    expect(where.line).toBe(line);
    expect(line).toBeGreaterThan(third.source.firstLine! + 1);
  });
});

describe('a long article over many lines', () => {
  it('is cut at blank lines, its segments numbered as the one article', async () => {
    const text = '政府工作报告\n\n' + Array.from({ length: 200 }, (_, i) => `　　${sentence(i)}${sentence(i + 1)}`).join('\n\n') + '\n';
    const all = await pieces(file('report.txt', text), 3000);
    expect(all.length).toBeGreaterThan(3);
    expect(new Set(all.flatMap((p) => p.articles.map((a) => a.index)))).toEqual(new Set([1]));
    for (const piece of all.slice(0, -1)) expect(piece.source.original.endsWith('\n\n') || piece.continues !== undefined).toBe(true);
  });
});

describe('decoding across a cut', () => {
  const text = '潍坊市委经济工作会议召开，安排明年全市经济社会发展任务。𠮷野家在青州。';

  it.each([['utf-8'], ['gb18030'], ['utf-16le']])('%s: a character split between two blocks comes out whole', (encoding) => {
    const bytes = encoding === 'utf-8' ? Buffer.from(text) : iconv.encode(text, encoding);
    for (let cut = 1; cut < bytes.length; cut++) {
      const decoding = headDecoding(bytes, 'f.txt', { encoding: encoding === 'utf-8' ? undefined : encoding });
      const decoded = decoding.write(bytes.subarray(decoding.skip, cut)) + decoding.write(bytes.subarray(cut));
      expect(decoded).toBe(text);
    }
  });

  it.each([['utf-8'], ['gb18030']])('%s: a file of more than one block reads as when decoded whole', async (encoding) => {
    // Over 1 MB, so that blocks of the reader split characters; GB18030 is found, not told.
    const line = '山东省潍坊市青州市召开会议，部署全年经济工作，推动高质量发展。\n';
    const text = line.repeat(Math.ceil((3 << 20) / Buffer.byteLength(line)));
    const bytes = encoding === 'utf-8' ? Buffer.from(text) : iconv.encode(text, encoding);
    const path = file(`big-${encoding}.txt`, bytes);
    const all = await pieces(path, 1 << 20);
    expect(all.length).toBeGreaterThan(2);
    expect(all[0]!.source.encoding).toBe(encoding);
    let at = 0;
    for (const [k, piece] of all.entries()) {
      expect(offsetOf(piece, text)).toBe(at);
      const own = textOf(piece, all[k + 1], text, at);
      expect(piece.source.original.startsWith(own)).toBe(true);
      at += own.length;
    }
    expect(at).toBe(text.length);
  });

  it('skips a byte order mark once', async () => {
    const text = Array.from({ length: 300 }, (_, i) => sentence(i)).join('\n') + '\n';
    const path = file('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
    const all = await pieces(path, 3000);
    expect(all[0]!.source.original.startsWith('全年')).toBe(true);
    expect(lineColumn(all[0]!.source, 0)).toEqual({ line: 1, column: 1 });
  });
});

describe('a Markdown transcript', () => {
  it('is cut before headings, and a story keeps the day of its heading', async () => {
    const days = Array.from({ length: 6 }, (_, d) => {
      const stories = Array.from({ length: 8 }, (_, s) => `### 新闻${d}-${s}\n\n${sentence(d * 100 + s)}${sentence(s)}\n`).join('\n');
      return `# 《新闻联播》（202312${String(d + 10).padStart(2, '0')}）\n\n${stories}`;
    });
    const text = days.join('\n');
    const path = file('xwlb.md', text);
    const whole = splitArticles(await readSource({ path, doc: path }));
    const all = await pieces(path, 2000);
    expect(all.length).toBeGreaterThan(3);
    const articles = all.flatMap((p) => p.articles);
    expect(articles.map((a) => [a.index, a.title, a.givenDate])).toEqual(whole.map((a) => [a.index, a.title, a.givenDate]));
  });
});
