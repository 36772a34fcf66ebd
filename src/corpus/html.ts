// A saved web page → the text of its article(s), with a map from every character back to the HTML file.
// htmlparser2 (a maintained, forgiving, streaming parser that closes elements as browsers imply) reports the start and
// end offset of every text chunk and of every entity on its own, which is exactly the per-character map rows need; a
// tree parser (parse5) locates a text node only as a whole, entities and CRLF already folded into it.
// What a reader does not read is dropped: scripts, styles, navigation, headers and footers, forms, frames, comments,
// hidden elements, and elements whose class or id names them as page chrome (CHROME_WORDS).
import { Parser } from 'htmlparser2';
import type { SourceDoc } from '../types.js';
import { isFurniture } from './articles.js';
import type { MarkupArticle, Span } from './markup.js';
import { lineStartsOf } from './read.js';

/** Elements whose content is never article text. */
const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'nav', 'footer', 'aside', 'form', 'iframe', 'frame', 'frameset', 'object',
  'embed', 'svg', 'math', 'canvas', 'video', 'audio', 'map', 'button', 'select', 'textarea', 'dialog', 'menu', 'head',
]);

/**
 * Words of a class or id that mark page chrome (`class="top-nav"`, `id="footerBox"`, `class="gg_300"` for 广告):
 * navigation, ads, share bars, breadcrumbs, copyright and ICP footers, sidebars, comments, related links. Whole words
 * only (`ad`, not `download`); camelCase and `-`/`_` split words.
 */
export const CHROME_WORDS = new Set([
  'nav', 'navbar', 'navigation', 'menu', 'topbar', 'toolbar', 'breadcrumb', 'breadcrumbs', 'crumb', 'crumbs', 'footer',
  'copyright', 'icp', 'beian', 'share', 'sharing', 'social', 'ad', 'ads', 'advert', 'advertisement', 'banner', 'gg',
  'guanggao', 'sidebar', 'login', 'comment', 'comments', 'related', 'recommend', 'hot', 'qrcode', 'ewm',
]);

/** Never skipped for their class: the page itself and its main content. */
const CONTAINERS = new Set(['html', 'body', 'main', 'article']);

/** Elements that start and end a line of text. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'center', 'dd', 'details', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main',
  'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'title', 'tr', 'ul',
]);

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

function chromeWords(value: string | undefined): boolean {
  if (!value) return false;
  for (const word of value.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/)) {
    if (CHROME_WORDS.has(word)) return true;
  }
  return false;
}

function hidden(attribs: Record<string, string>): boolean {
  if (attribs.hidden !== undefined || attribs['aria-hidden'] === 'true') return true;
  const style = attribs.style;
  return style !== undefined && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

function isCjk(c: number): boolean {
  return (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef);
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c;
}

/** A line of text being built: characters and, for each, its offset in the HTML. */
class LineBuilder {
  text = '';
  offsets: number[] = [];
  private space = -1;
  private spaceBreaks = false;

  /** Append `data`, whose character i lies at offsets[i] (or all at `at` when it is an entity). */
  add(data: string, start: number, exact: boolean): void {
    for (let i = 0; i < data.length; i++) {
      const c = data.charCodeAt(i);
      const at = exact ? start + i : start;
      if (isSpace(c)) {
        // Runs of white space are one space; a line break between two Chinese characters is only source wrapping.
        if (this.space < 0) this.space = at;
        if (c === 0x0a || c === 0x0d) this.spaceBreaks = true;
        continue;
      }
      if (this.space >= 0 && this.text.length > 0) {
        const before = this.text.charCodeAt(this.text.length - 1);
        if (!(this.spaceBreaks && isCjk(before) && isCjk(c))) {
          this.text += ' ';
          this.offsets.push(this.space);
        }
      }
      this.space = -1;
      this.spaceBreaks = false;
      this.text += data[i];
      this.offsets.push(at);
    }
  }

  take(): { text: string; offsets: number[] } | undefined {
    const line = { text: this.text, offsets: this.offsets };
    this.text = '';
    this.offsets = [];
    this.space = -1;
    this.spaceBreaks = false;
    return line.text.length > 0 ? line : undefined;
  }
}

interface Line {
  text: string;
  offsets: number[];
  /** h1 … h6, or 0 for a paragraph. */
  heading: number;
  /** The top-level `<article>` element it is in (1-based), 0 outside any. */
  article: number;
  /** A table cell's text: short (`潍坊市`, `6.1%`) and still data. */
  cell: boolean;
}

