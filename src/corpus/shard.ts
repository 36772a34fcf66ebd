// --shard I/N: which inputs one process of N takes. The choice hangs on the input's name alone (a file's doc, a
// record's FILE#ID), never on the order, the number of jobs or the machine, so N processes started anywhere with the
// same inputs take disjoint parts that together are the whole run.

export interface Shard {
  /** 1-based, as users count shards (and as Slurm's SLURM_ARRAY_TASK_ID and GNU parallel's {%} give them). */
  index: number;
  count: number;
}

/** `I/N` with 1 ≤ I ≤ N; undefined when the text is not of that form. */
export function parseShard(text: string): Shard | undefined {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  if (!m) return undefined;
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(count) || count < 1 || index < 1 || index > count) return undefined;
  return { index, count };
}

/**
 * FNV-1a (32 bits) over the UTF-8 bytes of `key`: stable across Node versions and platforms (unlike any built-in hash
 * of strings), fast, and spread well enough for splitting work; no one attacks a shard assignment.
 */
export function stableHash(key: string): number {
  let hash = 0x811c9dc5;
  for (const byte of Buffer.from(key, 'utf8')) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** Does the input named `key` belong to `shard` (every input does when there is no shard)? */
export function inShard(key: string, shard: Shard | undefined): boolean {
  return shard === undefined || shard.count === 1 || (stableHash(key) % shard.count) + 1 === shard.index;
}
