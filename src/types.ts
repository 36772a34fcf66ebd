// The data model shared by every stage: read → normalise → split into articles → segment → extract → rows → format.
// Each stage adds to these objects and knows nothing of the stages after it.

/** One input file, decoded. `original` is what line/column numbers and quoted text refer to. */
export interface SourceDoc {
  /** The path as the user gave it, or below the directory they gave (`seeds/000_x.txt`); `-` for stdin. */
  doc: string;
  /** The path on disk (absolute or as given); `-` for stdin. */
  path: string;
  /** Encoding the bytes were decoded with: `utf-8`, `utf-16le`, `utf-16be`, `gb18030`. */
  encoding: string;
  /** Decoded text of the whole file, BOM removed, line ends kept as they were (CRLF stays CRLF). */
  original: string;
  /** Offsets in `original` where each line starts (lineStarts[0] = 0). Lines end at `\n`, `\r\n` or `\r`. */
  lineStarts: number[];
  /** Read, but with something to tell the user (a stray NUL byte…): one line each, printed on stderr. */
  warnings?: string[];
  /** What the source says about the document: a JSON Lines record's `date` (ISO), `place` and `title`. */
  given?: { date?: string; place?: string; title?: string };
  /** Forced layout (`.md`, --input-format): Markdown, or plain text/pages; found from the text when undefined. */
  layout?: 'text' | 'markdown' | 'html';
  /**
   * An HTML page (src/corpus/html.ts): `original` is then the page's text as extracted (entities decoded, one block a
   * line), and this maps it back to the file, so rows give the line and column in the HTML file.
   */
  markup?: {
    /** origin[i] = offset in the HTML file's text of original[i]; one entry more than original has characters. */
    origin: Int32Array;
    /** Offsets where the HTML file's lines start. */
    lineStarts: number[];
    /** The page's articles: title and paragraphs as [start, end) spans of `original`. */
    articles: Array<{ title?: [number, number]; lines: Array<[number, number]> }>;
  };
  /**
   * A piece of a file too big to read whole (src/corpus/pieces.ts): `original` is the piece, and these say where it
   * starts in the file, so that rows give the file's line and column. Lines of the file before the piece (0-based line
   * of its first character), and characters of that line before it.
   */
  firstLine?: number;
  firstColumn?: number;
}

/** A place from the gazetteer (GB/T 2260). */
export interface Place {
  code: string; // six digits, e.g. `370700`
  name: string; // full name, e.g. `潍坊市`
  level: PlaceLevel;
  parent?: string; // code of the parent division
}
export type PlaceLevel = 'country' | 'province' | 'prefecture' | 'county' | 'foreign';

/** One article of one input file. */
export interface Article {
  doc: string;
  /** 1-based within the file. */
  index: number;
  /** Headline lines joined with a space (normalised text). Empty when the article has none. */
  title: string;
  /** Sub-headlines (kickers, subtitles) when present. */
  subtitle?: string;
  /** Reporters and other credited people as printed, e.g. [`张磊`, `裴崇旭`]. */
  byline: string[];
  /** Dateline date from the lede, e.g. `12-24` from `本报济南12月24日讯`, or `2022-12-24` when a year is printed. */
  dateline?: string;
  /** Dateline place as printed, e.g. `济南` from `本报济南12月24日讯`. */
  datelinePlace?: string;
  /** The date the source gives the article (a JSON Lines record's `date`, a transcript's day heading), ISO `YYYY-MM-DD`: its issue date. */
  givenDate?: string;
  /** The place the source gives the article (a JSON Lines record's `place`), as given. */
  givenPlace?: string;
  /**
   * Normalised text of the whole article: headline lines first (one per line), then the body paragraphs, `\n` between
   * paragraphs. OCR line breaks are joined, full-width ASCII folded, traditional characters simplified.
   */
  text: string;
  /** Offset in `text` where the body starts (after the headline lines and their newline). */
  bodyStart: number;
  /** origin[i] = offset in `source.original` of text[i]. Length text.length + 1 (the last entry is the end offset). */
  origin: Int32Array;
  source: SourceDoc;
  /** Filled by attribution: what the article is about. */
  place?: Place;
  date?: string;
  /**
   * Filled by the segmentation stage of the pipeline (src/nlp/article-tokens.ts), as the command asks: its words alone
   * (`words`, for counting), the lengths of its words (`lengths`, for one pass over them), or tokens with offsets
   * (`tokens`), with part of speech when tags are asked for.
   */
  words?: string[];
  /**
   * The words' lengths in UTF-16 units, one after another from the start of the text: word i is the `lengths[i]` units
   * after the end of word i − 1. A length ≤ 0 is no word: −length units of text the segmenter left out (a gap).
   */
  wordLengths?: Int32Array;
  tokens?: Token[];
}

/** What a command needs cut from each article: nothing, its words, their lengths, tokens with offsets, or tokens with tags. */
export type Segmentation = 'none' | 'words' | 'lengths' | 'tokens' | 'tagged';

