#!/usr/bin/env bash
# Workload figures (issue #6), on this machine over loopback:
#   1. the container credentials endpoint under 200 concurrent requests: bursts of 200 simultaneous GETs
#      (dev.warden.bench.load.CredentialBurstLoad, 200 threads with keep-alive connections), then
#      wrk with 200 connections (closed loop, --latency) for throughput;
#   2. what `./warden exec --role R -- true` adds to starting `true` (median of N runs each).
#
#   bench/load/workload.sh [SECONDS] [RUNS]      # defaults: 15 s of load, 20 exec runs
#
# Needs wrk (installed from Debian when missing) and the AWS CLI (to create the role). Starts its own
# `./warden up` on a temporary home and a free port; the launcher's CDS archive is used when present.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$repo"
seconds="${1:-15}"
runs="${2:-20}"

. bench/load/common.sh

ensure_wrk
build_jars
# Record the launcher's class-data archive first, so that the exec timings below measure an installed
# build, as bench/load/run.sh does.
record_class_data_archive

home="$(mktemp -d)"
port="$(free_port)"
./warden up --home "$home" --port "$port" >"$home.log" 2>&1 &
server=$!
cleanup() {
  kill -TERM "$server" 2>/dev/null || true
  wait "$server" 2>/dev/null || true
  rm -rf "$home" "$home.log"
}
trap cleanup EXIT
wait_for_health "$port"
eval "$(./warden env --home "$home")"
account="$(aws sts get-caller-identity --query Account --output text)"
aws iam create-role --role-name bench-workload --output text --query Role.Arn --assume-role-policy-document \
  "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::$account:root\"},\"Action\":\"sts:AssumeRole\"}]}" >/dev/null

echo "== load average before: $(cut -d' ' -f1-3 /proc/loadavg) (2 cores, shared)"
echo "== container credentials endpoint: 100 bursts of 200 concurrent GETs (after 50 warm-up bursts)"
./warden exec --role bench-workload --session-name bench -- sh -c \
  'java -cp bench/target/benchmarks.jar dev.warden.bench.load.CredentialBurstLoad --url "$AWS_CONTAINER_CREDENTIALS_FULL_URI"'
echo "== the same endpoint, one request at a time (5,000 after 2,000 warm-up): the handler's own cost"
./warden exec --role bench-workload --session-name bench -- sh -c \
  'java -cp bench/target/benchmarks.jar dev.warden.bench.load.CredentialBurstLoad --url "$AWS_CONTAINER_CREDENTIALS_FULL_URI" --concurrency 1 --rounds 5000 --warmup 2000'
echo "== container credentials endpoint: wrk -t2 -c200 -d${seconds}s --latency (after a 3 s warm-up)"
./warden exec --role bench-workload --session-name bench -- sh -c '
  wrk -t2 -c200 -d3s -H "Authorization: $AWS_CONTAINER_AUTHORIZATION_TOKEN" "$AWS_CONTAINER_CREDENTIALS_FULL_URI" >/dev/null
  wrk -t2 -c200 -d'"$seconds"'s --latency -H "Authorization: $AWS_CONTAINER_AUTHORIZATION_TOKEN" "$AWS_CONTAINER_CREDENTIALS_FULL_URI"'
echo "== load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

echo "== ./warden exec --role bench-workload -- true vs true, $runs runs each"
python3 - "$runs" <<'PY'
import statistics, subprocess, sys, time
runs = int(sys.argv[1])
def timed(command):
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return statistics.median(samples), samples[int(0.9 * (len(samples) - 1))]
base = timed(["true"])
version = timed(["./warden", "--version"])
warden = timed(["./warden", "exec", "--role", "bench-workload", "--", "true"])
print(f"true:                 median {base[0]:7.1f} ms, p90 {base[1]:7.1f} ms")
print(f"./warden --version:   median {version[0]:7.1f} ms, p90 {version[1]:7.1f} ms (JVM and CLI start alone)")
print(f"./warden exec ... true: median {warden[0]:7.1f} ms, p90 {warden[1]:7.1f} ms")
print(f"exec adds:            median {warden[0] - base[0]:7.1f} ms (target <= 300 ms)")
PY
