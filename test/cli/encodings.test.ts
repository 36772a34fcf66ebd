// Files that are not UTF-8 or GB18030, end to end: binary files, stray NULs, Big5, garbled encodings, --text, --encoding
// and --dict files in other encodings.
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import * as OpenCC from 'opencc-js';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { runCli } from './run-cli.js';

vi.setConfig({ testTimeout: 60_000 });

const dir = mkdtempSync(join(tmpdir(), 'policy-cli-encodings-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function put(name: string, bytes: Buffer | string): string {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, bytes);
  return path;
}

const SEED = readFileSync('seeds/003_61d246b8bd128e03.txt', 'utf8');
const JAPANESE = '経済財政運営と改革の基本方針について、政府は本日の閣議で決定した。デフレからの脱却と持続的な賃上げの実現を目指す。\n'.repeat(3);
const LATIN = 'Le développement économique régional a été présenté à la réunion: hausse des échanges, crédits agricoles, éducation et santé publique.\n'.repeat(3);

describe('binary files and NUL bytes', () => {
  it('refuses text with NULs as binary: one line naming the file, exit 1, other files still read', () => {
    const nul = put('nul.txt', Buffer.from('abc\0def 市委书记\0', 'utf8'));
    const result = runCli(['segment', nul, 'seeds/003_61d246b8bd128e03.txt', '-f', 'csv']);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`policy-cli: ${nul}: binary file (NUL bytes), not text\n`);
    expect(result.stdout).not.toContain('扡');
    expect(result.stdout).toContain('seeds/003_61d246b8bd128e03.txt,1,');
  });

  it('reads it with --text', () => {
    const nul = put('nul2.txt', Buffer.from('abc\0def 市委书记\0', 'utf8'));
    const result = runCli(['segment', nul, '--text', '-f', 'csv']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('市委书记');
  });

  it('reads a stray NUL in UTF-8 text, with a warning on stderr and exit 0', () => {
    const half = SEED.indexOf('\n', SEED.length >> 1);
    const path = put('stray-nul.txt', Buffer.concat([Buffer.from(SEED.slice(0, half), 'utf8'), Buffer.from([0]), Buffer.from(SEED.slice(half), 'utf8')]));
    const result = runCli(['keywords', path, '-f', 'csv', '-n', '5']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe(`policy-cli: ${path}: warning: a NUL byte in UTF-8 text, read as a space\n`);
    expect(result.stdout.trim().split('\n')).toHaveLength(6);
  });
});

describe('Big5 and garbled encodings', () => {
  it('reads Big5 as its UTF-8 original', () => {
    const traditional = OpenCC.Converter({ from: 'cn', to: 'tw' })(SEED);
    const big5 = iconv.encode(traditional, 'big5');
    expect(iconv.decode(big5, 'big5')).toBe(traditional); // every character has a Big5 code
    put('utf8/report.txt', traditional);
    put('big5/report.txt', big5);
    const utf8 = runCli(['keywords', join(dir, 'utf8'), '-f', 'csv', '-n', '15']);
    const fromBig5 = runCli(['keywords', join(dir, 'big5'), '-f', 'csv', '-n', '15']);
    expect(fromBig5.status).toBe(0);
    expect(fromBig5.stderr).toBe('');
    expect(fromBig5.stdout).toBe(utf8.stdout);
    expect(utf8.stdout.trim().split('\n')).toHaveLength(16);
  });

  it.each([
    ['Shift_JIS', () => iconv.encode(JAPANESE, 'shift_jis')],
    ['Latin-1', () => iconv.encode(LATIN, 'latin1')],
  ])('refuses %s: looks garbled, exit 1; --text reads it', (name, bytes) => {
    const path = put(`${name}.txt`, bytes());
    const result = runCli(['keywords', path, '-f', 'csv']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`^policy-cli: ${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: looks garbled: try --encoding[^\n]*\n$`));
    const forced = runCli(['segment', path, '--text', '-f', 'csv']);
    expect(forced.status).toBe(0);
    expect(forced.stderr).toBe('');
    expect(forced.stdout.split('\n').length).toBeGreaterThan(2);
  });

  it('an unknown --encoding is one usage error before any file is read', () => {
    const result = runCli(['keywords', 'seeds/', '/no/such/file.txt', '--encoding', 'nonsense']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('policy-cli: --encoding nonsense: unknown encoding (utf-8, utf-16le, utf-16be, gb18030, big5, shift_jis…)\n');
  });

  it('a known --encoding reads the file', () => {
    const path = put('sjis-forced.txt', iconv.encode(JAPANESE, 'shift_jis'));
    const result = runCli(['segment', path, '--encoding', 'shift_jis', '-f', 'csv']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('财政');
    expect(result.stdout).toContain('改革');
  });
});

describe('--dict files', () => {
  const text = put('dict-text.txt', '青州市全力推进一圈两翼三带项目建设，会议强调要抓好落实。\n');
  const tokens = (stdout: string) => stdout.trim().split('\n')[1]!.split(',')[3]!.split(' ');

  it('reads a GBK dictionary: its made-up word stays whole', () => {
    expect(tokens(runCli(['segment', text, '-f', 'csv']).stdout)).not.toContain('一圈两翼三带');
    const dict = put('gbk.dict', iconv.encode('一圈两翼三带 1000 nz\n', 'gbk'));
    const result = runCli(['segment', text, '-f', 'csv', '--dict', dict]);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(tokens(result.stdout)).toContain('一圈两翼三带');
  });

  it('refuses a binary dictionary with one line, exit 2', () => {
    const dict = put('binary.dict', Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919 + 13) % 256)));
    const result = runCli(['segment', text, '-f', 'csv', '--dict', dict]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`policy-cli: --dict ${dict}: binary file (NUL bytes), not text\n`);
  });
});
