#!/usr/bin/env node
// Person and title recognition against CLUENER2020's development set (news sentences labelled by hand).
// Compares our people (official + person) with the `name` label and our titles with `position`, next to nodejieba's
// `nr*` tags on the same sentences. Runs the compiled code: build first with `npx tsc -p .`.
//
//   node bench/eval-cluener.mjs [path/to/cluener-dev.json] [--errors N]   (default: ../shared/eval/cluener-dev.json)
//
// The file holds one JSON object per sentence ({text, label: {name: {"张三": [[start, end]]}, position: {…}}},
// offsets inclusive), one per line or pretty-printed one after another; both are read.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findPeople } from '../dist/extract/people/people.js';
import { tag } from '../dist/nlp/segmenter.js';

const args = process.argv.slice(2);
const errorsAt = args.indexOf('--errors');
const showErrors = errorsAt >= 0 ? Number(args[errorsAt + 1] ?? 20) : 0;
const file = args.find((a, i) => !a.startsWith('--') && i !== errorsAt + 1) ?? fileURLToPath(new URL('../../shared/eval/cluener-dev.json', import.meta.url));

/** Split concatenated JSON objects (pretty-printed or one per line) by brace depth, minding strings. */
function readObjects(text) {
  const objects = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    else if (ch === '{') {
      if (depth++ === 0) start = i;
    } else if (ch === '}' && --depth === 0) objects.push(JSON.parse(text.slice(start, i + 1)));
  }
  return objects;
}

/** `label.name` → Set of `start:end` (end exclusive). */
function goldSpans(label, type) {
  const spans = new Set();
  for (const offsets of Object.values(label?.[type] ?? {})) for (const [s, e] of offsets) spans.add(`${s}:${e + 1}`);
  return spans;
}

function article(text) {
  return { doc: 'cluener', index: 1, title: '', byline: [], text, bodyStart: 0, origin: new Int32Array(text.length + 1), source: { doc: 'cluener', path: 'cluener', encoding: 'utf-8', original: text, lineStarts: [0] } };
}

/** Where the title of a found person is printed: right before the name (after one space at most) or right after it. */
function titleSpan(text, span) {
  const title = span.title;
  if (!title) return undefined;
  for (const gap of [0, 1]) {
    const start = span.start - gap - title.length;
    if (start >= 0 && text.startsWith(title, start)) return `${start}:${start + title.length}`;
  }
  if (text.startsWith(title, span.end)) return `${span.end}:${span.end + title.length}`;
  return undefined;
}

class Score {
  tp = 0;
  fp = 0;
  fn = 0;
  add(predicted, gold) {
    for (const p of predicted) (gold.has(p) ? this.tp++ : this.fp++);
    for (const g of gold) if (!predicted.has(g)) this.fn++;
  }
  get precision() { return this.tp / (this.tp + this.fp || 1); }
  get recall() { return this.tp / (this.tp + this.fn || 1); }
  get f1() { return (2 * this.precision * this.recall) / (this.precision + this.recall || 1); }
  row(label) {
    const pct = (x) => (100 * x).toFixed(1).padStart(5);
    return `${label.padEnd(44)} P ${pct(this.precision)}  R ${pct(this.recall)}  F1 ${pct(this.f1)}   (tp ${this.tp}, fp ${this.fp}, fn ${this.fn})`;
  }
}

const sentences = readObjects(readFileSync(file, 'utf8'));
const ours = new Score();
const oursAnchored = new Score();
const jieba = new Score();
const titles = new Score();
const titleEnds = new Score();
const errors = [];
const started = performance.now();
for (const { text, label } of sentences) {
  const goldNames = goldSpans(label, 'name');
  const goldPositions = goldSpans(label, 'position');
  const people = findPeople(article(text));
  const names = new Set(people.map((p) => `${p.start}:${p.end}`));
  ours.add(names, goldNames);
  // Recall over the names that carry a labelled position right beside them: the names our method is built for.
  const anchored = new Set(
    [...goldNames].filter((g) => {
      const [s, e] = g.split(':').map(Number);
      return [...goldPositions].some((p) => {
        const [ps, pe] = p.split(':').map(Number);
        return pe === s || pe + 1 === s || ps === e;
      });
    }),
  );
  oursAnchored.add(new Set([...names].filter((n) => anchored.has(n) || !goldNames.has(n))), anchored);
  const tagged = new Set(tag(text).filter((t) => /^nr/.test(t.tag ?? '')).map((t) => `${t.start}:${t.end}`));
  jieba.add(tagged, goldNames);
  const ourTitles = new Set(people.map((p) => titleSpan(text, p)).filter(Boolean));
  titles.add(ourTitles, goldPositions);
  // A title chain as we print it includes its organisation (潍坊市委书记), which CLUENER labels apart
  // (government + position): count a title as found when it ends where the labelled position ends.
  const end = (s) => s.split(':')[1];
  titleEnds.add(new Set([...ourTitles].map(end)), new Set([...goldPositions].map(end)));
  if (errors.length < showErrors) {
    const missed = [...goldNames].filter((g) => !names.has(g));
    const wrong = [...names].filter((n) => !goldNames.has(n));
    if (missed.length || wrong.length) {
      const show = (s) => text.slice(...s.split(':').map(Number));
      errors.push(`${text}\n   missed: ${missed.map(show).join(' ')}   wrong: ${wrong.map(show).join(' ')}`);
    }
  }
}
const seconds = (performance.now() - started) / 1000;
console.log(`CLUENER2020 dev: ${sentences.length} sentences, ${seconds.toFixed(1)} s (includes nodejieba baseline)`);
console.log(ours.row('names: policy-cli findPeople'));
console.log(oursAnchored.row('names beside a labelled position: findPeople'));
console.log(jieba.row('names: nodejieba tag nr/nrfg/nrt'));
console.log(titles.row('titles vs position: exact span'));
console.log(titleEnds.row('titles vs position: same end offset'));
if (errors.length) console.log(`\n${errors.join('\n')}`);
