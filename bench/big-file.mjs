#!/usr/bin/env node
// Cost of one big file against the same text as many files: builds files of N MB by concatenating the corpus's texts
// (one-line: every line break removed; many-line: as they are; many-files: the texts copied as separate files), runs a
// command on each through /usr/bin/time, and prints CPU seconds (user+sys: the machine is shared), wall seconds, peak
// RSS and the wall time to the first row on stdout.
//
//   node bench/big-file.mjs [--mb 10,20,40] [--commands entities,keywords] [--shapes one-line,many-lines,many-files]
//                           [--corpus DIR] [--cli bin/policy-cli.js] [--tmp DIR] [--keep]
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i === -1 ? fallback : args[i + 1];
};
const sizes = option('mb', '10,20,40').split(',').map(Number);
const commands = option('commands', 'entities,keywords').split(',');
const shapes = option('shapes', 'one-line,many-lines,many-files').split(',');
// The corpus CI keeps beside the repo (../shared), as scripts/eval.mjs finds it.
const corpus = resolve(option('corpus', join(process.env.POLICY_CLI_CORPUS ?? fileURLToPath(new URL('../../shared', import.meta.url)), 'corpus')));
const cli = resolve(option('cli', 'bin/policy-cli.js'));
const tmp = resolve(option('tmp', join(tmpdir(), `big-file-${process.pid}`)));
const keep = args.includes('--keep');

/** The corpus's UTF-8 texts (encodings/ holds other encodings on purpose), in a fixed order. */
function texts(dir) {
  const found = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'encodings') found.push(...texts(path));
    } else if (name.endsWith('.txt')) found.push(readFileSync(path, 'utf8'));
  }
  return found;
}

/** Texts repeated until `mb` MB, as one string per text (the last one cut at a character). */
function textsOf(mb, all) {
  const want = mb * 1024 * 1024;
  const out = [];
  let size = 0;
  for (let i = 0; size < want; i++) {
    let t = all[i % all.length];
    const bytes = Buffer.byteLength(t);
    if (size + bytes > want) t = Buffer.from(t).subarray(0, want - size).toString('utf8').replace(/\uFFFD$/, '');
    out.push(t);
    size += bytes;
  }
  return out;
}

function build(shape, mb, all) {
  const parts = textsOf(mb, all);
  if (shape === 'many-files') {
    const dir = join(tmp, `${shape}-${mb}`);
    if (!existsSync(dir)) {
      mkdirSync(dir, { recursive: true });
      parts.forEach((t, i) => writeFileSync(join(dir, `${String(i).padStart(6, '0')}.txt`), t));
    }
    return dir;
  }
  const path = join(tmp, `${shape}-${mb}.txt`);
  if (!existsSync(path)) {
    const joined = shape === 'one-line' ? parts.map((t) => t.replace(/\s*[\r\n]+\s*/g, '')).join('') : parts.join('\n\n');
    writeFileSync(path, joined);
  }
  return path;
}

function run(command, input) {
  return new Promise((done) => {
    const started = process.hrtime.bigint();
    let firstRow;
    let bytes = 0;
    const child = spawn('/usr/bin/time', ['-f', '%U %S %e %M', process.execPath, cli, command, input, '-j1', '-f', 'tsv'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (chunk) => {
      // The header is written at once; the first row is the second line.
      bytes += chunk.length;
      if (firstRow === undefined && chunk.toString().split('\n').length > 2) firstRow = Number(process.hrtime.bigint() - started) / 1e9;
    });
    let err = '';
    child.stderr.on('data', (chunk) => (err += chunk));
    child.on('close', (code) => {
      const last = err.trim().split('\n').at(-1).split(' ').map(Number);
      const [user, sys, wall, kb] = last;
      done({ code, cpu: user + sys, wall, peakMB: kb / 1024, firstRow, outBytes: bytes, stderr: code === 0 ? undefined : err.slice(0, 400) });
    });
  });
}

mkdirSync(tmp, { recursive: true });
const all = texts(corpus);
console.log(`# ${cli}  load ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`);
console.log(['command', 'shape', 'MB', 'cpu_s', 'wall_s', 'peak_MB', 'first_row_s', 'out_bytes', 'exit'].join('\t'));
for (const mb of sizes) {
  for (const shape of shapes) {
    const input = build(shape, mb, all);
    for (const command of commands) {
      const r = await run(command, input);
      console.log([command, shape, mb, r.cpu.toFixed(1), r.wall.toFixed(1), r.peakMB.toFixed(0), r.firstRow?.toFixed(1) ?? '-', r.outBytes, r.code].join('\t'));
      if (r.stderr) console.log(`#   ${r.stderr.replace(/\n/g, ' | ')}`);
    }
  }
}
if (!keep) rmSync(tmp, { recursive: true, force: true });
