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
# One node process (no npm or tsx launcher in between), so stopping it stops the backend.
INIT_CWD="$PWD" node --import tsx queue-server/reference-backend/src/cli.ts \
  --port "$backend_port" --data "${data}-backend" &
backend_pid=$!
trap 'kill "$backend_pid" 2>/dev/null || true' EXIT
# Waits (at most 30 s) until a URL answers, or the process that should serve it has ended.
wait_for() {
  node -e '
const [url, pid] = process.argv.slice(1);
const deadline = Date.now() + 30000;
const alive = () => {
  try {
    process.kill(Number(pid), 0);
    return true;
  } catch {
    return false;
  }
};
const poll = () =>
  fetch(url).then(
    () => process.exit(0),
    () => (Date.now() > deadline || !alive() ? process.exit(0) : setTimeout(poll, 200)),
  );
poll();
' "$1" "$2"
}
# The server pulls the procedure catalogue from the backend as it starts: wait until the
# backend answers, so the first pull finds it instead of logging a refused link.
wait_for "http://127.0.0.1:${backend_port}/admin/stats" "$backend_pid"
# setup.sh compiled the server (npm run build:apps); `npm run server` runs it from source instead.
node queue-server/dist/server/cli.mjs --port "$port" --data "$data" --demo \
  --backend "http://127.0.0.1:${backend_port}" --sms "http://127.0.0.1:${backend_port}/sms/messages" &
server_pid=$!
trap 'kill "$backend_pid" "$server_pid" ${agent_pids:-} 2>/dev/null || true' EXIT
# No printer here: the kiosk's and counter 1's hardware agents print into folders, each ticket
# and receipt as the bytes a thermal printer would get and a PNG of the slip.
wait_for "http://127.0.0.1:${port}/api/v1/health" "$server_pid"
case "$data" in
  /*) printed="${data}/printed" ;;
  *) printed="${PWD}/${data}/printed" ;;
esac
agent_pids=""
for device in kiosk-1 counter-pc-1; do
  INIT_CWD="$PWD" node --import tsx hardware/src/agent/cli.ts --server "http://127.0.0.1:${port}" \
    --device "$device" --id "demo-agent-${device}" --printer "file:${printed}/${device}" &
  agent_pids="$agent_pids $!"
done
echo "Printed tickets and receipts: ${printed}/<device>/*.png"
# A signal ends the script through its EXIT trap, which stops every process it started.
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP
# `npm start` stopped with SIGTERM (a service manager, `timeout`) exits without passing the signal
# on, and this script is left to another parent: it then stops the centre itself, instead of
# leaving the server, backend and agents running unseen on their ports. Only under npm: run
# directly (`nohup bash build/scripts/demo.sh &`), outliving the shell that started it is meant.
parent_of_self() {
  local stat
  read -r stat </proc/$$/stat
  stat="${stat##*) }"
  set -- $stat
  echo "$2"
}
# $PPID is the parent this script started with (bash sets it once, at start).
while kill -0 "$server_pid" 2>/dev/null; do
  if [ -n "${npm_lifecycle_event:-}" ] && [ "$(parent_of_self)" != "$PPID" ]; then
    echo "The command that started the demo has ended: stopping the centre."
    exit 143
  fi
  sleep 1
done
wait "$server_pid"
