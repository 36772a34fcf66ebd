import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listInputs } from '../../../src/corpus/inputs.js';
import { lineStartsOf, readSource } from '../../../src/corpus/read.js';
import { InputError } from '../../../src/types.js';

let root: string;
const cwd = process.cwd();

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'policy-cli-inputs-'));
  process.chdir(root);
  mkdirSync('pages/2022/12', { recursive: true });
  writeFileSync('pages/b.txt', '市委常委会召开会议\n');
  writeFileSync('pages/a.txt', '省委经济工作会议在济南召开\n');
  writeFileSync('pages/2022/12/c.txt', '我区扎实做好儿童关爱和保护工作\n');
  writeFileSync('pages/notes.md', '# not an input\n');
  writeFileSync('pages/Z.txt', '大写字母排在小写之前\n');
  mkdirSync('empty');
  writeFileSync('empty/readme.md', 'nothing');
  writeFileSync('report.doc.bak', '政府工作报告\n');
  mkdirSync('loop');
  writeFileSync('loop/x.txt', '会议强调\n');
  symlinkSync('..', 'loop/up');
  symlinkSync('self-a', 'self-b');
  symlinkSync('self-b', 'self-a');
  execFileSync('mkfifo', ['pipe.txt']);
  mkdirSync('odd names/x.txt', { recursive: true });
  writeFileSync('odd names/潍坊 日报.txt', '潍坊市委常委会召开会议\n');
  writeFileSync('odd names/-lead.txt', '市政府常务会议召开\n');
  writeFileSync('odd names/x.txt/inner.txt', '县委经济工作会议召开\n');
});

afterAll(() => {
  process.chdir(cwd);
});

describe('listInputs', () => {
  it('walks a directory recursively in code-point order, with docs below the directory as typed', async () => {
    for (const typed of ['pages', 'pages/']) {
      const { files, errors } = await listInputs([typed], { extensions: ['.txt'] });
      expect(errors).toEqual([]);
      expect(files.map((f) => f.doc)).toEqual(['pages/2022/12/c.txt', 'pages/Z.txt', 'pages/a.txt', 'pages/b.txt']);
      expect(files[0]!.path).toBe(join('pages', '2022/12/c.txt'));
    }
  });

  it('reads a file given explicitly whatever its extension, and stdin as - (first)', async () => {
    const { files, errors } = await listInputs(['report.doc.bak', '-', 'pages/notes.md'], { extensions: ['.txt'] });
    expect(errors).toEqual([]);
    expect(files).toEqual([
      { path: '-', doc: '-' },
      { path: 'pages/notes.md', doc: 'pages/notes.md' },
      { path: 'report.doc.bak', doc: 'report.doc.bak' },
    ]);
  });

  it('drops duplicates, keeping the name that sorts first', async () => {
    const { files } = await listInputs(['pages/a.txt', 'pages', './pages/a.txt', '-', '-'], { extensions: ['.txt'] });
    expect(files.map((f) => f.doc)).toEqual(['-', './pages/a.txt', 'pages/2022/12/c.txt', 'pages/Z.txt', 'pages/b.txt']);
  });

  it('gives the same list whatever the order of the inputs', async () => {
    const inputs = ['pages/b.txt', 'odd names', 'pages', 'report.doc.bak', 'missing.txt', 'pipe.txt'];
    const first = await listInputs(inputs, { extensions: ['.txt'] });
    for (const order of [[...inputs].reverse(), [inputs[2]!, inputs[5]!, inputs[0]!, inputs[4]!, inputs[1]!, inputs[3]!]]) {
      const again = await listInputs(order, { extensions: ['.txt'] });
      expect(again.files).toEqual(first.files);
      expect(again.errors.map((e) => e.message)).toEqual(first.errors.map((e) => e.message));
    }
    expect(first.errors.map((e) => e.message)).toEqual(['missing.txt: no such file or directory', 'pipe.txt: is a FIFO (named pipe), not a regular file']);
  });

  it('keeps file names with spaces, Chinese characters and a leading dash; walks a directory named x.txt', async () => {
    const { files, errors } = await listInputs(['odd names'], { extensions: ['.txt'] });
    expect(errors).toEqual([]);
    expect(files.map((f) => f.doc)).toEqual(['odd names/-lead.txt', 'odd names/x.txt/inner.txt', 'odd names/潍坊 日报.txt']);
    const direct = await listInputs(['odd names/x.txt'], { extensions: ['.md'] });
    expect(direct.errors.map((e) => e.message)).toEqual(['odd names/x.txt: directory has no matching files (.md)']);
  });

  it('reports a bad path typed twice once', async () => {
    const { errors } = await listInputs(['missing.txt', 'missing.txt'], { extensions: ['.txt'] });
    expect(errors.map((e) => e.message)).toEqual(['missing.txt: no such file or directory']);
  });

  it.each([
    ['missing.txt', /missing\.txt: no such file/],
    ['empty', /empty: directory has no matching files/],
    ['pipe.txt', /pipe\.txt: is a FIFO/],
    ['self-a', /self-a: symbolic link loop/],
  ])('reports %s as an InputError and goes on', async (input, message) => {
    const { files, errors } = await listInputs([input, 'pages/a.txt'], { extensions: ['.txt'] });
    expect(files.map((f) => f.doc)).toEqual(['pages/a.txt']);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(InputError);
    expect(errors[0]!.message).toMatch(message);
  });

  it('does not loop through a symlink to an ancestor', async () => {
    const { files, errors } = await listInputs(['loop'], { extensions: ['.txt'] });
    expect(files.map((f) => f.doc)).toEqual(['loop/x.txt']);
    expect(errors.map((e) => e.message)).toEqual(['loop/up: symbolic link loop']);
  });

  it.skipIf(process.getuid?.() === 0)('reports permission denied', async () => {
    mkdirSync('locked');
    writeFileSync('locked/x.txt', '会议\n');
    chmodSync('locked', 0o000);
    const { errors } = await listInputs(['locked'], { extensions: ['.txt'] });
    chmodSync('locked', 0o755);
    expect(errors[0]!.message).toMatch(/locked: permission denied/);
  });
});

