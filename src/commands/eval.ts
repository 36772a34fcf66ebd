// `eval`: scores what the tool finds against gold annotated by hand (test/eval/gold/ holds ours): precision, recall and
// F1 per field, or (--errors) every miss, false hit and wrong attribute with its context.
import { entitySegmentation } from '../extract/entities.js';
import { GOLD_KINDS, type Gold, type GoldKind } from '../eval/gold.js';
import { EVAL_ENTITY_TYPES, mergePredictions, predict, type FilePredictions } from '../eval/predictions.js';
import { f1, precision, recall, score } from '../eval/score.js';
import { UsageError, type Row } from '../types.js';
import type { CommandParams, CommandSpec } from './command.js';

export interface EvalParams extends CommandParams {
  gold: Gold;
  kinds: GoldKind[];
  errors: boolean;
}

export const SCORE_COLUMNS = ['kind', 'field', 'gold', 'predicted', 'hits', 'precision', 'recall', 'f1'];
export const ERROR_COLUMNS = ['file', 'kind', 'field', 'error', 'expected', 'found', 'context'];

/** --kind: a comma-separated list of gold kinds; every kind when absent. */
export function parseGoldKinds(list: string | undefined): GoldKind[] {
  if (!list) return [...GOLD_KINDS];
  const kinds = list.split(',').map((k) => k.trim()).filter(Boolean);
  for (const kind of kinds) {
    if (!GOLD_KINDS.includes(kind as GoldKind)) throw new UsageError(`--kind: unknown kind '${kind}' (one of ${GOLD_KINDS.join(', ')})`);
  }
  return kinds as GoldKind[];
}

type Predictions = Map<string, FilePredictions>;

const round = (x: number | null): number | null => (x === null ? null : Math.round(x * 1000) / 1000);

const evaluate: CommandSpec<EvalParams, Predictions> = {
  url: import.meta.url,
  // Places are the articles' own; officials, meetings and slogans need tagged tokens.
  needs: () => ({ attribute: true, segmentation: entitySegmentation(EVAL_ENTITY_TYPES) }),
  columns: (params) => (params.errors ? ERROR_COLUMNS : SCORE_COLUMNS),
  priority: ['kind', 'field', 'error', 'expected', 'found', 'recall', 'precision', 'f1', 'file'],
  numeric: ['gold', 'predicted', 'hits', 'precision', 'recall', 'f1'],
  processFile: (articles) => ({ rows: [], partial: predict(articles) }),
  aggregate: { empty: () => new Map(), merge: mergePredictions, inWorker: true },
  finish(merged, params) {
    const result = score(params.gold, merged, params.kinds);
    if (params.errors) return result.errors.map((e): Row => ({ ...e }));
    return result.scores.map((s): Row => ({
      kind: s.kind, field: s.field, gold: s.gold, predicted: s.predicted, hits: s.hits,
      precision: round(precision(s)), recall: round(recall(s)), f1: round(f1(s)),
    }));
  },
  notices(merged, params) {
    const unread = score(params.gold, merged, params.kinds).unread;
    if (!unread.length) return [];
    return [`policy-cli: eval: ${unread.length} gold file(s) not among the inputs, not scored: ${unread.slice(0, 5).join(', ')}${unread.length > 5 ? ', …' : ''}`];
  },
};
export default evaluate;
