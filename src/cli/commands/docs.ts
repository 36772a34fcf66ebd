import type { Command } from 'commander';
import type { CliContext } from '../execute.js';
import { addCommonOptions, byPlaceOption, examples, type CommonOptions } from '../options.js';

export function registerDocs(program: Command, ctx: CliContext): void {
  addCommonOptions(
    program.command('docs').description('list the articles of each page: title, date, byline, length, and the place it is about'),
  )
    .addOption(byPlaceOption())
    .addHelpText('after', examples('policy-cli docs seeds/', 'policy-cli docs seeds/ --place 潍坊 -f csv'))
    .action(async (inputs: string[], options: CommonOptions) => {
      const { execute } = await import('../execute.js');
      const { DOCS_COLUMNS } = await import('../../rows/docs.js');
      await execute(ctx, inputs, options, { processor: 'docs', attribute: true, byPlace: options.by === 'place', params: {}, columns: DOCS_COLUMNS, numeric: ['article', 'chars', 'tokens'] });
    });
}
