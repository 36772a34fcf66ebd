// Part of speech looked up in JavaScript, the way cppjieba's PosTagger does it. nodejieba's tag() is cut(text, true)
// plus a dictionary lookup per word, but it hands back one {word, tag} object per word through N-API, which costs as
// much again as cutting (corpus: cut 1.0 s, tag 1.9 s). Looking the tags up here from the same dictionary files gives
// the same tags for a fraction of that.
import { readFileSync } from 'node:fs';

/**
 * word → tag for the dictionaries nodejieba loaded. The main dictionary (349,000 words) stays one string, indexed by
 * an open-addressing table of line offsets: ~15 MB and ~50 ms to build, where a Map of its words took ~50 MB and
 * ~190 ms. User dictionaries, loaded after it, are a small Map that wins over it, as in cppjieba's trie.
 */
export class PosLexicon {
  private readonly slots: Int32Array; // line start + 1 in `main`, 0 = empty
  private readonly slotTags: Uint8Array; // index into `tags`
  private readonly tags: string[] = [];
  private readonly user = new Map<string, string>();

  constructor(
    private readonly main: string,
    userDictionaries: string[] = [],
  ) {
    let lines = 0;
    for (let i = main.indexOf('\n'); i >= 0; i = main.indexOf('\n', i + 1)) lines++;
    // A power of two at least three times the number of words keeps probes short.
    let size = 1024;
    while (size < lines * 3 + 3) size *= 2;
    this.slots = new Int32Array(size);
    this.slotTags = new Uint8Array(size);
    const tagIds = new Map<string, number>();
    // Main dictionary lines are `word freq tag` (cppjieba refuses any other shape).
    for (let lineStart = 0; lineStart < main.length; ) {
      let lineEnd = main.indexOf('\n', lineStart);
      if (lineEnd < 0) lineEnd = main.length;
      const space = main.indexOf(' ', lineStart);
      const tagStart = space < 0 || space > lineEnd ? 0 : main.indexOf(' ', space + 1) + 1;
      if (space > lineStart && tagStart > 0 && tagStart <= lineEnd) {
        const tag = main.slice(tagStart, lineEnd);
        let id = tagIds.get(tag);
        if (id === undefined) {
          id = this.tags.push(tag) - 1;
          tagIds.set(tag, id);
        }
        const slot = this.find(main, lineStart, space);
        this.slots[slot] = lineStart + 1; // a later line with the same word wins
        this.slotTags[slot] = id;
      }
      lineStart = lineEnd + 1;
    }
    if (this.tags.length > 256) throw new Error('more than 256 part-of-speech tags in the dictionary');
    // User dictionary lines, as cppjieba's InserUserDictNode reads them: `word`, `word tag` or `word freq tag`, split
    // on single spaces; any other shape adds nothing a lookup can find.
    for (const path of userDictionaries) {
      for (const line of readFileSync(path, 'utf8').split('\n')) {
        if (line === '') continue;
        const fields = line.split(' ');
        const tag = fields.length === 3 ? fields[2]! : fields.length === 2 ? fields[1]! : fields.length === 1 ? '' : undefined;
        if (tag !== undefined && fields[0] !== '') this.user.set(fields[0]!, tag);
      }
    }
  }

  /** Answers for one-character words by UTF-16 unit (null: not a word): two tokens in five are one character. */
  private readonly units: Array<string | null | undefined> = new Array<string | null | undefined>(0x10000).fill(undefined);

  /** The dictionary's tag for a word, '' when it has none, undefined when it does not know the word. */
  get(word: string): string | undefined {
    if (word.length === 1) {
      const unit = word.charCodeAt(0);
      let known = this.units[unit];
      if (known === undefined) this.units[unit] = known = this.lookUp(word) ?? null;
      return known ?? undefined;
    }
    return this.lookUp(word);
  }

  private lookUp(word: string): string | undefined {
    if (this.user.size > 0) {
      const tag = this.user.get(word);
      if (tag !== undefined) return tag;
    }
    const slot = this.find(word, 0, word.length);
    return this.slots[slot] === 0 ? undefined : this.tags[this.slotTags[slot]!];
  }

  /** The slot holding text[from, to) as a word of `main`, or the empty slot where it would go. */
  private find(text: string, from: number, to: number): number {
    let hash = 0x811c9dc5;
    for (let i = from; i < to; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    const mask = this.slots.length - 1;
    const length = to - from;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const at = this.slots[slot]! - 1;
      if (at < 0) return slot;
      if (this.main.charCodeAt(at + length) === 32 && this.main.startsWith(length === text.length ? text : text.slice(from, to), at)) {
        return slot;
      }
    }
  }
}

/** The lexicon of jieba's main dictionary file and user dictionary files. */
export function buildPosLexicon(mainDictionary: string, userDictionaries: string[]): PosLexicon {
  return new PosLexicon(readFileSync(mainDictionary, 'utf8'), userDictionaries);
}

/** The tag of one word as cppjieba gives it: the dictionary's, else `x`, `m` or `eng` by its ASCII characters. */
export function lookUpTag(lexicon: PosLexicon, word: string): string {
  const tag = lexicon.get(word);
  return tag ? tag : tagOfUnknownWord(word);
}

/**
 * cppjieba's SpecialRule, to the letter: count ASCII characters and digits among the first code points until the
 * ASCII count reaches half the length (rounded down; so a one-character word is always `x`).
 */
export function tagOfUnknownWord(word: string): string {
  // Most unknown words are one character (punctuation, a lone Han character): half of 1 is 0, so the loop never runs.
  if (word.length === 1) return 'x';
  const runes = /[\ud800-\udfff]/.test(word) ? Array.from(word) : word;
  const half = Math.floor(runes.length / 2);
  let ascii = 0;
  let digits = 0;
  for (let i = 0; i < runes.length && ascii < half; i++) {
    const c = runes[i]!.codePointAt(0)!;
    if (c < 0x80) {
      ascii++;
      if (c >= 0x30 && c <= 0x39) digits++;
    }
  }
  if (ascii === 0) return 'x';
  return digits === ascii ? 'm' : 'eng';
}
