// The AWS SDK for JavaScript v3 against a running Warden, used the way a JS user would use it:
// the endpoint from AWS_ENDPOINT_URL (what `./warden env` exports), the region and the admin key from
// the `warden` profile that Warden's first start writes (AWS_CONFIG_FILE / AWS_SHARED_CREDENTIALS_FILE),
// errors checked by `name`, `instanceof` and `$metadata.httpStatusCode`.
//
// Run by tests/js-sdk/run.sh, which starts the server and sets the environment. The tests in this file
// run in order and share the names they create (one story: users, a role, a session, S3).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';

import {
  IAMClient, CreateUserCommand, CreateAccessKeyCommand, ListUsersCommand, paginateListUsers,
  CreateRoleCommand, GetRoleCommand, PutRolePolicyCommand, GetRolePolicyCommand, GetUserCommand,
  SimulatePrincipalPolicyCommand, NoSuchEntityException, EntityAlreadyExistsException,
  MalformedPolicyDocumentException, IAMServiceException,
} from '@aws-sdk/client-iam';
import { STSClient, GetCallerIdentityCommand, AssumeRoleCommand, STSServiceException } from '@aws-sdk/client-sts';
import {
  S3Client, CreateBucketCommand, PutObjectCommand, GetObjectCommand, HeadObjectCommand, ListObjectsV2Command,
  S3ServiceException, NoSuchKey, NotFound,
} from '@aws-sdk/client-s3';
import { fromIni } from '@aws-sdk/credential-providers';

const endpoint = process.env.AWS_ENDPOINT_URL;
assert.ok(endpoint, 'AWS_ENDPOINT_URL must name the Warden endpoint (run tests/js-sdk/run.sh)');
const prefix = process.env.JS_SDK_PREFIX ?? 'js';

// A surprise must surface, not be retried away.
const common = { profile: 'warden', maxAttempts: 1 };
const admin = fromIni({ profile: 'warden' });
const iam = new IAMClient({ ...common, credentials: admin });
const sts = new STSClient({ ...common, credentials: admin });
const iamAs = (credentials) => new IAMClient({ ...common, credentials });
const stsAs = (credentials) => new STSClient({ ...common, credentials });
const s3As = (credentials) => new S3Client({ ...common, credentials, forcePathStyle: true });

// rejectsWith(promise, ErrorClass, name, status): the call fails with that error, as a JS user checks it.
async function rejectsWith(promise, ErrorClass, name, status) {
  let error;
  try {
    await promise;
  } catch (e) {
    error = e;
  }
  assert.ok(error, `expected ${name}, but the call succeeded`);
  assert.ok(error instanceof ErrorClass, `${error.name} is not an instance of ${ErrorClass.name}`);
  assert.equal(error.name, name, error.message);
  assert.equal(error.$metadata?.httpStatusCode, status, `${name}: HTTP status`);
  assert.equal(error.$fault, status >= 500 ? 'server' : 'client');
  assert.ok(error.message, `${name} carries a message`);
  return error;
}

const state = {};
const trustFor = (principalArn) => JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { AWS: principalArn }, Action: ['sts:AssumeRole', 'sts:TagSession'] }],
});
// Read IAM roles always; list users only in a session tagged project=js; read and write one S3 prefix.
const rolePermissions = (bucket) => JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Action: ['iam:GetRole', 'iam:ListRoles'], Resource: '*' },
    {
      Effect: 'Allow', Action: 'iam:ListUsers', Resource: '*',
      Condition: { StringEquals: { 'aws:PrincipalTag/project': 'js' } },
    },
    { Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject'], Resource: `arn:aws:s3:::${bucket}/shared/*` },
  ],
});

test('STS GetCallerIdentity with the profile warden (fromIni)', async () => {
  const out = await sts.send(new GetCallerIdentityCommand({}));
  assert.match(out.Account, /^\d{12}$/);
  assert.match(out.Arn, new RegExp(`^arn:aws:iam::${out.Account}:(root|user/.+)$`));
  assert.equal(out.$metadata.httpStatusCode, 200);
  assert.ok(out.$metadata.requestId, 'JS reads the request id from the x-amzn-RequestId header');
  state.account = out.Account;
  state.adminArn = out.Arn;
});

