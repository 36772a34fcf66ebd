import { fileURLToPath } from 'node:url';

// Compiled to dist/paths.js and run from src/paths.ts by vitest: both sit one level below the repo root,
// so `../src/data/` names the same folder either way.
const DATA_DIR = new URL('../src/data/', import.meta.url);

/** Absolute path of a file shipped in src/data/. */
export function dataPath(name: string): string {
  return fileURLToPath(new URL(name, DATA_DIR));
}
