// The fields of a counts record (--from-counts), checked as they are read: a malformed record names what is wrong.

/** A count: a whole number of at least 0. */
export function wholeNumber(value: unknown, name: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) throw new Error(`"${name}" must be a whole number of at least 0`);
  return value;
}

export function text(value: unknown, name: string): string {
  if (typeof value !== 'string') throw new Error(`"${name}" must be a string`);
  return value;
}

export function object(value: unknown, name: string): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error(`"${name}" must be an object`);
  return value as Record<string, unknown>;
}

export function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A map's entries sorted by key in code-point order: records in an order that depends on the counts only. */
export function sortedEntries<V>(map: ReadonlyMap<string, V>): [string, V][] {
  return [...map].sort(([a], [b]) => byCodePoint(a, b));
}
