// The fastest Node segmenter as a peer: @node-rs/jieba's cut(text, true) over each file, single-threaded.
// Installed only in bench/peers (npm install --prefix bench/peers). Usage: node bench/bare-noders.mjs FILELIST
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

const [list] = process.argv.slice(2);
const require = createRequire(new URL('./peers/package.json', import.meta.url));
const t0 = performance.now();
const { Jieba } = require('@node-rs/jieba');
const { dict } = require('@node-rs/jieba/dict');
const jieba = Jieba.withDict(dict);
const t1 = performance.now();
let bytes = 0;
let words = 0;
for (const file of readFileSync(list, 'utf8').split('\n').filter(Boolean)) {
  const text = readFileSync(file, 'utf8');
  bytes += Buffer.byteLength(text);
  words += jieba.cut(text, true).length;
}
const t2 = performance.now();
console.log(JSON.stringify({ loadMs: t1 - t0, runMs: t2 - t1, bytes, words, maxRssKb: process.resourceUsage().maxRSS }));
