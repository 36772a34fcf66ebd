// Inverse document frequencies for keyword ranking. Ours come from policy texts (src/data/policy-idf.txt, built from the
// government texts of the corpus by IdfBuilder), so the words every report uses (发展, 建设…) weigh little, unlike in a
// general-news IDF. nodejieba's general IDF backs it up for words our corpus never saw.
import { readFileSync } from 'node:fs';
import { dataPath } from '../../paths.js';
import { UsageError, type Token } from '../../types.js';
import { loadGeneralIdf, medianOf, type GeneralIdf } from './general-idf.js';
import { cachedIdfEntries, idfOfParsed, type IdfEntries, type ParsedIdf } from './idf-table.js';
import { isTermShaped } from './term-shape.js';

export interface Idf {
  /** The term's IDF; undefined when neither our table nor the fallback knows it (callers then use `median`). */
  get(term: string): number | undefined;
  /**
   * The same as get(term), for a caller that asks about each term once and keeps the answer (the signatures' term
   * table): the table of the IDF file does not remember the term (get does, as ranking asks about a word many times).
   */
  getOnce?(term: string): number | undefined;
  /** True when the term is in the IDF file itself (not only in the fallback). */
  has(term: string): boolean;
  /** The same as has(term), for a caller that asks about each term once (a candidate phrase whole): see getOnce. */
  hasOnce?(term: string): boolean;
  /** Median IDF of the file: the weight of a term nobody knows, as jieba does. */
  median: number;
  /** The term's most frequent part-of-speech tag in the corpus the file was built from, when the file records it. */
  tag(term: string): string | undefined;
  /** Number of documents the file was built from (0 when its header does not say). */
  documents: number;
  /**
   * The term's general-Chinese IDF (jieba's, from news), rescaled to this file's median; undefined when jieba's table
   * lacks it or the fallback is off. Tells words common in any text (印象, 时刻) from words rare in all.
   */
  general?(term: string): number | undefined;
}

interface IdfEntry {
  idf: number;
  tag?: string;
}

/** An IDF file as text: `word idf [tag]` per line, `#` lines are comments, `# documents N` gives the document count. */
export function parseIdf(text: string, source = 'IDF file'): { entries: Map<string, IdfEntry>; documents: number } {
  const entries = new Map<string, IdfEntry>();
  let documents = 0;
  // Read line by line with indexOf: splitting the text and each line (36,000 of them) into arrays was most of a small
  // run's IDF loading.
  for (let start = 0, lineNumber = 1; start <= text.length; lineNumber++) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end).trim();
    start = end + 1;
    if (line.length === 0) continue;
    if (line.startsWith('#')) {
      const count = /^#\s*documents\s+(\d+)/.exec(line);
      if (count) documents = Number(count[1]);
      continue;
    }
    const [word, value, tag] = fieldsOf(line);
    const idf = Number(value);
    if (!word || value === undefined || !Number.isFinite(idf)) {
      throw new UsageError(`${source}: line ${lineNumber} is not "word idf": ${line.slice(0, 40)}`);
    }
    entries.set(word, tag ? { idf, tag } : { idf });
  }
  return { entries, documents };
}

const OTHER_WHITESPACE = /[^\S ]/;

/** The first three fields of a trimmed line, as line.split(/\s+/) gives them: cut at single spaces when those are its only whitespace. */
function fieldsOf(line: string): (string | undefined)[] {
  if (OTHER_WHITESPACE.test(line) || line.includes('  ')) return line.split(/\s+/);
  const first = line.indexOf(' ');
  if (first < 0) return [line];
  const second = line.indexOf(' ', first + 1);
  if (second < 0) return [line.slice(0, first), line.slice(first + 1)];
  const third = line.indexOf(' ', second + 1);
  return [line.slice(0, first), line.slice(first + 1, second), line.slice(second + 1, third < 0 ? line.length : third)];
}


let generalIdf: GeneralIdf | undefined;

/** The general IDF, read once and only when a term misses our own table. */
function general(): GeneralIdf {
  generalIdf ??= loadGeneralIdf();
  return generalIdf;
}

/**
 * An IDF from a file (default: src/data/policy-idf.txt). A term missing from the file takes its general-Chinese IDF,
 * rescaled so that both medians agree and capped at the file's largest value (a word our corpus lacks is rare in policy
 * text, but no rarer than the rarest word it has); a term neither knows stays undefined, and ranking gives it the median.
 * The fallback keeps real dictionary words (new industries, foreign terms) apart from strings the HMM made up.
 * The file is read from its table in the cache folder (`cacheDir`, default: src/cache-dir.ts) when one was saved for
 * these very bytes, else parsed and its table saved (idf-table.ts).
 */
