#!/usr/bin/env bash
# End-to-end proof of the seed story against a real Warden process, with real AWS clients:
# the AWS CLI (v1, pip) first, then boto3 (tests/e2e/seed_story.py), each on its own names.
#
#   tests/e2e/seed-story.sh
#
# Starts `./warden up --home <temp> --port <free port>` on 127.0.0.1, waits for GET /health, and
# drives the story with the profile files that first start wrote ($WARDEN_HOME/aws/{config,credentials},
# profile `warden`). Every step prints one line and asserts what it expects; the first surprise
# ends the run with a non-zero exit. The server is always stopped (trap).
#
# Environment (all optional):
#   WARDEN_START_CMD      start the server with this bash command instead of `./warden up`; it gets
#                         WARDEN_HOME and WARDEN_PORT in its environment and must write the same files.
#   WARDEN_START_TIMEOUT  seconds to wait for GET /health (default 60)
#   WARDEN_BUILD_TIMEOUT  seconds allowed for the launcher's first build (default 900)
#   SEED_STORY_KEEP_HOME  1 keeps the temp home (and the server log) for inspection
set -euo pipefail
shopt -s inherit_errexit

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# shellcheck source=../lib/warden-server.sh
. "$repo/tests/lib/warden-server.sh"
start_timeout="${WARDEN_START_TIMEOUT:-60}"
build_timeout="${WARDEN_BUILD_TIMEOUT:-900}"
cli_timeout=60

# shellcheck source=../lib/steps.sh
. "$repo/tests/lib/steps.sh"
steps_init e2e e2e

# The closing line CI reads: every step that passed, and the one that did not.
summarize() {
  steps_summary "$1"
  exit "$1"
}
trap 'summarize $?' EXIT

# --- tools -------------------------------------------------------------------------------------
step "tools: aws CLI, boto3, curl"
missing=()
command -v aws >/dev/null 2>&1 || missing+=(awscli)
python3 -c 'import boto3' >/dev/null 2>&1 || missing+=(boto3)
if [ "${#missing[@]}" -gt 0 ]; then
  timeout 600 python3 -m pip install -q "${missing[@]}" >&2 || fail "pip install ${missing[*]} failed"
fi
command -v curl >/dev/null 2>&1 || fail "curl is missing"
ok "$(aws --version 2>&1 | cut -d' ' -f1), boto3 $(python3 -c 'import boto3; print(boto3.__version__)')"

# --- server ------------------------------------------------------------------------------------
tmp="$(mktemp -d "${TMPDIR:-/tmp}/warden-e2e.XXXXXX")"
home="$tmp/home"
log="$tmp/warden.log"
server_pid=""

stop_server() {
  local rc=$?
  warden_finish "$rc" e2e "${SEED_STORY_KEEP_HOME:-0}" "$tmp" "$log"
  summarize "$rc"
}
trap stop_server EXIT
trap 'exit 130' INT TERM

port="$(warden_free_port)"

if [ -z "${WARDEN_START_CMD:-}" ]; then
  warden_build_step "$repo" "$tmp" "$build_timeout"
fi

warden_start_steps "$repo" "$home" "$port" "$log" "$start_timeout"

step "first start wrote aws/credentials and aws/config"
warden_check_profile_files "$home" "$port"
ok

# Only Warden's files steer the clients: nothing from the caller's environment leaks in.
warden_use_profile_files "$home"
export AWS_PROFILE=warden
export AWS_MAX_ATTEMPTS=1            # a surprise must surface, not be retried away
export AWS_EC2_METADATA_DISABLED=true
export AWS_PAGER=""
if ! grep -Eq '^region *=' "$AWS_CONFIG_FILE"; then export AWS_REGION=us-east-1; fi

if [ -z "${WARDEN_START_CMD:-}" ]; then
  step "./warden env names the same files, profile and endpoint"
  env_out="$(WARDEN_HOME="$home" WARDEN_PORT="$port" timeout 60 "$repo/warden" env 2>"$tmp/env.err")" \
    || fail "./warden env failed" "$env_out$(cat "$tmp/env.err")"
  seen="$(env -i PATH="$PATH" bash -c 'eval "$1" && printf "%s|%s|%s|%s|%s" "$AWS_CONFIG_FILE" \
      "$AWS_SHARED_CREDENTIALS_FILE" "$AWS_PROFILE" "$AWS_ENDPOINT_URL" "${AWS_REGION:-}"' _ "$env_out")" \
    || fail "./warden env output does not evaluate in bash" "$env_out"
  IFS='|' read -r env_config env_credentials env_profile env_endpoint env_region <<<"$seen"
  [ "$(realpath "$env_config")" = "$(realpath "$AWS_CONFIG_FILE")" ] || fail "AWS_CONFIG_FILE=$env_config" "$env_out"
  [ "$(realpath "$env_credentials")" = "$(realpath "$AWS_SHARED_CREDENTIALS_FILE")" ] \
    || fail "AWS_SHARED_CREDENTIALS_FILE=$env_credentials" "$env_out"
  [ "$env_profile" = warden ] || fail "AWS_PROFILE=$env_profile" "$env_out"
  [ "$env_endpoint" = "http://127.0.0.1:$port" ] || fail "AWS_ENDPOINT_URL=$env_endpoint" "$env_out"
  [ -n "$env_region" ] || fail "no AWS_REGION" "$env_out"
  ok "$env_endpoint, $env_region"
