// People and titles against CLUENER2020's labelled news sentences, measured by bench/eval-cluener.mjs (which prints the
// figures; run on the compiled code, built by scripts/eval.mjs). Our method finds officials by their titles, so its
// bar is precision, and recall over the names that carry a labelled position beside them.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasShared, REPO, shared } from './shared.js';

/** `label  P 96.5  R 29.9  F1 45.6 …` lines of the bench's output, by label. */
function scores(stdout: string): Map<string, { p: number; r: number; f1: number }> {
  const rows = new Map<string, { p: number; r: number; f1: number }>();
  for (const m of stdout.matchAll(/^(.+?)\s+P\s+([\d.]+)\s+R\s+([\d.]+)\s+F1\s+([\d.]+)/gm)) {
    rows.set(m[1]!.trim(), { p: Number(m[2]), r: Number(m[3]), f1: Number(m[4]) });
  }
  return rows;
}

describe.skipIf(!hasShared('eval/cluener-dev.json'))('people on CLUENER2020 dev', () => {
  it('finds names precisely, most names beside a title, and titles that end where the labels end', () => {
    const run = spawnSync(process.execPath, [join(REPO, 'bench/eval-cluener.mjs'), shared('eval/cluener-dev.json')], { cwd: REPO, encoding: 'utf8' });
    console.log(run.stdout.trim());
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const rows = scores(run.stdout);
    const names = rows.get('names: policy-cli findPeople')!;
    const anchored = rows.get('names beside a labelled position: findPeople')!;
    const jieba = rows.get('names: nodejieba tag nr/nrfg/nrt')!;
    const titleEnds = rows.get('titles vs position: same end offset')!;
    expect(names.p).toBeGreaterThanOrEqual(90);
    expect(anchored.p).toBeGreaterThanOrEqual(90);
    expect(anchored.r).toBeGreaterThanOrEqual(65);
    expect(names.f1).toBeGreaterThan(jieba.f1);
    expect(titleEnds.p).toBeGreaterThanOrEqual(90);
  });
});
