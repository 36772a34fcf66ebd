// A run of one command defines only the file of that command: the table that says which file defines which commands
// must say what each file defines.
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { COMMAND_FILES, registerCommands } from '../../../src/cli/commands/index.js';
import type { CliContext } from '../../../src/cli/execute.js';

const ctx = { stdout: process.stdout, stderr: process.stderr, exitCode: 0, reportInputError: () => {} } as unknown as CliContext;

describe('COMMAND_FILES', () => {
  it.each(COMMAND_FILES.map((file) => [file.commands.join(', '), file] as const))('names what its file defines: %s', async (_, file) => {
    const program = new Command('policy-cli');
    (await file.load())(program, ctx);
    expect(program.commands.map((c) => c.name())).toEqual(file.commands);
  });

  it('defines every command in --help order, or the file of the one named', async () => {
    const all = new Command('policy-cli');
    await registerCommands(all, ctx);
    expect(all.commands.map((c) => c.name())).toEqual(COMMAND_FILES.flatMap((file) => file.commands));
    for (const [name, expected] of [['officials', ['entities', 'officials', 'meetings', 'places', 'slogans']], ['keywords', ['keywords']], ['--help', undefined], ['nosuch', undefined]] as const) {
      const program = new Command('policy-cli');
      await registerCommands(program, ctx, name);
      expect(program.commands.map((c) => c.name())).toEqual(expected ?? all.commands.map((c) => c.name()));
    }
  });
});
