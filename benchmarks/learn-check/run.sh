#!/usr/bin/env bash
# How long `learn check` takes from a save to its verdict, on the repository exercise solved (every
# test runs, every test passes: the longest check there is), on H2.
#   warm: `learn watch` is running; a file is saved; time until the new verdict is printed. This is
#         what a learner waits for while working: file-system event, debounce, compile, all tests.
#   cold: `./learn check` typed at the prompt: a new JVM each time (classpath cached, no Maven).
# Usage: benchmarks/learn-check/run.sh [saves] [cold runs]     (defaults: 10 and 5)
# Every wait is bounded (LEARN_BENCH_TIMEOUT seconds, default 120): a watch that stopped or never
# answers ends the run with its log and a non-zero exit, never a hang.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
saves=${1:-10}
colds=${2:-5}
timeout_s=${LEARN_BENCH_TIMEOUT:-120}

"$repo/learn" help >/dev/null # builds on first use, so the build is not measured

# A scratch course, so the learner's own files and progress are never touched.
scratch=$(mktemp -d)
watcher=""
cleanup() {
  if [[ -n "$watcher" ]]; then kill "$watcher" 2>/dev/null || true; fi
  rm -rf "$scratch"
}
trap cleanup EXIT
mkdir -p "$scratch/exercises/repository/target" "$scratch/patterns/repository"
cp "$repo/exercises/course.json" "$scratch/exercises/"
cp -r "$repo/exercises/repository/src" "$scratch/exercises/repository/"
cp "$repo/exercises/repository/target/learn-classpath.txt" "$scratch/exercises/repository/target/"
cp -r "$repo/solutions" "$scratch/"
cp -r "$repo/solutions/repository/src/main/." "$scratch/exercises/repository/src/main/"
saved="$scratch/exercises/repository/src/main/java/dev/dbpatterns/exercises/repository/mybatis/MyBatisReviews.java"

now_ms() { date +%s%3N; }
count() { grep -c "$1" "$scratch/watch.log" || true; }
verdicts() { count "Checked in"; }
fail() { # why, then the log that shows it
  echo "learn-check benchmark FAILED: $1" >&2
  [[ -f "${2:-}" ]] && sed 's/^/  | /' "$2" >&2
  exit 1
}
# Waits until the watch has printed the line $1 more than $2 times; fails when it stops or takes too long.
await_line() {
  local deadline=$(($(date +%s) + timeout_s))
  until [[ $(count "$1") -gt $2 ]]; do
    kill -0 "$watcher" 2>/dev/null || fail "learn watch stopped before its verdict" "$scratch/watch.log"
    (($(date +%s) < deadline)) || fail "no verdict from learn watch within ${timeout_s} s" "$scratch/watch.log"
    sleep 0.02
  done
}
stats() { # label, then numbers in ms
  local label=$1; shift
  printf '%s\n' "$@" | sort -n | awk -v label="$label" '
    { v[NR] = $1 } END { printf "%-6s n=%d  median %.2f s  min %.2f s  max %.2f s\n", label, NR,
      (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) / 1000, v[1] / 1000, v[NR] / 1000 }'
}

echo "learn check, save to verdict, repository exercise solved (36 tests), H2; $(nproc) cores"
LEARN_ROOT="$scratch" "$repo/learn" watch repository --db h2 >"$scratch/watch.log" 2>&1 &
watcher=$!
await_line "Watching exercises/repository" 0 # the whole first report is out
grep -q "✔ repository passes" "$scratch/watch.log" || fail "the solved exercise did not pass under learn watch" "$scratch/watch.log"

warm=()
for ((i = 1; i <= saves; i++)); do
  before=$(verdicts)
  start=$(now_ms)
  echo "// save $i" >>"$saved"
  await_line "Checked in" "$before"
  warm+=($(($(now_ms) - start)))
  sleep 1 # as a learner would: read the verdict, type, save again
done
kill "$watcher"; watcher=""
stats warm "${warm[@]}"

cold=()
for ((i = 1; i <= colds; i++)); do
  start=$(now_ms)
  timeout "$timeout_s" env LEARN_ROOT="$scratch" "$repo/learn" check repository --db h2 >"$scratch/check.log" 2>&1 \
    || fail "learn check did not pass within ${timeout_s} s (exit $?)" "$scratch/check.log"
  cold+=($(($(now_ms) - start)))
done
grep -q "✔ repository passes" "$scratch/check.log" || fail "the solved exercise did not pass under learn check" "$scratch/check.log"
stats cold "${cold[@]}"
