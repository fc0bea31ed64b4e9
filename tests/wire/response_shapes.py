#!/usr/bin/env python3
"""Checks every IAM and STS answer Warden sends against the shapes in botocore's service models.

Run by tests/wire/response-shapes.sh against a running Warden, with AWS_CONFIG_FILE,
AWS_SHARED_CREDENTIALS_FILE and AWS_PROFILE=warden pointing at the files Warden wrote.

botocore reads an answer leniently: an element it does not know is skipped, a missing one is left
out, so a misspelt element name passes every SDK call and still loses the value for the user. This
script reads the raw XML of each answer instead and checks it against the operation's output shape:
the root element and the result wrapper, every element a member of its structure (by its wire name),
lists as `member` elements, maps as `entry`/`key`/`value`, scalars that parse as their type (integer,
boolean, ISO 8601 timestamp, enum value), and every member the model marks as required present. Error
answers are checked for AWS's error document (`ErrorResponse/Error/{Type,Code,Message}`, `RequestId`)
and for a code the operation's model or the common errors name.

It first creates one of each entity (user, group, role, policies, instance profile, OIDC and SAML
providers, MFA device, keys, ...), then calls every Get and List operation of the IAM model whose
required parameters it can fill from those entities, then the STS calls, then deletes what it made.
Each call prints one line; at the end it prints every violation and exits 1 if there was one.

    python3 tests/wire/response_shapes.py --prefix shapes
"""

import argparse
import base64
import hashlib
import hmac
import json
import os
import re
import struct
import subprocess
import sys
import tempfile
import time
from pathlib import Path
import xml.etree.ElementTree as ET

import boto3
from botocore.config import Config
from botocore.exceptions import ClientError, ParamValidationError

NO_RETRIES = Config(retries={"max_attempts": 1, "mode": "standard"}, connect_timeout=5, read_timeout=30)
TRUST = json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"},
                                                            "Action": "sts:AssumeRole"}]})
POLICY = json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject",
                                                             "Resource": "arn:aws:s3:::shapes-bucket/*"}]})
SAML_METADATA = """<?xml version="1.0"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://idp.example.com/shapes">
  <md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://idp.example.com/sso"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>
<!-- botocore wants at least 1,000 characters of metadata: """ + "padding " * 80 + """ -->"""
# Common errors every Query operation may answer (AWS's "Common Errors" page).
COMMON_ERRORS = {"AccessDenied", "AccessDeniedException", "IncompleteSignature", "InternalFailure", "InvalidAction",
                 "InvalidClientTokenId", "InvalidParameterCombination", "InvalidParameterValue", "InvalidQueryParameter",
                 "MalformedQueryString", "MissingAction", "MissingAuthenticationToken", "MissingParameter",
                 "NotAuthorized", "OptInRequired", "RequestExpired", "ServiceUnavailable", "ThrottlingException",
                 "ValidationError", "SignatureDoesNotMatch", "ExpiredToken", "UnrecognizedClientException"}
ISO8601 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})$")


def local(tag):
    return tag.split("}", 1)[1] if tag.startswith("{") else tag


