// One input file → SourceDoc: bytes from disk or stdin, decoded, with the line table every location needs.
import { closeSync, constants, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { InputError, type SourceDoc } from '../types.js';
import { decodeBytes, type DecodeOptions } from './decode.js';
import type { InputFile } from './inputs.js';

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += bytes.length;
    if (size > MAX_FILE_BYTES) throw new Error(`input too large (policy-cli reads up to ${megabytes(MAX_FILE_BYTES)})`);
    chunks.push(bytes);
  }
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

/**
 * The largest input read whole. Memory grows about 35 times the text through the pipeline (original text, normalised
 * text, offset map, tokens), so a 256 MB page would need ~9 GB. Only an input no bigger than a piece is read whole
 * (src/corpus/pieces.ts): a bigger one is read in pieces and never meets this limit.
 */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'ELOOP') return 'symbolic link loop';
  if (code === 'ENAMETOOLONG') return 'file name too long';
  if (code === 'EIO') return 'input/output error';
  if (code === 'ERR_FS_FILE_TOO_LARGE') return 'file too large';
  return error instanceof Error ? error.message : String(error);
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

/**
 * The bytes of a regular file. Opened without blocking and checked on the open handle, so a FIFO, a device or a
 * directory met here (put in place after the listing, or named in a way the listing let through) is refused instead
 * of hanging the run or failing it. Read synchronously: files come one at a time per thread, and the promise API's
 * four round trips through the thread pool left the thread idle ~1 ms a file (0.26 s of a 3.5 s run on the corpus).
 */
function readRegularFile(path: string): Buffer {
  const fd = openRegularFile(path);
  try {
    const stats = fstatSync(fd);
    if (stats.size > MAX_FILE_BYTES) {
      throw new Error(`file too large (${megabytes(stats.size)}; policy-cli reads files up to ${megabytes(MAX_FILE_BYTES)})`);
    }
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** A regular file opened for reading (see readRegularFile); anything else is refused. */
function openRegularFile(path: string): number {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stats = fstatSync(fd);
    if (stats.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    if (!stats.isFile()) throw new Error(stats.isFIFO() ? 'is a FIFO (named pipe), not a regular file' : 'not a regular file');
    return fd;
  } catch (error) {
    closeSync(fd);
    throw error;
  }
}

/** Bytes read at a time from an input too big to read whole. */
const BLOCK_BYTES = 1024 * 1024;

/**
 * The bytes of a regular file, a block at a time, for files too big to read whole. Throws InputError. The file is
 * closed when the caller stops early (return()). Synchronous, like readRegularFile, so that a command can take a big
 * file's articles as one iterable.
 */
export function* blocksOf(file: Pick<InputFile, 'path' | 'doc'>): Generator<Buffer> {
  let fd: number;
  try {
    fd = openRegularFile(file.path);
  } catch (error) {
    throw new InputError(file.doc, reasonOf(error));
  }
  try {
    for (;;) {
      const block = Buffer.allocUnsafe(BLOCK_BYTES);
      let n: number;
      try {
        n = readSync(fd, block, 0, BLOCK_BYTES, null);
      } catch (error) {
        throw new InputError(file.doc, reasonOf(error));
      }
      if (n === 0) return;
      yield n === BLOCK_BYTES ? block : block.subarray(0, n);
    }
  } finally {
    closeSync(fd);
  }
}

/** Bytes already read (standard input), a block at a time. */
export function* blocksOfBuffer(bytes: Buffer): Generator<Buffer> {
  for (let at = 0; at < bytes.length; at += BLOCK_BYTES) yield bytes.subarray(at, at + BLOCK_BYTES);
}

/** All of standard input (up to MAX_FILE_BYTES). Throws InputError. */
export async function readStandardInput(doc: string): Promise<Buffer> {
  try {
    return await readStdin();
  } catch (error) {
    throw new InputError(doc, reasonOf(error));
  }
}

/** Read and decode one input (stdin when its path is `-`; a JSON Lines record is its text). Throws InputError. */
export async function readSource(file: InputFile, opts: DecodeOptions = {}): Promise<SourceDoc> {
  if (file.error !== undefined) throw new InputError(file.doc, file.error);
  if (file.record) {
    const { text, given } = file.record;
    const source: SourceDoc = { doc: file.doc, path: file.path, encoding: 'utf-8', original: text, lineStarts: lineStartsOf(text) };
    if (Object.keys(given).length > 0) source.given = given;
    return source;
  }
  let bytes: Buffer;
  try {
    bytes = file.path === '-' ? await readStdin() : readRegularFile(file.path);
  } catch (error) {
    throw new InputError(file.doc, reasonOf(error));
  }
  return sourceOfBytes(file, bytes, opts);
}

/** A whole input's bytes, decoded. Throws InputError. */
export function sourceOfBytes(file: Pick<InputFile, 'path' | 'doc'>, bytes: Buffer, opts: DecodeOptions = {}): SourceDoc {
  const { text, encoding, warnings } = decodeBytes(bytes, file.doc, opts);
  const source: SourceDoc = { doc: file.doc, path: file.path, encoding, original: text, lineStarts: lineStartsOf(text) };
  if (warnings) source.warnings = warnings;
  return source;
}
