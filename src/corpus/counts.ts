// Reading counts files (--from-counts): JSON Lines made by --emit counts, a header line naming the command and the
// params the counts depend on, then the command's records. Read as a stream, like any JSON Lines input.
import { createReadStream } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { linesOf } from './jsonl.js';

export interface CountsReader {
  /** The header a file must carry to be merged into this run. */
  header: Record<string, unknown>;
  empty(): unknown;
  read(into: unknown, record: Record<string, unknown>): void;
}

/** Why a header does not fit, in the user's words; undefined when it does. */
function mismatch(found: unknown, wanted: Record<string, unknown>): string | undefined {
  if (found === null || typeof found !== 'object' || (found as Record<string, unknown>).policy_cli_counts !== 1) {
    return 'not a counts file (the first line of `--emit counts` output is its header)';
  }
  const header = found as Record<string, unknown>;
  if (header.command !== wanted.command) return `counts of \`${String(header.command)}\`, not of \`${String(wanted.command)}\``;
  if (!isDeepStrictEqual(header.key, wanted.key)) return `counts made with other options (${JSON.stringify(header.key)}, this run: ${JSON.stringify(wanted.key)})`;
  return undefined;
}

/** The total of one counts file (`-`: standard input), or why it cannot be merged. */
export async function countsOf(path: string, reader: CountsReader): Promise<{ total: unknown } | { error: string }> {
  const stream = path === '-' ? process.stdin : createReadStream(path, { highWaterMark: 1 << 20 });
  const total = reader.empty();
  let header = false;
  try {
    for await (const { line, number } of linesOf(stream)) {
      if (line.trim() === '') continue;
      let record: unknown;
      try {
        record = JSON.parse(line);
      } catch {
        return { error: `line ${number}: not JSON` };
      }
      // Counts files may be concatenated (`cat shard-*.counts | … --from-counts -`): every header is checked.
      if (!header || (record !== null && typeof record === 'object' && 'policy_cli_counts' in record)) {
        const wrong = mismatch(record, reader.header);
        if (wrong) return { error: header ? `line ${number}: ${wrong}` : wrong };
        header = true;
        continue;
      }
      if (record === null || typeof record !== 'object' || Array.isArray(record)) return { error: `line ${number}: not a JSON object` };
      try {
        reader.read(total, record as Record<string, unknown>);
      } catch (error) {
        return { error: `line ${number}: ${(error as Error).message}` };
      }
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { error: code === 'ENOENT' ? 'no such file or directory' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a directory' : (error as Error).message };
  }
  if (!header) return { error: 'empty: not a counts file' };
  return { total };
}
