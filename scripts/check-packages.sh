#!/usr/bin/env bash
# Builds the two Debian packages from an existing build (cpack, into a temporary folder) and
# checks them with dpkg-deb: names, declared dependencies, maintainer scripts, conffiles, and
# that every file is where it belongs and in the right package. Runs the packaged binaries.
# Usage: scripts/check-packages.sh BUILD_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
fail() { echo "FAIL: $*"; status=1; }

if ! (cd "$build" && cpack -G DEB -B "$tmp/out" >"$tmp/cpack.log" 2>&1); then
    cat "$tmp/cpack.log"
    exit 1
fi
client=$(ls "$tmp"/out/onewindow_*.deb 2>/dev/null || true)
server=$(ls "$tmp"/out/onewindow-server_*.deb 2>/dev/null || true)
[ -f "$client" ] || { echo "FAIL: no onewindow_*.deb"; ls "$tmp/out"; exit 1; }
[ -f "$server" ] || { echo "FAIL: no onewindow-server_*.deb"; ls "$tmp/out"; exit 1; }
echo "built $(basename "$client") ($(du -k "$client" | cut -f1) KiB), $(basename "$server") ($(du -k "$server" | cut -f1) KiB)"

field() { dpkg-deb --field "$1" "$2"; }

# --- control fields -----------------------------------------------------------------------
[ "$(field "$client" Package)" = onewindow ] || fail "client package name: $(field "$client" Package)"
[ "$(field "$server" Package)" = onewindow-server ] || fail "server package name: $(field "$server" Package)"
for deb in "$client" "$server"; do
    [ "$(field "$deb" Architecture)" = "$(dpkg --print-architecture)" ] || fail "$(basename "$deb"): architecture $(field "$deb" Architecture)"
    [ -n "$(field "$deb" Version)" ] || fail "$(basename "$deb"): no version"
    [ -n "$(field "$deb" Maintainer)" ] || fail "$(basename "$deb"): no maintainer"
    [ -n "$(field "$deb" Description)" ] || fail "$(basename "$deb"): no description"
done
client_depends=$(field "$client" Depends)
server_depends=$(field "$server" Depends)
echo "onewindow Depends: $client_depends"
echo "onewindow-server Depends: $server_depends"
# The package names of a Depends field, one a line (alternatives and versions dropped).
names() { tr ',' '\n' <<<"${1//|/,}" | sed 's/^ *//; s/ .*//' | grep -v '^$'; }
has() { names "$1" | grep -qxF "$2"; }
for dep in libqt6core6 libqt6gui6 libqt6widgets6 libqt6sql6 libqt6network6 libqt6printsupport6 \
           libqrencode4 libsqlite3-0 libc6 libstdc++6 libqt6sql6-sqlite qt6-qpa-plugins \
           qt6-translations-l10n; do
    has "$client_depends" "$dep" || fail "onewindow does not depend on $dep"
done
for dep in libqt6core6 libqt6network6 libqt6sql6 libqt6httpserver6 libsqlite3-0 libc6 libstdc++6 \
           libqt6sql6-sqlite libqt6sql6-psql libpq5 adduser init-system-helpers; do
    has "$server_depends" "$dep" || fail "onewindow-server does not depend on $dep"
done
for dep in libqt6widgets6 libqt6gui6 qt6-qpa-plugins; do
    has "$server_depends" "$dep" && fail "onewindow-server depends on $dep (a server needs no GUI)"
done
# Every dependency exists in this system's Debian archive (a typo would make apt refuse).
# shellcheck disable=SC2046 # one name a word
if ! apt-cache show --no-all-versions $(names "$client_depends") $(names "$server_depends") >/dev/null 2>&1; then
    for dep in $(names "$client_depends") $(names "$server_depends"); do
        apt-cache show --no-all-versions "$dep" >/dev/null 2>&1 || fail "no Debian package $dep"
    done
fi

# --- maintainer scripts and conffiles -------------------------------------------------------
dpkg-deb --info "$server" >"$tmp/server.info"
for f in postinst prerm postrm conffiles; do
    grep -Eq "^ +[0-9]+ bytes, +[0-9]+ lines +\*? *$f( |$)" "$tmp/server.info" || fail "onewindow-server: no $f"
done
mkdir -p "$tmp/server.control"
dpkg-deb --control "$server" "$tmp/server.control"
grep -qx /etc/onewindow/server.conf "$tmp/server.control/conffiles" || fail "server.conf is not a conffile"
for f in postinst prerm postrm; do
    [ -x "$tmp/server.control/$f" ] || fail "$f is not executable"
    sh -n "$tmp/server.control/$f" || fail "$f: shell syntax"
done
grep -q 'adduser --system' "$tmp/server.control/postinst" || fail "postinst creates no system user"
grep -q 'onewindow-server init --config' "$tmp/server.control/postinst" || fail "postinst does not initialise the database"
grep -q 'deb-systemd-helper enable onewindow-server.service' "$tmp/server.control/postinst" || fail "postinst does not enable the service"
grep -q 'rm -rf /var/lib/onewindow' "$tmp/server.control/postrm" && fail "postrm deletes the data"
dpkg-deb --info "$client" | grep -Eq ' (postinst|prerm|postrm|conffiles)( |$)' && fail "onewindow has maintainer scripts it does not need"

