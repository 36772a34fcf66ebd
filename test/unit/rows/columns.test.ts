// Every column any command prints, in any view, is documented once: one type and one meaning (src/rows/columns.ts).
import { describe, expect, it } from 'vitest';
import { compareColumns } from '../../../src/rows/compare.js';
import type { CompareWhat } from '../../../src/rows/compare-stats.js';
import { ENTITY_COLUMNS, UNIQUE_ENTITY_COLUMNS } from '../../../src/rows/entities.js';
import { groupColumns, type GroupBy } from '../../../src/rows/groups.js';
import { keywordColumns } from '../../../src/rows/keywords.js';
import { NUMBER_COLUMNS } from '../../../src/rows/numbers.js';
import { INDICATOR_COLUMNS } from '../../../src/rows/indicators.js';
import { DOCS_COLUMNS } from '../../../src/rows/docs.js';
import { SEGMENT_COLUMNS } from '../../../src/rows/segment.js';
import { KWIC_COLUMNS } from '../../../src/rows/kwic.js';
import { ERROR_COLUMNS, SCORE_COLUMNS } from '../../../src/commands/eval.js';
import { CHANGE_COLUMNS, ROSTER_COLUMNS } from '../../../src/rows/roster.js';
import { COLUMN_DOCS, columnDoc } from '../../../src/rows/columns.js';

const GROUP_BYS: GroupBy[] = ['corpus', 'doc', 'article', 'place', 'prefecture', 'level', 'year', 'date'];
const WHATS: CompareWhat[] = ['keywords', 'terms', 'slogans', 'officials', 'numbers'];

const VIEWS: [string, string[]][] = [
  ['entities', ENTITY_COLUMNS],
  ['entities', UNIQUE_ENTITY_COLUMNS],
  ['numbers', NUMBER_COLUMNS],
  ['indicators', INDICATOR_COLUMNS],
  ['docs', DOCS_COLUMNS],
  ['segment', SEGMENT_COLUMNS],
  ['kwic', KWIC_COLUMNS],
  ['eval', SCORE_COLUMNS],
  ['eval', ERROR_COLUMNS],
  ['roster', ROSTER_COLUMNS],
  ['roster', CHANGE_COLUMNS],
  ...GROUP_BYS.map((by): [string, string[]] => ['keywords', keywordColumns(by)]),
  ['keywords', keywordColumns('doc', true)],
  ...GROUP_BYS.map((by): [string, string[]] => ['keywords', groupColumns(by)]),
  ...WHATS.map((what): [string, string[]] => ['compare', compareColumns(what)]),
];

describe('column docs', () => {
  it.each(VIEWS)('%s: %j are all documented', (command, columns) => {
    for (const column of columns) expect(columnDoc(command, column), `${command} ${column}`).toBeDefined();
  });

  it('every documented column is printed by some command', () => {
    const printed = new Set(VIEWS.flatMap(([, columns]) => columns));
    const unused = Object.keys(COLUMN_DOCS).filter((c) => !printed.has(c));
    expect(unused).toEqual([]);
  });
});
