// --collapse-reprints: a reprinted article counts once, so a run over a folder with a reprint in it gives what a run
// without the reprint gives, and says on stderr how many articles it left out.
import { describe, expect, it, vi } from 'vitest';
import { runCli } from './run-cli.js';
import { reprintFolder } from '../helpers/reprints.js';

vi.setConfig({ testTimeout: 120_000 });

const { dir, originals } = reprintFolder();
/** Output with the folder's name taken out, so runs over the two folders compare. */
const relative = (stdout: string, folder: string) => stdout.split(folder).join('DIR');

describe('--collapse-reprints', () => {
  it.each([
    [['numbers']],
    [['entities']],
    [['officials', '--unique']],
    [['keywords', '--top', '15']],
    [['keywords', '--by', 'doc', '--top', '5']],
    [['compare', '--by', 'doc', '--top', '5']],
    [['compare', '--by', 'place', '--what', 'slogans', '--wide']],
  ])('%j over a folder with a reprint prints what it prints without the reprint', (args) => {
    const collapsed = runCli([...args, dir, '-f', 'csv', '--collapse-reprints']);
    const without = runCli([...args, originals, '-f', 'csv']);
    expect(collapsed.status).toBe(0);
    expect(relative(collapsed.stdout, dir)).toBe(relative(without.stdout, originals));
    expect(collapsed.stderr).toMatch(/--collapse-reprints: 1 of 9 articles were reprints of earlier ones/);
  });

  it('counts the reprint without the option', () => {
    const all = runCli(['numbers', dir, '-f', 'csv']);
    expect(all.stdout).toContain('b-copy.txt');
  });

  it('compare says which group each reprint was left out of', () => {
    const r = runCli(['compare', dir, '--by', 'doc', '-f', 'csv', '--collapse-reprints']);
    expect(r.stderr).toContain(`(${dir}/b-copy.txt: 1)`);
  });
});
