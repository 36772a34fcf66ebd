// A 100 MB page with no line break: every command gets through it without blowing the stack, and we note the peak
// memory. Slow (minutes) and memory-hungry (GBs), so it runs only when asked:
//   POLICY_CLI_BIG=1 npx vitest run test/robustness/big-input.test.ts
// POLICY_CLI_BIG_MB sets the size (default 100).
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO } from '../cli/run-cli.js';
import { runCliAsync } from './run-cli-async.js';

const BIG = Boolean(process.env.POLICY_CLI_BIG);
const MEGABYTES = Number(process.env.POLICY_CLI_BIG_MB ?? 100);

/** Runs the CLI in a node that prints its peak resident memory (workers included) when it exits. */
const PEAK = [
  process.execPath,
  '--input-type=module',
  '-e',
  "process.on('exit', () => process.stderr.write(`peak-rss-kb ${process.resourceUsage().maxRSS}\\n`));" +
    "const { pathToFileURL } = await import('node:url'); await import(pathToFileURL(process.argv[1]).href);",
];

let dir: string;
let file: string;
let unit: string;

beforeAll(() => {
  if (!BIG) return;
  dir = mkdtempSync(join(tmpdir(), 'policy-cli-big-'));
  file = join(dir, 'one line.txt');
  // The seeds' text with every line break removed, repeated to the size asked: one line, one paragraph.
  unit = readdirSync(join(REPO, 'seeds')).sort().map((n) => readFileSync(join(REPO, 'seeds', n), 'utf8')).join('').replace(/[\r\n]+/g, '');
  const bytes = Buffer.from(unit, 'utf8');
  const target = MEGABYTES * 1024 * 1024;
  const copies = Math.floor(target / bytes.length);
  writeFileSync(file, Buffer.concat(Array.from({ length: copies }, () => bytes)));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!BIG)(`a ${MEGABYTES} MB file with no line break`, () => {
  it.each([['docs'], ['numbers'], ['entities'], ['keywords'], ['kwic', '高质量发展'], ['idf'], ['compare', '--by', 'doc'], ['segment']])(
    '%s gets through it',
    async (...command) => {
      const started = performance.now();
      const result = await runCliAsync([...command, file, '-f', 'jsonl', '-j', '1'], { prefix: PEAK });
      const seconds = (performance.now() - started) / 1000;
      const peak = Number(/peak-rss-kb (\d+)/.exec(result.stderr)?.[1] ?? 0) / 1024;
      console.log(`${command.join(' ')}: exit ${result.status}, ${result.stdout.length} chars out, peak ${peak.toFixed(0)} MB, ${seconds.toFixed(1)} s`);
      expect(result.stderr.replace(/peak-rss-kb \d+\n/, '')).toBe('');
      expect(result.status).toBe(0);
      expect(result.stdout.length).toBeGreaterThan(0);
      if (command[0] === 'kwic') {
        const copies = (result.stdout.match(/\n/g) ?? []).length;
        const perCopy = unit.split('高质量发展').length - 1;
        // Every occurrence of every copy (the copies join without a break, which can make no new match).
        expect(copies).toBeGreaterThanOrEqual(perCopy * Math.floor((MEGABYTES * 1024 * 1024) / Buffer.byteLength(unit)));
      }
    },
    1_800_000,
  );
});
