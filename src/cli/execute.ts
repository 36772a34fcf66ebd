// Runs a command over the inputs and prints rows as they come: inputs → files → rows → formatter → sink.
// A command's action imports this file when it runs (never main.ts, so that --help and --version load none of it); the
// pipeline, the extractors and the formatters (cli-table3, iconv-lite…) are imported in turn only as a run needs them.
import { createHash } from 'node:crypto';
import { accessSync, constants, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { InputFile } from '../corpus/inputs.js';
import type { Format } from '../output/format-names.js';
import type { Formatter } from '../output/formatter.js';
import type { CommandParams, CommandSpec } from '../commands/command.js';
import type { ArticlePart, FileResult, InputFormat, TaskOptions } from '../pipeline/task.js';
import type { Row, Table } from '../types.js';
import { StrictStop, UsageError } from '../types.js';
import type { CommonOptions } from './options.js';
import type { OutputFile } from './output-file.js';
import type { CountsReader } from '../corpus/counts.js';
import type { Sink } from './sink.js';
import { runTotal } from '../pipeline/merge-runs.js';

export interface CliContext {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  /** Set to 1 when an input failed. */
  exitCode: number;
  /** Called for every input that could not be read. */
  reportInputError(file: string, reason: string): void;
}

/**
 * How a run prints, worked out from the command and its params: columns, the merge of each file's partial result,
 * the rows (or whole table, or text) once every file is read.
 */
interface OutputPlan {
  /** Undefined when known only once every file is read (compare --wide): nothing is printed until then. */
  columns: string[] | undefined;
  numeric?: string[];
  /** The columns a table too wide for the terminal keeps first (CommandSpec.priority). */
  priority?: readonly string[];
  /** Columns the table format draws as bars (FormatOptions.bars). */
  bars?: string[];
  merge(partial: unknown): void;
  /** Merge a counts file's total (merge, unless grouping by place holds rows there instead). */
  mergeTotal?(partial: unknown): void;
  /** Each row in input order, before it is printed or grouped (CommandSpec.inOrder). */
  inOrder?: (row: Row) => Row;
  /** The groups a partial result counts in (Aggregation.groupsOf). */
  groupsOf?: (partial: unknown) => string[];
  /** The merged total so far. */
  total(): unknown;
  /** How to read counts files into partial results (commands with CommandSpec.counts). */
  readCounts?: CountsReader;
  /** --emit counts of a row command: each row as a record, with where its input stands in a run's order. */
  countRecord?: (row: Row, at: { file: string; line: number }) => Record<string, unknown>;
  /** --from-counts of a row command: the merged rows, in one run's order. */
  countedRows?: () => Row[];
  finish(): Row[];
  /** Lines for stderr once every file is merged. */
  notices(): string[];
  wholeTable?(): Table;
  /** A command whose output is a file format of its own (idf) brings its own formatter. */
  formatter?: Formatter;
  byPlace: boolean;
}

export { StrictStop };

/** Run `command` with `params` over the inputs and print its rows. */
export async function execute<Params extends CommandParams, Partial>(
  ctx: CliContext,
  inputs: string[],
  common: CommonOptions,
  command: CommandSpec<Params, Partial>,
  params: Params,
): Promise<void> {
  checkKeepFields(common, command, params);
  checkCounts(common, command, params);
  const fromCounts = common.fromCounts ?? [];
  if (common.columns) return printColumns(ctx, common, command, params);
  await checkEncoding(common.encoding);
  common.dict = await checkDictionaries(common.dict);
  if (common.output !== undefined && !command.text) (await import('../output/format-names.js')).checkOutputPath(common.output);
  if (common.jobs !== undefined) common.jobs = capJobs(ctx, common.jobs);
  // A place that names nothing is the user's typo, not "no article is about it": say so before any file is read.
  if (common.place !== undefined) (await import('../extract/places/gazetteer.js')).resolvePlaceOption(common.place);
  (await import('../nlp/segmenter.js')).announceEngine(ctx.stderr, common.debug);
  if (common.filesFrom !== undefined) inputs = await (await import('./files-from.js')).withListedInputs(inputs, common.filesFrom);
  if (fromCounts.length > 0 && inputs.length > 0) throw new UsageError('--from-counts: the counts are the input; give no files besides them');
  // With --from-counts the counts files are the inputs (and -o must not overwrite one of them).
  const files = fromCounts.length > 0 ? fromCounts.map((path) => ({ path, doc: path })) : await resolveFiles(ctx, inputs, common);
  // -o is checked against the inputs and opened (a temporary file) before any work; it takes its place when the run ends.
  const given = fromCounts.length > 0 ? fromCounts : inputs;
  const output = common.output ? await (await import('./output-file.js')).openOutputFile(common.output, given, files, common.ext) : undefined;
  if (common.jobs === undefined) {
    const { defaultJobs, inputBytes } = await import('../pipeline/default-jobs.js');
    common.jobs = defaultJobs(await inputBytes(files), availableParallelism());
  }
  try {
    await executeOn(ctx, files, common, command, params, output);
    await output?.commit();
  } finally {
    output?.discard();
  }
  if (common.debug) {
    const image = (await import('../nlp/segmenter.js')).dictionaryImageStatus();
    if (image) ctx.stderr.write(`policy-cli: dictionary image ${image}\n`);
  }
}

async function executeOn<Params extends CommandParams, Partial>(
  ctx: CliContext,
  files: InputFile[],
  common: CommonOptions,
  command: CommandSpec<Params, Partial>,
  params: Params,
  output: OutputFile | undefined,
): Promise<void> {
  const { taskOf } = await import('../pipeline/task.js');
  const inputFormat = forcedFormat(common);
  const task = taskOf(command, params, {
    dicts: common.dict,
    encoding: common.encoding,
    text: common.text,
    place: common.place,
    inputFormat,
    fields: { text: common.textField ?? 'text', id: common.idField ?? 'id', keep: common.keepFields },
    shard: common.shard,
    collapseReprints: common.collapseReprints,
  });
  const header = command.counts ? countsHeader(command, params, common) : undefined;
  let plan = common.emit === 'counts' ? countsPlan(command, params, header!) : outputPlan(command, params, common.keepFields, header);
  if (plan.byPlace) plan = groupRowsByPlace(plan);
  if (plan.wholeTable) return executeWholeTable(ctx, files, common, task, plan, plan.wholeTable, output);
  const sink = await openOutput(ctx, common, plan, plan.columns ?? [], output);
  const { rowTextSpec } = await import('../pipeline/row-text.js');
  task.rowText = rowTextSpec({
    format: await chooseFormat(ctx, common),
    columns: plan.columns,
    inOrderStep: Boolean(plan.inOrder),
    heldByMainThread: plan.byPlace || Boolean(plan.countRecord) || Boolean(task.collapseReprints),
    ownFormatter: Boolean(plan.formatter),
  });
  try {
    await processFiles(ctx, files, common, task, plan, (rows) => sink.rows(rows), () => sink.flush(), (text) => sink.rowsText(text));
    await sink.rows(plan.finish());
    for (const line of plan.notices()) ctx.stderr.write(`${line}\n`);
  } finally {
    await sink.end();
  }
}

/**
 * The header of a counts file: what made it, so that only counts of the same kind are merged. Besides the command's
 * own params, the options every command shares that change what is counted: the user's dictionaries (by content: a
 * path differs between machines), --place, and the record fields docs rows carry.
 */
function countsHeader<Params extends CommandParams, Partial>(command: CommandSpec<Params, Partial>, params: Params, common: CommonOptions): Record<string, unknown> {
  const key: Record<string, unknown> = { ...command.counts!.key(params) };
  if (common.dict.length > 0) key.dict = common.dict.map((path) => createHash('sha256').update(readFileSync(path)).digest('hex').slice(0, 16));
  if (common.place !== undefined) key.place = common.place;
  if (common.keepFields.length > 0) key.keep_fields = common.keepFields;
  return { policy_cli_counts: 1, command: commandName(command), key };
}

/** --emit counts and --from-counts need counts the command can merge exactly. */
function checkCounts<Params extends CommandParams, Partial>(common: CommonOptions, command: CommandSpec<Params, Partial>, params: Params): void {
  const option = common.emit === 'counts' ? '--emit counts' : common.fromCounts?.length ? '--from-counts' : undefined;
  if (!option || !command.counts) return;
  const refused = command.counts.refuse?.(params);
  if (refused) throw new UsageError(refused);
  // Each shard would find the reprints among its own articles only, so merged counts would not be one run's.
  if (common.collapseReprints) throw new UsageError(`--collapse-reprints decides in one run's order and cannot go with ${option}: collapse in one run, or list the reprints with docs --emit counts`);
}

function commandName<Params extends CommandParams, Partial>(command: CommandSpec<Params, Partial>): string {
  return basename(new URL(command.url).pathname).replace(/\.[jt]s$/, '');
}

/**
 * --emit counts: the run merges as usual, and prints its merged statistics as JSON Lines (a header line, then the
 * command's records) instead of finishing them, whatever --format says: --from-counts reads them back.
 */
function countsPlan<Params extends CommandParams, Partial>(command: CommandSpec<Params, Partial>, params: Params, header: Record<string, unknown>): OutputPlan {
  const plan = outputPlan(command, params, [], header);
  const lines = function* () {
    yield header;
    yield* command.counts!.write(plan.total() as Partial);
  };
  const rows = command.counts!.rows;
  // A row command's records go out as its rows come (each shard's in its run order); a merge of them sorts. Merged in
  // steps (--from-counts with --emit counts), the total's records go out at the end, sorted.
  if (rows) {
    const json = (record: unknown) => `${JSON.stringify(record)}\n`;
    return {
      ...plan,
      columns: [],
      byPlace: false,
      inOrder: undefined,
      countRecord: rows.record,
      countedRows: undefined,
      finish: () => [],
      formatter: { begin: () => json(header), row: json, end: () => [...command.counts!.write(plan.total() as Partial)].map(json).join('') },
    };
  }
  return {
    ...plan,
    columns: [],
    wholeTable: undefined,
    finish: () => [],
    formatter: { begin: () => '', row: () => '', end: () => [...lines()].map((record) => `${JSON.stringify(record)}\n`).join('') },
  };
}

/**
 * --from-counts: each counts file (JSON Lines from --emit counts; `-` for standard input) is read into a total of its
 * own and merged like a file's partial result. A file that is not counts of this command with these params is an
 * input that failed: named on stderr, left out, exit 1.
 */
async function readCounts(ctx: CliContext, files: InputFile[], common: CommonOptions, plan: OutputPlan): Promise<void> {
  const { countsOf } = await import('../corpus/counts.js');
  for (const file of files) {
    const result = await countsOf(file.path, plan.readCounts!);
    if ('error' in result) {
      ctx.reportInputError(file.doc, result.error);
      if (common.strict) throw new StrictStop();
      continue;
    }
    (plan.mergeTotal ?? plan.merge)(result.total);
  }
}

function outputPlan<Params extends CommandParams, Partial>(
  command: CommandSpec<Params, Partial>,
  params: Params,
  kept: string[] = [],
  header?: Record<string, unknown>,
): OutputPlan {
  const { aggregate, finish, table, text } = command;
  const rowCounts = command.counts?.rows;
  const aggregated = aggregate && runTotal(aggregate);
  const counted = aggregate ? undefined : rowCounts?.empty();
  // Partial results come from this thread or, as structured clones, from worker threads.
  const total = () => (aggregated ? aggregated.value() : counted) as Partial;
  const own = command.columns(params);
  // Kept record fields follow the command's own columns (checkKeepFields made sure they are row commands' only).
  const columns = own && kept.length > 0 ? [...own, ...kept] : own;
  return {
    columns,
    numeric: command.numeric,
    priority: command.priority,
    byPlace: Boolean(params.byPlace),
    inOrder: command.inOrder?.(params),
    groupsOf: aggregate?.groupsOf as ((partial: unknown) => string[]) | undefined,
    merge: (partial) => {
      const from = partial as Partial;
      if (aggregated) aggregated.merge(aggregate!.revive ? aggregate!.revive(from) : from);
      else rowCounts?.merge(total(), from);
    },
    countedRows: rowCounts ? () => rowCounts.inRunOrder(total()) : undefined,
    finish: () => finish?.(total(), params) ?? [],
    notices: () => command.notices?.(total(), params) ?? [],
    total,
    readCounts:
      command.counts && header && (aggregate || rowCounts)
        ? {
            header,
            empty: () => (aggregate ? aggregate.empty() : rowCounts!.empty()),
            read: (into, record) => command.counts!.read(into as Partial, record),
          }
        : undefined,
    wholeTable: columns === undefined && table ? () => table(total(), params) : undefined,
    formatter: text ? { begin: () => '', row: () => '', end: () => text(total(), params) } : undefined,
  };
}

async function executeWholeTable(
  ctx: CliContext,
  files: InputFile[],
  common: CommonOptions,
  task: TaskOptions,
  plan: OutputPlan,
  wholeTable: () => Table,
  output: OutputFile | undefined,
): Promise<void> {
  await processFiles(ctx, files, common, task, plan, async () => {});
  const table = wholeTable();
  const sink = await openOutput(ctx, common, { ...plan, numeric: table.numeric, bars: table.bars }, table.columns, output);
  try {
    await sink.rows(table.rows);
    for (const line of plan.notices()) ctx.stderr.write(`${line}\n`);
  } finally {
    await sink.end();
  }
}

/** Every file through the pipeline: each file's rows to `emit` in input order, partial results to the plan, errors to stderr. */
async function processFiles(
  ctx: CliContext,
  files: InputFile[],
  common: CommonOptions,
  task: TaskOptions,
  plan: OutputPlan,
  emit: (rows: Row[]) => Promise<void>,
  fileDone?: () => Promise<void>,
  emitText?: (text: string) => Promise<void>,
): Promise<void> {
  if (common.fromCounts?.length) {
    await readCounts(ctx, files, common, plan);
    // A row command's merged rows take the path a run's rows take: the in-order step, then grouping or printing.
    if (plan.countedRows) {
      let rows = plan.countedRows();
      if (plan.inOrder) rows = rows.map(plan.inOrder);
      if (plan.byPlace) plan.merge(rows);
      else await emit(rows);
    }
    return;
  }
  const [{ runFiles }, { startProgress }, { withKeptFields }] = await Promise.all([import('../pipeline/run-files.js'), import('./progress.js'), import('../pipeline/row-text.js')]);
  const progress = common.progress ? startProgress(ctx.stderr, files) : undefined;
  const originalsOf = task.collapseReprints ? await collapser(ctx, plan) : (result: FileResult) => [result];
  const sharesTerminal = !common.output && Boolean(ctx.stdout.isTTY);
  try {
    await runFiles(files, task, common.jobs ?? 1, async (result: FileResult) => {
      progress?.fileDone(result);
      if (result.error !== undefined) {
        ctx.reportInputError(result.file.doc, result.error);
        if (common.debug && result.stack) ctx.stderr.write(`${result.stack}\n`);
        if (common.strict) throw new StrictStop();
        return;
      }
      for (const warning of result.warnings ?? []) ctx.stderr.write(`policy-cli: ${result.file.doc}: warning: ${warning}\n`);
      const originals = result.parts ? originalsOf(result) : undefined;
      // A file none of whose articles is a reprint merges its own partial, exactly as without the option.
      const parts = !originals ? [result] : originals.length === result.parts!.length ? [{ rows: originals.flatMap((p) => p.rows), partial: result.partial }] : originals;
      // Rows printed on the terminal that shows the bar would be written over it: wipe it first.
      if (sharesTerminal && (parts.some((p) => p.rows.length > 0) || Boolean(result.textRows))) progress?.clear();
      // Rows a worker formatted, kept fields and all (task.rowText is set only for runs that take no step below).
      if (result.text !== undefined) await emitText!(result.text);
      for (const part of parts) {
        let rows = withKeptFields(part.rows, result.file.kept);
        if (plan.countRecord) {
          const at = result.file.at ?? { file: result.file.doc, line: 0 };
          rows = rows.map((row) => plan.countRecord!(row, at) as Row);
        }
        if (plan.inOrder) rows = rows.map(plan.inOrder);
        if (plan.byPlace) plan.merge(rows);
        else await emit(rows);
      }
      await fileDone?.();
      for (const part of parts) if (part.partial !== undefined) plan.merge(part.partial);
    });
  } finally {
    progress?.stop();
  }
}

/**
 * --collapse-reprints: which articles of each result count, decided in input order (an article is a reprint of an
 * earlier one only). A reprint's rows and counts are left out; the run ends with one line on stderr saying how many.
 */
async function collapser(ctx: CliContext, plan: OutputPlan): Promise<(result: FileResult) => ArticlePart[]> {
  const { ReprintClusters } = await import('../extract/reprints/in-order.js');
  const clusters = new ReprintClusters();
  let articles = 0;
  let collapsed = 0;
  /** compare: reprints left out per group, in the order the groups were first met. */
  const byGroup = new Map<string, number>();
  const notices = plan.notices;
  plan.notices = () => {
    const groups = [...byGroup].map(([group, n]) => `${group}: ${n}`).join('; ');
    const counted = `${collapsed} of ${articles} articles were reprints of earlier ones and counted once, with their originals`;
    return [...notices(), `policy-cli: --collapse-reprints: ${counted}${groups ? ` (${groups})` : ''}`];
  };
  return (result) =>
    result.parts!.filter((part) => {
      articles++;
      const reprint = clusters.headOf({ doc: result.file.doc, article: part.article }, part.signature, part.chars) !== undefined;
      if (!reprint) return true;
      collapsed++;
      if (plan.groupsOf && part.partial !== undefined) for (const group of plan.groupsOf(part.partial)) byGroup.set(group, (byGroup.get(group) ?? 0) + 1);
      return false;
    });
}

/**
 * Grouping rows by place means holding them until every file is read, then a stable sort by place code (articles of no
 * known place last), so rows keep their input order within a place.
 */
function groupRowsByPlace(plan: OutputPlan): OutputPlan {
  const held: Row[] = [];
  const key = (row: Row) => (row.place_code as string | null) ?? '\uffff';
  return {
    ...plan,
    columns: ['place', 'place_code', ...(plan.columns ?? []).filter((c) => c !== 'place' && c !== 'place_code')],
    merge: (rows) => held.push(...(rows as Row[])),
    mergeTotal: plan.mergeTotal ?? plan.merge,
    finish: () => held.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0)),
  };
}