class ShapeChecker:
    def __init__(self):
        self.violations = []
        self.answers = 0

    def problem(self, operation, path, text):
        self.violations.append(f"{operation}: {path}: {text}")

    def check_answer(self, operation_model, status, body):
        self.answers += 1
        name = operation_model.name
        try:
            root = ET.fromstring(body)
        except ET.ParseError as e:
            self.problem(name, "/", f"not XML ({e}): {body[:200]!r}")
            return
        if status >= 300:
            self.check_error(operation_model, root)
            return
        if local(root.tag) != f"{name}Response":
            self.problem(name, "/", f"root element {local(root.tag)}, expected {name}Response")
        children = {local(c.tag): c for c in root}
        metadata = children.get("ResponseMetadata")
        if metadata is None or metadata.find("{*}RequestId") is None and metadata.find("RequestId") is None:
            self.problem(name, "/", "no ResponseMetadata/RequestId")
        output = operation_model.output_shape
        wrapper = operation_model.output_shape.serialization.get("resultWrapper") if output is not None else None
        unexpected = set(children) - {"ResponseMetadata"} - ({wrapper} if wrapper else set())
        if unexpected:
            self.problem(name, "/", f"unexpected elements {sorted(unexpected)}")
        if output is None or not output.members:
            return
        result = children.get(wrapper)
        if result is None:
            self.problem(name, "/", f"no {wrapper}")
            return
        self.check_structure(name, wrapper, output, result)

    def check_error(self, operation_model, root):
        name = operation_model.name
        if local(root.tag) != "ErrorResponse":
            self.problem(name, "/", f"error root {local(root.tag)}, expected ErrorResponse")
            return
        error = next((c for c in root if local(c.tag) == "Error"), None)
        request_id = next((c for c in root if local(c.tag) == "RequestId"), None)
        if error is None or request_id is None or not (request_id.text or "").strip():
            self.problem(name, "ErrorResponse", "missing Error or RequestId")
            return
        fields = {local(c.tag): (c.text or "") for c in error}
        for required in ("Type", "Code", "Message"):
            if required not in fields:
                self.problem(name, "ErrorResponse/Error", f"no {required}")
        modelled = {shape.error_code for shape in operation_model.error_shapes} | {s.name for s in operation_model.error_shapes}
        code = fields.get("Code", "")
        if code and code not in modelled and code not in COMMON_ERRORS:
            self.problem(name, "ErrorResponse/Error/Code", f"{code} is neither modelled for the operation nor a common error"
                         f" (modelled: {sorted(modelled)})")

    def check_structure(self, operation, path, shape, element):
        by_wire_name = {}
        for member_name, member in shape.members.items():
            if member.serialization.get("location") in ("header", "headers", "statusCode", "querystring", "uri"):
                continue  # not in the body (REST protocols)
            if member.type_name == "list" and member.serialization.get("flattened"):
                # A flattened list's items are siblings named like the member (S3's Contents, CommonPrefixes).
                wire = member.serialization.get("name") or member.member.serialization.get("name") or member_name
                by_wire_name[wire] = (member_name, member.member)
            else:
                by_wire_name[member.serialization.get("name", member_name)] = (member_name, member)
        seen = set()
        for child in element:
            tag = local(child.tag)
            if tag not in by_wire_name:
                self.problem(operation, path, f"unknown element <{tag}> (members: {sorted(by_wire_name)})")
                continue
            member_name, member = by_wire_name[tag]
            seen.add(member_name)
            self.check_value(operation, f"{path}/{tag}", member, child)
        for required in shape.required_members:
            if required not in seen and shape.members[required].serialization.get("location") is None:
                self.problem(operation, path, f"required member {required} missing")

    def check_value(self, operation, path, shape, element):
        kind = shape.type_name
        text = element.text or ""
        if kind == "structure":
            self.check_structure(operation, path, shape, element)
        elif kind == "list":
            item_name = shape.member.serialization.get("name", "member")
            for child in element:
                if local(child.tag) != item_name:
                    self.problem(operation, path, f"list item <{local(child.tag)}>, expected <{item_name}>")
                    continue
                self.check_value(operation, f"{path}/{item_name}", shape.member, child)
        elif kind == "map":
            for entry in element:
                parts = {local(c.tag): c for c in entry}
                if local(entry.tag) != "entry" or set(parts) - {"key", "value"} or "key" not in parts:
                    self.problem(operation, path, f"map entry <{local(entry.tag)}> with {sorted(parts)}")
                    continue
                if "value" in parts:
                    self.check_value(operation, f"{path}/entry/value", shape.value, parts["value"])
        elif kind in ("integer", "long"):
            if not re.fullmatch(r"-?\d+", text.strip()):
                self.problem(operation, path, f"not an integer: {text!r}")
        elif kind == "boolean":
            if text.strip() not in ("true", "false"):
                self.problem(operation, path, f"not a boolean: {text!r}")
        elif kind == "timestamp":
            if not ISO8601.match(text.strip()):
                self.problem(operation, path, f"not an ISO 8601 timestamp: {text!r}")
        elif kind == "blob":
            try:
                base64.b64decode(text.strip(), validate=True)
            except ValueError:
                self.problem(operation, path, f"not base64: {text[:40]!r}")
        elif kind == "string":
            if shape.enum and text not in shape.enum:
                self.problem(operation, path, f"{text!r} is not one of {shape.enum}")
            if len(element):
                self.problem(operation, path, "a string with child elements")