test('the endpoint option works as well as AWS_ENDPOINT_URL', async () => {
  const client = new STSClient({ ...common, credentials: admin, endpoint });
  const out = await client.send(new GetCallerIdentityCommand({}));
  assert.equal(out.Arn, state.adminArn);
});

test('AWS_PROFILE=warden alone (no AWS_ENDPOINT_URL): endpoint_url, region and key from the profile', async () => {
  // A fresh process, since the SDK reads the environment when a client resolves its configuration.
  const env = { ...process.env, AWS_PROFILE: 'warden' };
  delete env.AWS_ENDPOINT_URL;
  const probe = fileURLToPath(new URL('./workload-probe.mjs', import.meta.url));
  const { stdout } = await promisify(execFile)(process.execPath, [probe, 'chain'], { env, timeout: 30_000 });
  assert.equal(JSON.parse(stdout.trim().split('\n').pop()).arn, state.adminArn);
});

test('any signing region works against the endpoint (eu-west-1, aws-global)', async () => {
  for (const region of ['eu-west-1', 'aws-global']) {
    const out = await new STSClient({ region, maxAttempts: 1, credentials: admin }).send(new GetCallerIdentityCommand({}));
    assert.equal(out.Arn, state.adminArn, region);
  }
});

test('an unknown key is InvalidClientTokenId, a wrong secret SignatureDoesNotMatch (403)', async () => {
  await rejectsWith(stsAs({ accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'x'.repeat(40) })
    .send(new GetCallerIdentityCommand({})), STSServiceException, 'InvalidClientTokenId', 403);
  const { accessKeyId } = await admin();
  await rejectsWith(iamAs({ accessKeyId, secretAccessKey: 'y'.repeat(40) }).send(new ListUsersCommand({})),
    IAMServiceException, 'SignatureDoesNotMatch', 403);
});

test('IAM CreateUser and CreateAccessKey', async () => {
  state.users = [`${prefix}-alice`, `${prefix}-bob`, `${prefix}-carol`];
  for (const UserName of state.users) {
    const out = await iam.send(new CreateUserCommand({ UserName, Tags: [{ Key: 'team', Value: 'js' }] }));
    assert.equal(out.User.UserName, UserName);
    assert.equal(out.User.Arn, `arn:aws:iam::${state.account}:user/${UserName}`);
    assert.match(out.User.UserId, /^AIDA[A-Z0-9]{16,}$/);
    assert.ok(out.User.CreateDate instanceof Date, 'CreateDate is parsed into a Date');
  }
  state.keys = {};
  for (const UserName of state.users.slice(0, 2)) {
    const { AccessKey } = await iam.send(new CreateAccessKeyCommand({ UserName }));
    assert.match(AccessKey.AccessKeyId, /^AKIA[A-Z0-9]{16}$/);
    assert.equal(AccessKey.SecretAccessKey.length, 40);
    assert.equal(AccessKey.Status, 'Active');
    state.keys[UserName] = { accessKeyId: AccessKey.AccessKeyId, secretAccessKey: AccessKey.SecretAccessKey };
  }
  const alice = await stsAs(state.keys[state.users[0]]).send(new GetCallerIdentityCommand({}));
  assert.equal(alice.Arn, `arn:aws:iam::${state.account}:user/${state.users[0]}`);
});

test('ListUsers pages with MaxItems 1 and Marker', async () => {
  const seen = [];
  let Marker;
  for (let page = 0; page < 100; page++) {
    const out = await iam.send(new ListUsersCommand({ MaxItems: 1, Marker }));
    assert.ok(out.Users.length <= 1, `page ${page} has ${out.Users.length} users`);
    seen.push(...out.Users.map((u) => u.UserName));
    if (!out.IsTruncated) {
      assert.equal(out.Marker, undefined, 'the last page has no Marker');
      break;
    }
    assert.ok(out.Marker, 'a truncated page carries a Marker');
    Marker = out.Marker;
  }
  for (const name of state.users) assert.ok(seen.includes(name), `${name} listed: ${seen}`);
  assert.equal(new Set(seen).size, seen.length, `no user twice: ${seen}`);
  state.allUsers = seen;
});

