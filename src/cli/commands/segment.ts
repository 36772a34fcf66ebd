import type { Command } from 'commander';
import type { CliContext } from '../execute.js';
import { addCommonOptions, byPlaceOption, examples, type CommonOptions } from '../options.js';

export function registerSegment(program: Command, ctx: CliContext): void {
  addCommonOptions(
    program
      .command('segment')
      .description('cut each article into words (nodejieba with the policy dictionary): one row per article')
      .option('--pos', 'add part-of-speech tags as word/tag', false),
  )
    .addOption(byPlaceOption())
    .addHelpText('after', examples('policy-cli segment seeds/ | head -3', 'policy-cli segment --pos -f jsonl report.txt'))
    .action(async (inputs: string[], options: CommonOptions & { pos: boolean }) => {
      const { execute } = await import('../execute.js');
      const { default: segment } = await import('../../commands/segment.js');
      await execute(ctx, inputs, options, segment, { pos: options.pos, byPlace: options.by === 'place' });
    });
}
