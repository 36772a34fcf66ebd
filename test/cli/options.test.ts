// The options and behaviour every command shares: formats, -o, --bom, stdin, help, version, errors, broken pipe.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { describe, expect, it, vi } from 'vitest';
import { jsonl, REPO, runCli, withoutEngineNotice } from './run-cli.js';

vi.setConfig({ testTimeout: 60_000 });

const SEED = 'seeds/000_5ad3a02533805057.txt';

describe('formats', () => {
  const json = JSON.parse(runCli(['numbers', SEED, '-f', 'json']).stdout) as Record<string, unknown>[];

  it.each(['csv', 'tsv', 'jsonl'])('%s holds the same rows as json', (format) => {
    const out = runCli(['numbers', SEED, '-f', format]).stdout;
    const rows =
      format === 'jsonl'
        ? jsonl(out)
        : (parse(out, { columns: true, delimiter: format === 'tsv' ? '\t' : ',', relax_quotes: true, quote: format === 'tsv' ? false : '"' }) as Record<string, string>[]);
    expect(rows).toHaveLength(json.length);
    rows.forEach((row, i) => expect(String(row.text)).toBe(String(json[i]!.text)));
  });

  it('csv is the default when stdout is not a terminal', () => {
    expect(runCli(['numbers', SEED]).stdout.split('\n')[0]).toBe('doc,article,line,column,text,value,min,max,unit,per,kind,approx,change,basis,metric,period,year,modality,bound,indicator,context');
  });

  it('table draws a box with the same rows', () => {
    const table = runCli(['keywords', SEED, '-f', 'table', '--top', '3']).stdout.split('\n');
    expect(table[0]).toMatch(/^┌─+┬/);
    expect(table[1]).toMatch(/│ rank │ keyword/);
    expect(table.filter((line) => line.startsWith('│'))).toHaveLength(4);
  });
});

describe('-o and --bom', () => {
  const dir = mkdtempSync(join(tmpdir(), 'policy-cli-'));

  it('-o FILE takes the format from the extension, stdout stays empty', () => {
    const result = runCli(['keywords', SEED, '--top', '3', '-o', join(dir, 'k.jsonl')]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
    expect(jsonl(readFileSync(join(dir, 'k.jsonl'), 'utf8'))).toHaveLength(3);
  });

  it('--bom starts CSV with U+FEFF', () => {
    runCli(['keywords', SEED, '--top', '3', '--bom', '-o', join(dir, 'k.csv')]);
    const bytes = readFileSync(join(dir, 'k.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8').split('\n')[0]).toBe('rank,keyword,score,count,docs');
  });

  it('an output file that cannot be written is one line and exit 1', () => {
    const result = runCli(['keywords', SEED, '-o', join(dir, 'no/such/dir/k.csv')]);
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/no\/such\/dir\/k\.csv/);
  });
});

describe('inputs', () => {
  it('reads piped text when no input is named, as doc -', () => {
    const rows = jsonl(runCli(['docs', '-f', 'jsonl'], { input: readFileSync(join(REPO, SEED)) }).stdout);
    expect(rows[0]).toMatchObject({ doc: '-', article: 1 });
    expect(rows).toHaveLength(4);
  });

  it('a missing path is one line naming it; the other files still give their rows; exit 1', () => {
    const alone = runCli(['docs', SEED, '-f', 'jsonl']);
    const mixed = runCli(['docs', 'no-such-file.txt', SEED, '-f', 'jsonl']);
    expect(mixed.status).toBe(1);
    expect(mixed.stderr.trim()).toMatch(/^policy-cli: no-such-file\.txt: .+/);
    expect(mixed.stderr.trim().split('\n')).toHaveLength(1);
    expect(mixed.stdout).toBe(alone.stdout);
  });

  it('an empty file is reported, not a crash', () => {
    const dir = mkdtempSync(join(tmpdir(), 'policy-cli-'));
    writeFileSync(join(dir, 'empty.txt'), '');
    const result = runCli(['keywords', join(dir, 'empty.txt')]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/empty\.txt: .*empty/);
    expect(result.stderr).not.toMatch(/at .+\.js:\d+/);
  });

  it('a GB18030 file is detected and read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'policy-cli-'));
    const text = readFileSync(join(REPO, 'test/fixtures/texts/gov-report-spaced-title.txt'), 'utf8');
    writeFileSync(join(dir, 'report.txt'), iconv.encode(text, 'gb18030'));
    const rows = jsonl(runCli(['docs', join(dir, 'report.txt'), '-f', 'jsonl']).stdout);
    expect(rows).toHaveLength(1);
    // The report spaces its title out (政 府 工 作 报 告), as older reports were printed.
    expect((rows[0]!.title as string).replace(/\s+/g, '')).toMatch(/政府工作报告/);
  });
});

