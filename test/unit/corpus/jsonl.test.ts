// JSON Lines input: lines of a byte stream, dates as sources write them, and one record → one input (or one error).
import { describe, expect, it } from 'vitest';
import { isoDate, linesOf, recordInput, recordsOf, DEFAULT_FIELDS } from '../../../src/corpus/jsonl.js';
import type { InputFile } from '../../../src/corpus/inputs.js';

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

async function* chunks(...parts: string[]): AsyncGenerator<Buffer> {
  for (const part of parts) yield Buffer.from(part, 'utf8');
}

describe('linesOf', () => {
  it.each<[string, string[], string[]]>([
    ['one chunk', ['a\nb\n'], ['a', 'b']],
    ['no final newline', ['a\nb'], ['a', 'b']],
    ['CRLF', ['a\r\nb\r\n'], ['a', 'b']],
    ['a line across chunks', ['{"text":"人民', '日报"}\n{"x', '":1}\n'], ['{"text":"人民日报"}', '{"x":1}']],
    ['blank lines kept (numbering)', ['a\n\nb\n'], ['a', '', 'b']],
  ])('%s', async (_, parts, lines) => {
    expect((await collect(linesOf(chunks(...parts)))).map((l) => l.line)).toEqual(lines);
  });

  it('keeps a UTF-8 character whole when a chunk ends inside it', async () => {
    const bytes = Buffer.from('人民日报\n', 'utf8');
    async function* split(): AsyncGenerator<Buffer> {
      yield bytes.subarray(0, 4); // 人 and the first byte of 民
      yield bytes.subarray(4);
    }
    expect(await collect(linesOf(split()))).toEqual([{ line: '人民日报', number: 1 }]);
  });
});

describe('isoDate', () => {
  it.each<[unknown, string | undefined]>([
    ['2019-10-01', '2019-10-01'],
    ['20191001', '2019-10-01'],
    ['2019/10/1', '2019-10-01'],
    ['2019.1.5', '2019-01-05'],
    ['2019年10月1日', '2019-10-01'],
    ['2019-10-01T08:00:00Z', '2019-10-01'],
    ['2019-10-01 08:00', '2019-10-01'],
    [20231201, '2023-12-01'],
    ['2019-13-01', undefined],
    ['10月1日', undefined],
    ['yesterday', undefined],
    [null, undefined],
  ])('%j → %j', (value, iso) => {
    expect(isoDate(value)).toBe(iso);
  });
});

describe('recordInput', () => {
  const file: InputFile = { path: 'dump/rmrb.jsonl', doc: 'dump/rmrb.jsonl' };

  it.each<[string, string, Record<string, string>, string | undefined]>([
    ['{"id": "a1", "text": "正文"}', 'dump/rmrb.jsonl#a1', {}, undefined],
    ['{"id": 7, "text": "正文"}', 'dump/rmrb.jsonl#7', {}, undefined],
    ['{"text": "正文"}', 'dump/rmrb.jsonl#3', {}, undefined],
    ['{"text": "正文", "date": "20191001", "place": " 潍坊 ", "title": "标题"}', 'dump/rmrb.jsonl#3', { date: '2019-10-01', place: '潍坊', title: '标题' }, undefined],
    ['{"text": "正文", "date": "去年"}', 'dump/rmrb.jsonl#3', {}, undefined],
    ['not json', 'dump/rmrb.jsonl:12', {}, 'not JSON'],
    ['[1, 2]', 'dump/rmrb.jsonl:12', {}, 'not a JSON object'],
    ['{"body": "正文"}', 'dump/rmrb.jsonl:12', {}, 'no "text" field (--text-field)'],
    ['{"text": 5}', 'dump/rmrb.jsonl:12', {}, '"text" is not a string'],
  ])('%s → %s', (line, doc, given, error) => {
    const input = recordInput(file, line, 12, 3, DEFAULT_FIELDS);
    expect(input.doc).toBe(doc);
    if (error) {
      expect(input.error).toMatch(error);
      expect(input.record).toBeUndefined();
    } else {
      expect(input.error).toBeUndefined();
      expect(input.record).toEqual({ text: '正文', line: 12, given });
    }
  });

  it('takes the text and the id from the fields asked for', () => {
    const input = recordInput(file, '{"content": "正文", "file": "20191001-01-01.txt"}', 1, 1, { text: 'content', id: 'file' });
    expect(input.doc).toBe('dump/rmrb.jsonl#20191001-01-01.txt');
    expect(input.record?.text).toBe('正文');
  });

  it('names standard input stdin, so that the doc is no formula in a spreadsheet', () => {
    expect(recordInput({ path: '-', doc: '-' }, '{"text": "正文"}', 4, 2, DEFAULT_FIELDS).doc).toBe('stdin#2');
    expect(recordInput({ path: '-', doc: '-' }, '{', 4, 2, DEFAULT_FIELDS).doc).toBe('stdin:4');
  });
});

describe('recordsOf', () => {
  it('streams a file: records in order, blank lines skipped, bad lines as errors naming FILE:LINE', async () => {
    const inputs = await collect(recordsOf({ path: 'test/fixtures/input/rmrb-sample.jsonl', doc: 'rmrb-sample.jsonl' }));
    expect(inputs.map((i) => [i.doc, i.error === undefined])).toEqual([
      ['rmrb-sample.jsonl#1', true],
      ['rmrb-sample.jsonl#2', true],
      ['rmrb-sample.jsonl#3', true],
      ['rmrb-sample.jsonl#4', true],
      ['rmrb-sample.jsonl:5', false],
      ['rmrb-sample.jsonl:6', false],
    ]);
    expect(inputs[0]!.record!.given).toEqual({ date: '2019-10-12' });
  });

  it('counts records, not lines, for a record without an id; CRLF ends a line', async () => {
    const inputs = await collect(recordsOf({ path: 'test/fixtures/input/records.jsonl', doc: 'records.jsonl' }));
    expect(inputs.map((i) => i.doc)).toEqual(['records.jsonl#a1', 'records.jsonl#2']);
    expect(inputs[1]!.record!.line).toBe(3);
  });

  it('gives one error for a file it cannot open', async () => {
    const inputs = await collect(recordsOf({ path: 'test/fixtures/input/missing.jsonl', doc: 'missing.jsonl' }));
    expect(inputs).toEqual([{ path: 'test/fixtures/input/missing.jsonl', doc: 'missing.jsonl', error: 'no such file or directory' }]);
  });
});
