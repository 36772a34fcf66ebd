// Attribution over the shared corpus (government reports and policy texts whose file names say whose they are:
// `province_shandong_2026_gov-report.txt`). Skipped where the corpus is absent; prints the accuracy per level.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitArticles } from '../../src/corpus/articles.js';
import { lineStartsOf } from '../../src/corpus/read.js';
import { attributeArticles } from '../../src/extract/places/attribution.js';
import { hasShared, shared } from './shared.js';

const CORPUS = shared('corpus');
const EXPECTED: Record<string, string> = {
  china: '000000', statecouncil: '000000', hailar: '150702', qingdao: '370200', jinan: '370100',
  anhui: '340000', beijing: '110000', chongqing: '500000', fujian: '350000', gansu: '620000', guangdong: '440000',
  guangxi: '450000', guizhou: '520000', hainan: '460000', hebei: '130000', heilongjiang: '230000', henan: '410000',
  hubei: '420000', hunan: '430000', jiangsu: '320000', jiangxi: '360000', jilin: '220000', liaoning: '210000',
  neimenggu: '150000', ningxia: '640000', qinghai: '630000', shaanxi: '610000', shandong: '370000', shanghai: '310000',
  shanxi: '140000', sichuan: '510000', tianjin: '120000', xinjiang: '650000', xizang: '540000', yunnan: '530000',
  zhejiang: '330000',
};

describe.skipIf(!hasShared('corpus'))('attribution on the corpus', () => {
  it('attributes most government texts to the government that wrote them', () => {
    const byLevel = new Map<string, { right: number; total: number; wrong: string[] }>();
    for (const folder of ['reports', 'policy']) {
      for (const file of readdirSync(join(CORPUS, folder))) {
        const [level, who] = file.split('_') as [string, string];
        const want = EXPECTED[who];
        if (!want) continue;
        const original = readFileSync(join(CORPUS, folder, file), 'utf8');
        const articles = splitArticles({ doc: file, path: file, encoding: 'utf-8', original, lineStarts: lineStartsOf(original) });
        attributeArticles(articles);
        // The document's place: the place most of its text (by length) was attributed to.
        const weight = new Map<string, number>();
        for (const a of articles) weight.set(a.place?.code ?? '-', (weight.get(a.place?.code ?? '-') ?? 0) + a.text.length);
        const got = [...weight].sort((x, y) => y[1] - x[1])[0]?.[0];
        const stats = byLevel.get(level) ?? { right: 0, total: 0, wrong: [] };
        stats.total++;
        if (got === want) stats.right++;
        else stats.wrong.push(`${file}→${got}`);
        byLevel.set(level, stats);
      }
    }
    let right = 0;
    let total = 0;
    for (const [level, s] of byLevel) {
      console.log(`${level}: ${s.right}/${s.total}`, s.wrong.slice(0, 8).join(' '));
      right += s.right;
      total += s.total;
    }
    console.log(`all: ${right}/${total}`);
    expect(right / total).toBeGreaterThan(0.8);
  });
});
