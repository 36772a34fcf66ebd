import type { Command } from 'commander';
import type { CliContext } from '../execute.js';
import { addCommonOptions, examples, type CommonOptions } from '../options.js';

interface RosterOptions extends CommonOptions {
  changes: boolean;
  asOf?: string;
}

export function registerRoster(program: Command, ctx: CliContext): void {
  addCommonOptions(
    program
      .command('roster')
      .description('who held which post, where, when: one row per person × post × place, with first and last seen (article dates) and evidence')
      .option('--changes', 'one row per change of holder of a post held by one person at a time (书记, 省长, 市长…), with evidence and any notice', false)
      .option('--as-of <date>', 'the roster on a date (YYYY-MM-DD, YYYY-MM or YYYY): holders seen on or before it and not replaced'),
  )
    .addHelpText('after', examples('policy-cli roster rmrb-2020-01.jsonl', 'policy-cli roster news/ --changes -f csv', 'policy-cli roster news/ --as-of 2020-01-31 --place 湖北'))
    .action(async (inputs: string[], options: RosterOptions) => {
      const { execute } = await import('../execute.js');
      const { default: roster, parseAsOf } = await import('../../commands/roster.js');
      await execute(ctx, inputs, options, roster, { changes: options.changes, ...(options.asOf !== undefined ? { asOf: parseAsOf(options.asOf) } : {}) });
    });
}
