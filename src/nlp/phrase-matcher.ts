// Finding the words of fixed lists in text (titles, credits, meeting and organisation heads, units, known slogans) as a
// regular expression of the lists' alternation would find them, by a trie over UTF-16 code units. V8 runs such an
// alternation of a few hundred Chinese words by trying it at every character: on the corpus that was a tenth of what
// `entities` spent outside the segmenter.

import { PairFilter } from './pair-filter.js';

interface Node {
  next: Map<number, Node>;
  /** The word ending here, and the rank of the first list that holds it. */
  word?: string;
  rank?: number;
}

export interface PhraseMatch {
  index: number;
  word: string;
}

export class PhraseMatcher {
  private readonly root: Node = { next: new Map() };
  /**
   * The root's children by code unit, every character of the text is looked up here: firstNodes[firstAt[unit]], where
   * 0 is none. (A typed array comes zeroed for nothing; an array of 65,536 slots took milliseconds per matcher to make.)
   */
  private readonly firstAt = new Int32Array(0x10000);
  private readonly firstNodes: Array<Node | undefined> = [undefined];
  /** The first two units of every word of two or more (in the trie's order). */
  private readonly pairs = new PairFilter();

  /**
   * Lists in order of preference, as in `list1|list2|…` with each list's words longest first: at a position, a word of
   * an earlier list wins over any word of a later one; within a list, the longest word wins.
   */
  constructor(
    lists: ReadonlyArray<Iterable<string>>,
    /** Match words that end at a position (matchEndingAt), reading the text backwards, instead of words that start. */
    private readonly backwards = false,
  ) {
    lists.forEach((list, rank) => {
      for (const word of list) {
        if (word.length === 0) continue;
        let node = this.root;
        for (let k = 0; k < word.length; k++) {
          const unit = word.charCodeAt(backwards ? word.length - 1 - k : k);
          let child = node.next.get(unit);
          if (!child) node.next.set(unit, (child = { next: new Map() }));
          node = child;
        }
        if (node.rank === undefined) {
          node.word = word;
          node.rank = rank;
        }
      }
    });
    for (const [unit, child] of this.root.next) {
      this.firstAt[unit] = this.firstNodes.push(child) - 1;
      for (const second of child.next.keys()) this.pairs.add(unit, second);
    }
  }

  /** The word the alternation would match at `index` (not before it), or undefined. */
  matchAt(text: string, index: number, end = text.length): string | undefined {
    if (this.backwards) throw new Error('a backwards matcher matches words ending at a position');
    let node = this.firstNodes[this.firstAt[text.charCodeAt(index)]!];
    if (!node || index >= end) return undefined;
    // No word of one unit here, and none of more begins with these two.
    if (node.rank === undefined && (index + 1 >= end || !this.pairs.mayBegin(text.charCodeAt(index), text.charCodeAt(index + 1)))) return undefined;
    let best: Node | undefined;
    for (let j = index + 1; ; j++) {
      // Later ends are longer: they win within the best list so far, and any word of an earlier list wins.
      if (node.rank !== undefined && (best === undefined || node.rank <= best.rank!)) best = node;
      if (j >= end) break;
      const child: Node | undefined = node.next.get(text.charCodeAt(j));
      if (!child) break;
      node = child;
    }
    return best?.word;
  }

  /**
   * The first index in [from, to) where matchAt may find a word (`to` when there is none, `from` when from > to): a
   * scan of the first level and the filter of pairs, for callers that try matchAt at every position.
   */
  nextStart(text: string, from: number, to = text.length): number {
    const { firstAt, firstNodes, pairs } = this;
    const last = text.length - 1;
    for (let i = from; i < to; i++) {
      const k = firstAt[text.charCodeAt(i)]!;
      if (k === 0) continue; // most characters begin no word: one typed-array read
      if (firstNodes[k]!.rank !== undefined || (i < last && pairs.mayBegin(text.charCodeAt(i), text.charCodeAt(i + 1)))) return i;
    }
    return Math.max(from, to);
  }

  /** Every word that starts at `index`, in the order the alternation would try them (earliest list, then longest). */
  allAt(text: string, index: number): string[] {
    if (this.backwards) throw new Error('a backwards matcher matches words ending at a position');
    let node = this.firstNodes[this.firstAt[text.charCodeAt(index)]!];
    if (!node) return [];
    const found: Node[] = [];
    for (let j = index + 1; node; j++) {
      if (node.rank !== undefined) found.push(node);
      node = j < text.length ? node.next.get(text.charCodeAt(j)) : undefined;
    }
    if (found.length === 1) return [found[0]!.word!];
    // Found shortest first: by rank, then the later found (longer) first.
    return found
      .map((n, i) => ({ n, i }))
      .sort((a, b) => a.n.rank! - b.n.rank! || b.i - a.i)
      .map(({ n }) => n.word!);
  }

  /**
   * Of a backwards matcher: the word of the earliest list, then the longest, that ends at `end` and starts at or after
   * `start`, as the first of `lists.flat().find((w) => text.slice(start, end).endsWith(w))` with each list longest first.
   */
  matchEndingAt(text: string, end: number, start = 0): string | undefined {
    if (!this.backwards) throw new Error('a forwards matcher matches words starting at a position');
    if (end <= start) return undefined;
    let node = this.firstNodes[this.firstAt[text.charCodeAt(end - 1)]!];
    let best: Node | undefined;
    for (let j = end - 2; node; j--) {
      if (node.rank !== undefined && (best === undefined || node.rank <= best.rank!)) best = node;
      node = j >= start ? node.next.get(text.charCodeAt(j)) : undefined;
    }
    return best?.word;
  }

  /**
   * Every occurrence of every word, in text order (shorter first at one index), as searching the text for each word in
   * turn finds them: occurrences of different words may overlap, those of one word do not.
   */
  findEvery(text: string): PhraseMatch[] {
    if (this.backwards) throw new Error('a backwards matcher matches words ending at a position');
    const found: PhraseMatch[] = [];
    const nextFree = new Map<string, number>(); // where the next occurrence of a word may start
    for (let i = 0; i < text.length; i++) {
      let node = this.firstNodes[this.firstAt[text.charCodeAt(i)]!];
      if (node && node.word === undefined && (i + 1 >= text.length || !this.pairs.mayBegin(text.charCodeAt(i), text.charCodeAt(i + 1)))) continue;
      for (let j = i + 1; node; j++) {
        const word = node.word;
        if (word !== undefined && (nextFree.get(word) ?? 0) <= i) {
          found.push({ index: i, word });
          nextFree.set(word, j);
        }
        node = j < text.length ? node.next.get(text.charCodeAt(j)) : undefined;
      }
    }
    return found;
  }

  /** Every match in text[from, to), leftmost first and never overlapping, as `matchAll` of a global regex gives them. */
  findAll(text: string, from = 0, to = text.length): PhraseMatch[] {
    if (this.backwards) throw new Error('a backwards matcher matches words ending at a position');
    const found: PhraseMatch[] = [];
    for (let i = from; i < to; ) {
      // Where no word starts in the whole text, none starts in [from, to) either.
      i = this.nextStart(text, i, to);
      if (i >= to) break;
      const word = this.matchAt(text, i, to);
      if (word === undefined) {
        i++;
        continue;
      }
      found.push({ index: i, word });
      i += word.length;
    }
    return found;
  }
}
