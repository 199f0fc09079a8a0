#!/usr/bin/env bash
# make soak: the sync fault tests, long. 1,000 client processes killed with SIGKILL at random
# moments during intake and sync, then the randomised fault scenario with many rounds and a few
# seeds; then each libFuzzer target for 10 minutes (ONEWINDOW_FUZZ_SECONDS). Reproduce a failure
# with the seed it prints: ONEWINDOW_FAULT_SEED=N.
#   scripts/soak.sh BUILD [KILL_RUNS] [ROUNDS] [SEEDS]
set -euo pipefail
build=${1:-build}
runs=${2:-1000}
rounds=${3:-60}
seeds=${4:-5}
tests="$build/bin/onewindow_sync_tests"
export QT_QPA_PLATFORM=offscreen TZ=UTC LANG=C.UTF-8
base=${ONEWINDOW_FAULT_SEED:-$(date +%s)}
echo "soak: $runs kill runs, $seeds × $rounds randomised rounds, first seed $base"
ONEWINDOW_KILL_RUNS=$runs ONEWINDOW_FAULT_SEED=$base \
    "$tests" -w NoTests "Kill -9 during intake and sync: runs 1-10"
for i in $(seq 0 $((seeds - 1))); do
    seed=$((base + i))
    echo "randomised faults: seed $seed"
    ONEWINDOW_FAULT_ROUNDS=$rounds ONEWINDOW_FAULT_SEED=$seed \
        "$tests" -w NoTests "Fault 19: random devices with random operations and faults converge (seeded)"
done
root=$(cd "$(dirname "$0")/.." && pwd)
for target in push validators; do
    echo "fuzz: $target for ${ONEWINDOW_FUZZ_SECONDS:-600} s"
    "$root/scripts/fuzz.sh" "$build" "$target" "${ONEWINDOW_FUZZ_SECONDS:-600}"
done
echo "soak: ok"
