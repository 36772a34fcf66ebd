// Read → normalise → split → attribute → segment → the command's step, for one file. Runs in the main thread or in a
// worker.
import { piecesOf, type ArticlePiece } from '../corpus/pieces.js';
import { segmentArticle, segmentEach } from '../nlp/article-tokens.js';
import { addUserDictionaries } from '../nlp/segmenter.js';
import { InputError, type Article, type Row, type SourceDoc } from '../types.js';
import type { InputFile } from '../corpus/inputs.js';
import type { AnyCommand, CommandParams, CommandSpec, FileOutput } from '../commands/command.js';
import type { ArticlePart, FileResult, InputFormat, TaskOptions } from './task.js';
import { mergeRuns, type MergeRuns } from './merge-runs.js';

let dictionariesAdded = false;

/**
 * The steps of attribution and of telling reprints, imported when a run takes them (keywords and segment mostly do
 * not): with the gazetteer, the IDF and the modules between, they were a tenth of the modules such a run loaded.
 */
async function placeSteps() {
  const [{ attributeArticles }, { matchesPlace }] = await Promise.all([import('../extract/places/attribution.js'), import('../extract/places/gazetteer.js')]);
  return { attributeArticles, matchesPlace };
}
async function reprintSteps() {
  const [{ articleSignature }, { countTextChars }] = await Promise.all([import('../extract/reprints/signature.js'), import('../rows/docs.js')]);
  return { articleSignature, countTextChars };
}
type ReprintSteps = Awaited<ReturnType<typeof reprintSteps>>;

/** Where the results of a big file's pieces go as they are made (all but the last, which processFile returns). */
export type PieceHandler = (result: FileResult) => void | Promise<void>;

/**
 * One input through the pipeline. A file too big to read whole is read in pieces (src/corpus/pieces.ts): a command
 * whose results merge piece by piece (row commands, Aggregation.piecewise) gives a result per piece, each handed to
 * `onPiece` as soon as it is made (`more` set) and the last returned; any other command sees all the file's articles
 * in one call, made piece by piece as it iterates. Without `onPiece`, the pieces' results come back as one.
 */
export async function processFile(input: InputFile, options: TaskOptions, command: AnyCommand, onPiece?: PieceHandler): Promise<FileResult> {
  // Results name the input; a record's text need not travel back with them.
  const file: InputFile = input.record ? { path: input.path, doc: input.doc, ...(input.kept && { kept: input.kept }), ...(input.at && { at: input.at }) } : input;
  if (!dictionariesAdded) {
    if (options.dicts.length > 0) addUserDictionaries(options.dicts);
    dictionariesAdded = true;
  }
  const placing = options.attribute || options.place || options.placeColumns ? await placeSteps() : undefined;
  let bytes = 0;
  let warnings: string[] | undefined;
  const failed = (error: unknown): FileResult => {
    if (error instanceof InputError) return { file, rows: [], error: error.reason, bytes };
    // Our fault, on this file only (a stack overflow on a freak text…): report it as this file's failure and let the
    // other files' rows through.
    const e = error instanceof Error ? error : new Error(String(error));
    const reason = `internal error: ${e.message} (please report it; --debug shows where)`;
    return { file, rows: [], error: reason, stack: e.stack, bytes };
  };
  let pieces: Iterator<ArticlePiece>;
  try {
    const layout = layoutOf(input, options.inputFormat);
    pieces = (await piecesOf(input, { encoding: options.encoding, text: options.text, layout }))[Symbol.iterator]();
  } catch (error) {
    if (error instanceof InputError) return failed(error);
    throw error;
  }
  /** What the last article of the piece before says of itself, for the next piece's first to go on with (never the
   * article itself: its tokens would be held through the next piece). */
  let lastArticle: ArticleIdentity | undefined;
  /** The articles of a piece as the command takes them: attributed when asked, only those of --place. */
  const chosenOf = (piece: ArticlePiece): Article[] => {
    bytes += piece.bytes;
    if (piece.source.warnings) warnings = [...(warnings ?? []), ...piece.source.warnings];
    const articles = piece.articles;
    placing?.attributeArticles(articles);
    if (piece.continues && lastArticle && articles[0]) sameArticle(articles[0], lastArticle);
    const last = articles.at(-1);
    if (last) lastArticle = identityOf(last);
    return options.place ? articles.filter((a) => placing!.matchesPlace(a.place, options.place!)) : articles;
  };
  const resultOf = (rows: Row[], partial: unknown): FileResult => {
    const result: FileResult = { file, rows, partial, bytes };
    if (warnings) result.warnings = warnings;
    warnings = undefined;
    return result;
  };
  try {
    if (options.collapseReprints) {
      // Reprints are told article by article in the main thread: the file's articles go back one by one.
      const chosen: Article[] = [];
      for (let next = pieces.next(); !next.done; next = pieces.next()) chosen.push(...chosenOf(next.value));
      return { ...resultOf([], undefined), ...collapsible(chosen, options, command, await reprintSteps()) };
    }
    if (!command.aggregate || command.aggregate.piecewise) {
      let whole: FileResult | undefined; // the pieces so far, without onPiece
      for (let next = pieces.next(); !next.done; next = pieces.next()) {
        const chosen = chosenOf(next.value);
        const { rows, partial } = command.processFile(segmentEach(chosen, options.segmentation), options.params);
        const result = resultOf(options.placeColumns ? withPlaceColumns(rows, chosen) : rows, partial);
        if (next.value.last) return whole ? joined(whole, result, command) : result;
        if (onPiece) {
          await onPiece({ ...result, more: true });
          bytes = 0;
        } else whole = whole ? joined(whole, result, command) : result;
      }
      return whole ?? resultOf([], undefined);
    }
    const places = new Map<number, Article['place']>();
    function* articles(): Generator<Article> {
      for (let next = pieces.next(); !next.done; next = pieces.next()) {
        for (const article of chosenOf(next.value)) {
          if (options.placeColumns) places.set(article.index, article.place);
          yield article;
        }
      }
    }
    const { rows, partial } = command.processFile(segmentEach(articles(), options.segmentation), options.params);
    return resultOf(options.placeColumns ? withPlaceColumns(rows, places) : rows, partial);
  } catch (error) {
    return failed(error);
  } finally {
    pieces.return?.();
  }
}

