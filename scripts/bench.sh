#!/usr/bin/env bash
# make bench: every registered benchmark at bounded sizes (under 15 minutes on two cores), then
# docs/performance.md from their JSON lines. make bench-large: the runs that need 10,000,000
# cases. Nothing in docs/performance.md is typed by hand: scripts/bench-report.py writes it.
#
#   scripts/bench.sh BUILD [--large]
set -euo pipefail
build=${1:-build}
large=${2:-}
here=$(cd "$(dirname "$0")/.." && pwd)
bench="$build/bin/onewindow-bench"
[[ -x "$bench" ]] || { echo "bench.sh: $bench is missing: build first" >&2; exit 2; }
results="$build/bench-results${large:+-large}.jsonl"
: > "$results"
log="$build/bench${large:+-large}.log"
: > "$log"

# How each benchmark runs in `make bench` and in `make bench-large`; a benchmark not listed
# runs with its own (bounded) defaults.
declare -A normal=(
  [gen]="--cases 1000000"
  [intake]="--scaling --commits 1000"
  [load]="--devices 200 --mutations-per-device 100"
)
declare -A big=(
  [gen]="--cases 10000000"
  [intake]="--cases 10000000 --commits 1000"
)

names=$("$bench" --help 2>&1 | awk '/^  [a-z]/ {print $1}')
status=0
for name in $names; do
  if [[ -n "$large" ]]; then
    [[ -n "${big[$name]+x}" ]] || continue
    args=${big[$name]}
    limit=3600
  else
    args=${normal[$name]:-}
    limit=1800 # a machine shared with other work may need longer than the 15 minutes
  fi
  echo "== onewindow-bench $name $args" | tee -a "$log"
  set +e
  # shellcheck disable=SC2086
  timeout "$limit" "$bench" "$name" $args 2>&1 | tee -a "$log"
  rc=${PIPESTATUS[0]}
  set -e
  if [[ $rc -ge 2 ]]; then
    echo "bench.sh: $name failed ($rc)" >&2
    status=1
  fi
done
# The sync push against PostgreSQL: a private cluster (scripts/pg-test-cluster.sh, with fsync on
# as in production) and an empty database in it.
if [[ -z "$large" ]]; then
  pgdir="$build/bench-pg"
  if ONEWINDOW_PG_DURABLE=1 "$here/scripts/pg-test-cluster.sh" start "$pgdir"; then
    url=$(cat "$pgdir/url")
    psql "$url" -qc "CREATE DATABASE bench_sync"
    echo "== onewindow-bench sync --db postgresql" | tee -a "$log"
    set +e
    timeout 1800 "$bench" sync --mutations 5000 --db "${url%/postgres}/bench_sync" 2>&1 | tee -a "$log"
    rc=${PIPESTATUS[0]}
    set -e
    [[ $rc -ge 2 ]] && { echo "bench.sh: sync --db postgresql failed ($rc)" >&2; status=1; }
    # The 200-device load driver against the same cluster.
    psql "$url" -qc "CREATE DATABASE bench_load"
    echo "== onewindow-bench load --db postgresql" | tee -a "$log"
    set +e
    timeout 1800 "$bench" load --devices 200 --mutations-per-device 100 \
      --db "${url%/postgres}/bench_load" 2>&1 | tee -a "$log"
    rc=${PIPESTATUS[0]}
    set -e
    [[ $rc -ge 2 ]] && { echo "bench.sh: load --db postgresql failed ($rc)" >&2; status=1; }
    "$here/scripts/pg-test-cluster.sh" stop "$pgdir"
  else
    echo "bench.sh: no PostgreSQL cluster for the sync bench" >&2
    status=1
  fi
fi

# Every JSON line any benchmark printed (the scaling run prints its children's too).
# (QJsonDocument sorts the keys, so "bench" is not necessarily the first.)
grep -E '^\{.*"bench":' "$log" > "$results" || true

# Both result files when both exist: the page shows the bounded and the large runs.
inputs=()
for f in "$build/bench-results.jsonl" "$build/bench-results-large.jsonl"; do
  [[ -s "$f" ]] && inputs+=("$f")
done
python3 "$here/scripts/bench-report.py" "${inputs[@]}" \
  --template "$here/docs/performance.in.md" --output "$here/docs/performance.md"
exit $status
