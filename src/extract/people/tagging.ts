// Which sentences of an article to tag, and the patterns that mark them: when only people are asked for, tagging the
// sentences where a person may be named (a third of the text) is cheaper than tagging it all.
import { tag } from '../../nlp/segmenter.js';
import type { Token } from '../../types.js';
import { peopleLexicon } from './lexicon.js';
import { PhraseMatcher } from '../../nlp/phrase-matcher.js';
import { surnameLength } from './names.js';

// Verbs of speech and opinion: a name the tagger is sure of right before one is a speaker (彭小军认为, 郭庆祥：).
export const SPEECH = /认为|表示|指出|说道|说|介绍|透露|坦言|告诉|强调|回答|建议|称|：/g;
export const CORE_OF_THE_CENTRE = /^为(核心|总书记)的(党中央|中央)/;
export const HONORIFICS = /同志|先生|女士|小姐|老师|教授|导演|院士|医生|律师/g;
// An author's name set off by spaces at the end of a paragraph (`净土保卫战。             王青和`).
export const SIGNATURE = /[。！？”）)][ \u3000]{2,}([\u3400-\u9fff]{2,4})[ \u3000]*(?=\n|$)/g;

const LIST_VERBS = /出席|参加|陪同|主持|列席|就座|领导人/g;

let anchorWords: PhraseMatcher | undefined;

/** Offsets where a person may be named: titles, credits, `同志`, `的` before a surname, the last line. */
export function anchorsOf(text: string): number[] {
  if (!anchorWords) {
    const { posts, roles, bylines, companyPosts, associationPosts } = peopleLexicon();
    anchorWords = new PhraseMatcher([[...posts, ...roles, ...companyPosts, ...associationPosts], bylines, HONORIFICS.source.split('|'), ['的']]);
  }
  const anchors: number[] = [];
  for (const match of anchorWords.findAll(text)) {
    if (match.word !== '的' || surnameLength(text, match.index + 1) > 0) anchors.push(match.index);
  }
  for (const match of text.matchAll(SIGNATURE)) anchors.push(match.index + match[0].length - 1);
  for (const match of text.matchAll(SPEECH)) anchors.push(match.index);
  // Lists of leaders without posts end in what they do (`王毅参加上述活动`).
  for (const match of text.matchAll(LIST_VERBS)) anchors.push(match.index);
  anchors.push(Math.max(0, text.trimEnd().length - 1));
  return anchors;
}

/** Where a window stops: at the end of a sentence, or (when it reaches MAX_WINDOW) at a clause break. */
export const SENTENCE_END = /[。！？；!?;\n]/;
export const CLAUSE_BREAK = /[，,、：:\s]/;
// The same classes as tables by UTF-16 unit: testing text[i] made a string of every character a window passed.
// JavaScript's \s: tab, line feed, vertical tab, form feed, carriage return, space, U+00A0, U+1680, U+2000–U+200A,
// U+2028, U+2029, U+202F, U+205F, U+3000, U+FEFF (test/unit/extract/people/tagging.test.ts holds tables and classes
// alike over every unit).
const WHITE_SPACE = '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
export const SENTENCE_ENDS = unitTable('。！？；!?;\n');
export const CLAUSE_BREAKS = unitTable('，,、：:' + WHITE_SPACE);
const MAX_WINDOW = 200;

function unitTable(chars: string): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1;
  return table;
}

/**
 * Tag only the sentences around the anchors. The segmenter splits at punctuation anyway, so a sentence tags the same
 * alone as within the whole text. When the whole text is already tagged (`tagged`, in text order), a sentence takes
 * its tokens from there, unless a token runs across its edge: then it is tagged alone, as it would be without them.
 */
export function tagAround(text: string, anchors: number[] = anchorsOf(text), tagged?: Token[]): Token[] {
  const tokens: Token[] = [];
  let covered = 0;
  let cursor = 0; // first token of `tagged` that may lie in the next window
  for (const anchor of [...anchors].sort((a, b) => a - b)) {
    if (anchor < covered) continue;
    let start = anchor;
    while (start > covered && SENTENCE_ENDS[text.charCodeAt(start - 1)] !== 1 && anchor - start < MAX_WINDOW) start--;
    while (start > covered && anchor - start >= MAX_WINDOW && CLAUSE_BREAKS[text.charCodeAt(start - 1)] !== 1) start++;
    let end = anchor;
    while (end < text.length && SENTENCE_ENDS[text.charCodeAt(end)] !== 1 && end - anchor < MAX_WINDOW) end++;
    while (end < text.length && end - anchor >= MAX_WINDOW && CLAUSE_BREAKS[text.charCodeAt(end)] !== 1 && end > anchor) end--;
    if (end <= start) continue;
    covered = end;
    if (tagged) {
      while (cursor < tagged.length && tagged[cursor]!.end <= start) cursor++;
      let last = cursor;
      while (last < tagged.length && tagged[last]!.end <= end) last++;
      const fits = cursor < tagged.length && tagged[cursor]!.start === start && last > cursor && tagged[last - 1]!.end === end;
      if (fits) {
        for (let i = cursor; i < last; i++) tokens.push(tagged[i]!);
        continue;
      }
    }
    // A window tagged on its own: people alone are cheaper so (a third of the text), and a window whose edges cut
    // the whole text's tokens must tag as it always has, or names would change.
    for (const token of tag(text.slice(start, end))) {
      tokens.push({ ...token, start: token.start + start, end: token.end + start });
    }
  }
  return tokens;
}
