#!/usr/bin/env bash
# Warden's load run (throughput vs GET /health and vs moto, AssumeRole p99 at 1,000 req/s, cold start,
# idle memory), everything on this machine over loopback:
#
#   bench/load/run.sh            # prints the table; add --check to exit 1 when a target is missed
#
# Installs what is missing (wrk from Debian, moto[server] and boto3 with pip), builds the warden jar
# and the bench jar, then runs bench/load/warden_load.py with the given options (--help lists them).
# WARDEN_START_CMD, if set, starts the server instead of `./warden up` (gets WARDEN_HOME, WARDEN_PORT).
# WARDEN_JAVA_OPTS, if set, replaces the launcher's JVM defaults (see ./warden).
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$repo"

if ! command -v wrk >/dev/null 2>&1; then
  echo "load: installing wrk (Debian)" >&2
  (apt-get update -qq && apt-get install -y -qq wrk) >&2
fi
if ! command -v moto_server >/dev/null 2>&1; then
  echo "load: installing moto[server] (pip)" >&2
  timeout 600 python3 -m pip install -q 'moto[server]' >&2
fi
python3 -c 'import boto3' 2>/dev/null || timeout 600 python3 -m pip install -q boto3 >&2

echo "load: building the warden jar and the bench jar" >&2
timeout 900 ./warden --version >/dev/null
timeout 900 ./mvnw -B -q -DskipTests -Dmaven.test.skip=true -pl bench -am package >&2

# The launcher records a class-data archive (cli/target/warden.jsa) during the first `up` after a
# build and maps it from then on; record it here, so that the cold start below measures a fresh home
# on an installed build rather than the one-off recording run.
if [ -z "${WARDEN_START_CMD:-}" ] && { [ ! -s cli/target/warden.jsa ] || [ cli/target/warden.jar -nt cli/target/warden.jsa ]; }; then
  echo "load: recording the launcher's class-data archive (one \`./warden up\` on a temp home)" >&2
  prime_home="$(mktemp -d)"
  prime_port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
  ./warden up --home "$prime_home" --port "$prime_port" >"$prime_home.log" 2>&1 &
  prime_pid=$!
  for _ in $(seq 600); do
    python3 -c "import urllib.request,sys; urllib.request.urlopen('http://127.0.0.1:$prime_port/health', timeout=1)" 2>/dev/null && break
    sleep 0.1
  done
  kill -TERM "$prime_pid" 2>/dev/null || true
  wait "$prime_pid" || true
  rm -rf "$prime_home" "$prime_home.log"
fi

exec python3 bench/load/warden_load.py "$@"
