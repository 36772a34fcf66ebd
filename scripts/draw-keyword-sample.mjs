#!/usr/bin/env node
// node scripts/draw-keyword-sample.mjs [--source DIR] [--seed N] [--n 50] > sample.jsonl
//
// Draws the held-out articles that keyword quality is judged on by hand (issue 15): 人民日报 records of 2020
// (rmrb-2020-*.jsonl) of 300–3,000 characters, leaving out every article of the development gold (../sample by default, drawn by
// scripts/sample-realnews.mjs), shuffled by a fixed seed. The records are printed as found, one JSON line each, so
// `policy-cli keywords sample.jsonl --by doc` reads them as documents `sample.jsonl#N`.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32 as random, optionsOf } from './lib/draw.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = optionsOf(args);
const source = resolve(option('--source', join(process.env.POLICY_CLI_CORPUS ?? resolve(ROOT, '../shared'), 'realnews/source')));
const goldDir = resolve(option('--gold-sample', resolve(ROOT, '../sample')));
const seed = Number(option('--seed', '15'));
const n = Number(option('--n', '50'));


// The gold's articles are named rmrb-YYYYMMDD-PP-NN: the record's date, page and place on the page. Without a drawn
// gold directory beside the repo, the gold's draw is listed afresh (same seed, same articles), so that the held-out set
// is the same on every checkout.
const goldNames = existsSync(goldDir)
  ? readdirSync(goldDir)
  : execFileSync(process.execPath, [join(ROOT, 'scripts/sample-realnews.mjs'), '--list', '--source', source], { encoding: 'utf8', maxBuffer: 1 << 26 })
      .split('\n')
      .map((line) => line.split('\t')[0]);
const inGold = new Set(goldNames.filter(Boolean).map((f) => f.replace(/\.jsonl$/, '')));
const candidates = [];
for (const name of readdirSync(source).filter((f) => /^rmrb-2020-\d\d\.jsonl$/.test(f)).sort()) {
  for (const line of readFileSync(join(source, name), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const record = JSON.parse(line);
    const id = /(\d{8})-(\d\d)-(\d\d)/.exec(record.file ?? '');
    if (id && inGold.has(`rmrb-${id[1]}-${id[2]}-${id[3]}`)) continue;
    const chars = record.text.replace(/\s/g, '').length;
    if (chars >= 300 && chars <= 3000) candidates.push(line);
  }
}
const next = random(seed);
for (let i = candidates.length - 1; i > 0; i--) {
  const j = Math.floor(next() * (i + 1));
  [candidates[i], candidates[j]] = [candidates[j], candidates[i]];
}
process.stdout.write(candidates.slice(0, n).join('\n') + '\n');