/**
 * --keep-fields copies a record's fields into the rows it gives, so it needs rows that come from one record each (not
 * keywords' or compare's totals), and names that are not already columns of the output.
 */
function checkKeepFields<Params extends CommandParams, Partial>(common: CommonOptions, command: CommandSpec<Params, Partial>, params: Params): void {
  const kept = common.keepFields ?? [];
  if (kept.length === 0) return;
  const own = command.columns(params);
  if (command.aggregate || command.text || own === undefined) {
    throw new UsageError('--keep-fields: this command prints totals over many documents, not rows of one record; use it with numbers, entities, kwic, docs or segment');
  }
  const taken = new Set(params.byPlace ? ['place', 'place_code', ...own] : own);
  const clash = kept.filter((name) => taken.has(name));
  if (clash.length > 0) throw new UsageError(`--keep-fields: ${clash.join(', ')} ${clash.length > 1 ? 'are' : 'is'} already a column of this output`);
}

/** An --encoding nobody knows is one usage error before any file is read, not one error per file. */
async function checkEncoding(encoding: string | undefined): Promise<void> {
  if (encoding === undefined) return;
  if (!(await import('../corpus/decode.js')).encodingExists(encoding)) {
    throw new UsageError(`--encoding ${encoding}: unknown encoding (utf-8, utf-16le, utf-16be, gb18030, big5, shift_jis…)`);
  }
}

