// An input → its articles, a piece at a time. An input no bigger than a piece is read whole, as always; a bigger one
// is decoded block by block and cut into pieces of about 2 MB, each split into articles like a file of its own, so
// that memory stays that of one piece and rows of the first piece come out before the file is read to its end.
import { statSync } from 'node:fs';
import { splitArticles } from './articles.js';
import { looksLikeHtml } from './markup.js';
import { headDecoding, type DecodeOptions } from './decode.js';
import { looksLikeMarkdown } from './markdown.js';
import { blocksOf, blocksOfBuffer, lineStartsOf, readSource, readStandardInput, sourceOfBytes } from './read.js';
import type { Article, SourceDoc } from '../types.js';
import type { InputFile } from './inputs.js';

/**
 * Bytes of a piece. `entities -j1` on a 20 MB one-line file peaks at 366/430/508 MB with pieces of 1/2/4 MB (290 MB on
 * the same text as many files) for the same CPU time; 2 MB keeps the peak flat (431 MB at 40 MB too) and reads whole
 * every file of the corpus and of the papers (the largest, a month of 新闻联播, is 0.8 MB), so they read as before.
 */
export const DEFAULT_PIECE_BYTES = 2 * 1024 * 1024;

/** The piece size: POLICY_CLI_PIECE_BYTES (for tests and experiments), else DEFAULT_PIECE_BYTES. */
export function pieceBytes(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.POLICY_CLI_PIECE_BYTES);
  return Number.isInteger(value) && value >= 64 ? value : DEFAULT_PIECE_BYTES;
}

export interface PieceOptions extends DecodeOptions {
  /** Forced layout (`.md`, `.html`, --input-format); for a big file found from its first piece when undefined. */
  layout?: 'text' | 'markdown' | 'html';
  /** Bytes of a piece (default: pieceBytes()). */
  pieceBytes?: number;
}

/** The articles of one piece of an input, numbered within the whole input. */
export interface ArticlePiece {
  source: SourceDoc;
  articles: Article[];
  /** The input's last piece (its only one when it was read whole). */
  last: boolean;
  /** Its first article goes on with the last article of the piece before (the same article, cut inside). */
  continues?: boolean;
  /** Bytes of the input this piece holds, about (for progress). */
  bytes: number;
}

function sizeOf(path: string): number | undefined {
  try {
    return statSync(path).size;
  } catch {
    return undefined; // the read says why
  }
}

/**
 * The articles of an input, piece by piece: one piece when it is no bigger than a piece (read whole, as always),
 * else pieces made as they are asked for. Throws InputError, here or while the pieces are made (a block that cannot be
 * read, a head that is not text). Standard input is read into memory first (up to MAX_FILE_BYTES), then cut the same
 * way: its text, words and tokens never exist for all of it at once.
 *
 * Where a piece ends, best first: before an article the article splitter finds (a Markdown heading in a transcript);
 * else after a blank line, a line end, a sentence end (。！？, for a one-line file); else at twice the piece size. When
 * it ends inside an article, the next piece goes on with that article: its first article keeps the same number, so
 * `doc` and `article` of every row are those of the whole file (an article longer than a piece gives one segment per
 * piece, each with that number: `docs` prints a row per segment).
 */
export async function piecesOf(file: InputFile, opts: PieceOptions = {}): Promise<Iterable<ArticlePiece>> {
  const limit = opts.pieceBytes ?? pieceBytes();
  if (file.path === '-' && !file.record && file.error === undefined) {
    const bytes = await readStandardInput(file.doc);
    if (bytes.length <= limit) return whole(await asPage(sourceOfBytes(file, bytes, opts), opts), opts);
    return streamed(file, blocksOfBuffer(bytes), limit, opts);
  }
  const size = file.record || file.error !== undefined || !plainText(file, opts) ? undefined : sizeOf(file.path);
  if (size === undefined || size <= limit) return whole(await asPage(await readSource(file, opts), opts), opts);
  return streamed(file, blocksOf(file), limit, opts);
}

/**
 * Inputs read as plain text (or Markdown), which can be cut anywhere between lines or sentences. Inputs of a format
 * with its own reader in readSource (HTML: its markup must be parsed whole) are read whole, whatever their size.
 */
function plainText(file: InputFile, opts: PieceOptions): boolean {
  return opts.layout !== 'html' && !/\.(?:x?html?)$/i.test(file.path);
}

/**
 * A source read whole that is a web page (by its name or --input-format, or by its text when neither says) becomes its
 * article text, mapped back to the HTML; the parser is loaded only for pages.
 */
async function asPage(source: SourceDoc, opts: PieceOptions): Promise<SourceDoc> {
  const page = opts.layout === 'html' || (opts.layout === undefined && looksLikeHtml(source.original));
  return page ? (await import('./html.js')).htmlSource(source) : source;
}

