// The bare script a user would write: read each file, call nodejieba.cut(text, true) (or tag / extract) on it.
// Usage: node bench/bare-nodejieba.mjs cut|tag|load FILELIST. Prints JSON: load and run times, bytes, peak RSS.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

const [mode, list] = process.argv.slice(2);
const require = createRequire(import.meta.url);
const t0 = performance.now();
const nodejieba = require('nodejieba');
nodejieba.load();
const t1 = performance.now();
let bytes = 0;
let words = 0;
if (mode !== 'load') {
  for (const file of readFileSync(list, 'utf8').split('\n').filter(Boolean)) {
    const text = readFileSync(file, 'utf8');
    bytes += Buffer.byteLength(text);
    words += (mode === 'tag' ? nodejieba.tag(text) : nodejieba.cut(text, true)).length;
  }
}
const t2 = performance.now();
console.log(JSON.stringify({ loadMs: t1 - t0, runMs: t2 - t1, bytes, words, maxRssKb: process.resourceUsage().maxRSS }));