/**
 * The segmenter (cppjieba) aborts the whole process on a dictionary it cannot open, splits its path on `|` and `;`,
 * reads only UTF-8 and floods stderr on anything else: check each --dict file here, where a bad one is a usage error,
 * decode it like any input, and hand the segmenter a UTF-8 copy (in a temporary file) of one that is not UTF-8.
 * Returns the paths the segmenter is to load.
 */
async function checkDictionaries(paths: string[]): Promise<string[]> {
  const loaded: string[] = [];
  for (const path of paths) {
    if (/[|;]/.test(path)) throw new UsageError(`--dict ${path}: the segmenter cannot load a file whose name holds | or ;`);
    let stats;
    try {
      stats = statSync(path);
      accessSync(path, constants.R_OK);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new UsageError(`--dict ${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (error as Error).message}`);
    }
    if (!stats.isFile()) throw new UsageError(`--dict ${path}: not a file`);
    const bytes = readFileSync(path);
    if (bytes.length === 0) {
      loaded.push(path);
      continue;
    }
    const { decodeBytes } = await import('../corpus/decode.js');
    const { InputError } = await import('../types.js');
    let decoded;
    try {
      decoded = decodeBytes(bytes, path, { plausible: false });
    } catch (error) {
      if (error instanceof InputError) throw new UsageError(`--dict ${path}: ${error.reason}`);
      throw error;
    }
    // The file itself when it is exactly UTF-8 already; a copy when it is not (GBK, UTF-16, a BOM, a stray NUL…).
    if (Buffer.from(decoded.text, 'utf8').equals(bytes)) loaded.push(path);
    else loaded.push(utf8Copy(path, decoded.text));
  }
  return loaded;
}

