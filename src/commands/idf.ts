// `idf`: an IDF from the user's corpus, one document per input file, in jieba's file format.
import { IdfBuilder } from '../extract/keywords/idf.js';
import { tokensOf } from '../nlp/article-tokens.js';
import type { CommandParams, CommandSpec } from './command.js';

export type IdfParams = CommandParams;

const idf: CommandSpec<IdfParams, IdfBuilder> = {
  url: import.meta.url,
  // Tags are kept: they decide later which words may rank as keywords.
  needs: () => ({ attribute: false, segmentation: 'tagged' }),
  columns: () => [],
  numeric: [],
  processFile(articles) {
    const builder = new IdfBuilder();
    // Taken article by article: a big file's articles come a piece at a time, and never all at once.
    builder.addDocument((function* () {
      for (const article of articles) yield* tokensOf(article, true);
    })());
    return { rows: [], partial: builder };
  },
  aggregate: {
    empty: () => new IdfBuilder(),
    merge: (into, from) => void into.merge(from),
    revive: (plain) => (plain instanceof IdfBuilder ? plain : Object.assign(new IdfBuilder(), plain)),
  },
  // jieba's IDF format whatever --format says, so that jieba and keywords --idf both read it.
  text: (merged) => merged.toText(),
  counts: {
    key: () => ({}),
    write: (merged) => merged.countRecords(),
    read: (into, record) => into.addCountRecord(record),
  },
};
export default idf;
