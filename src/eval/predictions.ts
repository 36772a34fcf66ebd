// What the tool finds in one input file, in the shape the gold is written in: distinct officials, meetings and slogans,
// each article's place, every figure. Plain data: it crosses from worker threads.
import { basename } from 'node:path';
import { findEntities } from '../extract/entities.js';
import { extractNumbers } from '../extract/numbers/numbers.js';
import { spanCells } from '../rows/location.js';
import { FIGURE_KINDS, type Article, type EntityType } from '../types.js';

export interface PredictedOfficial {
  name: string;
  /** Every title a mention of the name carries ('' for a mention with none). */
  titles: string[];
  context: string;
}

export interface PredictedMeeting {
  name: string;
  role: string;
  /** Events (forums, expos…) count when the gold calls them meetings, and are no false hit otherwise. */
  type: 'meeting' | 'event';
  context: string;
}

export interface PredictedPlace {
  name: string;
  code: string;
  /** How much text the article has: a file's place is its longest article's. */
  chars: number;
  context: string;
}

export interface PredictedFigure {
  text: string;
  value: number | null;
  min: number | null;
  max: number | null;
  unit: string;
  metric: string;
  context: string;
}

export interface PredictedSlogan {
  name: string;
  context: string;
}

export interface FilePredictions {
  officials: PredictedOfficial[];
  meetings: PredictedMeeting[];
  places: PredictedPlace[];
  figures: PredictedFigure[];
  slogans: PredictedSlogan[];
}

/** The entity types eval scores, found in one pass. */
export const EVAL_ENTITY_TYPES: EntityType[] = ['official', 'meeting', 'event', 'slogan'];

/** The key a gold row's `file` is matched against: the input's name, with `#ID` for a JSON Lines record. */
export function predictionKey(doc: string): string {
  return basename(doc);
}

/** Everything eval compares, for the articles of one input file, by key (a JSON Lines file gives a key per record). */
export function predict(articles: Iterable<Article>): Map<string, FilePredictions> {
  const byKey = new Map<string, FilePredictions>();
  for (const article of articles) {
    const key = predictionKey(article.doc);
    let into = byKey.get(key);
    if (!into) byKey.set(key, (into = { officials: [], meetings: [], places: [], figures: [], slogans: [] }));
    addArticle(into, article);
  }
  return byKey;
}

function addArticle(into: FilePredictions, article: Article): void {
  for (const e of findEntities(article, EVAL_ENTITY_TYPES)) {
    const context = spanCells(article, e.start, e.end).context;
    if (e.kind === 'official') {
      const known = into.officials.find((o) => o.name === e.name);
      const title = e.title ?? '';
      if (!known) into.officials.push({ name: e.name, titles: [title], context });
      else if (!known.titles.includes(title)) known.titles.push(title);
    } else if (e.kind === 'meeting' || e.kind === 'event') {
      if (!into.meetings.some((m) => m.name === e.name)) into.meetings.push({ name: e.name, role: e.role ?? '', type: e.kind, context });
    } else if (e.kind === 'slogan' && !into.slogans.some((s) => s.name === e.name)) into.slogans.push({ name: e.name, context });
  }
  if (article.place) {
    into.places.push({ name: article.place.name, code: article.place.code, chars: article.text.length, context: article.title });
  }
  for (const figure of extractNumbers(article)) {
    if (!FIGURE_KINDS.includes(figure.kind)) continue;
    into.figures.push({
      text: figure.text,
      value: figure.value,
      min: figure.min ?? null,
      max: figure.max ?? null,
      unit: figure.unit,
      metric: figure.metric ?? '',
      context: spanCells(article, figure.start, figure.end).context,
    });
  }
}

/** Merge a later file's predictions (files arrive in input order). */
export function mergePredictions(into: Map<string, FilePredictions>, from: Map<string, FilePredictions>): void {
  for (const [key, p] of from) {
    const known = into.get(key);
    if (!known) into.set(key, p);
    else {
      known.officials.push(...p.officials);
      known.meetings.push(...p.meetings);
      known.places.push(...p.places);
      known.figures.push(...p.figures);
      known.slogans.push(...p.slogans);
    }
  }
}
