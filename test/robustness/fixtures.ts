// A folder as users scrape it: good pages in several encodings and with awkward names, next to files that are not
// pages at all. Everything is generated here, so no binary fixture is committed.
import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, symlinkSync, writeFileSync, ftruncateSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { REPO } from '../cli/run-cli.js';

const seed = (name: string) => readFileSync(join(REPO, 'seeds', name), 'utf8');
const text = (name: string) => readFileSync(join(REPO, 'test/fixtures/texts', name), 'utf8');

/** Text that CSV and TSV must carry through unchanged: quotes, commas, line breaks, emoji, formula starts. */
export const AWKWARD_TEXT = [
  '市委经济工作会议召开',
  '本报讯 12月25日，市委经济工作会议在潍坊召开。会议指出，"稳中求进"、“六稳”“六保”，全市地区生产总值增长5.5%，',
  '居民消费价格同比下降0.8个百分点，引进项目1,200个😀。',
  '=SUM(A1) 会议强调，+86 0536-8888 @市委 -0.8 要坚定信心、实干担当。',
  '',
].join('\n');

export interface BadFile {
  /** Path relative to the folder (or, for inputs outside it, as typed on the command line). */
  name: string;
  /** What the stderr line must say after `policy-cli: <doc>: `. */
  reason: RegExp;
  /** What it is, for the report. */
  what: string;
}

export interface Fixture {
  /** Folder with the good files only. */
  goodDir: string;
  /** Folder with the same good files and every bad one. */
  mixedDir: string;
  goodNames: string[];
  /** Bad files found inside mixedDir. */
  bad: BadFile[];
}

/** Good pages: names with spaces, Chinese characters and a leading `-`; UTF-8, GB18030, UTF-16 without BOM, cut off. */
function goodFiles(): Array<[string, Buffer]> {
  const cut = iconv.encode(text('gov-report-spaced-title.txt'), 'gb18030');
  let end = Math.floor(cut.length * 0.6);
  while (cut[end - 1]! < 0x81) end++; // end right after a lead byte: half a character
  return [
    ['潍坊 日报.txt', Buffer.from(seed('000_5ad3a02533805057.txt'), 'utf8')],
    ['-lead.txt', Buffer.from(seed('003_61d246b8bd128e03.txt'), 'utf8')],
    ['gbk page.txt', iconv.encode(seed('001_46527c2ebb2fba94.txt'), 'gb18030')],
    ['utf16 no bom.txt', iconv.encode(seed('004_d6fae8ff9b9cff12.txt'), 'utf-16le')],
    ['truncated gb18030.txt', cut.subarray(0, end)],
    ['quotes, commas and emoji.txt', Buffer.from(AWKWARD_TEXT, 'utf8')],
  ];
}

export function makeFixture(root: string): Fixture {
  const goodDir = join(root, 'good');
  const mixedDir = join(root, 'mixed');
  mkdirSync(goodDir, { recursive: true });
  mkdirSync(mixedDir, { recursive: true });
  const good = goodFiles();
  for (const [name, bytes] of good) {
    writeFileSync(join(goodDir, name), bytes);
    writeFileSync(join(mixedDir, name), bytes);
  }

  const bad: BadFile[] = [];
  const put = (name: string, bytes: Buffer | string, reason: RegExp, what: string) => {
    writeFileSync(join(mixedDir, name), bytes);
    bad.push({ name, reason, what });
  };
  const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('\0\0\0\rIHDR\0\0\x01\0', 'latin1')]);
  put('image.txt', png, /^binary file \(a PNG image\), not text$/, 'a PNG renamed .txt');
  put('scan.pdf.txt', Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1'), /^binary file \(a PDF file\), not text$/, 'a PDF renamed .txt');
  put('nul bytes.txt', Buffer.concat([Buffer.from('市委常委会召开会议\n', 'utf8'), Buffer.from([0, 0, 0, 0x13, 0x37, 0, 0xfe, 0, 0x41]), Buffer.from('会议强调', 'utf8')]), /^binary file/, 'a file with NUL bytes');
  put('invalid utf-8.txt', Buffer.from(Array.from({ length: 600 }, (_, i) => [0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xff, 0x41][i % 8]!)), /^looks garbled: try --encoding \(not text in UTF-8, UTF-16, GB18030 or Big5: \d+ invalid byte sequences/, 'invalid UTF-8 throughout');
  put('empty.txt', '', /^empty file$/, 'an empty file');
  put('blank.txt', ' \n\t\r\n\u3000\u3000\n\n', /^no text in file/, 'only whitespace');
  put('punctuation.txt', '。，、——！！\n……“”《》\n', /^no text in file/, 'only punctuation');
  // A sparse file: 300 MB of NUL bytes on paper, no disk used. No size is too big since big files are read in pieces:
  // refused by its first bytes (the head that tells the encoding), the rest never read.
  const huge = openSync(join(mixedDir, 'runaway dump.txt'), 'w');
  ftruncateSync(huge, 300 * 1024 * 1024);
  closeSync(huge);
  bad.push({ name: 'runaway dump.txt', reason: /^binary file \(NUL bytes\), not text$/, what: 'a 300 MB file of NUL bytes (sparse)' });
  execFileSync('mkfifo', [join(mixedDir, 'fifo.txt')]);
  bad.push({ name: 'fifo.txt', reason: /^is a FIFO \(named pipe\), not a regular file$/, what: 'a FIFO' });
  symlinkSync('loop-b.txt', join(mixedDir, 'loop-a.txt'));
  symlinkSync('loop-a.txt', join(mixedDir, 'loop-b.txt'));
  bad.push({ name: 'loop-a.txt', reason: /^symbolic link loop$/, what: 'a symlink loop' });
  bad.push({ name: 'loop-b.txt', reason: /^symbolic link loop$/, what: 'a symlink loop' });
  // Walked into (and empty) inside the folder; named on the command line it is reported.
  mkdirSync(join(mixedDir, 'x.txt'));
  return { goodDir, mixedDir, goodNames: good.map(([name]) => name), bad };
}
