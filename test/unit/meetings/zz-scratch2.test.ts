import { readFileSync, readdirSync } from 'node:fs';
import { it } from 'vitest';
import { makeArticle } from '../../helpers/article.js';
import { findOrgs } from '../../../src/extract/orgs.js';
import { findMeetings } from '../../../src/extract/meetings.js';

it('scratch', () => {
  const orgs: string[] = []; const ms: string[] = [];
  for (const dir of ['/work/shared/corpus/reports/', '/work/shared/corpus/policy/']) {
    for (const f of readdirSync(dir)) {
      const a = makeArticle(readFileSync(dir + f, 'utf8').replace(/\r/g, ''));
      for (const d of findOrgs(a)) orgs.push(d.text);
      for (const d of findMeetings(a)) ms.push(d.kind[0] + ':' + d.text);
    }
  }
  let seed = 7; const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const pick = (xs: string[], n: number) => Array.from({ length: n }, () => xs[Math.floor(rnd() * xs.length)]);
  console.log('ORGS', orgs.length, pick(orgs, 100).join(' | '));
  console.log('MEET', ms.length, pick(ms, 80).join(' | '));
}, 600000);
