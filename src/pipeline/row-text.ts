// Rows formatted in the worker that made them. A row object of ~15 fields crossing to the main thread is serialised
// there and rebuilt here, and the main thread then formatted every row alone, its work taking cores from the two
// workers. A streamed text format writes each row alone, so a worker can turn a file's rows into the very text the
// main thread would have made and send one string: the main thread only writes it.
import type { Format } from '../output/format-names.js';
import { textOfRows } from '../output/formatter.js';
import type { Row } from '../types.js';
import type { FileResult } from './task.js';

/** Formats whose rows print alone: no header, separator or width that depends on the other rows. */
export const ROW_BY_ROW_FORMATS = ['csv', 'tsv', 'jsonl'] as const;
export type RowByRowFormat = (typeof ROW_BY_ROW_FORMATS)[number];

/** How a worker formats rows (TaskOptions.rowText): plain data, so that it crosses into the worker. */
export interface RowTextSpec {
  format: RowByRowFormat;
  /** The output's columns, kept record fields included. */
  columns: string[];
}

/** What decides whether a run's rows may be formatted where they are made. */
export interface RowTextCase {
  format: Format;
  /** Undefined when the columns are known only at the end (compare --wide). */
  columns: string[] | undefined;
  /** A step each row takes in the main thread, in input order (docs' reprint_of), before it is printed. */
  inOrderStep: boolean;
  /** Rows held and grouped by place (--by place), turned into records (--emit counts), or told reprints in order. */
  heldByMainThread: boolean;
  /** The command prints through a formatter of its own (idf, --emit counts). */
  ownFormatter: boolean;
}

/**
 * The formatting a worker may do for this run, or undefined when each row must reach the main thread as a row. Only
 * the rows go through it: the header, the BOM and the end stay with the main thread's formatter.
 */
export function rowTextSpec(run: RowTextCase): RowTextSpec | undefined {
  if (run.inOrderStep || run.heldByMainThread || run.ownFormatter || run.columns === undefined) return undefined;
  const format = ROW_BY_ROW_FORMATS.find((f) => f === run.format);
  return format ? { format, columns: run.columns } : undefined;
}

/** The rows of one record with its kept fields (--keep-fields), as every path prints them. */
export function withKeptFields(rows: Row[], kept: Row | undefined): Row[] {
  return kept ? rows.map((row) => ({ ...row, ...kept })) : rows;
}

/**
 * A function that replaces a result's rows by their text (`text`, and how many rows it holds in `textRows`), made with
 * the same formatter the main thread writes with.
 */
export async function rowTexter(spec: RowTextSpec): Promise<(result: FileResult) => FileResult> {
  const { openFormatter } = await import('../output/format-names.js');
  // Options a row never reads (colour, width, BOM: the table's and begin()'s) are left at their defaults.
  const formatter = await openFormatter(spec.format, spec.columns, { color: false });
  return (result) => {
    if (result.error !== undefined) return result;
    // Made in one go (joined, not added up: a string of thousands of `+=` is a rope that postMessage must first flatten).
    const text = textOfRows(formatter, withKeptFields(result.rows, result.file.kept));
    return { ...result, rows: [], text, textRows: result.rows.length };
  };
}
