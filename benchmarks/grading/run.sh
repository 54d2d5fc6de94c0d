#!/usr/bin/env bash
# How long `learn grade` takes on a class's submissions, on H2.
#   runaway: one submission whose MyBatis findById loops forever (the repository exercise solved
#            otherwise, the other exercises left as stubs) and two untouched stubs: what a time-out
#            costs the rest of the run.
#   class:   N copies of exercises/ (default 40), a third each solved, partly solved (MyBatis only)
#            and untouched stubs; graded one at a time (--jobs 1) and in parallel (the default, one
#            job per core).
#   repeat:  the solution, and a wrong submission (MyBatis searches without the ORDER BY's
#            tie-breaker and lets duplicate reviews through), each graded N times (default 10), one
#            run of learn each; the JSON reports, but for their time stamp, must be identical.
# Usage: benchmarks/grading/run.sh [runaway|class|all|repeat] [N]     (defaults: all, 40; DB=h2 by default)
# Prints each run's wall time and the machine's load (uptime) before it: other work on the machine
# slows a run, and the load says how much there was.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
what=${1:-all}
count=${2:-40}
db=${DB:-h2}
case "$what" in runaway|class|all) ;; repeat) count=${2:-10} ;; *) echo "usage: $0 [runaway|class|all|repeat] [N]" >&2; exit 2 ;; esac

learn=${LEARN:-$repo/learn} # LEARN: another launcher, to compare builds
"$learn" help >/dev/null # builds on first use, so the build is not measured

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
solution="$repo/solutions/repository/src/main"
mybatis=java/dev/dbpatterns/exercises/repository/mybatis

# A copy of exercises/ as a student hands it in: sources only, no build output.
stub() {
  mkdir -p "$1"
  cp -r "$repo/exercises/." "$1/"
  find "$1" -name target -type d -prune -exec rm -rf {} +
}
solved() { stub "$1"; cp -r "$solution/." "$1/repository/src/main/"; }
partly() { # MyBatis written (tasks 1, 2 and its halves of 4 and 5), Hibernate still the stub
  stub "$1"
  cp "$solution/$mybatis/MyBatisReviews.java" "$1/repository/src/main/$mybatis/"
  cp -r "$solution/resources/." "$1/repository/src/main/resources/"
}
looping() { # findById spins before it reads: every test that looks a review up runs into it
  solved "$1"
  perl -0pi -e 's/(public Optional<Review> findById\(long id\) \{)/$1\n        while (id != Long.MIN_VALUE) { Math.sqrt(id); }/' \
    "$1/repository/src/main/$mybatis/MyBatisReviews.java"
  grep -q 'while (id != Long.MIN_VALUE)' "$1/repository/src/main/$mybatis/MyBatisReviews.java"
}

timed() { # label, then the learn arguments
  local label=$1; shift
  echo "$label: load $(uptime | sed 's/.*load average: //')"
  local start end
  start=$(date +%s%N)
  "$learn" "$@" >"$scratch/last.log" 2>&1 || { cat "$scratch/last.log" >&2; exit 1; }
  end=$(date +%s%N)
  printf '%s: %.1f s\n' "$label" "$(((end - start) / 1000000))e-3"
  grep -E '^[^ ].*: [0-9]+ of [0-9]+ points' "$scratch/last.log" | sed 's/^[^:]*: //' | sort | uniq -c | sed 's/^/    /'
}

wrong() { # two typical mistakes: an ORDER BY without its tie-breaker, a unique violation let through
  solved "$1"
  sed -i 's/order by rating desc, id$/order by rating desc/' "$1/repository/src/main/resources/dev/dbpatterns/exercises/repository/mybatis/ReviewMapper.xml"
  sed -i 's/throw new DuplicateReviewException(review.bookId(), review.reader(), e);/throw e;/' "$1/repository/src/main/$mybatis/MyBatisReviews.java"
  grep -q 'order by rating desc$' "$1/repository/src/main/resources/dev/dbpatterns/exercises/repository/mybatis/ReviewMapper.xml"
  ! grep -q 'new DuplicateReviewException' "$1/repository/src/main/$mybatis/MyBatisReviews.java"
}

if [[ $what == repeat ]]; then
  solved "$scratch/repeat/solved"; wrong "$scratch/repeat/wrong"
  echo "repeat: load $(uptime | sed 's/.*load average: //'), on $db"
  for kind in solved wrong; do
    for ((i = 1; i <= count; i++)); do
      "$learn" grade "$scratch/repeat/$kind" --db "$db" --json "$scratch/$kind-$i.json" >"$scratch/last.log" 2>&1 \
        || { cat "$scratch/last.log" >&2; exit 1; }
      grep -v '"gradedAt"' "$scratch/$kind-$i.json" >"$scratch/$kind-$i.grade"
    done
    distinct=$(md5sum "$scratch/$kind"-*.grade | cut -d' ' -f1 | sort -u | wc -l)
    echo "$kind: graded $count times, $(grep -m1 -o '"points": [0-9]*' "$scratch/$kind-1.json" | grep -o '[0-9]*') points, $distinct distinct report(s)"
    if [[ $distinct != 1 ]]; then
      first=$(md5sum <"$scratch/$kind-1.grade")
      for other in "$scratch/$kind"-*.grade; do # the first difference, to see what changed
        if [[ $(md5sum <"$other") != "$first" ]]; then diff "$scratch/$kind-1.grade" "$other" | head -20; break; fi
      done
      exit 1
    fi
  done
  exit 0
fi
if [[ $what != class ]]; then
  looping "$scratch/runaway/loop"; stub "$scratch/runaway/stub-a"; stub "$scratch/runaway/stub-b"
  one_at_a_time=(--jobs 1)
  "$learn" help grade | grep -q -- --jobs || one_at_a_time=() # a build from before --jobs grades one at a time
  timed "runaway (1 endless loop + 2 stubs), one at a time" grade "$scratch/runaway" --db "$db" "${one_at_a_time[@]}"
fi
if [[ $what != runaway ]]; then
  for ((i = 1; i <= count; i++)); do
    name=$(printf 's%02d' "$i")
    case $((i % 3)) in 0) solved "$scratch/class/$name" ;; 1) partly "$scratch/class/$name" ;; 2) stub "$scratch/class/$name" ;; esac
  done
  timed "class of $count, --jobs 1" grade "$scratch/class" --db "$db" --jobs 1 --json "$scratch/one-at-a-time.json"
  timed "class of $count, parallel (default jobs, $(nproc) cores)" grade "$scratch/class" --db "$db" --json "$scratch/parallel.json"
  if diff <(grep -v '"gradedAt"' "$scratch/one-at-a-time.json") <(grep -v '"gradedAt"' "$scratch/parallel.json") >/dev/null; then
    echo "the two reports are the same, but for their time stamp"
  else
    echo "the reports differ:"; diff <(grep -v '"gradedAt"' "$scratch/one-at-a-time.json") <(grep -v '"gradedAt"' "$scratch/parallel.json") | head -20
    exit 1
  fi
fi
