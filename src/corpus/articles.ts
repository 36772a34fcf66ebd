// A newspaper page → its articles. Lines are classified by shape (headline, lede, credit, page furniture), runs of
// headline lines that open an article are found, and each article's headline lines and body are normalised with a
// map back to the original. A file without newspaper signals (a 政府工作报告, a policy text) is one article.
import type { Article, SourceDoc } from '../types.js';
import {
  continues,
  printedWidth,
  endsSentence,
  estimateLineWidth,
  foldString,
  joinContext,
  normalise,
  rawLines,
  traditionalShare,
  type RawLine,
} from './normalise.js';
import { looksLikeMarkdown, splitMarkdown } from './markdown.js';
import { splitMarkup } from './markup.js';

// ---------------------------------------------------------------------------------------------------------------
// Line patterns (matched on folded text: full-width ASCII → ASCII, except ，；：（）).

const CJK = '\\u3400-\\u9fff';

/** `本报讯` `本报济南12月24日讯` `东昌府讯` `新华社北京12月25日电` `本报记者…`: the lede that opens an article body. */
const LEDE = new RegExp(
  `^[□■●◆]?\\s*(?:(本报|本刊|本台|本网|新华社|中新社|人民网|新华网|央视网|央广网|[${CJK}]{2,8}?(?:日报|晚报|早报|新闻网|融媒体中心|广播电视台|电视台|通讯社))\\s*)?` +
    `([${CJK}]{2,6}?)?\\s*(?:(\\d{4})年)?(?:(\\d{1,2})月(\\d{1,2})日)?\\s*(讯|电)(?=$|[\\s（(【\\[:：${CJK}\\d])`,
);

