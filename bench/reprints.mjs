#!/usr/bin/env node
// How well docs' reprint_of finds copies, and what it costs. Builds a set from 人民日报 records of ../shared/realnews
// (fixed seed): BASES distinct articles, and for the first VARIED of them four known copies each (a new headline, the
// last paragraph cut, another byline, traditional script) and one with all four changes. Runs `docs` on it, then:
//   - the Hamming distance of every copy to its original, and of every pair of distinct articles, as a table by k;
//   - precision and recall of reprint_of at the built-in distance (originals come first in the file).
// Usage: node bench/reprints.mjs [--shared ../shared] [--out DIR]
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';
import { mulberry32 } from '../scripts/lib/draw.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const repo = fileURLToPath(new URL('..', import.meta.url));
const shared = option('--shared', join(repo, '..', 'shared'));
const out = option('--out', join(process.env.TMPDIR ?? '/tmp', 'policy-cli-reprints'));
const BASES = 400;
const VARIED = 100;

const random = mulberry32(20261201);

const source = join(shared, 'realnews', 'source');
const records = readdirSync(source)
  .filter((f) => f.startsWith('rmrb-') && f.endsWith('.jsonl'))
  .sort()
  .flatMap((f) => readFileSync(join(source, f), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)))
  .filter((r) => r.text.length >= 500 && r.text.length <= 3000);
for (let i = records.length - 1; i > 0; i--) {
  const j = Math.floor(random() * (i + 1));
  [records[i], records[j]] = [records[j], records[i]];
}
const seen = new Set();
const bases = [];
for (const r of records) {
  const body = r.text.replace(/\s+/g, '');
  if (seen.has(body)) continue;
  seen.add(body);
  bases.push(r);
  if (bases.length === BASES) break;
}

// Distinct articles on one event: the same day, headlines sharing five characters or more (a meeting, a visit, a
// forum reported as news, commentary, a speech's text), bodies that differ. The hard case for a reprint finder.
const titleOf = (t) => t.split('\n').find((l) => l.trim())?.trim() ?? '';
function sharesFive(a, b) {
  for (let i = 0; i + 5 <= a.length; i++) if (/^\p{Script=Han}{5}$/u.test(a.slice(i, i + 5)) && b.includes(a.slice(i, i + 5))) return true;
  return false;
}
const byDate = new Map();
for (const r of records) byDate.set(r.date, [...(byDate.get(r.date) ?? []), r]);
const events = [];
for (const day of [...byDate.keys()].sort()) {
  const list = byDate.get(day);
  for (let i = 0; i < list.length && events.length < 300; i++)
    for (let j = i + 1; j < list.length && events.length < 300; j++) {
      const [a, b] = [list[i], list[j]];
      if (a.text.replace(/\s+/g, '') !== b.text.replace(/\s+/g, '') && sharesFive(titleOf(a.text), titleOf(b.text))) events.push([a, b]);
    }
}

const lines = (t) => t.split('\n');
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'hk' });
function retitled(text, other) {
  const ls = lines(text);
  const at = ls.findIndex((l) => l.trim());
  ls[at] = lines(other).find((l) => l.trim());
  return ls.join('\n');
}
function cut(text) {
  const ls = lines(text);
  let last = ls.length - 1;
  while (last > 0 && !ls[last].trim()) last--;
  return ls.slice(0, last).join('\n');
}
function rebylined(text) {
  if (/（记者[^）]*）/.test(text)) return text.replace(/（记者[^）]*）/, '（记者 王晓明 刘 洋）');
  const ls = lines(text);
  const at = ls.findIndex((l) => l.trim());
  ls.splice(at + 1, 0, '', '本报记者　王晓明　刘　洋');
  return ls.join('\n');
}
const variants = {
  retitled: (r, i) => retitled(r.text, bases[(i + 1) % BASES].text),
  cut: (r) => cut(r.text),
  byline: (r) => rebylined(r.text),
  traditional: (r) => toTraditional(r.text),
  all: (r, i) => toTraditional(rebylined(cut(retitled(r.text, bases[(i + 2) % BASES].text)))),
};

