#!/usr/bin/env bash
# The packages on a fresh Debian 12: debootstraps a minimal bookworm into a temporary folder,
# installs onewindow-server and onewindow with apt there, and checks what postinst did (user,
# folders, database, enabled unit), that the server serves /health as the unit runs it, that the
# client starts, and what remove and purge leave (the data always stays).
# Needs root and the network (about 5 minutes); not part of `make test`. Build the packages first
# (make package). systemd does not run in a chroot, so the unit itself is checked by
# `systemd-analyze verify` in scripts/check-deploy.sh.
# Usage: sudo scripts/check-install-debian.sh [BUILD_DIR] [MIRROR]
set -euo pipefail
build=$(cd "${1:-build}" && pwd)
mirror=${2:-http://deb.debian.org/debian}
server_deb=$(ls "$build"/onewindow-server_*.deb)
client_deb=$(ls "$build"/onewindow_*.deb)
[ "$(id -u)" -eq 0 ] || { echo "run as root"; exit 1; }
command -v debootstrap >/dev/null || apt-get install -y -qq --no-install-recommends debootstrap

tmp=$(mktemp -d)
root="$tmp/root"
server_pid=""
# shellcheck disable=SC2317 # called by the trap
cleanup() {
    if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; fi
    if mountpoint -q "$root/proc"; then
        umount "$root/proc" || { echo "cannot unmount $root/proc; $tmp is left"; return; }
    fi
    rm -rf "$tmp"
}
trap cleanup EXIT
status=0
fail() { echo "FAIL: $*"; status=1; }
in_root() { chroot "$root" /bin/bash -c "$1"; }

echo "debootstrap bookworm into $root ..."
debootstrap --variant=minbase bookworm "$root" "$mirror" >"$tmp/debootstrap.log" 2>&1 \
    || { tail "$tmp/debootstrap.log"; exit 1; }
cp /etc/resolv.conf "$root/etc/resolv.conf"
mount -t proc proc "$root/proc"
cp "$server_deb" "$client_deb" "$root/tmp/"

echo "apt install ./$(basename "$server_deb") ..."
in_root "export DEBIAN_FRONTEND=noninteractive; apt-get update -qq && apt-get install -y -qq /tmp/$(basename "$server_deb")" \
    >"$tmp/install.log" 2>&1 || { tail -20 "$tmp/install.log"; exit 1; }
grep -q "creating the database /var/lib/onewindow/server.sqlite" "$tmp/install.log" || fail "postinst did not create the database"
in_root 'getent passwd onewindow' | grep -q ':/var/lib/onewindow:/usr/sbin/nologin$' || fail "no system user onewindow"
# Owners as the installed system names them (stat inside the chroot).
owner() { in_root "stat -c '%U:%G %a' $1"; }
[ "$(owner /var/lib/onewindow)" = "onewindow:onewindow 750" ] || fail "/var/lib/onewindow: $(owner /var/lib/onewindow)"
[ "$(owner /var/lib/onewindow/server.sqlite)" = "onewindow:onewindow 600" ] || fail "server.sqlite: $(owner /var/lib/onewindow/server.sqlite)"
[ "$(owner /etc/onewindow/server.conf)" = "root:onewindow 640" ] || fail "server.conf: $(owner /etc/onewindow/server.conf)"
[ -L "$root/etc/systemd/system/multi-user.target.wants/onewindow-server.service" ] || fail "the unit is not enabled"

# The unit's ExecStart, as its user, on a free port (8470 may be taken on this machine).
chroot "$root" /usr/sbin/runuser -u onewindow -- env HOME=/var/lib/onewindow \
    /usr/bin/onewindow-server serve --config /etc/onewindow/server.conf --port 0 \
    >"$tmp/serve.out" 2>"$tmp/serve.err" &
server_pid=$!
for _ in $(seq 50); do grep -q '^listening on ' "$tmp/serve.out" && break; sleep 0.1; done
url=$(sed -n 's/^listening on //p' "$tmp/serve.out")
if [ -n "$url" ] && curl -fsS "$url/health" | grep -q '"status":"ok"'; then
    echo "server: $url/health ok"
else
    fail "the installed server does not serve /health: $(cat "$tmp/serve.err")"
fi
kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=""

echo "apt install ./$(basename "$client_deb") ..."
in_root "export DEBIAN_FRONTEND=noninteractive; apt-get install -y -qq /tmp/$(basename "$client_deb")" \
    >"$tmp/client.log" 2>&1 || { tail -20 "$tmp/client.log"; exit 1; }
in_root 'QT_QPA_PLATFORM=offscreen onewindow --version' 2>/dev/null | grep -q '^onewindow ' || fail "onewindow --version"
rc=0
in_root 'cd /tmp && HOME=/tmp QT_QPA_PLATFORM=offscreen timeout 5 onewindow --db /tmp/client.sqlite --server http://127.0.0.1:9' >/dev/null 2>&1 || rc=$?
[ "$rc" -eq 124 ] || fail "the client did not keep running (exit $rc)"
[ -s "$root/tmp/client.sqlite" ] || fail "the client created no local store"

echo "apt remove / purge onewindow-server ..."
in_root 'export DEBIAN_FRONTEND=noninteractive; apt-get remove -y -qq onewindow-server' >/dev/null 2>&1 || fail "remove"
[ -f "$root/var/lib/onewindow/server.sqlite" ] || fail "remove deleted the database"
[ -f "$root/etc/onewindow/server.conf" ] || fail "remove deleted the config"
in_root 'export DEBIAN_FRONTEND=noninteractive; apt-get purge -y -qq onewindow-server' >/dev/null 2>&1 || fail "purge"
[ -f "$root/var/lib/onewindow/server.sqlite" ] || fail "purge deleted the database"
[ ! -e "$root/etc/onewindow/server.conf" ] || fail "purge left the config"
[ ! -e "$root/etc/systemd/system/multi-user.target.wants/onewindow-server.service" ] || fail "purge left the unit enabled"

[ $status -eq 0 ] && echo "fresh Debian 12 install ok"
exit $status
