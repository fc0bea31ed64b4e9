#!/usr/bin/env bash
# The AWS SDK for JavaScript v3 against a real Warden process, used as a JS user would use it
# (tests/js-sdk/*.test.mjs, node:test; versions pinned in package-lock.json):
#
#   tests/js-sdk/run.sh
#
# Installs the pinned SDK with `npm ci` into tests/js-sdk/node_modules, starts
# `./warden up --home <temp> --port <free port>` on 127.0.0.1 (the approach of tests/e2e/seed-story.sh),
# waits for GET /health, and runs the tests with the profile files that first start wrote
# ($WARDEN_HOME/aws/{config,credentials}, profile `warden`) and AWS_ENDPOINT_URL, as `./warden env` sets
# them. One line per check; a non-zero exit on any failure. The server is always stopped (trap).
#
# Environment (all optional):
#   WARDEN_START_CMD      start the server with this bash command instead of `./warden up`; it gets
#                         WARDEN_HOME and WARDEN_PORT in its environment and must write the same files
#                         (the ./warden exec tests still use the launcher)
#   WARDEN_START_TIMEOUT  seconds to wait for GET /health (default 60)
#   WARDEN_BUILD_TIMEOUT  seconds allowed for the launcher's first build (default 900)
#   JS_SDK_KEEP_HOME      1 keeps the temp home (and the server log) for inspection
set -euo pipefail
shopt -s inherit_errexit

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
# shellcheck source=../lib/warden-server.sh
. "$repo/tests/lib/warden-server.sh"
start_timeout="${WARDEN_START_TIMEOUT:-60}"
build_timeout="${WARDEN_BUILD_TIMEOUT:-900}"

# shellcheck source=../lib/steps.sh
. "$repo/tests/lib/steps.sh"
steps_init js js-sdk

# --- tools -------------------------------------------------------------------------------------
step "tools: node >= 20, npm, curl"
command -v node >/dev/null 2>&1 || fail "node is missing"
command -v npm >/dev/null 2>&1 || fail "npm is missing"
command -v curl >/dev/null 2>&1 || fail "curl is missing"
node_major="$(node -p 'process.versions.node.split(".")[0]')"
[ "$node_major" -ge 20 ] || fail "node $(node --version) is too old (the SDK needs >= 20)"
ok "node $(node --version), npm $(npm --version)"

step "npm ci (the SDK versions pinned in package-lock.json)"
npm_log="$(cd "$here" && timeout 300 npm ci --no-audit --no-fund 2>&1)" || fail "npm ci failed" "$npm_log"
ok "$(node -p "'client-iam ' + require('$here/node_modules/@aws-sdk/client-iam/package.json').version + \
', client-sts ' + require('$here/node_modules/@aws-sdk/client-sts/package.json').version + \
', client-s3 ' + require('$here/node_modules/@aws-sdk/client-s3/package.json').version")"

# --- server ------------------------------------------------------------------------------------
tmp="$(mktemp -d "${TMPDIR:-/tmp}/warden-js-sdk.XXXXXX")"
home="$tmp/home"
log="$tmp/warden.log"
server_pid=""

stop_server() {
  local rc=$?
  warden_finish "$rc" js-sdk "${JS_SDK_KEEP_HOME:-0}" "$tmp" "$log"
  if [ "$rc" -eq 0 ]; then echo "js-sdk: passed"; else echo "js-sdk: FAILED (exit $rc)"; fi
  exit "$rc"
}
trap stop_server EXIT
trap 'exit 130' INT TERM

port="$(warden_free_port)"

warden_build_step "$repo" "$tmp" "$build_timeout"

warden_start_steps "$repo" "$home" "$port" "$log" "$start_timeout"

step "first start wrote aws/credentials and aws/config (profile warden)"
warden_check_profile_files "$home" "$port"
ok

# Only Warden's files steer the SDK: nothing from the caller's environment leaks in.
warden_use_profile_files "$home"
export AWS_ENDPOINT_URL="http://127.0.0.1:$port"
export AWS_EC2_METADATA_DISABLED=true   # the tests name the profile; ./warden exec lifts this for its child
export WARDEN_BIN="$repo/warden"

# --- the SDK ----------------------------------------------------------------------------------
step "node --test (one line per check below)"
printf '\n'
# The spec reporter prints one line per test; node exits non-zero if any fails. The SDK's notice that
# releases after January 2027 need node >= 22 is left out of the listing (it is in node.out).
node_rc=0
(cd "$here" && timeout 180 node --test --test-reporter=spec --test-timeout=60000 \
  iam-sts.test.mjs workload.test.mjs) >"$tmp/node.out" 2>&1 || node_rc=$?
sed '/NodeVersionSupportWarning/,/trace-warnings/d; /^$/d' "$tmp/node.out"
[ "$node_rc" -eq 0 ] || fail "node --test failed (exit $node_rc)"