mkdirSync(out, { recursive: true });
const file = join(out, 'reprints.jsonl');
const rows = bases.map((r, i) => ({ id: `b${i}`, date: r.date, text: r.text }));
for (let i = 0; i < VARIED; i++) for (const [name, make] of Object.entries(variants)) rows.push({ id: `b${i}-${name}`, date: bases[i].date, text: make(bases[i], i) });
events.forEach(([a, b], i) => rows.push({ id: `e${i}a`, date: a.date, text: a.text }, { id: `e${i}b`, date: b.date, text: b.text }));
writeFileSync(file, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');

const bin = join(repo, 'bin', 'policy-cli.js');
const t0 = process.hrtime.bigint();
const docs = execFileSync(process.execPath, [bin, 'docs', file, '-f', 'jsonl', '-j1', '--no-progress'], { maxBuffer: 1 << 30, encoding: 'utf8' })
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l));
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
// One article per record here: the record id is the article.
const byId = new Map(docs.filter((d) => d.article === 1).map((d) => [d.doc.split('#').pop(), d]));

const bits = (hex) => BigInt(`0x${hex}`);
function distance(a, b) {
  let x = bits(a) ^ bits(b);
  let n = 0;
  while (x) {
    n += Number(x & 1n);
    x >>= 1n;
  }
  return n;
}
const copyDistances = {};
for (const name of Object.keys(variants)) copyDistances[name] = [];
for (let i = 0; i < VARIED; i++) {
  for (const name of Object.keys(variants)) {
    const a = byId.get(`b${i}`)?.simhash;
    const b = byId.get(`b${i}-${name}`)?.simhash;
    if (a && b) copyDistances[name].push(distance(a, b));
  }
}
const distinct = [];
for (let i = 0; i < BASES; i++) for (let j = i + 1; j < BASES; j++) {
  const a = byId.get(`b${i}`)?.simhash;
  const b = byId.get(`b${j}`)?.simhash;
  if (a && b) distinct.push(distance(a, b));
}
const sameEvent = events.map((_, i) => [byId.get(`e${i}a`)?.simhash, byId.get(`e${i}b`)?.simhash]).filter(([a, b]) => a && b).map(([a, b]) => distance(a, b));
console.log(`set: ${BASES} distinct articles, ${VARIED} of them with ${Object.keys(variants).length} copies each, ${events.length} pairs of articles on one event (${file})`);
console.log('k\t' + Object.keys(variants).map((n) => `${n} ≤k`).join('\t') + '\tdistinct pairs ≤k\tsame-event pairs ≤k');
for (let k = 0; k <= 12; k++) {
  const share = (ds) => (ds.filter((d) => d <= k).length / ds.length).toFixed(3);
  console.log(`${k}\t${Object.values(copyDistances).map(share).join('\t')}\t${distinct.filter((d) => d <= k).length} of ${distinct.length}\t${sameEvent.filter((d) => d <= k).length} of ${sameEvent.length}`);
}
// reprint_of as docs printed it.
let tp = 0;
let fp = 0;
let copies = 0;
for (const [id, d] of byId) {
  if (id.startsWith('e')) {
    // The second of a same-event pair taken for a copy of the first is wrong (either may also be one of the bases).
    if (id.endsWith('b') && d.reprint_of) {
      const head = d.reprint_of.split('#').pop();
      if (head === `${id.slice(0, -1)}a` || head === byId.get(`${id.slice(0, -1)}a`)?.reprint_of?.split('#').pop()) {
        fp++;
        console.log(`same event taken for a copy (${distance(d.simhash, byId.get(`${id.slice(0, -1)}a`).simhash)} bits): ${titleOf(events[Number(id.slice(1, -1))][0].text)} | ${titleOf(events[Number(id.slice(1, -1))][1].text)}`);
      }
    }
    continue;
  }
  const isCopy = id.includes('-');
  if (isCopy) copies++;
  if (!d.reprint_of) continue;
  // Right when it joins its original's cluster: the original itself, or a copy of it seen earlier.
  const head = d.reprint_of.split('#').pop();
  if (isCopy && head.split('-')[0] === id.split('-')[0]) tp++;
  else fp++;
}
console.log(`reprint_of: ${tp + fp} set, ${tp} right; precision ${(tp / Math.max(1, tp + fp)).toFixed(3)}, recall ${(tp / copies).toFixed(3)} of ${copies} copies`);
console.log(`docs over ${rows.length} records: ${seconds.toFixed(2)} s`);
