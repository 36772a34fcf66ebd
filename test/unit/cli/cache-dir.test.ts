// Where tables built from the data files are kept between runs.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheDir } from '../../../src/cache-dir.js';

describe('cacheDir(env, platform, home)', () => {
  const home = () => '/home/u';
  it.each([
    [{ POLICY_CLI_CACHE_DIR: '/tmp/c' }, 'linux', '/tmp/c'],
    [{ POLICY_CLI_CACHE_DIR: '', XDG_CACHE_HOME: '/x' }, 'linux', ''], // set but empty: no cache
    [{ XDG_CACHE_HOME: '/x' }, 'linux', join('/x', 'policy-cli')],
    [{}, 'linux', join('/home/u', '.cache', 'policy-cli')],
    [{ LOCALAPPDATA: 'C:\\Users\\u\\AppData\\Local' }, 'win32', join('C:\\Users\\u\\AppData\\Local', 'policy-cli')],
  ] as const)('%j on %s: %s', (env, platform, dir) => {
    expect(cacheDir(env, platform, home)).toBe(dir);
  });

  it('is none without a home folder', () => expect(cacheDir({}, 'linux', () => '')).toBe(''));
});
