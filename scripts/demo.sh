#!/usr/bin/env bash
# Set everything up, create a demo database (once) and launch the app on it.
# Sign in as admin (or staff, volunteer1, volunteer2) with the passphrase below.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh

DEMO_DB=demo-data/demo.kdesk
DEMO_PASSPHRASE="tsunagari-demo"
if [ ! -f "$DEMO_DB" ]; then
  mkdir -p demo-data
  .venv/bin/kodoku-desk demo --people 200 --years 2 --seed 1 --out "$DEMO_DB" --passphrase "$DEMO_PASSPHRASE"
fi
echo "demo database: $DEMO_DB — user: admin, passphrase: $DEMO_PASSPHRASE"

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "no display found: running on a virtual X server (xvfb-run)" >&2
  exec xvfb-run -a -s "-screen 0 1366x900x24" .venv/bin/kodoku-desk --db "$DEMO_DB" "$@"
fi
exec .venv/bin/kodoku-desk --db "$DEMO_DB" "$@"
