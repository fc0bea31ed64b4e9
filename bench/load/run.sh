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

. bench/load/common.sh

ensure_wrk
if ! command -v moto_server >/dev/null 2>&1; then
  echo "load: installing moto[server] (pip)" >&2
  timeout 600 python3 -m pip install -q 'moto[server]' >&2
fi
python3 -c 'import boto3' 2>/dev/null || timeout 600 python3 -m pip install -q boto3 >&2

echo "load: building the warden jar and the bench jar" >&2
build_jars

# A cold start below should measure a fresh home on an installed build (see record_class_data_archive).
if [ -z "${WARDEN_START_CMD:-}" ]; then
  record_class_data_archive
fi

exec python3 bench/load/warden_load.py "$@"
