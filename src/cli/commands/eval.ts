import type { Command } from 'commander';
import type { CliContext } from '../execute.js';
import { addCommonOptions, examples, type CommonOptions } from '../options.js';

interface EvalOptions extends CommonOptions {
  gold: string;
  kind?: string;
  errors: boolean;
}

export function registerEval(program: Command, ctx: CliContext): void {
  addCommonOptions(
    program
      .command('eval')
      .description('score officials, meetings, places, figures and slogans against gold files: precision, recall, F1 per field')
      .requiredOption('--gold <dir>', 'folder of gold TSV files (officials.tsv, meetings.tsv, places.tsv, figures.tsv, slogans.tsv; see README)')
      .option('-k, --kind <list>', 'kinds to score: officials,meetings,places,figures,slogans (default: all)')
      .option('--errors', 'list every miss, false hit and wrong attribute with its context instead of the scores', false),
  )
    .addHelpText('after', examples('policy-cli eval --gold test/eval/gold sample/', 'policy-cli eval --gold test/eval/gold sample/ --kind officials --errors'))
    .action(async (inputs: string[], options: EvalOptions) => {
      const { execute } = await import('../execute.js');
      const { default: evaluate, parseGoldKinds } = await import('../../commands/eval.js');
      const { readGold } = await import('../../eval/gold.js');
      await execute(ctx, inputs, options, evaluate, { gold: readGold(options.gold), kinds: parseGoldKinds(options.kind), errors: options.errors });
    });
}
