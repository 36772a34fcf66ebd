#!/usr/bin/env node
// node bench/make-haystack.mjs SOURCE_DIR MB [OUT]
//
// Builds a JSON Lines haystack of about MB megabytes for the scale figures in the README ("What it costs, per
// document"): the records of every .jsonl file in SOURCE_DIR (../shared/realnews/source), repeated, each copy with its
// own id (`r<round>-<n>`) so that every record is a document of its own. Writes OUT (default big.jsonl).
import fs from 'node:fs';
import path from 'node:path';

const [dir, mb, out = 'big.jsonl'] = process.argv.slice(2);
if (!dir || !Number(mb)) {
  console.error('usage: node bench/make-haystack.mjs SOURCE_DIR MB [OUT]');
  process.exit(2);
}
const target = Number(mb) * 1024 * 1024;
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort();
const records = files.flatMap((f) =>
  fs.readFileSync(path.join(dir, f), 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line)),
);
const fd = fs.openSync(out, 'w');
let bytes = 0;
let round = 0;
while (bytes < target) {
  round++;
  const chunk = records.map((r, i) => JSON.stringify({ id: `r${round}-${i}`, ...r })).join('\n') + '\n';
  fs.writeSync(fd, chunk);
  bytes += Buffer.byteLength(chunk);
}
fs.closeSync(fd);
console.error(`${out}: ${bytes} bytes, ${round} copies of ${records.length} records`);
