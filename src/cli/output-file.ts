// The file `-o` names: refused when it is (or would become) an input, written through a temporary file beside it and
// renamed into place only when the run ends, so a failed or interrupted run leaves an existing file as it was.
import {
  accessSync,
  constants,
  createWriteStream,
  fchmodSync,
  openSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  type Stats,
  type WriteStream,
} from 'node:fs';
import { once } from 'node:events';
import { basename, dirname, join, resolve, sep } from 'node:path';
import type { InputFile } from '../corpus/inputs.js';
import { UsageError } from '../types.js';

/**
 * Why writing `output` would destroy an input or feed the next run, or undefined when it would not. `inputs` are the
 * paths as typed (directories among them), `files` the files listed from them, `extensions` the --ext list.
 */
export function outputClash(output: string, inputs: string[], files: InputFile[], extensions: string[]): string | undefined {
  const target = realTarget(output);
  const stats = statOrUndefined(target);
  if (stats) {
    for (const file of files) {
      if (file.path === '-') continue;
      const other = statOrUndefined(file.path);
      if (!other) continue;
      // Same real path (`./c.txt`, `../x/c.txt`, a symbolic link) or same inode (a hard link).
      if (realOrUndefined(file.path) === target || (other.dev === stats.dev && other.ino === stats.ino)) {
        return `is the input ${file.doc}; writing it would destroy it`;
      }
    }
  }
  const endings = extensions.map((ext) => ext.toLowerCase());
  const read = endings.length === 0 || endings.some((ext) => basename(target).toLowerCase().endsWith(ext));
  if (!read) return undefined;
  for (const input of inputs) {
    if (input === '-' || !statOrUndefined(input)?.isDirectory()) continue;
    const dir = realOrUndefined(input);
    if (dir === undefined) continue;
    if (target.startsWith(dir.endsWith(sep) ? dir : dir + sep)) {
      return `lies in the input directory ${input} and ends with ${endings.find((e) => basename(target).toLowerCase().endsWith(e)) ?? 'a read ending'}, so the next run would read it as input`;
    }
  }
  return undefined;
}

/** The file writing `output` changes: its real path when it exists, else the real folder it would go into. */
function realTarget(output: string): string {
  const real = realOrUndefined(output);
  if (real !== undefined) return real;
  const dir = realOrUndefined(dirname(output));
  return dir === undefined ? resolve(output) : join(dir, basename(output));
}

function realOrUndefined(path: string): string | undefined {
  try {
    return realpathSync.native(path);
  } catch {
    return undefined;
  }
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** An open `-o` file. */
export interface OutputFile {
  /** Where the text goes: the temporary file (or the device or pipe itself when -o names one). */
  stream: WriteStream;
  /** Once the text is all written (the stream finished): put the file in place. */
  commit(): Promise<void>;
  /** Remove the temporary file; nothing at the -o path changes. Does nothing after commit(). */
  discard(): void;
}

/** Temporary files of this process not yet renamed into place, removed when the process ends early. */
const pending = new Set<OutputFile>();
let guarded = false;

/**
 * Check `output` against the inputs (a UsageError when it clashes) and open it: a temporary file in the same folder,
 * opened now so an -o that cannot be written fails before any work.
 */
export async function openOutputFile(output: string, inputs: string[], files: InputFile[], extensions: string[]): Promise<OutputFile> {
  const clash = outputClash(output, inputs, files, extensions);
  if (clash) throw new UsageError(`-o ${output}: ${clash}`);
  const target = realTarget(output);
  const existing = statOrUndefined(target);
  if (existing?.isDirectory()) throw errnoError('EISDIR', 'illegal operation on a directory', output);
  if (existing && !existing.isFile()) {
    // A device or a pipe (`-o /dev/null`) is written as it is: there is nothing to replace.
    const stream = createWriteStream(output);
    await Promise.race([once(stream, 'open'), once(stream, 'error').then(([e]) => Promise.reject(e))]);
    return { stream, commit: async () => {}, discard: () => stream.destroy() };
  }
  // Replacing a file we may not write would succeed through rename: refuse it as opening it would have.
  if (existing) accessSync(target, constants.W_OK);
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  let fd: number;
  try {
    fd = openSync(temp, 'wx', 0o666);
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    throw errnoError(e.code ?? 'EIO', e.message.replace(/^\w+: /, '').replace(/, \w+ '.*'$/, ''), output);
  }
  try {
    if (existing) fchmodSync(fd, existing.mode & 0o7777);
  } catch {
    // Not the owner: the new file gets the default mode.
  }
  const stream = createWriteStream(temp, { fd });
  let state: 'open' | 'committed' | 'discarded' = 'open';
  const file: OutputFile = {
    stream,
    async commit() {
      if (state !== 'open') return;
      if (!stream.closed) {
        if (!stream.writableFinished) {
          stream.end();
          await once(stream, 'finish');
        }
        if (!stream.closed) await once(stream, 'close');
      }
      renameSync(temp, target);
      state = 'committed';
      pending.delete(file);
    },
    discard() {
      if (state !== 'open') return;
      state = 'discarded';
      pending.delete(file);
      stream.destroy();
      try {
        unlinkSync(temp);
      } catch {
        // Already gone.
      }
    },
  };
  pending.add(file);
  guardTemporaryFiles();
  return file;
}

/** `ENOENT: no such file or directory, open 'x'` as fs reports it, about the -o path as typed. */
function errnoError(code: string, reason: string, path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${reason}, open '${path}'`), { code, path });
}

/** On SIGINT, SIGTERM or any exit before the run ends, remove the temporary files; a signal then ends the process. */
function guardTemporaryFiles(): void {
  if (guarded) return;
  guarded = true;
  const discardAll = () => {
    for (const file of [...pending]) file.discard();
  };
  process.on('exit', discardAll);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    const onSignal = () => {
      discardAll();
      // With no listener left the signal's default action applies again: the process ends as killed by it.
      process.removeListener(signal, onSignal);
      process.kill(process.pid, signal);
    };
    process.on(signal, onSignal);
  }
}

