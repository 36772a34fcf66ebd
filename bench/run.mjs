// policy-cli's benchmark: throughput, parallel speed-up, peak memory and start-up, measured side by side with bare
// segmenter scripts and with the peers a user would otherwise script (@node-rs/jieba, Python jieba).
//
//   npm run bench                 full: ../shared/corpus (or --corpus DIR) and a 200 MB copy of it, 3 rounds
//   npm run bench -- --quick      the corpus only, 1 round (about a minute and a half)
//   options: --corpus DIR  --big-mb N  --rounds N  --out FILE (default bench/out/bench-<date>.json)
//
// Every figure is one whole process (node start-up and dictionary load included), median of the rounds. Throughput is
// the input's size on disk / wall time. Peers: `npm install --prefix bench/peers` (done here when missing); Python
// jieba is skipped with a note when no python3 can `import jieba` (Debian: apt-get install python3-jieba).
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, linkSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BENCH = join(ROOT, 'bench');
const CLI = join(ROOT, 'bin', 'policy-cli.js');

const args = parseArgs(process.argv.slice(2));
const quick = args.quick === true;
const rounds = Number(args.rounds ?? (quick ? 1 : 3));
const corpusDir = resolve(ROOT, String(args.corpus ?? '../shared/corpus'));
const bigMb = quick ? 0 : Number(args['big-mb'] ?? 200);
const outFile = resolve(ROOT, String(args.out ?? join('bench', 'out', `bench-${new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-')}.json`)));
const seed = join(ROOT, 'seeds', readdirSync(join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt')).sort()[0]);

if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) fail('dist/ is missing: run `npm run build` first');
if (!existsSync(corpusDir)) fail(`no corpus at ${corpusDir} (give one with --corpus DIR)`);

const notes = [];
const results = { machine: machine(), mode: quick ? 'quick' : 'full', rounds, startup: {}, corpora: {}, targets: [], notes };
const noders = ensureNodeRs();
const python = findPythonJieba();
const scratch = mkdtempSync(join(tmpdir(), 'policy-cli-bench-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));

log(`policy-cli bench (${results.mode}, ${rounds} round${rounds > 1 ? 's' : ''}) on ${results.machine.cpus} cores; load average ${results.machine.loadavg}`);

// ---- start-up ----
const startupRounds = Math.max(5, rounds * 3);
results.startup.nodeBareMs = median(await wallTimes(startupRounds, process.execPath, ['-e', '0']));
results.startup.helpMs = median(await wallTimes(startupRounds, process.execPath, [CLI, '--help']));
results.startup.versionMs = median(await wallTimes(startupRounds, process.execPath, [CLI, '--version']));
results.startup.nodejiebaLoadMs = median(await wallTimes(startupRounds, process.execPath, [join(BENCH, 'bare-nodejieba.mjs'), 'load', '/dev/null']));
results.startup.firstSegmentRowMs = median(
  await wallTimes(startupRounds, process.execPath, [CLI, 'segment', seed, '-f', 'csv', '-j', '1'], { untilLines: 2 }),
);
results.startup.keywordsOneSeedMs = median(await wallTimes(startupRounds, process.execPath, [CLI, 'keywords', seed, '-f', 'csv']));
log(`start-up: node -e 0 ${ms(results.startup.nodeBareMs)}, --help ${ms(results.startup.helpMs)}, --version ${ms(results.startup.versionMs)}, ` +
  `bare nodejieba load ${ms(results.startup.nodejiebaLoadMs)}, first segment row of one seed ${ms(results.startup.firstSegmentRowMs)}, keywords of one seed ${ms(results.startup.keywordsOneSeedMs)}`);

// ---- throughput ----
const corpora = [{ name: 'corpus', dir: corpusDir }];
if (bigMb > 0) corpora.push({ name: `${bigMb}MB`, dir: makeBigCorpus(corpusDir, bigMb) });

for (const corpus of corpora) {
  const files = listTxt(corpus.dir);
  const listFile = join(scratch, `${corpus.name}.list`);
  writeFileSync(listFile, files.join('\n') + '\n');
  const bytes = files.reduce((sum, f) => sum + statSync(f).size, 0);
  const big = corpus !== corpora[0];
  const entry = (results.corpora[corpus.name] = { dir: corpus.dir, files: files.length, mb: round(bytes / 1e6, 1), runs: {} });
  log(`\n${corpus.name}: ${files.length} files, ${entry.mb} MB`);

  const runs = [
    ['bare nodejieba cut', process.execPath, [join(BENCH, 'bare-nodejieba.mjs'), 'cut', listFile]],
    ['bare nodejieba tag', process.execPath, [join(BENCH, 'bare-nodejieba.mjs'), 'tag', listFile]],
  ];
  if (noders) runs.push(['@node-rs/jieba cut', process.execPath, [join(BENCH, 'bare-noders.mjs'), listFile]]);
  // Python cuts at ~1 MB/s: on the corpus only, where the comparison asks for it.
  if (python && !big) {
    runs.push(['python jieba cut', python, [join(BENCH, 'bare-jieba.py'), 'cut', listFile]]);
    runs.push(['python jieba extract_tags', python, [join(BENCH, 'bare-jieba.py'), 'extract', listFile]]);
  }
  const cli = (name, command, jobs, extra = []) => [`${name} -j${jobs}`, command, jobs, extra];
  const commands = [
    cli('keywords', 'keywords', 1), cli('keywords', 'keywords', 2),
    cli('segment', 'segment', 1), cli('segment', 'segment', 2),
    cli('numbers', 'numbers', 1), cli('numbers', 'numbers', 2),
    cli('entities', 'entities', 1), cli('entities', 'entities', 2),
    cli('kwic', 'kwic', 2, ['高质量发展']),
    cli('compare --by level', 'compare', 2, ['--by', 'level']),
  ];
  for (const [name, command, commandArgs] of runs) {
    const samples = await repeat(rounds, () => timeProcess(command, commandArgs, { json: true }));
    entry.runs[name] = summarise(samples, bytes);
    log(row(name, entry.runs[name]));
  }
  // The same commands through nodejieba's own binding (POLICY_CLI_ENGINE=nodejieba), on the corpus: what ours gains.
  if (!big) {
    for (const command of ['keywords', 'entities']) {
      for (const jobs of [1, 2]) commands.push([`${command} -j${jobs} (nodejieba binding)`, command, jobs, [], { POLICY_CLI_ENGINE: 'nodejieba' }]);
    }
  }
  for (const [name, command, jobs, extra, env] of commands) {
    const samples = await repeat(rounds, () => runCli(command, extra, corpus.dir, jobs, env));
    entry.runs[name] = summarise(samples, bytes);
    entry.runs[name].outputSha1 = samples[0].sha1;
    log(row(name, entry.runs[name]));
  }
}

// ---- targets ----
const target = (what, value, goal, pass, detail = '') => results.targets.push({ what, value, goal, pass, detail });
const runsOf = (name) => results.corpora[name]?.runs ?? {};
for (const name of Object.keys(results.corpora)) {
  const r = runsOf(name);
  const rate = (key) => r[key]?.mbPerS;
  target(`${name}: entities -j1 / bare nodejieba tag`, ratio(rate('entities -j1'), rate('bare nodejieba tag')), '≥ 0.80', ratio(rate('entities -j1'), rate('bare nodejieba tag')) >= 0.8);
  target(`${name}: keywords -j1 / bare nodejieba cut`, ratio(rate('keywords -j1'), rate('bare nodejieba cut')), '≥ 0.60', ratio(rate('keywords -j1'), rate('bare nodejieba cut')) >= 0.6);
  // The same ratios with two workers (the default on this machine), against the single-threaded bare scripts.
  target(`${name}: entities -j2 / bare nodejieba tag`, ratio(rate('entities -j2'), rate('bare nodejieba tag')), 'report', true);
  target(`${name}: keywords -j2 / bare nodejieba cut`, ratio(rate('keywords -j2'), rate('bare nodejieba cut')), 'report', true);
  for (const command of ['keywords', 'segment', 'numbers', 'entities']) {
    const speedup = ratio(rate(`${command} -j2`), rate(`${command} -j1`));
    const same = r[`${command} -j1`]?.outputSha1 === r[`${command} -j2`]?.outputSha1;
    target(`${name}: ${command} -j2 / -j1`, speedup, '≥ 1.70', speedup >= 1.7, same ? 'output identical' : 'OUTPUT DIFFERS');
  }
  if (r['@node-rs/jieba cut']) {
    const v = ratio(rate('keywords -j2'), rate('@node-rs/jieba cut'));
    target(`${name}: keywords -j2 / @node-rs/jieba cut`, v, '≥ 1.00', v >= 1);
  }
  if (r['python jieba extract_tags']) {
    const v = ratio(rate('keywords -j1'), rate('python jieba extract_tags'));
    target(`${name}: keywords -j1 / python extract_tags`, v, 'report', true);
  }
  for (const command of ['keywords', 'entities']) {
    for (const jobs of [1, 2]) {
      const ours = r[`${command} -j${jobs}`];
      const theirs = r[`${command} -j${jobs} (nodejieba binding)`];
      if (!ours || !theirs) continue;
      const same = ours.outputSha1 === theirs.outputSha1;
      target(`${name}: ${command} -j${jobs}, our binding / nodejieba's`, ratio(ours.mbPerS, theirs.mbPerS), 'report', same,
        `${ours.peakMb} vs ${theirs.peakMb} MB; ${same ? 'output identical' : 'OUTPUT DIFFERS'}`);
    }
  }
  const compare = ratio(rate('compare --by level -j2'), rate('keywords -j2'));
  target(`${name}: compare --by level / keywords (both -j2)`, compare, 'report', true);
}
const names = Object.keys(results.corpora);
if (names.length > 1) {
  const [small, big] = names.map(runsOf);
  for (const key of ['keywords -j1', 'keywords -j2', 'entities -j2', 'segment -j2']) {
    const growth = ratio(big[key]?.peakMb, small[key]?.peakMb);
    target(`peak RSS ${key}: ${names[1]} / corpus`, growth, '≤ 2.0', growth <= 2, `${big[key]?.peakMb} MB vs ${small[key]?.peakMb} MB`);
  }
}
for (const key of ['keywords -j1', 'keywords -j2', 'entities -j1', 'entities -j2']) {
  const peak = Math.max(...names.map((n) => runsOf(n)[key]?.peakMb ?? 0));
  target(`peak RSS ${key} (largest corpus)`, peak, '< 500 MB', peak < 500);
}
const s = results.startup;
target('--help above node -e 0 (ms)', round(s.helpMs - s.nodeBareMs), '≤ 120', s.helpMs - s.nodeBareMs <= 120);
target('--version above node -e 0 (ms)', round(s.versionMs - s.nodeBareMs), '≤ 120', s.versionMs - s.nodeBareMs <= 120);
target('first segment row of one seed above a bare nodejieba load (ms)', round(s.firstSegmentRowMs - s.nodejiebaLoadMs), '≤ 250', s.firstSegmentRowMs - s.nodejiebaLoadMs <= 250);

log('\nTargets');
for (const t of results.targets) log(`  ${t.pass ? 'ok  ' : 'MISS'} ${t.what}: ${t.value} (${t.goal})${t.detail ? `  ${t.detail}` : ''}`);
for (const note of notes) log(`note: ${note}`);
mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, JSON.stringify(results, null, 2) + '\n');
log(`\nwritten ${relative(process.cwd(), outFile)}`);

// ---- helpers ----

function parseArgs(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) fail(`unexpected argument ${a}`);
    const key = a.slice(2);
    if (key === 'quick') out.quick = true;
    else out[key] = argv[++i];
  }
  return out;
}

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(2);
}

