// The output formats by name: each one is a streaming formatter (rows in, text out) in a file of its own.
import { UsageError, type Row, type Table } from '../types.js';
import { csvFormatter, tsvFormatter } from './delimited.js';
import { jsonFormatter, jsonlFormatter } from './json.js';
import { tableFormatter } from './table.js';
import type { FormatOptions, Formatter } from './formatter.js';

export type Format = 'table' | 'csv' | 'tsv' | 'json' | 'jsonl';
export const FORMATS: readonly Format[] = ['table', 'csv', 'tsv', 'json', 'jsonl'];

export type { FormatOptions, Formatter } from './formatter.js';

/** A formatter for `columns` in that order: the header and the keys of JSON objects follow it, never the data. */
export function createFormatter(format: Format, columns: string[], opts: FormatOptions): Formatter {
  switch (format) {
    case 'table':
      return tableFormatter(columns, opts);
    case 'csv':
      return csvFormatter(columns, opts);
    case 'tsv':
      return tsvFormatter(columns, opts);
    case 'json':
      return jsonFormatter(columns);
    case 'jsonl':
      return jsonlFormatter(columns);
  }
}

/** The whole table as one string. `table.numeric` is used when `opts.numeric` is not given. */
export function formatAll(table: Table, format: Format, opts: FormatOptions): string {
  const formatter = createFormatter(format, table.columns, { ...opts, numeric: opts.numeric ?? table.numeric });
  let out = formatter.begin();
  for (const row of table.rows) out += formatter.row(row);
  return out + formatter.end();
}

const FORMAT_BY_EXTENSION: Record<string, Format> = {
  csv: 'csv',
  tsv: 'tsv',
  tab: 'tsv',
  json: 'json',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
};

/** The format an output file's extension asks for (case-insensitive), or undefined (`.txt`, no extension, `-`). */
export function formatFromPath(path: string): Format | undefined {
  const name = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  const dot = name.lastIndexOf('.');
  if (dot <= 0) return undefined; // no extension, or a dot file such as `.csv`
  return FORMAT_BY_EXTENSION[name.slice(dot + 1).toLowerCase()];
}

/** Extensions of formats we do not write: text in such a file would only be mistaken for one. */
const FOREIGN_EXTENSIONS = new Set(['xlsx', 'xlsm', 'xls', 'ods', 'numbers', 'parquet', 'feather', 'arrow', 'sqlite', 'db', 'pdf', 'docx', 'doc', 'html', 'htm', 'xml']);

/** An -o file whose extension names a format we do not write is a usage error, before any work. */
export function checkOutputPath(path: string): void {
  const name = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  if (!FOREIGN_EXTENSIONS.has(extension)) return;
  throw new UsageError(`-o ${path}: policy-cli writes ${FORMATS.filter((f) => f !== 'table').join(', ')} or a table, not .${extension} (-o ${path.slice(0, path.length - extension.length)}csv --bom opens in a spreadsheet)`);
}

/** A `--format` value checked against FORMATS (case-insensitive); anything else is a UsageError. */
export function parseFormat(name: string): Format {
  const format = name.trim().toLowerCase() as Format;
  if (FORMATS.includes(format)) return format;
  throw new UsageError(`unknown format '${name}' (expected one of: ${FORMATS.join(', ')})`);
}
