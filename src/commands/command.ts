// A command is one typed object, the default export of src/commands/<name>.ts: what it asks of the pipeline, what it
// does with the articles of one file, how the results of files merge, how it finishes, and what it prints. The CLI
// turns the command line into its Params; the pipeline runs it over the files, in this thread or in worker threads,
// which import the command's module by the URL it carries (`url`): no table of commands to keep in step.
import type { Article, Row, Segmentation, Table } from '../types.js';

/** What one file gives: rows to print now (in text order), and/or something to merge across files. */
export interface FileOutput<Partial> {
  rows: Row[];
  partial?: Partial;
}

/** What the command needs done to every article before it sees them. */
export interface Needs {
  /**
   * The rows use each article's place or date. Working them out segments clauses again, a quarter of a keywords run,
   * so commands that print neither skip it (the pipeline still attributes for --place and --by place).
   */
  attribute: boolean;
  /** What the segmentation stage fills on each article (see src/nlp/article-tokens.ts). */
  segmentation: Segmentation;
}

/** How an aggregating command's per-file results come together. */
export interface Aggregation<Partial> {
  /** The total before any file. */
  empty(): Partial;
  /** Merge a later file's result into the total (files arrive in input order). */
  merge(into: Partial, from: Partial): void;
  /**
   * The merge may also run in a worker thread over a batch of files before the batch crosses to the main thread
   * (it is associative and keeps file order, so batch-then-total equals file by file). See batchSize in run-files.ts.
   */
  inWorker?: boolean;
  /**
   * A file too big to read whole may give one result per piece, merged like files (nothing in the result counts
   * files). Otherwise the command sees all of a big file's articles in one call, made piece by piece as it asks.
   */
  piecewise?: boolean;
  /**
   * How much of the total's tables merging the result walks (keywords: its keys): the main thread may then put merges
   * off and make them in runs (src/pipeline/merge-runs.ts). Only for a merge that reads nothing but its two arguments.
   */
  mergeWeight?(partial: Partial): number;
  /** A result that crossed from a worker thread is plain data (structured clone): give it its class again. */
  revive?(plain: Partial): Partial;
  /** The groups an article's result counts in (compare): --collapse-reprints says per group how many it left out. */
  groupsOf?(partial: Partial): string[];
}

/** Options every command's params may carry. */
export interface CommandParams {
  /** --by place on a row command: rows gain place and place_code and come out grouped by place. */
  byPlace?: boolean;
}

/**
 * One command. `Params` is plain data (it crosses into worker threads); `Partial` is what a file gives to merge
 * (aggregating commands only).
 */
export interface CommandSpec<Params extends CommandParams, Partial = never> {
  /** `import.meta.url` of the module this object is the default export of: how a worker thread finds it. */
  url: string;
  needs(params: Params): Needs;
  /**
   * The columns, in order. Undefined when they are known only once every file is read (compare --wide: one column per
   * group): `table` then gives the whole output.
   */
  columns(params: Params): string[] | undefined;
  /** Columns whose cells are numbers (right-aligned in tables). */
  numeric: string[];
  /**
   * The columns that matter most, most important first: a table too wide for the terminal leaves out the others
   * first (those not listed rank after, in their order, context-like columns last; see src/output/fit.ts).
   */
  priority?: string[];
  /** The articles of one file, after attribution and segmentation. */
  processFile(articles: Iterable<Article>, params: Params): FileOutput<Partial>;
  /**
   * A step every row takes in the main thread, in input order, before it is printed: for what depends on the rows
   * before it (docs' reprint_of names the earliest near-identical article). Made once per run.
   */
  inOrder?(params: Params): (row: Row) => Row;
  aggregate?: Aggregation<Partial>;
  /** Rows printed once every file is merged. */
  finish?(merged: Partial, params: Params): Row[];
  /** The whole output, when `columns` is undefined. */
  table?(merged: Partial, params: Params): Table;
  /** Lines for stderr once every file is merged (what the rows cannot say: gold files no input matched). */
  notices?(merged: Partial, params: Params): string[];
  /** An output that is a file format of its own (an IDF file), written whatever --format says. */
  text?(merged: Partial, params: Params): string;
  /** Mergeable statistics (--emit counts, --from-counts), for aggregating commands run in shards. */
  counts?: Counts<Params, Partial>;
}

/**
 * A command's statistics as plain records, so that runs over parts of a corpus (shards, machines, days) can be merged
 * and finished later as if one run had read everything: `write` the merged total, `read` records back into a total.
 * Counts are integers, so the merge is exact and its result does not depend on how the corpus was split.
 */
export interface Counts<Params, Partial> {
  /** The params the counts depend on (keywords --by place counts cannot finish a --by doc run): in the header. */
  key(params: Params): Record<string, unknown>;
  /** The records of a total, in an order that depends on its contents only. */
  write(merged: Partial): Iterable<Record<string, unknown>>;
  /** Add one record (as written by `write`, from any run with the same key) to a total; throws on a malformed one. */
  read(into: Partial, record: Record<string, unknown>): void;
  /** Why these params have no exact counts (a usage error), when they have none. */
  refuse?(params: Params): string | undefined;
  /**
   * A row command's counts (docs: its rows, whose reprint_of needs every shard's signatures) have no Aggregation:
   * their own empty total and merge of totals, each row as a record with where its input stands in a run's order
   * (the input's file and, for a JSON Lines record, its line), and the total's rows in the order one run over every
   * input prints them (before the in-order step, which the merge runs).
   */
  rows?: {
    empty(): Partial;
    merge(into: Partial, from: Partial): void;
    record(row: Row, at: { file: string; line: number }): Record<string, unknown>;
    inRunOrder(merged: Partial): Row[];
  };
}

/** A command as a worker thread knows it: its types stay behind in the module that made it. */
export type AnyCommand = CommandSpec<CommandParams, unknown>;

/** The command whose module is at `url` (its default export); imported once per thread. */
export async function loadCommand(url: string): Promise<AnyCommand> {
  return ((await import(url)) as { default: AnyCommand }).default;
}
