#!/usr/bin/env bash
# Set up everything つながりデスク needs on a fresh Debian/Ubuntu machine:
# Debian packages (Japanese font, Xvfb, poppler-utils, Qt's X11 libraries),
# a Python 3.13 virtual environment in .venv with the project and its test tools,
# and the compiled translations. Safe to run again: it only adds what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

DEB_PACKAGES=(
  fonts-ipaexfont xvfb xauth poppler-utils
  libegl1 libgl1 libfontconfig1 libxkbcommon0 libxkbcommon-x11-0 libdbus-1-3
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
  libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1
)
# The test run also opens exports in LibreOffice (tests/reports/test_libreoffice.py).
if [ "${KODOKU_TEST_TOOLS:-}" = "1" ]; then
  DEB_PACKAGES+=(libreoffice-calc-nogui)
fi

if command -v dpkg >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
  missing=()
  for pkg in "${DEB_PACKAGES[@]}"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  if ((${#missing[@]})); then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "setup: installing Debian packages: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
else
  echo "setup: not a Debian system; install a Japanese font, Xvfb and poppler-utils yourself" >&2
fi

find_python() {
  local candidate
  for candidate in "${KODOKU_PYTHON:-}" python3.13 python3.12; do
    [ -n "$candidate" ] || continue
    if command -v "$candidate" >/dev/null 2>&1 && "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null; then
      echo "$candidate"; return 0
    fi
  done
  # pyenv keeps versions out of PATH unless selected
  for candidate in "${PYENV_ROOT:-$HOME/.pyenv}"/versions/3.13*/bin/python3.13 "${PYENV_ROOT:-$HOME/.pyenv}"/versions/3.12*/bin/python3.12; do
    [ -x "$candidate" ] && { echo "$candidate"; return 0; }
  done
  return 1
}

if [ ! -x .venv/bin/python ] || ! .venv/bin/python -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null; then
  PY=$(find_python) || { echo "setup: Python 3.12 or newer is required (3.13 preferred)" >&2; exit 1; }
  echo "setup: creating .venv with $PY"
  rm -rf .venv
  "$PY" -m venv .venv
fi

stamp=.venv/.kodoku-installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  echo "setup: installing Python packages"
  for args in "--upgrade pip" "-e .[test]"; do
    # shellcheck disable=SC2086
    if ! .venv/bin/python -m pip install --disable-pip-version-check $args > .venv/pip.log 2>&1; then
      cat .venv/pip.log >&2
      echo "setup: pip install $args failed" >&2
      exit 1
    fi
  done
  .venv/bin/python -c 'import kodoku_desk, PySide6, sqlcipher3, pytest' 
  touch "$stamp"
fi

.venv/bin/python scripts/i18n.py compile