test('paginateListUsers (pageSize 1) yields the same users', async () => {
  const names = [];
  let pages = 0;
  for await (const page of paginateListUsers({ client: iam, pageSize: 1 }, {})) {
    pages++;
    names.push(...page.Users.map((u) => u.UserName));
  }
  assert.deepEqual(names, state.allUsers);
  assert.equal(pages, state.allUsers.length);
});

test('CreateRole with a trust policy; GetRole returns it URL-encoded, decodeURIComponent gives the JSON', async () => {
  state.role = `${prefix}-reader`;
  state.bucket = `${prefix}-bucket-${state.account}`;
  state.aliceArn = `arn:aws:iam::${state.account}:user/${state.users[0]}`;
  const trust = trustFor(state.aliceArn);
  const created = await iam.send(new CreateRoleCommand({
    RoleName: state.role, AssumeRolePolicyDocument: trust, MaxSessionDuration: 7200, Description: 'JS SDK role',
  }));
  state.roleArn = created.Role.Arn;
  assert.equal(state.roleArn, `arn:aws:iam::${state.account}:role/${state.role}`);
  assert.match(created.Role.RoleId, /^AROA[A-Z0-9]{16,}$/);

  const { Role } = await iam.send(new GetRoleCommand({ RoleName: state.role }));
  assert.equal(Role.Arn, state.roleArn);
  assert.equal(Role.MaxSessionDuration, 7200);
  assert.equal(Role.Description, 'JS SDK role');
  // The JS SDK hands the document over as IAM sends it: URL-encoded.
  assert.match(Role.AssumeRolePolicyDocument, /^%7B%22Version%22/);
  assert.deepEqual(JSON.parse(decodeURIComponent(Role.AssumeRolePolicyDocument)), JSON.parse(trust));
});

test('PutRolePolicy and GetRolePolicy round-trip the inline policy', async () => {
  const document = rolePermissions(state.bucket);
  const put = await iam.send(new PutRolePolicyCommand({
    RoleName: state.role, PolicyName: 'permissions', PolicyDocument: document,
  }));
  assert.equal(put.$metadata.httpStatusCode, 200);
  const got = await iam.send(new GetRolePolicyCommand({ RoleName: state.role, PolicyName: 'permissions' }));
  assert.equal(got.RoleName, state.role);
  assert.equal(got.PolicyName, 'permissions');
  assert.deepEqual(JSON.parse(decodeURIComponent(got.PolicyDocument)), JSON.parse(document));
});

test('AssumeRole as the new user, with DurationSeconds and session tags', async () => {
  const before = Date.now();
  const out = await stsAs(state.keys[state.users[0]]).send(new AssumeRoleCommand({
    RoleArn: state.roleArn, RoleSessionName: `${prefix}-session`, DurationSeconds: 1800,
    Tags: [{ Key: 'project', Value: 'js' }],
  }));
  const c = out.Credentials;
  assert.match(c.AccessKeyId, /^ASIA[A-Z0-9]{16}$/);
  assert.ok(c.SecretAccessKey && c.SessionToken, 'secret and session token');
  assert.ok(c.Expiration instanceof Date, 'Expiration is parsed into a Date');
  const lifetime = (c.Expiration.getTime() - before) / 1000;
  assert.ok(lifetime > 1700 && lifetime <= 1810, `DurationSeconds 1800 gives ${lifetime}s`);
  state.assumedArn = `arn:aws:sts::${state.account}:assumed-role/${state.role}/${prefix}-session`;
  assert.equal(out.AssumedRoleUser.Arn, state.assumedArn);
  assert.match(out.AssumedRoleUser.AssumedRoleId, new RegExp(`^AROA[A-Z0-9]+:${prefix}-session$`));
  assert.equal(typeof out.PackedPolicySize, 'number', 'session tags are reported in PackedPolicySize');
  state.session = { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, sessionToken: c.SessionToken };
});

test('session tags need sts:TagSession in the trust policy (AccessDenied, 403 without it)', async () => {
  const role = `${prefix}-no-tags`;
  await iam.send(new CreateRoleCommand({
    RoleName: role,
    AssumeRolePolicyDocument: JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { AWS: state.aliceArn }, Action: 'sts:AssumeRole' }],
    }),
  }));
  const alice = stsAs(state.keys[state.users[0]]);
  const RoleArn = `arn:aws:iam::${state.account}:role/${role}`;
  const e = await rejectsWith(alice.send(new AssumeRoleCommand({
    RoleArn, RoleSessionName: 'tagged', Tags: [{ Key: 'project', Value: 'js' }],
  })), STSServiceException, 'AccessDenied', 403);
  assert.match(e.message, /sts:TagSession/);
  const untagged = await alice.send(new AssumeRoleCommand({ RoleArn, RoleSessionName: 'untagged' }));
  assert.equal(untagged.AssumedRoleUser.Arn, `arn:aws:sts::${state.account}:assumed-role/${role}/untagged`);
});

