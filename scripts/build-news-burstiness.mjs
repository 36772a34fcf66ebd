#!/usr/bin/env node
// node scripts/build-news-burstiness.mjs [--source DIR] [--leave-out SAMPLE.jsonl,...] [--min-articles 10]
//
// Writes src/data/news-burstiness.tsv: for each word that at least --min-articles news articles use, how many use it
// (`articles`) and how many use it twice or more (`repeated`). keywords reads it (src/extract/keywords/burstiness.ts):
// of the articles that use a topic word (疫苗, 光伏, 患者), many use it again; a word said in passing (印象, 重任,
// 与时俱进) is rarely said twice (Church 2000, "Empirical estimates of adaptation").
//
// The articles are those of ../shared/realnews/source (人民日报 and 新闻联播), cut as `policy-cli segment` cuts them.
// The records of the keyword samples that issue 15 judges by hand (scripts/draw-keyword-sample.mjs, seeds 15, 2718
// and 31415) are left out, so that the judged lists are measured against news they are not part of.
import { execFileSync, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { optionsOf } from './lib/draw.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const option = optionsOf(process.argv.slice(2));
const source = resolve(option('--source', join(process.env.POLICY_CLI_CORPUS ?? resolve(ROOT, '../shared'), 'realnews/source')));
const minArticles = Number(option('--min-articles', '10'));
const out = resolve(option('--out', join(ROOT, 'src/data/news-burstiness.tsv')));

/** The `file` fields of the records of the keyword samples: those records are left out. */
function leftOut() {
  const given = option('--leave-out', undefined);
  const samples = given
    ? given.split(',').map((path) => execFileSync('cat', [path], { encoding: 'utf8', maxBuffer: 1 << 28 }))
    : ['15', '2718', '31415'].map((seed) =>
        execFileSync(process.execPath, [join(ROOT, 'scripts/draw-keyword-sample.mjs'), '--source', source, '--seed', seed], {
          encoding: 'utf8',
          maxBuffer: 1 << 28,
        }),
      );
  const files = new Set();
  for (const sample of samples) for (const line of sample.split('\n')) if (line.trim()) files.add(JSON.parse(line).file);
  return files;
}

const skip = leftOut();
const articles = new Map(); // word → articles using it
const repeated = new Map(); // word → articles using it twice or more
let count = 0;
let skipped = 0;

// One row per article: doc, article, title, the words separated by spaces, and the record's `file` (JSON Lines only).
const child = spawn(process.execPath, [join(ROOT, 'bin/policy-cli.js'), 'segment', '-f', 'tsv', '--keep-fields', 'file', source], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
let header = true;
for await (const line of createInterface({ input: child.stdout })) {
  if (header) {
    header = false;
    continue;
  }
  const [, , , words, file] = line.split('\t');
  if (file && skip.has(file)) {
    skipped++;
    continue;
  }
  count++;
  const uses = new Map();
  for (const word of words.split(' ')) {
    if ([...word].length < 2 || !/\p{Script=Han}/u.test(word)) continue;
    uses.set(word, (uses.get(word) ?? 0) + 1);
  }
  for (const [word, n] of uses) {
    articles.set(word, (articles.get(word) ?? 0) + 1);
    if (n >= 2) repeated.set(word, (repeated.get(word) ?? 0) + 1);
  }
}
const kept = [...articles].filter(([, n]) => n >= minArticles).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
const lines = [
  `# How news articles use each word: of ${count} articles of 人民日报 and 新闻联播 (../shared/realnews/source, ${skipped} records`,
  '# of the judged keyword samples left out), the number using the word (articles) and the number using it twice or more',
  `# (repeated). Words at least ${minArticles} articles use. Made by scripts/build-news-burstiness.mjs; read by`,
  '# src/extract/keywords/burstiness.ts.',
  'word\tarticles\trepeated',
  ...kept.map(([word, n]) => `${word}\t${n}\t${repeated.get(word) ?? 0}`),
  '',
];
writeFileSync(out, lines.join('\n'));
console.error(`${out}: ${kept.length} words from ${count} articles (${skipped} left out)`);
