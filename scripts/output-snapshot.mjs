#!/usr/bin/env node
// Runs every command, view and format of a build over a corpus and writes one output file per case, with a checksum
// list, so that a refactoring can be checked to print the same bytes:
//   node scripts/output-snapshot.mjs --repo . --corpus ../shared/corpus --out /tmp/after
//   node scripts/output-snapshot.mjs --repo ../old-checkout --corpus ../shared/corpus --out /tmp/before
//   (formats are a function of the rows: `--formats csv` on a big corpus after all formats on the seeds)
//   diff /tmp/before/SUMS /tmp/after/SUMS
// `--repo` is a checkout whose `npm install` has run; stdout, stderr and the exit code of each case are kept.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    repo: { type: 'string', default: '.' },
    corpus: { type: 'string', multiple: true },
    out: { type: 'string' },
    formats: { type: 'string', default: 'csv,table,tsv,json,jsonl' },
  },
});
if (!values.out || !values.corpus) {
  console.error('usage: output-snapshot.mjs --repo DIR --corpus DIR [--corpus DIR…] --out DIR [--formats csv,table,tsv,json,jsonl]');
  process.exit(2);
}
const bin = resolve(values.repo, 'bin/policy-cli.js');

/** Every command with the options that change what it computes; formats are crossed with them below. */
const CASES = [
  ['keywords'],
  ['keywords', '--by', 'doc', '--top', '5'],
  ['keywords', '--by', 'article', '--top', '3'],
  ['keywords', '--by', 'place'],
  ['keywords', '--method', 'textrank'],
  ['keywords', '--method', 'freq', '--min-count', '3'],
  ['numbers'],
  ['numbers', '--kind', 'all'],
  ['numbers', '--by', 'place', '--unit', '元', '--min', '1e8'],
  ['numbers', '--metric', '/增长|总值/'],
  ['entities'],
  ['entities', '--unique'],
  ['entities', '--by', 'place', '--type', 'official,meeting'],
  ['officials', '--unique'],
  ['meetings'],
  ['places', '--unique'],
  ['slogans'],
  ['docs'],
  ['docs', '--by', 'place'],
  ['segment'],
  ['segment', '--pos'],
  ['idf'],
  ['compare', '--by', 'place'],
  ['compare', '--by', 'doc'],
  ['compare', '--by', 'level', '--what', 'slogans'],
  ['compare', '--by', 'prefecture', '--what', 'officials'],
  ['compare', '--by', 'year', '--what', 'numbers', '--metric', '总产值'],
  ['compare', '--by', 'place', '--terms', '高质量发展,营商环境,/数字.{0,4}经济/'],
  ['compare', '--by', 'place', '--terms', '高质量发展,营商环境', '--wide'],
  ['compare', '--by', 'level', '--terms', '高质量发展,营商环境', '--wide', '--rate'],
  ['kwic', '高质量发展'],
  ['kwic', '/双招双引|招商引资/', '--by', 'place', '--width', '8'],
  ['keywords', '--place', '潍坊'],
  ['entities', '--place', '370000', '--type', 'official'],
];
const FORMATS = values.formats.split(',');

mkdirSync(values.out, { recursive: true });
const sums = [];
for (const corpus of values.corpus) {
  for (const args of CASES) {
    for (const format of FORMATS) {
      const name = `${corpus.replace(/\W+/g, '_')}__${args.join('_').replace(/[^\w\u4e00-\u9fff]+/g, '-')}__${format}`;
      const run = spawnSync(process.execPath, [bin, ...args, corpus, '-f', format, '--no-progress'], {
        encoding: 'buffer',
        maxBuffer: 1 << 30,
        env: { ...process.env, NO_COLOR: '1' },
      });
      const digest = createHash('sha256').update(run.stdout).digest('hex').slice(0, 16);
      writeFileSync(join(values.out, `${name}.out`), run.stdout);
      writeFileSync(join(values.out, `${name}.err`), run.stderr);
      sums.push(`${digest} exit=${run.status} ${name}`);
      process.stderr.write(`${sums.at(-1)}\n`);
    }
  }
}
writeFileSync(join(values.out, 'SUMS'), sums.join('\n') + '\n');
