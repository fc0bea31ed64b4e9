#!/usr/bin/env bash
# Lambda -> Glue: a function runs as its execution role, the way Lambda runs it (the Lambda service
# assumes the role). The role may start Glue jobs and write logs, nothing else. Warden decides and
# records the Glue calls; it does not run Glue (answers carry x-warden-gateway: decision-only).
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/../lib.sh"

start_warden
echo
echo "Setup, as the admin:"
admin iam create-role --role-name Lambda-Glue-Role --assume-role-policy-document "file://$here/trust-policy.json"
admin iam put-role-policy --role-name Lambda-Glue-Role --policy-name start-glue-jobs \
  --policy-document "file://$here/permissions.json"

as_lambda=("$warden" exec --role Lambda-Glue-Role --as-service lambda --session-name start-nightly-etl --)

echo
echo "The function's identity, with no key in its environment:"
expect allowed -- "${as_lambda[@]}" aws sts get-caller-identity --query Arn --output text

echo
echo "Allowed: start the Glue job."
expect allowed -- "${as_lambda[@]}" aws glue start-job-run --job-name nightly-etl

echo
echo "Denied: delete the Glue job."
expect denied -- "${as_lambda[@]}" aws glue delete-job --job-name nightly-etl

finish "Lambda -> Glue"