/** The lede at the start of `folded`, if any; a bare place (`东昌府讯`) must be followed by a space or bracket. */
export function matchLede(folded: string): RegExpExecArray | null {
  const m = LEDE.exec(folded);
  if (!m) return null;
  const [whole, prefix, , , month, , kind] = m;
  if (prefix === undefined && month === undefined) {
    if (kind === '电') return null;
    if (!/^[\s（(【\[]/.test(folded.slice(whole.length)) && folded.length > whole.length) return null;
  }
  return m;
}

/** Words that name a role in a credit line rather than a person. */
const ROLE =
  /^(?:本报|本台|本刊|本网)?(?:特约|见习|实习|首席|驻[\u3400-\u9fff]{1,4})?(?:[\u3400-\u9fff]{0,10}(?:记者|通讯员|融媒体|融媒|全媒体|实习生|摄影|摄像|编辑|作者|撰稿))$|^(?:文|图|文\/图|图\/文|摄|摄影|综合整理|整理|报道|供稿|文图)$/;
/** A role glued to a name: `记者张磊`, `通讯员石勇`. */
const ROLE_PREFIX = /^(?:本报|本台)?(?:特约|见习|实习|首席)?(?:记者|通讯员|融媒体|融媒|实习生|摄影|文\/图|文|图)[:：]?/;
const NAME = /^[\u3400-\u9fff]{2,4}$|^[\u3400-\u9fff]{1,6}·[\u3400-\u9fff]{1,8}$/;

/** Names in a credit such as `特约记者 张磊 潍坊日报社全媒体记者 贺德良` or `记者 郭超 摄`; empty when no role word. */
export function creditNames(credit: string): string[] {
  const tokens = foldString(credit)
    .replace(/[（()）□■【】\[\]]/g, ' ')
    .split(/[\s、，,;；/|]+/)
    .filter(Boolean);
  let roles = 0;
  const names: string[] = [];
  for (let token of tokens) {
    if (ROLE.test(token)) {
      roles++;
      continue;
    }
    const glued = ROLE_PREFIX.exec(token);
    if (glued && token.length > glued[0].length) {
      roles++;
      token = token.slice(glued[0].length);
    }
    token = token.replace(/(?:摄影|摄|报道|整理)$/, (m) => {
      roles++;
      return token.length - m.length >= 2 ? '' : m;
    });
    if (NAME.test(token)) names.push(token);
    else return [];
  }
  return roles > 0 ? names : [];
}

/** A line that is only a credit: `(融媒体 裴崇旭 通讯员 石勇)`, `记者 郭超 摄`, `□记者 张磊`. */
const ROLE_WORD = /记者|通讯员|融媒|全媒体|实习生|摄|编辑|作者|撰稿|文\/图|图\/文|整理|报道|供稿/;

function isCreditLine(folded: string): boolean {
  if (folded.length > 60 || printedWidth(folded) > 40 || !ROLE_WORD.test(folded)) return false;
  return creditNames(folded).length > 0;
}

/** Furniture only a printed page has: page header with the weekday, page numbers and jumps, layout credits. */
function isPageFurniture(folded: string): boolean {
  const t = folded.trim();
  if (t.length > 60) return false;
  if (/\d{1,2}月\d{1,2}日/.test(t) && /星期[一二三四五六日天]|周[一二三四五六日]/.test(t)) return true;
  if (/(?:>>|》》|→|▶)\s*[A-Z]?\d{1,2}\s*版|(?:下转|上接|转|接|见)第?\s*[A-Z]?\d{1,2}\s*版|^第?\s*[A-Z]?\d{1,2}\s*版/.test(t)) return true;
  if (/^(?:版式|美编|组版|本版编辑|本版责编)\s*[:：]?/.test(t) && t.length <= 40) return true;
  return /^(?:国内统一连续出版物号|邮发代号|CN\s*\d{2}-\d{4})/.test(t);
}

const COLUMN_TAG = /^[\u3400-\u9fff]{1,4}$/;
/** A web page's buttons and links, each on a line of its own: never the end of a word broken at the line above. */
const WEB_CHROME = /^(?:首页|返回|打印|关闭|分享|收藏|全屏|下载|登录|注册|搜索|顶部|返回顶部|上一篇|下一篇|纠错|无障碍)$/;

/** Page furniture: column tags, page headers and footers, jump lines, editor credits, web-page chrome. */
export function isFurniture(folded: string): boolean {
  const t = folded.trim();
  if (COLUMN_TAG.test(t)) return true; // 关注, 权威发布, 要闻
  if (isPageFurniture(t)) return true;
  if (t.length > 60) return false;
  if (/^(?:本版)?(?:责编|责任编辑|编辑|校对|审读|签发|值班主任|图片编辑|排版|制图|视觉)\s*[:：]?/.test(t) && t.length <= 40) return true;
  if (/^(?:【字号|【字体|】$|分享\s*[:：]?$|当前位置|您的位置|来源\s*[:：]|时间\s*[:：]|发布时间|发布日期|浏览次数|点击数|阅读次数|打印本页|关闭窗口)/.test(t)) return true;
  if (/^(?:国内统一连续出版物号|邮发代号|CN\s*\d{2}-\d{4})/.test(t)) return true;
  // A web page's breadcrumb separator (`>`) and its time stamp (`2026-02-03 09:02:33`), each on a line of its own.
  if (/^[>＞»›→|｜]+$/.test(t) || /^\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/.test(t)) return true;
  // A document's bracketed notes to the reader or to whoever fills in a form: `（图略）`, `（盖章）`, `（此件公开发布）`.
  return /^[（(](?:[图表]?略|附[图表]略|盖章|签[字章名]|[选必]填|此件[^（）()]{0,10})[)）]$/.test(t);
}

// ---------------------------------------------------------------------------------------------------------------

type Kind = 'furniture' | 'lede' | 'credit' | 'headline' | 'body';

interface Line extends RawLine {
  kind: Kind;
  loose: boolean;
  folded: string; // folded head of the line (at most 200 characters), for patterns
}

/** Reporters' names alone in brackets closing a brief (`（刘志强）`, `（韩 鑫）`, `（戴 琪 林丽鹂）`): a credit, never a headline. */
const BRACKETED_NAME = /^[（(]\s*[\u3400-\u9fff]{1,4}(?:\s+[\u3400-\u9fff]{1,4}){0,4}\s*[)）]$/;

/**
 * A bracketed name closing a brief (`（刘志强）` after a full stop): not a numbered heading (`（一）`) and not what a form
 * asks below its label (`申报单位：` / `（盖章）`).
 */
function bracketedCredit(folded: string, prev: string): boolean {
  return BRACKETED_NAME.test(folded) && endsSentence(prev) && !/[:：]\s*$/.test(prev) && !ENUMERATED.test(folded);
}

/** Headline shape: short, no sentence punctuation or comma inside, not ending a sentence (a kicker may end with a colon). */
function headlineShaped(folded: string, raw: string): boolean {
  if (raw.length > 60 || printedWidth(raw) > 40) return false;
  if (/[。！？；，!?;,]/.test(folded.replace(/[!?]$/, ''))) return false;
  return !endsSentence(raw) || /[:：]$/.test(raw);
}

/** A looser shape, trusted only right above a lede: a long headline with commas (`…会议召开,安排明年…任务`). */
function looseHeadline(folded: string, raw: string): boolean {
  if (raw.length > 80 || printedWidth(raw) > 60) return false;
  if (/[。！？；!?;]/.test(folded.replace(/[!?]$/, ''))) return false;
  return !endsSentence(raw) && !/[，,、]$/.test(raw);
}

const ENUMERATED = /^(?:[一二三四五六七八九十]+[、.]|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.](?!\d)|第[一二三四五六七八九十百\d]+[章节条部篇])/;

/** Adds kind, folded head and looseness to each line, in place (pages may have millions of lines). */
function classify(raw: RawLine[]): Line[] {
  const lines = raw as Line[];
  lines.forEach((line, k) => {
    const folded = foldString(line.text.length > 200 ? line.text.slice(0, 200) : line.text);
    // A column tag stands apart; a few characters right below a line are the end of a broken word (`政府工作报\n告`).
    const prev = k > 0 ? lines[k - 1]! : undefined;
    const glued =
      prev !== undefined &&
      line.blanksBefore === 0 &&
      folded.length <= 3 &&
      COLUMN_TAG.test(folded) &&
      !WEB_CHROME.test(folded.trim()) &&
      prev.kind !== 'furniture' &&
      !endsSentence(prev.text);
    let kind: Kind = 'body';
    if (!glued && isFurniture(folded)) kind = 'furniture';
    else if (matchLede(folded)) kind = 'lede';
    else if (isCreditLine(folded) || (prev !== undefined && bracketedCredit(folded, prev.text))) kind = 'credit';
    else if (headlineShaped(folded, line.text)) kind = 'headline';
    line.kind = kind;
    line.folded = folded;
    line.loose = kind === 'headline' || (kind === 'body' && looseHeadline(folded, line.text));
  });
  return lines;
}

/** Two phrases side by side (`李干杰周乃翔讲话 葛慧君陆治原出席`): the shape of a kicker or deck, not a title. */
function parallel(text: string): boolean {
  const parts = text.split(/\s+/).filter(Boolean);
  if (parts.length < 2) return false;
  const widths = parts.map(printedWidth);
  return Math.min(...widths) >= 3 && Math.max(...widths) / Math.min(...widths) <= 1.6;
}

/** A column's name closing a headline: `（新春走基层·脱贫攻坚一线见闻）`, `（壮丽70年 奋斗新时代·区域协调发展新格局）`. */
const COLUMN_NOTE = /[（(][\u3400-\u9fff][\u3400-\u9fff\d·、 —“”]{1,40}[①-⑳]?[)）]$/;

/** The kinds of official documents (公文) that close their titles. */
const DOCUMENT_KIND = '(?:通知|意见|决定|办法|方案|规定|批复|报告|通报|函|公告|通告|细则|规划|纲要|措施|决议)';
/** The rest of an official document's title below its issuer: `关于印发《…》的通知`, `关于…的实施意见`. */
const DOCUMENT_TITLE_TAIL = new RegExp(`^关于.{2,60}${DOCUMENT_KIND}$`);
/** A whole official title on one line: issuer, 关于, the matter, 的, the kind (`…关于…的若干意见`); no sentence inside. */
const OFFICIAL_TITLE = new RegExp(`^[^。！？；，,:：\\s]{0,40}关于[^。！？；:：]{2,100}的[^。！？；，,:：]{0,4}${DOCUMENT_KIND}$`);

/** Split headline lines into title and subtitle (kickers ending with a colon, parallel decks, longer decks). */
export function titleAndSubtitle(headlines: string[], wrapped = true): { title: string; subtitle?: string } {
  if (headlines.length === 0) return { title: '' };
  if (headlines.length === 1) return { title: headlines[0]! };
  // A kicker leads into the headline: `…：`, `…——`, `孙春兰在吉林调研时强调`; a deck follows it: `——写在…之际`.
  // A line all in brackets (`（2020年2月24日…会议通过）`) is a note, never the title.
  const isKicker = headlines.map((h) => /(?:[:：]|——|—|强调|指出|表示|要求|寄语|号召|印发|批准)$/.test(h) || /^(?:——|--|－－|—)/.test(h) || /^[（(][^（()）]*[)）]$/.test(h));
  let candidates = headlines.map((_, i) => i).filter((i) => !isKicker[i]);
  if (candidates.length === 0) candidates = [headlines.length - 1];
  // The column's name goes with the headline (`好日子加了“双保险”（新春走基层）`), not with a kicker or deck.
  const tagged = candidates.filter((i) => COLUMN_NOTE.test(headlines[i]!));
  if (tagged.length === 1) candidates = [tagged[0]!, ...candidates.filter((i) => i > tagged[0]!)];
  else {
    const plain = candidates.filter((i) => !parallel(headlines[i]!));
    if (plain.length > 0 && plain.length < candidates.length) candidates = plain;
  }
  // The first remaining line is the title; following lines continue it only when it is long and they are not
  // longer (a title wrapped over two lines); any other line below it is a deck.
  const titleLines = [candidates[0]!];
  const firstWidth = printedWidth(headlines[candidates[0]!]!);
  for (let k = 1; k < candidates.length; k++) {
    const i = candidates[k]!;
    if (i !== titleLines[titleLines.length - 1]! + 1) break;
    // An issuer set above `关于…的通知` heads the title; only a long first line was wrapped otherwise, and a short
    // title stands alone above its deck.
    const rest = k === 1 && DOCUMENT_TITLE_TAIL.test(headlines[i]!);
    if (!rest && (!wrapped || firstWidth < 16 || printedWidth(headlines[i]!) > firstWidth)) break;
    titleLines.push(i);
  }
  const title = titleLines.map((i) => headlines[i]).join(' ');
  const rest = headlines.filter((_, i) => !titleLines.includes(i));
  return rest.length > 0 ? { title, subtitle: rest.join(' ') } : { title };
}

// ---------------------------------------------------------------------------------------------------------------

interface Plan {
  headlines: Line[];
  body: Line[];
  /** Each headline line is whole as set (never a title wrapped over two lines). */
  whole?: boolean;
}

/** `净土保卫战。             王青和`: an author's name set off at the end of the last line. */
const TRAILING_AUTHOR = /[。！？”)）]\s{3,}([\u3400-\u9fff]{2,4})$/;

