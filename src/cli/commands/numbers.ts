import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { CliContext } from '../execute.js';
import { addCommonOptions, collapseReprintsOption, byPlaceOption, collect, examples, parseNumber, type CommonOptions } from '../options.js';

interface NumberOptions extends CommonOptions {
  kind?: string;
  unit?: string;
  metric?: string;
  min?: number;
  max?: number;
  indicators: string[];
}

export function registerNumbers(program: Command, ctx: CliContext): void {
  addCommonOptions(
    program
      .command('numbers')
      .description('every figure in the text, multiplied out (153.7亿元 → 15370000000 元), with its unit, change and what it measures')
      .option('--kind <list>', 'kinds to keep: amount,count,percent,ratio,rank,date,year,period,ordinal,code or all (default: amount,count,percent,ratio,rank)')
      .option('--unit <list>', 'units to keep, comma-separated (元,%,百分点,万亩…: the base unit as printed in the unit column)')
      .option('--metric <text>', 'keep figures whose metric contains TEXT, or matches /regex/')
      .option('--min <value>', 'keep figures whose value is at least this', parseNumber)
      .option('--max <value>', 'keep figures whose value is at most this', parseNumber)
      .option('--indicators <file>', 'more indicators for the indicator column (key, name, measure, unit, surfaces; tab-separated, as src/data/indicators.tsv); repeatable', collect, []),
  )
    .addOption(byPlaceOption())
    .addOption(collapseReprintsOption())
    .addHelpText('after', examples('policy-cli numbers seeds/', 'policy-cli numbers seeds/ --kind percent --metric 增长', 'policy-cli numbers reports/ --unit 元 --min 1e8 -o amounts.csv --bom'))
    .action(async (inputs: string[], options: NumberOptions) => {
      const { execute } = await import('../execute.js');
      const { default: numbers, parseNumberKinds } = await import('../../commands/numbers.js');
      const { compileTextMatcher } = await import('../../rows/text-matcher.js');
      if (options.metric) compileTextMatcher(options.metric); // a bad /regex/ is a usage error before any work
      await execute(ctx, inputs, options, numbers, {
        kinds: parseNumberKinds(options.kind),
        units: options.unit?.split(',').map((u) => u.trim()).filter(Boolean),
        metric: options.metric,
        min: options.min,
        max: options.max,
        indicatorFiles: options.indicators.map((file) => resolve(file)),
        byPlace: options.by === 'place',
      });
    });
}
