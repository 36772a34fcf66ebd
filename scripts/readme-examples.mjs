#!/usr/bin/env node
// Keeps the README's examples true: every fenced block that shows a run of policy-cli is run and its shown output
// compared with what the command prints.
//   node scripts/readme-examples.mjs            check: lists each example that differs, exit 1 if any
//   node scripts/readme-examples.mjs --update   rewrite each example's shown output from a real run (review the diff)
// It builds dist/ first (tsc), which bin/policy-cli.js runs.
//
// The rules (also in README.md, "Development"):
// - A run is a fenced block whose first line is `$ policy-cli …` and that holds no other line starting with `$ `
//   (blocks with several commands are sessions, shown but not run; blocks of any other shape are not run either).
// - The command is run from the repo root by /bin/sh, with `policy-cli` on the PATH being `node bin/policy-cli.js`,
//   colours off. A command with no pipe and no -f/--format/-o/--output gets `-f table`: what a terminal wide enough
//   for the table shows (piped, policy-cli writes CSV; on a terminal it fits the table to the terminal's width).
// - The lines under the command are the output: all of it, or, when the last line is `…` alone, its first lines (the
//   output goes on after them). A shown line ending in `…` that is not printed as such stands for a printed line that
//   begins with the text before the `…`.
// - --update keeps an excerpt's number of lines and cuts each cut line after as many commas (tabs when the line has
//   tabs) as before; an example already true is left as it is, so a second --update changes nothing.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const REPO = fileURLToPath(new URL('../', import.meta.url));
export const README = join(REPO, 'README.md');
export const ELLIPSIS = '…';
const PROMPT = '$ ';
const RUN_PREFIX = '$ policy-cli ';

/**
 * @typedef {{ line: number, command: string, shown: string[], excerpt: boolean }} Example
 * line: the README line (1-based) of the command; shown: the output lines as the README has them, without the
 * closing `…` line of an excerpt.
 */

