// Web pages end to end: a hostile saved news page (scripts with the search word, menus, ad slots, an ICP footer, a
// time in the header, an entity-encoded figure) read as .html, as .txt, on standard input, and forced either way.
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { jsonl, runCli } from './run-cli.js';

vi.setConfig({ testTimeout: 90_000 });

const PAGE = 'test/fixtures/html/news-page.html';

describe('a saved news page', () => {
  it('gives keywords of its article, never tag names, ICP or ad slots', () => {
    const result = runCli(['keywords', PAGE, '--top', '50', '-f', 'jsonl', '-j', '1']);
    expect(result.status).toBe(0);
    const keywords = jsonl(result.stdout).map((r) => r.keyword as string);
    expect(keywords).toEqual(expect.arrayContaining(['城市更新', '乡村振兴', '固定资产投资']));
    for (const junk of ['h1', 'ICP', 'icp', '广告位', '关键词', 'script', 'div', 'nbsp', '版权所有', '首页']) expect(keywords).not.toContain(junk);
  });

  it('finds no kwic hit inside a script, a comment or a noscript', () => {
    const result = runCli(['kwic', '关键词', PAGE, '-f', 'jsonl', '-j', '1']);
    expect(result.status).toBe(0);
    expect(jsonl(result.stdout)).toEqual([]);
  });

  it('gives the entity-encoded figure at its line and column in the HTML, and no time of day', () => {
    const result = runCli(['numbers', PAGE, '-f', 'jsonl', '-j', '1']);
    expect(result.status).toBe(0);
    const rows = jsonl(result.stdout);
    expect(rows.find((r) => r.text === '120亿元')).toMatchObject({ line: 28, column: 9, value: 12000000000, unit: '元', metric: '固定资产投资' });
    expect(rows.map((r) => r.text)).not.toContain('08:30');
    expect(rows.map((r) => String(r.text))).not.toEqual(expect.arrayContaining([expect.stringMatching(/^(?:49|50|48|8888888)$/)]));
    const line = readFileSync(PAGE, 'utf8').split('\n')[27]!;
    expect(line.slice(8).startsWith('&#49;&#50;&#48;亿元')).toBe(true);
  });

  it('reads a page saved as .txt and one on standard input the same way', () => {
    const dir = mkdtempSync(join(tmpdir(), 'policy-cli-html-'));
    const txt = join(dir, 'page.txt');
    copyFileSync(PAGE, txt);
    const strip = (stdout: string) => jsonl(stdout).map(({ doc: _doc, ...rest }) => rest);
    const asHtml = strip(runCli(['numbers', PAGE, '-f', 'jsonl', '-j', '1']).stdout);
    expect(strip(runCli(['numbers', txt, '-f', 'jsonl', '-j', '1']).stdout)).toEqual(asHtml);
    const piped = runCli(['numbers', '-f', 'jsonl', '-j', '1'], { input: readFileSync(PAGE) });
    expect(strip(piped.stdout)).toEqual(asHtml);
  });

  it('is read as text with --input-format text, and a text as a page with --input-format html', () => {
    const asText = jsonl(runCli(['kwic', '关键词', PAGE, '--input-format', 'text', '-f', 'jsonl', '-j', '1']).stdout);
    expect(asText.length).toBeGreaterThan(0);
    const forced = runCli(['docs', '--input-format', 'html', '-f', 'jsonl', '-j', '1'], { input: '<p>潍坊市召开全市经济工作会议，部署明年重点工作。</p><script>关键词</script>' });
    expect(jsonl(forced.stdout).map((r) => r.chars)).toEqual([23]);
  });

  it('reads .html files in directories by default', () => {
    const result = runCli(['docs', 'test/fixtures/html', '-f', 'jsonl', '-j', '1']);
    expect(jsonl(result.stdout).map((r) => [r.doc, r.title])).toEqual([[PAGE, '潍坊市加快建设现代化强市']]);
  });
});
