// The row builders a task can name. Each takes the articles of one file and returns rows to print now
// and/or a partial result to merge across files.
import type { Article, Row } from '../types.js';
import { segmentRows } from '../rows/segment.js';
import { docsRows } from '../rows/docs.js';
import { keywordsPartial, mergeKeywordGroups } from '../rows/keywords.js';
import { idfPartial } from '../rows/idf.js';
import { numbersRows } from '../rows/numbers.js';
import { entitiesOutput } from '../rows/entities.js';
import { comparePartial } from '../rows/compare-count.js';
import { mergeComparePartial } from '../rows/compare-stats.js';
import { kwicRows } from '../rows/kwic.js';

export interface ProcessorOutput {
  rows: Row[];
  partial?: unknown;
}
export type Processor = (articles: Article[], params: Record<string, unknown>) => ProcessorOutput;

export const processors: Record<string, Processor> = {
  segment: (articles, params) => ({ rows: segmentRows(articles, params as never) }),
  docs: (articles) => ({ rows: docsRows(articles) }),
  keywords: (articles, params) => ({ rows: [], partial: keywordsPartial(articles, params as never) }),
  idf: (articles) => ({ rows: [], partial: idfPartial(articles) }),
  numbers: (articles, params) => ({ rows: numbersRows(articles, params as never) }),
  entities: (articles, params) => entitiesOutput(articles, params as never),
  compare: (articles, params) => ({ rows: [], partial: comparePartial(articles, params as never) }),
  kwic: (articles, params) => ({ rows: kwicRows(articles, params as never) }),
};

/**
 * Merges of partial results that may run in a worker, on the files of one batch, before the batch goes to the main
 * thread (see batchSize in run-files.ts). Each is associative and keeps file order, so merging a batch first and then
 * into the total gives what merging file by file does.
 */
export const combiners: Record<string, (into: never, from: never) => void> = {
  keywords: mergeKeywordGroups,
  compare: mergeComparePartial,
};
