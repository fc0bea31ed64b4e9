// "No keys, only roles" with the JavaScript SDK: a Node program run under `./warden exec` finds role
// credentials through fromContainerMetadata (a role, as Lambda/ECS) or fromInstanceMetadata (an
// instance profile, as EC2), and through the default chain, with no key in its environment.
//
// Run by tests/js-sdk/run.sh (WARDEN_BIN names the launcher; the admin profile steers `./warden exec`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';

import {
  IAMClient, CreateRoleCommand, CreateInstanceProfileCommand, AddRoleToInstanceProfileCommand,
} from '@aws-sdk/client-iam';
import { STSClient, GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { fromIni } from '@aws-sdk/credential-providers';

const warden = process.env.WARDEN_BIN;
assert.ok(warden, 'WARDEN_BIN must name the ./warden launcher (run tests/js-sdk/run.sh)');
const prefix = `${process.env.JS_SDK_PREFIX ?? 'js'}-wl`;
const probe = fileURLToPath(new URL('./workload-probe.mjs', import.meta.url));
const run = promisify(execFile);

const common = { profile: 'warden', maxAttempts: 1, credentials: fromIni({ profile: 'warden' }) };
const iam = new IAMClient(common);
const state = {};

// exec(workloadArgs, provider): runs the probe under ./warden exec; returns what it printed.
async function exec(workloadArgs, provider) {
  const { stdout } = await run(warden, ['exec', ...workloadArgs, '--', process.execPath, probe, provider], {
    timeout: 60_000, env: { ...process.env, AWS_PROFILE: 'warden' },
  });
  const lines = stdout.trim().split('\n');
  return JSON.parse(lines[lines.length - 1]);
}

function assertRoleSession(seen, session) {
  assert.equal(seen.arn, `arn:aws:sts::${state.account}:assumed-role/${state.role}/${session}`);
  assert.equal(seen.accessKeyPrefix, 'ASIA');
  assert.ok(seen.hasSessionToken, 'a session token');
  assert.ok(Date.parse(seen.expiration) > Date.now(), `expires in the future: ${seen.expiration}`);
  assert.deepEqual(seen.keyNames, [], 'no key, secret, token or profile variable in the workload');
}

test('a role for Lambda and EC2, and an instance profile', async () => {
  state.account = (await new STSClient(common).send(new GetCallerIdentityCommand({}))).Account;
  state.role = `${prefix}-fn`;
  state.profile = `${prefix}-profile`;
  await iam.send(new CreateRoleCommand({
    RoleName: state.role,
    AssumeRolePolicyDocument: JSON.stringify({
      Version: '2012-10-17',
      Statement: [{
        Effect: 'Allow', Principal: { Service: ['lambda.amazonaws.com', 'ec2.amazonaws.com'] }, Action: 'sts:AssumeRole',
      }],
    }),
  }));
  await iam.send(new CreateInstanceProfileCommand({ InstanceProfileName: state.profile }));
  await iam.send(new AddRoleToInstanceProfileCommand({ InstanceProfileName: state.profile, RoleName: state.role }));
});

test('./warden exec --role --as-service lambda: fromContainerMetadata', async () => {
  assertRoleSession(await exec(['--role', state.role, '--as-service', 'lambda', '--session-name', 'ecs-1'],
    'container'), 'ecs-1');
});

test('./warden exec --role --as-service lambda: the default chain', async () => {
  assertRoleSession(await exec(['--role', state.role, '--as-service', 'lambda', '--session-name', 'ecs-2'],
    'chain'), 'ecs-2');
});

test('./warden exec --instance-profile: fromInstanceMetadata (IMDSv2)', async () => {
  assertRoleSession(await exec(['--instance-profile', state.profile, '--session-name', 'i-0js1'], 'instance'),
    'i-0js1');
});

test('./warden exec --instance-profile: the default chain', async () => {
  assertRoleSession(await exec(['--instance-profile', state.profile, '--session-name', 'i-0js2'], 'chain'),
    'i-0js2');
});
