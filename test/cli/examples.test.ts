// The examples in examples/ run as the README shows them: GNU parallel shards a corpus, the counts merge into the IDF
// of one run, and DuckDB aggregates the shards' rows into what one run's rows give. GNU parallel is Debian's
// `parallel` package (.ci/run installs it); without it the shard run is skipped and says why.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { jsonl, REPO, runCli, withoutEngineNotice } from './run-cli.js';

vi.setConfig({ testTimeout: 240_000 });

const INPUTS = ['seeds', 'test/fixtures/texts'];
const hasParallel = spawnSync('parallel', ['--version'], { encoding: 'utf8' }).status === 0;
if (!hasParallel) console.warn('examples: GNU parallel is not installed (Debian package `parallel`): the shard example is skipped');

describe.skipIf(!hasParallel)('examples/parallel-shards.sh and examples/duckdb-by-place-year.mjs', () => {
  const out = mkdtempSync(join(tmpdir(), 'policy-cli-example-'));
  const run = spawnSync('bash', ['examples/parallel-shards.sh', out, '3', ...INPUTS], { cwd: REPO, encoding: 'utf8' });

  it('runs the shards and the merge', () => {
    // Each process of a checkout without our binding says so once (see withoutEngineNotice): nothing else on stderr.
    expect(run.stderr.split('\n').filter((line) => line && withoutEngineNotice(`${line}\n`) !== '')).toEqual([]);
    expect(run.status).toBe(0);
  });

  it('merges the shards\' counts into the IDF of one run, byte for byte', () => {
    expect(readFileSync(join(out, 'corpus.idf'), 'utf8')).toBe(runCli(['idf', ...INPUTS]).stdout);
  });

  it('merges the shards\' keyword counts into the keywords of one run, byte for byte', () => {
    expect(readFileSync(join(out, 'keywords-by-place.csv'), 'utf8')).toBe(runCli(['keywords', '--by', 'place', ...INPUTS, '-f', 'csv']).stdout);
  });

  it('aggregates the shards\' rows in DuckDB as one run\'s rows add up', () => {
    const duck = spawnSync(process.execPath, ['examples/duckdb-by-place-year.mjs', out], { cwd: REPO, encoding: 'utf8' });
    expect(duck.status).toBe(0);
    // The same aggregate computed here from one unsharded run.
    const tally = new Map<string, number>();
    for (const row of jsonl(runCli(['docs', ...INPUTS, '-f', 'jsonl']).stdout)) {
      const year = /^\d{4}/.test(String(row.date ?? '')) ? String(row.date).slice(0, 4) : '';
      const key = `${row.place_code ?? ''},${row.place ?? ''},${year}`;
      tally.set(key, (tally.get(key) ?? 0) + 1);
    }
    const expected = [...tally].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, n]) => `${key},${n},0`);
    const lines = duck.stdout.trim().split('\n');
    expect(lines[0]).toBe('place_code,place,year,articles,reprints');
    expect(lines.slice(1)).toEqual(expected);
  });
});

describe('examples/slurm-array.sh, run as the tasks of an array would run it', () => {
  it('gives with 3 tasks the rows of one run, and counts that merge into its IDF', () => {
    const out = mkdtempSync(join(tmpdir(), 'policy-cli-slurm-'));
    for (const task of ['1', '2', '3']) {
      const r = spawnSync('bash', ['examples/slurm-array.sh', out, ...INPUTS], {
        cwd: REPO,
        encoding: 'utf8',
        env: { ...process.env, SLURM_ARRAY_TASK_ID: task, SLURM_ARRAY_TASK_COUNT: '3' },
      });
      expect(r.status).toBe(0);
    }
    const rows = ['1', '2', '3'].flatMap((t) => readFileSync(join(out, 'rows', `docs-${t}.jsonl`), 'utf8').split('\n').filter(Boolean));
    expect(rows.sort()).toEqual(runCli(['docs', ...INPUTS, '-f', 'jsonl']).stdout.split('\n').filter(Boolean).sort());
    const merged = runCli(['idf', ...['1', '2', '3'].flatMap((t) => ['--from-counts', join(out, 'counts', `idf-${t}.counts`)])]);
    expect(merged.stdout).toBe(runCli(['idf', ...INPUTS]).stdout);
  });

  it('refuses to run outside an array without the task variables', () => {
    const r = spawnSync('bash', ['examples/slurm-array.sh', '/tmp/unused', 'seeds'], { cwd: REPO, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('run as a Slurm array task');
  });
});

