// One input file → SourceDoc: bytes from disk or stdin, decoded, with the line table every location needs.
import { readFile } from 'node:fs/promises';
import { InputError, type SourceDoc } from '../types.js';
import { decodeBytes } from './decode.js';
import type { InputFile } from './inputs.js';

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

/** Offsets where lines start; a line ends at `\n`, `\r\n` or a lone `\r`. */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'ELOOP') return 'symbolic link loop';
  return error instanceof Error ? error.message : String(error);
}

/** Read and decode one input (stdin when its path is `-`). Throws InputError. */
export async function readSource(file: InputFile, opts: { encoding?: string } = {}): Promise<SourceDoc> {
  let bytes: Buffer;
  try {
    bytes = file.path === '-' ? await readStdin() : await readFile(file.path);
  } catch (error) {
    throw new InputError(file.doc, reasonOf(error));
  }
  const { text, encoding } = decodeBytes(bytes, file.doc, opts.encoding);
  return { doc: file.doc, path: file.path, encoding, original: text, lineStarts: lineStartsOf(text) };
}
