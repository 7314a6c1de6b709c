#!/usr/bin/env bash
# Lints docs/openapi.json with Spectral's spectral:oas ruleset, then checks the TypeScript client against types
# generated from it: builds the library as ES modules under --strict, type-checks the Node.js example and the
# type-level tests against the built declarations, and imports the built module in Node.js (a fake fetch, no
# server, no network). Needs Node.js 20+ and npm; installs exactly the locked packages.
set -euo pipefail
cd "$(dirname "$0")"

npm ci --no-audit --no-fund
npm run lint

cd typescript
npm ci --no-audit --no-fund
npm run check
echo "clients: docs/openapi.json lints clean; the TypeScript client compiles, builds and imports"
