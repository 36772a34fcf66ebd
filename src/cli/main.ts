// Builds the program, runs one command, and turns what happened into an exit code:
// 0 success, 1 an input could not be read (or an internal error), 2 a usage error. A broken pipe ends quietly.
import { Command, CommanderError } from 'commander';
import { readFileSync } from 'node:fs';
import { InputError, StrictStop, UsageError } from '../types.js';
import { quietOnBrokenPipe } from './broken-pipe.js';
import { isHelpRequest, saveHelp } from './help-cache.js';
import type { CliContext } from './execute.js';
import { registerCommands } from './commands/index.js';
import { examples } from './options.js';

export interface CliStreams {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
}

export async function run(argv: string[], streams: CliStreams = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  const ctx: CliContext = {
    ...streams,
    exitCode: 0,
    reportInputError(file, reason) {
      streams.stderr.write(`policy-cli: ${file}: ${reason}\n`);
      ctx.exitCode = 1;
    },
  };
  quietOnBrokenPipe(streams.stdout, streams.stderr);
  // What --help or --version prints is kept for the next run with the same arguments (help-cache.ts).
  const helpRequest = isHelpRequest(argv);
  const printed: string[] = [];
  // A run of one command defines that command only (a usage error, help and the rest: every command).
  const program = await buildProgram(ctx, helpRequest ? (text) => printed.push(text) : undefined, argv[0]);
  // Bare `policy-cli` is a mistake, not a request for help: the help goes to stderr and the exit code says so.
  if (argv.length === 0) {
    program.outputHelp({ error: true });
    return 2;
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
    return ctx.exitCode;
  } catch (error) {
    const code = reportError(ctx, error, argv.includes('--debug'));
    if (helpRequest && code === 0 && error instanceof CommanderError) saveHelp(argv, printed.join(''));
    return code;
  }
}

/**
 * The program; `tap` hears what it prints on standard output (help, version). With `only`, the name of a command, the
 * program defines that command alone (and those defined in the same file): what a run of it needs.
 */
export async function buildProgram(ctx: CliContext, tap?: (text: string) => void, only?: string): Promise<Command> {
  const program = new Command('policy-cli')
    .description('Turn Chinese policy news into data: keywords, figures, officials, meetings, places and slogans.')
    .version(packageVersion(), '-V, --version')
    .showHelpAfterError('(add --help for usage)')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => {
        tap?.(s);
        ctx.stdout.write(s);
      },
      writeErr: (s) => ctx.stderr.write(s),
    });
  await registerCommands(program, ctx, only);
  program.addHelpText(
    'after',
    examples(
      'policy-cli keywords seeds/',
      'policy-cli numbers seeds/ -o figures.csv --bom',
      'policy-cli officials reports/ --unique',
      'policy-cli compare seeds/ --by place --terms 高质量发展,营商环境',
      'policy-cli kwic 双招双引 seeds/',
    ) + '\nRun policy-cli <command> --help for its options and output columns.\n',
  );
  program.commands.forEach((c) => c.exitOverride().showHelpAfterError('(add --help for usage)'));
  return program;
}

/** What the user sees of an error that ended the run, and the exit code. Exported for tests. */
export function reportError(ctx: CliContext, error: unknown, debug: boolean): number {
  if (error instanceof CommanderError) {
    // Commander has already printed its message; help and version are not errors.
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0;
    return 2;
  }
  if (error instanceof StrictStop) return 1;
  if (error instanceof UsageError) {
    ctx.stderr.write(`policy-cli: ${error.message}\n`);
    return 2;
  }
  if (error instanceof InputError) {
    ctx.reportInputError(error.file, error.reason);
    return 1;
  }
  const e = error as NodeJS.ErrnoException;
  if (e?.code === 'EPIPE') return 0;
  if (e?.code && e.path) {
    // A file we were asked to write could not be opened: the user's to fix, no stack trace.
    // `ENOENT: no such file or directory, open '/x/out.csv'` → `/x/out.csv: no such file or directory`.
    ctx.stderr.write(`policy-cli: ${e.path}: ${e.message.replace(/^\w+: /, '').replace(/, \w+ '.*'$/, '')}\n`);
    return 1;
  }
  // Our own fault: one short line (the first line of the message), the stack only when asked for.
  const message = (e instanceof Error ? e.message : String(error)).split('\n')[0]!.slice(0, 300);
  ctx.stderr.write(`policy-cli: internal error: ${message}\n`);
  if (debug && e?.stack) ctx.stderr.write(`${e.stack}\n`);
  else ctx.stderr.write('policy-cli: run again with --debug for the stack trace, and please report it\n');
  return 1;
}

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}
