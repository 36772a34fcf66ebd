// Reprints decided in input order: each long-enough article is looked up among those before it and joins the cluster
// of the first near-identical one, named by the cluster's first article (a reprint of a reprint names the original, so
// a cluster has one head). docs prints the head in reprint_of; --collapse-reprints counts each cluster once.
import type { Row } from '../../types.js';
import { REPRINT_MIN_CHARS, ReprintIndex } from './index.js';
import { parseSignature, type Signature } from './simhash.js';

export interface Head {
  doc: string;
  article: number;
}

/** The clusters of a run so far. */
export class ReprintClusters {
  private readonly index = new ReprintIndex<Head>();

  /**
   * The head of the cluster this article joins, or undefined when it is an original (or too short, or unsigned, to
   * be judged). Call in input order: an article is only ever a reprint of one before it.
   */
  headOf(article: Head, signature: Signature | undefined, chars: number): Head | undefined {
    if (!signature || chars < REPRINT_MIN_CHARS) return undefined;
    const near = this.index.earliestNear(signature);
    this.index.add(signature, near?.what ?? article);
    return near?.what;
  }
}

/** A step over rows with doc, article, chars and simhash columns that fills reprint_of and reprint_of_article. */
export function reprintStep(): (row: Row) => Row {
  const clusters = new ReprintClusters();
  return (row) => {
    const signature = typeof row.simhash === 'string' ? parseSignature(row.simhash) : undefined;
    const head = clusters.headOf({ doc: row.doc as string, article: row.article as number }, signature, row.chars as number);
    return head ? { ...row, reprint_of: head.doc, reprint_of_article: head.article } : row;
  };
}
