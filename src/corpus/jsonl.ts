// JSON Lines input: a file (or standard input) that is a stream of documents, one JSON object a line. Read as a stream,
// line by line, so a 1 GB dump needs the memory of one record, not of the file. Each record becomes one input of its
// own (`FILE#ID`); its text field is the document, and line/column in rows count within that text.
import { createReadStream } from 'node:fs';
import type { Given, InputFile } from './inputs.js';

export interface RecordFields {
  /** The field holding the document's text (--text-field). */
  text: string;
  /** The field naming the record (--id-field); the record's number when absent. */
  id: string;
  /** Fields carried into every row of the record (--keep-fields). */
  keep?: string[];
}

export const DEFAULT_FIELDS: RecordFields = { text: 'text', id: 'id' };

/** Lines of a byte stream, as UTF-8 strings with their 1-based number; `\r\n` and `\n` end a line. */
export async function* linesOf(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<{ line: string; number: number }> {
  let pending: Buffer[] = [];
  let number = 0;
  const text = (parts: Buffer[]) => {
    const s = (parts.length === 1 ? parts[0]! : Buffer.concat(parts)).toString('utf8');
    return s.endsWith('\r') ? s.slice(0, -1) : s;
  };
  for await (const raw of chunks) {
    const chunk = typeof raw === 'string' ? Buffer.from(raw) : raw;
    let from = 0;
    for (let nl = chunk.indexOf(10, from); nl >= 0; nl = chunk.indexOf(10, from)) {
      pending.push(chunk.subarray(from, nl));
      yield { line: text(pending), number: ++number };
      pending = [];
      from = nl + 1;
    }
    // The rest waits for the next chunk: a copy, so the stream's buffer is not held.
    if (from < chunk.length) pending.push(Buffer.from(chunk.subarray(from)));
  }
  if (pending.some((p) => p.length > 0)) yield { line: text(pending), number: ++number };
}

/** `2019-10-01`, `20191001`, `2019/10/1`, `2019年10月1日`, `2019-10-01T08:00:00Z` → `2019-10-01`; else undefined. */
export function isoDate(value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const s = String(value).trim();
  const m = /^(\d{4})(?:[-/.年]\s*(\d{1,2})[-/.月]\s*(\d{1,2})日?|(\d{2})(\d{2}))(?:$|[T\s])/.exec(s);
  if (!m) return undefined;
  const month = Number(m[2] ?? m[4]);
  const day = Number(m[3] ?? m[5]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return `${m[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Standard input's records are `stdin#ID`: a doc starting with `-` would be quoted as a formula in CSV. */
function docOf(file: InputFile): string {
  return file.path === '-' ? 'stdin' : file.doc;
}

function shortReason(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 120);
}

/**
 * One line of a JSON Lines file as an input: a record with its text and what it says about itself (date, place,
 * title), or an input that only carries the reason it cannot be read (doc `FILE:LINE`). `number` counts records.
 */
export function recordInput(file: InputFile, line: string, lineNumber: number, recordNumber: number, fields: RecordFields): InputFile {
  const where = `${docOf(file)}:${lineNumber}`;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { path: file.path, doc: where, error: `not JSON (${shortReason(error)})` };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { path: file.path, doc: where, error: 'not a JSON object' };
  }
  const record = value as Record<string, unknown>;
  const text = record[fields.text];
  if (typeof text !== 'string') {
    return { path: file.path, doc: where, error: text === undefined ? `no "${fields.text}" field (--text-field)` : `"${fields.text}" is not a string` };
  }
  const id = record[fields.id];
  const name = typeof id === 'string' || typeof id === 'number' ? String(id) : String(recordNumber);
  const given: Given = {};
  const date = isoDate(record.date);
  if (date) given.date = date;
  if (typeof record.place === 'string' && record.place.trim()) given.place = record.place.trim();
  if (typeof record.title === 'string' && record.title.trim()) given.title = record.title.trim();
  const input: InputFile = { path: file.path, doc: `${docOf(file)}#${name}`, record: { text, line: lineNumber, given }, at: { file: file.doc, line: lineNumber } };
  if (fields.keep?.length) input.kept = keptFields(record, fields.keep);
  return input;
}

/**
 * The fields to carry into the record's rows: scalars as they are, objects and arrays as JSON text (a cell holds one
 * value), and null for a field the record lacks, so every row has every kept column.
 */
export function keptFields(record: Record<string, unknown>, names: string[]): Record<string, string | number | boolean | null> {
  const kept: Record<string, string | number | boolean | null> = {};
  for (const name of names) {
    const value = record[name];
    kept[name] = value === undefined || value === null ? null : typeof value === 'object' ? JSON.stringify(value) : (value as string | number | boolean);
  }
  return kept;
}

/** The inputs of one JSON Lines file or of standard input, in record order; blank lines are skipped. */
export async function* recordsOf(file: InputFile, fields: RecordFields = DEFAULT_FIELDS): AsyncGenerator<InputFile> {
  let stream: AsyncIterable<Buffer | string>;
  if (file.path === '-') stream = process.stdin;
  else {
    const opened = createReadStream(file.path, { highWaterMark: 1 << 20 });
    // Open errors (missing file, permission) surface on the first read: one error input for the whole file.
    stream = opened;
  }
  let records = 0;
  try {
    for await (const { line, number } of linesOf(stream)) {
      // A BOM at the start of the file is not part of the first record.
      const text = number === 1 && line.charCodeAt(0) === 0xfeff ? line.slice(1) : line;
      if (text.trim() === '') continue;
      yield recordInput(file, text, number, ++records, fields);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'no such file or directory' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a directory' : shortReason(error);
    yield { path: file.path, doc: file.doc, error: reason };
  }
}