/** The runs among the README's fenced blocks, and the line numbers of the blocks that are not runs. */
export function findExamples(text) {
  const lines = text.split('\n');
  /** @type {Example[]} */
  const examples = [];
  const notRuns = [];
  for (let i = 0; i < lines.length; i++) {
    const fence = /^(`{3,}|~{3,})/.exec(lines[i]);
    if (!fence) continue;
    let end = i + 1;
    while (end < lines.length && !lines[end].startsWith(fence[1])) end++;
    const body = lines.slice(i + 1, end);
    if (body.length > 0 && body[0].startsWith(RUN_PREFIX) && !body.slice(1).some((l) => l.startsWith(PROMPT))) {
      const excerpt = body.length > 1 && body[body.length - 1] === ELLIPSIS;
      examples.push({
        line: i + 2,
        command: body[0].slice(PROMPT.length),
        shown: body.slice(1, excerpt ? -1 : undefined),
        excerpt,
      });
    } else {
      notRuns.push(i + 1);
    }
    i = end;
  }
  return { examples, notRuns };
}

/** The command as it is run: `-f table` added where a terminal would draw a table (see the rules above). */
export function commandToRun(command) {
  const writesToTerminal = !command.includes('|') && !/(^|\s)(-f|--format|-o|--output)(\s|=|$)/.test(command);
  return writesToTerminal ? `${command} -f table` : command;
}

/** A directory holding a `policy-cli` that runs this checkout's bin/policy-cli.js; remove it when done. */
export function makeShim() {
  const dir = mkdtempSync(join(tmpdir(), 'readme-examples-'));
  const shim = join(dir, 'policy-cli');
  const quote = (s) => `'${s.replaceAll("'", `'\\''`)}'`;
  writeFileSync(shim, `#!/bin/sh\nexec ${quote(process.execPath)} ${quote(join(REPO, 'bin/policy-cli.js'))} "$@"\n`);
  chmodSync(shim, 0o755);
  return dir;
}

/** Runs one example's command; its output as lines (without the last newline), exit code and stderr. */
export function runExample(command, shimDir) {
  const result = spawnSync('/bin/sh', ['-c', commandToRun(command)], {
    cwd: REPO,
    encoding: 'utf8',
    env: { ...process.env, PATH: `${shimDir}${delimiter}${process.env.PATH ?? ''}`, NO_COLOR: '1', FORCE_COLOR: '0' },
    maxBuffer: 256 * 1024 * 1024,
  });
  const stdout = result.stdout ?? '';
  return {
    status: result.status,
    stderr: (result.stderr ?? '') + (result.error ? String(result.error) : ''),
    printed: stdout === '' ? [] : stdout.replace(/\n$/, '').split('\n'),
  };
}

/** Whether a shown line stands for a printed one: the same, or a cut (`text…`) of it. */
export function lineMatches(shown, printed) {
  if (shown === printed) return true;
  if (!shown.endsWith(ELLIPSIS) || shown.length === 1) return false;
  const head = shown.slice(0, -ELLIPSIS.length);
  return printed.startsWith(head) && printed.length > head.length;
}

/** What is wrong with an example's shown output against the printed lines: a message, or undefined when true. */
export function difference(example, printed) {
  const { shown, excerpt } = example;
  if (excerpt && printed.length <= shown.length) {
    return `shows an excerpt (ending in ${ELLIPSIS}) of ${shown.length} line(s), but the command prints only ${printed.length}`;
  }
  if (!excerpt && printed.length !== shown.length) {
    return `shows ${shown.length} line(s), the command prints ${printed.length}` + firstDifference(shown, printed);
  }
  return shown.every((line, i) => lineMatches(line, printed[i])) ? undefined : firstDifference(shown, printed).slice(2);
}

function firstDifference(shown, printed) {
  const i = shown.findIndex((line, k) => k >= printed.length || !lineMatches(line, printed[k]));
  if (i < 0) return '';
  return `: line ${i + 1} of the output differs\n  README:  ${shown[i]}\n  printed: ${printed[i] ?? '(nothing)'}`;
}

/**
 * The shown lines an example should have: the printed ones, as many as the excerpt had when it is one (and the output
 * goes on), each cut line cut again after as many fields.
 */
export function updatedOutput(example, printed) {
  const { shown, excerpt } = example;
  const kept = excerpt && printed.length > shown.length ? shown.length : printed.length;
  return {
    shown: printed.slice(0, kept).map((line, i) => (i < shown.length ? updatedLine(shown[i], line) : line)),
    excerpt: kept < printed.length,
  };
}

function updatedLine(shown, printed) {
  if (lineMatches(shown, printed)) return shown;
  if (!shown.endsWith(ELLIPSIS) || shown.length === 1) return printed;
  const head = shown.slice(0, -ELLIPSIS.length);
  const cut = head.endsWith('\t') || head.endsWith(',') ? afterSeparators(printed, head) : head.length;
  return cut !== undefined && cut < printed.length ? printed.slice(0, cut) + ELLIPSIS : printed;
}

/** Where `printed` has as many fields as `head` (which ends after a comma or tab): just after that separator. */
function afterSeparators(printed, head) {
  const separator = head.includes('\t') ? '\t' : ',';
  let at = -1;
  for (let n = head.split(separator).length - 1; n > 0; n--) {
    at = printed.indexOf(separator, at + 1);
    if (at < 0) return undefined;
  }
  return at + 1;
}

/** The README text with `example`'s block showing `output` (lines, and whether it is an excerpt). */
function replaceOutput(lines, example, output) {
  const start = example.line; // index of the first line after the command
  let end = start;
  while (!/^(`{3,}|~{3,})/.test(lines[end])) end++;
  lines.splice(start, end - start, ...output.shown, ...(output.excerpt ? [ELLIPSIS] : []));
}

function main() {
  const update = process.argv.includes('--update');
  const unknown = process.argv.slice(2).filter((a) => a !== '--update');
  if (unknown.length > 0) {
    console.error('usage: node scripts/readme-examples.mjs [--update]');
    process.exit(2);
  }
  // The examples run bin/policy-cli.js, which runs dist/: build it first, so they never show a stale build's output.
  const tsc = spawnSync(process.execPath, [createRequire(import.meta.url).resolve('typescript/bin/tsc'), '-p', 'tsconfig.json'], {
    cwd: REPO,
    stdio: 'inherit',
  });
  if (tsc.status !== 0) {
    console.error('readme-examples: the build (tsc -p tsconfig.json) failed');
    process.exit(2);
  }
  const text = readFileSync(README, 'utf8');
  const { examples, notRuns } = findExamples(text);
  const shim = makeShim();
  const problems = [];
  const rewritten = [];
  const lines = text.split('\n');
  try {
    // From the last example up, so the line numbers of those before stay right while blocks change length.
    for (const example of [...examples].reverse()) {
      const run = runExample(example.command, shim);
      if (run.status !== 0) {
        problems.push(`README.md:${example.line}: \`${example.command}\` exited with ${run.status}\n${run.stderr}`);
        continue;
      }
      const wrong = difference(example, run.printed);
      if (!wrong) continue;
      if (update) {
        replaceOutput(lines, example, updatedOutput(example, run.printed));
        rewritten.push(`README.md:${example.line}: \`${example.command}\` rewritten (was: ${wrong})`);
      } else problems.push(`README.md:${example.line}: \`${example.command}\` ${wrong}`);
    }
  } finally {
    rmSync(shim, { recursive: true, force: true });
  }
  const updated = lines.join('\n');
  if (updated !== text) writeFileSync(README, updated);
  for (const message of [...rewritten.reverse(), ...problems.reverse()]) console.error(message);
  console.error(
    `${examples.length} example(s) run: ${problems.length} wrong` +
      (update ? `, ${rewritten.length} rewritten${rewritten.length > 0 ? ' (review `git diff README.md`)' : ''}` : '') +
      `; blocks not run (no single \`$ policy-cli\` command) at lines ${notRuns.join(', ')}`,
  );
  process.exit(problems.length > 0 ? 1 : 0);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
