// Where our binding keeps its dictionary image between runs (see packages/segmenter-binding/image-cache.hpp): the
// dictionaries' trie, built from jieba's text files at the first run and read back in one read at every later start
// (~0.45 s and ~75 MB less per process). The image's name is a hash of the dictionaries' contents, so a changed
// dictionary is never served an old image; a cache folder that cannot be made or written only means building the
// trie at every start, as nodejieba does.
import { mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The cache folder: POLICY_CLI_CACHE_DIR (empty: no cache), else $XDG_CACHE_HOME/policy-cli, else
 * %LOCALAPPDATA%\policy-cli on Windows, else ~/.cache/policy-cli. A pure function of the environment.
 */
export function dictionaryCacheDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform, home = homedir): string {
  if (env.POLICY_CLI_CACHE_DIR !== undefined) return env.POLICY_CLI_CACHE_DIR;
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, 'policy-cli');
  if (platform === 'win32' && env.LOCALAPPDATA) return join(env.LOCALAPPDATA, 'policy-cli');
  const dir = home();
  return dir ? join(dir, '.cache', 'policy-cli') : '';
}

/** The cache folder, made if missing; '' when there is none or it cannot be made (the binding then builds and keeps nothing). */
export function readyCacheDir(): string {
  const dir = dictionaryCacheDir();
  if (!dir) return '';
  try {
    mkdirSync(dir, { recursive: true });
    return dir;
  } catch {
    return '';
  }
}
