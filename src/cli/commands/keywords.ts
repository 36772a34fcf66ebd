import { Option, type Command } from 'commander';
import type { GroupBy } from '../../rows/groups.js';
import type { CliContext } from '../execute.js';
import { addCommonOptions, addCountsOptions, collapseReprintsOption, examples, parseNonNegativeInt, parsePositiveInt, type CommonOptions } from '../options.js';

/** The groupings keywords ranks within. */
const BYS = ['corpus', 'doc', 'article', 'place'] as const satisfies readonly GroupBy[];

interface KeywordOptions extends CommonOptions {
  top: number;
  by: (typeof BYS)[number];
  method: 'keyness' | 'tfidf' | 'textrank' | 'freq';
  explain?: boolean;
  minCount: number;
  idf?: string;
}

export function registerKeywords(program: Command, ctx: CliContext): void {
  addCountsOptions(addCommonOptions(
    program
      .command('keywords')
      .description('rank the policy terms of the inputs (whole terms such as 高质量发展; boilerplate verbs left out)')
      .option('-n, --top <n>', 'how many keywords per group', parsePositiveInt, 20)
      .addOption(new Option('--by <group>', 'rank per group').choices(BYS).default('corpus'))
      .addOption(
        new Option('--method <method>', 'keyness (tf × how rare in policy texts and in general news), tf-idf against the policy IDF, TextRank, or plain frequency')
          .choices(['keyness', 'tfidf', 'textrank', 'freq'])
          .default('keyness'),
      )
      .option('--min-count <n>', 'leave out terms seen fewer times than this; 0 also lists, per doc or article, the two-character words a text says once and the words news says in passing', parseNonNegativeInt, 1)
      .option('--idf <file>', 'an IDF file made by `policy-cli idf` (default: the built-in policy IDF)')
      .option('--explain', 'add the columns behind each score: tf, ref_df, weight, parts'),
  ))
    .addOption(collapseReprintsOption())
    .addHelpText(
      'after',
      examples(
        'policy-cli keywords seeds/',
        'policy-cli keywords seeds/ --by doc --top 5 -o keywords.csv --bom',
        'policy-cli keywords reports/ --by place --method textrank',
        'policy-cli keywords corpus/ --by place --shard 1/2 --emit counts -o 1.counts; policy-cli keywords --by place --from-counts 1.counts --from-counts 2.counts',
      ),
    )
    .action(async (inputs: string[], options: KeywordOptions) => {
      const { execute } = await import('../execute.js');
      const { default: keywords, keywordIdf } = await import('../../commands/keywords.js');
      // A file of the user's is read now, so that a bad one fails before the work.
      if (options.idf !== undefined) keywordIdf(options.idf);
      await execute(ctx, inputs, options, keywords, { by: options.by, method: options.method, top: options.top, minCount: options.minCount, idf: options.idf, explain: options.explain === true });
    });
}
