import type { Command } from 'commander';
import type { EntityType } from '../../types.js';
import type { CliContext } from '../execute.js';
import { addCommonOptions, byPlaceOption, collapseReprintsOption, examples, type CommonOptions } from '../options.js';

interface EntityOptions extends CommonOptions {
  type?: string;
  unique: boolean;
  uniqueBy?: string;
}

const SHORTCUTS: { name: string; types: EntityType[]; what: string; example: string }[] = [
  { name: 'officials', types: ['official'], what: 'officials named with their posts (the whole title chain, organisation, role)', example: 'policy-cli officials seeds/ --unique' },
  { name: 'meetings', types: ['meeting', 'event'], what: 'meetings and events: level, organiser, full name, date, location, own or referenced', example: 'policy-cli meetings seeds/' },
  { name: 'places', types: ['place'], what: 'administrative divisions with GB/T 2260 codes, and foreign places', example: 'policy-cli places seeds/ --unique' },
  { name: 'slogans', types: ['slogan'], what: 'numbered policy formulations (两个确立, 八件大事, "1441"工作思路) with their number', example: 'policy-cli slogans seeds/ --unique' },
];

export function registerEntities(program: Command, ctx: CliContext): void {
  addCommonOptions(
    program
      .command('entities')
      .description('officials, persons, meetings, events, places, organisations, slogans and dates, one row per mention')
      .option('-t, --type <list>', 'types to keep: official,person,meeting,event,place,org,slogan,date (default: all)')
      .option('-u, --unique', 'one row per distinct entity across the inputs: titles, mentions, docs, first seen', false)
      .option('--unique-by <key>', 'officials are one person per name and jurisdiction (jurisdiction, the default) or per name (name); implies --unique'),
  )
    .addOption(byPlaceOption())
    .addOption(collapseReprintsOption())
    .addHelpText('after', examples('policy-cli entities seeds/', 'policy-cli entities seeds/ --type official,meeting -f jsonl', 'policy-cli entities reports/ --type official --unique'))
    .action((inputs: string[], options: EntityOptions) => runEntities(ctx, inputs, options, undefined));

  for (const shortcut of SHORTCUTS) {
    addCommonOptions(
      program
        .command(shortcut.name)
        .description(`${shortcut.what} (entities --type ${shortcut.types.join(',')})`)
        .option('-u, --unique', 'one row per distinct entity across the inputs', false)
        .option('--unique-by <key>', 'officials are one person per name and jurisdiction (jurisdiction, the default) or per name (name); implies --unique'),
    )
      .addOption(byPlaceOption())
      .addOption(collapseReprintsOption())
      .addHelpText('after', examples(shortcut.example))
      .action((inputs: string[], options: EntityOptions) => runEntities(ctx, inputs, options, shortcut.types));
  }
}

async function runEntities(ctx: CliContext, inputs: string[], options: EntityOptions, fixed: EntityType[] | undefined): Promise<void> {
  const { execute } = await import('../execute.js');
  const { default: entities, entityParams, parseEntityTypes } = await import('../../commands/entities.js');
  await execute(ctx, inputs, options, entities, entityParams(fixed ?? parseEntityTypes(options.type), options.unique, options.by === 'place', options.uniqueBy));
}
