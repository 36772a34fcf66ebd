// The human format: a boxed table drawn by cli-table3, colour (chalk) only when asked for.
// Rows are kept until end(), because every row must be seen before column widths are known.
// One line per row, always: line breaks inside cells print as spaces, and a table wider than the terminal never wraps.
// What gives way is decided in fit.ts: names, titles, keywords, matches, numbers and paths are never cut; the least
// important columns are left out instead (FormatOptions.priority ranks them; FormatOptions.note hears which went, for
// stderr), and only context-like columns (context, sentence, kwic's left and right…) are shortened with `…`, since
// they are there to be scanned, not read. Columns empty in every row are left out of the table (never of csv/json).
//
// cli-table3's toString() takes time quadratic in its rows (4,000 rows 1.8 s, 20,000 rows 19.5 s) and a corpus easily
// gives tens of thousands, so the widths are fixed here first and cli-table3 draws the rows in chunks of that width,
// which join into one table.
import CliTable from 'cli-table3';
import { Chalk } from 'chalk';
import type { Cell, Row } from '../types.js';
import type { FormatOptions, Formatter } from './formatter.js';
import { formatNumber } from './guard.js';
import { sparkline } from './sparkline.js';
import { fitColumns, type ColumnFacts, type Fit } from './fit.js';
import { displayWidth, terminalSafe, truncateStartToWidth, truncateToWidth } from './width.js';

const PADDING = 1; // spaces each side of a cell
/** Rows cli-table3 draws at a time: small enough to stay linear overall. */
const CHUNK_ROWS = 500;

export function tableFormatter(columns: string[], opts: FormatOptions): Formatter {
  const rows: Row[] = [];
  const bars = opts.bars?.length ? opts.bars : undefined;
  return {
    begin: () => '',
    row: (row) => {
      rows.push(bars ? { ...row, [BARS_COLUMN]: sparkline(bars.map((column) => Number(row[column] ?? 0))) } : row);
      return '';
    },
    end: () => renderTable(bars ? [...columns, BARS_COLUMN] : columns, rows, opts),
  };
}

/** The column a table adds for FormatOptions.bars. */
export const BARS_COLUMN = 'bars';

/** The table as text, ending with a newline; the header alone when there are no rows, nothing when no columns. */
export function renderTable(allColumns: string[], rows: Row[], opts: FormatOptions): string {
  if (allColumns.length === 0) return '';
  const rightAligned = new Set(opts.numeric ?? inferNumericColumns(allColumns, rows));
  const allBody = rows.map((row) => allColumns.map((column) => tableCellText(row[column])));
  const facts: ColumnFacts[] = allColumns.map((name, i) => {
    let natural = displayWidth(terminalSafe(name));
    let text = false;
    let empty = rows.length > 0;
    for (const [r, cells] of allBody.entries()) {
      const cell = cells[i]!;
      if (cell === '') continue;
      empty = false;
      natural = Math.max(natural, displayWidth(cell));
      if (!text && typeof rows[r]![name] === 'string') text = true;
    }
    return { name, natural, text, empty };
  });
  const fit = fitColumns(facts, opts.width, opts.priority);
  if (opts.width !== undefined && opts.note) {
    const note = leftOutNote(fit, allColumns, opts.width, opts.bars);
    if (note) opts.note(note);
  }
  const columns = fit.shown.map((i) => allColumns[i]!);
  const widths = fit.widths;
  const numeric = columns.map((column) => rightAligned.has(column));
  const header = columns.map(terminalSafe);
  const body = allBody.map((cells) => fit.shown.map((i) => cells[i]!));

  const chalk = new Chalk({ level: opts.color ? 1 : 0 });
  // A right-aligned text column (kwic's left context) keeps its end, next to what it leads to.
  const cut = (cells: string[]) =>
    cells.map((text, i) => (numeric[i] ? truncateStartToWidth(text, widths[i]!) : truncateToWidth(text, widths[i]!)));
  const draw = (head: string[] | undefined, chunk: string[][]) => {
    const table = new CliTable({
      head: head ?? [],
      colWidths: widths.map((w) => w + 2 * PADDING),
      colAligns: numeric.map((right) => (right ? 'right' : 'left')),
      wordWrap: false,
      // Colours come from chalk (header) and cli-table3's own styling (borders), both off unless asked for.
      style: { head: [], border: opts.color ? ['grey'] : [], compact: true, 'padding-left': PADDING, 'padding-right': PADDING },
    });
    table.push(...chunk);
    return table.toString().split('\n');
  };

  const lines = draw(cut(header).map((h) => (h === '' ? h : chalk.bold.cyan(h))), body.slice(0, CHUNK_ROWS).map(cut));
  for (let from = CHUNK_ROWS; from < body.length; from += CHUNK_ROWS) {
    // Chunks share the column widths, so the bottom border of one and the top border of the next simply go.
    const next = draw(undefined, body.slice(from, from + CHUNK_ROWS).map(cut));
    lines.splice(lines.length - 1, 1, ...next.slice(1));
  }
  return lines.join('\n') + '\n';
}

/**
 * The line for stderr when columns with data were left out, else undefined:
 * `table shows 7 of 15 columns at 80 columns wide (left out: org, role; empty: code); -f csv has them all`.
 * The bars column is the table's own, so it is not counted among the columns csv has.
 */
export function leftOutNote(fit: Fit, columns: string[], width: number, bars: readonly string[] = []): string | undefined {
  if (fit.leftOut.length === 0) return undefined;
  const data = (names: string[]) => names.filter((name) => name !== BARS_COLUMN || bars.length === 0);
  const shown = data(fit.shown.map((i) => columns[i]!)).length;
  const total = data(columns).length;
  const empty = fit.empty.length > 0 ? `; empty: ${fit.empty.join(', ')}` : '';
  const barsSpan = bars.some((column) => fit.leftOut.includes(column)) ? `; ${BARS_COLUMN} still spans them` : '';
  return `table shows ${shown} of ${total} columns at ${width} columns wide (left out: ${fit.leftOut.join(', ')}${empty}${barsSpan}); -f csv has them all`;
}

/** Columns where every cell that is not null is a number (and at least one is). */
export function inferNumericColumns(columns: string[], rows: Row[]): string[] {
  return columns.filter((column) => {
    let numbers = 0;
    for (const row of rows) {
      const cell = row[column];
      if (cell === null || cell === undefined) continue;
      if (typeof cell !== 'number') return false;
      numbers++;
    }
    return numbers > 0;
  });
}

/**
 * A cell as the table shows it. Numbers are plain decimals, rounded for the eye: four decimals from 1 up, four
 * significant digits below (the csv/json output keeps every digit). Text is made safe for the terminal.
 */
export function tableCellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  if (typeof cell === 'number') return formatNumber(roundForDisplay(cell));
  return terminalSafe(cell);
}

function roundForDisplay(value: number): number {
  if (!Number.isFinite(value) || Number.isInteger(value)) return value;
  return Math.abs(value) >= 1 ? Number(value.toFixed(4)) : Number(value.toPrecision(4));
}
