// Input formats end to end: JSON Lines files and standard input (one record, one document: FILE#ID), Markdown
// transcripts, 人民日报 records, directories that hold them, and bad records named FILE:LINE with exit code 1.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { jsonl, runCli } from './run-cli.js';

vi.setConfig({ testTimeout: 90_000 });

const RMRB = 'test/fixtures/input/rmrb-sample.jsonl';
const RECORDS = 'test/fixtures/input/records.jsonl';
const TRANSCRIPT = 'test/fixtures/input/transcript.txt';

describe('JSON Lines input', () => {
  const result = runCli(['docs', RMRB, '-f', 'jsonl', '-j', '1']);
  const rows = jsonl(result.stdout);

  it('gives every record its articles under FILE#ID, in record order', () => {
    expect(rows.map((r) => [r.doc, r.article, r.title])).toEqual([
      [`${RMRB}#1`, 1, '全国政协召开双周协商座谈会'],
      [`${RMRB}#2`, 1, '再排查再加固再落实 坚决防止疫情新燃点'],
      [`${RMRB}#3`, 1, '京张高铁轨道有了“健康档案”'],
      [`${RMRB}#3`, 2, '中国节能发起成立品牌集群'],
      [`${RMRB}#4`, 1, '习近平给比尔·盖茨回信'],
    ]);
  });

  it('names each bad line FILE:LINE on stderr, goes on, and exits 1', () => {
    expect(result.status).toBe(1);
    expect(result.stderr.split('\n')).toEqual([
      expect.stringMatching(new RegExp(`^policy-cli: ${RMRB}:5: not JSON`)),
      `policy-cli: ${RMRB}:6: no "text" field (--text-field)`,
      '',
    ]);
  });

  it('stops at the first bad line with --strict', () => {
    const strict = runCli(['docs', RMRB, '-f', 'jsonl', '--strict', '-j', '1']);
    expect(strict.status).toBe(1);
    expect(jsonl(strict.stdout)).toHaveLength(5);
    expect(strict.stderr.split('\n').filter(Boolean)).toHaveLength(1);
  });

  it('counts line and column within the text field', () => {
    const figures = jsonl(runCli(['numbers', RMRB, '--kind', 'all', '-f', 'jsonl', '-j', '1']).stdout);
    const first = figures.find((r) => r.doc === `${RMRB}#1` && r.text === '第28次');
    // The text starts with a newline: the headline is line 2, the deck line 3, the lede line 4.
    expect(first).toMatchObject({ line: 4, column: 30, text: '第28次' });
    const text = (JSON.parse(readFileSync(RMRB, 'utf8').split('\n')[0]!) as { text: string }).text;
    expect(text.split('\n')[3]!.slice(29).startsWith('第28次')).toBe(true);
  });

  it('reads --text-field and --id-field, and the record title', () => {
    const byFile = jsonl(runCli(['docs', RMRB, '--id-field', 'file', '-f', 'jsonl', '-j', '1']).stdout);
    expect(byFile[0]!.doc).toBe(`${RMRB}#2019年10月/20191012/20191012-02-02.txt`);
    const titled = jsonl(runCli(['docs', RECORDS, '-f', 'jsonl', '-j', '1']).stdout);
    expect(titled.map((r) => [r.doc, r.title])).toEqual([
      [`${RECORDS}#a1`, '潍坊市委召开经济工作会议'],
      [`${RECORDS}#2`, '长江中下游降雨持续'],
    ]);
    const other = runCli(['docs', RECORDS, '--text-field', 'body', '-f', 'jsonl', '-j', '1']);
    expect(other.status).toBe(1);
    expect(other.stderr).toMatch(`${RECORDS}:1: no "body" field (--text-field)`);
  });

  it('reads standard input with --input-format jsonl, records named stdin#ID', () => {
    const piped = runCli(['docs', '--input-format', 'jsonl', '-f', 'jsonl'], { input: readFileSync(RECORDS) });
    expect(piped.status).toBe(0);
    expect(jsonl(piped.stdout).map((r) => r.doc)).toEqual(['stdin#a1', 'stdin#2']);
  });

  it('prints the same rows with worker threads', () => {
    const parallel = runCli(['docs', RMRB, '-f', 'jsonl', '-j', '2']);
    expect(parallel.stdout).toBe(result.stdout);
    expect(parallel.status).toBe(1);
  });
});

describe('Markdown transcripts and directories', () => {
  it('splits a transcript with a .txt name at its story headings', () => {
    const rows = jsonl(runCli(['docs', TRANSCRIPT, '-f', 'jsonl']).stdout);
    expect(rows.map((r) => r.title)).toEqual(['全国冬油菜播种基本结束 面积增 长势好', '国内联播快讯', '中央经济工作会议在北京举行']);
  });

  it('reads .txt, .md and .jsonl files in a directory (a README.md is no input), and --ext still chooses', () => {
    const all = runCli(['docs', 'test/fixtures/input/', '-f', 'jsonl', '-j', '1']);
    const docs = [...new Set(jsonl(all.stdout).map((r) => String(r.doc).replace(/#.*/, '')))];
    expect(docs).toEqual(['test/fixtures/input/records.jsonl', 'test/fixtures/input/rmrb-sample.jsonl', 'test/fixtures/input/transcript.txt']);
    const onlyText = jsonl(runCli(['docs', 'test/fixtures/input/', '--ext', 'txt', '-f', 'jsonl']).stdout);
    expect(new Set(onlyText.map((r) => r.doc))).toEqual(new Set([TRANSCRIPT]));
    const corpus = jsonl(runCli(['docs', 'test/fixtures/corpus/', '-f', 'jsonl']).stdout);
    expect(corpus.some((r) => String(r.doc).endsWith('README.md'))).toBe(false);
  });

  it('documents the options in --help', () => {
    const help = runCli(['docs', '--help']).stdout;
    for (const option of ['--input-format', '--text-field', '--id-field', '.txt,.md,.jsonl']) expect(help).toContain(option);
  });
});
