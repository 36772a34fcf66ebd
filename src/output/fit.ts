// Which columns a table shows on a terminal of a given width, and how wide each one is.
//
// Data is never cut: a name, a title, a keyword, a match, a number or a path is shown whole or not at all. When the
// table is too wide, whole columns are left out, the least important first (each command ranks its columns; columns it
// does not rank come after, in their own order, and context-like columns last), and the caller says on stderr which.
// A column's header is never cut either: it names the data (compare --wide's group columns are named by their group).
// Only context-like columns (CONTEXT_COLUMNS: text around the data, there to be scanned, not read) are shortened
// with `…`, down to CONTEXT_MIN_WIDTH, and they take whatever width the whole columns leave.
// Columns empty in every row are left out of the view whatever the width: they would only take room.

/** Columns of text around the data: shortened with `…` rather than left out, and ranked last unless a command says. */
export const CONTEXT_COLUMNS: ReadonlySet<string> = new Set(['context', 'sentence', 'left', 'right', 'tokens', 'snippet', 'summary']);
/** A shortened context column keeps at least this many terminal columns (or its own width if narrower). */
export const CONTEXT_MIN_WIDTH = 10;
const PADDING = 1; // spaces each side of a cell

/** What the fitting needs to know of one column. */
export interface ColumnFacts {
  name: string;
  /** Terminal columns of its widest cell or of its header, whichever is wider. */
  natural: number;
  /** Some cell holds text (not only numbers): only such a column may be shortened. */
  text: boolean;
  /** No row has anything in it. */
  empty: boolean;
}

export interface Fit {
  /** Indexes of the columns shown, in the table's own order. */
  shown: number[];
  /** Text width of each shown column (same order as `shown`). */
  widths: number[];
  /** Columns with data that did not fit, in the table's order. */
  leftOut: string[];
  /** Columns left out because they are empty in every row. */
  empty: string[];
}

/** Terminal columns a table spends on borders and padding around `count` columns of text. */
export function tableChrome(count: number): number {
  return count * (2 * PADDING + 1) + 1;
}

/**
 * Column indexes from the most to the least important: those of `priority` in its order, then the others in table
 * order, context-like columns last.
 */
export function rankColumns(names: string[], priority: readonly string[] = []): number[] {
  const listed = priority.map((name) => names.indexOf(name)).filter((i, at, all) => i >= 0 && all.indexOf(i) === at);
  const rest = names.map((_, i) => i).filter((i) => !listed.includes(i));
  const isContext = (i: number) => CONTEXT_COLUMNS.has(names[i]!);
  return [...listed, ...rest.filter((i) => !isContext(i)), ...rest.filter(isContext)];
}

/**
 * The columns shown and their widths on a terminal `width` columns wide (undefined: no limit, every column with data
 * at its natural width). Columns are taken in rank order, each at its natural width, a context column at what is left
 * if that is less (but not below its floor). A column that does not fit in what the more important ones left is left
 * out, and the next ones are still tried: a narrow column may show where a wide one of higher rank did not (one long
 * foreign name or title must not take every other column with it). The context columns then share the width they
 * reserved, the widest shortened first. When not even the most important column fits, it is shown alone, shortened: a cut cell is
 * better than a row broken over two lines.
 */
export function fitColumns(columns: ColumnFacts[], width: number | undefined, priority?: readonly string[]): Fit {
  const all = columns.map((_, i) => i);
  // Every column empty (or none): keep them all, so the header still says what the table is.
  const withData = all.every((i) => columns[i]!.empty) ? all : all.filter((i) => !columns[i]!.empty);
  const empty = all.filter((i) => !withData.includes(i)).map((i) => columns[i]!.name);
  const natural = (i: number) => columns[i]!.natural;
  if (width === undefined) return { shown: withData, widths: withData.map(natural), leftOut: [], empty };

  const ranked = rankColumns(columns.map((c) => c.name), priority).filter((i) => withData.includes(i));
  const cuttable = (i: number) => columns[i]!.text && CONTEXT_COLUMNS.has(columns[i]!.name);
  const floor = (i: number) => (cuttable(i) ? Math.min(natural(i), CONTEXT_MIN_WIDTH) : natural(i));
  const perColumn = tableChrome(1) - tableChrome(0);
  const reserved = new Map<number, number>();
  let room = width - tableChrome(0);
  for (const i of ranked) {
    if (room - perColumn < floor(i)) continue;
    const w = Math.min(natural(i), room - perColumn);
    reserved.set(i, w);
    room -= perColumn + w;
  }
  const leftOut = withData.filter((i) => !reserved.has(i)).map((i) => columns[i]!.name);
  if (reserved.size === 0 && ranked.length > 0) {
    const first = ranked[0]!;
    const cut = Math.max(1, Math.min(natural(first), width - tableChrome(1)));
    return { shown: [first], widths: [cut], leftOut: leftOut.filter((name) => name !== columns[first]!.name), empty };
  }
  const shown = withData.filter((i) => reserved.has(i));
  const contexts = shown.filter(cuttable);
  const contextWidths = fitColumnWidths(
    contexts.map(natural),
    contexts.map(floor),
    contexts.reduce((sum, i) => sum + reserved.get(i)!, room),
  );
  const widths = shown.map((i) => (cuttable(i) ? contextWidths[contexts.indexOf(i)]! : natural(i)));
  return { shown, widths, leftOut, empty };
}

/**
 * Text widths for columns whose widest text is `natural`, adding up to at most `budget`. Columns are capped at one
 * common width, as high as the budget allows, so the widest shrink first and narrow ones keep their width. A column
 * never goes below its `floor`; when even the floors are too wide, they are what it gets.
 */
export function fitColumnWidths(natural: number[], floor: number[], budget: number): number[] {
  const widthsAt = (cap: number) => natural.map((w, i) => Math.max(floor[i]!, Math.min(w, cap)));
  const sum = (widths: number[]) => widths.reduce((total, w) => total + w, 0);
  if (sum(natural) <= budget) return natural;
  // The highest common cap that fits (the sum grows with the cap, so a binary search finds it).
  let low = 0;
  let high = Math.max(0, ...natural);
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
