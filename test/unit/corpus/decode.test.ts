import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { PLAUSIBLE, decodeBytes, encodingExists, plausibility } from '../../../src/corpus/decode.js';
import { InputError } from '../../../src/types.js';

// A government work report as such reports were published: GB18030 with CRLF line ends (encoded here from our own text).
const REPORT = readFileSync('test/fixtures/texts/gov-report-spaced-title.txt', 'utf8').replace(/\n/g, '\r\n');
const CJK_ONLY = '市委经济工作会议召开。会议强调，要把握大局、坚定信心，在加快高质量发展中勇毅前行。';
const SAMPLE = '本报济南12月24日讯 省委经济工作会议在济南召开。\r\n会议指出，2023年是开局之年。';

describe('decodeBytes: detection', () => {
  it('reads a whole GB18030 report with CRLF line ends', () => {
    const { text, encoding } = decodeBytes(iconv.encode(REPORT, 'gb18030'), 'report.txt');
    expect(encoding).toBe('gb18030');
    expect(text.startsWith('政 府 工 作 报 告\r\n')).toBe(true);
    expect(text).toContain('在青山区第五届人民代表大会第三次会议上');
    expect(text).toBe(REPORT);
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
    // Chinese only, so no NUL pattern from ASCII; 开 (U+5F00) still brings NUL bytes.
    ['utf-16le without BOM, no ASCII', Buffer.from(CJK_ONLY, 'utf16le'), 'utf-16le'],
    ['utf-16be without BOM, no ASCII', iconv.encode(CJK_ONLY, 'utf-16be'), 'utf-16be'],
  ])('%s', (name, bytes, encoding) => {
    const decoded = decodeBytes(bytes, 'x.txt');
    expect(decoded).toEqual({ text: name.includes('no ASCII') ? CJK_ONLY : SAMPLE, encoding });
    expect(decoded.text).not.toContain('\uFFFD');
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
    ['undecodable bytes', Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 2 ? 0x81 : 0xff))), /looks garbled: try --encoding|binary/],
    ['invalid UTF-8 throughout', Buffer.from(Array.from({ length: 300 }, (_, i) => [0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xff][i % 7]!)), /looks garbled: try --encoding \(not text in UTF-8, UTF-16, GB18030 or Big5: \d+ invalid/],
    ['Latin-1 control bytes', Buffer.from('\x01\x02\x03 header \x04\x05 市委', 'latin1'), /binary file \(control characters\)/],
    ['JPEG', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]), /JPEG/],
    ['only a UTF-16 BOM', Buffer.from([0xff, 0xfe]), /empty/],
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

describe('decodeBytes: truncated downloads', () => {
  const text = '市委经济工作会议召开。会议强调，要把握大局、坚定信心。'.repeat(10);
  // 𠀀 (U+20000) is four bytes in GB18030 and UTF-8, a surrogate pair in UTF-16.
  const rare = `${text}𠀀`;

  it.each([
    ['gb18030', iconv.encode(rare, 'gb18030'), 'gb18030'],
    ['utf-8', Buffer.from(rare, 'utf8'), 'utf-8'],
    ['utf-16le', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(rare, 'utf16le')]), 'utf-16le'],
  ])('drops the character a %s file was cut in, whatever byte the cut falls on', (_name, bytes, encoding) => {
    for (let cut = 1; cut <= 3; cut++) {
      const decoded = decodeBytes(bytes.subarray(0, bytes.length - cut), 'cut.txt');
      expect(decoded.encoding).toBe(encoding);
      expect(decoded.text).toBe(text);
    }
    expect(decodeBytes(bytes, 'whole.txt').text).toBe(rare);
  });

  it('drops half a GBK character at the end', () => {
    const bytes = iconv.encode(text, 'gbk');
    expect(decodeBytes(bytes.subarray(0, bytes.length - 1), 'cut.txt')).toEqual({ text: text.slice(0, -1), encoding: 'gb18030' });
  });

  it('reads a whole GB18030 report cut in the middle of a character', () => {
    const bytes = iconv.encode(REPORT, 'gb18030');
    let end = Math.floor(bytes.length * 0.6);
    while (bytes[end - 1]! < 0x80) end++; // make the cut fall after a lead byte
    const decoded = decodeBytes(bytes.subarray(0, end), 'report.txt');
    expect(decoded.encoding).toBe('gb18030');
    expect(decoded.text).not.toContain('\uFFFD');
    expect(decoded.text.length).toBeGreaterThan(REPORT.length / 2);
    expect(REPORT.startsWith(decoded.text)).toBe(true);
  });
});

/** Bytes that look random but are the same on every run: SHA-256 in counter mode from a fixed seed. */
function seededBytes(length: number, seed: string, filter: (b: number) => boolean = () => true): Buffer {
  const out: number[] = [];
  for (let i = 0; out.length < length; i++) {
    for (const b of createHash('sha256').update(`${seed}:${i}`).digest()) if (filter(b) && out.length < length) out.push(b);
  }
  return Buffer.from(out);
}

// The same report in the encodings people get wrong, made here from our own text.
const TRADITIONAL = '本報台北12月24日電 行政院召開經濟工作會議。會議指出，2023年是全面推動經濟發展的關鍵之年，要堅持穩中求進，擴大國內需求，促進產業轉型升級，加強社會保障與民生建設。'.repeat(3);
const SIMPLIFIED_REPORT = REPORT.slice(0, 3000);
const JAPANESE = '経済財政運営と改革の基本方針について、政府は本日の閣議で決定した。デフレからの脱却と持続的な賃上げの実現を目指す。'.repeat(3);
const LATIN = 'Le développement économique régional a été présenté à la réunion: hausse des échanges, crédits agricoles, éducation et santé publique. Über die Förderung der Städte wurde ausführlich gesprochen. '.repeat(3);

