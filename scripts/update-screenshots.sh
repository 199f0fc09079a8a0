#!/usr/bin/env bash
# Copies the main screens from the GUI tests' screenshots (BUILD_DIR/screenshots, written by
# `make test`) into docs/screenshots/, where the README and docs/user-guide.md show them.
# Run after `make test`; commit what changed.
# Usage: scripts/update-screenshots.sh [BUILD_DIR]
set -euo pipefail
build=${1:-build}
src=$(cd "$(dirname "$0")/.." && pwd)
out="$src/docs/screenshots"
mkdir -p "$out"
screens=(
    main-window intake-filled intake-accepted case-list case-detail review-queue release
    catalogue taskboard-1-pool manifest-1-township dashboard rating rating-followup sync-panel
    audit settings signin-start firstrun-2-server firstrun-3-enrollment document-acceptance
    case-list-search intake-deferred menu-case practice-mode
)
missing=0
for name in "${screens[@]}"; do
    if [ -f "$build/screenshots/$name.png" ]; then
        cp "$build/screenshots/$name.png" "$out/$name.png"
    else
        echo "missing: $build/screenshots/$name.png (run make test first)"
        missing=1
    fi
done
exit $missing
