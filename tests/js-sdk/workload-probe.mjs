// Run under `./warden exec` by workload.test.mjs: asks STS who it is with the credentials that one
// provider finds (argv[2]: container | instance | chain), and prints a JSON line for the test to check.
import { STSClient, GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { fromContainerMetadata, fromInstanceMetadata } from '@aws-sdk/credential-providers';

const providers = {
  container: () => fromContainerMetadata({ timeout: 5000, maxRetries: 0 }),
  instance: () => fromInstanceMetadata({ timeout: 5000, maxRetries: 0 }),
  chain: () => undefined, // the client's default chain, as code that never names a provider
};
const make = providers[process.argv[2]];
if (!make) throw new Error(`unknown provider ${process.argv[2]}`);
const client = new STSClient({ maxAttempts: 1, credentials: make() });
const identity = await client.send(new GetCallerIdentityCommand({}));
const credentials = await client.config.credentials();
const keyNames = Object.keys(process.env).filter((k) => /ACCESS_KEY|SECRET|SESSION_TOKEN|PROFILE/.test(k));
console.log(JSON.stringify({
  arn: identity.Arn,
  accessKeyPrefix: credentials.accessKeyId.slice(0, 4),
  hasSessionToken: Boolean(credentials.sessionToken),
  expiration: credentials.expiration?.toISOString(),
  keyNames,
}));
