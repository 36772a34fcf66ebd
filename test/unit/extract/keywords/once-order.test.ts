// keyness lists what a group repeats first; of what it says once, phrases before single words (a once-said phrase is
// rarely junk, a once-said word often is: a passing verb, a generic noun).
import { describe, expect, it } from 'vitest';
import { rankedBesideAReport } from '../../../helpers/keyword-ranking.js';

describe('keyness order of terms said once', () => {
  it.each<[string, string, string]>([
    // [the ranked document, the phrase it says once, the word it says once]
    // 社区养老 weighs 3.56 (养老 2.44 and half of 社区 2.24), 仔猪 5.65 and 呼吸机 5.56: the phrase comes first all the same
    ['社区养老起步。仔猪出栏。', '社区养老', '仔猪'],
    ['呼吸机到货。社区养老起步。', '社区养老', '呼吸机'],
  ])('%s: %s before %s', (text, phrase, word) => {
    const rows = rankedBesideAReport(text);
    expect(rows).toContain(phrase);
    expect(rows).toContain(word);
    expect(rows.indexOf(phrase)).toBeLessThan(rows.indexOf(word));
  });
});