# --- files: every one where it belongs, in the right package ---------------------------------
# Lines of `dpkg-deb --contents`: mode owner size date time path
contents() { dpkg-deb --contents "$1" | awk '{print $1, $2, $6}'; }
contents "$client" >"$tmp/client.contents"
contents "$server" >"$tmp/server.contents"
paths() { awk '{print $3}' "$1" | grep -v '/$' || true; }
expect_file() { # package-contents path [mode-prefix]
    grep -q " \./${2#/}\$" "$1" || fail "$(basename "$1" .contents) lacks $2"
    if [ -n "${3:-}" ]; then
        grep " \./${2#/}\$" "$1" | grep -q "^$3" || fail "$2 has mode $(grep " \./${2#/}\$" "$1" | cut -d' ' -f1), want $3"
    fi
}
expect_file "$tmp/client.contents" /usr/bin/onewindow -rwxr-xr-x
expect_file "$tmp/client.contents" /usr/share/applications/onewindow.desktop -rw-r--r--
expect_file "$tmp/client.contents" /usr/share/icons/hicolor/scalable/apps/onewindow.svg
expect_file "$tmp/client.contents" /usr/share/icons/hicolor/256x256/apps/onewindow.png
expect_file "$tmp/client.contents" /usr/share/icons/hicolor/48x48/apps/onewindow.png
expect_file "$tmp/server.contents" /usr/bin/onewindow-server -rwxr-xr-x
expect_file "$tmp/server.contents" /lib/systemd/system/onewindow-server.service -rw-r--r--
expect_file "$tmp/server.contents" /lib/systemd/system/onewindow-server@.service -rw-r--r--
expect_file "$tmp/server.contents" /etc/onewindow/server.conf -rw-r--r--
expect_file "$tmp/server.contents" /usr/share/doc/onewindow-server/deployment.md
expect_file "$tmp/server.contents" /usr/share/doc/onewindow-server/examples/nginx/onewindow.conf
grep -q ' \./var/lib/onewindow/$' "$tmp/server.contents" || fail "onewindow-server lacks the folder /var/lib/onewindow/"
grep -v ' root/root ' "$tmp/client.contents" "$tmp/server.contents" && fail "files not owned by root"
while read -r p; do
    case "$p" in
    ./usr/bin/onewindow | ./usr/share/applications/onewindow.desktop \
    | ./usr/share/icons/hicolor/*/apps/onewindow.* | ./usr/share/doc/onewindow/*) ;;
    *) fail "onewindow holds $p, which does not belong there" ;;
    esac
done < <(paths "$tmp/client.contents")
while read -r p; do
    case "$p" in
    ./usr/bin/onewindow-server | ./lib/systemd/system/onewindow-server.service \
    | ./lib/systemd/system/onewindow-server@.service | ./etc/onewindow/server.conf \
    | ./usr/share/doc/onewindow-server/*) ;;
    *) fail "onewindow-server holds $p, which does not belong there" ;;
    esac
done < <(paths "$tmp/server.contents")

# --- the packaged files work ---------------------------------------------------------------
dpkg-deb -x "$client" "$tmp/root"
dpkg-deb -x "$server" "$tmp/root"
readelf -S "$tmp/root/usr/bin/onewindow" | grep -q '\.debug_info' && fail "onewindow is not stripped"
version=$(sed -n 's/^project(OneWindow VERSION \([0-9.]*\).*/\1/p' "$(dirname "$0")/../CMakeLists.txt")
[ "$(field "$server" Version)" = "$version" ] || fail "package version $(field "$server" Version), project $version"
out=$("$tmp/root/usr/bin/onewindow-server" --version) || fail "packaged onewindow-server --version"
[ "$out" = "onewindow-server $version" ] || fail "onewindow-server --version says '$out'"
out=$(QT_QPA_PLATFORM=offscreen "$tmp/root/usr/bin/onewindow" --version 2>/dev/null) || fail "packaged onewindow --version"
grep -q "$version" <<<"$out" || fail "onewindow --version says '$out'"
# The shipped config drives the packaged server (its database moved into the temporary folder).
sed "s#^url=.*#url=sqlite:$tmp/server.sqlite#; s#^port=.*#port=0#" "$tmp/root/etc/onewindow/server.conf" >"$tmp/server.conf"
HOME=$tmp "$tmp/root/usr/bin/onewindow-server" init --config "$tmp/server.conf" >/dev/null || fail "init --config with the shipped config"
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$tmp/root/usr/share/applications/onewindow.desktop" || fail "desktop-file-validate"
fi
grep -q '^Exec=onewindow$' "$tmp/root/usr/share/applications/onewindow.desktop" || fail ".desktop Exec"
grep -q '^Icon=onewindow$' "$tmp/root/usr/share/applications/onewindow.desktop" || fail ".desktop Icon"

[ $status -eq 0 ] && echo "packages ok"
exit $status
