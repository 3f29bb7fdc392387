#!/usr/bin/env bash
# Starts a demo centre: the queue server with sample data, hosting the three apps.
set -euo pipefail
cd "$(dirname "$0")/../.."
bash build/scripts/setup.sh

port="${PORT:-8080}"
data="${OPENOPS_DATA:-.data/demo}"
backend_port="${BACKEND_PORT:-8090}"
# The demo centre syncs with a reference OpenOPS backend (docs/sync-contract.md) on loopback.
export OPENOPS_CENTRE_KEY="${OPENOPS_CENTRE_KEY:-demo-centre-key-0123456789abcdef}"
cat <<INFO

OpenOPS Centre demo — open these in a browser:
  Kiosk    (lấy số)      http://localhost:${port}/kiosk/
  Counter  (quầy)        http://localhost:${port}/counter/
  Display  (màn hình)    http://localhost:${port}/display/
  API                    http://localhost:${port}/api/v1/health
  OpenOPS backend (reference, sync and SMS)  http://127.0.0.1:${backend_port}/admin/stats
Data folder: ${data}   (Ctrl+C stops the centre)

INFO
npm run --silent start -w @openops/reference-backend -- --port "$backend_port" --data "${data}-backend" &
backend_pid=$!
trap 'kill "$backend_pid" 2>/dev/null || true' EXIT
# setup.sh compiled the server (npm run build:apps); `npm run server` runs it from source instead.
node queue-server/dist/server/cli.mjs --port "$port" --data "$data" --demo \
  --backend "http://127.0.0.1:${backend_port}" --sms "http://127.0.0.1:${backend_port}/sms/messages"
