// Counting for `compare`: each file's articles into their groups (run in worker threads, merged afterwards).
import { cutWords } from '../nlp/segmenter.js';
import { candidateWords } from '../extract/keywords/keywords.js';
import { findEntities } from '../extract/entities.js';
import { extractNumbers } from '../extract/numbers/numbers.js';
import { locate } from '../corpus/locate.js';
import type { Article } from '../types.js';
import { groupName, groupOf } from './groups.js';
import { compileTerm, countTermMatches } from './compare-terms.js';
import { compileTextMatcher } from './text-matcher.js';
import { add, countNonSpace, FIGURE_KINDS, newGroupData, type CompareParams, type ComparePartial, type GroupData } from './compare-stats.js';

/** Count one file's articles into their groups. */
export function comparePartial(articles: Article[], params: CompareParams): ComparePartial {
  const groups = new Map<string, GroupData>();
  const terms = params.what === 'terms' ? (params.terms ?? []).map(compileTerm) : [];
  const metricMatches = params.what === 'numbers' && params.metric ? compileTextMatcher(params.metric) : undefined;
  for (const article of articles) {
    const group = groupOf(article, params.by);
    let data = groups.get(group.key);
    if (!data) groups.set(group.key, (data = newGroupData(group.key, groupName(group))));
    data.articles++;
    data.chars += countNonSpace(article.text);
    switch (params.what) {
      case 'keywords':
        countTerms(data, candidateWords(cutWords(article.text)));
        break;
      case 'terms':
        for (const term of terms) {
          const n = countTermMatches(article.text, term);
          // Every term gets an entry, zero or not: the rows must have no holes.
          add(data.counts, term.label, n);
          add(data.articleCounts, term.label, n > 0 ? 1 : 0);
        }
        break;
      case 'slogans':
        addSlogans(data, article);
        break;
      case 'officials':
        addOfficials(data, article);
        break;
      case 'numbers':
        addFigures(data, article, metricMatches);
        break;
    }
  }
  return { groups };
}

function countTerms(data: GroupData, words: string[]): void {
  const seen = new Set<string>();
  for (const word of words) {
    add(data.counts, word, 1);
    if (!seen.has(word)) {
      seen.add(word);
      add(data.articleCounts, word, 1);
    }
  }
}

function addSlogans(data: GroupData, article: Article): void {
  const names: string[] = [];
  for (const slogan of findEntities(article, ['slogan'])) {
    names.push(slogan.name);
    if (slogan.value !== undefined && !data.values.has(slogan.name)) data.values.set(slogan.name, slogan.value);
  }
  countTerms(data, names);
}

function addOfficials(data: GroupData, article: Article): void {
  const seen = new Set<string>();
  for (const person of findEntities(article, ['official'])) {
    let entry = data.officials.get(person.name);
    if (!entry) data.officials.set(person.name, (entry = { name: person.name, titles: [], orgs: [], articles: 0, mentions: 0 }));
    entry.mentions++;
    if (!seen.has(person.name)) {
      seen.add(person.name);
      entry.articles++;
    }
    if (person.title && !entry.titles.includes(person.title)) entry.titles.push(person.title);
    if (person.org && !entry.orgs.includes(person.org)) entry.orgs.push(person.org);
  }
}

function addFigures(data: GroupData, article: Article, metricMatches: ((text: string) => boolean) | undefined): void {
  for (const figure of extractNumbers(article)) {
    if (!FIGURE_KINDS.includes(figure.kind)) continue;
    if (metricMatches && !metricMatches(figure.metric ?? '')) continue;
    const where = locate(article, figure.start, figure.end);
    data.figures.push({
      doc: article.doc,
      article: article.index,
      line: where.line,
      column: where.column,
      metric: figure.metric ?? null,
      value: figure.value,
      unit: figure.unit,
      period: figure.period ?? null,
      approx: figure.approx,
      change: figure.change ?? null,
      basis: figure.basis ?? null,
      text: where.original,
      sentence: where.context,
    });
  }
}

