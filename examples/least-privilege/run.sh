#!/usr/bin/env bash
# Least privilege and hygiene, end to end: the EMR -> S3 role starts with a too-broad policy (s3:* on *)
# and a pipeline user holds iam:PassRole on * and a long-term access key. The job runs under
# `./warden exec`; then lint finds the broad grants and the escalation, policy generate writes (and
# applies) the policy of what the job really used, who-can / what-can show the role's access shrink,
# graph draws who may assume the role, and scan finds the pipeline user's key planted in a folder.
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/../lib.sh"

# check STATUS -- COMMAND...: runs a Warden command, prints it and its output, and counts a failure when
# its exit status is not STATUS. The output stays in $home/last.out for the checks below. With
# only=REGEX set for the call, only the output lines that match it are printed.
check() {
  local wanted=$1
  shift 2
  echo
  echo "\$ $(shown "$@")"
  local status=0
  "$@" >"$home/last.out" 2>"$home/last.err" || status=$?
  if [ -n "${only:-}" ]; then
    echo "    (lines matching /$only/:)"
    grep -E -- "$only" "$home/last.out" | sed "s|$home|\$WORK|g; s/^/    /" || true
  else
    shortened "$home/last.out"
  fi
  sed "s|$home|\$WORK|g; s/^/    /" "$home/last.err"
  if [ "$status" -eq "$wanted" ]; then
    echo "  -> exit $status, as expected"
  else
    echo "  -> exit $status, but $wanted was expected" >&2
    failures=$((failures + 1))
  fi
}

# Prints FILE indented, with $WORK for the home; a run of more than 12 lines at the same indentation
# (what-can's 180 actions, generate's unused actions) is cut to its first 6 and a count.
shortened() {
  sed "s|$home|\$WORK|g" "$1" | awk '
    function flush() {
      for (i = 1; i <= n && i <= (n > 12 ? 6 : n); i++) print "    " run[i]
      if (n > 12) printf "    %s... %d more\n", indent, n - 6
      n = 0
    }
    {
      match($0, /^ */); width = RLENGTH
      if (n > 0 && width != runWidth) flush()
      if (n == 0) { runWidth = width; indent = substr($0, 1, width) }
      run[++n] = $0
    }
    END { flush() }'
}

# shows|lacks PATTERN WHY: whether the last command's output matches the extended regex PATTERN.
shows() {
  if grep -Eq -- "$1" "$home/last.out"; then
    echo "  -> shows $2"
  else
    echo "  -> does not show $2 (/$1/)" >&2
    failures=$((failures + 1))
  fi
}
lacks() {
  if grep -Eq -- "$1" "$home/last.out"; then
    echo "  -> shows $2, which it should not (/$1/)" >&2
    failures=$((failures + 1))
  else
    echo "  -> leaves out $2"
  fi
}

# The number in the first line of what-can's answer: "what ARN can do: N action(s)".
action_count() {
  sed -n '1s/.*can do: \([0-9]*\) action.*/\1/p' "$home/last.out"
}

start_warden
account="$(aws sts get-caller-identity --query Account --output text)"
role_arn="arn:aws:iam::$account:role/EMR-S3-Access-Role"
user_arn="arn:aws:iam::$account:user/pipeline"

echo
echo "Setup, as the admin: the role gets s3:* on * (too broad), the pipeline user may pass any role."
admin s3 mb s3://data-lake
admin s3 mb s3://finance-reports
printf 'quarter,revenue\nQ3,1000000\n' >"$home/q3.csv"
admin s3 cp "$home/q3.csv" s3://finance-reports/q3.csv
admin iam create-role --role-name EMR-S3-Access-Role --assume-role-policy-document "file://$here/trust-policy.json"
admin iam create-policy --policy-name emr-s3-broad --policy-document "file://$here/broad-permissions.json"
admin iam attach-role-policy --role-name EMR-S3-Access-Role --policy-arn "arn:aws:iam::$account:policy/emr-s3-broad"
admin iam create-user --user-name pipeline
admin iam put-user-policy --user-name pipeline --policy-name launch-emr-jobs \
  --policy-document "file://$here/pipeline-user-permissions.json"