fi

# --- the story with the AWS CLI ----------------------------------------------------------------
# aws_ok ARGS...: runs the CLI, fails the step on a non-zero exit, prints stdout.
aws_ok() {
  local out
  if ! out="$(timeout "$cli_timeout" aws "$@" 2>&1)"; then fail "aws $* failed" "$out"; fi
  printf '%s' "$out"
}
# aws_denied EXPECTED_ACTION ARGS...: the call must fail with AccessDenied naming the action;
# prints the CLI's message.
aws_denied() {
  local action="$1" out rc=0
  shift
  out="$(timeout "$cli_timeout" aws "$@" 2>&1)" || rc=$?
  # The pip CLI (v1) exits 255 on a service error, the CLI v2 254 (wire-protocol.md §6.10).
  [ "$rc" -eq 255 ] || [ "$rc" -eq 254 ] || fail "aws $* exited $rc, expected 254/255 (AccessDenied)" "$out"
  grep -q "An error occurred (AccessDenied) when calling the " <<<"$out" || fail "aws $*: not AccessDenied" "$out"
  grep -q "is not authorized to perform: $action" <<<"$out" || fail "aws $*: message does not name $action" "$out"
  printf '%s' "$out"
}
# as NAME=VALUE... -- COMMAND...: runs one command (or function) in a subshell with other credentials;
# the environment's keys beat the profile's, while endpoint_url and region still come from Warden's profile.
as() {
  (
    while [ "$1" != -- ]; do export "${1?}"; shift; done
    shift
    "$@"
  )
}

step "CLI: admin identity from profile warden"
admin="$(aws_ok sts get-caller-identity --query '[Account, Arn]' --output text)"
read -r account admin_arn <<<"$admin"
[[ "$account" =~ ^[0-9]{12}$ ]] || fail "account is not 12 digits: $account"
[[ "$admin_arn" =~ ^arn:aws:iam::$account:(root|user/.+)$ ]] || fail "unexpected admin ARN: $admin_arn"
ok "$admin_arn"

