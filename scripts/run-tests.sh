#!/usr/bin/env bash
# make test: the whole CTest suite, two at a time (the machine has two cores).
set -euo pipefail
build=${1:-build}
mkdir -p "$build/screenshots"
cd "$build"
ctest -j "$(nproc)" --output-on-failure --timeout 600