/** Is the line break before `lines[k]` a place an article may start (the line before closes something)? */
function closesBefore(lines: Line[], k: number): boolean {
  if (k === 0) return true;
  const prev = lines[k - 1]!;
  if (prev.kind === 'furniture' || prev.kind === 'credit') return true;
  return endsSentence(prev.text) || TRAILING_AUTHOR.test(prev.text);
}

function fragmentStart(text: string): boolean {
  const m = /^[^。，、；：！？,;:!?]{1,2}[。，、；：！？,;:!?]/.exec(text);
  return m !== null && !ENUMERATED.test(text);
}

/**
 * A page set like 人民日报's: the headline lines (kicker, headline, deck) flush left at the top, every body paragraph
 * indented (`　　`). Such a text is one article whatever its body holds (sub-heads, `■` lists, credits); undefined when
 * the text is not set so, or when a flush-left line further down may start another article.
 */
function indentedArticle(lines: Line[]): Plan | undefined {
  const first = lines.findIndex((l) => l.indented && l.kind !== 'furniture');
  if (first < 1 || first > 6) return undefined;
  let top = lines.slice(0, first).filter((l) => l.kind !== 'furniture');
  // A short line alone on top (`驯马成景`, `初雪`) reads as a column tag; it is the title when a paragraph follows, not
  // the headline of a first brief (`速览` above `　　证监会鼓励证券公司权益类投资`).
  const tags = lines.slice(0, first).filter((l) => l.kind === 'furniture' && COLUMN_TAG.test(l.folded.trim()));
  // Tags above the headline are kickers (`周强强调`); one below it (`核心阅读`) labels the body.
  const lastTop = top.length > 0 ? lines.indexOf(top[top.length - 1]!) : first;
  if (top.length > 0 || lines[first]!.kind !== 'headline') top = lines.slice(0, first).filter((l, k) => top.includes(l) || (tags.includes(l) && k < lastTop));
  // A long first line closed by a full stop is a paragraph set flush left, not a headline, and so is one with a comma
  // inside (`…听取了…报告，并且进行了充分的讨论。`); a deck may be one (a summary of the talks under the headline).
  const paragraph = (l: Line, k: number) => l.kind === 'lede' || printedWidth(l.text) > 400 || (k === 0 && /[。]\s*$/.test(l.text) && (printedWidth(l.text) > 60 || /[，,；;]/.test(l.text)));
  if (top.length === 0 || top.some(paragraph)) return undefined;
  const body = lines.slice(first).filter((l) => l.kind !== 'furniture');
  // Flush-left lines below are a letter's salutation, signature and date, unless one heads a lede: another article.
  const startsArticle = (l: Line, k: number) => !l.indented && l.kind === 'headline' && body[k + 1]?.kind === 'lede';
  // OCR text wraps its lines flush left: that is no page of indented paragraphs.
  if (body.some(startsArticle) || body.filter((l) => !l.indented).length * 3 > body.length) return undefined;
  // A salutation (`各位委员：`) set flush left below the title opens the body.
  const last = top[top.length - 1]!;
  if (top.length === 1 && /[:：]$/.test(last.text)) return undefined; // `各位代表：` opening a report without a title
  if (top.length > 1 && /[:：]$/.test(last.text) && printedWidth(last.text) <= 10) return { headlines: top.slice(0, -1), body: [last, ...body], whole: true };
  return { headlines: top, body, whole: true };
}

