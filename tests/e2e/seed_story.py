#!/usr/bin/env python3
"""The seed story with boto3, against a running Warden.

Run by tests/e2e/seed-story.sh after the AWS CLI story, with AWS_CONFIG_FILE,
AWS_SHARED_CREDENTIALS_FILE and AWS_PROFILE=warden pointing at the files Warden wrote:
the endpoint and the admin keys come only from that profile.

    python3 tests/e2e/seed_story.py --prefix py

Each step prints one line; the first surprise raises and the script exits 1.
"""

import argparse
import json
import os
import re
import sys

import boto3
from botocore.config import Config
from botocore.exceptions import ClientError

NO_RETRIES = Config(retries={"max_attempts": 1, "mode": "standard"}, connect_timeout=5, read_timeout=30)


class Surprise(Exception):
    """A step saw something other than what it expected."""


def expect(condition, message):
    if not condition:
        raise Surprise(message)


class Steps:
    def __init__(self):
        self.count = 0

    def run(self, title, action):
        self.count += 1
        print(f"py  {self.count:2d}  {title:<64} ", end="", flush=True)
        try:
            detail = action()
        except Exception:
            print("FAILED", flush=True)
            raise
        print("ok" + (f"  ({detail})" if detail else ""), flush=True)


def session_for(profile_session, key_id, secret, token=None):
    """Other credentials, same endpoint and region as Warden's profile."""
    return boto3.Session(
        aws_access_key_id=key_id,
        aws_secret_access_key=secret,
        aws_session_token=token,
        region_name=profile_session.region_name,
        botocore_session=None,
    )


def endpoint_of(profile_session):
    """The endpoint_url Warden's config names for the profile (boto3 reads it itself for the
    profile session; other sessions built from keys get it passed explicitly)."""
    config = profile_session._session.get_scoped_config()
    url = config.get("endpoint_url")
    expect(url and re.fullmatch(r"http://127\.0\.0\.1:\d+/?", url), f"profile endpoint_url looks wrong: {url!r}")
    return url


