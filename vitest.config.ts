// `npm test`: everything under test/ except test/eval (checks on the real corpus beside the repo, run by `npm run eval`).
// Two projects, so each kind of test gets a timeout that fits it:
// - unit: functions called in this process; a unit test that needs more than 15 s is a slow test, not a loaded machine.
// - e2e: tests that spawn bin/policy-cli.js (~1 s each to start and load the dictionaries, ~4 s for the --jobs runs
//   when idle); on a loaded 2-core machine those take several times as long, so they get 60 s. Files that need more
//   still raise it with vi.setConfig (test/robustness).
import { configDefaults, defineConfig } from 'vitest/config';

const E2E = ['test/cli/**/*.test.ts', 'test/robustness/**/*.test.ts'];

export default defineConfig({
  test: {
    exclude: [...configDefaults.exclude, 'test/eval/**'],
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: [...configDefaults.exclude, 'test/eval/**', ...E2E], testTimeout: 15_000, hookTimeout: 15_000 },
      },
      {
        extends: true,
        test: { name: 'e2e', include: E2E, testTimeout: 60_000, hookTimeout: 60_000 },
      },
    ],
  },
});
