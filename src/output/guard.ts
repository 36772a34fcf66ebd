// Turning cells into the text of CSV and TSV files: plain decimal numbers and a guard against spreadsheet formulas.
import type { Cell } from '../types.js';

/**
 * Characters that make a spreadsheet (Excel, LibreOffice, Google Sheets) read a cell as a formula
 * (OWASP "CSV injection"): `=`, `+`, `-`, `@`, tab and carriage return.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell that a spreadsheet would run as a formula gets a leading `'`, which spreadsheets hide and treat as
 * "this is text". Only strings are guarded: a JS number such as -0.8 is data and is written as is (see `cellText`).
 * A string that merely looks numeric (`'-0.8'`, `'+86'`) is still text and is guarded, because nothing tells a
 * spreadsheet it is safe.
 */
export function guardFormula(text: string): string {
  // A lone `-` (standard input's doc, an empty figure) is no formula in any spreadsheet: it stays as it is.
  return FORMULA_START.test(text) && text !== '-' ? `'${text}` : text;
}

/**
 * A number in plain decimal: no exponent below 1e21, no thousands separators, the shortest digits that read back as
 * the same number (`15370000000`, `0.2`, `0.0000001`). -0 prints as `0`. From 1e21 up, JavaScript's exponent form
 * (`1e+21`) is kept: such figures do not occur in policy texts, and expanding them would print digits that are
 * not there.
 * NaN and ±Infinity have no decimal form and print as an empty cell, as they do as `null` in JSON.
 */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  if (Object.is(value, -0)) return '0';
  const shortest = String(value);
  const exponent = /^(-?)(\d)(?:\.(\d+))?e-(\d+)$/.exec(shortest);
  if (!exponent) return shortest; // already plain, or ≥ 1e21
  const [, sign, lead, fraction = '', power] = exponent;
  return `${sign}0.${'0'.repeat(Number(power) - 1)}${lead}${fraction}`;
}

/**
 * The text of a cell in a CSV or TSV file: null (and a missing cell) is empty, booleans are `true`/`false`, numbers
 * are plain decimals and never guarded, strings are guarded against formulas.
 */
export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return formatNumber(cell);
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  return guardFormula(cell);
}
