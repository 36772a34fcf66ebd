import { linkSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { outputClash } from '../../../src/cli/output-file.js';
import type { InputFile } from '../../../src/corpus/inputs.js';

// A folder: c.txt, link.txt → c.txt, hard.csv (a hard link of c.txt), other.txt, in/a.txt, in/sub/b.txt.
const root = mkdtempSync(join(tmpdir(), 'policy-cli-clash-'));
writeFileSync(join(root, 'c.txt'), 'c');
writeFileSync(join(root, 'other.txt'), 'o');
symlinkSync('c.txt', join(root, 'link.txt'));
linkSync(join(root, 'c.txt'), join(root, 'hard.csv'));
mkdirSync(join(root, 'in', 'sub'), { recursive: true });
writeFileSync(join(root, 'in', 'a.txt'), 'a');
writeFileSync(join(root, 'in', 'sub', 'b.txt'), 'b');
symlinkSync('in', join(root, 'in-link'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const file = (path: string): InputFile => ({ path: join(root, path), doc: path });
const C = [file('c.txt')];
const IN = [file('in/a.txt'), file('in/sub/b.txt')];

describe('outputClash', () => {
  const cases: { name: string; output: string; inputs: string[]; files: InputFile[]; ext?: string[]; clash: RegExp | undefined }[] = [
    { name: 'the input itself', output: 'c.txt', inputs: ['c.txt'], files: C, clash: /^is the input c\.txt;/ },
    { name: 'the input through ./', output: './c.txt', inputs: ['c.txt'], files: C, clash: /^is the input c\.txt;/ },
    { name: 'the input through ../', output: '../' + root.split('/').pop()! + '/c.txt', inputs: ['c.txt'], files: C, clash: /^is the input/ },
    { name: 'a symbolic link to the input', output: 'link.txt', inputs: ['c.txt'], files: C, clash: /^is the input c\.txt;/ },
    { name: 'a hard link of the input, another ending', output: 'hard.csv', inputs: ['c.txt'], files: C, clash: /^is the input c\.txt;/ },
    { name: 'an input given through a link', output: 'c.txt', inputs: ['link.txt'], files: [file('link.txt')], clash: /^is the input link\.txt;/ },
    { name: 'another existing file', output: 'other.txt', inputs: ['c.txt'], files: C, clash: undefined },
    { name: 'a new file beside the input', output: 'out.txt', inputs: ['c.txt'], files: C, clash: undefined },
    { name: 'a new .txt in an input directory', output: 'in/out.txt', inputs: ['in'], files: IN, clash: /^lies in the input directory in and ends with \.txt/ },
    { name: 'a new .TXT in an input directory', output: 'in/OUT.TXT', inputs: ['in'], files: IN, clash: /^lies in the input directory in/ },
    { name: 'a new .txt deeper in an input directory', output: 'in/sub/out.txt', inputs: ['in/'], files: IN, clash: /^lies in the input directory in\//  },
    { name: 'a .txt in an input directory given through a link', output: 'in/out.txt', inputs: ['in-link'], files: IN, clash: /^lies in the input directory in-link/ },
    { name: 'a file that is read from an input directory', output: 'in/a.txt', inputs: ['in'], files: IN, clash: /^is the input in\/a\.txt;/ },
    { name: 'a .csv in an input directory', output: 'in/out.csv', inputs: ['in'], files: IN, clash: undefined },
    { name: 'a .csv in an input directory read with --ext .csv', output: 'in/out.csv', inputs: ['in'], files: IN, ext: ['.txt', '.csv'], clash: /ends with \.csv/ },
    { name: 'anything in an input directory read with --ext ""', output: 'in/out.json', inputs: ['in'], files: IN, ext: [], clash: /^lies in the input directory in/ },
    { name: 'a .txt beside an input directory', output: 'in.txt', inputs: ['in'], files: IN, clash: undefined },
    { name: 'a .txt in a folder whose name starts like an input directory', output: 'in-other/x.txt', inputs: ['in'], files: IN, clash: undefined },
    { name: 'standard input only', output: 'c.txt', inputs: ['-'], files: [{ path: '-', doc: '-' }], clash: undefined },
  ];
  it.each(cases)('$name', ({ output, inputs, files, ext, clash }) => {
    const cwd = process.cwd();
    process.chdir(root);
    try {
      const found = outputClash(output, inputs, files, ext ?? ['.txt']);
      if (clash === undefined) expect(found).toBeUndefined();
      else expect(found).toMatch(clash);
    } finally {
      process.chdir(cwd);
    }
  });
});