export function loadIdf(path?: string, options: { fallback?: boolean; cacheDir?: string } = {}): Idf {
  const file = path ?? dataPath('policy-idf.txt');
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new UsageError(`cannot read IDF file ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  return idfOfEntries(cachedIdfEntries(bytes, () => parsedIdf(bytes.toString('utf8'), file), options.cacheDir), options);
}

/** An IDF from the text of an IDF file (see loadIdf). */
export function idfFromText(text: string, source = 'IDF file', options: { fallback?: boolean } = {}): Idf {
  return idfOfEntries(idfOfParsed(parsedIdf(text, source)), options);
}

/** The parsed file with the median and largest of its values. */
function parsedIdf(text: string, source: string): ParsedIdf {
  const { entries, documents } = parseIdf(text, source);
  const values = [...entries.values()].map((e) => e.idf);
  return { entries, documents, median: medianOf(values), max: values.reduce((a, b) => Math.max(a, b), 0) };
}

function idfOfEntries(entries: IdfEntries, options: { fallback?: boolean }): Idf {
  const { median, max } = entries;
  const useFallback = options.fallback ?? true;
  const fromGeneral = (term: string): number | undefined => {
    if (!useFallback) return undefined;
    const g = general();
    const value = g.get(term);
    if (value === undefined || g.median === 0) return undefined;
    return Math.min(max, (value * median) / g.median);
  };
  return {
    get: (term) => entries.idf(term) ?? fromGeneral(term),
    getOnce: (term) => entries.idfOnce(term) ?? fromGeneral(term),
    has: (term) => entries.has(term),
    hasOnce: (term) => entries.hasOnce(term),
    median,
    tag: (term) => entries.tag(term),
    documents: entries.documents,
    general: fromGeneral,
  };
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A count read back from a record: a whole number of at least 0. */
function count(value: unknown, name: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) throw new Error(`"${name}" must be a whole number of at least 0`);
  return value;
}

/**
 * Builds an IDF from documents (one input file each): idf = ln((N + 1) / (df + 1)) + 1, N documents, df documents
 * holding the word: the smoothed IDF of scikit-learn. A word in every document still weighs 1, so a term the topic
 * repeats (高质量发展 in an economic work conference) is not drowned by words seen once; a word in one document of
 * many weighs most, and a corpus of one file gives plain frequencies. Only term-shaped
 * words are kept (two or more characters, Han or Latin letters, not a number). When the tokens carry part-of-speech
 * tags, each word's most frequent tag is kept as a third column: keyword ranking uses it to keep noun-like terms only,
 * without tagging at run time. Builders merge, so files can be read in parallel.
 */
export class IdfBuilder {
  private docs = 0;
  private readonly docFreq = new Map<string, number>();
  private readonly tagCounts = new Map<string, Map<string, number>>();

  get documents(): number {
    return this.docs;
  }

  addDocument(tokens: Iterable<Token>): void {
    this.docs++;
    const seen = new Set<string>();
    for (const token of tokens) {
      const word = token.word;
      if (!isTermShaped(word)) continue;
      if (!seen.has(word)) {
        seen.add(word);
        this.docFreq.set(word, (this.docFreq.get(word) ?? 0) + 1);
      }
      if (token.tag) {
        let tags = this.tagCounts.get(word);
        if (!tags) this.tagCounts.set(word, (tags = new Map()));
        tags.set(token.tag, (tags.get(token.tag) ?? 0) + 1);
      }
    }
  }

  /** Add another builder's documents to this one. */
  merge(other: IdfBuilder): this {
    this.docs += other.docs;
    for (const [word, n] of other.docFreq) this.docFreq.set(word, (this.docFreq.get(word) ?? 0) + n);
    for (const [word, tags] of other.tagCounts) {
      let mine = this.tagCounts.get(word);
      if (!mine) this.tagCounts.set(word, (mine = new Map()));
      for (const [tag, n] of tags) mine.set(tag, (mine.get(tag) ?? 0) + n);
    }
    return this;
  }

  /** The builder as records (--emit counts): the document count, then each word's df and tag counts, by word. */
  *countRecords(): Generator<Record<string, unknown>> {
    yield { documents: this.docs };
    for (const word of [...this.docFreq.keys()].sort(byCodePoint)) {
      const tags = this.tagCounts.get(word);
      yield tags ? { term: word, df: this.docFreq.get(word)!, tags: Object.fromEntries([...tags].sort(([a], [b]) => byCodePoint(a, b))) } : { term: word, df: this.docFreq.get(word)! };
    }
  }

  /** Add one record of countRecords() (from any builder) to this one. */
  addCountRecord(record: Record<string, unknown>): void {
    if ('documents' in record) {
      this.docs += count(record.documents, 'documents');
      return;
    }
    if (typeof record.term !== 'string') throw new Error('a record needs "documents" or "term"');
    const word = record.term;
    this.docFreq.set(word, (this.docFreq.get(word) ?? 0) + count(record.df, 'df'));
    if (record.tags === undefined) return;
    if (record.tags === null || typeof record.tags !== 'object') throw new Error('"tags" must be an object of counts');
    let mine = this.tagCounts.get(word);
    if (!mine) this.tagCounts.set(word, (mine = new Map()));
    for (const [tag, n] of Object.entries(record.tags)) mine.set(tag, (mine.get(tag) ?? 0) + count(n, `tags.${tag}`));
  }

  /** The most frequent tag of a word (ties: the alphabetically first), when tags were given. */
  dominantTag(word: string): string | undefined {
    const tags = this.tagCounts.get(word);
    if (!tags) return undefined;
    let best: string | undefined;
    let bestCount = -1;
    for (const [tag, n] of tags) {
      if (n > bestCount || (n === bestCount && tag < best!)) {
        best = tag;
        bestCount = n;
      }
    }
    return best;
  }

  /** The IDF file: `#` header lines, then `word idf [tag]` sorted by word (code point order). */
  toText(): string {
    const n = this.docs;
    const words = [...this.docFreq.keys()].sort(byCodePoint);
    const lines = [
      `# policy-cli IDF: idf = ln((N + 1) / (df + 1)) + 1, N = documents (input files), df = documents holding the word;` +
        ` third column, when present: the word's most frequent nodejieba part-of-speech tag in those documents`,
      `# documents ${n}`,
    ];
    for (const word of words) {
      const idf = Math.log((n + 1) / (this.docFreq.get(word)! + 1)) + 1;
      const tag = this.dominantTag(word);
      lines.push(tag ? `${word} ${idf.toFixed(6)} ${tag}` : `${word} ${idf.toFixed(6)}`);
    }
    return lines.join('\n') + '\n';
  }
}
