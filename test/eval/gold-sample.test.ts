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

/** Draws a sample with scripts/sample-realnews.mjs (extra arguments: its seed) into a temporary folder. */
function drawSample(prefix: string, args: string[] = []): string {
  const out = mkdtempSync(join(tmpdir(), prefix));
  const drawn = spawnSync(process.execPath, [join(REPO, 'scripts/sample-realnews.mjs'), '--source', shared('realnews/source'), '--out', out, ...args], { encoding: 'utf8' });
  expect(drawn.status).toBe(0);
  return out;
}

/** Scores the sample against a gold folder, prints every field's figures, and holds each at or above its floor. */
function scoreAgainst(gold: string, sample: string, label: string, floors: Record<string, number>): void {
  const run = runCli(['eval', '--gold', gold, sample, '--ext', '.jsonl,.md', '-f', 'jsonl']);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  const scores = jsonl(run.stdout);
  console.log(`${label}:`);
  for (const s of scores) {
    console.log(`  ${`${s.kind} ${s.field}`.padEnd(22)} gold ${String(s.gold).padStart(4)}  found ${String(s.predicted).padStart(4)}  hits ${String(s.hits).padStart(4)}  P ${s.precision}  R ${s.recall}  F1 ${s.f1}`);
  }
  for (const s of scores) expect.soft(Number(s.f1), `${s.kind} ${s.field}`).toBeGreaterThanOrEqual(floors[`${s.kind} ${s.field}`] ?? 0);
  expect(scores.length).toBe(Object.keys(floors).length);
}

let dir: string;

describe.skipIf(!hasShared('realnews'))('the development gold', () => {
  beforeAll(() => {
    dir = drawSample('policy-cli-sample-');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('scores every field at or above its floor', () => {
    scoreAgainst('test/eval/gold', dir, 'development gold, 60 real-news articles', FLOORS);
  });
});

// The second development sample (test/eval/gold-c/): 60 other articles, annotated for every kind by two other
// annotators, so that a rule fitted to the first sample's articles shows here whether it holds on articles it was not
// made for.
const SECOND_SAMPLE = ['--seed', '7', '--exclude-seed', '20261201'];
/** F1 on the second sample, a little below the figures measured (officials .978/.978, meetings .954/.892, places .967,
 * figures .973/.883, slogans .941). */
const SECOND_FLOORS: Record<string, number> = {
  'officials name': 0.96,
  'officials name+title': 0.96,
  'meetings name': 0.93,
  'meetings name+role': 0.87,
  'places place': 0.95,
  'figures value+unit': 0.96,
  'figures metric': 0.86,
  'slogans slogan': 0.92,
};

let second: string;

describe.skipIf(!hasShared('realnews'))('the second development gold', () => {
  beforeAll(() => {
    second = drawSample('policy-cli-sample-c-', SECOND_SAMPLE);
  });
  afterAll(() => rmSync(second, { recursive: true, force: true }));

  it('scores every field at or above its floor', () => {
    scoreAgainst('test/eval/gold-c', second, 'second development gold, 60 other real-news articles', SECOND_FLOORS);
  });
});

// The third sample (test/eval/gold-d/): 54 articles held out while the rules were fitted to the first two, then
// annotated for every kind and measured once before the rules were changed against it.
const THIRD_SAMPLE = ['--seed', '11', '--exclude-seed', '20261201,7'];
/** F1 on the third sample, a little below the figures reached after its fixes (officials .982/.970, meetings .939/.939,
 * places .963, figures .992/.861, slogans .958). */
const THIRD_FLOORS: Record<string, number> = {
  'officials name': 0.95,
  'officials name+title': 0.94,
  'meetings name': 0.92,
  'meetings name+role': 0.92,
  'places place': 0.94,
  'figures value+unit': 0.97,
  'figures metric': 0.84,
  'slogans slogan': 0.93,
};

let third: string;

describe.skipIf(!hasShared('realnews'))('the third sample', () => {
  beforeAll(() => {
    third = drawSample('policy-cli-sample-d-', THIRD_SAMPLE);
  });
  afterAll(() => rmSync(third, { recursive: true, force: true }));

  it('scores every field at or above its floor', () => {
    scoreAgainst('test/eval/gold-d', third, 'third sample, 54 held-out real-news articles', THIRD_FLOORS);
  });
});
