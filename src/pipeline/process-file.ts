// Read → normalise → split → attribute → segment → the command's step, for one file. Runs in the main thread or in a
// worker.
import { readSource } from '../corpus/read.js';
import { splitArticles } from '../corpus/articles.js';
import { looksLikeHtml } from '../corpus/markup.js';
import { attributeArticles } from '../extract/places/attribution.js';
import { matchesPlace } from '../extract/places/gazetteer.js';
import { segmentArticle, segmentEach } from '../nlp/article-tokens.js';
import { articleSignature } from '../extract/reprints/signature.js';
import { countTextChars } from '../rows/docs.js';
import { addUserDictionaries } from '../nlp/segmenter.js';
import { InputError, type Article, type Row, type SourceDoc } from '../types.js';
import type { InputFile } from '../corpus/inputs.js';
import type { AnyCommand, CommandParams, CommandSpec, FileOutput } from '../commands/command.js';
import type { ArticlePart, FileResult, InputFormat, TaskOptions } from './task.js';

let dictionariesAdded = false;

export async function processFile(input: InputFile, options: TaskOptions, command: AnyCommand): Promise<FileResult> {
  // Results name the input; a record's text need not travel back with them.
  const file: InputFile = input.record ? { path: input.path, doc: input.doc, ...(input.kept && { kept: input.kept }) } : input;
  if (!dictionariesAdded) {
    if (options.dicts.length > 0) addUserDictionaries(options.dicts);
    dictionariesAdded = true;
  }
  let source;
  try {
    source = await readSource(input, { encoding: options.encoding, text: options.text });
    const layout = layoutOf(input, options.inputFormat, source.original);
    // A web page becomes its article text, mapped back to the HTML (the parser is loaded only for pages).
    if (layout === 'html') source = (await import('../corpus/html.js')).htmlSource(source);
    else if (layout) source.layout = layout;
  } catch (error) {
    if (error instanceof InputError) return { file, rows: [], error: error.reason, bytes: 0 };
    throw error;
  }
  try {
    const articles = splitArticles(source);
    if (options.attribute || options.place || options.placeColumns) attributeArticles(articles);
    const chosen = options.place ? articles.filter((a) => matchesPlace(a.place, options.place!)) : articles;
    if (options.collapseReprints) {
      const result: FileResult = { file, rows: [], ...collapsible(chosen, options, command), bytes: source.original.length };
      if (source.warnings) result.warnings = source.warnings;
      return result;
    }
    const { rows, partial } = command.processFile(segmentEach(chosen, options.segmentation), options.params);
    const result: FileResult = { file, rows: options.placeColumns ? withPlaceColumns(rows, chosen) : rows, partial, bytes: source.original.length };
    if (source.warnings) result.warnings = source.warnings;
    return result;
  } catch (error) {
    // Our fault, on this file only (a stack overflow on a freak text…): report it as this file's failure and let the
    // other files' rows through.
    const e = error instanceof Error ? error : new Error(String(error));
    const reason = `internal error: ${e.message} (please report it; --debug shows where)`;
    return { file, rows: [], error: reason, stack: e.stack, bytes: source.original.length };
  }
}

/**
 * --collapse-reprints: the command over each article on its own, with the article's signature. The signature reads the
 * body's tokens (with offsets, to leave the headline out); a command that counts words alone gets them from those
 * tokens rather than from a second cut. An aggregating command also gives the partial of the whole file, which the
 * main thread merges when none of the file's articles is a reprint: per-article partials would count a file in
 * several articles as several documents (keywords' `docs`).
 */
function collapsible(articles: Article[], options: TaskOptions, command: AnyCommand): Pick<FileResult, 'parts' | 'partial'> {
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

/** The layout forced by --input-format, or by a `.md` or `.html` name, or HTML by its text; undefined: found from the text. */
function layoutOf(file: InputFile, format: InputFormat | undefined, text: string): SourceDoc['layout'] {
  if (format === 'markdown' || format === 'text' || format === 'html') return format;
  if (!file.record && /\.(?:md|markdown)$/i.test(file.path)) return 'markdown';
  if (!file.record && /\.(?:html?|xhtml)$/i.test(file.path)) return 'html';
  return looksLikeHtml(text) ? 'html' : undefined;
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
function withPlaceColumns(rows: Row[], articles: Article[]): Row[] {
  const byIndex = new Map(articles.map((a) => [a.index, a]));
  return rows.map((row) => {
    const place = byIndex.get(row.article as number)?.place;
    return { place: place?.name ?? null, place_code: place?.code || null, ...row };
  });
}

/**
 * The files of one batch, in order. Where the command's merge may run here (Aggregation.inWorker), it does: the
 * batch's merged partial rides on the first result that had one, so the main thread merges once per batch.
 */
export async function processBatch(files: InputFile[], options: TaskOptions, command: AnyCommand): Promise<FileResult[]> {
  const results: FileResult[] = [];
  // Collapsed runs keep each article's partial apart until the main thread knows which articles are reprints.
  const combine = command.aggregate?.inWorker && !options.collapseReprints ? command.aggregate.merge : undefined;
  let carrier: FileResult | undefined;
  for (const file of files) {
    const result = await processFile(file, options, command);
    if (combine && result.partial !== undefined) {
      if (carrier) {
        combine(carrier.partial, result.partial);
        result.partial = undefined;
      } else carrier = result;
    }
    results.push(result);
  }
  return results;
}
