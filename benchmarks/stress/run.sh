#!/usr/bin/env bash
# Runs the transactions module's concurrency tests round after round while two busy loops keep
# both cores of a small machine occupied, and counts failures per class and database. A verdict
# that depends on timing shows up here long before it shows up in CI.
#
# Usage: benchmarks/stress/run.sh [--rounds N] [--db h2|postgres|mariadb|all] [--classes isolation|crowds|all]
#   isolation  IsolationAnomaliesLesson (patterns/transactions)
#   crowds     *ConcurrencyFixesTest (patterns/transactions) and the exercise's *ConcurrencyTest,
#              run against the worked solution (solutions/transactions)
# Exits 1 when any test failed or any round did not finish, 2 on bad arguments.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
rounds=5 db=all classes=all
round_timeout=${STRESS_ROUND_TIMEOUT:-900} # seconds; a hung round is killed and counted as failed
while [[ $# -gt 0 ]]; do
  case "$1" in
    --rounds) rounds=$2; shift 2 ;;
    --db) db=$2; shift 2 ;;
    --classes) classes=$2; shift 2 ;;
    *) echo "unknown argument: $1" >&2; sed -n '6,10p' "$0" >&2; exit 2 ;;
  esac
done
case "$db" in all) dbs=(h2 postgres mariadb) ;; h2|postgres|mariadb) dbs=("$db") ;; *) echo "bad --db $db" >&2; exit 2 ;; esac
case "$classes" in
  isolation) tests='IsolationAnomaliesLesson'; modules='patterns/transactions' ;;
  crowds) tests='*ConcurrencyFixesTest,*ConcurrencyTest'; modules='patterns/transactions,solutions/transactions' ;;
  all) tests='IsolationAnomaliesLesson,*ConcurrencyFixesTest,*ConcurrencyTest'; modules='patterns/transactions,solutions/transactions' ;;
  *) echo "bad --classes $classes" >&2; exit 2 ;;
esac

# surefire:test runs outside the lifecycle, so the build's JDK toolchain selection does not apply:
# give it a JDK >= 21 ourselves (the machine's default java may be 17).
jvm=""
for java in "${JAVA_HOME:-/nonexistent}/bin/java" /usr/lib/jvm/*/bin/java; do
  major=$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/ *java.specification.version = //p' || true)
  if [[ -n "$major" && "$major" -ge 21 ]]; then jvm=$java; break; fi
done
[[ -n "$jvm" ]] || { echo "no JDK >= 21 found under /usr/lib/jvm or JAVA_HOME" >&2; exit 1; }

work=$(mktemp -d)
busy=()
cleanup() {
  for pid in "${busy[@]}"; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

cd "$repo"
echo "building once (test-compile, offline) ..."
timeout "$round_timeout" ./mvnw -B -ntp -q -o test-compile -pl "$modules" -am >"$work/build.log" 2>&1 \
  || { tail -40 "$work/build.log"; echo "build failed" >&2; exit 1; }

for _ in 1 2; do yes >/dev/null & busy+=($!); done
echo "$(nproc) cores, 2 busy loops; $rounds rounds of [$tests] on ${dbs[*]}; JVM $jvm"

declare -A failed runs
record() { # db, then each surefire XML report of the round
  local target=$1; shift
  for report in "$@"; do
    local head suite count
    head=$(grep -o -m1 '<testsuite [^>]*>' "$report")
    suite=$(sed -n 's/.* name="\([^"]*\)".*/\1/p' <<<"$head"); suite=${suite##*.}
    count=$(sed -n 's/.* failures="\([0-9]*\)".*/\1/p' <<<"$head")
    count=$((count + $(sed -n 's/.* errors="\([0-9]*\)".*/\1/p' <<<"$head")))
    runs["$suite|$target"]=$(( ${runs["$suite|$target"]:-0} + 1 ))
    failed["$suite|$target"]=$(( ${failed["$suite|$target"]:-0} + (count > 0 ? 1 : 0) ))
    if ((count > 0)); then
      mkdir -p "$repo/target/stress"
      cp "$report" "$repo/target/stress/$target-$round-$(basename "$report")"
    fi
  done
}

for ((round = 1; round <= rounds; round++)); do
  for target in "${dbs[@]}"; do
    rm -rf patterns/transactions/target/surefire-reports solutions/transactions/target/surefire-reports
    status=0
    CATALOG_DB=$target CATALOG_DB_REQUIRED=true timeout "$round_timeout" ./mvnw -B -ntp -o -q surefire:test \
      -pl "$modules" -am -Djvm="$jvm" -Dtest="$tests" -Dsurefire.failIfNoSpecifiedTests=false \
      >"$work/round.log" 2>&1 || status=$?
    shopt -s nullglob
    reports=(patterns/transactions/target/surefire-reports/TEST-*.xml solutions/transactions/target/surefire-reports/TEST-*.xml)
    shopt -u nullglob
    record "$target" "${reports[@]}"
    if ((status != 0)) && ! grep -q 'failures="[1-9]\|errors="[1-9]' "${reports[@]}" /dev/null; then
      # Maven failed without a failed test: a timeout, a crashed fork, a build problem.
      runs["(round did not finish)|$target"]=$(( ${runs["(round did not finish)|$target"]:-0} + 1 ))
      failed["(round did not finish)|$target"]=$(( ${failed["(round did not finish)|$target"]:-0} + 1 ))
      mkdir -p "$repo/target/stress"; cp "$work/round.log" "$repo/target/stress/$target-$round-maven.log"
    fi
    echo "round $round/$rounds $target: maven exit $status"
  done
done

echo
printf '%-58s %-9s %s\n' "class" "database" "rounds failed / run"
total=0
for key in $(printf '%s\n' "${!runs[@]}" | sort); do
  printf '%-58s %-9s %d / %d\n' "${key%|*}" "${key#*|}" "${failed[$key]}" "${runs[$key]}"
  total=$((total + failed[$key]))
done
if ((total > 0)); then
  echo "FAILED: $total class-rounds failed; their reports are in target/stress/"
  exit 1
fi
echo "no failures"
