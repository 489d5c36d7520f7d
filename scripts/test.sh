#!/usr/bin/env bash
# Set everything up, then run the whole test suite (offscreen Qt, sockets disabled).
# Extra arguments go to pytest, e.g. `bash scripts/test.sh --run-slow` for the slow checks.
set -euo pipefail
cd "$(dirname "$0")/.."
export KODOKU_TEST_TOOLS=1   # setup.sh adds the test-only Debian packages (LibreOffice)
bash scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest "$@"
