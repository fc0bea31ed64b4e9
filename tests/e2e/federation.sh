#!/usr/bin/env bash
# End-to-end proof of SAML and OIDC federation against a real Warden process, with the real AWS CLI
# and Warden's local test identity provider (`warden idp`) standing in for Okta or GitHub:
#
#   tests/e2e/federation.sh
#
# Starts `./warden up --home <temp> --port <free port>` on 127.0.0.1, waits for GET /health, then:
# SAML: `warden idp init`, create-saml-provider with `warden idp saml-metadata`, a role trusting the
# provider for one subject (SAML:aud, saml:sub), assume-role-with-saml with `warden idp saml-response`,
# get-caller-identity with the session, and another subject refused. OIDC: create-open-id-connect-provider,
# `warden oidc set-keys` with `warden idp oidc-jwks`, a role trusting one `sub`, assume-role-with-web-identity
# with `warden idp oidc-token`, get-caller-identity, and a token with another `sub` refused.
# Every step prints one line; the first surprise ends the run with a non-zero exit. The server is
# always stopped (trap).
#
# Environment (all optional):
#   WARDEN_START_TIMEOUT  seconds to wait for GET /health (default 60)
#   WARDEN_BUILD_TIMEOUT  seconds allowed for the launcher's first build (default 900)
#   FEDERATION_KEEP_HOME  1 keeps the temp home (and the server log) for inspection
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
steps_init federation federation
summarize() {
  steps_summary "$1"
  exit "$1"
}
trap 'summarize $?' EXIT

step "tools: aws CLI, curl"
if ! command -v aws >/dev/null 2>&1; then
  timeout 600 python3 -m pip install -q awscli >&2 || fail "pip install awscli failed"
fi
command -v curl >/dev/null 2>&1 || fail "curl is missing"
ok "$(aws --version 2>&1 | cut -d' ' -f1)"

tmp="$(mktemp -d "${TMPDIR:-/tmp}/warden-federation.XXXXXX")"
home="$tmp/home"
log="$tmp/warden.log"
server_pid=""
stop_server() {
  local rc=$?
  warden_finish "$rc" federation "${FEDERATION_KEEP_HOME:-0}" "$tmp" "$log"
  summarize "$rc"
}
trap stop_server EXIT
trap 'exit 130' INT TERM

port="$(warden_free_port)"

warden_build_step "$repo" "$tmp" "$build_timeout"

warden_start_steps "$repo" "$home" "$port" "$log" "$start_timeout"
warden_check_profile_files "$home" "$port"

warden_use_profile_files "$home"
export AWS_PROFILE=warden
export AWS_MAX_ATTEMPTS=1
export AWS_EC2_METADATA_DISABLED=true
export AWS_PAGER=""
if ! grep -Eq '^region *=' "$AWS_CONFIG_FILE"; then export AWS_REGION=us-east-1; fi
# `warden idp` and `warden oidc` find the test IdP and the home through WARDEN_HOME.
export WARDEN_HOME="$home"

aws_ok() {
  local out
  if ! out="$(timeout "$cli_timeout" aws "$@" 2>&1)"; then fail "aws $* failed" "$out"; fi
  printf '%s' "$out"
}
# aws_denied ACTION ARGS...: the call must fail with AccessDenied; prints the CLI's message.
aws_denied() {
  local action="$1" out rc=0
  shift
  out="$(timeout "$cli_timeout" aws "$@" 2>&1)" || rc=$?
  # The pip CLI (v1) exits 255 on a service error, the CLI v2 254.
  [ "$rc" -eq 255 ] || [ "$rc" -eq 254 ] || fail "aws ${*:1:2} exited $rc, expected 254/255 (AccessDenied)" "$out"
  grep -q "An error occurred (AccessDenied) when calling the $action operation" <<<"$out" \
    || fail "aws ${*:1:2}: not AccessDenied for $action" "$out"
  printf '%s' "$out"
}
warden_ok() {
  local out
  if ! out="$(timeout "$cli_timeout" "$repo/warden" "$@" 2>"$tmp/warden.err")"; then
    fail "./warden $* failed" "$out$(cat "$tmp/warden.err")"
  fi
  printf '%s' "$out"
}
# with_session ACCESS_KEY SECRET TOKEN ARGS...: the aws CLI with a session's credentials (the
# environment's keys beat the profile's; endpoint and region still come from Warden's profile).
with_session() {
  local key="$1" secret="$2" token="$3"
  shift 3
  AWS_ACCESS_KEY_ID="$key" AWS_SECRET_ACCESS_KEY="$secret" AWS_SESSION_TOKEN="$token" aws_ok "$@"
}

