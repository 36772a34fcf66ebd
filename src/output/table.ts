// The human format: a boxed table drawn by cli-table3, colour (chalk) only when asked for.
// Rows are kept until end(), because every row must be seen before column widths are known.
// One line per row, always: line breaks inside cells print as spaces, and when the table is wider than the terminal
// the widest text columns shrink and their cells end with `…`. Numbers are right-aligned and never cut (a numeric
// column's header may be).
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
import { displayWidth, terminalSafe, truncateToWidth } from './width.js';

/** A shrunk text column keeps at least this many terminal columns (`中…`, `doc…`), or its own width if narrower. */
export const MIN_COLUMN_WIDTH = 4;
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
export function renderTable(columns: string[], rows: Row[], opts: FormatOptions): string {
  if (columns.length === 0) return '';
  const numericColumns = new Set(opts.numeric ?? inferNumericColumns(columns, rows));
  const numeric = columns.map((column) => numericColumns.has(column));
  const header = columns.map(terminalSafe);
  const body = rows.map((row) => columns.map((column) => tableCellText(row[column])));

  const natural = header.map(displayWidth);
  for (const cells of body) cells.forEach((text, i) => (natural[i] = Math.max(natural[i]!, displayWidth(text))));
  const widths =
    opts.width === undefined ? natural : fitTable(columns, natural, columnFloors(natural, numeric, body), opts.width);

  const chalk = new Chalk({ level: opts.color ? 1 : 0 });
  const cut = (cells: string[]) => cells.map((text, i) => truncateToWidth(text, widths[i]!));
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
 * Columns of running text, which a reader scans rather than reads whole: when the table is too wide they shrink
 * first (down to PROSE_MIN_WIDTH), so that names, places, dates and paths stay whole where possible.
 */
export const PROSE_COLUMNS: ReadonlySet<string> = new Set([
  'context', 'text', 'original', 'sentence', 'title', 'subtitle', 'tokens', 'keywords', 'byline', 'snippet', 'summary',
]);
export const PROSE_MIN_WIDTH = 10;

/** Text widths of a table `width` columns wide: prose columns shrink first, then every text column alike. */
function fitTable(columns: string[], natural: number[], floor: number[], width: number): number[] {
  const budget = width - tableChrome(columns.length);
  const proseOnly = fitColumnWidths(
    natural,
    natural.map((w, i) => (PROSE_COLUMNS.has(columns[i]!) ? Math.max(floor[i]!, Math.min(w, PROSE_MIN_WIDTH)) : w)),
    budget,
  );
  if (proseOnly.reduce((sum, w) => sum + w, 0) <= budget) return proseOnly;
  return fitColumnWidths(natural, floor, budget);
}

/** Terminal columns a table spends on borders and padding around `count` columns of text. */
export function tableChrome(count: number): number {
  return count * (2 * PADDING + 1) + 1;
}

/**
 * Text widths for columns whose widest text is `natural`, adding up to at most `budget`. Columns are capped at one
 * common width, as high as the budget allows, so the widest shrink first and narrow ones keep their width. A column
 * never goes below its `floor`: the width of its widest number for a numeric column (numbers are never cut, only
 * their header), MIN_COLUMN_WIDTH for text (or its natural width if narrower). When even the floors are too wide,
 * the table overflows rather than becoming unreadable.
 */
export function fitColumnWidths(natural: number[], floor: number[], budget: number): number[] {
  const widthsAt = (cap: number) => natural.map((w, i) => Math.max(floor[i]!, Math.min(w, cap)));
  const sum = (widths: number[]) => widths.reduce((total, w) => total + w, 0);
  if (sum(natural) <= budget) return natural;
  // The highest common cap that fits (the sum grows with the cap, so a binary search finds it).
  let low = 0;
  let high = Math.max(...natural);
  while (low < high) {
    const cap = Math.ceil((low + high) / 2);
    if (sum(widthsAt(cap)) <= budget) low = cap;
    else high = cap - 1;
  }
  const widths = widthsAt(low);
  // Columns held at the cap share what is left, one column each, leftmost first.
  let left = budget - sum(widths);
  for (let i = 0; i < widths.length && left > 0; i++) {
    if (widths[i] === low && natural[i]! > low) {
      widths[i]!++;
      left--;
    }
  }
  return widths;
}

/** The narrowest a column may become: its widest number when numeric, else MIN_COLUMN_WIDTH (or less if narrower). */
function columnFloors(natural: number[], numeric: boolean[], body: string[][]): number[] {
  return natural.map((w, i) => {
    if (!numeric[i]) return Math.min(w, MIN_COLUMN_WIDTH);
    let widest = 1;
    for (const cells of body) widest = Math.max(widest, displayWidth(cells[i]!));
    return Math.min(w, widest);
  });
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
