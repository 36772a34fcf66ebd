// What every output column holds: one name, one type and one meaning wherever it appears, so a script can rely on it
// (`policy-cli COMMAND --columns` prints this for the command's columns; the README links it). A column that means
// something narrower in one command says so in `in`.

/** The JSON type of a column's cells; every column may also be null (an empty cell in CSV/TSV). */
export type ColumnType = 'string' | 'integer' | 'number' | 'boolean';

export interface ColumnDoc {
  type: ColumnType;
  meaning: string;
  /** A meaning particular to one command, by command name. */
  in?: Record<string, string>;
}

export const COLUMN_DOCS: Record<string, ColumnDoc> = {
  // Where a row comes from.
  doc: { type: 'string', meaning: 'the input file as given (below the folder given), `-` for standard input; `FILE#ID` for a JSON Lines record' },
  article: { type: 'integer', meaning: 'the article within the file, from 1' },
  line: { type: 'integer', meaning: 'line in the original file where the item starts, from 1' },
  column: { type: 'integer', meaning: 'column (in characters) in that line, from 1' },
  text: { type: 'string', meaning: 'the item as printed in the original file (traditional characters and line breaks kept)' },
  context: { type: 'string', meaning: 'the clause or sentence around the item, normalised, line breaks as spaces' },
  // Articles.
  title: {
    type: 'string',
    meaning: "the article's headline",
    in: { entities: 'an official\'s or person\'s whole title chain as written (`市委副书记、市长`)' },
  },
  date: { type: 'string', meaning: 'ISO date, full (`2022-12-25`), partial (`12-25`, `2022-12`) or a range (`2022-12-23/2022-12-24`)' },
  byline: { type: 'string', meaning: 'reporters and other credited people, separated by spaces' },
  chars: { type: 'integer', meaning: 'characters of the article, line breaks not counted' },
  tokens: { type: 'integer', meaning: 'words of the article as segmented (whitespace not counted)' },
  segmented: { type: 'string', meaning: 'the article\'s words separated by spaces (`word/tag` with --pos)' },
  place: { type: 'string', meaning: 'the place the article is about (full name: `潍坊市`, `中国`)', in: { roster: 'the place the post governs (full name: `潍坊市`, `中国` for a central post)' } },
  place_code: { type: 'string', meaning: 'its GB/T 2260 code (six digits; `000000` for 中国), empty for a foreign place' },
  place_level: { type: 'string', meaning: 'its level: country, province, prefecture, county or foreign' },
  simhash: { type: 'string', meaning: "64-bit SimHash of the article's body (headline left out), 16 hex digits: near-identical texts differ in few bits" },
  reprint_of: { type: 'string', meaning: 'the doc of the first article of this run whose body is near-identical (≤ 7 bits apart; bodies of 200 characters or more): the original this one reprints' },
  reprint_of_article: { type: 'integer', meaning: 'the article number of that original within its doc' },
  // Entities.
  type: { type: 'string', meaning: 'official, person, meeting, event, place, org, slogan or date' },
  name: {
    type: 'string',
    meaning: 'the normalised name: a person\'s, a meeting\'s full name, a place\'s full name, a formulation',
    in: { indicators: 'the indicator\'s name in the table (`地区生产总值增长`)' },
  },
  titles: { type: 'string', meaning: 'every title chain the official carries, separated by `; `' },
  org: {
    type: 'string',
    meaning: 'official: the organisation of the post (`潍坊市委`); meeting: its organiser; place: the organisation whose name holds it (several separated by `; `)',
    in: { roster: 'the organisation of the post, its place included (`潍坊市委`, `河南省政府`)' },
  },
  role: { type: 'string', meaning: 'official: the part in the event (`出席`, `讲话`, `主持`…); meeting: `own` (the article reports it) or `referenced`' },
  level: {
    type: 'string',
    meaning: 'meeting: central, province, city or county; place: province, prefecture, county or foreign; official: village for village and community posts',
    in: { roster: 'the level of the place the post governs: country, province, prefecture or county', indicators: 'the level of the place: country, province, prefecture or county' },
  },
  code: {
    type: 'string',
    meaning: 'place: its GB/T 2260 code; official (with --unique): the code of the place the post governs; slogan: the code it carries (`1441`, `9+3+N`)',
  },
  value: {
    type: 'number',
    meaning: 'the figure multiplied out into its base unit (`153.7亿元` → 15370000000); a range\'s lower bound',
    in: { entities: 'slogan: the number it counts (`八件大事` → 8)', compare: 'figures: the figure multiplied out into its base unit; slogans: the number the formulation counts', indicators: 'the figure in its base unit (`1200万人` → 12000000), a range\'s lower bound; a growth that fell is negative (`下降0.3%` → -0.3)' },
  },
  mentions: { type: 'integer', meaning: 'mentions across the inputs', in: { roster: 'mentions of the person with the post printed at the name (or in a notice)' } },
  docs: { type: 'integer', meaning: 'input files (or JSON Lines records) with at least one mention', in: { keywords: 'documents the keyword occurs in' } },
  first_seen: { type: 'string', meaning: '`FILE:LINE:COLUMN` of the first mention', in: { roster: 'ISO date of the earliest article naming the person in the post (empty when no article is dated)' } },
  // Rosters.
  person: { type: 'string', meaning: 'who holds the post: the name, `#2`, `#3`… for a second and later person of one name (one person: one name in one place, or in places one article links)' },
  post: { type: 'string', meaning: 'the post without its place, named alike wherever printed: `省委书记`, `市长`, `代市长`, `常务副市长`, `省委常委`, `中央政治局委员`' },
  last_seen: { type: 'string', meaning: 'ISO date of the latest article naming the person in the post' },
  first_evidence: { type: 'string', meaning: '`DOC:LINE:COLUMN` of the name in the first article naming the person in the post' },
  last_evidence: { type: 'string', meaning: '`DOC:LINE:COLUMN` of the name in the last article naming the person in the post' },
  before: { type: 'string', meaning: 'the holder before the change (a person, as in `roster`)' },
  before_last_seen: { type: 'string', meaning: 'ISO date the holder before was last seen in the post' },
  after: { type: 'string', meaning: 'the holder after the change' },
  after_first_seen: { type: 'string', meaning: 'ISO date the new holder was first seen in the post' },
  acting: { type: 'boolean', meaning: 'the new holder was first seen as the acting holder (`代市长`); confirming an acting holder is no change' },
  before_evidence: { type: 'string', meaning: '`DOC:LINE:COLUMN` of the last mention of the holder before in the post' },
  after_evidence: { type: 'string', meaning: '`DOC:LINE:COLUMN` of the first mention of the new holder in the post' },
  notice: { type: 'string', meaning: 'appoint or remove: a notice (`任命…为…`, `…同志任…`, `当选…`, `免去…职务`, `不再担任…`) that names the change, else empty' },
  notice_date: { type: 'string', meaning: 'ISO date of the article with the notice' },
  notice_evidence: { type: 'string', meaning: '`DOC:LINE:COLUMN` of the name in the notice' },
  // Figures.
  min: {
    type: 'number',
    meaning: 'the least value the figure allows: a range\'s lower bound (`3%—5%` → 3), the value of a point (`5%`, `5%左右`) or of `6%以上`; empty for `4.5%以内`',
    in: { indicators: 'the least value the figure allows, as the indicator reads it (a growth that fell is negative: `下降0.3%` → -0.3)' },
  },
  max: {
    type: 'number',
    meaning: 'the greatest value the figure allows: a range\'s upper bound (`3%—5%` → 5), the value of a point or of `4.5%以内`; empty for `6%以上`',
    in: { indicators: 'the greatest value the figure allows, as the indicator reads it' },
  },
  modality: {
    type: 'string',
    meaning: 'target (预期目标, 力争, 控制在… or in the part of a report on this year\'s tasks), actual (an outcome: in the review of the past year), forecast (预计), plan_average (年均增长 over a plan period) or other (a total over several years, or nothing says)',
  },
  bound: {
    type: 'string',
    meaning: 'about (左右, 约), at_least (以上, 不低于, 超过), at_most (以内, 以下, 不超过, 低于), range (`6.5%－7%`) or exact',
  },
  indicator: {
    type: 'string',
    meaning: 'the canonical indicator the figure measures, a key of src/data/indicators.tsv or of --indicators FILE (`gdp_growth`, `cpi_growth`, `urban_new_jobs`); empty when none',
  },
  note: { type: 'string', meaning: 'how many other figures the inputs give for the same place, indicator, year and modality, and the first three (`TEXT (LINE:COLUMN)`)' },
  unit: { type: 'string', meaning: 'the base unit: `元`, `%`, `百分点`, `人`, `千瓦`, `元/月`…; empty when none' },
  per: { type: 'string', meaning: 'what a rate printed before the figure is per (`每月400元`, `每人每月209元` → `月`); empty when none' },
  kind: {
    type: 'string',
    meaning: 'amount, count, percent, ratio, rank, date, year, period, ordinal or code',
    in: { eval: 'officials, meetings, places, figures or slogans' },
  },
  approx: { type: 'string', meaning: 'exact, about, more_than, at_least, less_than or range' },
  change: { type: 'string', meaning: 'increase or decrease when the figure is a change; new for the new value of `由A提高至B`' },
  basis: { type: 'string', meaning: 'what a change is measured against: `同比`, `环比`, `较上年`…' },
  metric: { type: 'string', meaning: 'the thing measured, a noun phrase (`农林牧渔业总产值`)' },
  period: { type: 'string', meaning: 'the period the figure belongs to (`2021`, `前三季度`)' },
  // Keywords and comparisons.
  group: { type: 'string', meaning: 'the group a row counts in (`--by`): a place\'s name, a date, a document' },
  year: {
    type: 'string',
    meaning: 'the year of the article (`--by year`)',
    in: {
      numbers: 'the year the figure is about, four digits: a year its sentence names (`2025年`, `去年`, `到2030年`), else the report\'s year for a target or forecast and the year before for an outcome; empty when unknown',
      indicators: 'the year the figure is about, four digits (a 2026 report\'s outcomes are 2025, its targets 2026; a plan average\'s is the plan\'s last year)',
    },
  },
  group_code: { type: 'string', meaning: 'the group\'s code when it is a place (GB/T 2260), else empty' },
  rank: { type: 'integer', meaning: 'rank within the group, from 1' },
  keyword: { type: 'string', meaning: 'the keyword: a word or a policy phrase' },
  term: { type: 'string', meaning: 'the term counted' },
  slogan: { type: 'string', meaning: 'the formulation counted' },
  score: { type: 'number', meaning: 'the ranking score of the method (`--method`): higher ranks first' },
  count: { type: 'integer', meaning: 'occurrences in the group', in: { keywords: 'occurrences in the group; a word\'s uses inside a listed phrase count for the phrase only' } },
  // keywords --explain: what a score is made of.
  tf: { type: 'number', meaning: 'occurrences per 1,000 candidate terms of the group (tfidf multiplies it by weight; keyness multiplies 1 + ln count)' },
  ref_df: {
    type: 'integer',
    meaning: 'documents of the reference (the texts the IDF was built from) holding the word, 0 when the IDF lacks it; for a phrase, the least of its words\' (a bound); empty when the IDF file does not give its document count',
  },
  weight: {
    type: 'number',
    meaning: 'what tf is multiplied by: the IDF (tfidf) or the lesser of policy and general IDF (keyness); a phrase weighs its rarest word plus half of the others; 1 for textrank and freq',
  },
  parts: { type: 'string', meaning: 'the words of a phrase, separated by spaces (the word itself for a single word)' },
  per_10k: { type: 'number', meaning: 'occurrences per 10,000 words of the group' },
  articles: { type: 'integer', meaning: 'articles of the group it occurs in' },
  groups: { type: 'integer', meaning: 'groups it occurs in' },
  shared: { type: 'boolean', meaning: 'whether it occurs in every group' },
  g2: { type: 'number', meaning: 'log-likelihood (G²) of the group\'s count against the other groups\'' },
  pct_diff: { type: 'number', meaning: '%DIFF: how much more frequent in the group than in the others, in percent' },
  p: { type: 'number', meaning: 'p-value of G² (one degree of freedom)' },
  // kwic.
  left: { type: 'string', meaning: 'the text before the match, up to --width characters' },
  match: { type: 'string', meaning: 'the match as it stands in the article' },
  right: { type: 'string', meaning: 'the text after the match, up to --width characters' },
  // eval.
  field: { type: 'string', meaning: 'what is scored: name, name+title, name+role, place, value+unit, metric, slogan' },
  gold: { type: 'integer', meaning: 'gold items to find' },
  predicted: { type: 'integer', meaning: 'items found that count (a hit on an optional gold item does not)' },
  hits: { type: 'integer', meaning: 'items found that the gold has' },
  precision: { type: 'number', meaning: 'hits / predicted, 0–1; empty when nothing was predicted' },
  recall: { type: 'number', meaning: 'hits / gold, 0–1; empty when the gold has nothing' },
  f1: { type: 'number', meaning: 'harmonic mean of precision and recall, 0–1' },
  file: { type: 'string', meaning: 'the gold file name the error is in' },
  error: { type: 'string', meaning: 'miss (in the gold, not found), false (found, not in the gold) or wrong (found with a wrong attribute)' },
  expected: { type: 'string', meaning: 'what the gold has' },
  found: { type: 'string', meaning: 'what the tool found' },
};

/** The doc of a command's column: its meaning there, or undefined for a column nobody documented (a test forbids it). */
export function columnDoc(command: string, column: string): { type: ColumnType; meaning: string } | undefined {
  const doc = COLUMN_DOCS[column];
  if (!doc) return undefined;
  return { type: doc.type, meaning: doc.in?.[command] ?? doc.meaning };
}
