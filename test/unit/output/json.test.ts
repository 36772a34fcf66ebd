import { describe, expect, it } from 'vitest';
import { formatAll } from '../../../src/output/formats.js';
import type { Row } from '../../../src/types.js';

const COLUMNS = ['doc', 'name', 'title', 'value', 'official'];
const ROWS: Row[] = [
  { official: true, value: 15370000000, title: '市委书记', name: '江敦涛', doc: 'seeds/000.txt' },
  { doc: 'policy/济南.txt', name: '“两会”', title: '=1+1', value: -0.8, official: false },
  { doc: 'reports/海拉尔.txt', name: '政府工作报\n告', title: null, value: 1e-7 },
];

describe('JSON Lines', () => {
  const out = formatAll({ columns: COLUMNS, rows: ROWS }, 'jsonl', { color: false });
  const lines = out.split('\n');

  it('one object per line, ending with a newline', () => {
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(ROWS.length);
  });

  it('keys in column order, numbers as numbers, null as null, text unguarded', () => {
    expect(lines[0]).toBe('{"doc":"seeds/000.txt","name":"江敦涛","title":"市委书记","value":15370000000,"official":true}');
    expect(JSON.parse(lines[1]!)).toEqual({ doc: 'policy/济南.txt', name: '“两会”', title: '=1+1', value: -0.8, official: false });
    expect(JSON.parse(lines[2]!)).toEqual({ doc: 'reports/海拉尔.txt', name: '政府工作报\n告', title: null, value: 1e-7, official: null });
  });

  it('integer-like column names keep their place', () => {
    const table = { columns: ['place', '2021', '2022'], rows: [{ place: '潍坊市', 2021: 1, 2022: 2 }] };
    expect(formatAll(table, 'jsonl', { color: false })).toBe('{"place":"潍坊市","2021":1,"2022":2}\n');
  });

  it('an empty cell is null, as an empty CSV cell reads', () => {
    const table = { columns: ['unit', 'byline', 'value'], rows: [{ unit: '', byline: '', value: 0 }] };
    expect(formatAll(table, 'jsonl', { color: false })).toBe('{"unit":null,"byline":null,"value":0}\n');
  });

  it('NaN and Infinity, which JSON cannot hold, are null', () => {
    const table = { columns: ['a', 'b'], rows: [{ a: Number.NaN, b: Number.POSITIVE_INFINITY }] };
    expect(formatAll(table, 'jsonl', { color: false })).toBe('{"a":null,"b":null}\n');
  });

  it('no rows: nothing', () => {
    expect(formatAll({ columns: COLUMNS, rows: [] }, 'jsonl', { color: false })).toBe('');
  });
});

describe('JSON', () => {
  it('an array with one object per line', () => {
    const out = formatAll({ columns: COLUMNS, rows: ROWS }, 'json', { color: false });
    const lines = out.split('\n');
    expect(lines[0]).toBe('[');
    expect(lines.at(-2)).toBe(']');
    expect(lines.at(-1)).toBe('');
    expect(lines).toHaveLength(ROWS.length + 3);
    expect(lines[1]).toMatch(/^\{"doc":"seeds\/000.txt",.*\},$/);
    expect(lines[3]).toMatch(/\}$/);
    const parsed = JSON.parse(out) as Row[];
    expect(parsed).toHaveLength(3);
    expect(Object.keys(parsed[0]!)).toEqual(COLUMNS);
    expect(parsed[1]!.value).toBe(-0.8);
    expect(parsed[2]!.title).toBeNull();
  });

  it('no rows: an empty array', () => {
    const out = formatAll({ columns: COLUMNS, rows: [] }, 'json', { color: false });
    expect(out).toBe('[]\n');
    expect(JSON.parse(out)).toEqual([]);
  });

  it('bom and colour do not apply', () => {
    const out = formatAll({ columns: ['a'], rows: [{ a: '潍坊' }] }, 'json', { color: true, bom: true });
    expect(out).toBe('[\n{"a":"潍坊"}\n]\n');
  });
});
