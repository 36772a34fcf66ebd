import { resolve } from 'node:path';
import type { Command } from 'commander';
import { Option } from 'commander';
import type { CliContext } from '../execute.js';
import { addCommonOptions, collect, examples, type CommonOptions } from '../options.js';

interface IndicatorOptions extends CommonOptions {
  indicator?: string;
  modality?: string;
  wide?: boolean | string;
  indicators: string[];
}

export function registerIndicators(program: Command, ctx: CliContext): void {
  addCommonOptions(
    program
      .command('indicators')
      .description("a report's targets and outcomes: one row per place × indicator × year × modality (target, actual, forecast, plan_average)")
      .option('--indicator <list>', 'indicators to keep, comma-separated keys (gdp_growth,cpi_growth…: see src/data/indicators.tsv)')
      .option('--modality <list>', 'modalities to keep: target,actual,forecast,plan_average,other')
      .addOption(new Option('--wide [by]', 'one row per place × indicator × year with a column per modality (or `--wide year`: per modality, a column per year)').choices(['modality', 'year']))
      .option('--indicators <file>', 'more indicators (key, name, measure, unit, surfaces; tab-separated, as src/data/indicators.tsv); a key already there is replaced; repeatable', collect, []),
  )
    .addHelpText('after', examples('policy-cli indicators reports/ --indicator gdp_growth', 'policy-cli indicators reports/national_* --indicator gdp_growth --modality target,actual --wide', 'policy-cli indicators reports/ --indicators my-indicators.tsv -o indicators.csv --bom'))
    .action(async (inputs: string[], options: IndicatorOptions) => {
      const { execute } = await import('../execute.js');
      const { default: indicators, parseIndicatorKeys, parseModalities } = await import('../../commands/indicators.js');
      const indicatorFiles = options.indicators.map((file) => resolve(file));
      await execute(ctx, inputs, options, indicators, {
        indicatorFiles,
        indicators: parseIndicatorKeys(options.indicator, indicatorFiles),
        modalities: parseModalities(options.modality),
        wide: options.wide === undefined || options.wide === false ? undefined : options.wide === true ? 'modality' : (options.wide as 'modality' | 'year'),
      });
    });
}
