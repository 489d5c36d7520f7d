#!/usr/bin/env bash
# Build the one-folder bundle of つながりデスク (dist/kodoku-desk/) and smoke-test it headless.
#
#     bash scripts/build_bundle.sh
#
# 1. sets up .venv if needed (scripts/setup.sh) and installs PyInstaller into it;
# 2. compiles the translations (.qm) the bundle carries;
# 3. runs PyInstaller with installer/kodoku_desk.spec (work files in build/, result in dist/);
# 4. prints the folder size and writes dist/kodoku-desk-<version>-linux-<arch>.tar.gz
#    (what a download would be);
# 5. runs the bundle's self-test with no display (encrypted database, record, PDF, xlsx);
# 6. creates a small demo database with the bundle (Faker, the calibrated KDF) and
#    measures the time from process start to the first window, offscreen: the first-run
#    dialog (no database yet) and the unlock dialog (the demo database), RUNS times each.
#
# Exits non-zero if the build, the self-test or a start fails.  Environment:
#     RUNS=5                  startup measurements per window (default 3)
#     PYINSTALLER_CLEAN=0     reuse PyInstaller's cache from an earlier build (faster)
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-3}
PY=.venv/bin/python

bash scripts/setup.sh
if ! "$PY" -c 'import PyInstaller' 2>/dev/null; then
  echo "build: installing PyInstaller into .venv"
  "$PY" -m pip install --disable-pip-version-check --quiet "pyinstaller>=6.10,<7"
fi
"$PY" scripts/i18n.py compile

clean=(--clean)
[ "${PYINSTALLER_CLEAN:-1}" = "0" ] && clean=()
echo "build: PyInstaller $("$PY" -c 'import PyInstaller; print(PyInstaller.__version__)')"
start=$(date +%s)
"$PY" -m PyInstaller --noconfirm "${clean[@]}" --log-level WARN \
  --distpath dist --workpath build installer/kodoku_desk.spec
echo "build: done in $(( $(date +%s) - start )) s"

BUNDLE=dist/kodoku-desk
EXE="$BUNDLE/kodoku-desk"
[ -x "$EXE" ] || { echo "build: $EXE was not produced" >&2; exit 1; }
VERSION=$("$PY" -c 'import kodoku_desk; print(kodoku_desk.__version__)')
ARCHIVE="dist/kodoku-desk-${VERSION}-linux-$(uname -m).tar.gz"
tar -C dist -czf "$ARCHIVE" kodoku-desk
echo
echo "== bundle size"
echo "folder:  $(du -sh "$BUNDLE" | cut -f1)  ($BUNDLE, $(find "$BUNDLE" -type f | wc -l) files)"
echo "archive: $(du -sh "$ARCHIVE" | cut -f1)  ($ARCHIVE)"

echo
echo "== self-test (no display)"
env -u DISPLAY -u WAYLAND_DISPLAY "$EXE" --self-test

echo
echo "== time to first window (offscreen, process start -> window painted)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export KODOKU_DESK_HOME="$work/home"     # the bundle's settings go here, not into ~/.config
"$EXE" demo --people 20 --years 1 --seed 7 --out "$work/demo.kdesk" \
  --passphrase "bundle smoke test" --quiet >/dev/null
measure() {   # $1: label, rest: extra arguments
  local label=$1; shift
  local times=()
  for _ in $(seq "$RUNS"); do
    local out
    out=$(QT_QPA_PLATFORM=offscreen KODOKU_DESK_LAUNCH_T0=$(date +%s.%N) \
          "$EXE" --measure-startup "$@" 2>/dev/null) || { echo "$out"; return 1; }
    times+=("$(sed -n 's/^first window shown \([0-9.]*\) s.*/\1/p' <<<"$out")")
  done
  echo "$out" | sed -n '2,/painted/p'      # the breakdown of the last run
  printf '%s: %s s (runs: %s)\n' "$label" \
    "$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')" \
    "${times[*]}"
}
measure "first-run dialog, median"
measure "unlock dialog, median" --db "$work/demo.kdesk"
echo
echo "build: ok — $BUNDLE ($ARCHIVE)"
