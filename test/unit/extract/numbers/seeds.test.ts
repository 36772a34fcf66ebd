// Invariants over every figure of the five newspaper pages in seeds/, normalised as the pipeline does.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalise } from '../../../../src/corpus/normalise.js';
import { extractNumbers } from '../../../../src/extract/numbers/numbers.js';
import { makeArticle } from '../../../helpers/article.js';

const SEEDS = new URL('../../../../seeds/', import.meta.url);
const files = readdirSync(SEEDS).filter((f) => f.endsWith('.txt'));
const MULTIPLIERS: Record<string, number> = { 万亿: 1e12, 亿: 1e8, 万: 1e4 };

describe.each(files)('seeds/%s', (file) => {
  const { text } = normalise(readFileSync(new URL(file, SEEDS), 'utf8'));
  const spans = extractNumbers(makeArticle(text));

  it('gives spans in text order that slice the text', () => {
    for (let i = 0; i < spans.length; i++) {
      const s = spans[i]!;
      expect(text.slice(s.start, s.end)).toBe(s.text);
      if (i > 0) expect(s.start).toBeGreaterThanOrEqual(spans[i - 1]!.end);
    }
  });

  it('multiplies out every Arabic figure written with 万/亿', () => {
    for (const s of spans) {
      const m = /^(\d+(?:\.\d+)?)[多余]?(万亿|亿|万)/.exec(s.text);
      if (!m || s.kind === 'code') continue;
      expect(s.value, s.text).toBeCloseTo(Number(m[1]) * MULTIPLIERS[m[2]!]!, 0);
    }
  });

  it('never reports a year or a date as an amount or a count', () => {
    for (const s of spans) {
      if (s.kind === 'amount' || s.kind === 'count') expect(s.text, s.text).not.toMatch(/^\d{4}年|^\d{1,2}月|^\d{1,2}日/);
    }
  });
});
