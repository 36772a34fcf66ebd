// A task is one command applied to one input file. It is plain data so that it can cross into a worker thread.
import type { InputFile } from '../corpus/inputs.js';
import type { Row } from '../types.js';

export interface TaskOptions {
  /** Which row builder runs on the file's articles (see processors.ts). */
  processor: string;
  encoding?: string;
  /** User dictionaries for the segmenter (--dict). */
  dicts: string[];
  /** --place: keep only articles about this place (name or code). */
  place?: string;
  /**
   * Whether the command uses what each article is about (place, date). Working it out segments clauses again, a
   * quarter of a keywords run, so commands that print neither skip it (unless --place or --by place asks for it).
   */
  attribute: boolean;
  /** --by place on a row command: put the place and code of each row's article in front of the row. */
  placeColumns?: boolean;
  /** Options of the processor itself (--pos, --method, --type…). */
  params: Record<string, unknown>;
}

export interface FileResult {
  file: InputFile;
  /** Rows ready to print, in text order (streaming commands). */
  rows: Row[];
  /** Something to merge across files (aggregating commands: keywords, compare…). */
  partial?: unknown;
  /** Why the file could not be read, when it could not. */
  error?: string;
  /** Stack trace when the failure was an internal error (printed with --debug). */
  stack?: string;
  /** Bytes of the file, for progress and throughput. */
  bytes: number;
}

/**
 * Processors whose partial results merge in the worker, batch by batch (processors.ts has the merges). Named here, in
 * plain data, so that the main thread can plan batches without loading the extractors it does not run itself.
 */
export const MERGED_IN_WORKER: ReadonlySet<string> = new Set(['keywords', 'compare']);
