// The output formats by name, and what an output file's name says of them. A file of its own that imports no formatter:
// a run loads only the one it writes (openFormatter), so csv output never loads cli-table3 and chalk.
import { UsageError } from '../types.js';
import type { FormatOptions, Formatter } from './formatter.js';

export type Format = 'table' | 'csv' | 'tsv' | 'json' | 'jsonl';
export const FORMATS: readonly Format[] = ['table', 'csv', 'tsv', 'json', 'jsonl'];

/** The formatter of `format`, its module imported now: what createFormatter (formats.ts) gives, loading only that one. */
export async function openFormatter(format: Format, columns: string[], opts: FormatOptions): Promise<Formatter> {
  switch (format) {
    case 'table':
      return (await import('./table.js')).tableFormatter(columns, opts);
    case 'csv':
      return (await import('./delimited.js')).csvFormatter(columns, opts);
    case 'tsv':
      return (await import('./delimited.js')).tsvFormatter(columns, opts);
    case 'json':
      return (await import('./json.js')).jsonFormatter(columns);
    case 'jsonl':
      return (await import('./json.js')).jsonlFormatter(columns);
  }
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
