// runCli without blocking: the robustness tests spawn the CLI a few dozen times, two at a time.
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { REPO, withoutEngineNotice, type CliResult } from '../cli/run-cli.js';

const BIN = fileURLToPath(new URL('../../bin/policy-cli.js', import.meta.url));

export interface RunOptions {
  cwd?: string;
  env?: Record<string, string>;
  /** Run as another program (e.g. `setpriv … node`): the command and its arguments before the CLI's path. */
  prefix?: string[];
}

export function runCliAsync(args: string[], opts: RunOptions = {}): Promise<CliResult> {
  const [command, ...before] = opts.prefix ?? [process.execPath];
  return new Promise((resolve, reject) => {
    const child = spawn(command!, [...before, BIN, ...args], {
      cwd: opts.cwd ?? REPO,
      env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '0', ...opts.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout: Buffer.concat(out).toString('utf8'), stderr: withoutEngineNotice(Buffer.concat(err).toString('utf8')) }));
  });
}

/** Run many CLI calls, at most `limit` at once, results in the order asked. */
export async function runAll(calls: Array<[string[], RunOptions?]>, limit = Math.max(2, availableParallelism())): Promise<CliResult[]> {
  const results: CliResult[] = new Array(calls.length);
  let next = 0;
  const lane = async () => {
    while (next < calls.length) {
      const i = next++;
      results[i] = await runCliAsync(calls[i]![0], calls[i]![1]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, calls.length) }, lane));
  return results;
}