story_cli() {
  local prefix="$1"
  local alice="$prefix-alice" bob="$prefix-bob" role="$prefix-reader" policy="$prefix-iam-read"
  local session="$prefix-session"

  step "CLI: create users $alice and $bob"
  local arn
  arn="$(aws_ok iam create-user --user-name "$alice" --query User.Arn --output text)"
  [ "$arn" = "arn:aws:iam::$account:user/$alice" ] || fail "create-user returned $arn"
  arn="$(aws_ok iam create-user --user-name "$bob" --query User.Arn --output text)"
  [ "$arn" = "arn:aws:iam::$account:user/$bob" ] || fail "create-user returned $arn"
  ok

  step "CLI: access keys for both users"
  local alice_key alice_secret bob_key bob_secret status
  local out
  out="$(aws_ok iam create-access-key --user-name "$alice" \
      --query 'AccessKey.[AccessKeyId, SecretAccessKey, Status]' --output text)"
  read -r alice_key alice_secret status <<<"$out"
  [[ "$alice_key" =~ ^AKIA[A-Z0-9]{16}$ ]] || fail "access key id looks wrong: $alice_key"
  [ "${#alice_secret}" -eq 40 ] || fail "secret access key is not 40 characters"
  [ "$status" = Active ] || fail "new key status $status"
  out="$(aws_ok iam create-access-key --user-name "$bob" \
      --query 'AccessKey.[AccessKeyId, SecretAccessKey, Status]' --output text)"
  read -r bob_key bob_secret status <<<"$out"
  [ "$status" = Active ] || fail "new key status $status"
  ok "$alice_key"

  step "CLI: $alice's own key signs a GetCallerIdentity"
  arn="$(as AWS_ACCESS_KEY_ID="$alice_key" AWS_SECRET_ACCESS_KEY="$alice_secret" -- \
      aws_ok sts get-caller-identity --query Arn --output text)"
  [ "$arn" = "arn:aws:iam::$account:user/$alice" ] || fail "caller is $arn"
  ok "$arn"

  step "CLI: role $role trusting only $alice"
  local trust role_arn
  trust="{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::$account:user/$alice\"},\"Action\":\"sts:AssumeRole\"}]}"
  role_arn="$(aws_ok iam create-role --role-name "$role" --assume-role-policy-document "$trust" \
      --query Role.Arn --output text)"
  [ "$role_arn" = "arn:aws:iam::$account:role/$role" ] || fail "create-role returned $role_arn"
  ok "$role_arn"

  step "CLI: policy $policy (iam:GetRole, iam:ListRoles) attached"
  local permissions policy_arn attached
  permissions='{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["iam:GetRole","iam:ListRoles"],"Resource":"*"}]}'
  policy_arn="$(aws_ok iam create-policy --policy-name "$policy" --policy-document "$permissions" \
      --query Policy.Arn --output text)"
  [ "$policy_arn" = "arn:aws:iam::$account:policy/$policy" ] || fail "create-policy returned $policy_arn"
  aws_ok iam attach-role-policy --role-name "$role" --policy-arn "$policy_arn" >/dev/null
  attached="$(aws_ok iam list-attached-role-policies --role-name "$role" \
      --query 'AttachedPolicies[].PolicyArn' --output text)"
  [ "$attached" = "$policy_arn" ] || fail "attached policies: $attached"
  ok "$policy_arn"

  step "CLI: $alice assumes $role"
  local session_key session_secret session_token assumed_arn
  out="$(as AWS_ACCESS_KEY_ID="$alice_key" AWS_SECRET_ACCESS_KEY="$alice_secret" -- \
      aws_ok sts assume-role --role-arn "$role_arn" --role-session-name "$session" --query \
      '[Credentials.AccessKeyId, Credentials.SecretAccessKey, Credentials.SessionToken, AssumedRoleUser.Arn]' \
      --output text)"
  read -r session_key session_secret session_token assumed_arn <<<"$out"
  [[ "$session_key" =~ ^ASIA[A-Z0-9]{16}$ ]] || fail "temporary key id looks wrong: $session_key"
  [ -n "$session_token" ] && [ "$session_token" != None ] || fail "no session token"
  [ "$assumed_arn" = "arn:aws:sts::$account:assumed-role/$role/$session" ] || fail "AssumedRoleUser.Arn $assumed_arn"
  ok "$session_key"
  local -a temp=(AWS_ACCESS_KEY_ID="$session_key" AWS_SECRET_ACCESS_KEY="$session_secret"
                 AWS_SESSION_TOKEN="$session_token")

  step "CLI: temporary credentials are the assumed role"
  arn="$(as "${temp[@]}" -- aws_ok sts get-caller-identity --query Arn --output text)"
  [ "$arn" = "$assumed_arn" ] || fail "get-caller-identity says $arn, expected $assumed_arn"
  ok "$arn"

  step "CLI: the role may iam:GetRole and iam:ListRoles"
  local got
  got="$(as "${temp[@]}" -- aws_ok iam get-role --role-name "$role" --query Role.Arn --output text)"
  [ "$got" = "$role_arn" ] || fail "get-role returned $got"
  got="$(as "${temp[@]}" -- aws_ok iam list-roles --query "Roles[?RoleName=='$role'].Arn" --output text)"
  [ "$got" = "$role_arn" ] || fail "list-roles did not list $role: $got"
  ok

  step "CLI: the role may not iam:CreateUser (AccessDenied)"
  local denied_message
  denied_message="$(as "${temp[@]}" -- aws_denied iam:CreateUser iam create-user --user-name "$prefix-mallory")"
  grep -q "User: $assumed_arn is not authorized" <<<"$denied_message" || fail "message does not name the session" "$denied_message"
  local absent rc=0
  absent="$(timeout "$cli_timeout" aws iam get-user --user-name "$prefix-mallory" 2>&1)" || rc=$?
  [ "$rc" -ne 0 ] && grep -q '(NoSuchEntity)' <<<"$absent" || fail "the denied user exists anyway" "$absent"
  ok "$(grep -o 'An error occurred (AccessDenied)[^:]*' <<<"$denied_message")"

  step "CLI: $bob, not in the trust policy, cannot assume $role"
  denied_message="$(as AWS_ACCESS_KEY_ID="$bob_key" AWS_SECRET_ACCESS_KEY="$bob_secret" -- \
    aws_denied sts:AssumeRole sts assume-role --role-arn "$role_arn" --role-session-name "$prefix-intruder")"
  grep -q "User: arn:aws:iam::$account:user/$bob is not authorized" <<<"$denied_message" \
    || fail "message does not name $bob" "$denied_message"
  ok "$(grep -o 'An error occurred (AccessDenied)[^:]*' <<<"$denied_message")"
}
story_cli cli

# --- the same story with boto3 ----------------------------------------------------------------
step "boto3: the same story (tests/e2e/seed_story.py)"
printf '\n'
py_rc=0
timeout 300 python3 "$repo/tests/e2e/seed_story.py" --prefix py | tee "$tmp/boto3.out" || py_rc=$?
# Each of the boto3 script's steps counts as passed on its own.
passed=$((passed + $(grep -c '^py .* ok' "$tmp/boto3.out" || true)))
[ "$py_rc" -eq 0 ] || fail "the boto3 story failed (exit $py_rc)"

echo "e2e: seed story passed (AWS CLI and boto3)"
