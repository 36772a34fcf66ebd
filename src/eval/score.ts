// Scores predictions against gold, file by file: precision, recall and F1 per field, and every miss, false hit and
// wrong attribute with its context. Keys are compared as written, after the folding of `sameKey` (README, "Scoring
// against gold").
import { alternatives, type Gold, type GoldItem, type GoldKind } from './gold.js';
import type { FilePredictions, PredictedFigure, PredictedMeeting, PredictedOfficial } from './predictions.js';

export interface FieldScore {
  kind: GoldKind;
  field: string;
  /** Gold items that must be found. */
  gold: number;
  /** Predicted items that count (a hit on an optional gold item does not). */
  predicted: number;
  hits: number;
}

export interface EvalError {
  file: string;
  kind: GoldKind;
  field: string;
  error: 'miss' | 'false' | 'wrong';
  expected: string;
  found: string;
  context: string;
}

export interface EvalResult {
  scores: FieldScore[];
  errors: EvalError[];
  /** Gold files with no input among those read. */
  unread: string[];
}

/** Spaces, quotes and brackets do not make a name different; full-width forms are folded. */
export function foldKey(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s"'“”‘’「」『』《》〈〉()（）[\]【】]/g, '')
    .replace(/[•・‧∙]/g, '·');
}

/** A meeting is the same with or without the party's name before it (`中共`, `党的`). */
function foldMeeting(text: string): string {
  return foldKey(text).replace(/^(?:中国共产党|中共|党的)/, '');
}

function sameKey(cell: string, found: string, fold = foldKey): boolean {
  const f = fold(found);
  return alternatives(cell).some((a) => fold(a) === f);
}

/** The post nearest the name: the last of a chain (`省委常委、市委书记` → `市委书记`). */
function lastPost(title: string): string {
  const posts = foldKey(title).split(/[、，,]/).filter(Boolean);
  return posts[posts.length - 1] ?? '';
}

/** A title is right when it is one of the gold's, or ends in the same post; no title is right only where the gold gives none. */
function titleRight(goldTitle: string, found: string[]): boolean {
  const given = found.filter((t) => t !== '');
  if (goldTitle.trim() === '') return given.length === 0;
  return alternatives(goldTitle).some((a) => given.some((t) => foldKey(t) === foldKey(a) || lastPost(t) === lastPost(a)));
}

/**
 * A metric is right when it is one of the gold's, or the end of one: the measured noun with fewer modifiers
 * (`发电量` for `累计发电量`) names the same thing, words the gold does not have (`发电量超`) do not.
 */
function metricRight(goldMetric: string, found: string): boolean {
  const f = foldKey(found);
  return f.length >= 2 && alternatives(goldMetric).some((a) => foldKey(a).endsWith(f));
}

/** `3~5` is a range; anything else one number. */
function goldValue(cell: string): { min: number; max: number } | null {
  const [low, high] = cell.split('~').map((v) => Number(v.replace(/[,\s]/g, '')));
  if (!Number.isFinite(low)) return null;
  return { min: low, max: high !== undefined && Number.isFinite(high) ? high : low };
}

/** Equal to the gold's precision: a fraction written `0.3333` is 1/3. */
function near(a: number | null, b: number): boolean {
  return a !== null && Math.abs(a - b) <= 5e-4 * Math.max(1e-9, Math.abs(b));
}

/** Units that name the same measure: people counted as 人, 名 or 位; 个百分点 is 百分点. */
function foldUnit(unit: string): string {
  return foldKey(unit).replace(/^个(百分点|小时|位次|月)$/, '$1').replace(/^元人民币$/, '元').replace(/^[名位]$/, '人');
}

function sameFigure(g: GoldItem, p: PredictedFigure): boolean {
  const value = goldValue(g.cells.value);
  const units = g.cells.unit.trim() === '' ? [''] : alternatives(g.cells.unit);
  if (!value || !units.some((u) => foldUnit(u) === foldUnit(p.unit))) return false;
  if (value.min === value.max) return p.max === null || p.max === p.min ? near(p.value, value.min) : false;
  return near(p.min ?? p.value, value.min) && near(p.max, value.max);
}

interface Matching<P> {
  pairs: { gold: GoldItem; found: P }[];
  /** Required gold items nothing matched. */
  missed: GoldItem[];
  /** Predictions that matched no gold item, required or optional. */
  unmatched: P[];
  /** Predictions that matched an optional item: neither hit nor false. */
  optionalHits: number;
}

