import { describe, expect, it } from 'vitest';
import { IdfBuilder, idfFromText, loadIdf, parseIdf } from '../../../../src/extract/keywords/idf.js';
import { cut, tag } from '../../../../src/nlp/segmenter.js';
import { UsageError } from '../../../../src/types.js';

// Three short documents: a seed sentence and two corpus sentences.
const DOCS = [
  '要把握大局、坚定信心，在加快高质量发展中勇毅前行。',
  '推动科技创新和产业创新深度融合，新质生产力发展壮大，推动高质量发展。',
  '实施乡村振兴战略，是党的十九大作出的重大决策部署，2018年。',
];

describe('IdfBuilder', () => {
  it('writes ln((N + 1) / (df + 1)) + 1 per word, sorted, with a header', () => {
    const builder = new IdfBuilder();
    for (const doc of DOCS) builder.addDocument(cut(doc));
    const text = builder.toText();
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^# policy-cli IDF: idf = ln\(\(N \+ 1\) \/ \(df \+ 1\)\) \+ 1/);
    expect(lines[1]).toBe('# documents 3');
    const words = lines.slice(2).map((l) => l.split(' ')[0]!);
    expect(words).toEqual([...words].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const { entries, documents } = parseIdf(text);
    expect(documents).toBe(3);
    expect(entries.get('高质量发展')!.idf).toBeCloseTo(Math.log(4 / 3) + 1, 6); // in 2 of 3
    expect(entries.get('乡村振兴战略')!.idf).toBeCloseTo(Math.log(4 / 2) + 1, 6); // in 1 of 3
    // Numbers, years and single characters are not terms.
    expect(entries.has('2018年')).toBe(false);
    expect(entries.has('十九')).toBe(false);
    expect(entries.has('，')).toBe(false);
  });

  it('round-trips through the file format, tags included', () => {
    const builder = new IdfBuilder();
    for (const doc of DOCS) builder.addDocument(tag(doc));
    const idf = idfFromText(builder.toText(), 'test', { fallback: false });
    expect(idf.documents).toBe(3);
    expect(idf.get('高质量发展')).toBeCloseTo(Math.log(4 / 3) + 1, 6);
    expect(idf.tag('高质量发展')).toBe('n');
    expect(idf.tag('推动')).toBe('v');
    expect(idf.has('推动')).toBe(true);
    expect(idf.get('没有的词')).toBeUndefined();
  });

  it('merges: two builders give the file one builder gives', () => {
    const whole = new IdfBuilder();
    for (const doc of DOCS) whole.addDocument(tag(doc));
    const a = new IdfBuilder();
    const b = new IdfBuilder();
    a.addDocument(tag(DOCS[0]!));
    for (const doc of DOCS.slice(1)) b.addDocument(tag(doc));
    expect(a.merge(b).toText()).toBe(whole.toText());
  });
});

describe('parseIdf', () => {
  it.each([['高质量发展 abc'], ['高质量发展']])('refuses a malformed line: %s', (line) => {
    expect(() => parseIdf(`# x\n${line}\n`, 'my.idf')).toThrow(UsageError);
  });

  it('reads jieba idf.utf8 lines (two columns, no header)', () => {
    const { entries } = parseIdf('劳动防护 13.900677652\r\n生化学 13.900677652\r\n');
    expect(entries.get('生化学')).toEqual({ idf: 13.900677652 });
  });
});

describe('loadIdf', () => {
  const idf = loadIdf();

  it('loads the policy IDF built from the corpus', () => {
    expect(idf.documents).toBeGreaterThan(300);
    // Policy-common words weigh less than policy-specific terms.
    expect(idf.get('发展')!).toBeLessThan(idf.get('高质量发展')!);
    expect(idf.get('高质量发展')!).toBeLessThan(idf.get('新质生产力')!);
    expect(idf.tag('推进')).toBe('v');
    expect(idf.tag('数字经济')).toBe('n');
  });

  it('falls back to the general IDF, capped at the largest policy value', () => {
    const max = Math.log(idf.documents + 1) + 1;
    // 劳动防护: in jieba's general IDF, absent from the policy corpus.
    expect(idf.has('劳动防护')).toBe(false);
    expect(idf.get('劳动防护')).toBeGreaterThan(0);
    expect(idf.get('劳动防护')!).toBeLessThanOrEqual(max + 1e-9);
    expect(idf.get('绝无此词汇乙丙')).toBeUndefined();
  });

  it('gives through getOnce what get gives, fallback included', () => {
    for (const term of ['发展', '高质量发展', '劳动防护', '绝无此词汇乙丙']) expect(idf.getOnce!(term)).toBe(idf.get(term));
    const policyOnly = loadIdf(undefined, { fallback: false });
    for (const term of ['发展', '劳动防护']) expect(policyOnly.getOnce!(term)).toBe(policyOnly.get(term));
  });

  it('gives through hasOnce what has gives', () => {
    for (const term of ['发展', '高质量发展', '劳动防护', '绝无此词汇乙丙']) expect(idf.hasOnce!(term)).toBe(idf.has(term));
  });

  it('refuses a file it cannot read', () => {
    expect(() => loadIdf('/nonexistent/my.idf')).toThrow(UsageError);
  });
});