describe('help, version, usage', () => {
  it('--help lists every command and --version prints the version', () => {
    const help = runCli(['--help']);
    expect(help.status).toBe(0);
    for (const command of ['keywords', 'numbers', 'entities', 'officials', 'meetings', 'places', 'slogans', 'docs', 'segment', 'idf', 'compare', 'kwic']) {
      expect(help.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
    }
    const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string };
    expect(runCli(['--version']).stdout.trim()).toBe(pkg.version);
  });

  it('each command --help shows its options and an example', () => {
    const help = runCli(['numbers', '--help']).stdout;
    expect(help).toMatch(/--kind <list>/);
    expect(help).toMatch(/--format <format>/);
    expect(help).toMatch(/Examples:\n {2}\$ policy-cli numbers/);
  });

  it.each([[['--help']], [['-V']], [['keywords', '--help']], [['entities', '-h']]])('%j prints the same from the help kept in the cache folder', (args) => {
    const cache = mkdtempSync(join(tmpdir(), 'policy-cli-help-'));
    const built = runCli(args, { env: { POLICY_CLI_CACHE_DIR: '' } });
    const first = runCli(args, { env: { POLICY_CLI_CACHE_DIR: cache } });
    expect(readdirSync(cache).filter((name) => name.startsWith('help-'))).toHaveLength(1);
    const second = runCli(args, { env: { POLICY_CLI_CACHE_DIR: cache } });
    for (const run of [first, second]) expect(run).toEqual(built);
    expect(built.status).toBe(0);
    expect(built.stdout.length).toBeGreaterThan(0);
  });

  it.each([[['nosuch']], [['keywords', '--nosuch']], [['keywords', '-f', 'xml', SEED]]])('%j is a usage error: exit 2, nothing on stdout', (args) => {
    const result = runCli(args);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/error|policy-cli/);
  });
});

describe('broken pipe', () => {
  it('segment seeds/ | head -1 ends quietly', () => {
    const result = spawnSync('bash', ['-c', 'set -o pipefail; node bin/policy-cli.js segment seeds/ -f csv | head -1'], { cwd: REPO, encoding: 'utf8' });
    expect(result.stdout).toBe('doc,article,title,segmented\n');
    expect(withoutEngineNotice(result.stderr)).toBe('');
    expect(result.status).toBe(0);
  });
});

describe('--by place on row commands', () => {
  it.each([['numbers'], ['officials'], ['docs']])('%s --by place puts place and code first and groups the rows by place', (command) => {
    const plain = jsonl(runCli([command, 'seeds/', '-f', 'jsonl']).stdout);
    const grouped = jsonl(runCli([command, 'seeds/', '--by', 'place', '-f', 'jsonl']).stdout);
    expect(grouped).toHaveLength(plain.length);
    expect(Object.keys(grouped[0]!).slice(0, 2)).toEqual(['place', 'place_code']);
    const codes = grouped.map((r) => (r.place_code as string | null) ?? '\uffff');
    expect([...codes].sort()).toEqual(codes);
    // Within a place, rows keep their input order.
    const weifang = grouped.filter((r) => r.place_code === '370700').map(({ place, place_code, ...rest }) => rest);
    const plainWeifang = plain
      .filter((r) => weifang.some((w) => w.doc === r.doc && w.article === r.article))
      .map(({ place, place_code, ...rest }) => rest);
    expect(weifang).toEqual(plainWeifang);
  });

  it('does not go with --unique', () => {
    expect(runCli(['officials', 'seeds/', '--by', 'place', '--unique']).status).toBe(2);
  });
});

