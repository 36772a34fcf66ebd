// Checks that our binding segments and tags as nodejieba's does, on every .txt file under the given folders (default:
// ../shared/corpus, seeds, test/fixtures). test/unit/nlp/engines.test.ts does the same on the seeds and fixtures only.
// Usage: npm run build && node bench/compare-engines.mjs [DIR...]. Exit 1 when a file differs.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { cut, engineName, nodejiebaEngine, tag, tagWithNodejieba } from '../dist/nlp/segmenter.js';

const root = new URL('..', import.meta.url).pathname;
const dirs = process.argv.length > 2 ? process.argv.slice(2) : ['../shared/corpus', 'seeds', 'test/fixtures'].map((d) => join(root, d));
if (engineName() !== 'native') {
  console.error('our binding (packages/segmenter-binding) is not built, or POLICY_CLI_ENGINE=nodejieba: nothing to compare (npm run build:binding builds it)');
  process.exit(2);
}

function textFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return textFiles(path);
    return entry.name.endsWith('.txt') ? [path] : [];
  });
}

let files = 0;
let tokens = 0;
const differing = [];
for (const file of dirs.flatMap(textFiles).sort()) {
  const text = readFileSync(file, 'utf8');
  const ours = tag(text);
  const theirs = tagWithNodejieba(text);
  const sameTags = ours.length === theirs.length && ours.every((t, i) => t.word === theirs[i].word && t.tag === theirs[i].tag);
  const sameWords = cut(text).map((t) => t.word).join('\n') === nodejiebaEngine().cut(text, true).filter(Boolean).join('\n');
  files++;
  tokens += ours.length;
  if (!sameTags || !sameWords) differing.push(file);
}
console.log(`${files} files, ${tokens} tokens: ${differing.length} files differ`);
for (const file of differing) console.log(`  differs: ${file}`);
process.exitCode = differing.length > 0 ? 1 : 0;
