// `docs`: the articles of each page, with their place, date and length.
import { DOCS_COLUMNS, docsRow } from '../rows/docs.js';
import type { CommandParams, CommandSpec } from './command.js';
import { reprintStep } from '../extract/reprints/in-order.js';
import { docsCounts, type DocsCounts } from '../rows/docs-counts.js';

export type DocsParams = CommandParams;

const docs: CommandSpec<DocsParams, DocsCounts> = {
  url: import.meta.url,
  // The row counts the article's words and signs its body: their lengths are all it reads (where the body starts is
  // where the headline, which is left out, ends).
  needs: () => ({ attribute: true, segmentation: 'lengths' }),
  columns: () => DOCS_COLUMNS,
  priority: ['title', 'doc', 'article', 'date', 'place', 'byline', 'chars', 'tokens', 'place_level', 'place_code'],
  numeric: ['article', 'chars', 'tokens', 'reprint_of_article'],
  processFile(articles) {
    const rows = [];
    for (const article of articles) rows.push(docsRow(article));
    return { rows };
  },
  inOrder: () => reprintStep(),
  // Shards' rows, merged in one run's order: the merge finds the reprints across shards.
  counts: {
    key: () => ({}),
    write: docsCounts.write,
    read: docsCounts.read,
    rows: { empty: docsCounts.empty, merge: docsCounts.merge, record: docsCounts.record, inRunOrder: docsCounts.inRunOrder },
  },
};
export default docs;
