#!/usr/bin/env bash
# Stops a server started by tools/postgres/start.sh and deletes its data folder.
# Usage: tools/postgres/stop.sh JDBC_URL|PORT
set -euo pipefail

if [ $# -ne 1 ]; then
  echo "usage: $0 JDBC_URL|PORT   (as printed by tools/postgres/start.sh)" >&2
  exit 2
fi
port="$(printf '%s' "$1" | sed -E 's#^jdbc:postgresql://[^:/]+:([0-9]+)/.*$#\1#')"
if ! [[ "$port" =~ ^[0-9]+$ ]]; then
  echo "postgres: cannot find a port in '$1'" >&2
  exit 2
fi
data="/tmp/warden-pg-$port"
if [ ! -f "$data/PG_VERSION" ]; then
  echo "postgres: no server started by start.sh on port $port ($data is missing)" >&2
  exit 1
fi
pg_bin="${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)}"
[ -z "$pg_bin" ] && command -v pg_ctl >/dev/null && pg_bin="$(dirname "$(command -v pg_ctl)")"
if [ "$(id -u)" -eq 0 ]; then
  runuser -u postgres -- "$pg_bin/pg_ctl" -D "$data" -m fast -w -t 30 stop >/dev/null 2>&1 || true
else
  "$pg_bin/pg_ctl" -D "$data" -m fast -w -t 30 stop >/dev/null 2>&1 || true
fi
rm -rf "$data"
echo "postgres: stopped the server on port $port and removed $data" >&2
