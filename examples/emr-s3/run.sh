#!/usr/bin/env bash
# EMR -> S3: a Spark-like job runs as the role EMR-S3-Access-Role, the way EMR runs it (the EMR service
# assumes the role; the EC2 instances get it through an instance profile). The role may read and write
# the data-lake bucket and nothing else. No access key is given to the job.
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/../lib.sh"

start_warden
echo
echo "Setup, as the admin:"
admin s3 mb s3://data-lake
admin s3 mb s3://finance-reports
printf 'quarter,revenue\nQ3,1000000\n' >"$home/q3.csv"
admin s3 cp "$home/q3.csv" s3://finance-reports/q3.csv
admin iam create-role --role-name EMR-S3-Access-Role --assume-role-policy-document "file://$here/trust-policy.json"
admin iam put-role-policy --role-name EMR-S3-Access-Role --policy-name data-lake-read-write \
  --policy-document "file://$here/permissions.json"
admin iam create-instance-profile --instance-profile-name EMR-EC2-Profile
admin iam add-role-to-instance-profile --instance-profile-name EMR-EC2-Profile --role-name EMR-S3-Access-Role
printf 'id,value\n1,42\n' >"$home/input.csv"

as_emr=("$warden" exec --role EMR-S3-Access-Role --as-service elasticmapreduce --session-name spark-job --)
as_ec2=("$warden" exec --instance-profile EMR-EC2-Profile --session-name emr-node --)

echo
echo "The job's environment holds no key (variable names only; the check fails if a key is there):"
expect allowed -- "${as_emr[@]}" sh -c 'env | grep -o "^AWS_[A-Z_]*" | sort; ! env | grep -Eq "^AWS_(ACCESS_KEY_ID|SECRET_ACCESS_KEY|SESSION_TOKEN)="'
expect allowed -- "${as_emr[@]}" aws sts get-caller-identity --query Arn --output text

echo
echo "Allowed: read and write the data lake."
expect allowed -- "${as_emr[@]}" aws s3 cp --no-progress "$home/input.csv" s3://data-lake/raw/input.csv
expect allowed -- "${as_emr[@]}" aws s3 cp s3://data-lake/raw/input.csv -
expect allowed -- "${as_ec2[@]}" aws s3 ls s3://data-lake/raw/

echo
echo "Denied: any other bucket."
expect denied -- "${as_emr[@]}" aws s3 cp s3://finance-reports/q3.csv -
expect denied -- "${as_ec2[@]}" aws s3 ls s3://finance-reports/

finish "EMR -> S3"
