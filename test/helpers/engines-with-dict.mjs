// Cuts and tags texts with our binding and with nodejieba's, both loaded with the user dictionary given: a process of
// its own, as each binding loads its dictionaries once per process. Prints {ours, theirs} as JSON.
// Usage: node test/helpers/engines-with-dict.mjs USER_DICT CACHE_DIR TEXT...
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const [userDict, cacheDir, ...texts] = process.argv.slice(2);
const nodejieba = require('nodejieba');
const ours = require('@policy-cli/segmenter-binding').load();
const status = ours.load(nodejieba.DEFAULT_DICT, nodejieba.DEFAULT_HMM_DICT, userDict, cacheDir);
nodejieba.load({ userDict });

function words(text, lengths) {
  const out = [];
  let start = 0;
  for (const length of lengths) {
    if (length > 0) out.push(text.slice(start, start + length));
    start += length;
  }
  return out;
}

const result = { status, ours: [], theirs: [] };
for (const text of texts) {
  const tagged = ours.tag(text);
  result.ours.push({ cut: words(text, ours.cut(text)), tags: [...tagged.tags].map((t) => (t >= 0 ? tagged.names[t] : null)) });
  const theirTags = nodejieba.tag(text);
  result.theirs.push({ cut: nodejieba.cut(text, true), tags: theirTags.map((t) => t.tag) });
}
console.log(JSON.stringify(result));
