// --emit counts and --from-counts: shards counted apart and merged give, byte for byte, what one run gives.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runCli } from './run-cli.js';

vi.setConfig({ testTimeout: 120_000 });

const INPUTS = ['seeds', 'test/fixtures/input/rmrb-sample.jsonl', 'test/fixtures/texts'];

describe('idf --emit counts / --from-counts', () => {
  const dir = mkdtempSync(join(tmpdir(), 'policy-cli-counts-'));
  const whole = runCli(['idf', ...INPUTS, '-j1']);

  it.each([1, 2, 3])('%i shards merged give the IDF file of one run', (count) => {
    const parts = Array.from({ length: count }, (_, i) => {
      const path = join(dir, `${count}-${i + 1}.counts`);
      const r = runCli(['idf', ...INPUTS, '--shard', `${i + 1}/${count}`, '--emit', 'counts', '-o', path]);
      expect(r.stdout).toBe('');
      return path;
    });
    const merged = runCli(['idf', ...parts.flatMap((p) => ['--from-counts', p])]);
    expect(merged.status).toBe(0);
    expect(merged.stdout).toBe(whole.stdout);
    // Concatenated on standard input, and merged in two steps, the same.
    const piped = runCli(['idf', '--from-counts', '-'], { input: parts.map((p) => readFileSync(p, 'utf8')).join('') });
    expect(piped.stdout).toBe(whole.stdout);
  });

  it('starts with a header naming the command', () => {
    const r = runCli(['idf', 'seeds', '--emit', 'counts']);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines[0]).toEqual({ policy_cli_counts: 1, command: 'idf', key: {} });
    expect(lines[1]).toEqual({ documents: 5 });
    expect(lines.slice(2).every((l) => typeof l.term === 'string' && typeof l.df === 'number')).toBe(true);
  });

  it.each<[string, string, RegExp]>([
    ['not-counts.jsonl', '{"id":1,"text":"全市"}\n', /not-counts\.jsonl: not a counts file/],
    ['other-command.counts', '{"policy_cli_counts":1,"command":"keywords","key":{}}\n', /counts of `keywords`, not of `idf`/],
    ['bad-record.counts', '{"policy_cli_counts":1,"command":"idf","key":{}}\n{"term":"发展","df":-2}\n', /bad-record\.counts: line 2: "df" must be a whole number/],
    ['empty.counts', '', /empty: not a counts file/],
  ])('%s is an input that failed, named on stderr; the others still count', (name, content, message) => {
    const good = join(dir, 'good.counts');
    writeFileSync(good, runCli(['idf', 'seeds', '--emit', 'counts']).stdout);
    writeFileSync(join(dir, name), content);
    const r = runCli(['idf', '--from-counts', join(dir, name), '--from-counts', good]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe(runCli(['idf', 'seeds']).stdout);
  });

  it('refuses texts beside --from-counts, and -o onto a counts file', () => {
    const good = join(dir, 'keep.counts');
    writeFileSync(good, runCli(['idf', 'seeds', '--emit', 'counts']).stdout);
    expect(runCli(['idf', 'seeds', '--from-counts', good]).status).toBe(2);
    const onto = runCli(['idf', '--from-counts', good, '-o', good]);
    expect(onto.status).toBe(2);
    expect(readFileSync(good, 'utf8')).toMatch(/^\{"policy_cli_counts":1/);
  });
});
