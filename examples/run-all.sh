#!/usr/bin/env bash
# Runs every example; exits non-zero if any outcome was not the expected one.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
failed=()
for example in emr-s3 lambda-glue stepfunctions-all least-privilege; do
  echo "=== examples/$example/run.sh"
  if ! "$here/$example/run.sh"; then
    failed+=("$example")
  fi
  echo
done
if [ "${#failed[@]}" -gt 0 ]; then
  echo "examples failed: ${failed[*]}" >&2
  exit 1
fi
echo "all examples: every outcome as expected"
