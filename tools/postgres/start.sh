#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server for tests and local multi-node runs, and prints its JDBC URL:
#
#   url="$(tools/postgres/start.sh)"      # jdbc:postgresql://127.0.0.1:PORT/warden?user=postgres
#   WARDEN_TEST_POSTGRES_URL="$url" ./mvnw -B verify
#   tools/postgres/stop.sh "$url"
#
# The server listens on 127.0.0.1 only, on a free port, with trust authentication, fsync off and its
# data folder at /tmp/warden-pg-PORT (removed by stop.sh). PostgreSQL refuses to run as root, so when
# started by root the server runs as the 'postgres' user. Uses the newest /usr/lib/postgresql/*/bin
# unless PG_BIN names another folder. Progress goes to stderr; only the URL goes to stdout.
set -euo pipefail

log() { echo "postgres: $*" >&2; }

pg_bin="${PG_BIN:-}"
if [ -z "$pg_bin" ]; then
  pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  if [ -z "$pg_bin" ] && command -v pg_ctl >/dev/null; then
    pg_bin="$(dirname "$(command -v pg_ctl)")"
  fi
fi
if [ -z "$pg_bin" ] || [ ! -x "$pg_bin/initdb" ] || [ ! -x "$pg_bin/pg_ctl" ]; then
  log "no PostgreSQL binaries found (install them with: apt-get install -y postgresql, or set PG_BIN)"
  exit 1
fi

# Run a PostgreSQL binary as the server's owner: 'postgres' when we are root, else ourselves.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}
if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
  log "running as root but there is no 'postgres' user to run the server as"
  exit 1
fi

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

start_on() {
  local port="$1" data="/tmp/warden-pg-$1"
  mkdir "$data" 2>/dev/null || return 1
  chmod 700 "$data"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$data"
  if ! as_owner "$pg_bin/initdb" -D "$data" -U postgres -A trust -E UTF8 --no-sync >"$data.initdb.log" 2>&1; then
    log "initdb failed:"; cat "$data.initdb.log" >&2
    rm -rf "$data" "$data.initdb.log"; exit 1
  fi
  rm -f "$data.initdb.log"
  # -w -t 30: wait at most 30 seconds for the server to accept connections.
  if ! as_owner "$pg_bin/pg_ctl" -D "$data" -l "$data/server.log" -w -t 30 \
      -o "-p $port -c listen_addresses=127.0.0.1 -k $data -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
      start >/dev/null 2>&1; then
    if grep -q "could not bind\|already in use" "$data/server.log" 2>/dev/null; then
      as_owner "$pg_bin/pg_ctl" -D "$data" -m immediate stop >/dev/null 2>&1 || true
      rm -rf "$data"
      return 1
    fi
    log "the server did not start within 30 seconds; its log:"; cat "$data/server.log" >&2 || true
    as_owner "$pg_bin/pg_ctl" -D "$data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$data"; exit 1
  fi
  as_owner "$pg_bin/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -qAt -v ON_ERROR_STOP=1 \
      -c "CREATE DATABASE warden" >/dev/null
  log "started $("$pg_bin/postgres" --version) on 127.0.0.1:$port, data in $data"
  echo "jdbc:postgresql://127.0.0.1:$port/warden?user=postgres"
}

for _ in $(seq 1 20); do
  port=$(( 20000 + RANDOM % 40000 ))
  port_in_use "$port" && continue
  start_on "$port" && exit 0
done
log "could not find a free port after 20 tries"
exit 1
