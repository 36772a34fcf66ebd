// A folder with a reprint in it: seed page 003 (four articles), its second article as another paper would print it
// (a new headline, the last paragraph cut, traditional script), and seed page 000, which has nothing in common with it.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';

export interface ReprintFolder {
  dir: string;
  /** The same folder without the reprint: what a collapsed run over `dir` must give. */
  originals: string;
}

export function reprintFolder(): ReprintFolder {
  const page = readFileSync('seeds/003_61d246b8bd128e03.txt', 'utf8');
  const other = readFileSync('seeds/000_5ad3a02533805057.txt', 'utf8');
  const lines = page.split('\n');
  const from = lines.findIndex((l) => l.includes('我区扎实做好儿童关爱和保护工作'));
  const to = lines.findIndex((l, i) => i > from && l.includes('我区分布式光伏建设赋能绿色发展'));
  const body = lines.slice(from + 1, to).filter((l) => l.trim());
  const copy = OpenCC.Converter({ from: 'cn', to: 'hk' })(['關愛兒童 東昌府區在行動', '', ...body.slice(0, -1)].join('\n'));
  const dir = mkdtempSync(join(tmpdir(), 'policy-cli-reprints-'));
  const originals = mkdtempSync(join(tmpdir(), 'policy-cli-originals-'));
  for (const folder of [dir, originals]) {
    writeFileSync(join(folder, 'a-page.txt'), page);
    writeFileSync(join(folder, 'c-other.txt'), other);
  }
  writeFileSync(join(dir, 'b-copy.txt'), copy);
  return { dir, originals };
}
