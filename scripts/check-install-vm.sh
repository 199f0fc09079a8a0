#!/usr/bin/env bash
# The whole deployment on a fresh Debian 12 machine, as docs/deployment.md describes it:
#  1. debootstraps bookworm with a kernel, systemd and nginx into a temporary folder, installs
#     onewindow-server and onewindow there with apt, puts deploy/nginx/onewindow.conf in place
#     with a self-signed certificate, and makes a disk image of it;
#  2. boots that image as a virtual machine (qemu): systemd starts onewindow-server
#     (the packaged unit, as its own user) and nginx (TLS in front);
#  3. inside the machine a check (a oneshot unit) reports on the serial console: the unit
#     enabled and active, `nginx -t`, /health through nginx, the unit restarting the server after
#     a SIGKILL; it then makes the demo hall and two one-time enrollment codes;
#  4. from outside, over HTTPS through nginx (a forwarded port), two client stores on this
#     machine enroll with those codes; one works offline (the forwarded port removed: the line
#     is down), its sync fails and nothing is lost; the line comes back, it syncs; the other
#     device pulls and holds the same cases; the server's audit chain verifies.
# Needs root and the network (Debian's mirror); about 10-15 minutes (the machine is emulated;
# ACCEL=kvm boots it with KVM where nested KVM works). Not part of
# `make test`. Build first: `make package` and the build's bin/onewindow-syncdriver (a client
# without a window, from the same models code).
# Usage: sudo scripts/check-install-vm.sh [BUILD_DIR] [MIRROR]
set -euo pipefail
build=$(cd "${1:-build}" && pwd)
mirror=${2:-http://deb.debian.org/debian}
src=$(cd "$(dirname "$0")/.." && pwd)
server_deb=$(ls "$build"/onewindow-server_*.deb)
client_deb=$(ls "$build"/onewindow_*.deb)
driver="$build/bin/onewindow-syncdriver"
[ "$(id -u)" -eq 0 ] || { echo "run as root"; exit 1; }
[ -x "$driver" ] || { echo "no $driver: build the project first"; exit 1; }
need=()
command -v debootstrap >/dev/null || need+=(debootstrap)
command -v qemu-system-x86_64 >/dev/null || need+=(qemu-system-x86)
command -v mkfs.ext4 >/dev/null || need+=(e2fsprogs)
command -v python3 >/dev/null || need+=(python3)
if [ ${#need[@]} -gt 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}"
fi

tmp=$(mktemp -d)
root="$tmp/root"
qemu_pid=""
web_pid=""
# shellcheck disable=SC2317 # called by the trap
cleanup() {
    [ -n "$qemu_pid" ] && kill "$qemu_pid" 2>/dev/null || true
    [ -n "$web_pid" ] && kill "$web_pid" 2>/dev/null || true
    for m in proc sys dev; do
        if mountpoint -q "$root/$m"; then umount -l "$root/$m" || true; fi
    done
    if [ -n "${KEEP:-}" ]; then echo "kept $tmp"; else rm -rf "$tmp"; fi
}
trap cleanup EXIT
status=0
fail() { echo "FAIL: $*"; status=1; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
in_root() { chroot "$root" /bin/bash -c "$1"; }

# --- 1. the machine's disk ------------------------------------------------------------------
echo "debootstrap bookworm (kernel, systemd, nginx) into $root ..."
debootstrap --variant=minbase \
    --include=systemd-sysv,udev,dbus,linux-image-amd64,nginx,ca-certificates,curl,iproute2,procps \
    bookworm "$root" "$mirror" >"$tmp/debootstrap.log" 2>&1 \
    || { tail "$tmp/debootstrap.log"; exit 1; }
cp /etc/resolv.conf "$root/etc/resolv.conf"
mount -t proc proc "$root/proc"
mount --rbind /sys "$root/sys"
mount --rbind /dev "$root/dev"
cp "$server_deb" "$client_deb" "$root/tmp/"
echo "apt install ./$(basename "$server_deb") ./$(basename "$client_deb") ..."
in_root "export DEBIAN_FRONTEND=noninteractive; apt-get update -qq && apt-get install -y -qq /tmp/$(basename "$server_deb") /tmp/$(basename "$client_deb")" \
    >"$tmp/install.log" 2>&1 || { tail -20 "$tmp/install.log"; exit 1; }
umount -l "$root/proc" "$root/sys" "$root/dev"

echo "onewindow-vm" >"$root/etc/hostname"
echo "/dev/vda / ext4 defaults 0 1" >"$root/etc/fstab"
mkdir -p "$root/etc/systemd/network"
printf '[Match]\nName=en*\n\n[Network]\nDHCP=yes\n' >"$root/etc/systemd/network/20-wired.network"
ln -sf /lib/systemd/system/systemd-networkd.service \
    "$root/etc/systemd/system/multi-user.target.wants/systemd-networkd.service"

# nginx as docs/deployment.md sets it up: the repo's site, a certificate, the default site off.
mkdir -p "$root/etc/ssl/onewindow"
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=onewindow.example.gov.cn" \
    -addext "subjectAltName=DNS:onewindow.example.gov.cn,DNS:localhost,IP:127.0.0.1" \
    -keyout "$root/etc/ssl/onewindow/privkey.pem" -out "$root/etc/ssl/onewindow/fullchain.pem" 2>/dev/null
chmod 600 "$root/etc/ssl/onewindow/privkey.pem"
cp "$root/etc/ssl/onewindow/fullchain.pem" "$tmp/ca.pem"
cp "$src/deploy/nginx/onewindow.conf" "$root/etc/nginx/sites-available/onewindow.conf"
ln -sf ../sites-available/onewindow.conf "$root/etc/nginx/sites-enabled/onewindow.conf"
rm -f "$root/etc/nginx/sites-enabled/default"

# The check that runs inside the machine once it has booted; it talks on the serial console
# and takes its second step when the host offers it (http://10.0.2.2:PORT/, qemu's host).
web_port=$(free_port)
cat >"$root/usr/local/sbin/onewindow-vm-check" <<CHECK
#!/bin/bash
say() { printf '\nOWCHECK %s\n' "\$*" >/dev/ttyS0; }
yes() { "\$@" >/dev/null 2>&1 && echo yes || echo no; }
conf=/etc/onewindow/server.conf
ow() { runuser -u onewindow -- env HOME=/var/lib/onewindow /usr/bin/onewindow-server "\$@" --config \$conf; }
say "enabled \$(yes systemctl is-enabled onewindow-server) \$(yes systemctl is-enabled nginx)"
for _ in \$(seq 60); do curl -fsk https://127.0.0.1/health >/dev/null 2>&1 && break; sleep 1; done
say "active \$(yes systemctl is-active onewindow-server) \$(yes systemctl is-active nginx)"
say "user \$(systemctl show -p User --value onewindow-server)"
nginx -t >/dev/null 2>&1 && say "nginx-t ok" || say "nginx-t failed"
say "health \$(curl -fsk https://127.0.0.1/health)"
say "http \$(curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1/health)"
pid=\$(systemctl show -p MainPID --value onewindow-server)
kill -9 "\$pid"
sleep 4
for _ in \$(seq 30); do curl -fsk https://127.0.0.1/health >/dev/null 2>&1 && break; sleep 1; done
pid2=\$(systemctl show -p MainPID --value onewindow-server)
[ "\$pid2" != "\$pid" ] && [ "\$pid2" != 0 ] && say "restarted \$(systemctl is-active onewindow-server)" || say "not-restarted"
# The demo hall for the check's devices (its users are the client's demo users).
systemctl stop onewindow-server
rm -f /var/lib/onewindow/server.sqlite*
ow init --demo >/dev/null 2>&1 || say "init-failed"
systemctl start onewindow-server
for _ in \$(seq 30); do curl -fsk https://127.0.0.1/health >/dev/null 2>&1 && break; sleep 1; done
say "code1 \$(ow device enroll --place 621221 | grep -o '[A-Z0-9-]\{8,\}' | tail -n 1)"
say "code2 \$(ow device enroll --place 621221 | grep -o '[A-Z0-9-]\{8,\}' | tail -n 1)"
say "ready"
for _ in \$(seq 600); do curl -fs http://10.0.2.2:$web_port/verify >/dev/null 2>&1 && break; sleep 1; done
say "devices \$(ow device list | grep -c 621221)"
ow audit verify >/tmp/verify.out 2>&1 && say "audit ok" || say "audit failed \$(tr '\n' ' ' </tmp/verify.out)"
say "end"
CHECK
chmod 755 "$root/usr/local/sbin/onewindow-vm-check"
cat >"$root/etc/systemd/system/onewindow-vm-check.service" <<'UNIT'
[Unit]
Description=OneWindow installation check
After=onewindow-server.service nginx.service systemd-networkd.service
Wants=systemd-networkd.service

[Service]
Type=oneshot
ExecStart=/usr/local/sbin/onewindow-vm-check

[Install]
WantedBy=multi-user.target
UNIT
ln -sf /etc/systemd/system/onewindow-vm-check.service \
    "$root/etc/systemd/system/multi-user.target.wants/onewindow-vm-check.service"
kernel=$(ls "$root"/boot/vmlinuz-* | head -n 1)
initrd=$(ls "$root"/boot/initrd.img-* | head -n 1)
cp "$kernel" "$tmp/vmlinuz"
cp "$initrd" "$tmp/initrd.img"
echo "disk image ..."
truncate -s 3G "$tmp/disk.img"
mkfs.ext4 -q -F -d "$root" "$tmp/disk.img"

# --- 2. boot it -----------------------------------------------------------------------------
https_port=$(free_port)
# Software emulation by default: nested KVM in a container hung at the kernel's start here.
# ACCEL=kvm uses KVM where it works (about 10 times faster to boot).
if [ "${ACCEL:-tcg}" = kvm ]; then
    accel="-enable-kvm -cpu host"
else
    accel="-accel tcg,thread=multi -cpu max"
fi
mkdir -p "$tmp/web"
(cd "$tmp/web" && exec python3 -m http.server "$web_port" --bind 0.0.0.0 >/dev/null 2>&1) &
web_pid=$!
echo "booting the machine (https on 127.0.0.1:$https_port) ..."
qemu-system-x86_64 $accel -m 2048 -smp 2 -nographic -no-reboot \
    -kernel "$tmp/vmlinuz" -initrd "$tmp/initrd.img" \
    -append "root=/dev/vda rw console=ttyS0 quiet" \
    -drive file="$tmp/disk.img",format=raw,if=virtio \
    -netdev user,id=net0,hostfwd=tcp:127.0.0.1:"$https_port"-:443 \
    -device virtio-net-pci,netdev=net0 \
    -serial file:"$tmp/console.log" -monitor unix:"$tmp/monitor.sock",server,nowait \
    -display none >"$tmp/qemu.out" 2>&1 &
qemu_pid=$!
said() { grep -ao "OWCHECK $1.*" "$tmp/console.log" 2>/dev/null | head -n 1 | sed "s/^OWCHECK $1 *//" | tr -d '\r'; }
wait_for() {
    for _ in $(seq "$2"); do
        grep -aq "OWCHECK $1" "$tmp/console.log" 2>/dev/null && return 0
        kill -0 "$qemu_pid" 2>/dev/null || return 1
        sleep 1
    done
    return 1
}
monitor() { python3 - "$tmp/monitor.sock" "$1" <<'PY'
import socket, sys, time
s = socket.socket(socket.AF_UNIX); s.connect(sys.argv[1]); time.sleep(0.3); s.recv(4096)
s.sendall((sys.argv[2] + "\n").encode()); time.sleep(0.5); s.recv(4096)
PY
}
wait_for ready 1200 || { tail -40 "$tmp/console.log"; fail "the machine's check did not get ready"; exit 1; }

# --- 3. what the machine said about itself ------------------------------------------------------
[ "$(said enabled)" = "yes yes" ] || fail "units not enabled: $(said enabled)"
[ "$(said active)" = "yes yes" ] || fail "units not active: $(said active)"
[ "$(said user)" = "onewindow" ] || fail "the server does not run as onewindow: $(said user)"
[ "$(said nginx-t)" = "ok" ] || fail "nginx -t in the machine"
said health | grep -q '"status":"ok"' || fail "no /health through nginx: $(said health)"
[ "$(said http)" = "301" ] || fail "plain http is not redirected: $(said http)"
[ "$(said restarted)" = "active" ] || fail "systemd did not restart the killed server"
code1=$(said code1)
code2=$(said code2)
[ -n "$code1" ] && [ -n "$code2" ] || fail "no enrollment codes"
echo "machine: units enabled and active as onewindow, nginx -t ok, /health via TLS, http->https, restart after SIGKILL"

# --- 4. devices from outside, over TLS ----------------------------------------------------------
export ONEWINDOW_CA_FILE="$tmp/ca.pem" QT_QPA_PLATFORM=offscreen
url="https://127.0.0.1:$https_port"
drive() { "$driver" "$@" 2>>"$tmp/driver.err"; }
drive "$tmp/hall.sqlite" counter enroll "$url" "$code1" | grep -q '^enrolled ' || fail "device 1 did not enroll: $(tail -3 "$tmp/driver.err")"
monitor "hostfwd_remove tcp:127.0.0.1:$https_port"
committed=$(drive "$tmp/hall.sqlite" counter work 12 7 0 | grep -c '^committed ' || true)
[ "$committed" -eq 12 ] || fail "offline work: $committed of 12 committed"
drive "$tmp/hall.sqlite" counter sync | grep -q '^synced failed' || fail "a sync with the line down did not fail"
monitor "hostfwd_add tcp:127.0.0.1:$https_port-:443"
drive "$tmp/hall.sqlite" counter sync | grep -q '^synced ok' || fail "the sync after the line came back failed"
drive "$tmp/hall2.sqlite" counter enroll "$url" "$code2" | grep -q '^enrolled ' || fail "device 2 did not enroll"
drive "$tmp/hall2.sqlite" counter pull 500 | grep -q '^done' || fail "device 2 did not pull"
cases() { python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("select group_concat(id) from (select id from cases order by id)").fetchone()[0])' "$1"; }
one=$(cases "$tmp/hall.sqlite"); two=$(cases "$tmp/hall2.sqlite")
[ -n "$one" ] && [ "$one" = "$two" ] || fail "the two devices do not hold the same cases"
echo "devices: enrolled over TLS, 12 changes made offline, synced when the line came back, the second device holds the same $(echo "$one" | tr ',' '\n' | wc -l) cases"
touch "$tmp/web/verify"
wait_for end 120 || fail "the machine's last step did not finish"
[ "$(said audit)" = "ok" ] || fail "audit verify in the machine: $(said audit)"
[ "$(said devices)" -ge 2 ] 2>/dev/null || fail "device list: $(said devices)"
monitor "system_powerdown" || true
[ $status -eq 0 ] && echo "fresh Debian 12 machine: install, systemd, nginx, enrollment, offline work and sync ok"
exit $status
