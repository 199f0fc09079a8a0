#!/usr/bin/env bash
# Checks that translations/*.ts hold every visible string of models/, widgets/ and app/ and that
# none is unfinished: runs lupdate over the same sources into copies and compares.
set -euo pipefail
build=$(cd "$1" && pwd)
src=$(cd "$(dirname "$0")/.." && pwd)
lupdate=/usr/lib/qt6/bin/lupdate
project_in="$build/app/.lupdate/onewindow_app_project.cmake"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

cmake -DIN_FILE="$project_in" -DOUT_FILE="$tmp/project.json" \
      -P /usr/lib/x86_64-linux-gnu/cmake/Qt6LinguistTools/GenerateLUpdateProject.cmake
status=0
for ts in "$src"/translations/onewindow_*.ts; do
  name=$(basename "$ts")
  cp "$ts" "$tmp/$name"
  sed -i "s#$src/translations/$name#$tmp/$name#" "$tmp/project.json"
done
"$lupdate" -project "$tmp/project.json" -no-obsolete -locations none -silent >/dev/null
for ts in "$src"/translations/onewindow_*.ts; do
  name=$(basename "$ts")
  if ! cmp -s "$ts" "$tmp/$name"; then
    echo "$name is out of date: run 'cmake --build build --target update_translations'."
    diff "$ts" "$tmp/$name" | head -40
    status=1
  fi
  unfinished=$(grep -c 'type="unfinished"' "$tmp/$name" || true)
  if [ "$unfinished" -gt 0 ]; then
    echo "$name: $unfinished unfinished translations:"
    grep -B3 'type="unfinished"' "$tmp/$name" | grep '<source>' | head -40
    status=1
  fi
done
[ $status -eq 0 ] && echo "translations complete"
exit $status
