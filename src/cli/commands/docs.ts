import type { Command } from 'commander';
import type { CliContext } from '../execute.js';
import { addCommonOptions, addCountsOptions, byPlaceOption, examples, type CommonOptions } from '../options.js';

export function registerDocs(program: Command, ctx: CliContext): void {
  addCountsOptions(
    addCommonOptions(
      program.command('docs').description('list the articles of each page: title, date, byline, length, and the place it is about'),
    ),
  )
    .addOption(byPlaceOption())
    .addHelpText('after', examples(
        'policy-cli docs seeds/',
        'policy-cli docs seeds/ --place 潍坊 -f csv',
        'policy-cli docs corpus/ --shard 1/2 --emit counts -o 1.counts; policy-cli docs --from-counts 1.counts --from-counts 2.counts -f jsonl',
      ))
    .action(async (inputs: string[], options: CommonOptions) => {
      const { execute } = await import('../execute.js');
      const { default: docs } = await import('../../commands/docs.js');
      await execute(ctx, inputs, options, docs, { byPlace: options.by === 'place' });
    });
}
