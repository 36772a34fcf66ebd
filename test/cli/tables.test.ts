// Tables a person can read, end to end on seeds/ at 80 and 120 terminal columns (COLUMNS sets the width, as a terminal
// would; build first: `npx tsc -p .`, or `npm test`, which builds): nothing that is data is cut, rows never wrap, and
// what did not fit is named on stderr.
import { parse } from 'csv-parse/sync';
import { describe, expect, it, vi } from 'vitest';
import { displayWidth } from '../../src/output/width.js';
import { runCli } from './run-cli.js';

// Each case spawns the CLI over the seeds: seconds on a busy machine.
vi.setConfig({ testTimeout: 120_000 });

const table = (args: string[], columns: number) => runCli([...args, '-f', 'table'], { env: { COLUMNS: String(columns) } });
const csvRuns = new Map<string, Record<string, string>[]>();
/** The same rows as csv (each command run once). */
function csv(args: string[]): Record<string, string>[] {
  const key = args.join(' ');
  if (!csvRuns.has(key)) csvRuns.set(key, parse(runCli([...args, '-f', 'csv']).stdout, { columns: true }) as Record<string, string>[]);
  return csvRuns.get(key)!;
}
/** The cells of a table's rows (between │), trimmed; the header is row 0. */
const cellsOf = (out: string) =>
  out
    .split('\n')
    .filter((line) => line.startsWith('│'))
    .map((line) => line.slice(1, -1).split('│').map((cell) => cell.trim()));
const NOTE = /^policy-cli: table shows (\d+) of (\d+) columns at (\d+) columns wide \(left out: ([^;)]+)(?:; empty: ([^;)]+))?(?:; bars still spans them)?\); -f csv has them all\n$/;

describe.each([80, 120])('at %i columns', (width) => {
  it.each([
    // command, the column whose every value must show whole
    [['officials', 'seeds/'], 'name'],
    [['numbers', 'seeds/'], 'text'],
    [['keywords', 'seeds/'], 'keyword'],
    [['kwic', '双招双引', 'seeds/'], 'match'],
  ])('%j: one line per row, no wider than the terminal, every %s whole', (args, column) => {
    const result = table(args, width);
    expect(result.status).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(width);
    const rows = csv(args);
    expect(lines).toHaveLength(rows.length + 4);
    const [header, ...body] = cellsOf(result.stdout);
    const at = header!.indexOf(column);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(body.map((cells) => cells[at])).toEqual(rows.map((row) => row[column]));
    // Whatever did not fit is named on stderr, with where to find it.
    if (result.stderr !== '') expect(result.stderr).toMatch(NOTE);
  });
});

describe('what the table leaves out', () => {
  it('numbers at 80: text, value, unit and metric first; the note names the rest', () => {
    const result = table(['numbers', 'seeds/'], 80);
    const header = cellsOf(result.stdout)[0]!;
    expect(header).toEqual(expect.arrayContaining(['text', 'value', 'unit', 'metric']));
    const [, shown, total, at, leftOut, empty] = NOTE.exec(result.stderr)!;
    const all = Object.keys(csv(['numbers', 'seeds/'])[0]!);
    expect([Number(shown), Number(total), Number(at)]).toEqual([header.length, all.length, 80]);
    expect([...header, ...leftOut!.split(', '), ...(empty ? empty.split(', ') : [])].sort()).toEqual(all.sort());
  });

  it('columns empty in every row leave the table, not the csv', () => {
    const header = cellsOf(table(['officials', 'seeds/'], 1000).stdout)[0]!;
    expect(header).not.toContain('level');
    expect(Object.keys(csv(['officials', 'seeds/'])[0]!)).toContain('level');
  });

  it('compare --wide at 80: the groups that do not fit are named, every group still in the bars', () => {
    const result = table(['compare', 'seeds/', '--wide'], 80);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(NOTE);
    expect(result.stderr).toContain('bars still spans them');
    for (const line of result.stdout.trimEnd().split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(80);
  });

  it('a table into a pipe without COLUMNS: no width, every column, nothing said', () => {
    const result = runCli(['kwic', '双招双引', 'seeds/', '-f', 'table'], { env: { COLUMNS: '' } });
    expect(cellsOf(result.stdout)[0]).toEqual(['doc', 'article', 'place', 'line', 'column', 'left', 'match', 'right']);
    expect(result.stderr).toBe('');
  });
});
