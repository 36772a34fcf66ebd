// One text lists a term only on evidence: a phrase, a repeat, or a word of three characters or more that news uses often
// enough to tell how, or that the policy dictionary lists (in the judged draws of issue 15, a two-character word an
// article says once was junk 62 % of the time; a longer one news hardly uses, 48 %).
import { describe, expect, it } from 'vitest';
import { hasEvidence } from '../../../../src/extract/keywords/keywords.js';
import { rankedBesideAReport } from '../../../helpers/keyword-ranking.js';

describe('hasEvidence', () => {
  it.each<[string[], number, boolean]>([
    [['仔猪'], 1, false],
    [['仔猪'], 2, true],
    [['呼吸机'], 1, true], // news uses it often enough to tell how
    [['营商环境'], 1, true],
    [['同情心'], 1, false], // too rare in news to tell, and said once
    [['时间轴'], 1, false],
    [['同情心'], 2, true],
    [['双招双引'], 1, true], // a term of the policy dictionary
    [['社区', '养老'], 1, true],
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
    ['社区养老起步。仔猪出栏，仔猪涨价。呼吸机到货。', 'doc', 1, true],
  ])('%s by %s, --min-count %i: 仔猪 %s', (text, by, minCount, listed) => {
    const rows = rankedBesideAReport(text, { minCount, by });
    expect(rows.includes('仔猪')).toBe(listed);
    expect(rows).toContain('呼吸机');
    expect(rows).toContain('社区养老');
  });
});