/** Pairs gold items with predictions, each used once, in order; `passes` are tried one after the other (strictest first). */
function match<P>(gold: GoldItem[], found: P[], passes: ((g: GoldItem, p: P) => boolean)[]): Matching<P> {
  const taken = new Set<number>();
  const pairOf = new Map<GoldItem, P>();
  for (const same of passes) {
    for (const g of gold) {
      if (pairOf.has(g)) continue;
      const i = found.findIndex((p, j) => !taken.has(j) && same(g, p));
      if (i >= 0) {
        taken.add(i);
        pairOf.set(g, found[i]);
      }
    }
  }
  const pairs = gold.filter((g) => !g.optional && pairOf.has(g)).map((g) => ({ gold: g, found: pairOf.get(g)! }));
  return {
    pairs,
    missed: gold.filter((g) => !g.optional && !pairOf.has(g)),
    unmatched: found.filter((_, j) => !taken.has(j)),
    optionalHits: gold.filter((g) => g.optional && pairOf.has(g)).length,
  };
}

class Tally {
  readonly scores = new Map<string, FieldScore>();
  readonly errors: EvalError[] = [];

  add(kind: GoldKind, field: string, gold: number, predicted: number, hits: number): void {
    const key = `${kind}\u0000${field}`;
    const score = this.scores.get(key) ?? { kind, field, gold: 0, predicted: 0, hits: 0 };
    score.gold += gold;
    score.predicted += predicted;
    score.hits += hits;
    this.scores.set(key, score);
  }

  error(file: string, kind: GoldKind, field: string, error: EvalError['error'], expected: string, found: string, context = ''): void {
    this.errors.push({ file, kind, field, error, expected, found, context });
  }
}

