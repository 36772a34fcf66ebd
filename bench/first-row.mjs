#!/usr/bin/env node
// Time to the first row (issue 19: ≤ 0.3 s after `node -e 0`) and `--help` (≤ 40 ms over it): for each seed and
// command, the wall time from spawning `node bin/policy-cli.js COMMAND SEED -f csv` to the first data row on stdout
// (the header is the first line), against `node -e 0` spawned the same way in the same round. Rounds interleave all
// runs, so a change in the machine's load falls on each; figures are medians over the rounds. The dictionary image
// and the other caches are warm (a first run after install builds them: that run is not timed).
// Usage: node bench/first-row.mjs [--rounds 7] [--commands keywords,entities] [--seeds DIR] [--cli bin/policy-cli.js]
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const repo = fileURLToPath(new URL('..', import.meta.url));
const rounds = Number(option('--rounds', '7'));
const commands = option('--commands', 'keywords,entities').split(',');
const seedsDir = option('--seeds', join(repo, 'seeds'));
const cli = option('--cli', join(repo, 'bin', 'policy-cli.js'));
const seeds = readdirSync(seedsDir).filter((name) => name.endsWith('.txt')).sort();

/** Seconds from spawn to the moment `ready(stdoutSoFar)` holds (or to exit when `ready` is undefined). */
function timed(argv, ready) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const seconds = () => Number(process.hrtime.bigint() - started) / 1e9;
    const child = spawn(process.execPath, argv, { stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    let at;
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (at === undefined && ready?.(out)) at = seconds();
    });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(at ?? seconds()) : reject(new Error(`${argv.join(' ')} exited ${code}`))));
  });
}

const secondLine = (out) => out.split('\n').length > 2;
const firstLine = (out) => out.includes('\n');
const runs = [
  { name: 'node -e 0', argv: ['-e', '0'] },
  { name: '--help (first line)', argv: [cli, '--help'], ready: firstLine },
  { name: '--help (exit)', argv: [cli, '--help'] },
  ...commands.flatMap((command) => seeds.map((seed) => ({ name: `${command} ${seed.slice(0, 3)}`, argv: [cli, command, join(seedsDir, seed), '-f', 'csv'], ready: secondLine }))),
];

const load = loadavg()[0];
for (const run of runs) await timed(run.argv, run.ready); // warm the caches and the page cache
const times = new Map(runs.map((run) => [run.name, []]));
for (let round = 0; round < rounds; round++) {
  // Each round in another order: what runs before a run (and warms or loads the machine) changes.
  const order = round % 2 ? [...runs].reverse() : runs;
  for (const run of order) times.get(run.name).push(await timed(run.argv, run.ready));
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const bare = median(times.get('node -e 0'));
console.log(`${'run'.padEnd(22)} ${'median s'.padStart(9)} ${'over node -e 0'.padStart(15)}`);
for (const run of runs) {
  const m = median(times.get(run.name));
  console.log(`${run.name.padEnd(22)} ${m.toFixed(3).padStart(9)} ${run.name === 'node -e 0' ? '' : `${(1000 * (m - bare)).toFixed(0).padStart(12)} ms`}`);
}
console.log(`median of ${rounds} interleaved rounds; load average ${load.toFixed(2)} before, ${loadavg()[0].toFixed(2)} after`);
