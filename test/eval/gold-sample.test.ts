// The development gold (test/eval/gold/, annotated by hand) against what the tool finds in the 60 real-news articles
// scripts/sample-realnews.mjs draws from realnews/ of the shared folder: prints the scores and every error count, and
// holds each field at or above the floor it has reached, so a change that loses ground on real news fails here.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonl, runCli } from '../cli/run-cli.js';
import { hasShared, REPO, shared } from './shared.js';

/** F1 each field has reached on the sample, a little below the figure measured (officials .984, meetings 1.0/.971, places .95,
 * figures .974/.888, slogans .943): a change that loses ground on real news fails here. */
const FLOORS: Record<string, number> = {
  'officials name': 0.95,
  'officials name+title': 0.95,
  'meetings name': 0.95,
  'meetings name+role': 0.93,
  'places place': 0.94,
  'figures value+unit': 0.97,
  'figures metric': 0.875,
  'slogans slogan': 0.92,
};

let dir: string;

describe.skipIf(!hasShared('realnews'))('the development gold', () => {
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'policy-cli-sample-'));
    const drawn = spawnSync(process.execPath, [join(REPO, 'scripts/sample-realnews.mjs'), '--source', shared('realnews/source'), '--out', dir], { encoding: 'utf8' });
    expect(drawn.status).toBe(0);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('scores every field at or above its floor', () => {
    const run = runCli(['eval', '--gold', 'test/eval/gold', dir, '--ext', '.jsonl,.md', '-f', 'jsonl']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const scores = jsonl(run.stdout);
    console.log('development gold, 60 real-news articles:');
    for (const s of scores) {
      console.log(`  ${`${s.kind} ${s.field}`.padEnd(22)} gold ${String(s.gold).padStart(4)}  found ${String(s.predicted).padStart(4)}  hits ${String(s.hits).padStart(4)}  P ${s.precision}  R ${s.recall}  F1 ${s.f1}`);
    }
    for (const s of scores) expect.soft(Number(s.f1), `${s.kind} ${s.field}`).toBeGreaterThanOrEqual(FLOORS[`${s.kind} ${s.field}`] ?? 0);
    expect(scores.length).toBe(Object.keys(FLOORS).length);
  });
});

// The second development sample (test/eval/gold-c/): 60 other articles, annotated for places only, so that a rule fitted
// to the first sample's articles shows here whether it holds on articles it was not made for.
const SECOND_SAMPLE = ['--seed', '7', '--exclude-seed', '20261201'];
/** Places F1 on the second sample, a little below the figure measured (.967). */
const SECOND_FLOOR = 0.95;

let second: string;

describe.skipIf(!hasShared('realnews'))('the second development gold (places)', () => {
  beforeAll(() => {
    second = mkdtempSync(join(tmpdir(), 'policy-cli-sample-c-'));
    const drawn = spawnSync(process.execPath, [join(REPO, 'scripts/sample-realnews.mjs'), '--source', shared('realnews/source'), '--out', second, ...SECOND_SAMPLE], { encoding: 'utf8' });
    expect(drawn.status).toBe(0);
  });
  afterAll(() => rmSync(second, { recursive: true, force: true }));

  it('scores places at or above its floor', () => {
    const run = runCli(['eval', '--gold', 'test/eval/gold-c', second, '--ext', '.jsonl,.md', '--kind', 'places', '-f', 'jsonl']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const [s] = jsonl(run.stdout);
    console.log(`second development gold, 60 real-news articles: places gold ${s.gold}  found ${s.predicted}  hits ${s.hits}  F1 ${s.f1}`);
    expect(Number(s.f1)).toBeGreaterThanOrEqual(SECOND_FLOOR);
  });
});
