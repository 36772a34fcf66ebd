#!/usr/bin/env node
// What `--jobs 2` gains against its ceiling: two independent `-j1` processes, each on half of the same input (issue
// 19). Builds N copies of the corpus as hard links (copies where links fail), then for each round and command runs,
// through /usr/bin/time: `-j1` over all of them, `-j2` over all of them, and two `-j1` processes at once over the two
// halves. Prints wall and CPU seconds (user+sys, every thread) and peak RSS of each, and the speed-ups over `-j1`.
//
//   node bench/jobs-ceiling.mjs [--copies 12] [--rounds 3] [--commands entities,keywords,numbers,segment]
//                               [--corpus DIR] [--cli bin/policy-cli.js] [--tmp DIR] [--keep]
import { spawn } from 'node:child_process';
import { copyFileSync, linkSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i === -1 ? fallback : args[i + 1];
};
const copies = Number(option('copies', '12'));
const rounds = Number(option('rounds', '3'));
const commands = option('commands', 'entities,keywords,numbers,segment').split(',');
// The corpus CI keeps beside the repo (../shared), as scripts/eval.mjs finds it.
const corpus = resolve(option('corpus', join(process.env.POLICY_CLI_CORPUS ?? fileURLToPath(new URL('../../shared', import.meta.url)), 'corpus')));
const cli = resolve(option('cli', 'bin/policy-cli.js'));
const tmp = resolve(option('tmp', join(tmpdir(), `jobs-ceiling-${process.pid}`)));
const keep = args.includes('--keep');

/** `from` mirrored under `to`, file by file: hard links, or copies where the file system refuses them. */
function mirror(from, to) {
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from)) {
    const source = join(from, name);
    const target = join(to, name);
    if (statSync(source).isDirectory()) mirror(source, target);
    else {
      try {
        linkSync(source, target);
      } catch {
        copyFileSync(source, target);
      }
    }
  }
}

/** N copies of the corpus, `all/cK` for K = 1…N, and the two halves as lists of those folders. */
function build() {
  const dirs = [];
  for (let k = 1; k <= copies; k++) {
    const dir = join(tmp, 'all', `c${k}`);
    mirror(corpus, dir);
    dirs.push(dir);
  }
  const half = Math.ceil(dirs.length / 2);
  return { all: dirs, halves: [dirs.slice(0, half), dirs.slice(half)] };
}

/** One command line through /usr/bin/time: wall, CPU (user + sys) and peak RSS in MB; output to /dev/null. */
function timed(argv) {
  return new Promise((done, fail) => {
    const child = spawn('/usr/bin/time', ['-f', '%e %U %S %M', ...argv], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (chunk) => (err += chunk));
    child.on('close', (code) => {
      if (code !== 0) return fail(new Error(`${argv.join(' ')} exited ${code}: ${err.slice(0, 400)}`));
      const [wall, user, sys, kb] = err.trim().split('\n').at(-1).split(' ').map(Number);
      done({ wall, cpu: user + sys, peakMB: kb / 1024 });
    });
  });
}

const run = (command, jobs, inputs) => timed([process.execPath, cli, command, `-j${jobs}`, '-f', 'csv', ...inputs]);

/** Two processes at once: wall until both end, CPU of both, the larger peak. */
async function twoProcesses(command, halves) {
  const started = performance.now();
  const [a, b] = await Promise.all(halves.map((half) => run(command, 1, half)));
  return { wall: (performance.now() - started) / 1000, cpu: a.cpu + b.cpu, peakMB: Math.max(a.peakMB, b.peakMB) };
}

/** Bytes of the files under `dir`. */
function bytesOf(dir) {
  let total = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = statSync(path);
    total += stat.isDirectory() ? bytesOf(path) : stat.size;
  }
  return total;
}

const { all, halves } = build();
const mb = (copies * bytesOf(corpus)) / 2 ** 20;
console.log(`# ${cli}: ${copies} copies of ${corpus} (${mb.toFixed(0)} MB); load ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`);
console.log(['round', 'command', 'j1_wall', 'j2_wall', 'two_wall', 'j2_speedup', 'two_speedup', 'j1_cpu', 'j2_cpu', 'two_cpu', 'j2_peak_MB', 'load'].join('\t'));
try {
  for (let round = 1; round <= rounds; round++) {
    for (const command of commands) {
      const one = await run(command, 1, all);
      const two = await run(command, 2, all);
      const pair = await twoProcesses(command, halves);
      const load = readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
      const f = (x) => x.toFixed(2);
      console.log([round, command, f(one.wall), f(two.wall), f(pair.wall), f(one.wall / two.wall), f(one.wall / pair.wall), f(one.cpu), f(two.cpu), f(pair.cpu), two.peakMB.toFixed(0), load].join('\t'));
    }
  }
} finally {
  if (!keep) rmSync(tmp, { recursive: true, force: true });
}
