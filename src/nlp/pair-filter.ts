// Which pairs of UTF-16 units begin a word of a trie. A text scanned for a list's words reaches the trie's first level
// at a third of its characters (中, 市, 新 begin some word), but a word's first two characters are there at only a few
// percent of them: asking this filter first spares a Map lookup at nearly every position. It may say yes to a pair
// that begins no word (its bits are hashed, 2^20 of them), never no to one that does.

export class PairFilter {
  private readonly bits = new Uint32Array(1 << 15);

  add(first: number, second: number): void {
    const slot = slotOf(first, second);
    this.bits[slot >>> 5]! |= 1 << (slot & 31);
  }

  /** False when no word begins with these two units; true when one may. */
  mayBegin(first: number, second: number): boolean {
    const slot = slotOf(first, second);
    return (this.bits[slot >>> 5]! & (1 << (slot & 31))) !== 0;
  }
}

/** A 20-bit slot for a pair of units (Fibonacci hashing of the two as one 32-bit number). */
function slotOf(first: number, second: number): number {
  return Math.imul((first << 16) | second, 0x9e3779b1) >>> 12;
}
