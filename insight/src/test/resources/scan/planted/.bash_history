ls -la
aws configure set aws_access_key_id @@AKIA_14@@
aws configure set aws_secret_access_key @@SECRET_14@@
aws s3 ls