def totp(seed_base32, at):
    """RFC 6238 code (SHA-1, 30 s, 6 digits) for the virtual MFA device's seed."""
    counter = struct.pack(">Q", int(at) // 30)
    digest = hmac.new(base64.b32decode(seed_base32), counter, hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    return f"{(struct.unpack('>I', digest[offset:offset + 4])[0] & 0x7FFFFFFF) % 1_000_000:06d}"


def self_signed_certificate(work):
    """A fresh RSA key and self-signed certificate (PEM) made with openssl."""
    key, cert = Path(work) / "key.pem", Path(work) / "cert.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(cert),
                    "-days", "2", "-subj", "/CN=shapes.example.com"], check=True, capture_output=True)
    return key.read_text(), cert.read_text()


def ssh_public_key(work):
    path = Path(work) / "id_rsa"
    subprocess.run(["ssh-keygen", "-q", "-t", "rsa", "-b", "2048", "-N", "", "-f", str(path)], check=True)
    return (Path(work) / "id_rsa.pub").read_text().strip()


def session_with(profile_session, key_id, secret):
    """Other credentials, same endpoint and region as Warden's profile."""
    return boto3.Session(aws_access_key_id=key_id, aws_secret_access_key=secret, region_name=profile_session.region_name)


def recording(client, checker):
    """Hooks the client so that every answer's raw XML goes through the checker."""
    def after_call(http_response, model, **_):
        checker.check_answer(model, http_response.status_code, http_response.content)
    client.meta.events.register("after-call", after_call)
    return client


class Calls:
    """Calls operations by their API names and prints one line each; an AWS error is an answer too
    (counted, not raised), and a parameter the script got wrong is a violation of its own."""

    def __init__(self, checker, label, width):
        self.checker, self.label, self.width = checker, label, width
        self.ok = self.errors = 0

    def __call__(self, client, operation, **params):
        method = getattr(client, {api: py for py, api in client.meta.method_to_api_mapping.items()}[operation])
        try:
            answer = method(**params)
            self.ok += 1
            print(f"{self.label}  {operation:<{self.width}} ok", flush=True)
            return answer
        except ParamValidationError as e:
            self.checker.violations.append(f"{operation}: the script's own parameters: {e}")
            return None
        except ClientError as e:
            self.errors += 1
            print(f"{self.label}  {operation:<{self.width}} {e.response['Error']['Code']}", flush=True)
            return None

    def summary(self):
        """Prints the counts and every violation; the exit status (1 if there was a violation)."""
        print(f"{self.label}: {self.checker.answers} answers checked ({self.ok} ok, {self.errors} errors),"
              f" {len(self.checker.violations)} violations")
        for violation in self.checker.violations:
            print(f"{self.label}: VIOLATION {violation}")
        return 1 if self.checker.violations else 0


