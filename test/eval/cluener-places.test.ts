// Places against CLUENER2020's labelled news sentences (eval/cluener-dev.json of the shared folder; skipped when absent).
// Precision: a place we find should lie inside a labelled address, government, organisation, company or scene
// (places inside names count: 北京市政府). CLUENER leaves most countries and many cities unlabelled (中国, 美国, 广州
// in passing), so this precision is a floor: read by hand, nearly all places outside labels are right.
// Recall: address labels that are exactly a gazetteer name (台湾, 北京市).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gazetteer } from '../../src/extract/places/gazetteer.js';
import { findPlaces } from '../../src/extract/places/places.js';
import { makeArticle } from '../helpers/article.js';
import { hasShared, shared } from './shared.js';

const FILE = shared('eval/cluener-dev.json');
type Labels = Record<string, Record<string, [number, number][]>>;

describe.skipIf(!hasShared('eval/cluener-dev.json'))('places on CLUENER2020 dev', () => {
  it('finds places precisely and finds the labelled ones', () => {
    const raw = readFileSync(FILE, 'utf8').trim();
    const records = raw.startsWith('[')
      ? (JSON.parse(raw) as { text: string; label: Labels }[])
      : raw.split(/\n(?=\{)/).map((chunk) => JSON.parse(chunk) as { text: string; label: Labels });
    const CONTAINERS = ['address', 'government', 'organization', 'company', 'scene', 'position'];
    let found = 0;
    let inside = 0;
    let gold = 0;
    let hit = 0;
    const misses: string[] = [];
    const outside: string[] = [];
    for (const { text, label } of records) {
      const spans = findPlaces(makeArticle(text));
      const boxes = CONTAINERS.flatMap((type) => Object.values(label[type] ?? {}).flat());
      for (const s of spans) {
        found++;
        if (boxes.some(([from, to]) => s.start >= from && s.end <= to + 1)) inside++;
        else if (s.level === 'county' || s.level === 'prefecture') outside.push(`${s.text}@${text.slice(Math.max(0, s.start - 6), s.end + 6)}`);
      }
      for (const [name, where] of Object.entries(label.address ?? {})) {
        if (gazetteer().lookup(name).length === 0) continue;
        for (const [from] of where) {
          gold++;
          if (spans.some((s) => s.start === from && s.text === name)) hit++;
          else misses.push(`${name}@${text.slice(Math.max(0, from - 6), from + name.length + 6)}`);
        }
      }
    }
    console.log(`precision ${inside}/${found} = ${(inside / found).toFixed(3)}; recall ${hit}/${gold} = ${(hit / gold).toFixed(3)}`);
    console.log('cities and counties outside labels:', outside.slice(0, 40).join(' | '));
    console.log('missed:', misses.slice(0, 40).join(' | '));
    expect(inside / found).toBeGreaterThan(0.7);
    expect(hit / gold).toBeGreaterThan(0.9);
  });
});
