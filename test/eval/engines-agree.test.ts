// Our binding to cppjieba and nodejieba's give the same words and tags on every text of the corpus, the seeds and the
// fixtures, measured by bench/compare-engines.mjs (test/unit/nlp/engines.test.ts does the same on the seeds and
// fixtures only). Skipped when our binding is not the engine (not built, or POLICY_CLI_ENGINE=nodejieba).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { engineName } from '../../src/nlp/segmenter.js';
import { hasShared, REPO, shared } from './shared.js';

describe.skipIf(!hasShared('corpus'))('both engines on the whole corpus', () => {
  it.skipIf(engineName() !== 'native')('cut and tag every file alike', () => {
    const dirs = [shared('corpus'), join(REPO, 'seeds'), join(REPO, 'test/fixtures')];
    const run = spawnSync(process.execPath, [join(REPO, 'bench/compare-engines.mjs'), ...dirs], { cwd: REPO, encoding: 'utf8' });
    console.log(`engines: ${run.stdout.trim()}`);
    expect(run.stderr).toBe('');
    const [, files, differ] = /^(\d+) files, \d+ tokens: (\d+) files differ/.exec(run.stdout) ?? [];
    expect(Number(files)).toBeGreaterThan(350);
    expect(Number(differ)).toBe(0);
    expect(run.status).toBe(0);
  });
});
