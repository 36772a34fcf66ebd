#!/usr/bin/env node
// Aggregate the rows of every shard in DuckDB: articles and reprints per place and year from the docs rows. DuckDB reads the JSON Lines files as they are (read_json_auto over a glob), so the
// shards need no merge step of their own.
//
//   node examples/duckdb-by-place-year.mjs OUT      (OUT as written by examples/parallel-shards.sh)
//
// Prints CSV on standard output.
import { DuckDBInstance } from '@duckdb/node-api';

const out = process.argv[2];
if (!out) {
  console.error('usage: node examples/duckdb-by-place-year.mjs OUT');
  process.exit(2);
}
const rows = (name) => `read_json_auto('${out.replace(/'/g, "''")}/rows/${name}-*.jsonl', format = 'newline_delimited')`;

const db = await DuckDBInstance.create(':memory:');
const connection = await db.connect();
const result = await connection.runAndReadAll(`
  WITH docs AS (SELECT place_code, place, substr(CAST(date AS VARCHAR), 1, 4) AS year, reprint_of FROM ${rows('docs')})
  SELECT coalesce(place_code, '') AS place_code, coalesce(any_value(place), '') AS place,
         CASE WHEN year ~ '^[0-9]{4}$' THEN year ELSE '' END AS year,
         count(*) AS articles, count(reprint_of) AS reprints
  FROM docs
  GROUP BY ALL
  ORDER BY place_code, year`);
console.log('place_code,place,year,articles,reprints');
for (const [code, place, year, articles, reprints] of result.getRows()) console.log([code, place, year, Number(articles), Number(reprints)].join(','));
connection.closeSync();
