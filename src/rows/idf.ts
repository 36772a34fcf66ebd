// IDF from a user's corpus: each file is one document; its tagged words go into a builder that merges across files.
import { IdfBuilder } from '../extract/keywords/idf.js';
import { tag } from '../nlp/segmenter.js';
import type { Article } from '../types.js';

/** One file's contribution. Tags are kept: they decide later which words may rank as keywords. */
export function idfPartial(articles: Article[]): IdfBuilder {
  const builder = new IdfBuilder();
  builder.addDocument(articles.flatMap((article) => tag(article.text)));
  return builder;
}

/** A builder that came back from a worker thread is plain data: give it its methods again. */
export function reviveIdfBuilder(partial: unknown): IdfBuilder {
  return partial instanceof IdfBuilder ? partial : Object.assign(new IdfBuilder(), partial);
}
