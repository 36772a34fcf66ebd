// The folder where tables built from our data files are kept between runs, so that a start reads them instead of
// building them: our binding's dictionary image (packages/segmenter-binding/image-cache.hpp: the trie built from
// jieba's text files, ~0.45 s and ~75 MB less per process) and HMM block (flat-hmm.hpp), the general IDF's lookup table
// (src/extract/keywords/general-idf.ts) and the policy IDF's (src/extract/keywords/idf-table.ts). Each file is named after what it was built from, so a changed
// input is never served an old table; a folder that is missing, read-only or cannot be made only means building them
// at every start, and no output depends on whether a table was read or built.
import { accessSync, constants, mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The cache folder: POLICY_CLI_CACHE_DIR (empty: no cache), else $XDG_CACHE_HOME/policy-cli, else
 * %LOCALAPPDATA%\policy-cli on Windows, else ~/.cache/policy-cli. A pure function of the environment.
 */
export function cacheDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform, home = homedir): string {
  if (env.POLICY_CLI_CACHE_DIR !== undefined) return env.POLICY_CLI_CACHE_DIR;
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, 'policy-cli');
  if (platform === 'win32' && env.LOCALAPPDATA) return join(env.LOCALAPPDATA, 'policy-cli');
  const dir = home();
  return dir ? join(dir, '.cache', 'policy-cli') : '';
}

/** The cache folder, made if missing; '' when there is none or it cannot be made (tables are then built and not kept). */
export function readyCacheDir(): string {
  const dir = cacheDir();
  if (!dir) return '';
  try {
    mkdirSync(dir, { recursive: true });
    return dir;
  } catch {
    return '';
  }
}

/** Images kept per kind: each edit of a --dict makes a new one (~14 MB), so the oldest beyond these are removed. */
export const KEPT_PER_KIND = 8;

/**
 * Remove the oldest files of `dir` whose names start with `prefix` beyond the `keep` most recently written, and
 * temporary files of that kind left by a run that died while writing (older than an hour). Best effort: a file
 * another run removes or uses first is simply skipped.
 */
export function pruneCache(dir: string, prefix: string, keep = KEPT_PER_KIND, now = Date.now()): void {
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.startsWith(prefix));
  } catch {
    return;
  }
  const files: { path: string; mtime: number; temporary: boolean }[] = [];
  for (const name of names) {
    try {
      files.push({ path: join(dir, name), mtime: statSync(join(dir, name)).mtimeMs, temporary: name.includes('.tmp-') });
    } catch {
      // gone meanwhile
    }
  }
  const finished = files.filter((f) => !f.temporary).sort((a, b) => b.mtime - a.mtime);
  const stale = [...finished.slice(keep), ...files.filter((f) => f.temporary && now - f.mtime > 3_600_000)];
  for (const file of stale) {
    try {
      unlinkSync(file.path);
    } catch {
      // gone meanwhile, or not ours to remove
    }
  }
}

/**
 * The bytes of the cache file `name` in `dir` (default: the cache folder), read in one read into a buffer of their own
 * that starts 8-aligned (for Float64Array views); undefined when there is no folder or no such file, or it cannot be read.
 */
export function cachedBytes(name: string, dir = cacheDir()): Uint8Array | undefined {
  if (!dir) return undefined;
  let bytes: Buffer;
  try {
    bytes = readFileSync(join(dir, name));
  } catch {
    return undefined;
  }
  return bytes.byteOffset % 8 === 0 ? bytes : new Uint8Array(bytes);
}

/**
 * Whether a table could be kept in `dir` (default: the cache folder): there is one, and it exists or can be made, and
 * can be written. Asked before building a table to keep (a run without a usable folder parses its input and builds
 * nothing it would throw away); a best guess, as saveInCache may still fail.
 */
export function canKeepInCache(dir = cacheDir()): boolean {
  if (!dir) return false;
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Keep `bytes` as the cache file `name`: written to a temporary file that is then renamed into place, so that a reader
 * (another process) sees the whole file or none; the folder is made when missing. Then, with `prune`, only the `keep` newest files named `prefix…` stay
 * (see pruneCache). Best effort: returns whether it was kept; a folder that cannot be made or written is no error.
 */
export function saveInCache(name: string, bytes: Uint8Array | string, options: { dir?: string; prune?: { prefix: string; keep: number } } = {}): boolean {
  const dir = options.dir ?? cacheDir();
  if (!dir) return false;
  const path = join(dir, name);
  const temporary = `${path}.tmp-${process.pid}-${Math.random().toString(36).slice(2)}`;
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(temporary, bytes, { flag: 'wx' });
    renameSync(temporary, path);
  } catch {
    try {
      unlinkSync(temporary);
    } catch {
      // nothing was written
    }
    return false;
  }
  if (options.prune) pruneCache(dir, options.prune.prefix, options.prune.keep);
  return true;
}
