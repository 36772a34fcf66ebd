// CSV and TSV: a header row of column names, then one record per row, written as soon as the row comes.
//
// CSV follows RFC 4180: fields are separated by `,`, a field is quoted when it holds a comma, a double quote or a line
// break, and quotes inside are doubled. These are the bytes csv-stringify wrote with a `\n` record delimiter (a lone
// carriage return left unquoted too), which the tests hold it to: one csv-stringify call a row, parsing its options
// each time, cost ~8 µs a row, more than cloning the row to another thread and back. Records end with `\n` rather than
// the RFC's `\r\n`, like the other formats and Unix tools; Excel, LibreOffice, pandas, R and csv-parse all read it.
// A line break inside a cell stays inside its quoted field.
//
// TSV is one record per line, fields separated by a tab; a tab, line break, carriage return or backslash inside a
// cell is written as `\t`, `\n`, `\r`, `\\` (the convention of PostgreSQL COPY and of xsv/mlr), so no cell ever splits
// a line. Nothing is quoted.
//
// In both, cells go through `cellText`: numbers are plain decimals, null is empty, text that a spreadsheet would run
// as a formula starts with `'`. With `bom`, the output starts with U+FEFF so that Excel opens it as UTF-8.
import type { Row } from '../types.js';
import type { FormatOptions, Formatter } from './formatter.js';
import { cellText } from './guard.js';

const BOM = '\uFEFF';

export function csvFormatter(columns: string[], opts: Pick<FormatOptions, 'bom'>): Formatter {
  return {
    begin: () => (opts.bom ? BOM : '') + csvRecord(columns),
    row: (row) => csvRecord(cellsOf(row, columns)),
    end: () => '',
  };
}

export function tsvFormatter(columns: string[], opts: Pick<FormatOptions, 'bom'>): Formatter {
  return {
    begin: () => (opts.bom ? BOM : '') + tsvRecord(columns),
    row: (row) => tsvRecord(cellsOf(row, columns)),
    end: () => '',
  };
}

function cellsOf(row: Row, columns: string[]): string[] {
  return columns.map((column) => cellText(row[column]));
}

function csvRecord(fields: string[]): string {
  // An empty record (no columns) would print as an empty line, which readers skip: nothing to write then.
  if (fields.length === 0) return '';
  return fields.map(csvField).join(',') + '\n';
}

const NEEDS_QUOTES = /[",\n]/;

/** A CSV field: quoted, its quotes doubled, when it holds a comma, a quote or a line break. */
export function csvField(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const TSV_ESCAPES: Record<string, string> = { '\t': '\\t', '\n': '\\n', '\r': '\\r', '\\': '\\\\' };

/** A TSV cell with its tabs, line breaks and backslashes escaped. */
export function escapeTsv(text: string): string {
  return text.replace(/[\t\n\r\\]/g, (ch) => TSV_ESCAPES[ch]!);
}

function tsvRecord(fields: string[]): string {
  if (fields.length === 0) return '';
  return fields.map(escapeTsv).join('\t') + '\n';
}