/** A UTF-8 copy of a dictionary, removed when the process exits (worker threads load it by path meanwhile). */
function utf8Copy(path: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'policy-cli-dict-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  const copy = join(dir, basename(path).replace(/[|;]/g, '_') || 'dict.txt');
  writeFileSync(copy, text, 'utf8');
  return copy;
}

async function resolveFiles(ctx: CliContext, inputs: string[], common: CommonOptions): Promise<InputFile[]> {
  // An empty --files-from list (`find` matched nothing) reads nothing, not standard input.
  if (inputs.length === 0 && common.filesFrom === undefined) {
    if (ctx.stdout && process.stdin.isTTY) throw new UsageError('no inputs: give files or directories, or pipe text in');
    inputs = ['-'];
  }
  const { listInputs } = await import('../corpus/inputs.js');
  const { files, errors } = await listInputs(inputs, { extensions: common.ext });
  for (const error of errors) {
    ctx.reportInputError(error.file, error.reason);
    if (common.strict) throw new StrictStop();
  }
  if (!common.shard) return files;
  const { filesInShard } = await import('../pipeline/run-files.js');
  return filesInShard(files, { inputFormat: forcedFormat(common), shard: common.shard });
}

/** --input-format as the pipeline takes it: undefined for auto (each input by its name and text). */
function forcedFormat(common: CommonOptions): InputFormat | undefined {
  return common.inputFormat === undefined || common.inputFormat === 'auto' ? undefined : (common.inputFormat as InputFormat);
}

