// One text lists a term only on evidence: a phrase, or a word it says as often as news shows it must (usesNeeded in
// burstiness.ts): a two-character word twice or three times, a longer one once or twice, a word said in passing never.
import { describe, expect, it } from 'vitest';
import { hasEvidence } from '../../../../src/extract/keywords/keywords.js';
import { rankedBesideAReport } from '../../../helpers/keyword-ranking.js';

describe('hasEvidence', () => {
  it.each<[string[], number, boolean]>([
    [['社区', '养老'], 1, true], // a phrase
    [['呼吸机'], 1, true], // three characters, and news uses it often enough to tell how
    [['营商环境'], 1, true],
    [['同情心'], 1, false], // too rare in news to tell: twice
    [['时间轴'], 1, false],
    [['同情心'], 2, true],
    [['双招双引'], 1, true], // a term of the policy dictionary
    [['疫苗'], 1, false], // two characters: a topic word twice
    [['疫苗'], 2, true],
    [['预期'], 2, false], // two characters news seldom repeats: three times
    [['预期'], 3, true],
    [['仔猪'], 2, false], // two characters news hardly uses: three times
    [['仔猪'], 3, true],
    [['印象'], 5, false], // said in passing: never
  ])('%j said %i times: %s', (parts, count, expected) => {
    expect(hasEvidence(parts, count)).toBe(expected);
  });
});

describe('keyness per text', () => {
  it.each<[string, string, number, boolean]>([
    // [text, by, --min-count, 仔猪 listed]
    ['社区养老起步。仔猪出栏。呼吸机到货。', 'doc', 1, false],
    ['社区养老起步。仔猪出栏。呼吸机到货。', 'article', 1, false],
    ['社区养老起步。仔猪出栏。呼吸机到货。', 'doc', 0, true],
    ['社区养老起步。仔猪出栏。呼吸机到货。', 'corpus', 1, true],
    ['社区养老起步。仔猪出栏，仔猪涨价，仔猪紧俏。呼吸机到货。', 'doc', 1, true],
  ])('%s by %s, --min-count %i: 仔猪 %s', (text, by, minCount, listed) => {
    const rows = rankedBesideAReport(text, { minCount, by });
    expect(rows.includes('仔猪')).toBe(listed);
    expect(rows).toContain('呼吸机');
    expect(rows).toContain('社区养老');
  });
});
