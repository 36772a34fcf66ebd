// The output formats by name: each one is a streaming formatter (rows in, text out) in a file of its own. This file
// imports all of them (for tests and whole tables); a run imports format-names.ts, which loads only the one it writes.
import type { Row, Table } from '../types.js';
import { csvFormatter, tsvFormatter } from './delimited.js';
import { jsonFormatter, jsonlFormatter } from './json.js';
import { tableFormatter } from './table.js';
import type { FormatOptions, Formatter } from './formatter.js';
import type { Format } from './format-names.js';

export { FORMATS, checkOutputPath, formatFromPath, parseFormat, type Format } from './format-names.js';

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
