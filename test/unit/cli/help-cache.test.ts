// The help and version text kept between runs: served only for the arguments, terminal width, colour settings and
// source files it was printed under, and never when it cannot be read.
import { mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { cachedHelp, helpKey, isHelpRequest, saveHelp } from '../../../src/cli/help-cache.js';

const dir = mkdtempSync(join(tmpdir(), 'policy-cli-help-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const pipe = { isTTY: false };

describe('isHelpRequest(argv)', () => {
  it.each<[string[], boolean]>([
    [['--help'], true],
    [['-h'], true],
    [['--version'], true],
    [['-V'], true],
    [['keywords', '--help'], true],
    [['compare', '-h'], true],
    [[], false],
    [['help'], false],
    [['help', 'keywords'], false],
    [['keywords'], false],
    [['keywords', 'seeds/'], false],
    [['--help', 'keywords'], false],
    [['keywords', '--help', '-f', 'csv'], false],
    [['./file', '--help'], false],
  ])('%j: %s', (argv, expected) => expect(isHelpRequest(argv)).toBe(expected));
});

describe('saveHelp and cachedHelp', () => {
  it('keep the text under its arguments, width and colour settings only', () => {
    const options = { dir, stdout: pipe, env: {} };
    expect(cachedHelp(['--help'], options)).toBeUndefined();
    saveHelp(['--help'], 'Usage: policy-cli\n', options);
    expect(cachedHelp(['--help'], options)).toBe('Usage: policy-cli\n');
    expect(cachedHelp(['-h'], options)).toBeUndefined();
    expect(cachedHelp(['--help'], { ...options, stdout: { isTTY: true, columns: 60 } })).toBeUndefined();
    expect(cachedHelp(['--help'], { ...options, env: { NO_COLOR: '1' } })).toBeUndefined();
    // Not a help request: never kept, never served.
    saveHelp(['keywords', 'seeds/'], 'rows', options);
    expect(cachedHelp(['keywords', 'seeds/'], options)).toBeUndefined();
  });

  it('serve nothing once a source file changes', () => {
    const options = { dir, stdout: pipe, env: {} };
    saveHelp(['keywords', '--help'], 'Usage: policy-cli keywords\n', options);
    expect(cachedHelp(['keywords', '--help'], options)).toBe('Usage: policy-cli keywords\n');
    const source = fileURLToPath(new URL('../../../src/cli/broken-pipe.ts', import.meta.url));
    const { atime, mtime } = statSync(source);
    try {
      utimesSync(source, atime, new Date(mtime.getTime() + 2000));
      expect(cachedHelp(['keywords', '--help'], options)).toBeUndefined();
    } finally {
      utimesSync(source, atime, mtime); // to the millisecond: the key may still differ from before, which only costs a miss
    }
  });

  it('serve nothing from a file kept under another key, and need no cache folder', () => {
    const options = { dir, stdout: pipe, env: {} };
    saveHelp(['-V'], '0.1.0\n', options);
    expect(cachedHelp(['-V'], options)).toBe('0.1.0\n');
    for (const name of readdirSync(dir)) writeFileSync(join(dir, name), '["another key"]\nUsage: stale\n');
    expect(cachedHelp(['-V'], options)).toBeUndefined();
    expect(cachedHelp(['--help'], { ...options, dir: '' })).toBeUndefined();
    expect(() => saveHelp(['--help'], 'x', { ...options, dir: join(dir, 'missing', 'x') })).not.toThrow();
  });

  it('key on the size and time of each file the help is made of', () => {
    const key = JSON.parse(helpKey(['--help'], pipe, {})) as string[];
    const files = key.slice(4).map((entry) => entry.replace(/ \d+ [\d.]+$/, ''));
    expect(files.some((f) => /[/\\]cli[/\\]options\.[jt]s$/.test(f))).toBe(true);
    expect(files.some((f) => /[/\\]cli[/\\]commands[/\\]keywords\.[jt]s$/.test(f))).toBe(true);
    expect(files.some((f) => /[/\\]package\.json$/.test(f) && !f.includes('commander'))).toBe(true);
    expect(files.some((f) => /commander[/\\]lib[/\\]help\.js$/.test(f))).toBe(true);
  });
});