/** An input read whole: one piece, split when asked for (an internal error in the splitter belongs to the run). */
function* whole(source: SourceDoc, opts: PieceOptions): Generator<ArticlePiece> {
  if (opts.layout && opts.layout !== 'html') source.layout = opts.layout;
  yield { source, articles: splitArticles(source), last: true, bytes: source.original.length };
}

function* streamed(file: InputFile, blocks: Generator<Buffer>, limit: number, opts: PieceOptions): Generator<ArticlePiece> {
  try {
    // The head: the first piece and more, to tell the encoding by.
    const head: Buffer[] = [];
    let headSize = 0;
    while (headSize <= limit) {
      const next = blocks.next();
      if (next.done) break;
      head.push(next.value);
      headSize += next.value.length;
    }
    const headBytes = Buffer.concat(head);
    head.length = 0;
    if (headSize <= limit) {
      // Shrunk since it was listed: read whole after all.
      yield* whole(sourceOfBytes(file, headBytes, opts), opts);
      return;
    }
    const decoding = headDecoding(headBytes, file.doc, opts);
    let pending = decoding.write(headBytes.subarray(decoding.skip));
    const charsPerByte = pending.length / headBytes.length;
    const layout = opts.layout === 'text' || opts.layout === 'markdown' ? opts.layout : looksLikeMarkdown(pending) ? 'markdown' : 'text';
    const cutter = new PieceCutter(file, decoding.encoding, layout, Math.max(16, Math.round(limit * charsPerByte)));
    if (decoding.warnings) cutter.warnings = decoding.warnings;
    const bytesOf = (chars: number) => Math.round(chars / Math.max(charsPerByte, 1e-9));
    for (;;) {
      while (pending.length >= cutter.target) {
        const { piece, rest } = cutter.cut(pending);
        pending = rest;
        yield { source: piece.source, articles: piece.articles, continues: piece.continues, last: false, bytes: bytesOf(piece.chars) };
      }
      const next = blocks.next();
      if (next.done) break;
      pending += decoding.write(next.value);
    }
    const piece = cutter.piece(pending, false);
    yield { source: piece.source, articles: piece.articles, continues: piece.continues, last: true, bytes: bytesOf(piece.chars) };
  } finally {
    blocks.return(undefined);
  }
}

/** A piece as cut: its source and articles, and its length in characters. */
type Piece = Pick<ArticlePiece, 'source' | 'articles' | 'continues'> & { chars: number };

/** Characters that may close a sentence after its stop (”。 is rare, 。” common). */
const CLOSERS = new Set('”’」』）)》〉】'.split(''));
const SENTENCE_END = /[。！？!?]/g;

/** Cuts a big input's text into pieces and splits them, keeping where each piece starts and the article numbering. */
class PieceCutter {
  /** Characters of a piece (what a piece of the file decodes to); a piece is cut between half of it and twice it. */
  readonly target: number;
  warnings?: string[];
  private firstLine = 0;
  private firstColumn = 0;
  /** Number of the last article given out. */
  private lastIndex = 0;
  /** The last piece ended inside an article. */
  private continues = false;
  /** A transcript's day, from its last `#` heading: the next piece's stories are of that day. */
  private day: string | undefined;

  constructor(
    private readonly file: InputFile,
    private readonly encoding: string,
    private readonly layout: 'text' | 'markdown',
    target: number,
  ) {
    this.target = target;
  }

  /** The next piece of `pending` (which holds at least `target` characters) and what is left of it. */
  cut(pending: string): { piece: Piece; rest: string } {
    // A piece ends near `target`, best before it; only when nothing ends there does it run on to twice that.
    const from = Math.floor(this.target / 2);
    const ends = [Math.min(pending.length, this.target), Math.min(pending.length, 2 * this.target)];
    if (this.layout === 'markdown') {
      for (const to of ends) {
        const at = lastHeading(pending, from, to);
        if (at !== undefined) return this.take(pending, at, true);
      }
    } else if (lineEnd(pending, from, ends[1]!) !== undefined) {
      // Split the window as a file, and end the piece before an article that starts after half a piece, if the
      // articles before it lie wholly before it: those articles are given out as split here.
      const window = this.source(pending.slice(0, ends[1]));
      const articles = splitArticles(window);
      for (const to of ends) {
        const cut = articleCut(window.original, articles, from, to);
        if (cut) {
          const piece = this.piece(pending.slice(0, cut.at), true, articles.slice(0, cut.count), window);
          return { piece, rest: pending.slice(cut.at) };
        }
      }
    }
    for (const to of ends) {
      const at = paragraphEnd(pending, from, to) ?? lineEnd(pending, from, to) ?? sentenceEnd(pending, from, to);
      if (at !== undefined) return this.take(pending, at, false);
    }
    return this.take(pending, safeCut(pending, ends[1]!), false);
  }

  private take(pending: string, at: number, clean: boolean): { piece: Piece; rest: string } {
    return { piece: this.piece(pending.slice(0, at), clean), rest: pending.slice(at) };
  }

