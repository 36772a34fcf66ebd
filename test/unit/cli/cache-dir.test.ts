// Where tables built from the data files are kept between runs.
import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheDir, cachedBytes, pruneCache, saveInCache } from '../../../src/cache-dir.js';

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

describe('pruneCache(dir, prefix, keep)', () => {
  it('keeps the most recently written files of a kind, and removes temporary ones older than an hour', () => {
    const dir = mkdtempSync(join(tmpdir(), 'policy-cli-prune-'));
    try {
      const now = Date.now();
      const write = (name: string, ageSeconds: number) => {
        writeFileSync(join(dir, name), '');
        utimesSync(join(dir, name), (now - ageSeconds * 1000) / 1000, (now - ageSeconds * 1000) / 1000);
      };
      write('dictionary-a.img', 30);
      write('dictionary-b.img', 20);
      write('dictionary-c.img', 10);
      write('dictionary-c.img.tmp-1', 7200); // a run died while writing it
      write('dictionary-d.img.tmp-2', 60); // another run is writing it now
      write('general-idf-1-2.bin', 40); // another kind
      pruneCache(dir, 'dictionary-', 2, now);
      expect(readdirSync(dir).sort()).toEqual(['dictionary-b.img', 'dictionary-c.img', 'dictionary-d.img.tmp-2', 'general-idf-1-2.bin']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('does nothing where there is no folder', () => expect(() => pruneCache(join(tmpdir(), 'policy-cli-no-such-dir'), 'dictionary-')).not.toThrow());
});

describe('saveInCache(name, bytes, options) and cachedBytes(name, dir)', () => {
  it('writes through a temporary file renamed into place, and reads back in a buffer that starts 8-aligned', () => {
    const dir = mkdtempSync(join(tmpdir(), 'policy-cli-save-'));
    try {
      const folder = join(dir, 'made', 'when', 'missing');
      expect(saveInCache('idf-1.bin', new Uint8Array([1, 2, 3]), { dir: folder })).toBe(true);
      expect(readdirSync(folder)).toEqual(['idf-1.bin']); // no temporary file left
      const bytes = cachedBytes('idf-1.bin', folder)!;
      expect([...bytes]).toEqual([1, 2, 3]);
      expect(bytes.byteOffset % 8).toBe(0);
      expect(cachedBytes('idf-2.bin', folder)).toBeUndefined();
      // A newer file of the kind replaces the oldest beyond `keep`.
      expect(saveInCache('idf-2.bin', 'text', { dir: folder, prune: { prefix: 'idf-', keep: 1 } })).toBe(true);
      expect(readdirSync(folder).sort()).toHaveLength(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is no error where there is no folder or it cannot be made', () => {
    const dir = mkdtempSync(join(tmpdir(), 'policy-cli-save-'));
    try {
      writeFileSync(join(dir, 'a-file'), '');
      expect(saveInCache('x.bin', 'x', { dir: join(dir, 'a-file', 'cache') })).toBe(false);
      expect(saveInCache('x.bin', 'x', { dir: '' })).toBe(false);
      expect(cachedBytes('x.bin', '')).toBeUndefined();
      expect(cachedBytes('x.bin', join(dir, 'a-file', 'cache'))).toBeUndefined();
      expect(readdirSync(dir)).toEqual(['a-file']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
