// `roster` end to end on records with a known sequence of holders: 潍坊's mayor replaced by an acting mayor who is then
// confirmed (one change), 菏泽's mayor replaced by one elected (a change with its notice), and two 王强 in two cities.
import { describe, expect, it } from 'vitest';
import { jsonl, runCli } from './run-cli.js';

const NEWS = 'test/fixtures/roster/news.jsonl';
const at = (id: string, line: number, column: number) => `${NEWS}#${id}:${line}:${column}`;

function rows(args: string[]): Record<string, unknown>[] {
  const result = runCli(['roster', NEWS, '-f', 'jsonl', '-j', '1', ...args]);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return jsonl(result.stdout);
}

describe('policy-cli roster', () => {
  it('one row per person × post × place, with dates, counts and evidence', () => {
    const cells = rows([]).map((r) => [r.person, r.post, r.place, r.first_seen, r.last_seen, r.mentions, r.first_evidence, r.last_evidence]);
    expect(cells).toEqual([
      ['张明', '市长', '潍坊市', '2020-01-05', '2020-02-10', 2, at('n1', 1, 11), at('n3', 1, 5)],
      ['李华', '市长', '潍坊市', '2020-04-20', '2020-04-20', 1, at('n7', 1, 11), at('n7', 1, 11)],
      ['李华', '代市长', '潍坊市', '2020-03-01', '2020-03-01', 1, at('n5', 1, 12), at('n5', 1, 12)],
      ['王强#2', '副市长', '潍坊市', '2020-02-10', '2020-02-10', 1, at('n3', 1, 23), at('n3', 1, 23)],
      ['张明', '市委副书记', '潍坊市', '2020-01-05', '2020-01-05', 1, at('n1', 1, 11), at('n1', 1, 11)],
      // n7 is printed in traditional characters (濰坊市委副書記、市長李華).
      ['李华', '市委副书记', '潍坊市', '2020-03-01', '2020-04-20', 2, at('n5', 1, 12), at('n7', 1, 11)],
      ['赵刚', '市长', '菏泽市', '2020-01-08', '2020-01-08', 1, at('n2', 1, 11), at('n2', 1, 11)],
      ['钱峰', '市长', '菏泽市', '2020-02-20', '2020-04-25', 3, at('n4', 2, 1), at('n8', 1, 5)],
      ['王强', '副市长', '菏泽市', '2020-01-08', '2020-01-08', 1, at('n2', 1, 30), at('n2', 1, 30)],
      ['赵刚', '市委副书记', '菏泽市', '2020-01-08', '2020-01-08', 1, at('n2', 1, 11), at('n2', 1, 11)],
      ['钱峰', '市委副书记', '菏泽市', '2020-03-05', '2020-03-05', 1, at('n6', 1, 11), at('n6', 1, 11)],
    ]);
    const first = rows([])[0]!;
    expect([first.org, first.place_code, first.level, first.docs]).toEqual(['潍坊市政府', '370700', 'prefecture', 2]);
  });

  it('--changes: a mayor replaced, an acting mayor (confirmed later: no second change), with the notice as evidence', () => {
    const cells = rows(['--changes']).map((r) => [r.post, r.place, r.before, r.before_last_seen, r.after, r.after_first_seen, r.acting, r.before_evidence, r.after_evidence, r.notice, r.notice_date, r.notice_evidence]);
    expect(cells).toEqual([
      ['市长', '菏泽市', '赵刚', '2020-01-08', '钱峰', '2020-02-20', false, at('n2', 1, 11), at('n4', 2, 1), 'appoint', '2020-02-20', at('n4', 2, 1)],
      ['市长', '潍坊市', '张明', '2020-02-10', '李华', '2020-03-01', true, at('n3', 1, 5), at('n5', 1, 12), null, null, null],
    ]);
  });

  it.each([
    ['2020-01-31', ['张明 市长 潍坊市', '张明 市委副书记 潍坊市', '赵刚 市长 菏泽市', '王强 副市长 菏泽市', '赵刚 市委副书记 菏泽市']],
    ['2020-03', ['李华 代市长 潍坊市', '王强#2 副市长 潍坊市', '张明 市委副书记 潍坊市', '李华 市委副书记 潍坊市', '钱峰 市长 菏泽市', '王强 副市长 菏泽市', '赵刚 市委副书记 菏泽市', '钱峰 市委副书记 菏泽市']],
  ])('--as-of %s: the holders on that day', (date, expected) => {
    expect(rows(['--as-of', date]).map((r) => `${r.person} ${r.post} ${r.place}`)).toEqual(expected);
  });

  it('--help shows its options and examples; --columns documents every column', () => {
    const help = runCli(['roster', '--help']).stdout;
    expect(help).toMatch(/--changes/);
    expect(help).toMatch(/--as-of <date>/);
    expect(help).toMatch(/Examples:\n {2}\$ policy-cli roster/);
    const columns = runCli(['roster', '--changes', '--columns', '-f', 'tsv']).stdout.split('\n').slice(1, -1).map((l) => l.split('\t')[0]);
    expect(columns).toEqual(['post', 'place', 'place_code', 'before', 'before_last_seen', 'after', 'after_first_seen', 'acting', 'before_evidence', 'after_evidence', 'notice', 'notice_date', 'notice_evidence']);
  });

  it('--as-of rejects what is not a date', () => {
    const result = runCli(['roster', NEWS, '--as-of', 'March']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--as-of');
  });
});