/** A token of the segmenter, aligned to the article text: [start, end) in `Article.text`. */
export interface Token {
  word: string;
  start: number;
  end: number;
  /** Part-of-speech tag from nodejieba's tagger, when tagging was asked for. */
  tag?: string;
}

/** An annotated stretch of `Article.text`: [start, end) with a kind and attributes. */
export interface Span {
  kind: string;
  start: number;
  end: number;
  /** The normalised text of the span (`Article.text.slice(start, end)`). */
  text: string;
}

/** Where a span came from, for every printed row. */
export interface Location {
  line: number; // 1-based line in the original file
  column: number; // 1-based column (in characters) in that line
  /** The span as printed in the original file (traditional characters and line breaks kept). */
  original: string;
  /** The clause or sentence around the span, normalised, with line breaks as spaces. */
  context: string;
}

/** A cell of an output row. `null` prints as an empty cell. */
export type Cell = string | number | boolean | null;
export type Row = Record<string, Cell>;

/** What a command hands to a formatter: column order is fixed by the command, never by the data. */
export interface Table {
  columns: string[];
  rows: Row[];
  /** Columns whose cells are numbers, right-aligned in tables. */
  numeric?: string[];
  /** Numeric columns the table format sums up as a bar chart in one more column (see FormatOptions.bars). */
  bars?: string[];
}

/** A user's input that could not be read. Reported on stderr, the run goes on, exit code 1. */
export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'InputError';
  }
}

/** A mistake in the command line (bad option value…). Exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** --strict: an input failed, so the run stops there (exit code 1; the failure was already reported). */
export class StrictStop extends Error {}

export type EntityType = 'official' | 'person' | 'meeting' | 'event' | 'place' | 'org' | 'slogan' | 'date';

/** An entity found in an article. Fields that do not apply to a type stay undefined. */
export interface EntitySpan extends Span {
  kind: EntityType;
  /** Normalised name (simplified characters, no line breaks): the person's name, the meeting's full name… */
  name: string;
  /** official/person: the whole title chain as written (`市委副书记、市长`); person: their role (`记者`). */
  title?: string;
  /** official: organisation or jurisdiction (`潍坊市委`); meeting: organiser (`市委`); place: the org name it is part of. */
  org?: string;
  /** official: role in the event (`出席`, `讲话`, `主持`, `部署`, `致辞`); meeting: `own` or `referenced`. */
  role?: string;
  /** meeting: central|province|city|county; place: province|prefecture|county|foreign; official: village|foreign (else empty). */
  level?: string;
  /** place: GB/T 2260 code. */
  code?: string;
  /** slogan: the number it carries (`八件大事` → 8), or the code as printed (`1441`). */
  value?: number | string;
  /** meeting/date: ISO date, full (`2022-12-25`) or partial (`12-25`, `2022-12`), or a range `2022-12-23/2022-12-24`. */
  date?: string;
  /** meeting: where it was held (`济南`). */
  location?: string;
}

export type NumberKind = 'amount' | 'count' | 'percent' | 'ratio' | 'rank' | 'date' | 'year' | 'period' | 'ordinal' | 'code';
export const NUMBER_KINDS: readonly NumberKind[] = ['amount', 'count', 'percent', 'ratio', 'rank', 'date', 'year', 'period', 'ordinal', 'code'];
/** The kinds that measure something (not dates, ordinals or codes): what `numbers` keeps by default and `compare` sets side by side. */
export const FIGURE_KINDS: readonly NumberKind[] = ['amount', 'count', 'percent', 'ratio', 'rank'];
/** `range`: a figure from `min` to `max` (`2—4天`). */
export type Approx = 'exact' | 'about' | 'more_than' | 'at_least' | 'less_than' | 'range';

/** A figure found in an article. */
export interface NumberSpan extends Span {
  kind: NumberKind;
  /** The number multiplied out into its base unit (`153.7亿元` → 15370000000); null when it has no value (a code). */
  value: number | null;
  /** Base unit: `元`, `%`, `百分点`, `户`, `元/月`… Empty when none. */
  unit: string;
  approx: Approx;
  /** A range's bounds (`2—4天` → 2 and 4; value is the lower); absent for a single figure. */
  min?: number;
  max?: number;
  /** `increase` | `decrease` when the figure is a change; `new` for the new value of `由A提高至B`. */
  change?: 'increase' | 'decrease' | 'new';
  /** `同比`, `环比`, `较上年`… where stated. */
  basis?: string;
  /** The thing measured (`农林牧渔业总产值`). */
  metric?: string;
  /** The period the figure belongs to (`2021`, `2023-Q1~Q3`, `前三季度`…). */
  period?: string;
  /** A rate's denominator written before the figure (`每月400多元` → unit `元`, per `月`); a rate printed with a slash
   * keeps it in the unit (`1540元/月`). */
  per?: string;
}
