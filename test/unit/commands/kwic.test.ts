import { describe, expect, it } from 'vitest';
import kwic from '../../../src/commands/kwic.js';
import { gazetteer } from '../../../src/extract/places/gazetteer.js';
import { processArticles } from '../../../src/pipeline/process-file.js';
import { makeArticle } from '../../helpers/article.js';

describe('kwic', () => {
  const text = '市委经济工作会议召开\n会议强调，要把握大局、坚定信心，在加快高质量发展中勇毅前行。\n着力推动高质量发展。';
  const article = makeArticle(text, { doc: 'seeds/000.txt', index: 3, place: gazetteer().byCode('370700') });

  it('gives every occurrence with its line, column and context', () => {
    const rows = processArticles(kwic, { term: '高质量发展', width: 6 }, [article]).rows;
    expect(rows).toEqual([
      { doc: 'seeds/000.txt', article: 3, place: '潍坊市', line: 2, column: 20, left: '信心，在加快', match: '高质量发展', right: '中勇毅前行。' },
      // context crosses the paragraph break as a space, and stops at the article's end
      { doc: 'seeds/000.txt', article: 3, place: '潍坊市', line: 3, column: 5, left: '。 着力推动', match: '高质量发展', right: '。' },
    ]);
  });

  it('takes a /regex/ and leaves place empty when unknown', () => {
    const corpus = makeArticle('大力优化营商环境，深化“放管服”改革，优化政务服务“一站式”功能。');
    const rows = processArticles(kwic, { term: '/“[^”]+”/', width: 2 }, [corpus]).rows;
    expect(rows.map((r) => [r.match, r.left, r.right, r.place, r.column])).toEqual([
      ['“放管服”', '深化', '改革', null, 12],
      ['“一站式”', '服务', '功能', null, 26],
    ]);
  });
});
