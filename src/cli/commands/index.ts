// Every subcommand, in the order --help lists them. Each file holds one command's options and a call into src/ (entities.ts
// also its shortcuts: officials, meetings, places, slogans). A run of one command imports and defines only its file:
// the others' modules and their ~200 options were a tenth of what a small run spent before reading its input.
import type { Command } from 'commander';
import type { CliContext } from '../execute.js';

type Register = (program: Command, ctx: CliContext) => void;

/** The files, in --help order, each with the commands it defines. */
export const COMMAND_FILES: ReadonlyArray<{ commands: readonly string[]; load: () => Promise<Register> }> = [
  { commands: ['keywords'], load: async () => (await import('./keywords.js')).registerKeywords },
  { commands: ['numbers'], load: async () => (await import('./numbers.js')).registerNumbers },
  { commands: ['indicators'], load: async () => (await import('./indicators.js')).registerIndicators },
  { commands: ['entities', 'officials', 'meetings', 'places', 'slogans'], load: async () => (await import('./entities.js')).registerEntities },
  { commands: ['roster'], load: async () => (await import('./roster.js')).registerRoster },
  { commands: ['docs'], load: async () => (await import('./docs.js')).registerDocs },
  { commands: ['segment'], load: async () => (await import('./segment.js')).registerSegment },
  { commands: ['idf'], load: async () => (await import('./idf.js')).registerIdf },
  { commands: ['compare'], load: async () => (await import('./compare.js')).registerCompare },
  { commands: ['kwic'], load: async () => (await import('./kwic.js')).registerKwic },
  { commands: ['eval'], load: async () => (await import('./eval.js')).registerEval },
];

/** Define the commands: those of the file that defines `only` when it names a command, else every one. */
export async function registerCommands(program: Command, ctx: CliContext, only?: string): Promise<void> {
  const own = COMMAND_FILES.find((file) => only !== undefined && file.commands.includes(only));
  const registers = await Promise.all((own ? [own] : COMMAND_FILES).map((file) => file.load()));
  for (const register of registers) register(program, ctx);
}
