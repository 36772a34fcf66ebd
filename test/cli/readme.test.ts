// The README tells the truth: each of its examples (a fenced block `$ policy-cli …` with the output under it) is run
// and what it shows compared with what the command prints. The rules are in scripts/readme-examples.mjs and in the
// README's "Development"; after a change of output, `node scripts/readme-examples.mjs --update` rewrites the examples.
import { readFileSync, rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import {
  README,
  commandToRun,
  difference,
  findExamples,
  lineMatches,
  makeShim,
  runExample,
  updatedOutput,
} from '../../scripts/readme-examples.mjs';

interface Example {
  line: number;
  command: string;
  shown: string[];
  excerpt: boolean;
}

const { examples } = findExamples(readFileSync(README, 'utf8')) as { examples: Example[] };
const shim: string = makeShim();
afterAll(() => rmSync(shim, { recursive: true, force: true }));

describe('README examples', () => {
  it('finds the examples of every command the README shows a run of', () => {
    const commands = examples.map((e) => e.command.split(' ')[1]);
    expect(commands).toEqual(expect.arrayContaining(['keywords', 'numbers', 'officials', 'docs', 'compare', 'kwic', 'eval']));
  });

  it.each(examples.map((e) => [e.line, e.command, e] as const))('README.md:%i `%s` shows what it prints', (_line, command, example) => {
    const run = runExample(command, shim);
    expect(run.status, run.stderr).toBe(0);
    expect(difference(example, run.printed), 'node scripts/readme-examples.mjs --update, then review the diff').toBeUndefined();
  });
});

describe('which blocks are runs', () => {
  const block = (...lines: string[]) => ['text', '```', ...lines, '```', ''].join('\n');
  it.each([
    ['one command with its output', block('$ policy-cli docs seeds/ -f csv', 'doc,article'), [{ line: 3, command: 'policy-cli docs seeds/ -f csv', shown: ['doc,article'], excerpt: false }]],
    ['an excerpt', block('$ policy-cli docs seeds/ -f csv', 'doc,article', '…'), [{ line: 3, command: 'policy-cli docs seeds/ -f csv', shown: ['doc,article'], excerpt: true }]],
    ['a session of two commands', block('$ policy-cli idf my/ -o my.idf', '$ policy-cli keywords new/ --idf my.idf'), []],
    ['an install command', block('npm install && npx policy-cli keywords seeds/'), []],
    ['a sample file', block('潍坊市委经济工作会议召开'), []],
  ])('%s', (_what, text, expected) => {
    expect(findExamples(text).examples).toEqual(expected);
  });
});

describe('how an example is run and compared', () => {
  it.each([
    ['policy-cli keywords seeds/ --top 10', 'policy-cli keywords seeds/ --top 10 -f table'],
    ['policy-cli numbers seeds/ -f csv', 'policy-cli numbers seeds/ -f csv'],
    ['policy-cli numbers seeds/ --format=tsv', 'policy-cli numbers seeds/ --format=tsv'],
    ['policy-cli docs seeds/ -o docs.csv', 'policy-cli docs seeds/ -o docs.csv'],
    ['policy-cli officials seeds/ --unique | head -3', 'policy-cli officials seeds/ --unique | head -3'],
  ])('`%s` runs as `%s`', (command, run) => {
    expect(commandToRun(command)).toBe(run);
  });

  it.each([
    ['a,b,c', 'a,b,c', true],
    ['a,b,…', 'a,b,context', true],
    ['a,b,…', 'a,b,', false], // nothing was cut
    ['a,x,…', 'a,b,context', false],
    ['…', 'anything', false], // a line of its own `…` ends an excerpt, it is no cut line
    ['a,b', 'a,b,c', false],
  ])('shown %j stands for printed %j: %s', (shown, printed, matches) => {
    expect(lineMatches(shown, printed)).toBe(matches);
  });

  it.each([
    [['h', 'a'], false, ['h', 'a'], undefined],
    [['h', 'a'], false, ['h', 'a', 'b'], 'shows 2 line(s), the command prints 3'],
    [['h', 'a'], true, ['h', 'a', 'b'], undefined],
    [['h', 'a'], true, ['h', 'a'], 'shows an excerpt (ending in …) of 2 line(s), but the command prints only 2'],
    [['h', 'b'], true, ['h', 'a', 'b'], 'line 2 of the output differs'],
  ])('shown %j (excerpt: %s) against printed %j', (shown, excerpt, printed, problem) => {
    const found = difference({ line: 1, command: '', shown, excerpt }, printed);
    if (problem === undefined) expect(found).toBeUndefined();
    else expect(found).toContain(problem);
  });

  it.each([
    ['a whole output', ['h', 'old'], false, ['h', 'new', 'more'], ['h', 'new', 'more'], false],
    ['an excerpt keeps its length', ['h', 'old'], true, ['h', 'new', 'more'], ['h', 'new'], true],
    ['a cut line keeps its fields', ['h', 'x,2,…'], true, ['h', 'x,22,long context', 'more'], ['h', 'x,22,…'], true],
    ['a tab-separated cut line too', ['h', 'x\t2\t…'], true, ['h', 'x\t22\tlong', 'more'], ['h', 'x\t22\t…'], true],
    ['a true cut line stays', ['h', 'x,2,…'], true, ['h', 'x,2,other context', 'more'], ['h', 'x,2,…'], true],
    ['a cut line with fewer fields printed whole', ['h', 'x,2,…'], true, ['h', 'x2', 'more'], ['h', 'x2'], true],
    ['a whole output keeps its cut lines', ['h', 'x,2,…'], false, ['h', 'y,3,context', 'z,4,more'], ['h', 'y,3,…', 'z,4,more'], false],
    ['an excerpt of all that is printed becomes whole', ['h', 'a'], true, ['h', 'b'], ['h', 'b'], false],
  ])('--update: %s', (_what, shown, excerpt, printed, newShown, newExcerpt) => {
    const updated = updatedOutput({ line: 1, command: '', shown, excerpt }, printed);
    expect(updated).toEqual({ shown: newShown, excerpt: newExcerpt });
    // Idempotent: what --update writes is true, so a second --update leaves it.
    expect(difference({ line: 1, command: '', ...updated }, printed)).toBeUndefined();
  });
});
