#!/usr/bin/env bash
# Checks the deployment files in deploy/ without installing anything:
#  - deploy/nginx/onewindow.conf passes `nginx -t` (with a self-signed certificate made here put in
#    place of the certificate paths, and a temporary prefix), and its client_max_body_size equals
#    max_body_bytes in deploy/server.conf;
#  - the systemd units pass `systemd-analyze verify` (with ExecStart pointing at the built
#    binary, since /usr/bin/onewindow-server is not installed on a build machine).
# Usage: scripts/check-deploy.sh BUILD_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
src=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
fail() { echo "FAIL: $*"; status=1; }

# --- nginx ---------------------------------------------------------------------------------
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)
[ -x "$nginx_bin" ] || { echo "nginx is not installed (scripts/install-deps.sh installs it)"; exit 1; }
conf="$src/deploy/nginx/onewindow.conf"
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=onewindow.example.gov.cn" \
        -keyout "$tmp/privkey.pem" -out "$tmp/fullchain.pem" 2>/dev/null
mkdir -p "$tmp/nginx/logs"
sed -e "s#/etc/ssl/onewindow/fullchain.pem#$tmp/fullchain.pem#" \
    -e "s#/etc/ssl/onewindow/privkey.pem#$tmp/privkey.pem#" \
    -e "s#/var/log/nginx/#$tmp/nginx/logs/#" \
    "$conf" > "$tmp/nginx/onewindow.conf"
grep -q "$tmp/fullchain.pem" "$tmp/nginx/onewindow.conf" || fail "nginx: no ssl_certificate placeholder /etc/ssl/onewindow/fullchain.pem"
grep -q "$tmp/privkey.pem" "$tmp/nginx/onewindow.conf" || fail "nginx: no ssl_certificate_key placeholder /etc/ssl/onewindow/privkey.pem"
# The main file as Debian's /etc/nginx/nginx.conf includes a site, reduced to what -t needs.
cat > "$tmp/nginx/nginx.conf" <<CONF
pid $tmp/nginx/nginx.pid;
error_log $tmp/nginx/logs/error.log;
events { worker_connections 64; }
http {
    client_body_temp_path $tmp/nginx/body;
    proxy_temp_path $tmp/nginx/proxy;
    fastcgi_temp_path $tmp/nginx/fastcgi;
    uwsgi_temp_path $tmp/nginx/uwsgi;
    scgi_temp_path $tmp/nginx/scgi;
    access_log $tmp/nginx/logs/access.log;
    include $tmp/nginx/onewindow.conf;
}
CONF
if out=$("$nginx_bin" -t -q -p "$tmp/nginx" -c "$tmp/nginx/nginx.conf" -e "$tmp/nginx/logs/error.log" 2>&1); then
    echo "nginx -t: ok"
else
    fail "nginx -t: $out"
fi
for what in "ssl_certificate " "ssl_protocols" "upstream onewindow_servers" "proxy_pass http://onewindow_servers" \
            "proxy_read_timeout" "proxy_connect_timeout" "client_body_timeout"; do
    grep -q "$what" "$conf" || fail "nginx: $what missing"
done
upstreams=$(sed -n '/^upstream onewindow_servers/,/^}/p' "$conf" | grep -c '^ *server 127\.0\.0\.1:')
[ "$upstreams" -ge 2 ] || fail "nginx: the upstream lists $upstreams server processes, want several"

# client_max_body_size (k/m suffixes) == max_body_bytes of the shipped server.conf.
size=$(sed -n 's/^ *client_max_body_size  *\([0-9]*[kKmM]\?\);.*/\1/p' "$conf")
case "$size" in
*[kK]) nginx_bytes=$(( ${size%?} * 1024 )) ;;
*[mM]) nginx_bytes=$(( ${size%?} * 1024 * 1024 )) ;;
*) nginx_bytes=$size ;;
esac
server_bytes=$(sed -n 's/^max_body_bytes=\([0-9]*\)$/\1/p' "$src/deploy/server.conf")
if [ -z "$nginx_bytes" ] || [ "$nginx_bytes" != "$server_bytes" ]; then
    fail "nginx client_max_body_size ($size = ${nginx_bytes:-none} bytes) differs from server.conf max_body_bytes (${server_bytes:-none})"
else
    echo "body limit: $nginx_bytes bytes in both"
fi
# Every upstream port is one the units can run: 8470 (server.conf) or an @PORT instance.
port=$(sed -n 's/^port=\([0-9]*\)$/\1/p' "$src/deploy/server.conf")
sed -n '/^upstream onewindow_servers/,/^}/p' "$conf" | grep -q "127.0.0.1:$port " \
    || fail "nginx: the upstream does not list server.conf's port $port"

# --- systemd -------------------------------------------------------------------------------
server_bin="$build/bin/onewindow-server"
[ -x "$server_bin" ] || { echo "$server_bin is missing: build first"; exit 1; }
mkdir -p "$tmp/units"
for unit in onewindow-server.service onewindow-server@.service; do
    name=$unit
    [ "$unit" = onewindow-server@.service ] && name=onewindow-server@8471.service
    sed "s#/usr/bin/onewindow-server#$server_bin#" "$src/deploy/systemd/$unit" > "$tmp/units/$name"
    if out=$(systemd-analyze verify "$tmp/units/$name" 2>&1); then
        echo "systemd-analyze verify $unit: ok"
    else
        fail "systemd-analyze verify $unit: $out"
    fi
    for what in "^User=onewindow$" "^ExecStart=/usr/bin/onewindow-server serve --config /etc/onewindow/server.conf" \
                "^StateDirectory=onewindow$" "^WantedBy=multi-user.target$"; do
        grep -q "$what" "$src/deploy/systemd/$unit" || fail "$unit: $what missing"
    done
done
grep -q -- '--port %i' "$src/deploy/systemd/onewindow-server@.service" || fail "onewindow-server@.service does not take the port from the instance"

[ $status -eq 0 ] && echo "deployment files ok"
exit $status