/** Group classified lines into articles. */
function plan(lines: Line[]): Plan[] {
  const indented = indentedArticle(lines);
  if (indented) return [indented];
  // A text that is one short line is a title alone (a photo's, on a page of pictures).
  const only = lines[0];
  if (lines.length === 1 && only!.kind !== 'furniture' && printedWidth(only!.text) <= 40 && !endsSentence(only!.text)) return [{ headlines: lines, body: [] }];
  // Ledes, credits and printed-page furniture make a newspaper page; web-page chrome and column tags do not.
  const newspaper = lines.some((l) => l.kind === 'lede' || l.kind === 'credit' || (l.kind === 'furniture' && isPageFurniture(l.folded)));
  const width = estimateLineWidth(lines);
  const tolerance = Math.max(2, Math.round(width * 0.1));
  const headlineAt = (k: number): boolean => {
    const line = lines[k]!;
    if (line.kind !== 'headline') return false;
    if (width > 0 && printedWidth(line.text) >= width - tolerance) {
      // In a fixed-width column a full-width line is a wrapped line, unless blank lines set it apart.
      const next = lines[k + 1];
      if (line.blanksBefore === 0 || (next && next.blanksBefore === 0)) return false;
    }
    return true;
  };

  // Runs of headline lines that open an article.
  const starts = new Map<number, number>(); // first line → line after the run
  const runEnds = new Set<number>();
  if (newspaper) {
    let k = 0;
    while (k < lines.length) {
      if (!headlineAt(k)) {
        const line = lines[k]!;
        if (line.loose && (lines[k + 1]?.kind === 'lede' || lines[k + 1]?.kind === 'credit') && closesBefore(lines, k)) {
          starts.set(k, k + 1);
          runEnds.add(k + 1);
          k++;
        } else {
          if (line.kind === 'lede' && k > 0 && !runEnds.has(k)) starts.set(k, k); // a lede without a headline
          k++;
        }
        continue;
      }
      let m = k;
      while (m < lines.length && m - k < 6 && headlineAt(m)) m++;
      // A deck set like a paragraph between headline and lede (`合肥拟出台10条政策…，涉及…等方面`) belongs to the headline.
      const deck = lines[m];
      if (deck?.kind === 'body' && lines[m + 1]?.kind === 'lede' && !endsSentence(deck.text) && printedWidth(deck.text) <= 80) m++;
      const next = lines[m];
      const opensLede = next !== undefined && (next.kind === 'lede' || next.kind === 'credit');
      const plausible =
        closesBefore(lines, k) &&
        !ENUMERATED.test(lines[k]!.text) &&
        (next === undefined || next.kind === 'furniture' || !fragmentStart(next.text));
      if (opensLede || plausible) {
        starts.set(k, m);
        runEnds.add(m);
      }
      k = m;
    }
  }

  const plans: Plan[] = [];
  let current: Plan | undefined;
  for (let k = 0; k < lines.length; ) {
    const end = starts.get(k);
    if (end !== undefined) {
      current = { headlines: lines.slice(k, end), body: [] };
      plans.push(current);
      if (end > k) {
        k = end;
        continue;
      }
    }
    const line = lines[k]!;
    if (line.kind !== 'furniture') {
      if (!current) {
        current = { headlines: [], body: [] };
        plans.push(current);
      }
      current.body.push(line);
    }
    k++;
  }

  // A headline block at the very end with no body (OCR put the page's headline last) belongs to the article above
  // it when that one has none.
  const last = plans[plans.length - 1];
  const before = plans[plans.length - 2];
  if (last && last.body.length === 0 && before && before.headlines.length === 0) {
    before.headlines = last.headlines;
    plans.pop();
  }

  if (!newspaper && plans.length === 1) {
    const only = plans[0]!;
    if (only.headlines.length === 0) {
      const trailing = trailingHeadlines(only.body);
      if (trailing > 0) {
        only.headlines = only.body.splice(only.body.length - trailing);
      } else if (only.body.length > 2 && brokenTitle(only.body)) {
        // `政府工作报\n告`: a title broken like the body; normalising the two lines together joins them.
        const [first, second] = only.body.splice(0, 2) as [Line, Line];
        only.headlines = [{ ...first, end: second.end, text: first.text + second.text }];
        if (/^(?:——|--|－－|—|――)/.test(only.body[0]!.text)) only.headlines.push(only.body.shift()!);
      } else if (only.body.length > 1 && documentTitle(only.body)) {
        // A document: its first line is the title (two lines when the first ends mid-phrase, `…建设等` /
        // `奖补政策实施细则`), a `——…会议上` line below it the subtitle.
        const [first, second, third] = only.body as [Line, Line, Line | undefined];
        // An issuer set on its own line above `关于…的通知` is the title's head (公文 titles: issuer, 关于, matter, kind).
        let take = (/[等的和及与之]$/.test(first.text) || DOCUMENT_TITLE_TAIL.test(second.text)) && second.kind === 'headline' ? 2 : 1;
        const below = take === 1 ? second : third;
        if (below && (/^(?:——|--|－－|—|――)/.test(below.text) || /^[^。，]{0,30}在[^。，]{2,40}(?:会议|大会)上$/.test(below.text))) take++;
        only.headlines = only.body.splice(0, take);
      }
    }
  }
  return plans;
}