/** The gold file a prediction key belongs to: its own name, or its file's for a JSON Lines record (`x.jsonl#3`). */
function predictionsFor(file: string, predictions: Map<string, FilePredictions>): FilePredictions | undefined {
  let all: FilePredictions | undefined;
  for (const [key, p] of predictions) {
    if (key !== file && key.replace(/#.*$/, '') !== file) continue;
    all ??= { officials: [], meetings: [], places: [], figures: [], slogans: [] };
    all.officials.push(...p.officials);
    all.meetings.push(...p.meetings);
    all.places.push(...p.places);
    all.figures.push(...p.figures);
    all.slogans.push(...p.slogans);
  }
  return all;
}

export function score(gold: Gold, predictions: Map<string, FilePredictions>, kinds: readonly GoldKind[]): EvalResult {
  const tally = new Tally();
  const byFile = new Map<string, Partial<Record<GoldKind, GoldItem[]>>>();
  for (const kind of kinds) {
    for (const item of gold[kind]) {
      const of = byFile.get(item.file) ?? {};
      (of[kind] ??= []).push(item);
      byFile.set(item.file, of);
    }
  }
  const unread: string[] = [];
  for (const [file, items] of [...byFile].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const found = predictionsFor(file, predictions);
    if (!found) {
      unread.push(file);
      continue;
    }
    for (const kind of kinds) SCORERS[kind](tally, file, items[kind] ?? [], found);
  }
  return { scores: [...tally.scores.values()], errors: tally.errors, unread };
}

type Scorer = (tally: Tally, file: string, gold: GoldItem[], found: FilePredictions) => void;

/** Names found against names annotated: the field `name` (or `slogan`), misses and false hits. */
function scoreNames<P extends { name: string; context: string }>(
  tally: Tally, file: string, kind: GoldKind, field: string, gold: GoldItem[], found: P[], column: string,
  fold: (text: string) => string, counts: (p: P) => boolean = () => true,
): Matching<P> {
  const m = match(gold, found, [(g, p) => sameKey(g.cells[column], p.name, fold)]);
  const falseHits = m.unmatched.filter(counts);
  tally.add(kind, field, m.pairs.length + m.missed.length, m.pairs.length + falseHits.length, m.pairs.length);
  for (const g of m.missed) tally.error(file, kind, field, 'miss', g.cells[column], '');
  for (const p of falseHits) tally.error(file, kind, field, 'false', '', p.name, p.context);
  return m;
}

const SCORERS: Record<GoldKind, Scorer> = {
  officials(tally, file, gold, found) {
    const m = scoreNames<PredictedOfficial>(tally, file, 'officials', 'name', gold, found.officials, 'name', foldKey);
    const right = m.pairs.filter(({ gold: g, found: p }) => titleRight(g.cells.title, p.titles));
    tally.add('officials', 'name+title', m.pairs.length + m.missed.length, m.pairs.length + m.unmatched.length, right.length);
    for (const { gold: g, found: p } of m.pairs) {
      if (!right.some((r) => r.gold === g)) tally.error(file, 'officials', 'title', 'wrong', `${g.cells.name} ${g.cells.title}`, `${p.name} ${p.titles.join('; ')}`, p.context);
    }
  },
  meetings(tally, file, gold, found) {
    // An event the gold does not list as a meeting is no claim that it is one.
    const m = scoreNames<PredictedMeeting>(tally, file, 'meetings', 'name', gold, found.meetings, 'name', foldMeeting, (p) => p.type === 'meeting');
    const counted = m.pairs.length + m.unmatched.filter((p) => p.type === 'meeting').length;
    // `own|referenced`: the annotators left the role open, either is right.
    const right = m.pairs.filter(({ gold: g, found: p }) => !g.cells.role || alternatives(g.cells.role).includes(p.role));
    tally.add('meetings', 'name+role', m.pairs.length + m.missed.length, counted, right.length);
    for (const { gold: g, found: p } of m.pairs) {
      if (!right.some((r) => r.gold === g)) tally.error(file, 'meetings', 'role', 'wrong', `${g.cells.name} ${g.cells.role}`, `${p.name} ${p.role}`, p.context);
    }
  },
  places(tally, file, gold, found) {
    const required = gold.filter((g) => !g.optional);
    // The file's place is its longest article's.
    const best = [...found.places].sort((a, b) => b.chars - a.chars)[0];
    const right = (g: GoldItem) =>
      best !== undefined && (g.cells.code && best.code ? alternatives(g.cells.code).includes(best.code) : sameKey(g.cells.place, best.name));
    const hit = gold.some(right);
    const expected = required.map((g) => `${g.cells.place} ${g.cells.code}`.trim()).join('; ');
    tally.add('places', 'place', required.length ? 1 : 0, best && (required.length || !hit) ? 1 : 0, hit && required.length ? 1 : 0);
    if (!hit && required.length) tally.error(file, 'places', 'place', best ? 'wrong' : 'miss', expected, best ? `${best.name} ${best.code}` : '', best?.context ?? '');
    else if (!hit && best) tally.error(file, 'places', 'place', 'false', '', `${best.name} ${best.code}`, best.context);
  },
  figures(tally, file, gold, found) {
    const m = match(gold, found.figures, [
      (g, p) => sameFigure(g, p) && foldKey(g.cells.text) === foldKey(p.text),
      (g, p) => sameFigure(g, p),
    ]);
    tally.add('figures', 'value+unit', m.pairs.length + m.missed.length, m.pairs.length + m.unmatched.length, m.pairs.length);
    for (const g of m.missed) tally.error(file, 'figures', 'value+unit', 'miss', `${g.cells.text} = ${g.cells.value} ${g.cells.unit}`.trim(), '');
    for (const p of m.unmatched) tally.error(file, 'figures', 'value+unit', 'false', '', `${p.text} = ${p.value} ${p.unit}`.trim(), p.context);
    // The metric of each figure found, where the gold names one.
    const named = m.pairs.filter(({ gold: g }) => g.cells.metric !== '');
    const right = named.filter(({ gold: g, found: p }) => metricRight(g.cells.metric, p.metric));
    tally.add('figures', 'metric', named.length, named.filter(({ found: p }) => p.metric !== '').length, right.length);
    for (const { gold: g, found: p } of named) {
      if (!right.some((r) => r.gold === g)) tally.error(file, 'figures', 'metric', p.metric ? 'wrong' : 'miss', `${g.cells.text}: ${g.cells.metric}`, p.metric ? `${p.text}: ${p.metric}` : '', p.context);
    }
  },
  slogans(tally, file, gold, found) {
    scoreNames(tally, file, 'slogans', 'slogan', gold, found.slogans, 'slogan', foldKey);
  },
};

export function precision(s: FieldScore): number | null {
  return s.predicted ? s.hits / s.predicted : null;
}

export function recall(s: FieldScore): number | null {
  return s.gold ? s.hits / s.gold : null;
}

export function f1(s: FieldScore): number | null {
  const p = precision(s);
  const r = recall(s);
  return p === null || r === null || p + r === 0 ? null : (2 * p * r) / (p + r);
}

export type { PredictedFigure, PredictedMeeting, PredictedOfficial };