step "admin identity from profile warden"
account="$(aws_ok sts get-caller-identity --query Account --output text)"
[[ "$account" =~ ^[0-9]{12}$ ]] || fail "account is not 12 digits: $account"
ok "$account"

# --- SAML ----------------------------------------------------------------------------------------
step "warden idp init (key pair and certificate in \$WARDEN_HOME/test-idp)"
warden_ok idp init >/dev/null
key_file="$(ls "$home"/test-idp/TEST-ONLY-*.pem)"
[ "$(stat -c %a "$key_file")" = 600 ] || fail "private key mode is $(stat -c %a "$key_file"), not 600"
ok "$(basename "$key_file") 0600"

step "aws iam create-saml-provider with warden idp saml-metadata"
warden_ok idp saml-metadata >"$tmp/metadata.xml"
[ "$(wc -c <"$tmp/metadata.xml")" -ge 1000 ] || fail "metadata shorter than 1,000 characters"
saml_provider="$(aws_ok iam create-saml-provider --name TestIdp \
    --saml-metadata-document "file://$tmp/metadata.xml" --query SAMLProviderArn --output text)"
[ "$saml_provider" = "arn:aws:iam::$account:saml-provider/TestIdp" ] || fail "create-saml-provider returned $saml_provider"
ok "$saml_provider"

step "role saml-dev trusting the provider for SAML:aud and saml:sub=alice"
saml_trust="$(cat <<JSON
{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Federated":"$saml_provider"},
 "Action":"sts:AssumeRoleWithSAML","Condition":{"StringEquals":{
 "SAML:aud":"https://signin.aws.amazon.com/saml","saml:sub":"alice"}}}]}
JSON
)"
saml_role="$(aws_ok iam create-role --role-name saml-dev --assume-role-policy-document "$saml_trust" \
    --query Role.Arn --output text)"
[ "$saml_role" = "arn:aws:iam::$account:role/saml-dev" ] || fail "create-role returned $saml_role"
ok "$saml_role"

step "aws sts assume-role-with-saml with a response for alice"
response="$(warden_ok idp saml-response --role "$saml_role" --provider "$saml_provider" \
    --subject alice --session-name alice-session)"
out="$(aws_ok sts assume-role-with-saml --role-arn "$saml_role" --principal-arn "$saml_provider" \
    --saml-assertion "$response" --output text \
    --query '[Credentials.AccessKeyId, Credentials.SecretAccessKey, Credentials.SessionToken, AssumedRoleUser.Arn, Subject, Audience]')"
read -r saml_key saml_secret saml_token saml_arn saml_subject saml_audience <<<"$out"
[ "$saml_arn" = "arn:aws:sts::$account:assumed-role/saml-dev/alice-session" ] || fail "AssumedRoleUser.Arn is $saml_arn" "$out"
[ "$saml_subject" = alice ] || fail "Subject is $saml_subject" "$out"
[ "$saml_audience" = "https://signin.aws.amazon.com/saml" ] || fail "Audience is $saml_audience" "$out"
[[ "$saml_key" =~ ^ASIA ]] || fail "temporary access key id $saml_key does not start with ASIA"
ok "$saml_arn"

step "get-caller-identity with the SAML session"
arn="$(with_session "$saml_key" "$saml_secret" "$saml_token" sts get-caller-identity --query Arn --output text)"
[ "$arn" = "$saml_arn" ] || fail "caller is $arn"
ok "$arn"

step "a response for mallory is refused (AccessDenied)"
response="$(warden_ok idp saml-response --role "$saml_role" --provider "$saml_provider" \
    --subject mallory --session-name mallory-session)"