  private source(text: string): SourceDoc {
    const source: SourceDoc = {
      doc: this.file.doc,
      path: this.file.path,
      encoding: this.encoding,
      original: text,
      lineStarts: lineStartsOf(text),
      layout: this.layout,
      firstLine: this.firstLine,
      firstColumn: this.firstColumn,
    };
    if (this.layout === 'markdown' && this.day) source.given = { date: this.day };
    return source;
  }

  /**
   * A piece of `text`, split (or with the articles already split from a window that begins with it), numbered on from
   * the pieces before; `clean`: it ends between articles. Moves the start of the next piece past it.
   */
  piece(text: string, clean: boolean, split?: Article[], window?: SourceDoc): Piece {
    const source = window ?? this.source(text);
    if (this.warnings) {
      source.warnings = this.warnings;
      this.warnings = undefined;
    }
    const articles = split ?? splitArticles(source);
    const continues = this.continues && this.lastIndex > 0;
    const first = continues ? this.lastIndex : this.lastIndex + 1;
    articles.forEach((article, i) => (article.index = first + i));
    if (articles.length > 0) {
      this.lastIndex = first + articles.length - 1;
      this.day = articles[articles.length - 1]!.givenDate ?? this.day;
    }
    this.continues = !clean;
    const starts = window ? lineStartsOf(text) : source.lineStarts;
    if (starts.length > 1) {
      this.firstLine += starts.length - 1;
      this.firstColumn = text.length - starts[starts.length - 1]!;
    } else this.firstColumn += text.length;
    return continues ? { source, articles, continues, chars: text.length } : { source, articles, chars: text.length };
  }
}

/**
 * Where to end a piece before one of `articles` (split from `text`): before the last article that starts in [from, to]
 * and after every article before it, at the start of its line when the line holds nothing of those.
 */
function articleCut(text: string, articles: Article[], from: number, to: number): { at: number; count: number } | undefined {
  if (articles.length < 2) return undefined;
  const starts: number[] = [];
  const ends: number[] = [];
  for (const { origin } of articles) {
    let min = Infinity;
    let max = -Infinity;
    for (let i = 0; i < origin.length; i++) {
      const o = origin[i]!;
      if (o < min) min = o;
      if (o > max) max = o;
    }
    starts.push(min);
    ends.push(max);
  }
  let endBefore = -Infinity; // the furthest any article before k reaches
  const reach: number[] = [];
  for (let k = 0; k < articles.length; k++) {
    reach.push(endBefore);
    endBefore = Math.max(endBefore, ends[k]!);
  }
  for (let k = articles.length - 1; k >= 1; k--) {
    const start = starts[k]!;
    if (start < from) return undefined;
    if (start > to) continue;
    if (reach[k]! > start) continue;
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    return { at: lineStart >= reach[k]! && lineStart > 0 ? lineStart : start, count: k };
  }
  return undefined;
}

/** Start of the last `#` heading line in [from, to). */
function lastHeading(text: string, from: number, to: number): number | undefined {
  for (let p = text.lastIndexOf('\n#', to - 2); p >= from - 1 && p >= 0; p = text.lastIndexOf('\n#', p - 1)) {
    if (/^#{1,6}[ \t]/.test(text.slice(p + 1, p + 8))) return p + 1;
  }
  return undefined;
}

/** Just after the last blank line ending in [from, to). */
function paragraphEnd(text: string, from: number, to: number): number | undefined {
  for (let p = text.lastIndexOf('\n', to - 1); p >= from; p = text.lastIndexOf('\n', p - 1)) {
    let q = p - 1;
    while (q >= 0 && ' \t\r\u3000'.includes(text[q]!)) q--;
    if (q >= 0 && text[q] === '\n') return p + 1;
  }
  return undefined;
}

/** Just after the last line end in [from, to). */
function lineEnd(text: string, from: number, to: number): number | undefined {
  const p = text.lastIndexOf('\n', to - 1);
  return p >= from ? p + 1 : undefined;
}

/** Just after the last sentence stop (and its closing quotes) in [from, to). */
function sentenceEnd(text: string, from: number, to: number): number | undefined {
  // Search backwards a stretch at a time: a regular expression runs forwards only.
  for (let end = to; end > from; end -= 4096) {
    const start = Math.max(from, end - 4096);
    SENTENCE_END.lastIndex = 0;
    let last = -1;
    const slice = text.slice(start, end);
    for (let m = SENTENCE_END.exec(slice); m; m = SENTENCE_END.exec(slice)) last = m.index;
    if (last >= 0) {
      let at = start + last + 1;
      while (at < to && CLOSERS.has(text[at]!)) at++;
      return at;
    }
  }
  return undefined;
}

/** `to`, moved so as not to split a surrogate pair or a `\r\n`. */
function safeCut(text: string, to: number): number {
  const c = text.charCodeAt(to - 1);
  if ((c >= 0xd800 && c <= 0xdbff) || (c === 13 && text.charCodeAt(to) === 10)) return to + 1;
  return to;
}
