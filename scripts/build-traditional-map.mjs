#!/usr/bin/env node
// node scripts/build-traditional-map.mjs: writes src/data/traditional-chars.txt, the character-by-character
// traditional → simplified map that normalising reads (src/corpus/normalise.ts), from the opencc-js the lockfile
// installs. Run it after upgrading opencc-js; test/unit/corpus/normalise.test.ts fails while the file is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { traditionalMapFromConverter, traditionalMapLines } = await import(join(ROOT, 'dist/corpus/normalise.js'));
const opencc = require('opencc-js/t2cn');
const version = JSON.parse(readFileSync(join(ROOT, 'node_modules/opencc-js/package.json'), 'utf8')).version;
const lines = traditionalMapLines(traditionalMapFromConverter(opencc.Converter({ from: 'tw', to: 'cn' })));
const header = [
  `# Traditional → simplified, one character at a time: opencc-js ${version} (Converter tw → cn) on each Han character of the BMP alone.`,
  '# Made by scripts/build-traditional-map.mjs; read by src/corpus/normalise.ts. A line: the traditional character, then its simplified form.',
];
writeFileSync(join(ROOT, 'src/data/traditional-chars.txt'), [...header, ...lines, ''].join('\n'));
console.error(`traditional-chars.txt: ${lines.length} characters`);
