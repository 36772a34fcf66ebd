// `kwic`: every occurrence of a word, phrase or /regex/, with the text either side.
import { compileTerm, findTermMatches } from '../rows/compare-terms.js';
import { KWIC_COLUMNS, KWIC_RIGHT_ALIGNED, kwicRow } from '../rows/kwic.js';
import type { Row } from '../types.js';
import type { CommandParams, CommandSpec } from './command.js';

export interface KwicParams extends CommandParams {
  /** A word, a phrase or /regex/. */
  term: string;
  /** Characters of context each side. */
  width: number;
}

const kwic: CommandSpec<KwicParams> = {
  url: import.meta.url,
  needs: () => ({ attribute: true, segmentation: 'none' }),
  columns: () => KWIC_COLUMNS,
  priority: ['match', 'left', 'right', 'doc', 'line', 'place', 'column', 'article'],
  // The table right-aligns these: the numbers, and `left`, so that every match lines up in one column.
  numeric: KWIC_RIGHT_ALIGNED,
  processFile(articles, params) {
    const pattern = compileTerm(params.term);
    const rows: Row[] = [];
    for (const article of articles) for (const match of findTermMatches(article.text, pattern)) rows.push(kwicRow(article, match, params.width));
    return { rows };
  },
};
export default kwic;
