// A ranked list in which no term is a piece of another (issue 15: a phrase and the words inside it are not both listed).
// 疫情 beside 新冠肺炎疫情, or 伦理 beside 科技伦理, repeats one subject and takes the place of another; the longer term
// says more, so it stays and the piece goes, whichever ranked first.

/** Substrings of two or more characters of `term` (the pieces another term could be), `term` included. */
function piecesOf(term: string): string[] {
  const pieces: string[] = [];
  for (let i = 0; i < term.length - 1; i++) {
    for (let j = i + 2; j <= term.length; j++) pieces.push(term.slice(i, j));
  }
  return pieces;
}

/**
 * Terms in rank order, kept free of nesting: `offer` adds a term unless a listed term holds it, and drops the listed
 * terms it holds. The lookups go through the listed terms' substrings, so a long list costs no pairwise comparison.
 */
export class NestFreeList<T extends { keyword: string }> {
  private readonly rows: T[] = [];
  /** How many listed terms hold each substring. */
  private readonly held = new Map<string, number>();
  private readonly listed = new Set<string>();

  get length(): number {
    return this.rows.length;
  }

  /** Add the row unless a listed term holds its keyword; list members its keyword holds are dropped. */
  offer(row: T): boolean {
    if (this.held.has(row.keyword)) return false;
    const inside = new Set(piecesOf(row.keyword));
    const pieces = [...inside].filter((piece) => this.listed.has(piece));
    if (pieces.length > 0) {
      const drop = new Set(pieces);
      for (let i = this.rows.length - 1; i >= 0; i--) {
        const keyword = this.rows[i]!.keyword;
        if (!drop.has(keyword)) continue;
        this.rows.splice(i, 1);
        this.listed.delete(keyword);
        this.forget(keyword);
      }
    }
    this.rows.push(row);
    this.listed.add(row.keyword);
    for (const piece of inside) this.held.set(piece, (this.held.get(piece) ?? 0) + 1);
    return true;
  }

  /** The rows, in the order they were offered. */
  list(): T[] {
    return this.rows;
  }

  private forget(keyword: string): void {
    for (const piece of new Set(piecesOf(keyword))) {
      const n = this.held.get(piece)! - 1;
      if (n > 0) this.held.set(piece, n);
      else this.held.delete(piece);
    }
  }
}
