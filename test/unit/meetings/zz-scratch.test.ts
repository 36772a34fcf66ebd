import { readFileSync, readdirSync } from 'node:fs';
import { it } from 'vitest';
import { makeArticle } from '../../helpers/article.js';
import { findMeetings } from '../../../src/extract/meetings.js';
import { findSlogans } from '../../../src/extract/slogans.js';
import { findOrgs, tokenIndex } from '../../../src/extract/orgs.js';
import { findDates } from '../../../src/extract/dates.js';

it('scratch', () => {
  let bytes = 0, tTok = 0, tM = 0, tO = 0, tS = 0, tD = 0; const n = { m: 0, o: 0, s: 0, d: 0 };
  for (const dir of ['/work/shared/corpus/reports/', '/work/shared/corpus/policy/']) {
    for (const f of readdirSync(dir)) {
      const text = readFileSync(dir + f, 'utf8').replace(/\r/g, '');
      bytes += Buffer.byteLength(text);
      const a = makeArticle(text);
      let t = performance.now(); tokenIndex(a); tTok += performance.now() - t;
      t = performance.now(); n.m += findMeetings(a).length; tM += performance.now() - t;
      t = performance.now(); n.o += findOrgs(a).length; tO += performance.now() - t;
      t = performance.now(); n.s += findSlogans(a).length; tS += performance.now() - t;
      t = performance.now(); n.d += findDates(a).length; tD += performance.now() - t;
    }
  }
  console.log(`MB=${(bytes / 1e6).toFixed(1)} tag=${tTok.toFixed(0)}ms meetings=${tM.toFixed(0)}ms orgs=${tO.toFixed(0)}ms slogans=${tS.toFixed(0)}ms dates=${tD.toFixed(0)}ms`, n);
}, 600000);
