// docs' rows as counts records (--emit counts / --from-counts): each article's row (its simhash included) with where
// its input stands in a run's order. A merge puts every shard's rows back in the order one run reads the inputs (files
// by doc in code-point order, standard input first; a JSON Lines file's records by line; a file's articles by number)
// and then assigns reprint clusters in that order, as one run does: reprint_of comes out the same across shards.
import { object, text, wholeNumber } from '../corpus/count-fields.js';
import type { Cell, Row } from '../types.js';

export interface DocsRecord {
  /** The input file's doc (a JSON Lines record's file), and the record's line (0 for a file read whole). */
  file: string;
  line: number;
  row: Row;
}

export interface DocsCounts {
  records: DocsRecord[];
}

/** A run's order: standard input first, then files by doc in code-point order, records by line, articles by number. */
function inRunOrder(a: DocsRecord, b: DocsRecord): number {
  if (a.file !== b.file) return a.file === '-' ? -1 : b.file === '-' ? 1 : a.file < b.file ? -1 : 1;
  return a.line - b.line || (a.row.article as number) - (b.row.article as number);
}

export const docsCounts = {
  empty: (): DocsCounts => ({ records: [] }),
  merge(into: DocsCounts, from: DocsCounts): void {
    for (const record of from.records) into.records.push(record);
  },
  record: (row: Row, at: { file: string; line: number }): Record<string, unknown> => ({ file: at.file, line: at.line, row }),
  inRunOrder(merged: DocsCounts): Row[] {
    return merged.records.sort(inRunOrder).map((record) => record.row);
  },
  *write(merged: DocsCounts): Generator<Record<string, unknown>> {
    for (const record of merged.records.sort(inRunOrder)) yield { file: record.file, line: record.line, row: record.row };
  },
  read(into: DocsCounts, record: Record<string, unknown>): void {
    const row = object(record.row, 'row') as Row;
    for (const [column, cell] of Object.entries(row)) {
      if (cell !== null && typeof cell === 'object') throw new Error(`"row.${column}" must be a single value`);
    }
    wholeNumber(row.article, 'row.article');
    into.records.push({ file: text(record.file, 'file'), line: wholeNumber(record.line, 'line'), row: row as Record<string, Cell> });
  },
};
