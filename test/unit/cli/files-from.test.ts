import { describe, expect, it } from 'vitest';
import { pathsOf, withListedInputs } from '../../../src/cli/files-from.js';
import { UsageError } from '../../../src/types.js';

describe('--files-from lists', () => {
  it.each([
    ['one a line', 'a.txt\nb/c.txt\n', ['a.txt', 'b/c.txt']],
    ['CRLF and blank lines', 'a.txt\r\n\r\n  \r\nb.txt\r\n', ['a.txt', 'b.txt']],
    ['no final newline', 'a.txt\nb.txt', ['a.txt', 'b.txt']],
    ['NUL-separated (find -print0), names with spaces and newlines', './x y.txt\0./line\nbreak.txt\0', ['./x y.txt', './line\nbreak.txt']],
    ['a BOM', '\ufeffa.txt\n', ['a.txt']],
    ['a listed - is a file of that name', '-\n', ['./-']],
    ['empty', '', []],
  ])('%s', (_, list, paths) => {
    expect(pathsOf(Buffer.from(list))).toEqual(paths);
  });

  it('comes after the inputs given on the command line', async () => {
    expect(await withListedInputs(['seeds'], undefined)).toEqual(['seeds']);
  });

  it.each([
    [['-'], '-', /--files-from - and the input - both read standard input/],
    [[], 'no/such/list.txt', /--files-from no\/such\/list.txt: no such file/],
  ])('refuses %j with --files-from %s as a usage error', async (inputs, from, message) => {
    const run = withListedInputs(inputs, from);
    await expect(run).rejects.toThrow(message);
    await expect(run).rejects.toBeInstanceOf(UsageError);
  });
});
