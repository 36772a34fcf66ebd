// --files-from FILE|-: input paths listed in a file or on standard input (`find … | policy-cli … --files-from -`),
// one a line, or separated by NUL bytes when the list holds any (`find -print0`), so names with newlines still work.
import { readFileSync } from 'node:fs';
import { UsageError } from '../types.js';

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

/** The paths of a list: NUL-separated when it holds a NUL, else one a line (CRLF too); blank entries skipped, a BOM dropped. */
export function pathsOf(list: Buffer | string): string[] {
  const text = typeof list === 'string' ? list : list.toString('utf8');
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const entries = body.includes('\0') ? body.split('\0') : body.split(/\r?\n|\r/);
  // A listed `-` is a file of that name: standard input is named on the command line only.
  return entries.filter((entry) => entry.trim() !== '').map((entry) => (entry === '-' ? './-' : entry));
}

/**
 * The positional inputs and those listed by --files-from, in that order (paths relative to the current directory, as
 * typed). A list that cannot be read is a usage error; a listed path that does not exist is reported like any input.
 */
export async function withListedInputs(inputs: string[], filesFrom: string | undefined): Promise<string[]> {
  if (filesFrom === undefined) return inputs;
  if (filesFrom === '-' && inputs.includes('-')) {
    throw new UsageError('--files-from - and the input - both read standard input: give one of them');
  }
  let list: Buffer;
  try {
    list = filesFrom === '-' ? await readStdin() : readFileSync(filesFrom);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a directory' : (error as Error).message;
    throw new UsageError(`--files-from ${filesFrom}: ${reason}`);
  }
  return [...inputs, ...pathsOf(list)];
}
