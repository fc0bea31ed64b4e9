#!/usr/bin/env python3
"""Every IAM and STS request member sent just outside its model constraint: a string one character
longer than its maximum, a string that breaks its pattern, a value outside its enum, a number one
past its range. Each time Warden must answer a validation error (ValidationError, or the InvalidInput / MalformedPolicyDocument AWS uses for some
members), as AWS does before it looks anything up, never a success, a NoSuchEntity or a 500.

Run by tests/wire/response-shapes.sh with Warden's profile files in the environment. botocore checks
these lengths itself, so its client-side validation is turned off to send what another client might.
The other required members get the shortest values their model allows.
"""

import datetime
import re
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
        # Without required members, one member: an empty structure would not be sent at all.
        names = shape.required_members or list(shape.members)[:1]
        return {name: plausible(shape.members[name]) for name in names}
    if kind == "timestamp":
        return datetime.datetime(2026, 1, 1)
    return None


PATTERN_BREAKERS = ("bad name!", "\u0001", "x\u0100y", " ")


def distinct(shape, i):
    """The i-th of several list items that differ (tags with distinct keys, ARNs with distinct names)."""
    value = plausible(shape)
    if isinstance(value, str) and not shape.enum:
        return value + str(i) if not value.startswith("arn:") else value + str(i)
    if isinstance(value, dict):
        return {k: (v + str(i) if isinstance(v, str) else v) for k, v in value.items()}
    return value


def pattern_breaker(pattern):
    """A short value the model's pattern (Java syntax; these ones read the same in Python) refuses."""
    try:
        compiled = re.compile(pattern)
    except re.error:
        return None
    return next((v for v in PATTERN_BREAKERS if not compiled.fullmatch(v)), None)


def outside_values(member):
    """(what, value) pairs just outside the member's constraints."""
    meta = member.metadata
    if member.type_name == "string" and member.enum:
        yield "enum", "NotOneOfTheEnumValues"
    if member.type_name == "string" and not member.enum:
        if "max" in meta:
            yield f"max {meta['max']} + 1", "a" * (meta["max"] + 1)
        if "pattern" in meta:
            breaker = pattern_breaker(meta["pattern"])
            if breaker is not None and len(breaker) >= meta.get("min", 0):
                yield f"pattern {meta['pattern']}", breaker
    elif member.type_name == "list" and "max" in meta and meta["max"] < 1000:
        yield f"list max {meta['max']} + 1", [distinct(member.member, i) for i in range(meta["max"] + 1)]
    elif member.type_name in ("integer", "long"):
        if "min" in meta:
            yield f"min {meta['min']} - 1", int(meta["min"]) - 1
        if "max" in meta:
            yield f"max {meta['max']} + 1", int(meta["max"]) + 1


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
                for what, value in outside_values(member):
                    params = dict(base)
                    params[name] = value
                    try:
                        getattr(client, methods[operation])(**params)
                        code = "success"
                    except Exception as e:  # ClientError, or a transport problem worth reporting as such
                        code = getattr(e, "response", {}).get("Error", {}).get("Code", type(e).__name__)
                    checked += 1
                    too_large_for_body = (isinstance(value, str) and len(value) > BODY_LIMIT_CHARS
                                          and code == "RequestEntityTooLarge")
                    if code not in ACCEPTED and not too_large_for_body:
                        misses.append(f"{service} {operation} {name} ({what}): {code}")
    print(f"constraints: {checked} members sent outside their constraints, {len(misses)} not refused as invalid")
    for miss in misses:
        print(f"constraints: MISS {miss}")
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
