// JSON and JSON Lines: one object per row, keys in column order, numbers as numbers, null as null.
// JSON is an array with one object per line (`[`, rows, `]`), so it streams and still reads line by line;
// JSON Lines is one object per line and nothing else. Neither guards formulas: JSON is read by programs.
import type { Row } from '../types.js';
import type { Formatter } from './formatter.js';

export function jsonFormatter(columns: string[]): Formatter {
  let rows = 0;
  return {
    begin: () => '[',
    row: (row) => (rows++ === 0 ? '\n' : ',\n') + jsonObject(row, columns),
    end: () => (rows === 0 ? ']\n' : '\n]\n'),
  };
}

export function jsonlFormatter(columns: string[]): Formatter {
  return {
    begin: () => '',
    row: (row) => jsonObject(row, columns) + '\n',
    end: () => '',
  };
}

/**
 * The row as a JSON object with exactly `columns` as keys, in that order; a missing or empty cell is null, as an
 * empty CSV cell reads: a script tests one thing for "none" (`unit` of a bare count, a `byline` nobody signed).
 */
function jsonObject(row: Row, columns: string[]): string {
  // Written by hand: an object would put integer-like keys (`2022`) first, whatever the column order.
  // JSON.stringify writes NaN and ±Infinity as null, and -0 as 0.
  return `{${columns.map((column) => `${JSON.stringify(column)}:${JSON.stringify(row[column] === '' ? null : row[column] ?? null)}`).join(',')}}`;
}
