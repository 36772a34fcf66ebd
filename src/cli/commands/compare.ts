import { Option, type Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { UsageError } from '../../types.js';
import type { CliContext } from '../execute.js';
import { addCommonOptions, examples, parseNonNegativeInt, parsePositiveInt, type CommonOptions } from '../options.js';

interface CompareOptions extends CommonOptions {
  by: string;
  what?: string;
  terms?: string;
  termsFile?: string;
  metric?: string;
  top: number;
  minCount: number;
  maxP: number;
  wide: boolean;
  rate: boolean;
}

const BYS = ['place', 'prefecture', 'doc', 'level', 'year', 'date'];
const WHATS = ['keywords', 'terms', 'slogans', 'officials', 'numbers'];

export function registerCompare(program: Command, ctx: CliContext): void {
  addCommonOptions(
    program
      .command('compare')
      .description('set groups of articles (places, documents, levels, years) against each other: key terms, your terms, slogans, officials, figures')
      .addOption(new Option('--by <group>', 'the groups: place, prefecture (counties counted with their prefecture), doc, level, year or date').choices(BYS).default('place'))
      .addOption(new Option('--what <what>', 'what to compare (default: keywords; terms with --terms, numbers with --metric)').choices(WHATS))
      .option('--terms <list>', 'your own terms, comma-separated: words, phrases or /regex/, counted in every group')
      .option('--terms-file <file>', 'your own terms, one per line (# starts a comment line)')
      .option('--metric <text>', 'with --what numbers: figures whose metric contains TEXT or matches /regex/ (总产值)')
      .option('-n, --top <n>', 'keywords per group', parsePositiveInt, 20)
      .option('--min-count <n>', 'keywords seen fewer times in a group are left out', parseNonNegativeInt, 2)
      .option('--max-p <p>', 'keywords whose p-value is above P are left out (e.g. 0.05)', parseProbability, 1)
      .option('--wide', 'one row per term and one column per group (the table format always shows this view)', false)
      .option('--rate', 'wide cells hold rates per 10,000 characters instead of counts', false),
  )
    .addHelpText(
      'after',
      examples(
        'policy-cli compare reports/ --by level',
        'policy-cli compare seeds/ --by place --terms 高质量发展,双招双引,营商环境',
        'policy-cli compare reports/ --by year --terms-file terms.txt --wide --rate -o terms.csv --bom',
        'policy-cli compare seeds/ --what slogans',
        'policy-cli compare reports/ --by prefecture --what numbers --metric 总产值',
      ) +
        '\nKeyness: log-likelihood G² (Rayson & Garside 2000; + when the group uses the term more than the rest of the corpus),\n' +
        '%DIFF (Gabrielatos & Marchi 2012) and the p-value of G² under χ²(1). Sizes and rates count characters, not words.\n',
    )
    .action(async (inputs: string[], options: CompareOptions) => runCompare(ctx, inputs, options));
}

async function runCompare(ctx: CliContext, inputs: string[], options: CompareOptions): Promise<void> {
  const { execute, chooseFormat } = await import('../execute.js');
  const rows = await import('../../rows/compare.js');
  const { compileTerm, parseTermList, readTermsFile } = await import('../../rows/compare-terms.js');
  const { compileTextMatcher } = await import('../../rows/text-matcher.js');

  const terms = [...(options.terms ? parseTermList(options.terms) : []), ...(options.termsFile ? readTermsFile(options.termsFile) : [])];
  const what = (options.what ?? (terms.length > 0 ? 'terms' : options.metric ? 'numbers' : 'keywords')) as import('../../rows/compare-stats.js').CompareWhat;
  if (what === 'terms' && terms.length === 0) throw new UsageError('--what terms needs --terms LIST or --terms-file FILE');
  if (what !== 'terms' && terms.length > 0) throw new UsageError(`--terms and --terms-file go with --what terms, not --what ${what}`);
  if (what === 'numbers' && !options.metric) throw new UsageError('--what numbers needs --metric TEXT (the measure to set side by side, e.g. 总产值)');
  if (what !== 'numbers' && options.metric) throw new UsageError(`--metric goes with --what numbers, not --what ${what}`);
  terms.forEach(compileTerm); // a bad /regex/ is a usage error before any work
  if (options.metric) compileTextMatcher(options.metric);

  const params = { by: options.by as import('../../rows/groups.js').GroupBy, what, terms, metric: options.metric };
  const rank = { top: options.top, minCount: options.minCount, maxP: options.maxP, idf: what === 'keywords' ? await loadIdfQuietly() : undefined };
  const { mergeComparePartial } = await import('../../rows/compare-stats.js');
  const merged: import('../../rows/compare-stats.js').ComparePartial = { groups: new Map() };
  const merge = (partial: unknown) => mergeComparePartial(merged, partial as typeof merged);

  const format = await chooseFormat(ctx, options);
  const wide = rows.hasWideView(what) && (options.wide || format === 'table');
  await execute(ctx, inputs, options, {
    processor: 'compare',
    attribute: true,
    params,
    columns: rows.compareColumns(what),
    numeric: rows.COMPARE_NUMERIC,
    merge,
    finish: () => rows.compareRows(merged, params, rank),
    // The wide view's columns are the groups, known only once every file is read.
    wholeTable: wide ? () => rows.wideTable(merged, params, rows.compareRows(merged, params, rank), { rate: options.rate, bars: format === 'table' }) : undefined,
  });
}

/** The built-in IDF's part-of-speech tags keep verbs out of the keywords; without the file, every term stays. */
async function loadIdfQuietly(): Promise<import('../../extract/keywords/idf.js').Idf | undefined> {
  try {
    const { loadIdf } = await import('../../extract/keywords/idf.js');
    return loadIdf();
  } catch {
    return undefined;
  }
}

function parseProbability(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) throw new InvalidArgumentError('expected a probability between 0 and 1');
  return n;
}
