import { describe, expect, it } from 'vitest';
import { isStopWord } from '../../../src/nlp/stopwords.js';
import { parseWordList } from '../../../src/word-lists.js';

describe('isStopWord', () => {
  // Boilerplate of policy prose (the list) and function words.
  it.each(['推进', '加快', '着力', '落实', '坚持', '深入', '工作', '会议', '要求', '贯彻落实', '深入开展', '高度重视',
    '进一步', '我们', '以及', '根据', '关于', '市委', '主要负责同志', '下一步', '一是', '今年'])('%s is a stop word', (word) => {
    expect(isStopWord(word)).toBe(true);
  });

  // Policy content terms, including verbs that carry content.
  it.each(['高质量发展', '数字经济', '乡村振兴', '营商环境', '新质生产力', '共同富裕', '创新', '改革', '就业', '光伏',
    '疫情防控', '人工智能', '稳中求进'])('%s is not a stop word', (word) => {
    expect(isStopWord(word)).toBe(false);
  });
});

describe('parseWordList', () => {
  it('skips comments and blank lines and trims', () => {
    expect([...parseWordList('# header\n推进\r\n\n  加快 \n#注释\n')]).toEqual(['推进', '加快']);
  });
});