/** A document's first line is its title when shaped like one: not a salutation, a numbered heading or a file number. */
function documentTitle(body: Line[]): boolean {
  const first = body[0]!;
  // An official document's title, however long: `国务院办公厅关于…的通知`.
  if (OFFICIAL_TITLE.test(first.folded.trim())) return true;
  if (first.kind !== 'headline' || /[:：]$/.test(first.text) || ENUMERATED.test(first.folded)) return false;
  if ((first.text.match(/[\u3400-\u9fff]/g) ?? []).length < 4) return false;
  // A first line that the paragraph goes on from is no title.
  return !continues(first, body[1]!, joinContext(body));
}

/** The first two lines are one short title broken in the middle of a word. */
function brokenTitle(body: Line[]): boolean {
  const [first, second] = body as [Line, Line];
  if (first.kind !== 'headline' || second.kind !== 'headline' || second.blanksBefore > 0) return false;
  if (printedWidth(first.text) + printedWidth(second.text) > 30 || ENUMERATED.test(first.folded)) return false;
  return continues(first, second, joinContext(body)) && body[2]!.blanksBefore > 0;
}

/** How many of the last lines form a headline block (short lines, set apart by a blank line, after a closed line). */
function trailingHeadlines(body: Line[]): number {
  let n = 0;
  const cjk = (text: string) => (text.match(/[\u3400-\u9fff]/g) ?? []).length;
  while (n < Math.min(4, body.length - 1) && body[body.length - 1 - n]!.kind === 'headline') {
    if (cjk(body[body.length - 1 - n]!.text) < 4) return 0; // scrape leftovers such as `Public domain`
    if (/^\d{4}年\d{1,2}月\d{1,2}日$/.test(body[body.length - 1 - n]!.folded)) return 0; // a signature date
    n++;
  }
  if (n === 0 || body[body.length - n]!.blanksBefore === 0) return 0;
  const above = body[body.length - 1 - n]!;
  return endsSentence(above.text) || TRAILING_AUTHOR.test(above.text) || above.kind === 'credit' ? n : 0;
}