echo "  admin\$ aws iam create-access-key --user-name pipeline   # a long-term key, kept for the scan below"
aws iam create-access-key --user-name pipeline --output json >"$home/pipeline-key.json"
key_id="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["AccessKey"]["AccessKeyId"])' "$home/pipeline-key.json")"
key_secret="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["AccessKey"]["SecretAccessKey"])' "$home/pipeline-key.json")"
printf 'id,value\n1,42\n' >"$home/input.csv"

as_emr=("$warden" exec --role EMR-S3-Access-Role --as-service elasticmapreduce --session-name spark-job --)
workload() {
  expect allowed -- "${as_emr[@]}" aws s3 cp --no-progress "$home/input.csv" s3://data-lake/raw/input.csv
  expect allowed -- "${as_emr[@]}" aws s3 cp s3://data-lake/raw/input.csv -
  expect allowed -- "${as_emr[@]}" aws s3 ls s3://data-lake/raw/
}

echo
echo "1. The job runs as the role, on the data lake only:"
workload

# Offline commands read the home; a stopped server has written every audit record.
stop_server
echo
echo "The server is stopped; the commands below read the Warden home (\$WORK)."

echo
echo "2. Lint the stored account: the broad grants, the escalation and the unused key."
check 1 -- "$warden" lint --account --home "$home"
shows "emr-s3-broad.*SERVICE_WIDE_WILDCARD" "s3:* in the role's policy (SERVICE_WIDE_WILDCARD)"
shows "PASS_ROLE_WITH_STAR_IN_RESOURCE" "iam:PassRole on * (PASS_ROLE_WITH_STAR_IN_RESOURCE)"
shows "pipeline.*PRIVILEGE_ESCALATION.*iam:PassRole \+ ec2:RunInstances" "the pipeline user's escalation (PRIVILEGE_ESCALATION)"
shows "UNUSED_ACCESS_KEY.*$key_id" "the pipeline user's never-used key (UNUSED_ACCESS_KEY)"
lacks "UNUSED_ROLE" "UNUSED_ROLE (the job's sessions count as use of the role)"

echo
echo "3. Who can write into the data lake, and what the role can do, before:"
check 0 -- "$warden" access who-can --home "$home" --action s3:PutObject --resource arn:aws:s3:::data-lake/x
shows "role $role_arn" "the role"
check 0 -- "$warden" access who-can --home "$home" --action s3:GetObject --resource arn:aws:s3:::finance-reports/q3.csv
shows "role $role_arn" "the role (s3:* on * reaches the finance reports too)"
check 0 -- "$warden" access what-can --home "$home" --principal "$role_arn" --service s3
before="$(action_count)"

echo
echo "4. The policy of what the role really used, from the audit log:"
check 0 -- "$warden" policy generate --home "$home" --principal "$role_arn"
"$warden" policy generate --home "$home" --principal "$role_arn" --json >"$home/generated.json"
python3 - "$home/generated.json" <<'PY' && echo "  -> names only s3:GetObject, s3:PutObject, s3:ListBucket on the data lake (checked with --json)" || failures=$((failures + 1))
import json, sys
policy = json.load(open(sys.argv[1]))["policy"]
actions, resources = set(), set()
for statement in policy["Statement"]:
    for key, into in (("Action", actions), ("Resource", resources)):
        value = statement[key]
        into.update([value] if isinstance(value, str) else value)
allowed = {"s3:GetObject", "s3:PutObject", "s3:ListBucket"}
outside = sorted(actions - allowed) + sorted(r for r in resources if not r.startswith("arn:aws:s3:::data-lake"))
if outside or "s3:PutObject" not in actions:
    print("  -> the generated policy names more (or less) than the job used: %s" % outside, file=sys.stderr)
    sys.exit(1)
