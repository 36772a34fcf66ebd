// What users see when something goes wrong: one short line naming the file or option, a stack trace only with --debug.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { reportError } from '../../src/cli/main.js';
import type { CliContext } from '../../src/cli/execute.js';
import { processFile } from '../../src/pipeline/process-file.js';
import { taskOf } from '../../src/pipeline/task.js';
import type { CommandSpec } from '../../src/commands/command.js';
import { InputError, UsageError } from '../../src/types.js';
import { runCli } from '../cli/run-cli.js';

vi.setConfig({ testTimeout: 60_000 });

function fakeContext(): { ctx: CliContext; err: () => string } {
  let err = '';
  const stream = (sink: (s: string) => void) => ({ write: (s: string) => (sink(s), true) }) as unknown as NodeJS.WriteStream;
  const ctx: CliContext = {
    stdout: stream(() => {}),
    stderr: stream((s) => (err += s)),
    exitCode: 0,
    reportInputError(file, reason) {
      err += `policy-cli: ${file}: ${reason}\n`;
      ctx.exitCode = 1;
    },
  };
  return { ctx, err: () => err };
}

describe('reportError', () => {
  const bug = new TypeError("Cannot read properties of undefined (reading 'start')\n    at somewhere");
  it.each([
    ['an internal error', bug, false, 1, /^policy-cli: internal error: Cannot read properties of undefined \(reading 'start'\)\npolicy-cli: run again with --debug for the stack trace, and please report it\n$/],
    ['an internal error with --debug', bug, true, 1, /^policy-cli: internal error: Cannot read[^\n]*\nTypeError: [\s\S]*\n\s+at /],
    ['an unreadable input', new InputError('a.txt', 'permission denied'), false, 1, /^policy-cli: a\.txt: permission denied\n$/],
    ['a usage error', new UsageError('--kind: unknown kind'), false, 2, /^policy-cli: --kind: unknown kind\n$/],
    ['an output file that cannot be opened', Object.assign(new Error("ENOENT: no such file or directory, open '/x/out.csv'"), { code: 'ENOENT', path: '/x/out.csv' }), false, 1, /^policy-cli: \/x\/out\.csv: no such file or directory\n$/],
    ['a broken pipe', Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }), false, 0, /^$/],
  ])('%s', (_what, error, debug, code, stderr) => {
    const { ctx, err } = fakeContext();
    expect(reportError(ctx, error, debug)).toBe(code);
    expect(err()).toMatch(stderr);
    if (!debug) expect(err()).not.toMatch(/\n\s+at /);
  });
});

describe('an internal error on one file', () => {
  it('fails that file only, with a short reason and the stack kept for --debug', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'policy-cli-bug-'));
    writeFileSync(join(dir, 'page.txt'), '市委经济工作会议召开\n会议强调，要坚定信心。\n');
    const boom: CommandSpec<object> = {
      url: import.meta.url,
      needs: () => ({ attribute: false, segmentation: 'none' }),
      columns: () => [],
      numeric: [],
      processFile: () => {
        throw new RangeError('Maximum call stack size exceeded');
      },
    };
    const result = await processFile({ path: join(dir, 'page.txt'), doc: 'page.txt' }, taskOf(boom, {}, { dicts: [] }), boom);
    expect(result.rows).toEqual([]);
    expect(result.error).toBe('internal error: Maximum call stack size exceeded (please report it; --debug shows where)');
    expect(result.stack).toMatch(/RangeError: Maximum call stack size exceeded\n\s+at /);
  });
});

describe('bad option values are usage errors, not crashes', () => {
  // cppjieba aborts the process (exit 134) on a dictionary it cannot open: we must catch it first.
  it.each([
    [['--dict', '/no/such/dict.txt'], /^policy-cli: --dict \/no\/such\/dict\.txt: no such file\n$/],
    [['--dict', 'seeds'], /^policy-cli: --dict seeds: not a file\n$/],
    [['--dict', 'a|b.txt'], /holds \| or ;/],
  ])('%j', (args, stderr) => {
    const result = runCli(['docs', 'seeds/000_5ad3a02533805057.txt', '-j', '1', ...args]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(stderr);
  });

  it('an output file in a missing folder: one line, exit 1', () => {
    const result = runCli(['docs', 'seeds/000_5ad3a02533805057.txt', '-j', '1', '-o', '/no/such/dir/out.csv']);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('policy-cli: /no/such/dir/out.csv: no such file or directory\n');
  });
});
