#!/usr/bin/env bash
# The whole test suite: static checks, unit tests, then end-to-end tests against real
# processes. Ends with one "N passed, N failed" line summing every runner.
set -euo pipefail
cd "$(dirname "$0")/../.."
bash build/scripts/setup.sh

results="test/test-results"
rm -rf "$results"
mkdir -p "$results"

echo "openops: type-checking"
npm run --silent typecheck
echo "openops: linting"
npm run --silent lint

status=0
echo "openops: unit tests"
npx vitest run --config build/vitest.config.ts \
  --reporter=default --reporter=json --outputFile="$results/unit.json" || status=1

echo "openops: end-to-end tests"
(cd test && PLAYWRIGHT_JSON_OUTPUT_NAME="test-results/e2e.json" \
  npx playwright test --config playwright.config.ts --reporter=list,json) || status=1

node build/scripts/test-summary.mjs "$results/unit.json" "$results/e2e.json"
exit $status