describe('--place is checked before any file is read', () => {
  it.each([
    ['潍访', 'policy-cli: --place 潍访: no such place; did you mean 潍坊市, 潍城区?\n'],
    ['999999', 'policy-cli: --place 999999: no place has this code (GB/T 2260 codes have six digits: 370000 山东省, 370700 潍坊市)\n'],
  ])('%s is a usage error with a hint, and nothing is printed', (place, stderr) => {
    for (const command of ['keywords', 'docs', 'officials']) {
      const out = runCli([command, 'seeds/', '--place', place, '-f', 'csv']);
      expect(out).toMatchObject({ status: 2, stdout: '', stderr });
    }
  });

  it('a short name selects the prefecture and its counties', () => {
    const docs = parse(runCli(['docs', 'seeds/', '--place', '潍坊', '-f', 'csv']).stdout, { columns: true }) as Record<string, string>[];
    expect(docs.length).toBeGreaterThan(0);
    expect(new Set(docs.map((d) => d.place_code.slice(0, 4)))).toEqual(new Set(['3707']));
  });
});


describe('what a script can rely on', () => {
  it('bare policy-cli prints the help on stderr and exits 2', () => {
    const out = runCli([]);
    expect(out.status).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toMatch(/^Usage: policy-cli \[options\] \[command\]/);
  });

  it('piped standard input is the doc `-`, not a guarded `\'-`', () => {
    const rows = parse(runCli(['docs', '-f', 'csv'], { input: '潍坊市委书记江敦涛出席会议。' }).stdout, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.doc)).toEqual(['-']);
  });

  it.each(['out.xlsx', 'out.XLS', 'report.ods', 'page.html'])('-o %s is refused before any work: we do not write that format', (name) => {
    const dir = mkdtempSync(join(tmpdir(), 'policy-cli-o-'));
    const out = runCli(['keywords', 'seeds/', '-o', join(dir, name)]);
    expect(out.status).toBe(2);
    expect(out.stderr).toMatch(/^policy-cli: -o .+: policy-cli writes csv, tsv, json, jsonl or a table, not \.\w+ \(-o .+csv --bom opens in a spreadsheet\)\n$/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('-j above the cores is capped with a notice, and the output is the same', () => {
    const cores = availableParallelism();
    const capped = runCli(['keywords', 'seeds/', '--top', '5', '-f', 'csv', '-j', String(cores + 3)]);
    expect(capped.status).toBe(0);
    expect(capped.stderr).toBe(`policy-cli: -j ${cores + 3}: this machine has ${cores} cores; running ${cores} threads\n`);
    expect(capped.stdout).toBe(runCli(['keywords', 'seeds/', '--top', '5', '-f', 'csv', '-j', '1']).stdout);
  });
});

describe('--columns', () => {
  it.each([
    [['numbers'], ['doc', 'article', 'line', 'column', 'text', 'value']],
    [['officials', '--unique'], ['type', 'name', 'titles', 'org', 'level', 'code']],
    [['docs', '--by', 'place'], ['place', 'place_code', 'doc', 'article', 'title', 'date']],
    [['compare', '--wide'], ['term', '(one per group)']],
  ])('%j lists the columns of that view with their type and meaning, reading nothing', (args, first) => {
    const run = runCli([...args, '--columns', '-f', 'jsonl']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const rows = jsonl(run.stdout);
    expect(rows.slice(0, first.length).map((r) => r.column)).toEqual(first);
    for (const row of rows) {
      expect(['string', 'integer', 'number', 'boolean']).toContain(row.type);
      expect(String(row.meaning).length).toBeGreaterThan(5);
    }
  });

  it('numbers: value is a number, context a string', () => {
    const rows = jsonl(runCli(['numbers', '--columns', '-f', 'jsonl']).stdout);
    expect(rows.find((r) => r.column === 'value')).toMatchObject({ type: 'number' });
    expect(rows.find((r) => r.column === 'context')).toMatchObject({ type: 'string' });
  });
});
