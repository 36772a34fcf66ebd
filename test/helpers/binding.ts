// Whether our segmenter binding is here: tests of what only it does run where it is.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The optional package is installed and its install compiled the binding (false where the compile failed). */
export function bindingBuilt(): boolean {
  try {
    return existsSync((require('@policy-cli/segmenter-binding') as { file: string }).file);
  } catch {
    return false;
  }
}
