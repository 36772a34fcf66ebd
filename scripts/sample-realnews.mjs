#!/usr/bin/env node
// node scripts/sample-realnews.mjs [--source DIR] [--out DIR] [--seed N] [--exclude-seed N[,N…]] [--list]
//
// Draws the development sample of real news that test/eval/gold/ annotates: the same articles on every machine, from
// the same seed. Each drawn article is written to its own file in --out, named after where it came from, so a gold row's
// `file` names one article:
//   - 人民日报 records (rmrb-*.jsonl) → `rmrb-YYYYMMDD-PP-NN.jsonl`, the record's line as found (a one-record JSON Lines
//     file, read like any other);
//   - 新闻联播 stories (xwlb-*.txt) → `xwlb-YYYYMMDD-NN.md`, the day heading, the story's `###` heading and its lines as
//     found (NN = the story's place in that day's 详细新闻).
// The draw is stratified so every level and both sources are in it: each candidate gets a rough level from the posts its
// headline and lede name (county, city, province, else national); a seeded shuffle orders them and each source × level
// takes its quota. Candidates are articles of 300–3,000 characters (a page tag such as 广告 or a long feature would be no
// test, or too long to annotate by hand). The rough level only spreads the draw: the gold says what each article is.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32 as random, optionsOf } from './lib/draw.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = optionsOf(args);
const source = resolve(option('--source', join(process.env.POLICY_CLI_CORPUS ?? resolve(ROOT, '../shared'), 'realnews/source')));
const out = option('--out', undefined);
const seed = Number(option('--seed', '20261201'));

/** How many articles each source draws at each level (60 in all; 新闻联播 has few local stories of a fitting length). */
const QUOTAS = {
  rmrb: { national: 13, province: 8, city: 8, county: 9 },
  xwlb: { national: 10, province: 5, city: 4, county: 3 },
};
const MIN_CHARS = 300;
const MAX_CHARS = 3000;


/** A rough level from the posts and organs a text names first; only used to spread the draw. */
function roughLevel(text) {
  const head = text.slice(0, 400);
  if (/(?<!自治)(?:县|旗)(?:委|长|政府|人大)|区委书记|区长/.test(head)) return 'county';
  if (/(?<!北京|天津|上海|重庆)市(?:委|长|政府|人大)|州委|盟委/.test(head)) return 'city';
  if (/省(?:委|长|政府|人大)|自治区(?:党委|政府|主席)|(?:北京|天津|上海|重庆)市(?:委|长|政府)/.test(head)) return 'province';
  return 'national';
}

function* rmrbArticles() {
  for (const name of readdirSync(source).filter((n) => /^rmrb-.*\.jsonl$/.test(n)).sort()) {
    for (const line of readFileSync(join(source, name), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const record = JSON.parse(line);
      const stem = record.file.split('/').pop().replace(/\.txt$/, '');
      yield { source: 'rmrb', file: `rmrb-${stem}.jsonl`, text: record.text, content: `${line}\n` };
    }
  }
}

function* xwlbArticles() {
  for (const name of readdirSync(source).filter((n) => /^xwlb-.*\.txt$/.test(n)).sort()) {
    const lines = readFileSync(join(source, name), 'utf8').split('\n');
    let day = null;
    let story = null;
    let n = 0;
    const flush = () => {
      if (story && day) {
        const text = story.lines.join('\n');
        const content = `# 《新闻联播》（${day}）\n\n${text.replace(/\n+$/, '')}\n`;
        return { source: 'xwlb', file: `xwlb-${day}-${String(story.n).padStart(2, '0')}.md`, text, content };
      }
      return null;
    };
    for (const line of lines) {
      const dayHeading = /^# 《新闻联播》（(\d{8})）/.exec(line);
      if (dayHeading || /^#{1,3} /.test(line)) {
        const done = flush();
        if (done) yield done;
        story = null;
        if (dayHeading) {
          day = dayHeading[1];
          n = 0;
        } else if (line.startsWith('### ')) story = { n: ++n, lines: [line] };
        continue;
      }
      if (story) story.lines.push(line);
    }
    const done = flush();
    if (done) yield done;
  }
}

const candidates = [...rmrbArticles(), ...xwlbArticles()].filter((a) => {
  const chars = a.text.replace(/\s/g, '').length;
  return chars >= MIN_CHARS && chars <= MAX_CHARS;
});
/** The articles a seeded draw takes: a seeded shuffle, then each source × level takes its quota, skipping `excluded`. */
function draw(seed, excluded = new Set()) {
  const order = [...candidates];
  const next = random(seed);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  const left = structuredClone(QUOTAS);
  const taken = [];
  const takeFrom = (pool) => {
    for (const article of pool) {
      const level = roughLevel(article.text);
      if (left[article.source][level] > 0) {
        left[article.source][level]--;
        taken.push({ ...article, level });
      }
    }
  };
  const pool = order.filter((a) => !excluded.has(a.file));
  takeFrom(pool);
  // A level one source runs out of (新闻联播's local stories, once a first draw took them) is filled from the other.
  const [first, second] = Object.keys(left);
  for (const level of Object.keys(left[first])) {
    const short = { [first]: left[second][level], [second]: left[first][level] };
    left[first][level] = short[first];
    left[second][level] = short[second];
  }
  const drawnFiles = new Set(taken.map((a) => a.file));
  takeFrom(pool.filter((a) => !drawnFiles.has(a.file)));
  return taken;
}

// --exclude-seed N: leave out what the draw with seed N takes, so a second development sample shares no article with the
// first (新闻联播 has so few local stories that two draws would otherwise share most of them).
// Several seeds, comma-separated, leave out each draw in turn (a third sample beside the first two: 20261201,7).
const excludeSeeds = (option('--exclude-seed', undefined) ?? '').split(',').filter(Boolean).map(Number);
const excluded = new Set();
for (const s of excludeSeeds) for (const a of draw(s, excluded)) excluded.add(a.file);
const drawn = draw(seed, excluded);
drawn.sort((a, b) => (a.file < b.file ? -1 : 1));

if (args.includes('--list') || !out) {
  for (const a of drawn) console.log(`${a.file}\t${a.level}\t${a.text.replace(/\s/g, '').length}`);
}
if (out) {
  mkdirSync(out, { recursive: true });
  for (const a of drawn) writeFileSync(join(out, a.file), a.content);
  console.error(`sample-realnews: ${drawn.length} articles (seed ${seed}) written to ${out}`);
}
