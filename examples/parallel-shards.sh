#!/usr/bin/env bash
# Shard a corpus over N GNU parallel slots, then merge: the pattern for any engine that starts one process per shard
# (`parallel --sshloginfile hosts` spreads the same jobs over machines; a Slurm array runs one shard per task).
#
#   examples/parallel-shards.sh OUT N INPUT...
#
# Each slot I of N runs policy-cli on the same inputs with --shard I/N and writes:
#   OUT/rows/docs-I.jsonl      one row per article (place, date, simhash…), for a database to aggregate
#   OUT/counts/idf-I.counts    the shard's IDF statistics
#   OUT/counts/keywords-I.counts  the shard's keyword statistics per place (words, phrase candidates, documents)
# and the merge step finishes the counts into OUT/corpus.idf and OUT/keywords-by-place.csv: byte for byte what one
# run over all inputs prints.
set -euo pipefail
out=$1
shards=$2
shift 2
cli=${POLICY_CLI:-"$(cd "$(dirname "$0")/.." && pwd)/bin/policy-cli.js"}
mkdir -p "$out/rows" "$out/counts"

# One job per shard, all at once; --halt stops the others when one fails.
# --no-progress: the slots share one terminal. -j1: the slots are the parallelism.
parallel --halt now,fail=1 -j "$shards" --line-buffer \
  "node '$cli' docs $* --shard {}/$shards -f jsonl -j1 --no-progress -o '$out/rows/docs-{}.jsonl' &&
   node '$cli' idf $* --shard {}/$shards --emit counts -j1 --no-progress -o '$out/counts/idf-{}.counts' &&
   node '$cli' keywords $* --by place --shard {}/$shards --emit counts -j1 --no-progress -o '$out/counts/keywords-{}.counts'" \
  ::: $(seq 1 "$shards")

# The merge: any number of counts files, in any order.
from=()
for counts in "$out"/counts/idf-*.counts; do from+=(--from-counts "$counts"); done
node "$cli" idf "${from[@]}" -o "$out/corpus.idf"
# Concatenated counts merge as well: the options they depend on (--by place) are given again.
cat "$out"/counts/keywords-*.counts | node "$cli" keywords --by place --from-counts - -o "$out/keywords-by-place.csv"
