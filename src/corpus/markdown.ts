// A Markdown transcript (新闻联播 as published: `# 《新闻联播》（20231201）` a day, `### title` a story) → its articles.
// A heading starts an article titled by it; summary lists, link lines, rules and time stamps are furniture; `**bold**`
// markers are dropped from the text (the map to the original skips them); a day heading dates the stories under it.
import type { Article, SourceDoc } from '../types.js';
import { assembleArticle, type Piece } from './articles.js';
import { isoDate } from './jsonl.js';
import { normalise, printedWidth, rawLines, traditionalShare, type RawLine } from './normalise.js';

const HEADING = /^(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;

/** Markdown by its text: it opens with a heading, or has several (`# `, `## `, `### ` lines) in its first 200 lines. */
export function looksLikeMarkdown(text: string): boolean {
  const head = text.slice(0, 20000).split(/\r\n|\r|\n/, 200);
  const first = head.find((l) => l.trim() !== '');
  if (first !== undefined && /^#{1,3} \S/.test(first)) return true;
  return head.filter((l) => /^#{1,3} \S/.test(l)).length >= 3;
}

/** Lines that are no article's text: links alone, rules, time stamps, a programme's air time, page credits. */
export function isTranscriptFurniture(text: string): boolean {
  const t = text.trim();
  if (/^\[[^\]]*\]\([^)]*\)$/.test(t)) return true; // [查看原文](https://…)
  if (/^(?:-{3,}|\*{3,}|_{3,})$/.test(t)) return true;
  if (/^(?:更新时间|发布时间|来源|编辑|责编|责任编辑)\s*[:：]/.test(t) && t.length <= 60) return true;
  if (/^[（(]《[^》]{1,20}》\s*\d{8}\s*\d{1,2}:\d{2}[)）]$/.test(t)) return true; // （《新闻联播》 20231201 19:00）
  if (/^本期(?:节目)?主要内容[:：]?$/.test(t)) return true;
  // A summary run into one line: `1.…；2.…；3.…`.
  if (/^\d{1,2}[.、．][^；;]+[；;]\s*\d{1,2}[.、．]/.test(t)) return true;
  return false;
}

const ITEM = /^(?:\d{1,2}[.、．]|[（(]\d{1,2}[)）])/;

/** A section that is a numbered list of the programme's stories (`1.…；` `（1）…；`): the summary, not an article. */
function isSummary(body: RawLine[]): boolean {
  if (body.some((l) => /^本期(?:节目)?主要内容[:：]?$/.test(l.text))) return true;
  const lines = body.filter((l) => !isTranscriptFurniture(l.text));
  if (lines.length === 0) return true;
  const others = lines.filter((l) => !ITEM.test(l.text.replace(/\*\*/g, '')));
  const items = lines.length - others.length;
  // A story that lists things (`十大新闻分别是：1.…`) has its lede and paragraphs; a summary only the ends of items
  // broken over two lines (`为新质生产力构建平台；`).
  return items >= 3 && items * 2 >= lines.length && others.every((l) => printedWidth(l.text) <= 40 || /[；;：:]$/.test(l.text));
}

/** The date of a day heading: `《新闻联播》（20231212）`, `2023-12-12`, `2023年12月12日`. */
export function dayOf(heading: string): string | undefined {
  const m = /(?<!\d)(\d{8}|\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)(?!\d)/.exec(heading);
  return m ? isoDate(m[1]) : undefined;
}

/** The text of a Markdown line without its `**` markers; the map skips them, so columns still count in the original. */
function withoutMarkers(piece: Piece): Piece {
  if (!piece.text.includes('**')) return piece;
  const keep: number[] = [];
  let text = '';
  for (let i = 0; i < piece.text.length; i++) {
    if (piece.text[i] === '*' && (piece.text[i + 1] === '*' || piece.text[i - 1] === '*')) continue;
    text += piece.text[i];
    keep.push(i);
  }
  const origin = new Int32Array(text.length + 1);
  keep.forEach((from, to) => (origin[to] = piece.origin[from]!));
  origin[text.length] = piece.origin[piece.text.length]!;
  return { text, origin };
}

interface Section {
  heading?: RawLine;
  /** Offset where the heading's text starts (after the `#`s). */
  titleStart: number;
  titleEnd: number;
  level: number;
  body: RawLine[];
  date?: string;
}

/** Split a Markdown transcript into articles: one per heading with text under it. */
export function splitMarkdown(source: SourceDoc): Article[] {
  const { original } = source;
  const traditional = traditionalShare(original) >= 0.03;
  const sections: Section[] = [];
  let current: Section = { titleStart: 0, titleEnd: 0, level: 0, body: [] };
  let day: string | undefined = source.given?.date;
  for (const line of rawLines(original, 0, original.length)) {
    const m = HEADING.exec(line.text);
    if (!m) {
      current.body.push(line);
      continue;
    }
    sections.push(current);
    const level = m[1]!.length;
    const titleStart = line.start + line.text.indexOf(m[2]!, m[1]!.length);
    if (level === 1) day = dayOf(m[2]!) ?? day;
    current = { heading: line, titleStart, titleEnd: titleStart + m[2]!.length, level, body: [] };
    if (day) current.date = day;
  }
  sections.push(current);

  const articles: Article[] = [];
  const piece = (start: number, end: number) => withoutMarkers(normalise(original, start, end, { traditional, lineWidth: 0 }));
  for (const section of sections) {
    if (isSummary(section.body)) continue;
    const lines = section.body.filter((l) => !isTranscriptFurniture(l.text));
    const headlines = section.heading && section.titleEnd > section.titleStart ? [piece(section.titleStart, section.titleEnd)] : [];
    const body = lines.map((l) => piece(l.start, l.end)).filter((p) => p.text.length > 0);
    if (body.length === 0) continue;
    const article = assembleArticle(source, articles.length + 1, headlines.filter((h) => h.text.length > 0), body, lines, false);
    if (!article) continue;
    if (section.date) article.givenDate = section.date;
    if (source.given?.place) article.givenPlace = source.given.place;
    articles.push(article);
  }
  return articles;
}