def expect_access_denied(call, action, caller_arn):
    try:
        call()
    except ClientError as error:
        code = error.response["Error"]["Code"]
        status = error.response["ResponseMetadata"]["HTTPStatusCode"]
        message = error.response["Error"].get("Message", "")
        expect(code == "AccessDenied", f"error code {code}, expected AccessDenied ({message})")
        expect(status == 403, f"HTTP status {status}, expected 403")
        expect(f"User: {caller_arn} is not authorized to perform: {action}" in message,
               f"message does not name {caller_arn} and {action}: {message}")
        return f"AccessDenied 403: {message[:70]}..."
    raise Surprise(f"{action} was allowed, expected AccessDenied")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--prefix", default="py", help="name prefix of the users, role and policy")
    prefix = parser.parse_args().prefix
    expect(os.environ.get("AWS_PROFILE") == "warden", "AWS_PROFILE must be warden")

    admin_session = boto3.Session()
    endpoint = endpoint_of(admin_session)
    iam = admin_session.client("iam", config=NO_RETRIES)
    sts = admin_session.client("sts", config=NO_RETRIES)

    def clients_for(key_id, secret, token=None):
        other = session_for(admin_session, key_id, secret, token)
        return (other.client("iam", endpoint_url=endpoint, config=NO_RETRIES),
                other.client("sts", endpoint_url=endpoint, config=NO_RETRIES))

    alice, bob = f"{prefix}-alice", f"{prefix}-bob"
    role, policy, session = f"{prefix}-reader", f"{prefix}-iam-read", f"{prefix}-session"
    state = {}
    steps = Steps()

    def admin_identity():
        identity = sts.get_caller_identity()
        expect(re.fullmatch(r"\d{12}", identity["Account"]), f"account {identity['Account']}")
        expect(re.fullmatch(rf"arn:aws:iam::{identity['Account']}:(root|user/.+)", identity["Arn"]),
               f"admin ARN {identity['Arn']}")
        state["account"] = identity["Account"]
        return identity["Arn"]
    steps.run("boto3: admin identity from profile warden", admin_identity)
    account = state["account"]

    def users():
        for name in (alice, bob):
            arn = iam.create_user(UserName=name)["User"]["Arn"]
            expect(arn == f"arn:aws:iam::{account}:user/{name}", f"create_user returned {arn}")
    steps.run(f"boto3: create users {alice} and {bob}", users)

    def keys():
        for name in (alice, bob):
            key = iam.create_access_key(UserName=name)["AccessKey"]
            expect(re.fullmatch(r"AKIA[A-Z0-9]{16}", key["AccessKeyId"]), f"key id {key['AccessKeyId']}")
            expect(len(key["SecretAccessKey"]) == 40, "secret access key is not 40 characters")
            expect(key["Status"] == "Active", f"status {key['Status']}")
            state[name] = (key["AccessKeyId"], key["SecretAccessKey"])
        return state[alice][0]
    steps.run("boto3: access keys for both users", keys)

    def alice_identity():
        arn = clients_for(*state[alice])[1].get_caller_identity()["Arn"]
        expect(arn == f"arn:aws:iam::{account}:user/{alice}", f"caller is {arn}")
        return arn
    steps.run(f"boto3: {alice}'s own key signs a GetCallerIdentity", alice_identity)

    role_arn = f"arn:aws:iam::{account}:role/{role}"

    def create_role():
        trust = {"Version": "2012-10-17", "Statement": [{
            "Effect": "Allow", "Principal": {"AWS": f"arn:aws:iam::{account}:user/{alice}"},
            "Action": "sts:AssumeRole"}]}
        arn = iam.create_role(RoleName=role, AssumeRolePolicyDocument=json.dumps(trust))["Role"]["Arn"]
        expect(arn == role_arn, f"create_role returned {arn}")
        return arn
    steps.run(f"boto3: role {role} trusting only {alice}", create_role)

    def attach_policy():
        permissions = {"Version": "2012-10-17", "Statement": [{
            "Effect": "Allow", "Action": ["iam:GetRole", "iam:ListRoles"], "Resource": "*"}]}
        arn = iam.create_policy(PolicyName=policy, PolicyDocument=json.dumps(permissions))["Policy"]["Arn"]
        expect(arn == f"arn:aws:iam::{account}:policy/{policy}", f"create_policy returned {arn}")
        iam.attach_role_policy(RoleName=role, PolicyArn=arn)
        attached = [p["PolicyArn"] for p in iam.list_attached_role_policies(RoleName=role)["AttachedPolicies"]]
        expect(attached == [arn], f"attached policies {attached}")
        return arn
    steps.run(f"boto3: policy {policy} (iam:GetRole, iam:ListRoles) attached", attach_policy)

    assumed_arn = f"arn:aws:sts::{account}:assumed-role/{role}/{session}"

    def assume():
        answer = clients_for(*state[alice])[1].assume_role(RoleArn=role_arn, RoleSessionName=session)
        creds = answer["Credentials"]
        expect(re.fullmatch(r"ASIA[A-Z0-9]{16}", creds["AccessKeyId"]), f"temporary key id {creds['AccessKeyId']}")
        expect(creds.get("SessionToken"), "no session token")
        expect(answer["AssumedRoleUser"]["Arn"] == assumed_arn, f"AssumedRoleUser {answer['AssumedRoleUser']}")
        state["temp"] = (creds["AccessKeyId"], creds["SecretAccessKey"], creds["SessionToken"])
        return creds["AccessKeyId"]
    steps.run(f"boto3: {alice} assumes {role}", assume)
    temp_iam, temp_sts = clients_for(*state["temp"])

    def temp_identity():
        arn = temp_sts.get_caller_identity()["Arn"]
        expect(arn == assumed_arn, f"get_caller_identity says {arn}, expected {assumed_arn}")
        return arn
    steps.run("boto3: temporary credentials are the assumed role", temp_identity)

    def allowed():
        arn = temp_iam.get_role(RoleName=role)["Role"]["Arn"]
        expect(arn == role_arn, f"get_role returned {arn}")
        listed = [r["Arn"] for r in temp_iam.list_roles()["Roles"] if r["RoleName"] == role]
        expect(listed == [role_arn], f"list_roles did not list {role}: {listed}")
    steps.run("boto3: the role may iam:GetRole and iam:ListRoles", allowed)

    def denied_action():
        detail = expect_access_denied(lambda: temp_iam.create_user(UserName=f"{prefix}-mallory"),
                                      "iam:CreateUser", assumed_arn)
        try:
            iam.get_user(UserName=f"{prefix}-mallory")
        except ClientError as error:
            expect(error.response["Error"]["Code"] == "NoSuchEntity", f"get_user: {error}")
        else:
            raise Surprise("the denied user exists anyway")
        return detail
    steps.run("boto3: the role may not iam:CreateUser (AccessDenied)", denied_action)

    def untrusted():
        bob_sts = clients_for(*state[bob])[1]
        return expect_access_denied(
            lambda: bob_sts.assume_role(RoleArn=role_arn, RoleSessionName=f"{prefix}-intruder"),
            "sts:AssumeRole", f"arn:aws:iam::{account}:user/{bob}")
    steps.run(f"boto3: {bob}, not in the trust policy, cannot assume {role}", untrusted)

    # Issue 5: groups, permissions boundaries and instance profiles, through boto3.
    group, group_policy = f"{prefix}-listers", f"{prefix}-list-users"
    bob_iam = clients_for(*state[bob])[0]
    bob_arn = f"arn:aws:iam::{account}:user/{bob}"

    def group_grants():
        expect_access_denied(lambda: bob_iam.list_users(), "iam:ListUsers", bob_arn)
        iam.create_group(GroupName=group)
        iam.put_group_policy(GroupName=group, PolicyName=group_policy, PolicyDocument=json.dumps({
            "Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"}]}))
        iam.add_user_to_group(GroupName=group, UserName=bob)
        members = [u["UserName"] for u in iam.get_group(GroupName=group)["Users"]]
        expect(members == [bob], f"group members {members}")
        names = [u["UserName"] for u in bob_iam.list_users()["Users"]]
        expect(bob in names, f"list_users as {bob} did not list {bob}: {names}")
        return f"{bob} may list users through {group}"
    steps.run(f"boto3: group {group}'s policy applies to its member {bob}", group_grants)

    def leaving_the_group():
        iam.remove_user_from_group(GroupName=group, UserName=bob)
        return expect_access_denied(lambda: bob_iam.list_users(), "iam:ListUsers", bob_arn)
    steps.run(f"boto3: after leaving {group}, {bob} may not list users", leaving_the_group)

    def boundary_limits():
        boundary = iam.create_policy(PolicyName=f"{prefix}-boundary", PolicyDocument=json.dumps({
            "Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["iam:GetUser", "sts:*"], "Resource": "*"}]}))
        boundary_arn = boundary["Policy"]["Arn"]
        iam.put_user_policy(UserName=bob, PolicyName="broad", PolicyDocument=json.dumps({
            "Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["iam:GetUser", "iam:ListUsers"], "Resource": "*"}]}))
        names = [u["UserName"] for u in bob_iam.list_users()["Users"]]
        expect(bob in names, "without a boundary the inline policy should allow ListUsers")
        iam.put_user_permissions_boundary(UserName=bob, PermissionsBoundary=boundary_arn)
        shown = iam.get_user(UserName=bob)["User"].get("PermissionsBoundary", {}).get("PermissionsBoundaryArn")
        expect(shown == boundary_arn, f"get_user shows boundary {shown}")
        me = bob_iam.get_user()["User"]["UserName"]
        expect(me == bob, f"get_user as {bob} returned {me}")
        detail = expect_access_denied(lambda: bob_iam.list_users(), "iam:ListUsers", bob_arn)
        try:
            bob_iam.list_users()
        except ClientError as error:
            message = error.response["Error"].get("Message", "")
            expect("permissions boundary" in message, f"denial does not name the boundary: {message}")
        return detail
    steps.run(f"boto3: a permissions boundary on {bob} caps his inline policy", boundary_limits)

    def instance_profiles():
        profile = f"{prefix}-profile"
        created = iam.create_instance_profile(InstanceProfileName=profile)["InstanceProfile"]
        expect(created["InstanceProfileId"].startswith("AIPA"), f"instance profile id {created['InstanceProfileId']}")
        iam.add_role_to_instance_profile(InstanceProfileName=profile, RoleName=role)
        listed = [p["InstanceProfileName"] for p in iam.list_instance_profiles_for_role(RoleName=role)["InstanceProfiles"]]
        expect(listed == [profile], f"list_instance_profiles_for_role: {listed}")
        try:
            iam.add_role_to_instance_profile(InstanceProfileName=profile, RoleName=role)
        except ClientError as error:
            expect(error.response["Error"]["Code"] == "LimitExceeded", f"second role: {error}")
        else:
            raise Surprise("an instance profile took a second role")
        try:
            iam.delete_instance_profile(InstanceProfileName=profile)
        except ClientError as error:
            expect(error.response["Error"]["Code"] == "DeleteConflict", f"delete with a role: {error}")
        else:
            raise Surprise("an instance profile with a role was deleted")
        iam.remove_role_from_instance_profile(InstanceProfileName=profile, RoleName=role)
        iam.delete_instance_profile(InstanceProfileName=profile)
        return created["Arn"]
    steps.run("boto3: instance profile with one role, DeleteConflict while it has it", instance_profiles)


if __name__ == "__main__":
    try:
        main()
    except (Surprise, ClientError) as problem:
        print(f"py: {type(problem).__name__}: {problem}", file=sys.stderr)
        sys.exit(1)
