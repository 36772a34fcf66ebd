// Property: the `text` of every numbers and entities row is the original file's slice at its (line, column), however
// the page is broken: OCR line breaks inside sentences, CRLF, full-width digits, traditional characters, blank lines.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import * as OpenCC from 'opencc-js';
import { describe, expect, it, vi } from 'vitest';
import { splitArticles } from '../../src/corpus/articles.js';
import { lineStartsOf } from '../../src/corpus/read.js';
import { attributeArticles } from '../../src/extract/places/attribution.js';
import entities from '../../src/commands/entities.js';
import numbers from '../../src/commands/numbers.js';
import { processArticles } from '../../src/pipeline/process-file.js';
import { ENTITY_TYPES } from '../../src/extract/entities.js';
import { NUMBER_KINDS, type Row, type SourceDoc } from '../../src/types.js';
import { REPO } from '../cli/run-cli.js';

const RUNS = 300;
// ~3 s alone; minutes on a loaded 2-core runner.
vi.setConfig({ testTimeout: 180_000 });

/** Lines of realistic pages: the seeds, the page fixtures and the government texts written for the tests. */
function realLines(): string[] {
  const readAll = (dir: string) =>
    readdirSync(join(REPO, dir)).filter((n) => n.endsWith('.txt')).sort().map((n) => readFileSync(join(REPO, dir, n), 'utf8'));
  const texts = ['seeds', 'test/fixtures/corpus', 'test/fixtures/texts'].flatMap(readAll);
  const lines = texts.flatMap((t) => t.split(/\r?\n/)).map((l) => l.trim()).filter((l) => l.length >= 4);
  return [...new Set(lines)].filter((_, i) => i % 3 === 0).slice(0, 1500);
}

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
const fullWidth = (s: string) => s.replace(/[0-9A-Za-z%.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

const line = fc.tuple(fc.constantFrom(...realLines()), fc.constantFrom('plain', 'traditional', 'full-width', 'ocr-broken'), fc.nat()).map(([text, how, at]) => {
  if (how === 'traditional') return toTraditional(text);
  if (how === 'full-width') return fullWidth(text);
  if (how === 'ocr-broken') {
    const cut = 1 + (at % Math.max(1, text.length - 1));
    return `${text.slice(0, cut)}\n${text.slice(cut)}`;
  }
  return text;
});
const page = fc.tuple(fc.array(fc.tuple(line, fc.constantFrom('\n', '\r\n', '\n\n', '\r\n\r\n')), { minLength: 1, maxLength: 25 }));

function sourceOf(original: string): SourceDoc {
  return { doc: 'p.txt', path: 'p.txt', encoding: 'utf-8', original, lineStarts: lineStartsOf(original) };
}

/** Offsets of line starts computed here, independently of the code under test. */
function lineOffsets(original: string): number[] {
  const starts = [0];
  const re = /\r\n|\r|\n/g;
  for (let m = re.exec(original); m; m = re.exec(original)) starts.push(m.index + m[0].length);
  return starts;
}

function expectAtLocation(original: string, starts: number[], row: Row) {
  const text = row.text as string;
  const at = starts[(row.line as number) - 1]! + (row.column as number) - 1;
  expect(original.slice(at, at + text.length), JSON.stringify(row)).toBe(text);
  expect(text.length).toBeGreaterThan(0);
}

describe('rows point at their text in the original file', () => {
  it(`numbers and entities, ${RUNS} random pages`, () => {
    let rows = 0;
    fc.assert(
      fc.property(page, ([parts]) => {
        const original = parts.map(([l, br]) => l + br).join('');
        const articles = splitArticles(sourceOf(original));
        attributeArticles(articles);
        const starts = lineOffsets(original);
        const found = [
          ...processArticles(numbers, { kinds: NUMBER_KINDS }, articles).rows,
          ...processArticles(entities, { types: ENTITY_TYPES }, articles).rows,
        ];
        rows += found.length;
        for (const row of found) expectAtLocation(original, starts, row);
      }),
      { numRuns: RUNS },
    );
    expect(rows).toBeGreaterThan(RUNS); // the pages did hold figures and names
  });
});
