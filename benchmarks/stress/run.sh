#!/usr/bin/env bash
# Runs the transactions module's concurrency tests round after round while two busy loops keep
# both cores of a small machine occupied, and counts failures per class and database. A verdict
# that depends on timing shows up here long before it shows up in CI.
#
# Usage: benchmarks/stress/run.sh [--rounds N] [--db h2|postgres|mariadb|all] [--classes isolation|crowds|all]
#                                 [--busy N]  (busy loops, default 2: one per core of a 2-core machine)
#   isolation  IsolationAnomaliesLesson (patterns/transactions)
#   crowds     *ConcurrencyFixesTest (patterns/transactions) and the exercise's *ConcurrencyTest,
#              run against the worked solution (solutions/transactions)
# Exits 1 when any test failed or any round did not finish, 2 on bad arguments.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
rounds=5 db=all classes=all busy_loops=2
round_timeout=${STRESS_ROUND_TIMEOUT:-900} # seconds; a hung round is killed and counted as failed
while [[ $# -gt 0 ]]; do
  case "$1" in
    --rounds) rounds=$2; shift 2 ;;
    --db) db=$2; shift 2 ;;
    --classes) classes=$2; shift 2 ;;
    --busy) busy_loops=$2; shift 2 ;;
    *) echo "unknown argument: $1" >&2; sed -n '6,11p' "$0" >&2; exit 2 ;;
  esac
done
case "$db" in all) dbs=(h2 postgres mariadb) ;; h2|postgres|mariadb) dbs=("$db") ;; *) echo "bad --db $db" >&2; exit 2 ;; esac
case "$classes" in
  isolation) tests='IsolationAnomaliesLesson'; modules='patterns/transactions' ;;
  crowds) tests='*ConcurrencyFixesTest,*ConcurrencyTest'; modules='patterns/transactions,solutions/transactions' ;;
  all) tests='IsolationAnomaliesLesson,*ConcurrencyFixesTest,*ConcurrencyTest'; modules='patterns/transactions,solutions/transactions' ;;
  *) echo "bad --classes $classes" >&2; exit 2 ;;
esac

work=$(mktemp -d)
busy=()
round_pid=""
cleanup() {
  for pid in "${busy[@]}" ${round_pid:-}; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

cd "$repo"
echo "building once (test-compile, offline) ..."
timeout "$round_timeout" ./mvnw -B -ntp -q -o test-compile -pl "$modules" -am >"$work/build.log" 2>&1 &
round_pid=$!
wait "$round_pid" || { tail -40 "$work/build.log"; echo "build failed" >&2; exit 1; }
round_pid=""

for ((i = 0; i < busy_loops; i++)); do yes >/dev/null & busy+=($!); done
echo "$(nproc) cores, $busy_loops busy loops; $rounds rounds of [$tests] on ${dbs[*]}"

declare -A failed runs
# Each round runs every database in one Maven run. kit/test-reports names each test case after the
# target that ran it ("on H2 (in memory) › …", "on PostgreSQL › …"): that is how a verdict is put
# down to a database.
verdicts() { # XML reports -> "class database failed" per test
  awk '
    /<testcase / {
      if (name != "") print class, db, failed
      match($0, /name="[^"]*"/); name = substr($0, RSTART + 6, RLENGTH - 7)
      match($0, /classname="[^"]*"/); class = substr($0, RSTART + 11, RLENGTH - 12); sub(/.*\./, "", class)
      db = name ~ /^on H2/ ? "h2" : name ~ /^on PostgreSQL/ ? "postgres" : name ~ /^on MariaDB/ ? "mariadb" : "unknown"
      failed = 0
    }
    /<failure|<error/ { failed = 1 }
    END { if (name != "") print class, db, failed }
  ' "$@"
}

catalog_db=$(IFS=,; echo "${dbs[*]}")
for ((round = 1; round <= rounds; round++)); do
  rm -rf patterns/transactions/target/surefire-reports solutions/transactions/target/surefire-reports
  # The test phase, not surefire:test alone: only a lifecycle run takes the kit from this tree
  # (a bare goal takes it from the local repository, maybe another branch's) and selects the JDK.
  status=0
  CATALOG_DB=$catalog_db CATALOG_DB_REQUIRED=true timeout "$round_timeout" ./mvnw -B -ntp -o -q test \
    -pl "$modules" -am -Dtest="$tests" -Dsurefire.failIfNoSpecifiedTests=false \
    >"$work/round-$round.log" 2>&1 &
  round_pid=$!
  wait "$round_pid" || status=$?
  round_pid=""
  shopt -s nullglob
  reports=(patterns/transactions/target/surefire-reports/TEST-*.xml solutions/transactions/target/surefire-reports/TEST-*.xml)
  shopt -u nullglob
  declare -A seen=() bad=()
  while read -r class db verdict; do
    key="$class|$db"
    seen[$key]=1
    ((verdict)) && bad[$key]=1
  done < <(verdicts "${reports[@]}" /dev/null)
  for key in "${!seen[@]}"; do
    runs[$key]=$(( ${runs[$key]:-0} + 1 ))
    failed[$key]=$(( ${failed[$key]:-0} + ${bad[$key]:-0} ))
  done
  if ((${#bad[@]} > 0)); then
    mkdir -p "$repo/target/stress/round-$round"; cp "${reports[@]}" "$repo/target/stress/round-$round/"
  fi
  if ((status != 0 && ${#bad[@]} == 0)); then
    # Maven failed without a failed test: a timeout, a crashed fork, a build problem.
    key="(round did not finish)|$catalog_db"
    failed[$key]=$(( ${failed[$key]:-0} + 1 ))
  fi
  ((status != 0)) && { mkdir -p "$repo/target/stress"; cp "$work/round-$round.log" "$repo/target/stress/"; }
  unset seen bad
  echo "round $round/$rounds: maven exit $status, $(grep -c '' < <(verdicts "${reports[@]}" /dev/null)) tests"
done

echo
printf '%-58s %-9s %s\n' "class" "database" "rounds failed / run"
total=0
for key in $(printf '%s\n' "${!failed[@]}" | sort); do
  printf '%-58s %-9s %d / %d\n' "${key%|*}" "${key#*|}" "${failed[$key]}" "${runs[$key]:-$rounds}"
  total=$((total + failed[$key]))
done
if ((total > 0)); then
  echo "FAILED: $total class-rounds failed; their reports are in target/stress/"
  exit 1
fi
echo "no failures"