describe('decodeBytes: plausibility', () => {
  it('scores real text high and text decoded in the wrong encoding low', () => {
    expect(plausibility(REPORT)).toBeGreaterThan(0.5);
    expect(plausibility(TRADITIONAL)).toBeGreaterThan(0.4);
    expect(plausibility('GDP grew 5.5% in 2023.\n')).toBeGreaterThanOrEqual(0.5);
    expect(plausibility(iconv.decode(iconv.encode(TRADITIONAL, 'big5'), 'gb18030'))).toBeLessThan(PLAUSIBLE);
    expect(plausibility(iconv.decode(iconv.encode(SIMPLIFIED_REPORT, 'gbk'), 'big5'))).toBeLessThan(PLAUSIBLE);
    expect(plausibility(iconv.decode(Buffer.from(SIMPLIFIED_REPORT, 'utf8'), 'utf-16le'))).toBeLessThan(PLAUSIBLE);
  });

  it('knows the encodings --encoding accepts', () => {
    expect(encodingExists('gb18030')).toBe(true);
    expect(encodingExists('UTF_8')).toBe(true);
    expect(encodingExists('big5')).toBe(true);
    expect(encodingExists('nonsense')).toBe(false);
  });
});

describe('decodeBytes: not UTF-8, not GB18030', () => {
  it('reads Big5 (Taiwan, Hong Kong) as Big5, not as GB18030 nonsense', () => {
    const decoded = decodeBytes(iconv.encode(TRADITIONAL, 'big5'), 'tw.txt');
    expect(decoded).toEqual({ text: TRADITIONAL, encoding: 'big5' });
  });

  it('still reads GBK and GB18030 as GB18030', () => {
    expect(decodeBytes(iconv.encode(SIMPLIFIED_REPORT, 'gbk'), 'x.txt')).toEqual({ text: SIMPLIFIED_REPORT, encoding: 'gb18030' });
    expect(decodeBytes(iconv.encode(TRADITIONAL, 'gb18030'), 'x.txt')).toEqual({ text: TRADITIONAL, encoding: 'gb18030' });
  });

  it.each([
    ['Shift_JIS', iconv.encode(JAPANESE, 'shift_jis')],
    ['Latin-1', iconv.encode(LATIN, 'latin1')],
    ['Windows-1252', iconv.encode(LATIN, 'win1252')],
    ['random high bytes', seededBytes(3000, 'high', (b) => b >= 0x80)],
    ['random bytes without NUL or control bytes', seededBytes(3000, 'printable', (b) => b >= 0x20 && b !== 0x7f)],
  ])('refuses %s as garbled, and reads it with --text', (_name, bytes) => {
    const run = () => decodeBytes(bytes, 'odd.txt');
    expect(run).toThrow(InputError);
    expect(run).toThrow(/^odd\.txt: looks garbled: try --encoding/);
    const forced = decodeBytes(bytes, 'odd.txt', { text: true });
    expect(['gb18030', 'big5']).toContain(forced.encoding);
    expect(forced.text.length).toBeGreaterThan(0);
  });

  it('reads a garbled file in the encoding given', () => {
    expect(decodeBytes(iconv.encode(JAPANESE, 'shift_jis'), 'jp.txt', 'shift_jis').text).toBe(JAPANESE);
    expect(decodeBytes(iconv.encode(LATIN, 'latin1'), 'fr.txt', { encoding: 'latin1' }).text).toBe(LATIN);
  });
});

describe('decodeBytes: NUL bytes', () => {
  it.each([
    ['text with NULs', Buffer.from('abc\0def 市委书记\0', 'utf8')],
    ['ASCII and NULs', Buffer.from('abc\0def\0ghi\0jkl\0mno\0', 'latin1')],
    ['random bytes', seededBytes(4096, 'binary')],
    ['UTF-8 read in pairs', Buffer.concat([Buffer.from(SIMPLIFIED_REPORT, 'utf8'), Buffer.alloc(40)])],
  ])('refuses %s as binary, and reads it with --text', (_name, bytes) => {
    const run = () => decodeBytes(bytes, 'nul.txt');
    expect(run).toThrow(InputError);
    expect(run).toThrow(/^nul\.txt: binary file/);
    const forced = decodeBytes(bytes, 'nul.txt', { text: true });
    expect(forced.text).not.toMatch(/[\x00-\x08]/);
  });

  it.each([
    ['utf-16le', Buffer.from(SAMPLE, 'utf16le')],
    ['utf-16be', iconv.encode(SAMPLE, 'utf-16be')],
    ['utf-16le, a whole report', Buffer.from(REPORT, 'utf16le')],
    ['utf-16be, a whole report', iconv.encode(REPORT, 'utf-16be')],
  ])('still reads %s without a BOM', (name, bytes) => {
    const decoded = decodeBytes(bytes, 'x.txt');
    expect(decoded.encoding).toBe(name.slice(0, 8));
    expect(decoded.text).toBe(name.includes('report') ? REPORT : SAMPLE);
  });

  it('reads a stray NUL in UTF-8 text as a space, with a warning', () => {
    const text = '会议指出，2023年是全面贯彻落实党的二十大精神开局之年。\n'.repeat(5);
    const bytes = Buffer.concat([Buffer.from(text, 'utf8'), Buffer.from([0]), Buffer.from(text, 'utf8')]);
    const decoded = decodeBytes(bytes, 'x.txt');
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text).toBe(`${text} ${text}`);
    expect(decoded.warnings).toEqual(['a NUL byte in UTF-8 text, read as a space']);
  });
});
