import { Option, type Command } from 'commander';
import type { CliContext } from '../execute.js';
import { addCommonOptions, examples, parseNonNegativeInt, parsePositiveInt, type CommonOptions } from '../options.js';

interface KeywordOptions extends CommonOptions {
  top: number;
  by: string;
  method: 'tfidf' | 'textrank' | 'freq';
  minCount: number;
  idf?: string;
}

export function registerKeywords(program: Command, ctx: CliContext): void {
  addCommonOptions(
    program
      .command('keywords')
      .description('rank the policy terms of the inputs (whole terms such as 高质量发展; boilerplate verbs left out)')
      .option('-n, --top <n>', 'how many keywords per group', parsePositiveInt, 20)
      .addOption(new Option('--by <group>', 'rank per group').choices(['corpus', 'doc', 'article', 'place']).default('corpus'))
      .addOption(new Option('--method <method>', 'tf-idf against the policy IDF, TextRank, or plain frequency').choices(['tfidf', 'textrank', 'freq']).default('tfidf'))
      .option('--min-count <n>', 'leave out terms seen fewer times than this', parseNonNegativeInt, 1)
      .option('--idf <file>', 'an IDF file made by `policy-cli idf` (default: the built-in policy IDF)'),
  )
    .addHelpText('after', examples('policy-cli keywords seeds/', 'policy-cli keywords seeds/ --by doc --top 5 -o keywords.csv --bom', 'policy-cli keywords reports/ --by place --method textrank'))
    .action(async (inputs: string[], options: KeywordOptions) => {
      const { execute } = await import('../execute.js');
      const rows = await import('../../rows/keywords.js');
      const { loadIdf } = await import('../../extract/keywords/idf.js');
      const by = options.by as import('../../rows/groups.js').GroupBy;
      // A file of the user's is read now, so that a bad one fails before the work; the built-in IDF (~50 ms) only
      // when ranking, which lets the worker threads start that much sooner.
      let idf = options.idf === undefined ? undefined : loadIdf(options.idf);
      const merged: import('../../rows/keywords.js').KeywordGroups = { groups: new Map() };
      await execute(ctx, inputs, options, {
        processor: 'keywords',
        attribute: by === 'place',
        params: { by, method: options.method },
        columns: rows.keywordColumns(by),
        numeric: ['rank', 'score', 'count', 'docs', 'article'],
        merge: (partial) => rows.mergeKeywordGroups(merged, partial as typeof merged),
        finish: () => rows.keywordRows(merged, { by, method: options.method, top: options.top, minCount: options.minCount, idf: (idf ??= loadIdf()) }),
      });
    });
}
