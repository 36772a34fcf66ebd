// Turn what the user typed (files, directories, `-`) into the list of files to read, in a deterministic order.
// Never throws: every path that cannot be used becomes one InputError and the run goes on with the others.
// Synchronous calls: listing happens once, before any work, and a walk of 354 files spent ~70 ms in one thread-pool
// round trip after another (stat, realpath per file) where the same system calls made directly take ~10 ms.
import { lstatSync, readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join, sep } from 'node:path';
import { InputError, type SourceDoc } from '../types.js';

export interface InputFile {
  /** Path on disk (as given, or joined below a directory); `-` for stdin. */
  path: string;
  /** The path as the user sees it: as given, or `<dir as given>/<relative path>`; `-` for stdin. A JSON Lines record: `FILE#ID`. */
  doc: string;
  /** A JSON Lines record, read by the main thread: the document is its text, not the file's bytes. */
  record?: InputRecord;
  /** A JSON Lines record's fields named by --keep-fields, copied into each of its rows. */
  kept?: Record<string, string | number | boolean | null>;
  /**
   * A JSON Lines record's place in a run's order: its file's doc and its line (a run reads files in doc order, records
   * in line order). Runs over parts of a corpus (--emit counts) carry it, so a merge can order rows as one run would.
   */
  at?: { file: string; line: number };
  /** An input known to be unreadable before any work (a bad JSON Lines line, doc `FILE:LINE`): the reason. */
  error?: string;
}

/** What a source says about its document: a JSON Lines record's `date` (ISO), `place` and `title`. */
export type Given = NonNullable<SourceDoc['given']>;

export interface InputRecord {
  /** The record's text field: what line/column numbers count in. */
  text: string;
  /** Its line in the JSON Lines file. */
  line: number;
  given: Given;
}

export interface ListOptions {
  /** File name endings to pick up inside directories, e.g. ['.txt']. Files named explicitly are always read. */
  extensions: string[];
}

/**
 * A directory's own documentation (`README.md` beside a corpus describes it) is not one of its texts: skipped in
 * directories, read when named.
 */
const DOCUMENTATION = /^(?:README|CHANGELOG|CHANGES|LICENSE|LICENCE|CONTRIBUTING|AUTHORS|NOTICE)\.(?:md|markdown)$/i;

/** Code-point order, so the listing does not depend on the locale. */
function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'symbolic link loop';
    case 'ENOTDIR':
      return 'not a directory';
    case 'ENAMETOOLONG':
      return 'file name too long';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

function kindOf(stats: Stats): string | undefined {
  if (stats.isFIFO()) return 'is a FIFO (named pipe), not a regular file';
  if (stats.isSocket()) return 'is a socket, not a regular file';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'is a device, not a regular file';
  return undefined;
}

/** Join a directory as typed with a relative path, without doubling the slash (`seeds/` + `a.txt`). */
function below(dir: string, name: string): string {
  return dir.endsWith('/') || dir.endsWith('\\') ? dir + name : `${dir}/${name}`;
}

/**
 * List the files named by `inputs`: files as given (whatever their extension), files below directories
 * (recursively, those ending with one of `extensions`), and `-` for stdin. The list is sorted by `doc` in code-point
 * order (stdin first), so that output does not depend on the order of the inputs on the command line. A file named
 * twice (same real file) is read once, under the name that sorts first. Errors come sorted the same way.
 */