test('the session credentials: GetCallerIdentity shows the assumed-role ARN', async () => {
  const out = await stsAs(state.session).send(new GetCallerIdentityCommand({}));
  assert.equal(out.Arn, state.assumedArn);
  assert.equal(out.Account, state.account);
});

test('the session may GetRole, and ListUsers thanks to its session tag project=js', async () => {
  const { Role } = await iamAs(state.session).send(new GetRoleCommand({ RoleName: state.role }));
  assert.equal(Role.Arn, state.roleArn);
  const out = await iamAs(state.session).send(new ListUsersCommand({}));
  assert.ok(out.Users.some((u) => u.UserName === state.users[0]));
});

test('a session without the tag may not ListUsers (AccessDenied, 403)', async () => {
  const untagged = await stsAs(state.keys[state.users[0]]).send(new AssumeRoleCommand({
    RoleArn: state.roleArn, RoleSessionName: `${prefix}-untagged`,
  }));
  const c = untagged.Credentials;
  const e = await rejectsWith(iamAs({
    accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, sessionToken: c.SessionToken,
  }).send(new ListUsersCommand({})), IAMServiceException, 'AccessDenied', 403);
  assert.match(e.message, /is not authorized to perform: iam:ListUsers/);
});

test('the session may not CreateUser: AccessDenied, 403, naming the session and the action', async () => {
  const e = await rejectsWith(iamAs(state.session).send(new CreateUserCommand({ UserName: `${prefix}-mallory` })),
    IAMServiceException, 'AccessDenied', 403);
  assert.match(e.message, new RegExp(`User: ${state.assumedArn} is not authorized to perform: iam:CreateUser`));
  assert.equal(e.Code, 'AccessDenied');
  assert.ok(e.$metadata.requestId, 'an error carries the request id');
  await rejectsWith(iam.send(new GetUserCommand({ UserName: `${prefix}-mallory` })),
    NoSuchEntityException, 'NoSuchEntityException', 404);
});

test('a user the trust policy does not name cannot AssumeRole (AccessDenied, 403)', async () => {
  const e = await rejectsWith(stsAs(state.keys[state.users[1]]).send(new AssumeRoleCommand({
    RoleArn: state.roleArn, RoleSessionName: `${prefix}-intruder`,
  })), STSServiceException, 'AccessDenied', 403);
  assert.match(e.message, /is not authorized to perform: sts:AssumeRole/);
});

test('NoSuchEntityException: name, instanceof, Code, 404', async () => {
  const e = await rejectsWith(iam.send(new GetRoleCommand({ RoleName: `${prefix}-nobody` })),
    NoSuchEntityException, 'NoSuchEntityException', 404);
  assert.equal(e.Code, 'NoSuchEntity');
  assert.match(e.message, new RegExp(`${prefix}-nobody`));
});

test('EntityAlreadyExistsException on a second CreateUser (409)', async () => {
  const e = await rejectsWith(iam.send(new CreateUserCommand({ UserName: state.users[0] })),
    EntityAlreadyExistsException, 'EntityAlreadyExistsException', 409);
  assert.equal(e.Code, 'EntityAlreadyExists');
});

test('MalformedPolicyDocumentException on a broken trust policy (400)', async () => {
  await rejectsWith(iam.send(new CreateRoleCommand({
    RoleName: `${prefix}-broken`, AssumeRolePolicyDocument: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow"',
  })), MalformedPolicyDocumentException, 'MalformedPolicyDocumentException', 400);
  await rejectsWith(iam.send(new GetRoleCommand({ RoleName: `${prefix}-broken` })),
    NoSuchEntityException, 'NoSuchEntityException', 404);
});

