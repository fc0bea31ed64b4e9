#!/usr/bin/env bash
# Warden's load run (throughput vs GET /health and vs moto, AssumeRole p99 at 1,000 req/s, cold start,
# idle memory), everything on this machine over loopback:
#
#   bench/load/run.sh            # prints the table; add --check to exit 1 when a target is missed
#
# Installs what is missing (wrk from Debian, moto[server] and boto3 with pip), builds the warden jar
# and the bench jar, then runs bench/load/warden_load.py with the given options (--help lists them).
# WARDEN_START_CMD, if set, starts the server instead of `./warden up` (gets WARDEN_HOME, WARDEN_PORT).
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

exec python3 bench/load/warden_load.py "$@"
