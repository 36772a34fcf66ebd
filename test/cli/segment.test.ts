// policy-cli segment, end to end on seeds/.
import { describe, expect, it, vi } from 'vitest';
import { jsonl, runCli } from './run-cli.js';

vi.setConfig({ testTimeout: 60_000 });

describe('segment', () => {
  const rows = jsonl(runCli(['segment', 'seeds/003_61d246b8bd128e03.txt', '-f', 'jsonl']).stdout);

  it('gives one row per article with its tokens', () => {
    expect(rows).toHaveLength(4);
    expect(Object.keys(rows[0]!)).toEqual(['doc', 'article', 'title', 'segmented']);
    expect(rows[0]!.title).toBe('省委经济工作会议在济南召开');
    const tokens = (rows[0]!.segmented as string).split(' ');
    expect(tokens.slice(0, 7)).toEqual(['省委', '经济', '工作', '会议', '在', '济南', '召开']);
  });

  it('keeps policy terms and names whole (user dictionary, HMM on)', () => {
    const tokens = rows.flatMap((r) => (r.segmented as string).split(' '));
    expect(tokens).toContain('高质量发展');
    expect(tokens).toContain('李干杰');
    expect(tokens).not.toContain('');
  });

  it('--pos tags every token as word/tag', () => {
    const tagged = jsonl(runCli(['segment', 'seeds/003_61d246b8bd128e03.txt', '--pos', '-f', 'jsonl']).stdout);
    const tokens = (tagged[0]!.segmented as string).split(' ');
    expect(tokens[0]).toBe('省委/j'); // nodejieba tags 省委 as an abbreviation
    for (const token of tokens) expect(token).toMatch(/^.+\/[a-z]+$/);
  });
});