export async function listInputs(
  inputs: string[],
  opts: ListOptions,
): Promise<{ files: InputFile[]; errors: InputError[] }> {
  const byKey = new Map<string, InputFile>();
  const errors: InputError[] = [];
  // Extensions match whatever their case (`.TXT` from Windows tools).
  const endings = opts.extensions.map((ext) => ext.toLowerCase());
  const wanted = (name: string) => !DOCUMENTATION.test(name) && (endings.length === 0 || endings.some((ext) => name.toLowerCase().endsWith(ext)));

  const add = async (file: InputFile) => {
    let key = file.path;
    try {
      key = realpathSync.native(file.path);
    } catch {
      // Keep the path itself as the key: the read will report the problem.
    }
    const known = byKey.get(key);
    if (!known || byCodePoint(file.doc, known.doc) < 0) byKey.set(key, file);
  };

  for (const input of inputs) {
    if (input === '-') {
      byKey.set('-', { path: '-', doc: '-' });
      continue;
    }
    let stats: Stats;
    try {
      stats = statSync(input);
    } catch (error) {
      errors.push(new InputError(input, reasonOf(error)));
      continue;
    }
    if (stats.isDirectory()) {
      const found: InputFile[] = [];
      const before = errors.length;
      await walk(input, input, '', new Set<string>(), found, errors, wanted);
      if (found.length === 0 && errors.length === before) {
        const endings = opts.extensions.join(', ') || 'any';
        errors.push(new InputError(input, `directory has no matching files (${endings})`));
      }
      for (const file of found) await add(file);
      continue;
    }
    const odd = kindOf(stats);
    if (odd) {
      errors.push(new InputError(input, odd));
      continue;
    }
    await add({ path: input, doc: input });
  }
  const stdinFirst = (a: InputFile, b: InputFile) => (a.doc === '-' ? -1 : b.doc === '-' ? 1 : byCodePoint(a.doc, b.doc));
  const files = [...byKey.values()].sort(stdinFirst);
  // The same bad path typed twice is reported once.
  const unique = new Map(errors.map((e) => [e.message, e]));
  return { files, errors: [...unique.values()].sort((a, b) => byCodePoint(a.file, b.file) || byCodePoint(a.reason, b.reason)) };
}

/** Depth-first walk, entries sorted by code point; `ancestors` holds real paths to stop symlink loops. */
async function walk(
  root: string,
  rootAsTyped: string,
  relative: string,
  ancestors: Set<string>,
  found: InputFile[],
  errors: InputError[],
  wanted: (name: string) => boolean,
): Promise<void> {
  const dir = relative === '' ? root : join(root, relative);
  const shown = relative === '' ? rootAsTyped : below(rootAsTyped, relative);
  let real: string;
  try {
    real = realpathSync.native(dir);
  } catch (error) {
    errors.push(new InputError(shown, reasonOf(error)));
    return;
  }
  // A link back to a directory we are inside (or to an ancestor of it) would walk forever.
  const inside = [...ancestors].some((a) => a === real || a.startsWith(real.endsWith(sep) ? real : real + sep));
  if (inside) {
    errors.push(new InputError(shown, 'symbolic link loop'));
    return;
  }
  let names: string[];
  try {
    names = readdirSync(dir).sort(byCodePoint);
  } catch (error) {
    errors.push(new InputError(shown, reasonOf(error)));
    return;
  }
  const inner = new Set(ancestors).add(real);
  for (const name of names) {
    const rel = relative === '' ? name : `${relative}/${name}`;
    const path = join(root, rel);
    const doc = below(rootAsTyped, rel);
    let stats: Stats;
    try {
      stats = statSync(path);
    } catch (error) {
      // A dangling or looping link inside a directory is only worth reporting if it looks like an input.
      let link: Stats | undefined;
      try {
        link = lstatSync(path);
      } catch {
        link = undefined;
      }
      if (wanted(name) || (link?.isSymbolicLink() && reasonOf(error) === 'symbolic link loop')) {
        errors.push(new InputError(doc, reasonOf(error)));
      }
      continue;
    }
    if (stats.isDirectory()) {
      await walk(root, rootAsTyped, rel, inner, found, errors, wanted);
    } else if (wanted(name)) {
      const odd = kindOf(stats);
      if (odd) errors.push(new InputError(doc, odd));
      else found.push({ path, doc });
    }
  }
}
