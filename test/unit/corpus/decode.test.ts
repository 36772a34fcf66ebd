import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../src/corpus/decode.js';
import { InputError } from '../../../src/types.js';

const GB18030_FIXTURE = '/work/shared/corpus/encodings/district_hailar_2012_gov-report.gb18030.txt';
const SAMPLE = '本报济南12月24日讯 省委经济工作会议在济南召开。\r\n会议指出，2023年是开局之年。';

describe('decodeBytes: detection', () => {
  it('reads the real GB18030 report with CRLF line ends', () => {
    const { text, encoding } = decodeBytes(readFileSync(GB18030_FIXTURE), 'hailar.txt');
    expect(encoding).toBe('gb18030');
    expect(text.startsWith('政 府 工 作 报 告\r\n')).toBe(true);
    expect(text).toContain('在海拉尔区第十三届人民代表大会第六次会议上');
    expect(text).not.toContain('\uFFFD');
  });

  it.each([
    ['utf-8 without BOM', Buffer.from(SAMPLE, 'utf8'), 'utf-8'],
    ['utf-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SAMPLE, 'utf8')]), 'utf-8'],
    ['utf-16le with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SAMPLE, 'utf16le')]), 'utf-16le'],
    ['utf-16be with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(SAMPLE, 'utf-16be')]), 'utf-16be'],
    ['utf-16le without BOM', Buffer.from(SAMPLE, 'utf16le'), 'utf-16le'],
    ['utf-16be without BOM', iconv.encode(SAMPLE, 'utf-16be'), 'utf-16be'],
    ['gbk', iconv.encode(SAMPLE, 'gbk'), 'gb18030'],
    ['gb18030', iconv.encode(SAMPLE, 'gb18030'), 'gb18030'],
  ])('%s', (_name, bytes, encoding) => {
    const decoded = decodeBytes(bytes, 'x.txt');
    expect(decoded).toEqual({ text: SAMPLE, encoding });
  });

  it('uses a forced encoding', () => {
    const bytes = iconv.encode('市委常委会召开会议', 'gbk');
    expect(decodeBytes(bytes, 'x.txt', 'GBK')).toEqual({ text: '市委常委会召开会议', encoding: 'gbk' });
    expect(decodeBytes(Buffer.from('市委', 'utf8'), 'x.txt', 'utf8').text).toBe('市委');
  });

  it('reads plain ASCII as utf-8', () => {
    expect(decodeBytes(Buffer.from('GDP 5.5%\n'), 'x.txt')).toEqual({ text: 'GDP 5.5%\n', encoding: 'utf-8' });
  });
});

describe('decodeBytes: refusals', () => {
  it.each([
    ['empty file', Buffer.alloc(0), /empty/],
    ['only a BOM', Buffer.from([0xef, 0xbb, 0xbf]), /empty/],
    ['PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), /PNG/],
    ['PDF', Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj', 'latin1'), /PDF/],
    ['ZIP', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]), /ZIP/],
    ['GZIP', Buffer.from([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0]), /GZIP/],
    ['NUL bytes at random', Buffer.from([0x41, 0, 0, 0x42, 0x43, 0x44, 0, 0x45, 0, 0, 0, 0x46, 0x47, 0x48]), /binary/],
    ['only whitespace', Buffer.from(' \n\t\r\n\u3000\n', 'utf8'), /no text/],
    ['only punctuation', Buffer.from('。，、——！！\n', 'utf8'), /no text/],
    ['undecodable bytes', Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 2 ? 0x81 : 0xff))), /cannot decode|binary/],
    ['unknown forced encoding', Buffer.from('abc'), /unknown encoding/],
  ])('%s', (name, bytes, reason) => {
    const run = () => decodeBytes(bytes, 'bad.bin', name === 'unknown forced encoding' ? 'klingon-8' : undefined);
    expect(run).toThrow(InputError);
    expect(run).toThrow(reason);
    expect(run).toThrow(/^bad\.bin: /);
  });
});

describe('decodeBytes: damaged UTF-8', () => {
  it('keeps a long UTF-8 text with one broken byte as UTF-8', () => {
    const text = '会议指出，2023年是全面贯彻落实党的二十大精神开局之年。'.repeat(20);
    const bytes = Buffer.from(text, 'utf8');
    bytes[30] = 0xff;
    const decoded = decodeBytes(bytes, 'x.txt');
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text.slice(0, 9)).toBe(text.slice(0, 9));
  });

  it('keeps a UTF-8 file cut in the middle of a character as UTF-8', () => {
    const bytes = Buffer.from('市委经济工作会议召开', 'utf8').subarray(0, 29);
    expect(decodeBytes(bytes, 'x.txt').encoding).toBe('utf-8');
  });
});