interface Open {
  name: string;
  /** Counts toward `skipping` (dropped with everything inside). */
  skip: boolean;
  /** A `<header>`: its text is dropped, but an `<h1>` inside it is still the headline. */
  header: boolean;
}

interface Page {
  lines: Line[];
  title?: { text: string; offsets: number[] };
  /** Top-level `<article>` elements met. */
  articles: number;
}

/** Parse the page into lines of text with their offsets; see SKIPPED, CHROME_WORDS and BLOCKS. */
function readPage(html: string): Page {
  const lines: Line[] = [];
  const stack: Open[] = [];
  const line = new LineBuilder();
  const title = new LineBuilder();
  let titleText: Page['title'];
  let skipping = 0;
  let headers = 0;
  let inTitle = 0;
  let heading = 0;
  let article = 0;
  let articleDepth = 0;
  let articles = 0;
  let pre = 0;
  let cells = 0;

  const endLine = () => {
    const taken = line.take();
    if (taken) lines.push({ ...taken, heading, article: articleDepth > 0 ? article : 0, cell: cells > 0 });
  };

  const parser: Parser = new Parser(
    {
      onopentag(name, attribs) {
        if (BLOCKS.has(name) || name === 'br') endLine();
        const skip =
          SKIPPED.has(name) || hidden(attribs) || (!CONTAINERS.has(name) && (chromeWords(attribs.class) || chromeWords(attribs.id)));
        const header = name === 'header';
        stack.push({ name, skip, header });
        if (skip) skipping++;
        if (header) headers++;
        if (name === 'title' && skipping <= (stack.some((o) => o.name === 'head') ? 1 : 0)) inTitle++;
        if (HEADINGS.has(name)) heading = Number(name[1]);
        if (name === 'pre') pre++;
        if (name === 'td' || name === 'th') cells++;
        if (name === 'article' && skipping === 0 && articleDepth++ === 0) article = ++articles;
      },
      onclosetag(name) {
        // Events nest (the parser closes what an end tag implies), but stay safe on a mismatch.
        let open = stack.pop();
        while (open && open.name !== name && stack.some((o) => o.name === name)) {
          close(open);
          open = stack.pop();
        }
        if (open) close(open);
      },
      ontext(data) {
        const exact = data.length === parser.endIndex - parser.startIndex + 1;
        if (inTitle > 0) {
          title.add(data, parser.startIndex, exact);
          return;
        }
        // A header's text (date, time, source, share links) is dropped; its <h1> is the page's headline.
        if (skipping > 0 || (headers > 0 && heading !== 1)) return;
        if (pre > 0 && /[\r\n]/.test(data)) {
          // Line breaks in <pre> are the author's.
          let from = 0;
          for (const m of data.matchAll(/\r\n?|\n/g)) {
            line.add(data.slice(from, m.index), parser.startIndex + from, exact);
            endLine();
            from = m.index! + m[0].length;
          }
          line.add(data.slice(from), parser.startIndex + from, exact);
          return;
        }
        line.add(data, parser.startIndex, exact);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );

  function close(open: Open): void {
    const { name } = open;
    if (name === 'title' && inTitle > 0) {
      inTitle--;
      titleText ??= title.take();
    }
    if (BLOCKS.has(name)) endLine();
    if (HEADINGS.has(name)) heading = 0;
    if (name === 'pre' && pre > 0) pre--;
    if ((name === 'td' || name === 'th') && cells > 0) cells--;
    if (name === 'article' && !open.skip && articleDepth > 0) articleDepth--;
    if (open.skip) skipping--;
    if (open.header) headers--;
  }

  parser.write(html);
  parser.end();
  endLine();
  return { lines, title: titleText, articles };
}

/** `标题_新闻_人民网`, `标题 - 新华网`, `标题|央视网`: the part before the site's name. */
function pageTitle(title: { text: string; offsets: number[] }): { text: string; offsets: number[] } {
  const parts = [...title.text.matchAll(/[^_|｜]+?(?=\s*(?:[_|｜]|\s[-–—]\s|$))/g)].filter((m) => m[0].trim().length > 0);
  const first = parts[0];
  if (!first || first[0].length === title.text.length) return title;
  const start = first.index! + (first[0].length - first[0].trimStart().length);
  const end = first.index! + first[0].trimEnd().length;
  return { text: title.text.slice(start, end), offsets: title.offsets.slice(start, end) };
}

/** Furniture of a web page's info line: a date and time stamp, `来源：`, `发布时间：`, `字号：`. */
function isPageInfo(text: string): boolean {
  if (text.length > 80) return false;
  if (/^\d{4}[-年/.]\d{1,2}[-月/.]\d{1,2}日?\s*\d{1,2}:\d{2}/.test(text)) return true;
  if (/^\d{1,2}:\d{2}(?::\d{2})?$/.test(text)) return true;
  return /(?:来源|发布时间|发布日期|作者|编辑|字号|浏览)\s*[:：]/.test(text) && /\d{1,2}:\d{2}|[|｜]/.test(text);
}

/** Text worth keeping: not page furniture, not punctuation alone. */
function keep(line: Line): boolean {
  const t = line.text.trim();
  if (!/[\p{L}\p{N}]/u.test(t)) return false;
  if (line.heading > 0 || line.cell) return !isPageInfo(t);
  return !isFurniture(t) && !isPageInfo(t);
}

interface Group {
  title?: { text: string; offsets: number[] };
  lines: Line[];
}

const textLength = (lines: Line[]) => lines.reduce((n, l) => n + l.text.length, 0);

/**
 * The page's articles: one per top-level `<article>` when it has several with text (a list of stories), the one
 * `<article>` when the rest of the page is chrome around it, else every kept line. Each titled by its first `<h1>`
 * (the page's `<title>`, less the site's name, when there is none).
 */
function groupsOf(page: Page): Group[] {
  const kept = page.lines.filter(keep);
  const byArticle = new Map<number, Line[]>();
  for (const line of kept) if (line.article > 0) byArticle.set(line.article, [...(byArticle.get(line.article) ?? []), line]);
  const substantial = [...byArticle.values()].filter((lines) => textLength(lines) >= 30);
  const titled = (lines: Line[], fallbackTitle: boolean): Group => {
    const at = lines.findIndex((l) => l.heading === 1);
    const head = at >= 0 ? at : fallbackTitle ? -1 : lines.findIndex((l, k) => k < 3 && l.heading > 0 && l.heading <= 3);
    if (head >= 0) return { title: lines[head]!, lines: lines.filter((_, k) => k !== head) };
    const fromPage = fallbackTitle && page.title ? pageTitle(page.title) : undefined;
    if (fromPage) {
      // The <title> as a paragraph of the page too (a headline set in a <div>): that paragraph is the title.
      const same = lines.findIndex((l) => l.text.trim() === fromPage.text.trim());
      if (same >= 0) return { title: lines[same]!, lines: lines.filter((_, k) => k !== same) };
      return { title: fromPage, lines };
    }
    return { lines };
  };
  if (substantial.length >= 2) return substantial.map((lines) => titled(lines, false));
  if (substantial.length === 1 && textLength(substantial[0]!) >= 50) {
    const lines = substantial[0]!;
    const group = titled(lines, true);
    // The headline set above the <article>, in the page's own <h1>.
    const h1 = kept.find((l) => l.heading === 1 && l.article === 0);
    if (h1 && !lines.some((l) => l.heading === 1)) return [{ title: h1, lines }];
    return [group];
  }
  return [titled(kept, true)];
}

/**
 * The SourceDoc of an HTML page: `original` becomes the page's text (title and paragraphs, one a line, articles
 * separated by a blank line) and `markup` maps it back to the HTML (see SourceDoc.markup).
 */
export function htmlSource(source: SourceDoc): SourceDoc {
  const html = source.original;
  const groups = groupsOf(readPage(html));
  let text = '';
  const origin: number[] = [];
  const articles: MarkupArticle[] = [];
  const put = (line: { text: string; offsets: number[] }): Span => {
    const start = text.length;
    text += line.text;
    origin.push(...line.offsets);
    const end = text.length;
    // The line's end maps to just after its last character in the HTML.
    text += '\n';
    origin.push((line.offsets[line.offsets.length - 1] ?? 0) + 1);
    return [start, end];
  };
  for (const group of groups) {
    if (!group.title && group.lines.length === 0) continue;
    if (articles.length > 0) {
      text += '\n';
      origin.push(origin[origin.length - 1] ?? 0);
    }
    const article: MarkupArticle = { lines: [] };
    if (group.title) article.title = put(group.title);
    for (const line of group.lines) article.lines.push(put(line));
    articles.push(article);
  }
  origin.push(html.length);
  const result: SourceDoc = {
    ...source,
    original: text,
    lineStarts: lineStartsOf(text),
    layout: 'html',
    markup: { origin: Int32Array.from(origin), lineStarts: source.lineStarts, articles },
  };
  // Nothing left is worth saying: the page was read, but gives no row (its text may be written by its scripts).
  if (articles.length === 0) result.warnings = [...(source.warnings ?? []), 'a web page with no article text (only scripts, menus, headers or footers)'];
  return result;
}
