// reprint_of for rows that come in input order: each long-enough article is looked up among those before it, and names
// the first article of the cluster it joins (a reprint of a reprint names the original, so a cluster has one head).
import type { Row } from '../../types.js';
import { REPRINT_MIN_CHARS, ReprintIndex } from './index.js';
import { parseSignature } from './simhash.js';

interface Head {
  doc: string;
  article: number;
}

/** A step over rows with doc, article, chars and simhash columns that fills reprint_of and reprint_of_article. */
export function reprintStep(): (row: Row) => Row {
  const index = new ReprintIndex<Head>();
  return (row) => {
    const signature = typeof row.simhash === 'string' ? parseSignature(row.simhash) : undefined;
    if (!signature || (row.chars as number) < REPRINT_MIN_CHARS) return row;
    const near = index.earliestNear(signature);
    const head: Head = near?.what ?? { doc: row.doc as string, article: row.article as number };
    index.add(signature, head);
    return near ? { ...row, reprint_of: head.doc, reprint_of_article: head.article } : row;
  };
}
