#!/usr/bin/env node
// node scripts/build-news-burstiness.mjs [--source DIR] [--leave-out SAMPLE.jsonl,...] [--min-articles 10]
//
// Writes src/data/news-burstiness.tsv: for each word that at least --min-articles news articles use, how many use it
// (`articles`) and how many use it twice or more (`repeated`). keywords reads it (src/extract/keywords/burstiness.ts):
// of the articles that use a topic word (疫苗, 光伏, 患者), many use it again; a word said in passing (印象, 重任,
// 与时俱进) is rarely said twice (Church 2000, "Empirical estimates of adaptation").
//
// It also writes src/data/news-bound-words.tsv: the words news writes, four times in five or more, right after or right
// before one same word (联防 联控, 企事业 单位, 人 社部): halves of a compound the segmenter splits, read by
// src/extract/keywords/bound-words.ts.
//
// The articles are those of ../shared/realnews/source (人民日报 and 新闻联播), cut as `policy-cli segment` cuts them.
// The records of the keyword samples that issue 15 judges by hand (scripts/draw-keyword-sample.mjs, seeds 15, 2718
// 31415 and 8128) are left out, so that the judged lists are measured against news they are not part of.
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
const boundOut = resolve(option('--bound-out', join(ROOT, 'src/data/news-bound-words.tsv')));
/** Share of a word's uses beside one same neighbour from which the word is listed as bound. */
const BOUND_SHARE = 0.8;

/** The `file` fields of the records of the keyword samples: those records are left out. */
function leftOut() {
  const given = option('--leave-out', undefined);
  const samples = given
    ? given.split(',').map((path) => execFileSync('cat', [path], { encoding: 'utf8', maxBuffer: 1 << 28 }))
    : ['15', '2718', '31415', '8128'].map((seed) =>
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
const uses = new Map(); // word → uses in every article
const before = new Map(); // word → Map(the word right before it → uses)
const after = new Map(); // word → Map(the word right after it → uses)
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
  const inArticle = new Map();
  const tokens = words.split(' ');
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i];
    if ([...word].length < 2 || !/\p{Script=Han}/u.test(word)) continue;
    inArticle.set(word, (inArticle.get(word) ?? 0) + 1);
    uses.set(word, (uses.get(word) ?? 0) + 1);
    if (i > 0) tally(before, word, tokens[i - 1]);
    if (i + 1 < tokens.length) tally(after, word, tokens[i + 1]);
  }
  for (const [word, n] of inArticle) {
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

const bound = [];
for (const [word] of kept) {
  const n = uses.get(word);
  for (const [side, table] of [['after', before], ['before', after]]) {
    const [neighbour, beside] = mostFrequent(table.get(word));
    if (neighbour && /^\p{Script=Han}+$/u.test(neighbour) && beside >= BOUND_SHARE * n) bound.push(`${word}\t${n}\t${side}\t${neighbour}\t${beside}`);
  }
}
writeFileSync(
  boundOut,
  [
    `# Words news writes beside one same word: of the ${count} articles of news-burstiness.tsv, the words whose uses (uses) stand`,
    `# right after or right before (side) one same Han word (neighbour) at least ${BOUND_SHARE * 100} % of the time (beside): 联控 after`,
    '# 联防, 企事业 before 单位. Made by scripts/build-news-burstiness.mjs; read by src/extract/keywords/bound-words.ts.',
    'word\tuses\tside\tneighbour\tbeside',
    ...bound,
    '',
  ].join('\n'),
);
console.error(`${boundOut}: ${bound.length} bound words`);

function tally(table, word, neighbour) {
  let counts = table.get(word);
  if (!counts) table.set(word, (counts = new Map()));
  counts.set(neighbour, (counts.get(neighbour) ?? 0) + 1);
}

/** The most frequent neighbour and its uses; ties go to the first in code-point order, so the file is reproducible. */
function mostFrequent(counts) {
  let best = ['', 0];
  for (const [neighbour, n] of counts ?? []) {
    if (n > best[1] || (n === best[1] && neighbour < best[0])) best = [neighbour, n];
  }
  return best;
}
