#!/usr/bin/env bash
# Makes a fresh clone ready: Debian packages, npm dependencies, the apps' and server's builds.
# Safe to run again: each step is skipped when already done.
set -euo pipefail
cd "$(dirname "$0")/../.."

node_major="$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)"
if [ "$node_major" -lt 20 ]; then
  echo "openops: Node.js 20 or newer is needed (found: $(node --version 2>/dev/null || echo none))" >&2
  exit 1
fi

bash build/scripts/install-system-deps.sh

# Electron's binary cannot be downloaded on every machine (nor is it needed to run the apps
# in a browser); its npm package still brings the types the shells are checked against.
export ELECTRON_SKIP_BINARY_DOWNLOAD=1
stamp="node_modules/.openops-lock-hash"
lock_hash="$(sha256sum package-lock.json | cut -d' ' -f1)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$lock_hash" ]; then
  echo "openops: installing npm dependencies (better-sqlite3 compiles from source: about 2 minutes)"
  npm ci --no-audit --no-fund
  echo "$lock_hash" > "$stamp"
fi

echo "openops: building the kiosk, counter and display apps and the queue server"
npm run --silent build:apps >/dev/null
