// policy-cli eval, end to end: scores against a gold folder, the errors view, and usage errors for a bad gold.
import { describe, expect, it, vi } from 'vitest';
import { runCli } from './run-cli.js';

vi.setConfig({ testTimeout: 60_000 });

const SEED = 'seeds/001_46527c2ebb2fba94.txt';
const GOLD = 'test/fixtures/gold';

describe('eval', () => {
  it('prints precision, recall and F1 per field of the kinds asked for', () => {
    const run = runCli(['eval', '--gold', GOLD, SEED, '--kind', 'officials,places', '-f', 'csv']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(
      [
        'kind,field,gold,predicted,hits,precision,recall,f1',
        'officials,name,3,2,2,1,0.667,0.8',
        'officials,name+title,3,2,2,1,0.667,0.8',
        'places,place,1,1,1,1,1,1',
        '',
      ].join('\n'),
    );
  });

  it('--errors lists each miss with what the gold expected', () => {
    const run = runCli(['eval', '--gold', GOLD, SEED, '--kind', 'officials', '--errors', '-f', 'tsv']);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('file\tkind\tfield\terror\texpected\tfound\tcontext\n001_46527c2ebb2fba94.txt\tofficials\tname\tmiss\t王青和\t\t\n');
  });

  it('names the gold files no input matched, on stderr', () => {
    const run = runCli(['eval', '--gold', GOLD, 'seeds/003_61d246b8bd128e03.txt', '--kind', 'places', '-f', 'csv']);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('kind,field,gold,predicted,hits,precision,recall,f1\n');
    expect(run.stderr).toBe('policy-cli: eval: 1 gold file(s) not among the inputs, not scored: 001_46527c2ebb2fba94.txt\n');
  });

  it.each([
    [['eval', SEED], "error: required option '--gold <dir>' not specified"],
    [['eval', '--gold', 'test/fixtures/none', SEED], 'policy-cli: --gold: test/fixtures/none: not a readable folder'],
    [['eval', '--gold', GOLD, '--kind', 'people', SEED], "policy-cli: --kind: unknown kind 'people' (one of officials, meetings, places, figures, slogans)"],
  ])('%j is a usage error', (args, message) => {
    const run = runCli(args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')[0]).toBe(message);
  });
});
