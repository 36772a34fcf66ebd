// Spawns the real bin/policy-cli.js (compiled code, as a user runs it) and collects what it printed.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
const BIN = fileURLToPath(new URL('../../bin/policy-cli.js', import.meta.url));

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], opts: { input?: string | Buffer; cwd?: string; env?: Record<string, string> } = {}): CliResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? REPO,
    input: opts.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '0', ...opts.env },
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: withoutEngineNotice(result.stderr) };
}

/**
 * stderr without the one line a checkout whose binding did not build prints (`segmenting with nodejieba (our faster
 * binding is not built: …)`): the end-to-end tests hold on such a checkout too (scripts/check-binding-fallback.sh),
 * and test/unit/nlp/engines.test.ts checks the notice itself.
 */
export function withoutEngineNotice(stderr: string): string {
  return stderr.replace(/^policy-cli: segmenting with nodejieba \(our faster binding is not built: .*\)\n/m, '');
}

/** Parse JSON Lines output into objects. */
export function jsonl(stdout: string): Record<string, unknown>[] {
  return stdout
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}