PY
check 0 -- "$warden" policy generate --home "$home" --principal "$role_arn" --apply --yes
shows "applied: new default version of arn:aws:iam::$account:policy/emr-s3-broad" "the new default version of emr-s3-broad"

echo
echo "5. After: the role's access has shrunk to what it used."
check 0 -- "$warden" access who-can --home "$home" --action s3:PutObject --resource arn:aws:s3:::data-lake/x
lacks "role $role_arn" "the role (it wrote only data-lake/raw/input.csv)"
check 0 -- "$warden" access who-can --home "$home" --action s3:GetObject --resource arn:aws:s3:::finance-reports/q3.csv
lacks "role $role_arn" "the role"
check 0 -- "$warden" access what-can --home "$home" --principal "$role_arn" --service s3
after="$(action_count)"
if [ -n "$before" ] && [ -n "$after" ] && [ "$after" -lt "$before" ]; then
  echo "  -> the role's s3 actions shrank from $before to $after"
else
  echo "  -> the role's s3 actions did not shrink ($before before, $after after)" >&2
  failures=$((failures + 1))
fi

echo
echo "6. The trust and access graph:"
check 0 -- "$warden" graph --home "$home" --format svg --out "$home/graph.svg"
if grep -q "<svg" "$home/graph.svg"; then echo "  -> \$WORK/graph.svg is an SVG"; else echo "  -> no SVG written" >&2; failures=$((failures + 1)); fi
only=' -> |elasticmapreduce|EMR-S3' check 0 -- "$warden" graph --home "$home" --format dot
python3 - "$home/last.out" <<'PY' && echo "  -> elasticmapreduce.amazonaws.com -> EMR-S3-Access-Role (sts:AssumeRole)" || failures=$((failures + 1))
import re, sys
dot = open(sys.argv[1]).read()
labels = dict(re.findall(r'^\s*(\w+) \[label="([^"]*)"', dot, re.M))
service = [n for n, label in labels.items() if "elasticmapreduce.amazonaws.com" in label]
role = [n for n, label in labels.items() if "EMR-S3-Access-Role" in label]
edges = re.findall(r'^\s*(\w+) -> (\w+) \[label="sts:AssumeRole', dot, re.M)
if not any(a in service and b in role for a, b in edges):
    print("  -> no assume edge from elasticmapreduce.amazonaws.com to the role", file=sys.stderr)
    sys.exit(1)
PY

restart_warden
echo
echo "7. The same job still works; a call outside what it used is now denied."
workload
expect denied -- "${as_emr[@]}" aws s3 cp s3://finance-reports/q3.csv -
expect denied -- "${as_emr[@]}" aws s3 rm s3://data-lake/raw/input.csv

echo
echo "8. Scan a folder with the pipeline user's key pasted in, and an AWS documentation example key:"
mkdir -p "$home/repo"
printf '[default]\naws_access_key_id = %s\naws_secret_access_key = %s\n' "$key_id" "$key_secret" >"$home/repo/credentials"
printf '# from the AWS documentation\nAWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\nAWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n' >"$home/repo/README.env"
check 1 -- "$warden" scan --home "$home" --no-git --fail "$home/repo"
shows "LIVE +access key id +$key_id +Warden key of $user_arn, Active" "the live key as the pipeline user's, Active"
lacks "AKIAIOSFODNN7EXAMPLE" "the documentation example"
lacks "$key_secret" "the secret in clear"
admin iam update-access-key --user-name pipeline --access-key-id "$key_id" --status Inactive
check 0 -- "$warden" scan --home "$home" --no-git --fail "$home/repo"
shows "inactive +access key id +$key_id +Warden key of $user_arn, Inactive" "the key as Inactive"

finish "Least privilege"