function log(line) {
  console.log(line);
}

function machine() {
  return { cpus: availableParallelism(), model: cpus()[0]?.model ?? '', memoryGb: round(totalmem() / 2 ** 30, 1), node: process.version, loadavg: loadavg().map((x) => x.toFixed(2)).join(' ') };
}

/** @node-rs/jieba lives in bench/peers only; install it there when it is missing. */
function ensureNodeRs() {
  const peers = join(BENCH, 'peers');
  if (!existsSync(join(peers, 'node_modules', '@node-rs', 'jieba'))) {
    log('installing the peers in bench/peers (npm install --prefix bench/peers)…');
    const r = spawnSync('npm', ['install', '--prefix', peers, '--no-audit', '--no-fund'], { stdio: 'inherit' });
    if (r.status !== 0 || !existsSync(join(peers, 'node_modules', '@node-rs', 'jieba'))) {
      notes.push('@node-rs/jieba skipped: `npm install --prefix bench/peers` failed');
      return false;
    }
  }
  return true;
}

/** The first python3 that can import jieba (pyenv shims may hide Debian's /usr/bin/python3). */
function findPythonJieba() {
  for (const python of ['python3', '/usr/bin/python3']) {
    const r = spawnSync(python, ['-c', 'import jieba'], { stdio: 'ignore' });
    if (r.status === 0) return python;
  }
  notes.push("Python jieba skipped: no python3 can `import jieba` (Debian/Ubuntu: apt-get install python3-jieba)");
  return undefined;
}

