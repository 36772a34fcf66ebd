// An article's signature: pinned values for a fixed text, what an edit does to it, and the fast path (a thread's term
// table) against its definition, simhash(bodyTermWeights(article)), bit for bit.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitArticles } from '../../../../src/corpus/articles.js';
import { lineStartsOf } from '../../../../src/corpus/read.js';
import { articleSignature, bodyTermWeights, isAllWhiteSpace, TermTable } from '../../../../src/extract/reprints/signature.js';
import { hamming, signatureHex, simhash, SimHasher, termHashes } from '../../../../src/extract/reprints/simhash.js';
import { REPRINT_DISTANCE } from '../../../../src/extract/reprints/index.js';
import { segmentArticle } from '../../../../src/nlp/article-tokens.js';
import { isVisibleWord } from '../../../../src/rows/segment.js';
import type { Article } from '../../../../src/types.js';
import { makeArticle } from '../../../helpers/article.js';

const TITLE = '我市出台支持中小企业高质量发展若干措施';
const BODY = [
  '为进一步激发市场主体活力，市政府日前印发《关于支持中小企业高质量发展的若干措施》，从财政奖补、融资担保、人才引进、数字化转型等方面提出22条具体措施。',
  '措施明确，对首次认定为国家级专精特新“小巨人”的企业给予一次性奖励50万元；对年度研发投入超过500万元的企业，按新增部分的10%给予补助，最高不超过200万元。',
  '在融资方面，市财政安排2亿元设立中小企业应急转贷资金，担保费率降至1%以下。对新招用高校毕业生的企业，按每人每月500元标准给予社会保险补贴。',
  '市工业和信息化局有关负责人表示，各项措施自2024年1月1日起施行，有效期三年，相关部门将于一个月内出台实施细则。',
].join('\n');

function signed(text: string): Article {
  const article = makeArticle(text);
  segmentArticle(article, 'tokens');
  return article;
}

const hexOf = (article: Article) => {
  const s = articleSignature(article);
  return s && signatureHex(s);
};

describe('articleSignature', () => {
  it('has a known value for a fixed text', () => {
    expect(hexOf(signed(`${TITLE}\n${BODY}`))).toBe('f02d06096378354f');
  });

  it('is the same for the same body, whatever the headline', () => {
    const a = hexOf(signed(`${TITLE}\n${BODY}`));
    expect(hexOf(signed(`${TITLE}\n${BODY}`))).toBe(a);
    expect(hexOf(signed(`中小企业再获22条政策红包\n${BODY}`))).toBe(a);
  });

  it('moves 2 bits for a one-character change, none for one in a word the hash leaves out, 10 when half the body is cut and a sentence added', () => {
    const base = articleSignature(signed(`${TITLE}\n${BODY}`))!;
    const edited = articleSignature(signed(`${TITLE}\n${BODY.replace('市财政安排2亿元', '市财政安排3亿元')}`))!;
    const unsampled = articleSignature(signed(`${TITLE}\n${BODY.replace('最高不超过200万元', '最高不超过300万元')}`))!;
    const other = articleSignature(signed(`${TITLE}\n${BODY.split('\n').reverse().slice(0, 2).join('\n')}\n今年以来，全市新增市场主体3.2万户，同比增长12.5%。`))!;
    expect(hamming(base, edited)).toBe(2);
    expect(hamming(base, unsampled)).toBe(0);
    expect(hamming(base, other)).toBe(10);
    expect(hamming(base, edited)).toBeLessThanOrEqual(REPRINT_DISTANCE);
    expect(hamming(base, other)).toBeGreaterThan(REPRINT_DISTANCE);
  });

  it('is undefined for a body without a term that votes', () => {
    expect(articleSignature(signed(`${TITLE}\n，。、“”（）！`))).toBeUndefined();
  });
});

