#!/usr/bin/env node
// npm run eval [-- CORPUS_DIR]: the checks that need the real texts kept beside the repo (not part of `npm test`).
// CORPUS_DIR is the shared folder (holding corpus/, eval/cluener-dev.json, realnews/): the argument, else
// POLICY_CLI_CORPUS, else ../shared next to the repo. It is handed to test/eval/ through POLICY_CLI_CORPUS.
// Whatever is missing is skipped, said on stderr, and is not a failure; the tests print the figures they measure.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const given = process.argv[2] ?? process.env.POLICY_CLI_CORPUS;
const shared = given ? resolve(given) : resolve(ROOT, '../shared');

/** What each part of the shared folder is for, and the eval files that read it. */
const PARTS = [
  {
    path: 'corpus',
    what: 'keyword quality on whole reports, attribution over the corpus, both engines on the whole corpus',
    tests: ['test/eval/keyword-quality.test.ts', 'test/eval/corpus-attribution.test.ts', 'test/eval/engines-agree.test.ts'],
  },
  {
    path: 'eval/cluener-dev.json',
    what: 'places and people against CLUENER2020 dev',
    tests: ['test/eval/cluener-places.test.ts', 'test/eval/cluener-people.test.ts'],
  },
  { path: 'realnews', what: 'the CLI over real news, the development gold of 60 of its articles, and keyword junk on the judged samples', tests: ['test/eval/realnews.test.ts', 'test/eval/gold-sample.test.ts', 'test/eval/keyword-junk.test.ts'] },
];

const present = PARTS.filter((part) => existsSync(join(shared, part.path)));
for (const part of PARTS) {
  if (!present.includes(part)) console.error(`eval: skipped ${part.what}: ${join(shared, part.path)} not found`);
}
if (present.length === 0) {
  console.error(`eval: nothing to run without ${shared} (give the folder as an argument or in POLICY_CLI_CORPUS)`);
  process.exit(0);
}
console.error(`eval: real texts from ${shared}`);

const node = (args, env = process.env) => spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit', env }).status ?? 1;
// The bench scripts and the CLI run the compiled code.
if (node([join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json']) !== 0) process.exit(1);
const status = node(
  [join(ROOT, 'node_modules/vitest/vitest.mjs'), 'run', '--config', 'vitest.eval.config.ts', ...present.flatMap((part) => part.tests)],
  { ...process.env, POLICY_CLI_CORPUS: shared },
);
process.exit(status);
