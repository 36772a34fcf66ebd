// How wide text is on a terminal, and cutting it to a width: CJK and emoji take two columns.
import { createRequire } from 'node:module';

// Widths come from string-width 4 (East Asian Width + emoji), the measure of cli-table3, loaded from where
// cli-table3 (a dependency of ours) resolves it, since string-width is not in package.json itself.
const requireHere = createRequire(import.meta.url);
const requireFromTable = createRequire(requireHere.resolve('cli-table3'));
const stringWidth = requireFromTable('string-width') as (text: string) => number;

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
/**
 * What makes a character's width depend on its neighbours: ESC (colour codes), combining marks, joiners, variation
 * selectors, skin tones, flags, keycaps. Text without them is measured a code point at a time (and fast).
 */
const CLUSTERED = /[\u001b\u200d\u20e3\ufe00-\ufe0f\u{1f1e6}-\u{1f1ff}\u{1f3fb}-\u{1f3ff}\u{e0020}-\u{e007f}]|\p{M}/u;
const codePointWidths = new Map<number, number>();

function codePointWidth(char: string): number {
  const code = char.codePointAt(0)!;
  if (code >= 0x20 && code < 0x7f) return 1;
  let width = codePointWidths.get(code);
  if (width === undefined) codePointWidths.set(code, (width = stringWidth(char)));
  return width;
}

/** Terminal columns taken by `text` (ANSI colour codes count 0, wide characters 2). */
export function displayWidth(text: string): number {
  // Printable ASCII is one column a character: the common case (paths, numbers, column names) needs no lookup.
  if (PRINTABLE_ASCII.test(text)) return text.length;
  if (CLUSTERED.test(text)) return stringWidth(text);
  let width = 0;
  for (const char of text) width += codePointWidth(char);
  return width;
}

export const ELLIPSIS = '…';
let graphemeSegmenter: Intl.Segmenter | undefined;

/** The graphemes of `text`. The segmenter is made on first use: ICU takes ~10 ms of a start to build it. */
function graphemesOf(text: string): string[] {
  graphemeSegmenter ??= new Intl.Segmenter('zh', { granularity: 'grapheme' });
  return Array.from(graphemeSegmenter.segment(text), (g) => g.segment);
}

/**
 * `text` cut to at most `width` columns, ending with `…` when something was cut. Cuts between graphemes, so that an
 * emoji or a letter with its accent stays whole; a wide character that would overflow the last column is left out.
 */
export function truncateToWidth(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  if (width <= 0) return '';
  const room = width - displayWidth(ELLIPSIS);
  // Whole graphemes where characters combine; else code points, which is the same and much faster.
  const clustered = CLUSTERED.test(text);
  const pieces = clustered ? graphemesOf(text) : text;
  let kept = '';
  let used = 0;
  for (const piece of pieces) {
    const w = clustered ? displayWidth(piece) : codePointWidth(piece);
    if (used + w > room) break;
    kept += piece;
    used += w;
  }
  return kept + ELLIPSIS;
}

/** `text` cut to at most `width` columns at its start, beginning with `…` when something was cut. */
export function truncateStartToWidth(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  if (width <= 0) return '';
  const room = width - displayWidth(ELLIPSIS);
  const pieces = CLUSTERED.test(text) ? graphemesOf(text) : Array.from(text);
  let kept = '';
  let used = 0;
  for (let i = pieces.length - 1; i >= 0; i--) {
    const w = displayWidth(pieces[i]!);
    if (used + w > room) break;
    kept = pieces[i] + kept;
    used += w;
  }
  return ELLIPSIS + kept;
}

/**
 * Text that cannot disturb a terminal or a table row: line breaks and tabs become spaces, other control characters
 * (including ESC, which starts colour and cursor codes) become U+FFFD.
 */
export function terminalSafe(text: string): string {
  return text.replace(/\r\n|[\r\n\t]/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, '\uFFFD');
}
