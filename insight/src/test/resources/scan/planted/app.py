import boto3

# TODO move to env
client = boto3.client(
    "s3",
    aws_access_key_id="@@AKIA_1@@",
    aws_secret_access_key="@@SECRET_1@@",
)
