// Keyword junk on the five hand-judged samples of real news (issue 15): each sample is drawn again from realnews/ of the
// shared folder (scripts/draw-keyword-sample.mjs, its seed), its per-article top 10 joined with
// bench/keyword-judgements.tsv by bench/keyword-judged.mjs. Prints the figures and holds each sample's junk and hard
// junk at or under the ceiling it has reached, so a change that lets junk back into the lists fails here. A term no
// judgement covers is counted, not judged: judge it (`--unjudged`) and add it to the TSV.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hasShared, REPO, shared } from './shared.js';

/**
 * Junk and hard junk (the issue's never-classes) a sample's lists may hold, in per cent: a little above the figures
 * measured (9.5/4.6, 8.8/3.1, 13.4/3.3, 15.0/3.6, 16.8/4.2, 18.3/8.9). Seeds 15 and 2718 are the samples the rules were
 * made on; 31415, 8128, 20261203 and 31 were drawn and judged after rules were set (31 after the document, station,
 * unit-head and place-kind rules: held out from them).
 */
const CEILINGS: Record<string, { junk: number; hard: number }> = {
  '15': { junk: 10.5, hard: 5.5 },
  '2718': { junk: 9.5, hard: 4 },
  '31415': { junk: 14, hard: 4 },
  '8128': { junk: 16, hard: 4.5 },
  '20261203': { junk: 17.5, hard: 5 },
  '31': { junk: 19, hard: 9.5 },
};
/** Terms a sample's lists may hold that no judgement covers (a change of the lists adds terms to judge). */
const MAX_UNJUDGED = 8;

describe.skipIf(!hasShared('realnews'))('keyword junk on the judged real-news samples', () => {
  const dir = mkdtempSync(join(tmpdir(), 'policy-cli-keyword-junk-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(Object.keys(CEILINGS))('seed %s', (seed) => {
    const drawn = spawnSync(process.execPath, [join(REPO, 'scripts/draw-keyword-sample.mjs'), '--source', shared('realnews/source'), '--seed', seed], {
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
    expect(drawn.status, drawn.stderr).toBe(0);
    const sample = join(dir, `kw${seed}.jsonl`);
    writeFileSync(sample, drawn.stdout);
    const judged = spawnSync(process.execPath, [join(REPO, 'bench/keyword-judged.mjs'), sample], { encoding: 'utf8', maxBuffer: 1 << 26 });
    expect(judged.status, judged.stderr).toBe(0);
    const [header, row] = judged.stdout.trim().split('\n').map((line) => line.split('\t'));
    const figure = (name: string): number => Number.parseFloat(row![header!.indexOf(name)]!);
    console.log(`keyword junk, seed ${seed}: ${header!.slice(1).map((name, i) => `${name} ${row![i + 1]}`).join(', ')}`);
    expect(figure('junk')).toBeLessThanOrEqual(CEILINGS[seed]!.junk);
    expect(figure('hard junk')).toBeLessThanOrEqual(CEILINGS[seed]!.hard);
    expect(figure('unjudged')).toBeLessThanOrEqual(MAX_UNJUDGED);
  }, 120_000);
});
