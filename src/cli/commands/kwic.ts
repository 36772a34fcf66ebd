import type { Command } from 'commander';
import type { CliContext } from '../execute.js';
import { addCommonOptions, byPlaceOption, examples, parsePositiveInt, type CommonOptions } from '../options.js';

interface KwicOptions extends CommonOptions {
  width: number;
}

export function registerKwic(program: Command, ctx: CliContext): void {
  addCommonOptions(
    program
      .command('kwic')
      .description('key word in context: every occurrence of a word, phrase or /regex/, with the text either side')
      .argument('<term>', 'a word, a phrase, or /regex/ (matched in the normalised text: OCR line breaks joined)')
      .option('-w, --width <n>', 'characters of context each side', parsePositiveInt, 20),
  )
    .addOption(byPlaceOption())
    .addHelpText('after', examples('policy-cli kwic 高质量发展 seeds/', "policy-cli kwic '/双招双引|招商引资/' seeds/ --width 30", 'policy-cli kwic 营商环境 reports/ -o kwic.csv --bom'))
    .action(async (term: string, inputs: string[], options: KwicOptions) => {
      const { execute } = await import('../execute.js');
      const { default: kwic } = await import('../../commands/kwic.js');
      const { compileTerm } = await import('../../rows/compare-terms.js');
      compileTerm(term); // a bad /regex/ is a usage error before any work
      await execute(ctx, inputs, options, kwic, { term, width: options.width, byPlace: options.by === 'place' });
    });
}
