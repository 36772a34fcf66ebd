// Past the bounds on its count tables a group drops its rarest entries, and which ones depends on how the input was
// split: the ranking's tail may then differ between one run and a merge of shards. The run says so, once, on stderr.
import { MAX_EDGES, MAX_TERMS } from '../extract/keywords/keywords.js';
import { MAX_PHRASES } from '../extract/keywords/phrases.js';

/** The notice for a total whose groups dropped `pruned` entries each (undefined or 0: none). */
export function prunedNotice(command: string, pruned: Iterable<number | undefined>): string[] {
  let groups = 0;
  let dropped = 0;
  for (const n of pruned) {
    if (!n) continue;
    groups++;
    dropped += n;
  }
  if (groups === 0) return [];
  const bounds = `${MAX_TERMS.toLocaleString('en')} words, ${MAX_PHRASES.toLocaleString('en')} n-grams, ${MAX_EDGES.toLocaleString('en')} co-occurrences`;
  return [
    `policy-cli: ${command}: ${groups === 1 ? 'a group' : `${groups} groups`} passed the bounds on its count tables (${bounds}) and dropped ${dropped.toLocaleString('en')} of its rarest entries: ` +
      'the top of the ranking holds, but its tail may differ from a run over the same texts split otherwise (shards, --from-counts).',
  ];
}