aws_denied AssumeRoleWithSAML sts assume-role-with-saml --role-arn "$saml_role" --principal-arn "$saml_provider" \
    --saml-assertion "$response" >/dev/null
ok

# --- OIDC ----------------------------------------------------------------------------------------
issuer="https://token.example.test"
step "aws iam create-open-id-connect-provider for $issuer"
oidc_provider="$(aws_ok iam create-open-id-connect-provider --url "$issuer" --client-id-list sts.amazonaws.com \
    --query OpenIDConnectProviderArn --output text)"
[ "$oidc_provider" = "arn:aws:iam::$account:oidc-provider/token.example.test" ] \
  || fail "create-open-id-connect-provider returned $oidc_provider"
ok "$oidc_provider"

step "warden oidc set-keys with warden idp oidc-jwks"
warden_ok idp oidc-jwks >"$tmp/jwks.json"
# set-keys opens the same home as the running server: it must leave the profile's endpoint alone.
cp "$AWS_CONFIG_FILE" "$tmp/config.before-set-keys"
out="$(warden_ok oidc set-keys --provider "$oidc_provider" --jwks "$tmp/jwks.json")"
grep -q "Set 1 signing key(s)" <<<"$out" || fail "set-keys said" "$out"
cmp -s "$AWS_CONFIG_FILE" "$tmp/config.before-set-keys" \
  || fail "set-keys rewrote aws/config" "$(diff "$tmp/config.before-set-keys" "$AWS_CONFIG_FILE")"
# The server applies IAM changes made by other processes within 1,000 ms (it says so in its log).
sleep 1.2
ok "kid $(sed -n 's/.*\[\(.*\)\].*/\1/p' <<<"$out"), aws/config untouched"

step "role ci-deploy trusting the provider for one :sub and :aud"
oidc_trust="$(cat <<JSON
{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Federated":"$oidc_provider"},
 "Action":"sts:AssumeRoleWithWebIdentity","Condition":{"StringEquals":{
 "token.example.test:sub":"repo:acme/app:ref:refs/heads/main","token.example.test:aud":"sts.amazonaws.com"}}}]}
JSON
)"
oidc_role="$(aws_ok iam create-role --role-name ci-deploy --assume-role-policy-document "$oidc_trust" \
    --query Role.Arn --output text)"
ok "$oidc_role"

step "aws sts assume-role-with-web-identity with a token for main"
token="$(warden_ok idp oidc-token --issuer "$issuer" --subject repo:acme/app:ref:refs/heads/main \
    --audience sts.amazonaws.com --claim repository=acme/app)"
out="$(aws_ok sts assume-role-with-web-identity --role-arn "$oidc_role" --role-session-name ci-run \
    --web-identity-token "$token" --output text \
    --query '[Credentials.AccessKeyId, Credentials.SecretAccessKey, Credentials.SessionToken, AssumedRoleUser.Arn, SubjectFromWebIdentityToken]')"
read -r oidc_key oidc_secret oidc_token oidc_arn oidc_subject <<<"$out"
[ "$oidc_arn" = "arn:aws:sts::$account:assumed-role/ci-deploy/ci-run" ] || fail "AssumedRoleUser.Arn is $oidc_arn" "$out"
[ "$oidc_subject" = repo:acme/app:ref:refs/heads/main ] || fail "SubjectFromWebIdentityToken is $oidc_subject" "$out"
ok "$oidc_arn"

step "get-caller-identity with the web identity session"
arn="$(with_session "$oidc_key" "$oidc_secret" "$oidc_token" sts get-caller-identity --query Arn --output text)"
[ "$arn" = "$oidc_arn" ] || fail "caller is $arn"
ok "$arn"

step "a token for another branch is refused (AccessDenied)"
token="$(warden_ok idp oidc-token --issuer "$issuer" --subject repo:acme/app:ref:refs/heads/feature \
    --audience sts.amazonaws.com)"
aws_denied AssumeRoleWithWebIdentity sts assume-role-with-web-identity --role-arn "$oidc_role" \
    --role-session-name ci-run --web-identity-token "$token" >/dev/null
ok
