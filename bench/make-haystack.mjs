// Builds a ~1 GB JSON Lines haystack: the realnews 人民日报 records repeated, each with a unique id.
import fs from 'node:fs';
const dir = process.argv[2], target = Number(process.argv[3]) * 1024 * 1024;
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort();
const records = files.flatMap((f) => fs.readFileSync(`${dir}/${f}`, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)));
const out = fs.openSync('big.jsonl', 'w');
let bytes = 0, round = 0;
while (bytes < target) {
  round++;
  const chunk = records.map((r, i) => JSON.stringify({ id: `r${round}-${i}`, ...r })).join('\n') + '\n';
  fs.writeSync(out, chunk); bytes += Buffer.byteLength(chunk);
}
fs.closeSync(out); console.log(bytes, round);
