// A run whose workers fill every core starts itself again as `node --single-threaded-gc …`, and this process only
// waits for it. V8 collects garbage with helper threads beside each isolate; at -j1 they use a core the run leaves idle,
// but when the workers take every core they can only take time from the workers: on 2 cores `entities -j2` spent about
// a tenth of its time there, and two independent processes ran that much faster. V8 reads the flag once, when the
// process starts (v8.setFlagsFromString before the workers exist changes nothing), hence a new process.
import { spawn } from 'node:child_process';
import { constants } from 'node:os';

/** The V8 options of the relaunched process. */
export const RELAUNCH_FLAGS: readonly string[] = ['--single-threaded-gc'];

/** `POLICY_CLI_RELAUNCH=off` keeps every run in its first process (to measure what relaunching gains). */
export const RELAUNCH_SWITCH = 'POLICY_CLI_RELAUNCH';

/**
 * Should a run of `jobs` workers on `cores` cores start again with RELAUNCH_FLAGS: when the workers fill every core,
 * unless this process already has the flags or the switch is off.
 */
export function wantsRelaunch(
  jobs: number,
  cores: number,
  env: NodeJS.ProcessEnv = process.env,
  execArgv: readonly string[] = process.execArgv,
): boolean {
  if (env[RELAUNCH_SWITCH] === 'off') return false;
  if (RELAUNCH_FLAGS.every((flag) => execArgv.includes(flag))) return false;
  return jobs >= 2 && jobs >= cores;
}

/** Is this the relaunched process (said with --debug)? */
export function isRelaunched(execArgv: readonly string[] = process.execArgv): boolean {
  return RELAUNCH_FLAGS.every((flag) => execArgv.includes(flag));
}

/**
 * Run the same command line (`script` with `argv`) in a new Node process with RELAUNCH_FLAGS, sharing standard input,
 * output and error, and resolve with its exit code. A signal sent to this process is passed on; a child ended by one
 * of those signals ends this process by the same signal, so the shell sees what it would have seen (any other signal,
 * a crash: 128 + its number, as a shell reports it).
 */
export function relaunch(script: string, argv: readonly string[]): Promise<number> {
  const child = spawn(process.execPath, [...RELAUNCH_FLAGS, ...process.execArgv, script, ...argv], { stdio: 'inherit' });
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
  // Ctrl-C reaches both processes; this one stays until the child has cleaned up (a temporary -o file) and ended.
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  for (const signal of signals) process.on(signal, forward);
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      for (const s of signals) process.removeListener(s, forward);
      if (signal && (signals as readonly string[]).includes(signal)) process.kill(process.pid, signal);
      else resolve(signal ? 128 + (constants.signals[signal] ?? 0) : (code ?? 1));
    });
  });
}
