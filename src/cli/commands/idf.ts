import type { Command } from 'commander';
import type { CliContext } from '../execute.js';
import { addCommonOptions, examples, type CommonOptions } from '../options.js';

export function registerIdf(program: Command, ctx: CliContext): void {
  addCommonOptions(
    program
      .command('idf')
      .description('build an IDF table from your own corpus (jieba format: word idf tag per line), for keywords --idf'),
  )
    .addHelpText('after', examples('policy-cli idf my-corpus/ -o my.idf', 'policy-cli keywords new-reports/ --idf my.idf'))
    .action(async (inputs: string[], options: CommonOptions) => {
      const { execute } = await import('../execute.js');
      const { IdfBuilder } = await import('../../extract/keywords/idf.js');
      const { reviveIdfBuilder } = await import('../../rows/idf.js');
      const builder = new IdfBuilder();
      await execute(ctx, inputs, options, {
        processor: 'idf',
        attribute: false,
        params: {},
        columns: [],
        merge: (partial) => builder.merge(reviveIdfBuilder(partial)),
        // The file is jieba's IDF format whatever --format says, so that jieba and keywords --idf both read it.
        formatter: { begin: () => '', row: () => '', end: () => builder.toText() },
      });
    });
}
