// Every subcommand, in the order --help lists them. Each file holds one command's options and a call into src/.
import type { Command } from 'commander';
import type { CliContext } from '../execute.js';
import { registerKeywords } from './keywords.js';
import { registerNumbers } from './numbers.js';
import { registerIndicators } from './indicators.js';
import { registerEntities } from './entities.js';
import { registerDocs } from './docs.js';
import { registerSegment } from './segment.js';
import { registerIdf } from './idf.js';
import { registerCompare } from './compare.js';
import { registerKwic } from './kwic.js';
import { registerEval } from './eval.js';
import { registerRoster } from './roster.js';

export function registerCommands(program: Command, ctx: CliContext): void {
  registerKeywords(program, ctx);
  registerNumbers(program, ctx);
  registerIndicators(program, ctx);
  registerEntities(program, ctx);
  registerRoster(program, ctx);
  registerDocs(program, ctx);
  registerSegment(program, ctx);
  registerIdf(program, ctx);
  registerCompare(program, ctx);
  registerKwic(program, ctx);
  registerEval(program, ctx);
}
