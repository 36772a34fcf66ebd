// A task is one command applied to input files. It is plain data so that it can cross into a worker thread, which
// imports the command's module from `command` (see src/commands/command.ts).
import type { InputFile } from '../corpus/inputs.js';
import type { RecordFields } from '../corpus/jsonl.js';
import type { Shard } from '../corpus/shard.js';
import type { Signature } from '../extract/reprints/simhash.js';
import type { CommandParams, CommandSpec } from '../commands/command.js';
import type { Row, Segmentation } from '../types.js';
import type { RowTextSpec } from './row-text.js';

export interface TaskOptions {
  /** URL of the command's module. */
  command: string;
  /** The command's params (structured clone). */
  params: CommandParams;
  encoding?: string;
  /** --text: read files that look binary or garbled as text anyway. */
  text?: boolean;
  /** User dictionaries for the segmenter (--dict). */
  dicts: string[];
  /** --place: keep only articles about this place (name or code). */
  place?: string;
  /** Whether the command uses what each article is about (see Needs.attribute). */
  attribute: boolean;
  /** What the segmentation stage cuts each article into. */
  segmentation: Segmentation;
  /** --by place on a row command: put the place and code of each row's article in front of the row. */
  placeColumns?: boolean;
  /** --input-format: how every input is read; by its name and text when undefined (auto). */
  inputFormat?: InputFormat;
  /** JSON Lines: the fields holding each record's text and its id (--text-field, --id-field), and those kept. */
  fields?: RecordFields;
  /** --shard I/N: only the records in this shard (files are chosen before the run). */
  shard?: Shard;
  /** --collapse-reprints: results come article by article, with each article's signature (see FileResult.parts). */
  collapseReprints?: boolean;
  /** Workers send each file's rows formatted as this says, not as rows (see row-text.ts); the main thread's own rows
   * (one job, standard input) stay rows. */
  rowText?: RowTextSpec;
}

/**
 * `text`: plain text or newspaper pages; `markdown`: a transcript with `#` headings; `jsonl`: one JSON record a line;
 * `html`: a web page, reduced to its article text.
 */
export type InputFormat = 'text' | 'markdown' | 'jsonl' | 'html';
export const INPUT_FORMATS: readonly InputFormat[] = ['text', 'markdown', 'jsonl', 'html'];

/** The task of a command with its params, and the input options of the run. */
export function taskOf<Params extends CommandParams, Partial>(
  command: CommandSpec<Params, Partial>,
  params: Params,
  inputs: {
    dicts: string[];
    encoding?: string;
    text?: boolean;
    place?: string;
    inputFormat?: InputFormat;
    fields?: RecordFields;
    shard?: Shard;
    collapseReprints?: boolean;
  },
): TaskOptions {
  const needs = command.needs(params);
  return { command: command.url, params, ...inputs, attribute: needs.attribute, segmentation: needs.segmentation, placeColumns: params.byPlace };
}

export interface FileResult {
  file: InputFile;
  /** Rows ready to print, in text order (streaming commands). */
  rows: Row[];
  /** The rows already formatted by a worker (TaskOptions.rowText), `rows` then empty; and how many rows it holds. */
  text?: string;
  textRows?: number;
  /** Something to merge across files (aggregating commands: keywords, compare…). */
  partial?: unknown;
  /** Why the file could not be read, when it could not. */
  error?: string;
  /** Read, but with something to tell the user (printed on stderr; the exit code stays 0). */
  warnings?: string[];
  /** Stack trace when the failure was an internal error (printed with --debug). */
  stack?: string;
  /** Bytes of the file, for progress and throughput. */
  bytes: number;
  /** One piece of a file too big to read whole, with more to come: the file is not done yet. */
  more?: boolean;
  /**
   * --collapse-reprints: the file's output article by article (rows then stay empty; partial is the whole file's), so
   * that the main thread, which sees articles in input order, can leave out the reprints of articles before them.
   */
  parts?: ArticlePart[];
}

/** One article's output and what decides whether it is a reprint. */
export interface ArticlePart {
  article: number;
  /** SimHash of the body (src/extract/reprints), undefined when the body has no term. */
  signature?: Signature;
  chars: number;
  rows: Row[];
  partial?: unknown;
}
