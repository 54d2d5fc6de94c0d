#!/usr/bin/env bash
# How long `learn check` takes from a save to its verdict, on the repository exercise solved (every
# test runs, every test passes: the longest check there is), on H2.
#   warm: `learn watch` is running; a file is saved; time until the new verdict is printed. This is
#         what a learner waits for while working: file-system event, debounce, compile, all tests.
#   cold: `./learn check` typed at the prompt: a new JVM each time (classpath cached, no Maven).
#         The first check after a build also writes the class-data-sharing archive every later one
#         maps; it happens once, is timed on its own and not counted among the cold runs.
# Usage: benchmarks/learn-check/run.sh [saves] [cold runs]     (defaults: 10 and 5)
# Every wait is bounded (LEARN_BENCH_TIMEOUT seconds, default 120; the build on first use 1800): a
# watch that stopped or never answers ends the run with its log and a non-zero exit, never a hang.
# Each line says the load average when it was measured: on a machine shared with other work, the
# figures are only as good as the load beside them.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
saves=${1:-10}
colds=${2:-5}
timeout_s=${LEARN_BENCH_TIMEOUT:-120}

# Builds on first use, so the build is not measured.
timeout 1800 "$repo/learn" help >/dev/null || { echo "learn-check benchmark FAILED: ./learn could not start" >&2; exit 1; }

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
load() { cut -d' ' -f1 /proc/loadavg 2>/dev/null || uptime | sed 's/.*average[s]*: *//; s/,.*//'; }
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
stats() { # label, load before, then numbers in ms
  local label=$1 before=$2; shift 2
  printf '%s\n' "$@" | sort -n | awk -v label="$label" -v loads="load $before → $(load)" '
    { v[NR] = $1 } END { printf "%-6s n=%d  median %.2f s  min %.2f s  max %.2f s  (%s)\n", label, NR,
      (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) / 1000, v[1] / 1000, v[NR] / 1000, loads }'
}
seconds() { printf '%d.%02d' $(($1 / 1000)) $(($1 % 1000 / 10)); }

LEARN_ROOT="$scratch" "$repo/learn" watch repository --db h2 >"$scratch/watch.log" 2>&1 &
watcher=$!
await_line "Watching exercises/repository" 0 # the whole first report is out
grep -q "✔ repository passes" "$scratch/watch.log" || fail "the solved exercise did not pass under learn watch" "$scratch/watch.log"
tests=$(sed -n 's/.* \([0-9]*\) of \1 tests pass.*/\1/p' "$scratch/watch.log" | awk '{ n += $1 } END { print n }')
echo "learn check, save to verdict, repository exercise solved ($tests tests), H2; $(nproc) cores"

warm=()
before=$(load)
for ((i = 1; i <= saves; i++)); do
  previous=$(verdicts)
  start=$(now_ms)
  echo "// save $i" >>"$saved"
  await_line "Checked in" "$previous"
  warm+=($(($(now_ms) - start)))
  sleep 1 # as a learner would: read the verdict, type, save again
done
stats warm "$before" "${warm[@]}"
echo "       in order: $(for ms in "${warm[@]}"; do printf '%s ' "$(seconds "$ms")"; done)s"
# The watch's JVM writes its class-data-sharing archive as it ends: no cold run may share the machine with that.
kill "$watcher"
for ((waited = 0; waited < timeout_s * 10; waited++)); do
  kill -0 "$watcher" 2>/dev/null || break
  sleep 0.1
done
kill -0 "$watcher" 2>/dev/null && fail "learn watch did not end within ${timeout_s} s of being stopped" "$scratch/watch.log"
watcher=""

check() { # one `./learn check`, bounded; its time in ms
  local start
  start=$(now_ms)
  timeout "$timeout_s" env LEARN_ROOT="$scratch" "$repo/learn" check repository --db h2 >"$scratch/check.log" 2>&1 \
    || fail "learn check did not pass within ${timeout_s} s (exit $?)" "$scratch/check.log"
  grep -q "✔ repository passes" "$scratch/check.log" || fail "the solved exercise did not pass under learn check" "$scratch/check.log"
  echo $(($(now_ms) - start))
}
first=$(check) || exit 1
echo "first  $(seconds "$first") s, writing the class-data-sharing archive if this build has none yet"
cold=()
before=$(load)
for ((i = 1; i <= colds; i++)); do
  ms=$(check) || exit 1
  cold+=("$ms")
done
stats cold "$before" "${cold[@]}"