test('ValidationError on a name IAM does not accept (400)', async () => {
  const e = await rejectsWith(iam.send(new CreateUserCommand({ UserName: 'no spaces allowed' })),
    IAMServiceException, 'ValidationError', 400);
  assert.match(e.message, /userName/i);
});

test('SimulatePrincipalPolicy on the role', async () => {
  const out = await iam.send(new SimulatePrincipalPolicyCommand({
    PolicySourceArn: state.roleArn, ActionNames: ['iam:GetRole', 'iam:CreateUser'],
  }));
  const decision = Object.fromEntries(out.EvaluationResults.map((r) => [r.EvalActionName, r.EvalDecision]));
  assert.deepEqual(decision, { 'iam:GetRole': 'allowed', 'iam:CreateUser': 'implicitDeny' });
  const allowed = out.EvaluationResults.find((r) => r.EvalActionName === 'iam:GetRole');
  assert.ok(allowed.MatchedStatements.some((s) => s.SourcePolicyId === 'permissions'),
    `matched statements name the inline policy: ${JSON.stringify(allowed.MatchedStatements)}`);
  assert.equal(out.IsTruncated, false);
});

test('S3 (forcePathStyle): CreateBucket, PutObject, GetObject, ListObjectsV2', async () => {
  const s3 = s3As(admin);
  await s3.send(new CreateBucketCommand({ Bucket: state.bucket }));
  const put = await s3.send(new PutObjectCommand({
    Bucket: state.bucket, Key: 'shared/hello.txt', Body: 'hello from the JS SDK', ContentType: 'text/plain',
  }));
  assert.ok(put.ETag, 'PutObject returns an ETag');
  const got = await s3.send(new GetObjectCommand({ Bucket: state.bucket, Key: 'shared/hello.txt' }));
  assert.equal(await got.Body.transformToString(), 'hello from the JS SDK');
  assert.equal(got.ContentType, 'text/plain');
  const listed = await s3.send(new ListObjectsV2Command({ Bucket: state.bucket, Prefix: 'shared/' }));
  assert.deepEqual(listed.Contents.map((o) => o.Key), ['shared/hello.txt']);
  assert.equal(listed.Contents[0].Size, 'hello from the JS SDK'.length);
  assert.equal(listed.KeyCount, 1);
});

test('S3: a stream body (aws-chunked with a CRC32 trailer), NoSuchKey and NotFound (404)', async () => {
  const s3 = s3As(admin);
  const file = join(await mkdtemp(join(tmpdir(), 'warden-js-')), 'upload.bin');
  const content = 'warden '.repeat(20_000);
  await writeFile(file, content);
  await s3.send(new PutObjectCommand({ Bucket: state.bucket, Key: 'shared/upload.bin', Body: createReadStream(file) }));
  const got = await s3.send(new GetObjectCommand({ Bucket: state.bucket, Key: 'shared/upload.bin' }));
  assert.equal(await got.Body.transformToString(), content);
  assert.equal(got.ContentLength, content.length);
  const missing = await rejectsWith(s3.send(new GetObjectCommand({ Bucket: state.bucket, Key: 'shared/none' })),
    S3ServiceException, 'NoSuchKey', 404);
  assert.ok(missing instanceof NoSuchKey, 'instanceof NoSuchKey');
  const head = await rejectsWith(s3.send(new HeadObjectCommand({ Bucket: state.bucket, Key: 'shared/none' })),
    S3ServiceException, 'NotFound', 404);
  assert.ok(head instanceof NotFound, 'instanceof NotFound');
});

test('S3 as the session: GetObject under shared/ allowed, PutObject elsewhere AccessDenied (403)', async () => {
  const s3 = s3As(state.session);
  const got = await s3.send(new GetObjectCommand({ Bucket: state.bucket, Key: 'shared/hello.txt' }));
  assert.equal(await got.Body.transformToString(), 'hello from the JS SDK');
  await s3.send(new PutObjectCommand({ Bucket: state.bucket, Key: 'shared/from-session.txt', Body: 'ok' }));
  await rejectsWith(s3.send(new PutObjectCommand({ Bucket: state.bucket, Key: 'private/x.txt', Body: 'no' })),
    S3ServiceException, 'AccessDenied', 403);
  await rejectsWith(s3.send(new ListObjectsV2Command({ Bucket: state.bucket })),
    S3ServiceException, 'AccessDenied', 403);
});
