// Differential-test oracle: decides Warden test cases with @cloud-copilot/iam-simulate.
//
// iam-simulate is AGPL-3.0; it is never part of Warden. run.sh installs it into a temporary folder and
// runs this script as a separate Node process, passing that folder in IAM_SIMULATE_HOME. Nothing of
// iam-simulate is bundled, linked, vendored or committed.
//
// Input: one case per line (JSON), the format of bench/src/main/resources/workloads/*.json:
//   {id, identityPolicies:[{name, policy}], resourcePolicy, permissionBoundaries:[{name, policy}],
//    scps:[[{name, policy}], ...], rcps:[[{name, policy}], ...], sessionPolicy, principal, action,
//    resource, resourceAccount, context:{key: value | [values]}}; principal "anonymous" is an unsigned
//    request.
// A file holding a JSON array (the bench workloads) is read as well.
// Output: one line per case: {"id", "decision": ALLOWED | EXPLICIT_DENY | IMPLICIT_DENY | ERROR,
//   "error"?, "ignoredContextKeys"?}
//
// Usage: node oracle.mjs CASES_FILE [--time MILLIS_PER_BATCH]
//   --time: instead of decisions, print per case {"id", "decision", "runSimulationNanos",
//   "runUnsafeSimulationNanos"}: the median time per decision of five timed batches after a warm-up
//   batch, through the validated public entry point and through the one that skips validation.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const home = process.env.IAM_SIMULATE_HOME;
if (!home) {
  console.error('IAM_SIMULATE_HOME must name the folder where @cloud-copilot/iam-simulate is installed');
  process.exit(2);
}
const require = createRequire(path.join(home, 'package.json'));
const entry = require.resolve('@cloud-copilot/iam-simulate');
const { runSimulation, runUnsafeSimulation, anonymousPrincipal } = await import(pathToFileURL(entry).href);

const DECISIONS = {
  Allowed: 'ALLOWED',
  ExplicitlyDenied: 'EXPLICIT_DENY',
  ImplicitlyDenied: 'IMPLICIT_DENY',
};

function orgLevels(levels, prefix) {
  return (levels ?? []).map((level, i) => ({
    orgIdentifier: `${prefix}-${i}`,
    policies: level.map(({ name, policy }) => ({ name, policy })),
  }));
}

function simulationOf(testCase) {
  const simulation = {
    request: {
      principal: testCase.principal === 'anonymous' ? anonymousPrincipal : testCase.principal,
      action: testCase.action,
      resource: { resource: testCase.resource, accountId: testCase.resourceAccount },
      contextVariables: testCase.context ?? {},
    },
    identityPolicies: testCase.identityPolicies ?? [],
    serviceControlPolicies: orgLevels(testCase.scps, 'scp'),
    resourceControlPolicies: orgLevels(testCase.rcps, 'rcp'),
  };
  if (testCase.resourcePolicy) simulation.resourcePolicy = testCase.resourcePolicy;
  if (testCase.permissionBoundaries && testCase.permissionBoundaries.length > 0) {
    simulation.permissionBoundaryPolicies = testCase.permissionBoundaries;
  }
  if (testCase.sessionPolicy) simulation.sessionPolicy = testCase.sessionPolicy;
  return simulation;
}

async function decide(testCase) {
  const response = await runSimulation(simulationOf(testCase), {});
  if (response.resultType === 'error') {
    return { id: testCase.id, decision: 'ERROR', error: JSON.stringify(response.errors) };
  }
  const out = { id: testCase.id, decision: DECISIONS[response.overallResult] ?? `UNKNOWN:${response.overallResult}` };
  const ignored = response.resultType === 'single'
    ? response.result.ignoredContextKeys
    : response.results.flatMap((r) => r.ignoredContextKeys ?? []);
  if (ignored && ignored.length > 0) out.ignoredContextKeys = [...new Set(ignored)];
  return out;
}

async function medianNanos(batchNanos, work) {
  const warmUpEnd = process.hrtime.bigint() + batchNanos;
  while (process.hrtime.bigint() < warmUpEnd) await work();
  const perOp = [];
  for (let b = 0; b < 5; b++) {
    let ops = 0;
    const start = process.hrtime.bigint();
    const end = start + batchNanos;
    let now;
    do {
      await work();
      ops++;
      now = process.hrtime.bigint();
    } while (now < end);
    perOp.push(Number(now - start) / ops);
  }
  perOp.sort((a, b) => a - b);
  return perOp[2];
}

function readCases(file) {
  const text = readFileSync(file, 'utf8');
  if (text.trimStart().startsWith('[')) return JSON.parse(text);
  return text.split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line));
}

const args = process.argv.slice(2);
const cases = readCases(args[0]);
const timeIndex = args.indexOf('--time');
const out = [];
if (timeIndex >= 0) {
  const batchNanos = BigInt(Number(args[timeIndex + 1] ?? 2000)) * 1_000_000n;
  for (const testCase of cases) {
    const simulation = simulationOf(testCase);
    const { decision } = await decide(testCase);
    const validated = await medianNanos(batchNanos, () => runSimulation(simulation, {}));
    const unsafe = await medianNanos(batchNanos, async () => runUnsafeSimulation(simulation, {}));
    out.push(JSON.stringify({
      id: testCase.id,
      decision,
      expected: testCase.expected ?? '',
      runSimulationNanos: Math.round(validated),
      runUnsafeSimulationNanos: Math.round(unsafe),
    }));
  }
} else {
  for (const testCase of cases) {
    try {
      out.push(JSON.stringify(await decide(testCase)));
    } catch (e) {
      out.push(JSON.stringify({ id: testCase.id, decision: 'ERROR', error: String(e && e.stack || e) }));
    }
  }
}
process.stdout.write(out.join('\n') + (out.length ? '\n' : ''));
