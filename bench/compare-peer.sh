#!/usr/bin/env bash
# Runs the three bench workloads through the peer (@cloud-copilot/iam-simulate, AGPL-3.0, installed
# into a temporary folder and run as a separate Node process; never bundled) and through Warden in
# one run, and prints the peer's time per decision divided by Warden's.
#
# Warden's side is dev.warden.bench.differential.WardenTiming, a plain timing loop over the same
# workload files (median of five batches after warm-up), measured two ways:
#   authorize               policies parsed and compiled once, as Warden serves requests;
#   parse+compile+authorize everything per decision, as the peer's runSimulation works per call.
# The peer is measured through runSimulation (its validated public entry point) and through
# runUnsafeSimulation (no validation). BATCH_MILLIS (default 1000) sets the length of each batch.
set -euo pipefail
cd "$(dirname "$0")/.."

BATCH_MILLIS="${BATCH_MILLIS:-1000}"
JAR=bench/target/benchmarks.jar
WORKLOADS=(bench/src/main/resources/workloads/bench-small.json
           bench/src/main/resources/workloads/bench-medium.json
           bench/src/main/resources/workloads/bench-large.json)

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
tools/differential/install-oracle.sh "$WORK/oracle"

if [ ! -f "$JAR" ] || [ -n "$(find policy/src/main bench/src/main -newer "$JAR" -type f -print -quit)" ]; then
  echo "building $JAR" >&2
  ./mvnw -B -q -DskipTests -pl bench -am package
fi

echo "timing Warden ($BATCH_MILLIS ms batches)..." >&2
java -cp "$JAR" dev.warden.bench.differential.WardenTiming "$BATCH_MILLIS" "${WORKLOADS[@]}" > "$WORK/warden.jsonl"
echo "timing the peer ($BATCH_MILLIS ms batches)..." >&2
for workload in "${WORKLOADS[@]}"; do
  IAM_SIMULATE_HOME="$WORK/oracle" node tools/differential/oracle.mjs "$workload" --time "$BATCH_MILLIS"
done > "$WORK/peer.jsonl"

node - "$WORK/warden.jsonl" "$WORK/peer.jsonl" <<'JS'
const { readFileSync } = require('node:fs');
const read = (f) => readFileSync(f, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const peer = new Map(read(process.argv[3]).map((p) => [p.id, p]));
const us = (nanos) => (nanos / 1000).toFixed(2).padStart(10);
const ratio = (a, b) => (a / b).toFixed(1).padStart(9) + 'x';
console.log('time per decision, microseconds; ratio = peer / Warden (higher: Warden faster)');
console.log('workload        decision (W/peer/expected)        Warden: authorize  parse+compile+auth' +
  '   peer: runSimulation  runUnsafe   ratio vs authorize (run/unsafe)   ratio vs parse+compile+auth (run/unsafe)');
for (const w of read(process.argv[2])) {
  const p = peer.get(w.id);
  if (!p) { console.log(`${w.id}: no peer result`); continue; }
  const decisions = `${w.decision}/${p.decision}/${w.expected || '-'}`;
  console.log(w.id.padEnd(15), decisions.padEnd(34), us(w.authorizeNanos), us(w.parseCompileAuthorizeNanos).padStart(19),
    us(p.runSimulationNanos).padStart(22), us(p.runUnsafeSimulationNanos),
    ratio(p.runSimulationNanos, w.authorizeNanos), ratio(p.runUnsafeSimulationNanos, w.authorizeNanos).padStart(12),
    ratio(p.runSimulationNanos, w.parseCompileAuthorizeNanos).padStart(22), ratio(p.runUnsafeSimulationNanos, w.parseCompileAuthorizeNanos).padStart(12));
}
JS
