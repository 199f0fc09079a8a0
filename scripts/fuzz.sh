#!/usr/bin/env bash
# Runs one libFuzzer target for a while over its corpus in the repo (read only) plus a scratch
# folder for what it finds; exits non-zero on a crash, a leak or a sanitizer report.
#   scripts/fuzz.sh BUILD_DIR TARGET SECONDS      (TARGET: push | validators)
set -euo pipefail
build=$1
target=$2
seconds=$3
root=$(cd "$(dirname "$0")/.." && pwd)
binary="$build/fuzz/bin/fuzz_$target"
if [[ ! -x "$binary" ]]; then
    echo "fuzz: $binary is missing (the build makes it with clang and libFuzzer)" >&2
    exit 1
fi
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/new" "$scratch/artifacts"
# -rss_limit_mb: a parser that balloons on a small body is a finding too.
"$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=1024 -print_final_stats=1 \
    -artifact_prefix="$scratch/artifacts/" "$scratch/new" "$root/fuzz/corpus/$target" 2>"$scratch/log" || {
    tail -n 60 "$scratch/log" >&2
    for a in "$scratch"/artifacts/*; do
        [[ -e "$a" ]] && { echo "crashing input (base64):" >&2; base64 "$a" >&2; }
    done
    exit 1
}
grep -E '^stat::number_of_executed_units|^Done' "$scratch/log" || true
