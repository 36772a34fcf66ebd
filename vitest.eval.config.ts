// `npm run eval` (scripts/eval.mjs): checks that only make sense on the real texts beside the repo (POLICY_CLI_CORPUS,
// default ../shared): keyword quality on national reports, attribution, CLUENER2020 places and people, both segmenting
// engines on the whole corpus, the CLI over real news. Each test prints the figures it measured.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/eval/**/*.test.ts'],
    testTimeout: 600_000,
    hookTimeout: 600_000,
    // One file at a time: each reads megabytes of text or spawns the CLI, and the figures print in order.
    fileParallelism: false,
  },
});
