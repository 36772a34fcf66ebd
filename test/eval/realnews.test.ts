// The CLI over real news nobody on this project wrote (realnews/ of the shared folder: 人民日报 articles, one file per
// article as in their archives, and 新闻联播 transcripts): it reads everything without a complaint, finds articles in
// nearly every file (a few hold one word, 广告), attributes most of them to a place, and nearly every official it
// prints points at the line and column of the original file where the name stands.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonl, runCli } from '../cli/run-cli.js';
import { hasShared, shared } from './shared.js';

let dir: string;
let files: string[];

describe.skipIf(!hasShared('realnews'))('the CLI on real news', () => {
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'policy-cli-realnews-'));
    const source = shared('realnews/source');
    for (const name of readdirSync(source)) {
      if (name.endsWith('.jsonl')) {
        for (const line of readFileSync(join(source, name), 'utf8').split('\n')) {
          if (!line.trim()) continue;
          const article = JSON.parse(line) as { file: string; text: string };
          writeFileSync(join(dir, `rmrb-${article.file.replace(/\//g, '_')}`), article.text);
        }
      } else if (name.endsWith('.txt')) copyFileSync(join(source, name), join(dir, name));
    }
    files = readdirSync(dir);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('docs: every file read, split into articles, most attributed to a place', () => {
    const run = runCli(['docs', dir, '-f', 'jsonl']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const rows = jsonl(run.stdout);
    const placed = rows.filter((r) => r.place_code);
    const docs = new Set(rows.map((r) => r.doc));
    console.log(
      `realnews docs: ${files.length} files, ${files.length - docs.size} without an article (a page tag alone: 广告), ` +
        `${rows.length} articles, ${placed.length} attributed to a place (${((100 * placed.length) / rows.length).toFixed(1)} %)`,
    );
    expect(docs.size / files.length).toBeGreaterThan(0.99);
    expect(placed.length / rows.length).toBeGreaterThan(0.8);
  });

  it('officials: each row points at its name in the original file', () => {
    const run = runCli(['officials', dir, '-f', 'jsonl']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const rows = jsonl(run.stdout);
    const lines = new Map<string, string[]>();
    let located = 0;
    const misplaced: string[] = [];
    for (const row of rows) {
      const doc = String(row.doc);
      if (!lines.has(doc)) lines.set(doc, readFileSync(doc, 'utf8').split(/\r?\n/));
      const line = lines.get(doc)![Number(row.line) - 1] ?? '';
      if (line.slice(Number(row.column) - 1).startsWith(String(row.text))) located++;
      else misplaced.push(`${doc.slice(dir.length + 1)}:${String(row.line)}:${String(row.column)} ${String(row.text)}`);
    }
    const names = new Set(rows.map((r) => r.name));
    console.log(`realnews officials: ${rows.length} rows, ${names.size} names; at their line:column ${located}/${rows.length}`);
    if (misplaced.length) console.log(`  not at their line:column: ${misplaced.slice(0, 10).join(' | ')}`);
    expect(rows.length).toBeGreaterThan(10_000);
    expect(located / rows.length).toBeGreaterThan(0.99);
  });
});