def federated_successes(iam, sts, call, cleanup, account, p):
    """AssumeRoleWithSAML and AssumeRoleWithWebIdentity answered with credentials, with a SAML response
    and a token from `warden idp` (Warden's test identity provider). Needs WARDEN_CLI (the launcher)
    and WARDEN_HOME (the running server's home, for `warden oidc set-keys`); skipped without them."""
    cli, home = os.environ.get("WARDEN_CLI"), os.environ.get("WARDEN_HOME")
    if not cli or not home:
        print("shapes  (AssumeRoleWithSAML / WebIdentity successes skipped: no WARDEN_CLI and WARDEN_HOME)")
        return
    idp = tempfile.mkdtemp(prefix="shapes-idp-")

    def warden(*args):
        return subprocess.run([cli, *args], check=True, capture_output=True, text=True, timeout=120).stdout

    warden("idp", "init", "--dir", idp)
    metadata = warden("idp", "saml-metadata", "--dir", idp)
    provider = call(iam, "CreateSAMLProvider", Name=f"{p}-idp", SAMLMetadataDocument=metadata)
    if provider:
        provider_arn = provider["SAMLProviderArn"]
        cleanup.append(lambda: call(iam, "DeleteSAMLProvider", SAMLProviderArn=provider_arn))
        role = f"{p}-saml-role"
        trust = json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
                            "Principal": {"Federated": provider_arn},
                            "Action": ["sts:AssumeRoleWithSAML", "sts:TagSession", "sts:SetSourceIdentity"]}]})
        call(iam, "CreateRole", RoleName=role, AssumeRolePolicyDocument=trust)
        cleanup.append(lambda: call(iam, "DeleteRole", RoleName=role))
        role_arn = f"arn:aws:iam::{account}:role/{role}"
        response = warden("idp", "saml-response", "--dir", idp, "--role", role_arn, "--provider", provider_arn,
                          "--subject", "alice", "--session-name", "alice", "--tag", "team=data",
                          "--source-identity", "alice").strip()
        call(sts, "AssumeRoleWithSAML", RoleArn=role_arn, PrincipalArn=provider_arn, SAMLAssertion=response)
    issuer = f"https://{p}.token.example.test"
    oidc = call(iam, "CreateOpenIDConnectProvider", Url=issuer, ClientIDList=["sts.amazonaws.com"])
    if oidc:
        oidc_arn = oidc["OpenIDConnectProviderArn"]
        cleanup.append(lambda: call(iam, "DeleteOpenIDConnectProvider", OpenIDConnectProviderArn=oidc_arn))
        jwks = Path(idp) / "jwks.json"
        jwks.write_text(warden("idp", "oidc-jwks", "--dir", idp))
        warden("oidc", "set-keys", "--home", home, "--provider", oidc_arn, "--jwks", str(jwks))
        time.sleep(1.2)  # the server applies IAM changes made by other processes within 1,000 ms
        role = f"{p}-oidc-role"
        trust = json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
                            "Principal": {"Federated": oidc_arn}, "Action": "sts:AssumeRoleWithWebIdentity"}]})
        call(iam, "CreateRole", RoleName=role, AssumeRolePolicyDocument=trust)
        cleanup.append(lambda: call(iam, "DeleteRole", RoleName=role))
        token = warden("idp", "oidc-token", "--dir", idp, "--issuer", issuer, "--subject", "repo:acme/app",
                       "--audience", "sts.amazonaws.com").strip()
        call(sts, "AssumeRoleWithWebIdentity", RoleArn=f"arn:aws:iam::{account}:role/{role}",
             RoleSessionName="shapes", WebIdentityToken=token)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--prefix", default="shapes")
    args = parser.parse_args()
    p = args.prefix
    session = boto3.Session()
    checker = ShapeChecker()
    iam = recording(session.client("iam", config=NO_RETRIES), checker)
    sts = recording(session.client("sts", config=NO_RETRIES), checker)
    call = Calls(checker, "shapes", 48)

    account = sts.get_caller_identity()["Account"]
    user, group, role = f"{p}-user", f"{p}-group", f"{p}-role"
    profile, cert = f"{p}-profile", f"{p}-cert"
    values = {"UserName": user, "GroupName": group, "RoleName": role, "InstanceProfileName": profile,
              "PolicyName": f"{p}-inline", "ServerCertificateName": cert}
    cleanup = []
    try:
        call(iam, "CreateUser", UserName=user, Tags=[{"Key": "team", "Value": "data"}])
        cleanup.append(lambda: call(iam, "DeleteUser", UserName=user))
        call(iam, "CreateGroup", GroupName=group)
        cleanup.append(lambda: call(iam, "DeleteGroup", GroupName=group))
        call(iam, "AddUserToGroup", GroupName=group, UserName=user)
        cleanup.append(lambda: call(iam, "RemoveUserFromGroup", GroupName=group, UserName=user))
        call(iam, "CreateRole", RoleName=role, AssumeRolePolicyDocument=TRUST, Tags=[{"Key": "team", "Value": "data"}])
        cleanup.append(lambda: call(iam, "DeleteRole", RoleName=role))
        policy = call(iam, "CreatePolicy", PolicyName=f"{p}-managed", PolicyDocument=POLICY)
        policy_arn = policy["Policy"]["Arn"] if policy else f"arn:aws:iam::{account}:policy/{p}-managed"
        values["PolicyArn"] = policy_arn
        cleanup.append(lambda: call(iam, "DeletePolicy", PolicyArn=policy_arn))
        version = call(iam, "CreatePolicyVersion", PolicyArn=policy_arn, PolicyDocument=POLICY)
        values["VersionId"] = version["PolicyVersion"]["VersionId"] if version else "v1"
        cleanup.append(lambda: call(iam, "DeletePolicyVersion", PolicyArn=policy_arn, VersionId=values["VersionId"]))
        for kind, name in (("User", user), ("Group", group), ("Role", role)):
            call(iam, f"Attach{kind}Policy", **{f"{kind}Name": name, "PolicyArn": policy_arn})
            cleanup.append(lambda kind=kind, name=name: call(iam, f"Detach{kind}Policy",
                                                            **{f"{kind}Name": name, "PolicyArn": policy_arn}))
            call(iam, f"Put{kind}Policy", **{f"{kind}Name": name, "PolicyName": f"{p}-inline", "PolicyDocument": POLICY})
            cleanup.append(lambda kind=kind, name=name: call(iam, f"Delete{kind}Policy",
                                                            **{f"{kind}Name": name, "PolicyName": f"{p}-inline"}))
        call(iam, "PutRolePermissionsBoundary", RoleName=role, PermissionsBoundary=policy_arn)
        cleanup.append(lambda: call(iam, "DeleteRolePermissionsBoundary", RoleName=role))
        call(iam, "CreateInstanceProfile", InstanceProfileName=profile)
        cleanup.append(lambda: call(iam, "DeleteInstanceProfile", InstanceProfileName=profile))
        call(iam, "AddRoleToInstanceProfile", InstanceProfileName=profile, RoleName=role)
        cleanup.append(lambda: call(iam, "RemoveRoleFromInstanceProfile", InstanceProfileName=profile, RoleName=role))
        key = call(iam, "CreateAccessKey", UserName=user)
        if key:
            values["AccessKeyId"] = key["AccessKey"]["AccessKeyId"]
            cleanup.append(lambda: call(iam, "DeleteAccessKey", UserName=user, AccessKeyId=values["AccessKeyId"]))
        call(iam, "CreateLoginProfile", UserName=user, Password="Shapes-Passw0rd!-long", PasswordResetRequired=False)
        cleanup.append(lambda: call(iam, "DeleteLoginProfile", UserName=user))
        oidc = call(iam, "CreateOpenIDConnectProvider", Url=f"https://{p}.oidc.example.com", ClientIDList=["sts.amazonaws.com"],
                    ThumbprintList=["a" * 40])
        if oidc:
            values["OpenIDConnectProviderArn"] = oidc["OpenIDConnectProviderArn"]
            cleanup.append(lambda: call(iam, "DeleteOpenIDConnectProvider",
                                        OpenIDConnectProviderArn=values["OpenIDConnectProviderArn"]))
        saml = call(iam, "CreateSAMLProvider", Name=f"{p}-saml", SAMLMetadataDocument=SAML_METADATA)
        if saml:
            values["SAMLProviderArn"] = saml["SAMLProviderArn"]
            cleanup.append(lambda: call(iam, "DeleteSAMLProvider", SAMLProviderArn=values["SAMLProviderArn"]))
        mfa = call(iam, "CreateVirtualMFADevice", VirtualMFADeviceName=f"{p}-mfa")
        if mfa:
            values["SerialNumber"] = mfa["VirtualMFADevice"]["SerialNumber"]
            cleanup.append(lambda: call(iam, "DeleteVirtualMFADevice", SerialNumber=values["SerialNumber"]))
        if mfa:
            now = time.time()
            seed = mfa["VirtualMFADevice"]["Base32StringSeed"].decode()
            call(iam, "EnableMFADevice", UserName=user, SerialNumber=values["SerialNumber"],
                 AuthenticationCode1=totp(seed, now - 30), AuthenticationCode2=totp(seed, now))
            cleanup.append(lambda: call(iam, "DeactivateMFADevice", UserName=user, SerialNumber=values["SerialNumber"]))
        work = tempfile.mkdtemp(prefix="shapes-")
        private_key, certificate = self_signed_certificate(work)
        call(iam, "UploadServerCertificate", ServerCertificateName=cert, CertificateBody=certificate, PrivateKey=private_key,
             Tags=[{"Key": "team", "Value": "data"}])
        cleanup.append(lambda: call(iam, "DeleteServerCertificate", ServerCertificateName=cert))
        signing = call(iam, "UploadSigningCertificate", UserName=user, CertificateBody=certificate)
        if signing:
            values["CertificateId"] = signing["Certificate"]["CertificateId"]
            cleanup.append(lambda: call(iam, "DeleteSigningCertificate", UserName=user, CertificateId=values["CertificateId"]))
        ssh = call(iam, "UploadSSHPublicKey", UserName=user, SSHPublicKeyBody=ssh_public_key(work))
        if ssh:
            values["SSHPublicKeyId"] = ssh["SSHPublicKey"]["SSHPublicKeyId"]
            cleanup.append(lambda: call(iam, "DeleteSSHPublicKey", UserName=user, SSHPublicKeyId=values["SSHPublicKeyId"]))
        credential = call(iam, "CreateServiceSpecificCredential", UserName=user, ServiceName="codecommit.amazonaws.com")
        if credential:
            credential_id = credential["ServiceSpecificCredential"]["ServiceSpecificCredentialId"]
            cleanup.append(lambda: call(iam, "DeleteServiceSpecificCredential", UserName=user,
                                        ServiceSpecificCredentialId=credential_id))
        call(iam, "UpdateAccountPasswordPolicy", MinimumPasswordLength=12, RequireSymbols=True, MaxPasswordAge=90,
             AllowUsersToChangePassword=True)
        cleanup.append(lambda: call(iam, "DeleteAccountPasswordPolicy"))
        call(iam, "CreateAccountAlias", AccountAlias=f"{p}-alias-{account[-4:]}")
        cleanup.append(lambda: call(iam, "DeleteAccountAlias", AccountAlias=f"{p}-alias-{account[-4:]}"))
        call(iam, "TagPolicy", PolicyArn=policy_arn, Tags=[{"Key": "team", "Value": "data"}])
        call(iam, "TagInstanceProfile", InstanceProfileName=profile, Tags=[{"Key": "team", "Value": "data"}])
        call(iam, "UpdateRole", RoleName=role, Description="shapes", MaxSessionDuration=7200)
        call(iam, "UpdateAssumeRolePolicy", RoleName=role, PolicyDocument=TRUST)
        tag = [{"Key": "stage", "Value": "test"}]
        for kind, key_name, value in (("User", "UserName", user), ("Role", "RoleName", role),
                                      ("MFADevice", "SerialNumber", values.get("SerialNumber")),
                                      ("OpenIDConnectProvider", "OpenIDConnectProviderArn", values.get("OpenIDConnectProviderArn")),
                                      ("SAMLProvider", "SAMLProviderArn", values.get("SAMLProviderArn")),
                                      ("ServerCertificate", "ServerCertificateName", cert),
                                      ("InstanceProfile", "InstanceProfileName", profile), ("Policy", "PolicyArn", policy_arn)):
            if value:
                call(iam, f"Tag{kind}", **{key_name: value, "Tags": tag})
                call(iam, f"Untag{kind}", **{key_name: value, "TagKeys": ["stage"]})
        if values.get("OpenIDConnectProviderArn"):
            arn = values["OpenIDConnectProviderArn"]
            call(iam, "AddClientIDToOpenIDConnectProvider", OpenIDConnectProviderArn=arn, ClientID="shapes-client")
            call(iam, "RemoveClientIDFromOpenIDConnectProvider", OpenIDConnectProviderArn=arn, ClientID="shapes-client")
            call(iam, "UpdateOpenIDConnectProviderThumbprint", OpenIDConnectProviderArn=arn, ThumbprintList=["b" * 40])
        if values.get("SAMLProviderArn"):
            call(iam, "UpdateSAMLProvider", SAMLProviderArn=values["SAMLProviderArn"], SAMLMetadataDocument=SAML_METADATA)
        call(iam, "PutUserPermissionsBoundary", UserName=user, PermissionsBoundary=policy_arn)
        call(iam, "DeleteUserPermissionsBoundary", UserName=user)
        call(iam, "SetDefaultPolicyVersion", PolicyArn=policy_arn, VersionId=values["VersionId"])
        call(iam, "SetDefaultPolicyVersion", PolicyArn=policy_arn, VersionId="v1")
        if credential:
            call(iam, "ResetServiceSpecificCredential", UserName=user, ServiceSpecificCredentialId=credential_id)
            call(iam, "UpdateServiceSpecificCredential", UserName=user, ServiceSpecificCredentialId=credential_id,
                 Status="Inactive")
        if key:
            call(iam, "UpdateAccessKey", UserName=user, AccessKeyId=values["AccessKeyId"], Status="Inactive")
            call(iam, "UpdateAccessKey", UserName=user, AccessKeyId=values["AccessKeyId"], Status="Active")
        if signing:
            call(iam, "UpdateSigningCertificate", UserName=user, CertificateId=values["CertificateId"], Status="Inactive")
        if ssh:
            call(iam, "UpdateSSHPublicKey", UserName=user, SSHPublicKeyId=values["SSHPublicKeyId"], Status="Inactive")
        call(iam, "UpdateServerCertificate", ServerCertificateName=cert, NewPath="/shapes/")
        call(iam, "UpdateGroup", GroupName=group, NewPath="/shapes/")
        call(iam, "UpdateUser", UserName=user, NewPath="/shapes/")
        call(iam, "UpdateUser", UserName=user, NewPath="/")  # the ARNs below name the user at /
        call(iam, "UpdateRoleDescription", RoleName=role, Description="shapes again")
        call(iam, "UpdateLoginProfile", UserName=user, Password="Shapes-Passw0rd!-longer", PasswordResetRequired=False)
        if mfa:
            later = time.time() + 60
            call(iam, "ResyncMFADevice", UserName=user, SerialNumber=values["SerialNumber"],
                 AuthenticationCode1=totp(seed, later), AuthenticationCode2=totp(seed, later + 30))
        if key:
            own = session_with(session, key["AccessKey"]["AccessKeyId"], key["AccessKey"]["SecretAccessKey"])
            own_iam = recording(own.client("iam", config=NO_RETRIES), checker)
            call(own_iam, "ChangePassword", OldPassword="Shapes-Passw0rd!-longer", NewPassword="Shapes-Passw0rd!-newest")
            call(own_iam, "ChangePassword", OldPassword="not-the-password", NewPassword="Shapes-Passw0rd!-other")
        call(iam, "CreateServiceLinkedRole", AWSServiceName="elasticmapreduce.amazonaws.com")
        call(iam, "GenerateCredentialReport")
        job = call(iam, "GenerateServiceLastAccessedDetails", Arn=f"arn:aws:iam::{account}:user/{user}")
        if job:
            values["JobId"] = job["JobId"]
        values.update({"Arn": f"arn:aws:iam::{account}:role/{role}", "PolicySourceArn": f"arn:aws:iam::{account}:user/{user}",
                       "ActionNames": ["s3:GetObject"], "PolicyInputList": [POLICY], "ServiceNamespaces": ["s3"],
                       "ServiceNamespace": "s3", "ServiceName": "codecommit.amazonaws.com",
                       "Encoding": "SSH", "EntityArn": f"arn:aws:iam::{account}:role/{role}",
                       "AccessKeyIdForInfo": values.get("AccessKeyId")})

        model = iam.meta.service_model
        for operation in sorted(model.operation_names):
            if not operation.startswith(("Get", "List")) or operation in ("GetAccountAuthorizationDetails",):
                continue
            shape = model.operation_model(operation).input_shape
            required = shape.required_members if shape is not None else []
            if any(r not in values for r in required):
                print(f"shapes  {operation:<48} skipped (needs {', '.join(r for r in required if r not in values)})")
                continue
            # Optional members it can fill are sent too (e.g. UserName, which several Get calls default
            # to the caller), so that each answer has something in it to check.
            members = shape.members if shape is not None else {}
            params = {m: values[m] for m in members if m in values and values[m] is not None}
            if operation == "GetServiceLastAccessedDetailsWithEntities":
                params["ServiceNamespace"] = "s3"
            call(iam, operation, **params)
        call(iam, "GetAccountAuthorizationDetails", MaxItems=5)
        call(iam, "ListUsers", MaxItems=1)  # IsTruncated and Marker
        call(iam, "ListPolicies", Scope="AWS", MaxItems=2)
        call(iam, "ListEntitiesForPolicy", PolicyArn=policy_arn)
        call(iam, "SimulatePrincipalPolicy", PolicySourceArn=values["PolicySourceArn"], ActionNames=["s3:GetObject"],
             ResourceArns=["arn:aws:s3:::shapes-bucket/a"])
        call(iam, "SimulateCustomPolicy", PolicyInputList=[POLICY], ActionNames=["s3:GetObject", "s3:PutObject"])
        call(iam, "GetUser", UserName="no-such-user-shapes")  # an error answer, checked too
        call(iam, "SetSecurityTokenServicePreferences", GlobalEndpointTokenVersion="v2Token")
        call(iam, "SetSecurityTokenServicePreferences", GlobalEndpointTokenVersion="v1Token")
        call(sts, "AssumeRoot", TargetPrincipal="111122223333",
             TaskPolicyArn={"arn": "arn:aws:iam::aws:policy/root-task/S3UnlockBucketPolicy"})
        call(sts, "GetDelegatedAccessToken", TradeInToken="x" * 32)
        call(iam, "EnableOutboundWebIdentityFederation")
        call(iam, "EnableOutboundWebIdentityFederation")  # FeatureEnabled
        call(iam, "GetOutboundWebIdentityFederationInfo")
        call(sts, "GetWebIdentityToken", Audience=["https://api.example.com"], SigningAlgorithm="RS256",
             DurationSeconds=120, Tags=[{"Key": "team", "Value": "data"}])
        call(sts, "GetWebIdentityToken", Audience=["https://api.example.com"], SigningAlgorithm="ES384")
        call(iam, "DisableOutboundWebIdentityFederation")
        call(sts, "GetWebIdentityToken", Audience=["https://api.example.com"], SigningAlgorithm="ES384")  # disabled
        if values.get("SAMLProviderArn"):
            unsigned = base64.b64encode(b'<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol"/>').decode()
            call(sts, "AssumeRoleWithSAML", RoleArn=values["Arn"], PrincipalArn=values["SAMLProviderArn"],
                 SAMLAssertion=unsigned)  # refused: an error answer to check
        federated_successes(iam, sts, call, cleanup, account, p)
        call(sts, "GetCallerIdentity")
        call(sts, "GetSessionToken", DurationSeconds=900)
        if values.get("AccessKeyId"):
            call(sts, "GetAccessKeyInfo", AccessKeyId=values["AccessKeyId"])
        call(sts, "AssumeRole", RoleArn=values["Arn"], RoleSessionName="shapes")  # trust names ec2: AccessDenied
        account_trust = json.dumps({"Version": "2012-10-17", "Statement": [{
            "Effect": "Allow", "Principal": {"AWS": f"arn:aws:iam::{account}:root"},
            "Action": ["sts:AssumeRole", "sts:TagSession", "sts:SetSourceIdentity"]}]})
        call(iam, "CreateRole", RoleName=f"{role}-assumable", AssumeRolePolicyDocument=account_trust)
        cleanup.append(lambda: call(iam, "DeleteRole", RoleName=f"{role}-assumable"))
        call(iam, "AttachRolePolicy", RoleName=f"{role}-assumable", PolicyArn=policy_arn)
        cleanup.append(lambda: call(iam, "DetachRolePolicy", RoleName=f"{role}-assumable", PolicyArn=policy_arn))
        call(sts, "AssumeRole", RoleArn=f"arn:aws:iam::{account}:role/{role}-assumable", RoleSessionName="shapes",
             Tags=[{"Key": "project", "Value": "shapes"}], SourceIdentity="shapes-person", Policy=POLICY,
             DurationSeconds=900)
        call(sts, "GetFederationToken", Name="shapes-fed", Policy=POLICY, DurationSeconds=900)
        if key:
            limited = session_with(session, key["AccessKey"]["AccessKeyId"], key["AccessKey"]["SecretAccessKey"])
            denied_iam = recording(limited.client("iam", config=NO_RETRIES), checker)
            call(denied_iam, "CreateUser", UserName=f"{p}-not-allowed")  # AccessDenied with the user's ARN
        deletion = call(iam, "DeleteServiceLinkedRole", RoleName="AWSServiceRoleForEMRCleanup")
        if deletion:
            call(iam, "GetServiceLinkedRoleDeletionStatus", DeletionTaskId=deletion["DeletionTaskId"])
        call(sts, "DecodeAuthorizationMessage", EncodedMessage="not-a-message")
    finally:
        for undo in reversed(cleanup):
            undo()

    return call.summary()


if __name__ == "__main__":
    sys.exit(main())