function listTxt(dir) {
  const out = [];
  const walk = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (entry.name.endsWith('.txt')) out.push(p);
    }
  };
  walk(dir);
  return out;
}

/** Copies of the corpus (hard links where the file system allows) in numbered folders until `mb` is reached. */
function makeBigCorpus(dir, mb) {
  const files = listTxt(dir);
  const size = files.reduce((sum, f) => sum + statSync(f).size, 0);
  const copies = Math.max(1, Math.ceil((mb * 1e6) / size));
  const target = join(scratch, `big-${mb}MB`);
  for (let c = 0; c < copies; c++) {
    for (const file of files) {
      const to = join(target, `copy${String(c).padStart(3, '0')}`, relative(dir, file));
      mkdirSync(dirname(to), { recursive: true });
      try {
        linkSync(file, to);
      } catch {
        copyFileSync(file, to);
      }
    }
  }
  return target;
}

async function repeat(n, fn) {
  const out = [];
  for (let i = 0; i < n; i++) out.push(await fn());
  return out;
}

/** Wall times (ms) of n runs of a process. */
async function wallTimes(n, command, argv, options) {
  return (await repeat(n, () => timeProcess(command, argv, options))).map((r) => r.wallMs);
}

/**
 * Run a process; resolve with its wall time (ms), or the time until `untilLines` lines of stdout arrived, its stdout's
 * SHA-1 and, with `json`, the JSON its last stdout line printed.
 */
