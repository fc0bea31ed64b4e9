#!/usr/bin/env bash
# Differential test: Warden's policy engine against @cloud-copilot/iam-simulate.
#
# iam-simulate is AGPL-3.0. It is used only as an external oracle: installed at test time into a
# temporary folder and run as a separate Node process (tools/differential/oracle.mjs, our own code).
# Nothing of it is bundled, linked, vendored or committed, and `./mvnw verify` does not need Node.
#
# Generates DIFF_COUNT seeded cases (policy sets + request), decides them with both engines, and fails
# when fewer than DIFF_MIN were compared or a disagreement is not accounted for in docs/CONFORMANCE.md.
# The cases, the oracle's answers and every disagreement (with both answers and the case) stay in
# bench/target/differential/.
set -euo pipefail
cd "$(dirname "$0")/../.."

COUNT="${DIFF_COUNT:-12000}"
SEED="${DIFF_SEED:-20260301}"
MIN="${DIFF_MIN:-10000}"
JAR=bench/target/benchmarks.jar
OUT=bench/target/differential

if [ ! -f "$JAR" ] || [ -n "$(find policy/src/main bench/src/main -newer "$JAR" -type f -print -quit)" ]; then
  echo "differential: building $JAR"
  ./mvnw -B -q -DskipTests -pl bench -am package
fi

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$OUT"

tools/differential/install-oracle.sh "$WORK/oracle"

echo "differential: generating $COUNT cases (seed $SEED)"
java -cp "$JAR" dev.warden.bench.differential.CaseGenerator "$COUNT" "$SEED" "$OUT/cases.jsonl"

echo "differential: asking the oracle"
IAM_SIMULATE_HOME="$WORK/oracle" node tools/differential/oracle.mjs "$OUT/cases.jsonl" > "$OUT/oracle.jsonl"

echo "differential: deciding with Warden and comparing"
java -cp "$JAR" dev.warden.bench.differential.DifferentialCheck \
  "$OUT/cases.jsonl" "$OUT/oracle.jsonl" docs/CONFORMANCE.md "$OUT/disagreements.jsonl" "$MIN"