// ---------------------------------------------------------------------------------------------------------------

export interface Piece {
  text: string;
  origin: Int32Array;
}

function concat(pieces: Piece[], separators: number[]): { text: string; origin: Int32Array } {
  let length = 0;
  for (const p of pieces) length += p.text.length;
  length += Math.max(0, pieces.length - 1);
  const origin = new Int32Array(length + 1);
  let text = '';
  let at = 0;
  pieces.forEach((p, i) => {
    if (i > 0) {
      text += '\n';
      origin[at++] = separators[i - 1]!;
    }
    text += p.text;
    origin.set(p.origin.subarray(0, p.text.length), at);
    at += p.text.length;
  });
  origin[at] = pieces.length > 0 ? pieces[pieces.length - 1]!.origin[pieces[pieces.length - 1]!.text.length]! : 0;
  return { text, origin };
}

function pad(n: string): string {
  return n.padStart(2, '0');
}

/** Split one input file into articles, 1-based, in reading order. */
export function splitArticles(source: SourceDoc): Article[] {
  if (source.layout === 'html') return splitMarkup(source);
  if (source.layout === 'markdown' || (source.layout === undefined && looksLikeMarkdown(source.original))) return splitMarkdown(source);
  const { original } = source;
  const lines = classify(rawLines(original, 0, original.length));
  const traditional = traditionalShare(original) >= 0.03;
  const index = new Map<Line, number>(lines.map((l, i) => [l, i]));
  const plans = source.given?.title !== undefined ? [{ headlines: [], body: lines.filter((l) => l.kind !== "furniture") }] : plan(lines);

  const articles: Article[] = [];
  for (const p of plans) {
    const headlines: Piece[] = [];
    for (const h of p.headlines) {
      const piece = normalise(original, h.start, h.end, { traditional, lineWidth: 0 });
      if (piece.text.length > 0) headlines.push(piece);
    }
    // Runs of consecutive body lines, normalised together so wrapped lines join.
    const runs: Line[][] = [];
    for (const line of p.body) {
      const run = runs[runs.length - 1];
      const prev = run?.[run.length - 1];
      if (run && prev && index.get(line) === index.get(prev)! + 1) run.push(line);
      else runs.push([line]);
    }
    const body: Piece[] = [];
    for (const run of runs) {
      const piece = normalise(original, run[0]!.start, run[run.length - 1]!.end, { traditional });
      if (piece.text.length > 0) body.push(piece);
    }
    const article = assembleArticle(source, articles.length + 1, headlines, body, p.body, !p.whole);
    if (article) articles.push(article);
  }
  return withGiven(source, articles);
}