/** The articles of the seeds and fixture pages, segmented as docs has them. */
function pages(): Article[] {
  const articles: Article[] = [];
  for (const dir of ['seeds', 'test/fixtures/texts', 'test/fixtures/corpus']) {
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
      const path = join(dir, name);
      const original = readFileSync(path, 'utf8');
      for (const article of splitArticles({ doc: path, path, encoding: 'utf-8', original, lineStarts: lineStartsOf(original) })) {
        segmentArticle(article, 'tokens');
        articles.push(article);
      }
    }
  }
  return articles;
}

describe('the term table', () => {
  const articles = pages();
  const definition = articles.map((a) => {
    const s = simhash(bodyTermWeights(a));
    return s && signatureHex(s);
  });

  it('gives simhash(bodyTermWeights(article)) for every article of the seeds and fixtures', () => {
    expect(articles.length).toBeGreaterThan(20);
    expect(articles.map(hexOf)).toEqual(definition);
  });

  it('gives the same from the articles’ word lengths (how docs segments them) as from their tokens', () => {
    const fromLengths = articles.map((a) => {
      const article = { ...a, tokens: undefined };
      segmentArticle(article, 'lengths');
      return hexOf(article);
    });
    expect(fromLengths).toEqual(definition);
  });

  it('counts the visible words of every token, headline included, as docs counted them before (isVisibleWord)', () => {
    const words = { visible: -1 };
    const odd = signed(`${TITLE}\n \u3000 \ufeff 　 ,. ${BODY}\n\u00a0\u2028x`);
    expect(odd.tokens!.some((t) => !isVisibleWord(t.word))).toBe(true);
    for (const article of [...articles, odd, signed(''), signed(' \n\u3000')]) {
      articleSignature(article, words);
      const visible = article.tokens!.filter((t) => isVisibleWord(t.word)).length;
      expect(words.visible).toBe(visible);
      const lengths = { ...article, tokens: undefined };
      segmentArticle(lengths, 'lengths');
      articleSignature(lengths, words);
      expect(words.visible).toBe(visible);
    }
  });

  it('takes as white space what String.prototype.trim takes, for every UTF-16 unit', () => {
    const differ: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const unit = String.fromCharCode(c);
      if (isAllWhiteSpace(`x${unit}`, 1, 2) !== (unit.trim() === '')) differ.push(c);
    }
    expect(differ).toEqual([]);
    expect(isAllWhiteSpace(' \u3000\n', 0, 3)).toBe(true);
    expect(isAllWhiteSpace(' \u3000x', 0, 3)).toBe(false);
  });

  it('gives the same when it starts over every few articles, grows and rehashes (a table of at most 64 terms)', () => {
    const table = new TermTable(64);
    const sign = (a: Article) => {
      const s = table.sign(a.text, a.tokens!, a.bodyStart);
      return s && signatureHex(s);
    };
    // Twice over: the second pass meets every term known (or forgotten since).
    expect(articles.map(sign)).toEqual(definition);
    expect(articles.map(sign)).toEqual(definition);
  });
});

describe('simhash', () => {
  const BASE: Array<[string, number]> = Array.from({ length: 60 }, (_, i) => [`词${i}`, 1 + (i % 7)]);

  it('has known values', () => {
    expect(termHashes('发展')).toEqual([2522215773, 3135935165]);
    expect(signatureHex(simhash(new Map(BASE))!)).toBe('61e364284dbe1060');
  });

  it('is a SimHasher that starts over after each signature', () => {
    const hasher = new SimHasher();
    const first = simhash(new Map(BASE), hasher);
    expect(hasher.finish()).toBeUndefined();
    expect(simhash(new Map(BASE), hasher)).toEqual(first);
  });

  it('stays within REPRINT_DISTANCE when one term of 60 changes', () => {
    const base = simhash(new Map(BASE))!;
    expect(hamming(base, simhash(new Map([...BASE.slice(0, 59), ['新词', 1]]))!)).toBeLessThanOrEqual(REPRINT_DISTANCE);
  });
});