/** The format of the output: --format, else the output file's extension, else table on a terminal, csv otherwise. */
async function chooseFormat(ctx: CliContext, common: CommonOptions): Promise<Format> {
  const { formatFromPath } = await import('../output/format-names.js');
  if (common.format) return common.format as Format;
  if (common.output) return formatFromPath(common.output) ?? 'csv';
  return ctx.stdout.isTTY ? 'table' : 'csv';
}

/**
 * --columns: the schema of the output the same flags would print, one row per column (`column, type, meaning`),
 * in the format asked for. The wide view of compare has one column per group, known only from the data.
 */
async function printColumns<Params extends CommandParams, Partial>(
  ctx: CliContext,
  common: CommonOptions,
  command: CommandSpec<Params, Partial>,
  params: Params,
): Promise<void> {
  const { columnDoc } = await import('../rows/columns.js');
  const name = commandName(command);
  const plan = outputPlan(command, params, common.keepFields);
  const shown = plan.byPlace ? groupRowsByPlace(plan).columns : plan.columns;
  const rows: Row[] =
    shown === undefined
      ? [
          { column: 'term', type: 'string', meaning: 'the term, slogan or keyword counted' },
          { column: '(one per group)', type: 'number', meaning: 'its count (or rate with --rate) in the group named by the column, `潍坊市 370700`' },
        ]
      : shown.map((column) =>
          (common.keepFields ?? []).includes(column)
            ? { column, type: 'as in the record', meaning: 'the record\'s own field, copied by --keep-fields (objects and arrays as JSON text; null when absent)' }
            : { column, type: columnDoc(name, column)?.type ?? 'string', meaning: columnDoc(name, column)?.meaning ?? '' },
        );
  const schema: OutputPlan = { columns: ['column', 'type', 'meaning'], byPlace: false, merge: () => {}, finish: () => [], notices: () => [], total: () => undefined };
  const sink = await openOutput(ctx, { ...common, output: undefined }, schema, schema.columns!, undefined);
  try {
    await sink.rows(rows);
  } finally {
    await sink.end();
  }
}