/**
 * A segment of an article cut between two pieces is that article: it takes the headline, credits and dates of its
 * first segment (where they are printed) and the place and date attribution found there.
 */
function sameArticle(segment: Article, first: ArticleIdentity): void {
  segment.title = first.title;
  segment.byline = first.byline;
  for (const key of IDENTITY_KEYS) {
    if (first[key] === undefined) delete segment[key];
    else (segment as unknown as Record<string, unknown>)[key] = first[key];
  }
}

const IDENTITY_KEYS = ['subtitle', 'dateline', 'datelinePlace', 'givenDate', 'givenPlace', 'place', 'date'] as const;
type ArticleIdentity = Pick<Article, 'title' | 'byline' | (typeof IDENTITY_KEYS)[number]>;

function identityOf(article: Article): ArticleIdentity {
  const identity: ArticleIdentity = { title: article.title, byline: article.byline };
  for (const key of IDENTITY_KEYS) if (article[key] !== undefined) (identity as Record<string, unknown>)[key] = article[key];
  return identity;
}

/** Two results of one file's pieces as one. */
function joined(into: FileResult, from: FileResult, command: AnyCommand): FileResult {
  into.rows.push(...from.rows);
  if (from.partial !== undefined) {
    if (into.partial === undefined) into.partial = from.partial;
    else command.aggregate!.merge(into.partial, from.partial);
  }
  if (from.warnings) into.warnings = [...(into.warnings ?? []), ...from.warnings];
  into.bytes += from.bytes;
  return into;
}

/**
 * --collapse-reprints: the command over each article on its own, with the article's signature. The signature reads the
 * body's tokens (with offsets, to leave the headline out); a command that counts words alone gets them from those
 * tokens rather than from a second cut. An aggregating command also gives the partial of the whole file, which the
 * main thread merges when none of the file's articles is a reprint: per-article partials would count a file in
 * several articles as several documents (keywords' `docs`).
 */
function collapsible(articles: Article[], options: TaskOptions, command: AnyCommand, { articleSignature, countTextChars }: ReprintSteps): Pick<FileResult, 'parts' | 'partial'> {
  const parts: ArticlePart[] = [];
  const need = options.segmentation === 'tagged' ? 'tagged' : 'tokens';
  for (const article of articles) {
    segmentArticle(article, need);
    const signature = articleSignature(article);
    if (options.segmentation === 'words') article.words = article.tokens!.map((t) => t.word);
    const { rows, partial } = command.processFile([article], options.params);
    parts.push({ article: article.index, signature, chars: countTextChars(article.text), rows: options.placeColumns ? withPlaceColumns(rows, [article]) : rows, partial });
  }
  const partial = command.aggregate ? command.processFile(articles, options.params).partial : undefined;
  return partial === undefined ? { parts } : { parts, partial };
}

/** The layout forced by --input-format, or by a `.md` or `.html` name; undefined: found from the text (pieces.ts). */
function layoutOf(file: InputFile, format: InputFormat | undefined): SourceDoc['layout'] {
  if (format === 'markdown' || format === 'text' || format === 'html') return format;
  if (!file.record && /\.(?:md|markdown)$/i.test(file.path)) return 'markdown';
  if (!file.record && /\.(?:html?|xhtml)$/i.test(file.path)) return 'html';
  return undefined;
}

/** A command's step over articles already split (and attributed, when it needs that), segmented as it asks. */
export function processArticles<Params extends CommandParams, Partial>(
  command: CommandSpec<Params, Partial>,
  params: Params,
  articles: Article[],
): FileOutput<Partial> {
  return command.processFile(segmentEach(articles, command.needs(params).segmentation), params);
}

/** Every row of a row command names its article: give it that article's place first. */
function withPlaceColumns(rows: Row[], articles: Article[] | Map<number, Article['place']>): Row[] {
  const byIndex = Array.isArray(articles) ? new Map(articles.map((a) => [a.index, a.place])) : articles;
  return rows.map((row) => {
    const place = byIndex.get(row.article as number);
    return { place: place?.name ?? null, place_code: place?.code || null, ...row };
  });
}

/**
 * The files of one batch, in order. Where the command's merge may run here (Aggregation.inWorker), it does: the
 * batch's merged partial rides on the first result that had one, so the main thread merges once per batch. The merges
 * are made in runs (merge-runs.ts).
 */
export async function processBatch(files: InputFile[], options: TaskOptions, command: AnyCommand, onPiece?: PieceHandler): Promise<FileResult[]> {
  const results: FileResult[] = [];
  // Collapsed runs keep each article's partial apart until the main thread knows which articles are reprints.
  const combines = command.aggregate?.inWorker && !options.collapseReprints;
  let carrier: MergeRuns<unknown> | undefined;
  for (const file of files) {
    const result = await processFile(file, options, command, onPiece);
    if (combines && result.partial !== undefined) {
      if (carrier) {
        carrier.merge(result.partial);
        result.partial = undefined;
      } else carrier = mergeRuns(command.aggregate!, result.partial);
    }
    results.push(result);
  }
  carrier?.flush();
  return results;
}