function timeProcess(command, argv, options = {}) {
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const child = spawn(command, argv, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1', ...options.env } });
    const hash = createHash('sha1');
    let firstLinesMs;
    let lines = 0;
    let tail = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      hash.update(chunk);
      if (options.json) tail = (tail + chunk.toString()).slice(-4000);
      if (options.untilLines && firstLinesMs === undefined) {
        for (const byte of chunk) if (byte === 10) lines++;
        if (lines >= options.untilLines) firstLinesMs = performance.now() - started;
      }
    });
    child.stderr.on('data', (chunk) => (stderr = (stderr + chunk.toString()).slice(-2000)));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      if (code !== 0) return reject(new Error(`${command} ${argv.join(' ')} exited ${code}: ${stderr}`));
      const result = { wallMs: firstLinesMs ?? wallMs, sha1: hash.digest('hex') };
      if (options.json) Object.assign(result, JSON.parse(tail.trim().split('\n').pop()));
      resolvePromise(result);
    });
  });
}

async function runCli(command, extra, dir, jobs, env = {}) {
  const memo = join(scratch, `rss-${process.pid}-${Date.now()}.json`);
  const r = await timeProcess(process.execPath, [join(BENCH, 'measure.mjs'), memo, command, ...extra, dir, '-f', 'csv', '-j', String(jobs), '--no-progress'], { env });
  const { maxRssKb } = JSON.parse(readFileSync(memo, 'utf8'));
  return { wallMs: r.wallMs, sha1: r.sha1, maxRssKb };
}

function summarise(samples, bytes) {
  const wall = median(samples.map((s) => s.wallMs));
  const out = { wallS: round(wall / 1000, 2), mbPerS: round(bytes / 1e6 / (wall / 1000), 2), peakMb: round(Math.max(...samples.map((s) => s.maxRssKb)) / 1024, 0) };
  if (samples[0].loadMs !== undefined) out.loadMs = round(median(samples.map((s) => s.loadMs)));
  if (samples[0].runMs !== undefined) out.segmenterMbPerS = round(bytes / 1e6 / (median(samples.map((s) => s.runMs)) / 1000), 2);
  return out;
}

function row(name, r) {
  const extra = r.loadMs !== undefined ? `  (load ${ms(r.loadMs)}, ${r.segmenterMbPerS} MB/s after load)` : '';
  return `  ${name.padEnd(38)} ${String(r.mbPerS).padStart(6)} MB/s  ${String(r.wallS).padStart(7)} s  peak ${String(r.peakMb).padStart(5)} MB${extra}`;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function ratio(a, b) {
  return a && b ? round(a / b, 2) : NaN;
}

function round(x, digits = 0) {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

function ms(x) {
  return `${Math.round(x)} ms`;
}
