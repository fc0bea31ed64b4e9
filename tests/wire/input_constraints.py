#!/usr/bin/env python3
"""Every IAM and STS request member with a maximum length, sent one character too long: Warden must answer a
validation error (ValidationError, or the InvalidInput / MalformedPolicyDocument AWS uses for some
members), as AWS does before it looks anything up, never a success, a NoSuchEntity or a 500.

Run by tests/wire/response-shapes.sh with Warden's profile files in the environment. botocore checks
these lengths itself, so its client-side validation is turned off to send what another client might.
The other required members get the shortest values their model allows.
"""

import datetime
import sys

import boto3
from botocore.config import Config

ACCEPTED = ("ValidationError", "InvalidInput", "MalformedPolicyDocument")
# A member whose model allows megabytes (SAML metadata: 10,000,000) meets Warden's request-size limit
# first: RequestEntityTooLarge is the answer then.
BODY_LIMIT_CHARS = 1_000_000


def plausible(shape):
    """The smallest value of the member's type that its model allows (enough to reach validation)."""
    kind = shape.type_name
    if kind == "string":
        if shape.enum:
            return shape.enum[0]
        if "arn" in shape.name.lower():
            return "arn:aws:iam::123456789012:policy/x"
        return "a" * max(shape.metadata.get("min", 1), 3)
    if kind in ("integer", "long"):
        return int(shape.metadata.get("min", 1))
    if kind == "boolean":
        return False
    if kind == "list":
        return [plausible(shape.member)]
    if kind == "structure":
        return {name: plausible(member) for name, member in shape.members.items() if name in shape.required_members}
    if kind == "timestamp":
        return datetime.datetime(2026, 1, 1)
    return None


def main():
    checked, misses = 0, []
    for service in ("iam", "sts"):
        client = boto3.Session().client(service, config=Config(retries={"max_attempts": 1},
                                                                 parameter_validation=False))
        methods = {api: py for py, api in client.meta.method_to_api_mapping.items()}
        model = client.meta.service_model
        for operation in sorted(model.operation_names):
            shape = model.operation_model(operation).input_shape
            if shape is None:
                continue
            base = {name: plausible(shape.members[name]) for name in shape.required_members}
            for name, member in shape.members.items():
                if member.type_name != "string" or member.enum or "max" not in member.metadata:
                    continue
                params = dict(base)
                params[name] = "a" * (member.metadata["max"] + 1)
                try:
                    getattr(client, methods[operation])(**params)
                    code = "success"
                except Exception as e:  # ClientError, or a transport problem worth reporting as such
                    code = getattr(e, "response", {}).get("Error", {}).get("Code", type(e).__name__)
                checked += 1
                too_large_for_body = member.metadata["max"] + 1 > BODY_LIMIT_CHARS and code == "RequestEntityTooLarge"
                if code not in ACCEPTED and not too_large_for_body:
                    misses.append(f"{service} {operation} {name} (max {member.metadata['max']}): {code}")
    print(f"constraints: {checked} over-long members sent, {len(misses)} not refused as invalid")
    for miss in misses:
        print(f"constraints: MISS {miss}")
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
