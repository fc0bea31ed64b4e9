#!/usr/bin/env python3
"""Checks the S3 gateway's answers (REST-XML) against botocore's S3 model, as response_shapes.py does
for IAM and STS: the XML body of each answer, element by element, and S3's error document.

Run by tests/wire/response-shapes.sh after the IAM/STS check, with Warden's profile files in the
environment. Drives every operation the gateway serves with boto3 (path-style addressing, as the AWS
CLI and boto3 use for an endpoint URL), then deletes what it made; exits 1 on any violation.
"""

import argparse
import sys
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET

import boto3
from botocore.config import Config

from response_shapes import Calls, ShapeChecker, local, recording

S3_CONFIG = Config(retries={"max_attempts": 1, "mode": "standard"}, connect_timeout=5, read_timeout=30,
                   s3={"addressing_style": "path"})


class RestXmlChecker(ShapeChecker):
    def check_answer(self, operation_model, status, body):
        self.answers += 1
        name = operation_model.name
        if status >= 300:
            if not body:
                return  # HEAD errors carry no body
            try:
                root = ET.fromstring(body)
            except ET.ParseError as e:
                self.problem(name, "/", f"error body is not XML ({e})")
                return
            fields = {local(c.tag): c.text or "" for c in root}
            if local(root.tag) != "Error" or "Code" not in fields or "Message" not in fields:
                self.problem(name, "/", f"error document <{local(root.tag)}> with {sorted(fields)}")
            return
        output = operation_model.output_shape
        if output is None:
            return
        payload = output.serialization.get("payload")
        if payload:
            member = output.members[payload]
            if member.type_name != "structure":
                return  # a blob or string payload: the object's bytes, the policy text
            shape = member
        else:
            shape = output
        body_members = [m for m in shape.members.values() if m.serialization.get("location") is None]
        if not body_members:
            return
        if not body:
            self.problem(name, "/", "no XML body")
            return
        try:
            root = ET.fromstring(body)
        except ET.ParseError as e:
            self.problem(name, "/", f"not XML ({e})")
            return
        self.check_structure(name, local(root.tag), shape, root)


def presigned_get(s3, checker, bucket, key, expected):
    """A URL presigned by boto3 with Warden's profile (which sets s3 signature_version = s3v4: botocore
    presigns with SigV2 in us-east-1 otherwise) fetched without any AWS client, as a browser or curl would."""
    url = s3.generate_presigned_url("get_object", Params={"Bucket": bucket, "Key": key}, ExpiresIn=60)
    if "X-Amz-Signature=" not in url:
        checker.problem("presign", "/", f"not a SigV4 presigned URL: {url.split('?')[1][:80]}")
        return
    try:
        with urllib.request.urlopen(url, timeout=10) as answer:
            body = answer.read()
    except urllib.error.HTTPError as e:
        checker.problem("presign", "/", f"GET of the presigned URL answered {e.code}: {e.read()[:200]!r}")
        return
    if body != expected:
        checker.problem("presign", "/", f"GET of the presigned URL returned {body[:60]!r}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--prefix", default="shapes")
    args = parser.parse_args()
    checker = RestXmlChecker()
    s3 = boto3.Session().client("s3", config=S3_CONFIG)
    recording(s3, checker)
    bucket = f"{args.prefix}-bucket-s3"
    calls = Calls(checker, "s3shapes", 30)

    def call(operation, **params):
        return calls(s3, operation, **params)

    call("CreateBucket", Bucket=bucket)
    try:
        call("HeadBucket", Bucket=bucket)
        call("GetBucketLocation", Bucket=bucket)
        call("ListBuckets")
        for key in ("a/one.txt", "a/two.txt", "b/three.txt", "top.txt"):
            call("PutObject", Bucket=bucket, Key=key, Body=b"hello " + key.encode())
        presigned_get(s3, checker, bucket, "top.txt", b"hello top.txt")
        call("CopyObject", Bucket=bucket, Key="copy.txt", CopySource={"Bucket": bucket, "Key": "top.txt"})
        call("GetObject", Bucket=bucket, Key="a/one.txt")
        call("GetObject", Bucket=bucket, Key="a/one.txt", Range="bytes=0-2")
        call("HeadObject", Bucket=bucket, Key="a/one.txt")
        call("GetObject", Bucket=bucket, Key="missing")  # NoSuchKey
        call("ListObjects", Bucket=bucket, Delimiter="/")
        call("ListObjects", Bucket=bucket, MaxKeys=1)
        call("ListObjectsV2", Bucket=bucket, Delimiter="/", Prefix="")
        call("ListObjectsV2", Bucket=bucket, MaxKeys=2, FetchOwner=True)
        call("ListObjectsV2", Bucket=bucket, StartAfter="a/one.txt", EncodingType="url")
        upload = call("CreateMultipartUpload", Bucket=bucket, Key="multi.bin")
        if upload:
            part = call("UploadPart", Bucket=bucket, Key="multi.bin", UploadId=upload["UploadId"], PartNumber=1,
                        Body=b"x" * 1024)
            if part:
                call("CompleteMultipartUpload", Bucket=bucket, Key="multi.bin", UploadId=upload["UploadId"],
                     MultipartUpload={"Parts": [{"ETag": part["ETag"], "PartNumber": 1}]})
        aborted = call("CreateMultipartUpload", Bucket=bucket, Key="aborted.bin")
        if aborted:
            call("AbortMultipartUpload", Bucket=bucket, Key="aborted.bin", UploadId=aborted["UploadId"])
        call("PutBucketPolicy", Bucket=bucket, Policy='{"Version":"2012-10-17","Statement":[{"Effect":"Deny",'
             '"Principal":"*","Action":"s3:DeleteBucket","Resource":"arn:aws:s3:::' + bucket + '"}]}')
        call("GetBucketPolicy", Bucket=bucket)
        call("DeleteBucket", Bucket=bucket)  # denied by the bucket policy (AccessDenied) or BucketNotEmpty
        call("DeleteBucketPolicy", Bucket=bucket)
        call("DeleteObjects", Bucket=bucket, Delete={"Objects": [{"Key": k} for k in (
            "a/one.txt", "a/two.txt", "b/three.txt", "top.txt", "copy.txt", "multi.bin", "never-there")]})
        call("DeleteObject", Bucket=bucket, Key="already-gone")
    finally:
        call("DeleteBucket", Bucket=bucket)
    call("HeadBucket", Bucket=bucket)  # 404 without a body

    return calls.summary()


if __name__ == "__main__":
    sys.exit(main())
