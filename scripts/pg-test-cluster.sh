#!/usr/bin/env bash
# A private PostgreSQL for tests and benches: initdb + pg_ctl in DIR on a free loopback port, no
# system service. Prints nothing on success; DIR/url then holds the server's URL
# (postgresql://onewindow@127.0.0.1:PORT/postgres; trust authentication, loopback only).
#
#   scripts/pg-test-cluster.sh start DIR   # creates DIR/pg on first use, starts it
#   scripts/pg-test-cluster.sh stop DIR    # stops it and removes DIR
#   scripts/pg-test-cluster.sh url DIR     # prints the URL
#
# PostgreSQL refuses to run as root: as root the server runs as the system user `postgres`
# (created by Debian's postgresql-common), which gets DIR.
set -euo pipefail

action=${1:?usage: pg-test-cluster.sh start|stop|url DIR}
dir=${2:?usage: pg-test-cluster.sh start|stop|url DIR}
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)

bin=""
for candidate in /usr/lib/postgresql/*/bin; do
  [ -x "$candidate/initdb" ] && bin=$candidate
done
if [ -z "$bin" ]; then
  echo "pg-test-cluster: PostgreSQL is not installed (apt-get install postgresql; scripts/install-deps.sh)" >&2
  exit 1
fi

as_owner=()
if [ "$(id -u)" -eq 0 ]; then
  if ! id postgres >/dev/null 2>&1; then
    useradd --system --home-dir /var/lib/postgresql --shell /usr/sbin/nologin postgres
  fi
  as_owner=(runuser -u postgres --)
fi

# The cluster's files live where its owner can reach them: as root, PostgreSQL runs as the
# postgres user, who may not be able to enter the build tree (a clone in a 0700 temp folder);
# then they go into a folder of their own under /tmp, named in DIR/pgdir.
if [ -f "$dir/pgdir" ]; then
  pgdir=$(cat "$dir/pgdir")
elif [ ${#as_owner[@]} -gt 0 ] && [ "$action" = start ]; then
  pgdir=$(mktemp -d /tmp/onewindow-pg.XXXXXX)
  chown postgres "$pgdir"
  echo "$pgdir" >"$dir/pgdir"
else
  pgdir=$dir
fi

free_port() {
  python3 - <<'EOF'
import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()
EOF
}

case "$action" in
start)
  if [ -f "$pgdir/pg/postmaster.pid" ] && [ -f "$dir/url" ] \
     && "${as_owner[@]}" "$bin/pg_ctl" -D "$pgdir/pg" status >/dev/null 2>&1; then
    exit 0 # already running
  fi
  if [ ! -f "$pgdir/pg/PG_VERSION" ]; then
    rm -rf "$pgdir/pg"
    mkdir -p "$pgdir/pg"
    [ ${#as_owner[@]} -gt 0 ] && chown postgres "$pgdir" "$pgdir/pg"
    "${as_owner[@]}" "$bin/initdb" -D "$pgdir/pg" -A trust -U onewindow -E UTF8 --locale=C.UTF-8 \
      >"$pgdir/initdb.log" 2>&1 || { cat "$pgdir/initdb.log" >&2; exit 1; }
  fi
  [ ${#as_owner[@]} -gt 0 ] && chown postgres "$pgdir"
  port=$(free_port)
  # Tests kill servers, not the machine: no fsync, unless ONEWINDOW_PG_DURABLE=1 (benches: then
  # durable and sized as docs/deployment.md section 6 recommends for a province server).
  durability="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  [ "${ONEWINDOW_PG_DURABLE:-}" = 1 ] && durability="-c shared_buffers=1GB -c max_wal_size=4GB"
  "${as_owner[@]}" "$bin/pg_ctl" -D "$pgdir/pg" -l "$pgdir/postgres.log" -w -t 60 \
    -o "-p $port -c listen_addresses=127.0.0.1 -k $pgdir -c max_connections=200 $durability" \
    start >/dev/null || { cat "$pgdir/postgres.log" >&2; exit 1; }
  echo "postgresql://onewindow@127.0.0.1:$port/postgres" >"$dir/url"
  chmod a+r "$dir/url"
  ;;
stop)
  if [ -f "$pgdir/pg/postmaster.pid" ]; then
    "${as_owner[@]}" "$bin/pg_ctl" -D "$pgdir/pg" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  [ "$pgdir" != "$dir" ] && rm -rf "$pgdir"
  rm -rf "$dir"
  ;;
url)
  cat "$dir/url"
  ;;
*)
  echo "usage: pg-test-cluster.sh start|stop|url DIR" >&2
  exit 2
  ;;
esac
