// A file bigger than a piece (POLICY_CLI_PIECE_BYTES, small here) is read in pieces: the same rows as when it is read
// whole, in the same order, with the same doc, article, line and column, whatever --jobs and from stdin too.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { runCli } from './run-cli.js';

vi.setConfig({ testTimeout: 120_000 });

const dir = mkdtempSync(join(tmpdir(), 'policy-cli-big-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PIECES = { POLICY_CLI_PIECE_BYTES: '3000' };
const CITIES = ['潍坊', '青州', '寿光', '诸城', '临朐', '昌乐'];

/** A newspaper page of short articles, each with a place, an official, a meeting and figures. */
function page(count: number): string {
  const articles: string[] = [];
  for (let i = 0; i < count; i++) {
    const city = CITIES[i % CITIES.length]!;
    articles.push(
      `${city}市召开第${i + 1}次重点项目推进会\n\n` +
        `本报讯（记者 张磊）${i % 28 + 1}日，${city}市委书记王建国出席${city}市重点项目推进会并讲话。会议指出，全年完成固定资产投资${120 + i}亿元，同比增长${(i % 9) + 2}.5%。\n\n` +
        `会议要求，各级各部门要坚持稳中求进工作总基调，新开工项目${30 + i}个，力争全年新增就业${1000 + i * 7}人。\n`,
    );
  }
  return articles.join('\n');
}

function put(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const pagePath = put('page.txt', page(60));
// One line: a report with no line break, cut at sentence ends.
const oneLinePath = put('one-line.txt', page(60).replace(/\s+/g, ''));

describe('a file bigger than a piece', () => {
  it('is read in more than one piece in these tests', () => {
    expect(readFileSync(pagePath).length).toBeGreaterThan(5 * Number(PIECES.POLICY_CLI_PIECE_BYTES));
  });

  it.each([
    ['numbers', pagePath],
    ['entities', pagePath],
    ['docs', pagePath],
    ['kwic', pagePath, '投资'],
    ['keywords', pagePath],
    ['numbers', oneLinePath],
    ['keywords', oneLinePath],
  ])('%s %s: the same rows as read whole', (command, path, term) => {
    const args = term ? [command, term, path, '-f', 'tsv', '-j1'] : [command, path, '-f', 'tsv', '-j1'];
    const whole = runCli(args);
    const pieces = runCli(args, { env: PIECES });
    expect(whole.status).toBe(0);
    expect(pieces.stderr).toBe('');
    expect(pieces.stdout.split('\n').length).toBeGreaterThan(2);
    expect(pieces.stdout).toBe(whole.stdout);
  });

  it('entities of a one-line file: every mention where it is read whole (doc, article, line, column, type, text)', () => {
    const columns = (stdout: string) => stdout.split('\n').map((line) => line.split('\t').slice(0, 6).join('\t'));
    const whole = runCli(['entities', oneLinePath, '-f', 'tsv', '-j1']);
    const pieces = runCli(['entities', oneLinePath, '-f', 'tsv', '-j1'], { env: PIECES });
    expect(pieces.status).toBe(0);
    expect(columns(pieces.stdout)).toEqual(columns(whole.stdout));
  });

  it('gives the same rows through workers, beside a small file', () => {
    const small = put('small.txt', page(1));
    const whole = runCli(['entities', pagePath, small, '-f', 'tsv', '-j1']);
    const pieces = runCli(['entities', pagePath, small, '-f', 'tsv', '-j2'], { env: PIECES });
    expect(pieces.status).toBe(0);
    expect(pieces.stdout).toBe(whole.stdout);
  });

  it('gives the same rows from standard input', () => {
    const whole = runCli(['numbers', '-', '-f', 'tsv'], { input: readFileSync(pagePath) });
    const pieces = runCli(['numbers', '-', '-f', 'tsv'], { input: readFileSync(pagePath), env: PIECES });
    expect(pieces.status).toBe(0);
    expect(pieces.stdout).toBe(whole.stdout);
  });
});
