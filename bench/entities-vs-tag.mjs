#!/usr/bin/env node
// `entities -j1` against the bare script a user would write (`nodejieba.tag` on each file: bench/bare-nodejieba.mjs),
// on a quiet machine and on a loaded one (issue 19: entities ≥ 0.95× the bare tag's speed and ≤ 1.3× its CPU, both
// ways). Rounds interleave the two, alternating which goes first; each figure is the median of the rounds, of the whole
// process (start-up and dictionary loading included), measured by /usr/bin/time: CPU is user + sys of every thread.
// `--busy N` keeps N other processes spinning on the machine while both run (the loaded case).
// Usage: node bench/entities-vs-tag.mjs [--corpus ../shared/corpus] [--rounds 5] [--busy 0] [--cli bin/policy-cli.js]
import { spawn } from 'node:child_process';
import { readdirSync, statSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const repo = fileURLToPath(new URL('..', import.meta.url));
const corpus = option('--corpus', join(repo, '..', 'shared', 'corpus'));
const rounds = Number(option('--rounds', '5'));
const busy = Number(option('--busy', '0'));
const cli = option('--cli', join(repo, 'bin', 'policy-cli.js'));

/** The files the bare script reads: the ones `entities` reads by default (.txt, .md). */
function filesUnder(dir) {
  return readdirSync(dir, { recursive: true })
    .map((name) => join(dir, name))
    .filter((path) => /\.(txt|md)$/i.test(path) && statSync(path).isFile())
    .sort();
}
const tmp = mkdtempSync(join(tmpdir(), 'policy-cli-entities-vs-tag-'));
const list = join(tmp, 'files.txt');
writeFileSync(list, filesUnder(corpus).join('\n'));

/** One whole process through /usr/bin/time: CPU seconds (user + sys) and wall seconds. */
function timed(command) {
  return new Promise((resolve, reject) => {
    const child = spawn('/usr/bin/time', ['-f', '%U %S %e', process.execPath, ...command], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => {
      const [user, sys, wall] = (stderr.trim().split('\n').at(-1) ?? '').split(' ').map(Number);
      if (code !== 0 || !Number.isFinite(wall)) return reject(new Error(`${command.join(' ')} exited ${code}: ${stderr.slice(-500)}`));
      resolve({ cpu: user + sys, wall });
    });
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const spinners = Array.from({ length: busy }, () => spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }));
const load = loadavg()[0];
const runs = { entities: [], tag: [] };
try {
  const entities = () => timed([cli, 'entities', corpus, '-j1', '-f', 'csv']);
  const tag = () => timed([join(repo, 'bench', 'bare-nodejieba.mjs'), 'tag', list]);
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 ? ['tag', 'entities'] : ['entities', 'tag'];
    for (const which of order) runs[which].push(await (which === 'entities' ? entities() : tag()));
  }
} finally {
  for (const spinner of spinners) spinner.kill();
  rmSync(tmp, { recursive: true, force: true });
}
const figure = (which, key) => median(runs[which].map((r) => r[key]));
const speed = figure('tag', 'wall') / figure('entities', 'wall');
const cpu = figure('entities', 'cpu') / figure('tag', 'cpu');
console.log(`${busy} busy process${busy === 1 ? '' : 'es'}, load average ${load.toFixed(2)} at the start, ${rounds} rounds (medians)`);
console.log(`bare tag:      wall ${figure('tag', 'wall').toFixed(2)} s, CPU ${figure('tag', 'cpu').toFixed(2)} s`);
console.log(`entities -j1:  wall ${figure('entities', 'wall').toFixed(2)} s, CPU ${figure('entities', 'cpu').toFixed(2)} s`);
console.log(`entities speed ${speed.toFixed(2)}× the bare tag's (target ≥ 0.95), CPU ${cpu.toFixed(2)}× (target ≤ 1.3)`);
