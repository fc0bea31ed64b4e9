#!/usr/bin/env bash
# Every IAM and STS answer of a real Warden, then its S3 gateway's, checked against botocore's service
# models (tests/wire/response_shapes.py and s3_response_shapes.py say what is checked and why); then
# every IAM and STS member sent just outside its length, pattern or range (tests/wire/input_constraints.py).
#
#   tests/wire/response-shapes.sh
#
# Starts `./warden up --home <temp> --port <free port>` (or WARDEN_START_CMD, see
# tests/lib/warden-server.sh), points boto3 at the profile files first start wrote, runs the check and
# always stops the server. Exits non-zero on any violation. RESPONSE_SHAPES_KEEP_HOME=1 keeps the home.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# shellcheck source=../lib/warden-server.sh
. "$repo/tests/lib/warden-server.sh"

fail() {
  printf 'shapes: %s\n' "$1" >&2
  if [ -n "${2:-}" ]; then printf '%s\n' "$2" | sed 's/^/shapes:   | /' >&2; fi
  exit 1
}

python3 -c 'import boto3' >/dev/null 2>&1 || timeout 600 python3 -m pip install -q boto3 >&2 \
  || fail "pip install boto3 failed"
command -v openssl >/dev/null 2>&1 || fail "openssl is missing (server certificate upload)"
command -v ssh-keygen >/dev/null 2>&1 || fail "ssh-keygen is missing (SSH public key upload)"

tmp="$(mktemp -d "${TMPDIR:-/tmp}/warden-shapes.XXXXXX")"
home="$tmp/home"
log="$tmp/warden.log"
server_pid=""
trap 'warden_finish $? shapes "${RESPONSE_SHAPES_KEEP_HOME:-0}" "$tmp" "$log"' EXIT
trap 'exit 130' INT TERM

if [ -z "${WARDEN_START_CMD:-}" ]; then
  timeout 900 "$repo/warden" --version >"$tmp/build.log" 2>&1 \
    || fail "./warden --version failed" "$(tail -n 30 "$tmp/build.log")"
fi
port="$(warden_free_port)"
warden_launch "$repo" "$home" "$port" "$log"
warden_wait_health "$port" "${WARDEN_START_TIMEOUT:-60}"
warden_check_profile_files "$home" "$port"
warden_use_profile_files "$home"
export AWS_PROFILE=warden AWS_MAX_ATTEMPTS=1 AWS_EC2_METADATA_DISABLED=true
if ! grep -Eq '^region *=' "$AWS_CONFIG_FILE"; then export AWS_REGION=us-east-1; fi

WARDEN_CLI="$repo/warden" WARDEN_HOME="$home" python3 "$repo/tests/wire/response_shapes.py" --prefix shapes
PYTHONPATH="$repo/tests/wire" python3 "$repo/tests/wire/s3_response_shapes.py" --prefix shapes
python3 "$repo/tests/wire/input_constraints.py"