/** What the source says of its document (a JSON Lines record's fields) applies to each of its articles. */
function withGiven(source: SourceDoc, articles: Article[]): Article[] {
  const given = source.given;
  if (!given) return articles;
  for (const article of articles) {
    if (given.date && !article.givenDate) article.givenDate = given.date;
    if (given.place) article.givenPlace = given.place;
    if (given.title) article.title = given.title;
  }
  return articles;
}

/**
 * One article from its normalised headline lines and body paragraphs (each with its map to the original); undefined
 * when there is no text at all. `bodyLines` are the raw body lines (a trailing author on the last one is a byline).
 */
export function assembleArticle(
  source: SourceDoc,
  index: number,
  headlines: Piece[],
  bodyPieces: Piece[],
  bodyLines: readonly RawLine[],
  wrapped = true,
): Article | undefined {
  const pieces: Piece[] = [...headlines, ...bodyPieces];
  if (pieces.length === 0) return undefined;
  const separators: number[] = [];
  for (let i = 1; i < pieces.length; i++) separators.push(pieces[i - 1]!.origin[pieces[i - 1]!.text.length]!);
  let { text, origin } = concat(pieces, separators);
  const headlineTexts = headlines.map((h) => h.text);
  let bodyStart = 0;
  if (headlines.length > 0) {
    bodyStart = headlineTexts.reduce((n, t) => n + t.length + 1, 0);
    if (bodyPieces.length === 0) {
      // Title only (a teaser): the text still ends with the newline that closes the headline lines.
      const extended = new Int32Array(origin.length + 1);
      extended.set(origin);
      extended[origin.length] = origin[origin.length - 1]!;
      text += '\n';
      origin = extended;
    }
  }

  const { title, subtitle } = titleAndSubtitle(headlineTexts, wrapped);
  const body = text.slice(bodyStart);
  const article: Article = {
    doc: source.doc,
    index,
    title,
    byline: bylineOf(body, bodyLines),
    text,
    bodyStart,
    origin,
    source,
  };
  if (subtitle) article.subtitle = subtitle;
  const lede = matchLede(foldString(ledeParagraph(body).slice(0, 80)));
  if (lede) {
    const [, prefix, place, year, month, day] = lede;
    if (place && !(prefix === undefined && /^(?:本|我)/.test(place))) article.datelinePlace = place;
    if (month && day) article.dateline = year ? `${year}-${pad(month)}-${pad(day)}` : `${pad(month)}-${pad(day)}`;
  }
  return article;
}

