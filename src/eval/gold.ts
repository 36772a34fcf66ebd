// Gold files for `policy-cli eval`: what a person found in each article, one kind per TSV file (README, "Scoring
// against gold"). Read once in the main thread; the items are plain data.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { UsageError } from '../types.js';

export const GOLD_KINDS = ['officials', 'meetings', 'places', 'figures', 'slogans'] as const;
export type GoldKind = (typeof GOLD_KINDS)[number];

/** The columns each kind's file must have (besides `file` first and an optional `optional` last). */
export const GOLD_COLUMNS: Record<GoldKind, string[]> = {
  officials: ['name', 'title'],
  meetings: ['name', 'role'],
  places: ['place', 'code'],
  figures: ['text', 'value', 'unit', 'metric'],
  slogans: ['slogan'],
};

/** One annotated item: its cells by column (`|` alternatives still joined), where it was written, and if it may be missed. */
export interface GoldItem {
  file: string;
  cells: Record<string, string>;
  optional: boolean;
  /** `officials.a.tsv:12`, for messages. */
  at: string;
}

export type Gold = Record<GoldKind, GoldItem[]>;

/** Every gold file in `dir`: its kind is the first part of its name (`officials.tsv`, `officials.part2.tsv`). */
export function readGold(dir: string): Gold {
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith('.tsv')).sort();
  } catch {
    throw new UsageError(`--gold: ${dir}: not a readable folder`);
  }
  const gold = Object.fromEntries(GOLD_KINDS.map((kind) => [kind, [] as GoldItem[]])) as Gold;
  let read = 0;
  for (const name of names) {
    const kind = name.split('.')[0] as GoldKind;
    if (!GOLD_KINDS.includes(kind)) continue;
    gold[kind].push(...parseGoldFile(readFileSync(join(dir, name), 'utf8'), kind, basename(name)));
    read++;
  }
  if (read === 0) throw new UsageError(`--gold: ${dir} holds no gold file (${GOLD_KINDS.map((k) => `${k}.tsv`).join(', ')})`);
  return gold;
}

/** The items of one gold file; a malformed file is the user's mistake, named with its line. */
export function parseGoldFile(text: string, kind: GoldKind, name: string): GoldItem[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const headerAt = lines.findIndex((line) => line.trim() !== '' && !line.startsWith('#'));
  if (headerAt < 0) return [];
  const header = lines[headerAt].split('\t').map((c) => c.trim());
  const needed = ['file', ...GOLD_COLUMNS[kind]];
  const missing = needed.filter((c) => !header.includes(c));
  if (missing.length) throw new UsageError(`--gold: ${name}:${headerAt + 1}: no column ${missing.join(', ')} (a ${kind} file has ${needed.join(', ')}, optional)`);
  const items: GoldItem[] = [];
  for (let i = headerAt + 1; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === '' || line.startsWith('#')) continue;
    const values = line.split('\t');
    if (values.length > header.length) throw new UsageError(`--gold: ${name}:${i + 1}: ${values.length} cells for ${header.length} columns`);
    const cells: Record<string, string> = {};
    header.forEach((column, c) => (cells[column] = (values[c] ?? '').trim()));
    if (!cells.file) throw new UsageError(`--gold: ${name}:${i + 1}: no file`);
    items.push({ file: cells.file, cells, optional: /^(1|yes|true|optional)$/i.test(cells.optional ?? ''), at: `${name}:${i + 1}` });
  }
  return items;
}

/** The acceptable alternatives of a cell (`十九届四中全会|党的十九届四中全会`). */
export function alternatives(cell: string): string[] {
  return cell.split('|').map((a) => a.trim()).filter((a) => a !== '');
}

/** The files the gold speaks of. */
export function goldFiles(gold: Gold): Set<string> {
  return new Set(GOLD_KINDS.flatMap((kind) => gold[kind].map((item) => item.file)));
}
