import type { Command } from 'commander';
import type { CliContext } from '../execute.js';
import { addCommonOptions, addCountsOptions, examples, type CommonOptions } from '../options.js';

export function registerIdf(program: Command, ctx: CliContext): void {
  addCountsOptions(
    addCommonOptions(
      program
        .command('idf')
        .description('build an IDF table from your own corpus (jieba format: word idf tag per line), for keywords --idf'),
      'own-format',
    ),
  )
    .addHelpText(
      'after',
      examples(
        'policy-cli idf my-corpus/ -o my.idf',
        'policy-cli keywords new-reports/ --idf my.idf',
        'policy-cli idf corpus/ --shard 1/2 --emit counts -o 1.counts; policy-cli idf --from-counts 1.counts --from-counts 2.counts -o my.idf',
      ),
    )
    .action(async (inputs: string[], options: CommonOptions) => {
      const { execute } = await import('../execute.js');
      const { default: idf } = await import('../../commands/idf.js');
      await execute(ctx, inputs, options, idf, {});
    });
}
