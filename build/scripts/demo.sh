#!/usr/bin/env bash
# Starts a demo centre: the queue server with sample data, hosting the three apps.
set -euo pipefail
cd "$(dirname "$0")/../.."
bash build/scripts/setup.sh

port="${PORT:-8080}"
data="${OPENOPS_DATA:-.data/demo}"
cat <<INFO

OpenOPS Centre demo — open these in a browser:
  Kiosk    (lấy số)      http://localhost:${port}/kiosk/
  Counter  (quầy)        http://localhost:${port}/counter/
  Display  (màn hình)    http://localhost:${port}/display/
  API                    http://localhost:${port}/api/v1/health
Data folder: ${data}   (Ctrl+C stops the centre)

INFO
exec npm run --silent server -- --port "$port" --data "$data" --demo