describe('readSource', () => {
  it('decodes and fills the line table (CRLF, LF and CR)', async () => {
    writeFileSync('crlf.txt', Buffer.from('第一行\r\n第二行\n第三行\r第四行', 'utf8'));
    const source = await readSource({ path: 'crlf.txt', doc: 'crlf.txt' }, {});
    expect(source).toMatchObject({ doc: 'crlf.txt', path: 'crlf.txt', encoding: 'utf-8' });
    expect(source.original).toBe('第一行\r\n第二行\n第三行\r第四行');
    expect(source.lineStarts).toEqual([0, 5, 9, 13]);
  });

  it.skipIf(process.getuid?.() === 0)('reports a file without read permission', async () => {
    writeFileSync('secret.txt', '会议\n');
    chmodSync('secret.txt', 0o000);
    await expect(readSource({ path: 'secret.txt', doc: 'secret.txt' }, {})).rejects.toThrow(/^secret\.txt: permission denied$/);
  });

  it.each([
    ['a directory', 'odd names/x.txt', /is a directory/],
    ['a FIFO', 'pipe.txt', /is a FIFO/],
    ['a symlink loop', 'self-a', /symbolic link loop/],
    ['a missing file', 'missing.txt', /no such file/],
  ])('refuses %s without hanging', async (_what, path, reason) => {
    await expect(readSource({ path, doc: path }, {})).rejects.toThrow(reason);
  });

  it('throws an InputError naming the file', async () => {
    writeFileSync('empty.txt', '');
    await expect(readSource({ path: 'empty.txt', doc: 'pages/empty.txt' }, {})).rejects.toThrow(/^pages\/empty\.txt: empty file$/);
    await expect(readSource({ path: 'nope.txt', doc: 'nope.txt' }, {})).rejects.toThrow(InputError);
  });

  it.each([
    ['', [0]],
    ['a', [0]],
    ['a\n', [0, 2]],
    ['\r\n\r\n', [0, 2, 4]],
    ['a\rb', [0, 2]],
  ])('lineStartsOf(%j)', (text, starts) => {
    expect(lineStartsOf(text)).toEqual(starts);
  });
});