async function openOutput(ctx: CliContext, common: CommonOptions, plan: OutputPlan, columns: string[], output: OutputFile | undefined): Promise<Sink> {
  const { openSink } = await import('./sink.js');
  if (plan.formatter) return openSink(output, ctx.stdout, plan.formatter);
  const { openFormatter } = await import('../output/format-names.js');
  const format = await chooseFormat(ctx, common);
  const toTerminal = !common.output && Boolean(ctx.stdout.isTTY);
  const color = common.color && toTerminal && !process.env.NO_COLOR;
  // What the table left out to fit the terminal is said on stderr once the table is written, below it.
  const notes: string[] = [];
  const formatter = await openFormatter(format, columns, {
    color,
    width: common.output ? undefined : terminalWidth(ctx.stdout),
    numeric: plan.numeric,
    priority: plan.priority,
    note: (line) => notes.push(`policy-cli: ${line}\n`),
    bom: common.bom,
    bars: plan.bars,
  });
  const sink = await openSink(output, ctx.stdout, formatter);
  return {
    ...sink,
    end: async () => {
      await sink.end();
      for (const line of notes) ctx.stderr.write(line);
    },
  };
}

/**
 * The width a table on standard output fits: COLUMNS when it is a number (as ls and Python read it: a shell keeps it
 * without exporting it, so in our environment it was asked for, and it also serves a pipe), else the terminal's own
 * width; none for a pipe.
 */
function terminalWidth(stdout: NodeJS.WriteStream): number | undefined {
  const columns = Number(process.env.COLUMNS);
  if (process.env.COLUMNS && Number.isInteger(columns) && columns > 0) return columns;
  return stdout.isTTY ? stdout.columns : undefined;
}

/** More threads than cores only wait for one another: cap -j at the cores, and say so. */
function capJobs(ctx: CliContext, jobs: number): number {
  const cores = Math.max(1, availableParallelism());
  if (jobs <= cores) return jobs;
  ctx.stderr.write(`policy-cli: -j ${jobs}: this machine has ${cores} cores; running ${cores} threads\n`);
  return cores;
}
