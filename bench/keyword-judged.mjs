#!/usr/bin/env node
// node bench/keyword-judged.mjs [--cli bin/policy-cli.js] [--unjudged] SAMPLE.jsonl...
//
// The per-article top 10 (`keywords SAMPLE --by doc --top 10`) of each keyword sample (scripts/draw-keyword-sample.mjs),
// measured against the hand judgements of bench/keyword-judgements.tsv (issue 15): junk and hard junk (the issue's
// never-classes), policy and subject terms, how many terms an article lists, and the multi-word share counted two ways:
// - phrases: terms policy-cli joined from several of the segmenter's words (孤困 儿童 → 孤困儿童);
// - multi-word: those, and single words of the segmenter made of two or more dictionary words of two characters or
//   more each (营商环境 = 营商 + 环境, 疫情防控 = 疫情 + 防控; not 呼吸机 or 制造业, whose last part is one character).
// The examples of phrases (营商环境, 双招双引) are of the second kind: the policy dictionary keeps them whole.
// --unjudged lists the terms the judgements lack, to judge and add.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const cliAt = args.indexOf('--cli');
const cli = cliAt >= 0 ? resolve(args.splice(cliAt, 2)[1]) : join(ROOT, 'bin/policy-cli.js');
const listUnjudged = args.includes('--unjudged');
const samples = args.filter((arg) => !arg.startsWith('--'));
if (samples.length === 0) {
  console.error('usage: node bench/keyword-judged.mjs [--cli bin/policy-cli.js] [--unjudged] SAMPLE.jsonl...');
  process.exit(2);
}

const judgements = new Map();
for (const line of readFileSync(join(ROOT, 'bench/keyword-judgements.tsv'), 'utf8').split('\n')) {
  if (!line || line.startsWith('#') || line.startsWith('keyword\t')) continue;
  const [keyword, label, kind] = line.split('\t');
  judgements.set(keyword, { label, hard: kind === 'hard' });
}

const { posLexicon } = await import(join(ROOT, 'dist/nlp/segmenter.js'));
const lexicon = posLexicon();
const isWord = (text) => text.length >= 2 && lexicon.get(text) !== undefined;
/** Can `text` be cut into two or more dictionary words of two characters or more? */
function isCompound(text, whole = true) {
  if (!whole && isWord(text)) return true;
  for (let cut = 2; cut <= text.length - 2; cut++) if (isWord(text.slice(0, cut)) && isCompound(text.slice(cut), false)) return true;
  return false;
}

const percent = (part, whole) => `${((100 * part) / Math.max(1, whole)).toFixed(1)} %`;
console.log(['sample', 'terms', 'junk', 'hard junk', 'policy', 'subject', 'unjudged', 'phrases', 'multi-word', 'per article'].join('\t'));
for (const sample of samples) {
  const tsv = execFileSync(process.execPath, [cli, 'keywords', sample, '--by', 'doc', '--top', '10', '-f', 'tsv', '--explain'], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  const [header, ...lines] = tsv.trim().split('\n');
  const column = Object.fromEntries(header.split('\t').map((name, i) => [name, i]));
  const rows = lines.map((line) => line.split('\t'));
  const count = { junk: 0, hard: 0, P: 0, S: 0, phrases: 0, multi: 0 };
  const unjudged = new Set();
  for (const row of rows) {
    const keyword = row[column.keyword];
    const judged = judgements.get(keyword);
    if (!judged) unjudged.add(keyword);
    else if (judged.label === 'J') {
      count.junk++;
      if (judged.hard) count.hard++;
    } else count[judged.label]++;
    const phrase = row[column.parts].includes(' ');
    if (phrase) count.phrases++;
    if (phrase || isCompound(keyword)) count.multi++;
  }
  const articles = new Set(rows.map((row) => row[column.doc])).size;
  console.log(
    [
      sample,
      rows.length,
      percent(count.junk, rows.length),
      percent(count.hard, rows.length),
      count.P,
      count.S,
      unjudged.size,
      percent(count.phrases, rows.length),
      percent(count.multi, rows.length),
      (rows.length / Math.max(1, articles)).toFixed(1),
    ].join('\t'),
  );
  if (listUnjudged) for (const keyword of unjudged) console.log(`unjudged\t${keyword}`);
}
