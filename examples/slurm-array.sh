#!/usr/bin/env bash
# A Slurm job array: task I of N reads the shard I/N of the corpus and writes its rows and counts; run the merge after
# the array (sbatch --dependency=afterok:JOBID), as examples/parallel-shards.sh does.
#
#   sbatch --array=1-8 examples/slurm-array.sh OUT INPUT...
#
# Outside Slurm, set the two variables yourself (SLURM_ARRAY_TASK_ID=2 SLURM_ARRAY_TASK_COUNT=8 bash …): the test does.
#SBATCH --job-name=policy-cli
#SBATCH --cpus-per-task=1
#SBATCH --mem=1G
set -euo pipefail
out=$1
shift
task=${SLURM_ARRAY_TASK_ID:?run as a Slurm array task (sbatch --array=1-N), or set SLURM_ARRAY_TASK_ID}
count=${SLURM_ARRAY_TASK_COUNT:?run as a Slurm array task (sbatch --array=1-N), or set SLURM_ARRAY_TASK_COUNT}
cli=${POLICY_CLI:-"$(cd "$(dirname "$0")/.." && pwd)/bin/policy-cli.js"}
mkdir -p "$out/rows" "$out/counts"
node "$cli" docs "$@" --shard "$task/$count" -f jsonl -j1 --no-progress -o "$out/rows/docs-$task.jsonl"
node "$cli" idf "$@" --shard "$task/$count" --emit counts -j1 --no-progress -o "$out/counts/idf-$task.counts"
