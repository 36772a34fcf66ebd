// The options every command shares, and the parsers of option values.
import { Command, InvalidArgumentError, Option } from 'commander';
import { parseShard, type Shard } from '../corpus/shard.js';

export interface CommonOptions {
  /** --by, where a command has it. */
  by?: string;
  ext: string[];
  /** --files-from: a file (or `-`, standard input) listing more input paths. */
  filesFrom?: string;
  /** --input-format: auto (by name and text), text, markdown, jsonl or html. */
  inputFormat: string;
  /** JSON Lines: the field with each record's text, and the one naming it. */
  textField: string;
  idField: string;
  encoding?: string;
  /** -a, --text: read files that look binary or garbled as text anyway. */
  text: boolean;
  format?: string;
  output?: string;
  bom: boolean;
  color: boolean;
  dict: string[];
  place?: string;
  /** Threads that work: this one and jobs−1 workers; undefined: chosen by the inputs' size (src/pipeline/default-jobs.ts). */
  jobs?: number;
  strict: boolean;
  progress: boolean;
  debug: boolean;
  /** --columns: print the columns of this command's output (name, type, meaning) and read nothing. */
  columns?: boolean;
  /** --shard I/N: take only the inputs (files, or JSON Lines records) that fall in this shard. */
  shard?: Shard;
  /** --keep-fields: JSON Lines fields copied into every row of their record. */
  keepFields: string[];
  /** --collapse-reprints (keywords, compare, numbers, entities): count each cluster of reprinted articles once. */
  collapseReprints?: boolean;
  /** --emit counts (keywords, compare, idf): print the mergeable statistics instead of the result. */
  emit?: 'counts';
  /** --from-counts: finish from counts files instead of reading texts. */
  fromCounts?: string[];
}

/**
 * The options every command shares. A command whose output is a file format of its own (idf) offers no --format,
 * --bom or --no-color: an option it could not honour is not offered, so using it is a usage error.
 */
export function addCommonOptions(command: Command, output: 'rows' | 'own-format' = 'rows'): Command {
  command
    .argument('[inputs...]', 'files, directories (searched recursively) or - for standard input; piped input when none')
    .option('--files-from <file>', 'also read the inputs listed in FILE (- for standard input): one path a line, or NUL-separated (find -print0); relative to the current directory')
    .addOption(new Option('--ext <list>', 'file endings to read in directories, comma-separated').argParser(parseList).default(['.txt', '.md', '.jsonl', '.html', '.htm'], '.txt,.md,.jsonl,.html,.htm'))
    .addOption(
      new Option(
        '--input-format <format>',
        'how to read inputs: auto (a .jsonl file is JSON Lines, a .md file or text with # headings is Markdown, a .html/.htm file or text opening with <!doctype html>, <html> or a <head>/<body> tag is a web page, else text or newspaper pages), or force one for every input, standard input too',
      )
        .choices(['auto', 'text', 'markdown', 'jsonl', 'html'])
        .default('auto'),
    )
    .option('--text-field <name>', 'JSON Lines: the field holding each record\'s text; rows count line/column within it', 'text')
    .option('--id-field <name>', 'JSON Lines: the field naming each record in the doc column (FILE#ID); the record\'s number when absent', 'id')
    .addOption(new Option('--keep-fields <list>', 'JSON Lines: copy these fields of each record into every row it gives (comma-separated; row commands)').argParser(parseFieldList).default([]))
    .addOption(new Option('--shard <i/n>', 'take only shard I of N of the inputs (files, or JSON Lines records), chosen by a stable hash of their name: N runs with the same inputs split the work between them').argParser(parseShardOption))
    .option('--encoding <name>', 'decode every input with this encoding (utf-8, utf-16le, utf-16be, gb18030…) instead of detecting it')
    .option('-a, --text', 'read a file that looks binary or garbled as text anyway (control characters become spaces)', false);
  if (output === 'rows') {
    command
      .addOption(new Option('-f, --format <format>', 'output format (default: table on a terminal, csv otherwise or from -o)').choices(['table', 'csv', 'tsv', 'json', 'jsonl']))
      .option('-o, --output <file>', 'write to FILE; the format follows its extension unless --format is given')
      .option('--bom', 'start CSV/TSV with a UTF-8 byte order mark, so Excel reads Chinese correctly', false)
      .option('--no-color', 'no colours in tables (NO_COLOR=1 does the same)')
      .option('--columns', 'list the columns this command and view print, with their type and meaning, and read nothing');
  } else command.option('-o, --output <file>', 'write to FILE instead of standard output');
  return command
    .option('--dict <file>', 'a user dictionary for the segmenter (jieba format: word [freq] [tag]); repeatable', collect, [])
    .option('--place <name|code>', 'only articles about this place: a name (潍坊, 潍坊市) or GB/T 2260 code; a prefecture includes its counties')
    .addOption(new Option('-j, --jobs <n>', 'threads that work: the main one and N-1 workers (more than the cores are capped, with a notice), sharing one segmenter (with nodejieba\'s binding each loads its own); output is the same for any N (default: 1 below 20 MB of input, else the number of cores)').argParser(parsePositiveInt))
    .option('--strict', 'stop at the first input that cannot be read', false)
    .option('--no-progress', 'no progress bar on stderr (it only shows on a terminal anyway)')
    .option('--debug', 'print stack traces of internal errors', false);
}

export function parseList(value: string): string[] {
  return value.split(',').map((v) => v.trim()).filter(Boolean).map((v) => (v.startsWith('.') ? v : `.${v}`));
}

export function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

export function parseShardOption(value: string): Shard {
  const shard = parseShard(value);
  if (!shard) throw new InvalidArgumentError('expected I/N with 1 ≤ I ≤ N, e.g. 2/8');
  return shard;
}

/** Field names as written (no dot added, unlike --ext), duplicates dropped. */
export function parseFieldList(value: string, previous: string[] = []): string[] {
  const names = value.split(',').map((v) => v.trim()).filter(Boolean);
  if (names.length === 0) throw new InvalidArgumentError('expected one or more field names, comma-separated');
  return [...new Set([...previous, ...names])];
}

export function parsePositiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of at least 1');
  return n;
}

export function parseNonNegativeInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number of at least 0');
  return n;
}

export function parseNumber(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n)) throw new InvalidArgumentError('expected a number');
  return n;
}

/** Examples shown at the end of a command's --help. */
export function examples(...lines: string[]): string {
  return `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;
}

/** --emit counts and --from-counts: keywords, compare and idf (totals over the corpus), docs (reprints across shards). */
export function addCountsOptions(command: Command): Command {
  return command
    .addOption(
      new Option('--emit <what>', 'counts: print the statistics this run gathered (JSON Lines; docs: its rows and their signatures), to be merged with others by --from-counts, instead of its result').choices(['counts']),
    )
    .option('--from-counts <file>', 'finish from counts files made by --emit counts (repeatable; - for standard input) instead of reading texts: N shards\' counts give what one run over all their inputs gives', collect, []);
}

/** --collapse-reprints, for the commands that count what articles say (a reprint would count twice). */
export function collapseReprintsOption(): Option {
  return new Option(
    '--collapse-reprints',
    'count an article reprinted in several papers once: an article whose body is near-identical to an earlier one (docs shows which, in reprint_of) is left out',
  );
}

/** --by place for the commands that print one row per item: rows gain the place of their article, grouped by place. */
export function byPlaceOption(): Option {
  return new Option('--by <group>', 'group rows by the place their article is about (adds place and place_code columns)').choices(['place']);
}
