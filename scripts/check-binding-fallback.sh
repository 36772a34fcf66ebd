#!/usr/bin/env bash
# The C++ binding never breaks an install. In a temporary copy of a commit (HEAD, or the one given) whose
# packages/segmenter-binding/segmenter.cc cannot compile, `npm ci` must still succeed (the binding is an optional
# dependency), and policy-cli must run on nodejieba's binding, give the same rows as POLICY_CLI_ENGINE=nodejieba and
# say so in one line on stderr; the engine tests and the end-to-end tests then run in that copy.
# Run by CI (it does a whole `npm ci`: about a minute), not by `npm test`. Uncommitted changes are not in the copy.
# Usage: scripts/check-binding-fallback.sh [COMMIT]
set -euo pipefail
unset POLICY_CLI_ENGINE

repo="$(cd "$(dirname "$0")/.." && pwd)"
copy="$(mktemp -d "${TMPDIR:-/tmp}/policy-cli-fallback.XXXXXX")"
trap 'rm -rf "$copy"' EXIT
fail() {
  echo "check-binding-fallback: FAIL: $*" >&2
  exit 1
}

# The committed files only: no node_modules, no builds, nothing half-edited.
git -C "$repo" archive --format=tar "${1:-HEAD}" | tar -xf - -C "$copy"

cd "$copy"
source=packages/segmenter-binding/segmenter.cc
[ -f "$source" ] || fail "$source is not in the repository"
{ echo '#error "made to fail by scripts/check-binding-fallback.sh"'; cat "$source"; } >"$source.new"
mv "$source.new" "$source"

echo "check-binding-fallback: npm ci in $copy, with $source made to fail"
start=$SECONDS
status=0
npm ci --no-audit --no-fund --foreground-scripts >npm-ci.log 2>&1 || status=$?
[ "$status" -eq 0 ] || { tail -n 40 npm-ci.log >&2; fail "npm ci exited $status with the binding broken"; }
echo "check-binding-fallback: npm ci exited 0 in $((SECONDS - start)) s"
grep -q '#error "made to fail' npm-ci.log || fail "npm ci's log does not show the compile error"
grep '^@policy-cli/segmenter-binding: not built' npm-ci.log || fail "npm ci's log does not say the binding was not built"
[ -f "$source" ] || fail "npm ci removed the workspace package's sources"
[ ! -e packages/segmenter-binding/build/Release/policy_segmenter.node ] || fail "the broken binding was built anyway"

status=0
node bin/policy-cli.js keywords seeds/ -f csv >fallback.csv 2>fallback.err || status=$?
[ "$status" -eq 0 ] || fail "policy-cli keywords exited $status: $(cat fallback.err)"
rows=$(($(wc -l <fallback.csv) - 1))
[ "$rows" -gt 0 ] || fail "policy-cli keywords printed no rows"
[ "$(wc -l <fallback.err)" -eq 1 ] || fail "expected one line on stderr, got: $(cat fallback.err)"
grep -q '^policy-cli: segmenting with nodejieba (our faster binding is not built: .*)$' fallback.err ||
  fail "unexpected stderr: $(cat fallback.err)"
echo "check-binding-fallback: policy-cli keywords seeds/ printed $rows rows and: $(cat fallback.err)"

POLICY_CLI_ENGINE=nodejieba node bin/policy-cli.js keywords seeds/ -f csv >chosen.csv 2>chosen.err
cmp -s fallback.csv chosen.csv || fail "the rows differ from POLICY_CLI_ENGINE=nodejieba's"
[ ! -s chosen.err ] || fail "POLICY_CLI_ENGINE=nodejieba printed on stderr: $(cat chosen.err)"

# The engine tests as they are: here they expect nodejieba's binding and the fallback's notice.
npx vitest run test/unit/nlp/engines.test.ts
# The end-to-end tests as a user of this copy runs the CLI: on the fallback, notice and all (the tests' runCli leaves
# that one line out of the stderr they compare).
npx vitest run test/cli
echo "check-binding-fallback: OK in $SECONDS s"
