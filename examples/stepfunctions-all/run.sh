#!/usr/bin/env bash
# Step Functions -> everything: a state machine runs as its role, the way Step Functions runs it (the
# states service assumes the role). The role may invoke Lambda functions, start Glue jobs and describe
# EMR clusters; anything else is denied. Warden decides and records these calls; it does not run
# Lambda, Glue or EMR (answers carry x-warden-gateway: decision-only).
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/../lib.sh"

start_warden
echo
echo "Setup, as the admin:"
admin iam create-role --role-name StepFunctions-Pipeline-Role \
  --assume-role-policy-document "file://$here/trust-policy.json"
admin iam put-role-policy --role-name StepFunctions-Pipeline-Role --policy-name orchestrate \
  --policy-document "file://$here/permissions.json"

as_states=("$warden" exec --role StepFunctions-Pipeline-Role --as-service states --session-name nightly-pipeline --)

echo
echo "The state machine's identity, with no key in its environment:"
expect allowed -- "${as_states[@]}" aws sts get-caller-identity --query Arn --output text

echo
echo "Allowed: invoke a Lambda function, start a Glue job, describe an EMR cluster."
expect allowed -- "${as_states[@]}" aws lambda invoke --function-name prepare-input "$home/response.json"
expect allowed -- "${as_states[@]}" aws glue start-job-run --job-name nightly-etl
expect allowed -- "${as_states[@]}" aws emr describe-cluster --cluster-id j-2AXXXXXXGAPLF

echo
echo "Denied: terminate the EMR cluster, read S3."
expect denied -- "${as_states[@]}" aws emr terminate-clusters --cluster-ids j-2AXXXXXXGAPLF
expect denied -- "${as_states[@]}" aws s3 ls

finish "Step Functions -> everything"
