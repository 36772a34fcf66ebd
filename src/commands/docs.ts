// `docs`: the articles of each page, with their place, date and length.
import { DOCS_COLUMNS, docsRow } from '../rows/docs.js';
import type { CommandParams, CommandSpec } from './command.js';

export type DocsParams = CommandParams;

const docs: CommandSpec<DocsParams> = {
  url: import.meta.url,
  // The row counts the article's words.
  needs: () => ({ attribute: true, segmentation: 'words' }),
  columns: () => DOCS_COLUMNS,
  priority: ['title', 'doc', 'article', 'date', 'place', 'byline', 'chars', 'tokens', 'place_level', 'place_code'],
  numeric: ['article', 'chars', 'tokens'],
  processFile(articles) {
    const rows = [];
    for (const article of articles) rows.push(docsRow(article));
    return { rows };
  },
};
export default docs;
