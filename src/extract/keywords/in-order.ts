// Items in sorted order, made as they are asked for. A ranking walks its rows only until it has kept `top` of them,
// mostly a few dozen of tens of thousands (every term of a corpus): sorting them all cost more than the walk.

/**
 * The items in the order of `compare`, ties in the order of `items` (as Array.prototype.sort, which is stable, gives
 * them), from a binary heap: O(n) to build, O(log n) per item taken. `items` is left alone.
 */
export function* inOrder<T>(items: readonly T[], compare: (a: T, b: T) => number): Generator<T> {
  const before = (i: number, j: number): boolean => {
    const c = compare(items[i]!, items[j]!);
    return c < 0 || (c === 0 && i < j);
  };
  const heap = Array.from(items.keys());
  let size = heap.length;
  const siftDown = (at: number): void => {
    for (;;) {
      const left = 2 * at + 1;
      if (left >= size) return;
      const right = left + 1;
      const first = right < size && before(heap[right]!, heap[left]!) ? right : left;
      if (!before(heap[first]!, heap[at]!)) return;
      [heap[at], heap[first]] = [heap[first]!, heap[at]!];
      at = first;
    }
  };
  for (let at = (size >> 1) - 1; at >= 0; at--) siftDown(at);
  while (size > 0) {
    const top = heap[0]!;
    heap[0] = heap[--size]!;
    siftDown(0);
    yield items[top]!;
  }
}