/** The paragraph that may hold the lede: the first, or the second when the first is only a credit (`□记者 张磊`). */
function ledeParagraph(body: string): string {
  const end = body.indexOf('\n');
  const first = end < 0 ? body : body.slice(0, end);
  if (end < 0 || printedWidth(first) > 40 || creditNames(first).length === 0) return first;
  const next = body.indexOf('\n', end + 1);
  return body.slice(end + 1, next < 0 ? body.length : next);
}

/** Credited names: the lede's bracket, credit paragraphs, a closing `(本报记者 石莹 综合整理)`, a trailing author. */
function bylineOf(body: string, lines: readonly RawLine[]): string[] {
  const names: string[] = [];
  const add = (found: string[]) => {
    for (const n of found) if (!names.includes(n)) names.push(n);
  };
  const paragraphs = body.split('\n');
  const first = ledeParagraph(body);
  const lede = matchLede(foldString(first.slice(0, 80)));
  const afterLede = lede ? first.slice(lede[0].length).trimStart() : first;
  const bracket = /^[（(]([^（()）]{2,60})[)）]/.exec(afterLede);
  if (bracket) add(creditNames(bracket[1]!));
  for (const paragraph of [paragraphs[0], paragraphs[1], paragraphs[paragraphs.length - 1]]) {
    if (paragraph && printedWidth(paragraph) <= 40) add(creditNames(paragraph));
  }
  const last = paragraphs[paragraphs.length - 1] ?? '';
  const closing = /[（(]([^（()）]{2,40})[)）]$/.exec(last);
  if (closing && closing.index > 0) add(creditNames(closing[1]!));
  const lastLine = lines[lines.length - 1];
  const author = lastLine ? TRAILING_AUTHOR.exec(lastLine.text) : null;
  if (author) add([author[1]!]);
  return names;
}
