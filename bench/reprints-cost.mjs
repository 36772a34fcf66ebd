#!/usr/bin/env node
// What the reprint signatures cost `docs` (issue 18: at most 10 % over docs without them). Times `docs -j1 -f csv`
// with signatures and with POLICY_CLI_DOCS_SIGNATURES=off (simhash and reprint_of left empty: a bench switch, not a
// user option) over the corpus and a JSON Lines haystack of the shared 人民日报 records (bench/make-haystack.mjs, built
// in a temporary folder and removed at the end). Rounds interleave the two runs, alternating which goes first, so a
// change in the machine's load falls on both; each figure is the median of the rounds, for CPU (user+sys, the main
// figure: the machine is shared) and wall, of the whole process (start-up and dictionary loading included).
// Usage: node bench/reprints-cost.mjs [--shared ../shared] [--rounds 5] [--mb 20] [--inputs corpus,haystack]
//                                     [--cli bin/policy-cli.js] [--out bench/out/reprints-cost.json]
import { spawn, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const repo = fileURLToPath(new URL('..', import.meta.url));
const shared = option('--shared', join(repo, '..', 'shared'));
const rounds = Number(option('--rounds', '5'));
const mb = Number(option('--mb', '20'));
const cli = option('--cli', join(repo, 'bin', 'policy-cli.js'));
const out = option('--out', join(repo, 'bench', 'out', 'reprints-cost.json'));
const wanted = option('--inputs', 'corpus,haystack').split(',');

const tmp = mkdtempSync(join(tmpdir(), 'policy-cli-reprints-cost-'));
const inputs = [];
if (wanted.includes('corpus')) inputs.push({ name: 'corpus', path: join(shared, 'corpus') });
if (wanted.includes('haystack')) {
  const path = join(tmp, 'haystack.jsonl');
  execFileSync(process.execPath, [join(repo, 'bench', 'make-haystack.mjs'), join(shared, 'realnews', 'source'), String(mb), path], { stdio: ['ignore', 'ignore', 'inherit'] });
  inputs.push({ name: `haystack ${mb} MB`, path });
}

/** One whole run through /usr/bin/time: CPU seconds (user+sys), wall seconds, peak RSS in MB. */
function run(input, signatures) {
  const env = { ...process.env };
  if (signatures) delete env.POLICY_CLI_DOCS_SIGNATURES;
  else env.POLICY_CLI_DOCS_SIGNATURES = 'off';
  return new Promise((resolve, reject) => {
    const child = spawn('/usr/bin/time', ['-f', '%U %S %e %M', process.execPath, cli, 'docs', input, '-j1', '-f', 'csv'], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => {
      const last = stderr.trim().split('\n').at(-1) ?? '';
      const [user, sys, wall, rss] = last.split(' ').map(Number);
      if (code !== 0 || !Number.isFinite(wall)) return reject(new Error(`docs ${input} exited ${code}: ${stderr.slice(-500)}`));
      resolve({ cpu: user + sys, wall, rssMb: rss / 1024 });
    });
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const loadBefore = loadavg();
const results = [];
try {
  for (const input of inputs) {
    const on = [];
    const off = [];
    for (let round = 0; round < rounds; round++) {
      // Alternate which goes first: a warm page cache or a burst of load then favours neither.
      for (const signatures of round % 2 ? [false, true] : [true, false]) (signatures ? on : off).push(await run(input.path, signatures));
    }
    const figure = (runs, key) => median(runs.map((r) => r[key]));
    const result = {
      input: input.name,
      rounds,
      cpu: { with: figure(on, 'cpu'), without: figure(off, 'cpu') },
      wall: { with: figure(on, 'wall'), without: figure(off, 'wall') },
      rssMb: { with: figure(on, 'rssMb'), without: figure(off, 'rssMb') },
      runs: { with: on, without: off },
    };
    results.push(result);
    const pct = (f) => {
      const change = 100 * (f.with / f.without - 1);
      return `${change >= 0 ? '+' : '−'}${Math.abs(change).toFixed(1)} %`;
    };
    console.log(
      `${input.name.padEnd(16)} CPU ${result.cpu.with.toFixed(2)} s with, ${result.cpu.without.toFixed(2)} s without (${pct(result.cpu)});` +
        ` wall ${result.wall.with.toFixed(2)} s / ${result.wall.without.toFixed(2)} s (${pct(result.wall)});` +
        ` peak RSS ${result.rssMb.with.toFixed(0)} / ${result.rssMb.without.toFixed(0)} MB`,
    );
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
const loadAfter = loadavg();
console.log(`median of ${rounds} interleaved rounds, docs -j1; load average ${loadBefore[0].toFixed(2)} before, ${loadAfter[0].toFixed(2)} after`);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify({ when: new Date().toISOString(), load: { before: loadBefore, after: loadAfter }, results }, null, 2) + '\n');
