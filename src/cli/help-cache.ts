// `policy-cli --help`, `policy-cli <command> --help` and `--version` print text that depends only on how the program is
// defined, so the text a run printed is kept in the cache folder (src/cache-dir.ts) and the next run with the same
// arguments prints it without loading commander and the command definitions (bin/policy-cli.js asks here first): the
// help then costs about what starting Node costs. A kept text is served only under the key it was printed under: the
// arguments, the width commander wraps help to, the colour settings, and the size and modification time of every file
// the help is made from (our CLI's compiled modules, package.json, commander's own). Anything else, or no cache folder,
// means building the program as usual; the text is the same either way (test/cli/options.test.ts).
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cachedBytes, saveInCache } from '../cache-dir.js';

const FORMAT = 'policy-cli help 1';
const HELP_FLAGS = new Set(['--help', '-h']);
const VERSION_FLAGS = new Set(['--version', '-V']);

/**
 * Whether these arguments only print help or the version: `--help`, `-h`, `--version`, `-V`, or a command name followed
 * by `--help` or `-h`. Other ways of asking (`help keywords`) simply build the program.
 */
export function isHelpRequest(argv: readonly string[]): boolean {
  if (argv.length === 1) return HELP_FLAGS.has(argv[0]!) || VERSION_FLAGS.has(argv[0]!);
  return argv.length === 2 && /^[a-z][a-z-]*$/.test(argv[0]!) && HELP_FLAGS.has(argv[1]!);
}

/** The folder of the compiled CLI (dist/cli), and the package's root. */
const CLI_DIR = dirname(fileURLToPath(import.meta.url));
const ROOT = join(CLI_DIR, '..', '..');

/**
 * The files whose contents make the help: the compiled CLI (dist/cli and dist/cli/commands, which define every
 * command and option), the modules they import values from, package.json (the version), and commander.
 */
function sourceFiles(): string[] {
  const files: string[] = [];
  for (const dir of [CLI_DIR, join(CLI_DIR, 'commands')]) {
    // .js when compiled; .ts when the tests run the sources.
    for (const name of readdirSync(dir).sort()) if (/\.[jt]s$/.test(name)) files.push(join(dir, name));
  }
  files.push(join(ROOT, 'dist', 'types.js'), join(ROOT, 'dist', 'corpus', 'shard.js'), join(ROOT, 'package.json'));
  const commander = commanderDir();
  for (const name of ['package.json', 'index.js', 'lib/command.js', 'lib/help.js', 'lib/option.js', 'lib/argument.js', 'lib/error.js']) {
    files.push(join(commander, name));
  }
  return files;
}

/** commander's folder, found as Node finds it from here: the nearest node_modules that holds it. */
function commanderDir(): string {
  for (let dir = CLI_DIR; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', 'commander');
    try {
      if (statSync(candidate).isDirectory()) return candidate;
    } catch {
      // not here
    }
    if (dirname(dir) === dir) throw new Error('commander not found');
  }
}

/**
 * The key a text is kept under: the arguments, what commander reads of the terminal and the environment (the help
 * width: standard output's columns when it is a terminal, else 80; colours), and each source file's size and time.
 */
export function helpKey(argv: readonly string[], stdout: { isTTY?: boolean; columns?: number } = process.stdout, env: NodeJS.ProcessEnv = process.env): string {
  const sources = sourceFiles().map((file) => {
    const { size, mtimeMs } = statSync(file);
    return `${file} ${size} ${mtimeMs}`;
  });
  const colour = [env.NO_COLOR, env.FORCE_COLOR, env.CLICOLOR_FORCE].map((v) => v ?? '-').join(' ');
  return JSON.stringify([FORMAT, argv, stdout.isTTY ? stdout.columns : 'no terminal', colour, ...sources]);
}

function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** The cache file of a key: its first line is the key itself, so that a file is never served under another key. */
function fileName(key: string): string {
  return `help-${fnv1a(key)}.txt`;
}

/** Where the text is kept, and what commander reads of the terminal and environment (see helpKey); for tests. */
export interface HelpCacheOptions {
  dir?: string;
  stdout?: { isTTY?: boolean; columns?: number };
  env?: NodeJS.ProcessEnv;
}

/** The text a run with these arguments printed, kept in the cache folder; undefined when none was. */
export function cachedHelp(argv: readonly string[], options: HelpCacheOptions = {}): string | undefined {
  if (!isHelpRequest(argv)) return undefined;
  try {
    const key = helpKey(argv, options.stdout, options.env);
    const dir = options.dir;
    const bytes = cachedBytes(fileName(key), dir);
    if (!bytes) return undefined;
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
    const newline = text.indexOf('\n');
    return newline >= 0 && text.slice(0, newline) === key ? text.slice(newline + 1) : undefined;
  } catch {
    return undefined; // a source file gone, no commander found: the program is built and says what is wrong
  }
}

/** Keep what a run with these arguments printed on standard output (best effort; see cachedHelp). */
export function saveHelp(argv: readonly string[], text: string, options: HelpCacheOptions = {}): void {
  if (!isHelpRequest(argv) || text.length === 0) return;
  try {
    const key = helpKey(argv, options.stdout, options.env);
    saveInCache(fileName(key), `${key}\n${text}`, { dir: options.dir, prune: { prefix: 'help-', keep: 16 } });
  } catch {
    // a source file gone: nothing kept
  }
}
