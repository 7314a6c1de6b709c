#!/usr/bin/env bash
# Lints docs/openapi.json with Spectral's spectral:oas ruleset, then builds the TypeScript client (an ES module)
# against types generated from it under --strict and type-checks its Node.js example against the build.
# Needs Node.js 20+ and npm; installs exactly the locked packages.
set -euo pipefail
cd "$(dirname "$0")"

npm ci --no-audit --no-fund
npm run lint

cd typescript
npm ci --no-audit --no-fund
npm run check
echo "clients: docs/openapi.json lints clean and the TypeScript client builds and compiles"
