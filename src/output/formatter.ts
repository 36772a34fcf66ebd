// What every formatter is: rows in, text out. Its own file, so that the formatters and the registry that names
// them (formats.ts) import it without importing each other.
import type { Row } from '../types.js';

export interface FormatOptions {
  /** Colour the table (header, borders). Ignored by the other formats, which never colour. */
  color: boolean;
  /**
   * Terminal columns: the table leaves out its least important columns and shortens its context to fit (see fit.ts).
   * Undefined = no limit.
   */
  width?: number;
  /** The table's columns that matter most, most important first (CommandSpec.priority); the rest rank after. */
  priority?: readonly string[];
  /** Told, in one line, which columns a table left out to fit `width` (for stderr). */
  note?: (line: string) => void;
  /** Columns to right-align in the table. Undefined = columns whose cells are all numbers (or null). */
  numeric?: string[];
  /** Start csv and tsv output with U+FEFF, so that Excel reads the file as UTF-8. Ignored by the other formats. */
  bom?: boolean;
  /**
   * Numeric columns the table sums up in one more column, `bars`: the row's values across them as a sparkline. A view
   * for the eye only: the other formats ignore it, so the rows are the same in every format.
   */
  bars?: string[];
}

/**
 * Writes rows as they come, so that a command can print a big corpus without holding it. The output is
 * `begin() + row(r1) + … + end()`; every piece but begin() of an empty table ends with a newline (or is empty).
 */
export interface Formatter {
  begin(): string;
  row(row: Row): string;
  /** The text of several rows: their row() texts joined, made in one go where the format gains by it (csv). */
  rows?(rows: readonly Row[]): string;
  end(): string;
}

/** The text of `rows` by `formatter`: its rows() when it has one, else each row() joined. */
export function textOfRows(formatter: Formatter, rows: readonly Row[]): string {
  return formatter.rows ? formatter.rows(rows) : rows.map((row) => formatter.row(row)).join('');
}
