import { InvalidArgumentError, Option, type Command } from 'commander';
import type { CompareWhat } from '../../rows/compare-stats.js';
import type { GroupBy } from '../../rows/groups.js';
import type { CompareOptions } from '../../commands/compare.js';
import type { CliContext } from '../execute.js';
import { addCommonOptions, addCountsOptions, collapseReprintsOption, examples, parseNonNegativeInt, parsePositiveInt, type CommonOptions } from '../options.js';

type CompareCliOptions = CommonOptions & CompareOptions;

/** The groupings compare offers: groups to set against each other (a county rolls up into its prefecture with `prefecture`). */
const BYS = ['place', 'prefecture', 'doc', 'level', 'year', 'date'] as const satisfies readonly GroupBy[];
const WHATS = ['keywords', 'terms', 'slogans', 'officials', 'numbers'] as const satisfies readonly CompareWhat[];

export function registerCompare(program: Command, ctx: CliContext): void {
  addCountsOptions(addCommonOptions(
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
      .option('--wide', 'one row per term and one column per group, counts in the cells (a table also draws each row as bars)', false)
      .option('--rate', 'wide cells hold rates per 10,000 characters instead of counts', false),
  ))
    .addOption(collapseReprintsOption())
    .addHelpText(
      'after',
      examples(
        'policy-cli compare reports/ --by level',
        'policy-cli compare seeds/ --by place --terms 高质量发展,双招双引,营商环境',
        'policy-cli compare reports/ --by year --terms-file terms.txt --wide --rate -o terms.csv --bom',
        'policy-cli compare seeds/ --what slogans',
        'policy-cli compare reports/ --by prefecture --what numbers --metric 总产值',
        'policy-cli compare corpus/ --by year --shard 1/2 --emit counts -o 1.counts; policy-cli compare --by year --from-counts 1.counts --from-counts 2.counts',
      ) +
        '\nKeyness: log-likelihood G² (Rayson & Garside 2000; + when the group uses the term more than the rest of the corpus),\n' +
        '%DIFF (Gabrielatos & Marchi 2012) and the p-value of G² under χ²(1). Sizes and rates count characters, not words.\n',
    )
    .action(async (inputs: string[], options: CompareCliOptions) => runCompare(ctx, inputs, options));
}

async function runCompare(ctx: CliContext, inputs: string[], options: CompareCliOptions): Promise<void> {
  const { execute } = await import('../execute.js');
  const { default: compare, compareParams } = await import('../../commands/compare.js');
  await execute(ctx, inputs, options, compare, compareParams(options));
}

function parseProbability(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) throw new InvalidArgumentError('expected a probability between 0 and 1');
  return n;
}
