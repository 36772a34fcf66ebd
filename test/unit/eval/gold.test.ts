// Gold files: header, comments, alternatives, optional rows, and one clear line for a malformed file.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { alternatives, parseGoldFile, readGold } from '../../../src/eval/gold.js';

describe('parseGoldFile', () => {
  it('reads rows under the header, skips comments and blank lines, marks optional rows', () => {
    const items = parseGoldFile('# officials of the sample\nfile\tname\ttitle\toptional\n\na.txt\t李强\t国务院总理\n# a foreign leader\na.txt\t塔米姆\t埃米尔\t1\n', 'officials', 'officials.tsv');
    expect(items.map((i) => [i.file, i.cells.name, i.cells.title, i.optional, i.at])).toEqual([
      ['a.txt', '李强', '国务院总理', false, 'officials.tsv:4'],
      ['a.txt', '塔米姆', '埃米尔', true, 'officials.tsv:6'],
    ]);
  });

  it.each([
    ['file\tname\n', 'officials.tsv:1: no column title'],
    ['file\tslogan\na.txt\tx\ty\tz\n', 'slogans.tsv:2: 4 cells for 2 columns'],
    ['file\tslogan\n\tx\n', 'slogans.tsv:2: no file'],
  ])('%j → %s', (text, message) => {
    const kind = text.includes('slogan') ? 'slogans' : 'officials';
    expect(() => parseGoldFile(text, kind, `${kind}.tsv`)).toThrow(message);
  });
});

describe('alternatives', () => {
  it.each([
    ['十九届四中全会|党的十九届四中全会', ['十九届四中全会', '党的十九届四中全会']],
    ['国务院总理', ['国务院总理']],
    ['', []],
  ])('%s', (cell, expected) => expect(alternatives(cell)).toEqual(expected));
});

describe('readGold', () => {
  const dir = mkdtempSync(join(tmpdir(), 'policy-cli-gold-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  it('takes every file of a kind by the first part of its name', () => {
    writeFileSync(join(dir, 'slogans.a.tsv'), 'file\tslogan\na.txt\t两个确立\n');
    writeFileSync(join(dir, 'slogans.b.tsv'), 'file\tslogan\nb.txt\t四下基层\n');
    writeFileSync(join(dir, 'notes.tsv'), 'anything\n');
    expect(readGold(dir).slogans.map((i) => i.cells.slogan)).toEqual(['两个确立', '四下基层']);
  });
  it('a folder with no gold file is a usage error', () => {
    expect(() => readGold(join(dir, 'none'))).toThrow('not a readable folder');
  });
});
