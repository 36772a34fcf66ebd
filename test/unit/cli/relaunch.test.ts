import { describe, expect, it } from 'vitest';
import { isRelaunched, RELAUNCH_FLAGS, wantsRelaunch } from '../../../src/cli/relaunch.js';

describe('a run starts again with the collector on its own threads only when its workers fill every core', () => {
  it.each([
    // jobs, cores, env, execArgv, relaunch?
    [2, 2, {}, [], true],
    [4, 4, {}, [], true],
    [2, 1, {}, [], true], // more workers than cores (capped later): every core is taken
    [1, 1, {}, [], false], // one thread: nothing to gain
    [1, 2, {}, [], false], // -j1 leaves a core to the collector's helpers
    [2, 4, {}, [], false], // two workers on four cores: the helpers have cores of their own
    [2, 2, { POLICY_CLI_RELAUNCH: 'off' }, [], false],
    [2, 2, { POLICY_CLI_RELAUNCH: 'on' }, [], true],
    [2, 2, {}, ['--single-threaded-gc'], false], // already relaunched (or started so by the user)
    [2, 2, {}, ['--max-old-space-size=4096'], true],
  ])('%i jobs on %i cores, env %j, node %j → %s', (jobs, cores, env, execArgv, expected) => {
    expect(wantsRelaunch(jobs, cores, env, execArgv)).toBe(expected);
  });

  it.each([
    [[...RELAUNCH_FLAGS], true],
    [['--inspect', ...RELAUNCH_FLAGS], true],
    [[], false],
  ])('node %j is the relaunched process: %s', (execArgv, expected) => {
    expect(isRelaunched(execArgv)).toBe(expected);
  });
});
