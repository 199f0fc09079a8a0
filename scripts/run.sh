#!/usr/bin/env bash
# make run: the client against a local onewindow-server (docs/server.md).
# Reuses a server that already answers on 127.0.0.1:8470; otherwise initialises
# $BUILD/run/server.sqlite with the demo hall (first time only), starts the server in the
# background (log: $BUILD/run/server.log) and stops it again when the client exits. The client
# enrolls with it on first use (a one-time code from `onewindow-server device enroll`).
set -euo pipefail

build=${1:-build}
host=127.0.0.1
port=${ONEWINDOW_PORT:-8470}
server_bin="$build/bin/onewindow-server"
client_bin="$build/bin/onewindow"
run_dir="$build/run"
db="$run_dir/server.sqlite"
demo_password="Demo-2026"
log="$run_dir/server.log"

# True when a OneWindow server answers GET /health with status "ok". Uses bash's /dev/tcp:
# curl may not be installed on a fresh machine.
health_ok() {
  local line length=0 body=""
  # The braces keep 2>/dev/null from applying to the whole script.
  { exec 3<>"/dev/tcp/$host/$port"; } 2>/dev/null || return 1
  printf 'GET /health HTTP/1.1\r\nHost: %s:%s\r\nConnection: close\r\n\r\n' "$host" "$port" >&3
  if ! IFS= read -r -t 2 line <&3 2>/dev/null || [[ $line != "HTTP/1.1 200"* ]]; then
    exec 3<&- 3>&-
    return 1
  fi
  while IFS= read -r -t 2 line <&3 2>/dev/null; do
    line=${line%$'\r'}
    [[ -z $line ]] && break
    if [[ ${line,,} == content-length:* ]]; then
      length=${line#*:}
      length=${length// /}
    fi
  done
  if ((length > 0)); then
    IFS= read -r -t 2 -N "$length" body <&3 2>/dev/null || true
  fi
  exec 3<&- 3>&-
  [[ $body == *'"status":"ok"'* ]]
}

for bin in "$server_bin" "$client_bin"; do
  if [[ ! -x $bin ]]; then
    echo "run.sh: $bin is missing; build first (make build)." >&2
    exit 1
  fi
done

if health_ok; then
  echo "run.sh: using the OneWindow server already running at http://$host:$port"
  exec "$client_bin" --server "http://$host:$port"
fi

mkdir -p "$run_dir"
if [[ ! -e $db ]]; then
  echo "run.sh: creating the demo server database $db"
  "$server_bin" init --demo --db "sqlite:$db"
  # The demo users sign in with a first password and choose their own at the first sign-in
  # (supervisor, auditor and admin also set up their second factor then).
  echo "run.sh: setting the demo users' first password (a slow hash each, a few seconds)"
  for user in counter agent township approver supervisor auditor admin; do
    printf '%s\n' "$demo_password" |
      "$server_bin" user passwd --username "$user" --password-stdin --db "sqlite:$db" &
  done
  wait
fi
echo "run.sh: demo users counter, agent, township, approver, supervisor, auditor, admin;" \
  "first password $demo_password (each chooses a new one at the first sign-in)"

echo "run.sh: starting onewindow-server on $host:$port (log: $log)"
"$server_bin" serve --listen "$host" --port "$port" --db "sqlite:$db" >>"$log" 2>&1 &
server_pid=$!
stop_server() {
  if kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
}
trap stop_server EXIT
trap 'exit 130' INT TERM

for _ in $(seq 1 100); do
  if health_ok; then
    break
  fi
  if ! kill -0 "$server_pid" 2>/dev/null; then
    echo "run.sh: onewindow-server stopped; the end of $log:" >&2
    tail -n 5 "$log" >&2
    exit 1
  fi
  sleep 0.1
done
if ! health_ok; then
  echo "run.sh: onewindow-server does not answer on $host:$port after 10 s; see $log" >&2
  exit 1
fi

# The demo device enrolls at the demo hall with a one-time code (the client ignores it when it
# is enrolled with this server already).
code=$("$server_bin" device enroll --place 621221 --name "make run" --db "sqlite:$db" 2>>"$log" || true)
enroll=()
if [[ -n $code ]]; then
  enroll=(--enroll "$code")
fi

# Not exec: the trap stops the server we started when the client exits.
"$client_bin" --server "http://$host:$port" "${enroll[@]}"
