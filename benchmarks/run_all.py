"""The whole benchmark suite in one command, on the DESIGN.md §8 dataset (built once, cached).

    .venv/bin/python benchmarks/run_all.py [--quick]

Runs each benchmark script in its own process (見守り, 居場所, report tables,
monthly PDF when present), then measures here: unlock split into key derivation
and opening (with and without the full integrity check), time to the first
window (process start → unlock window shown, offscreen), a backup of the large
file when the backup service exists, the memory of the app itself (bench_memory.py:
the main window on the dataset) and the peak memory (RSS) of every process.
Prints one table with the DESIGN.md §8 target beside each figure and writes
``benchmarks/.cache/results-all.json`` to compare between commits.
Not part of the test suite.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import bench_mimamori as bm  # noqa: E402  (the dataset helpers)

SCRIPTS = (("bench_mimamori.py", "results-mimamori.json", 30, 10),
           ("bench_places.py", "results-places.json", 20, 5),
           ("bench_reports.py", "results-reports.json", 5, 2),
           ("bench_report_pdf.py", "results-report-pdf.json", 3, 1))

#: (case name prefix, target in ms, what it is checked against): DESIGN.md §8 and the
#: issues' own targets; the first matching prefix wins, so the more specific come first.
TARGETS = (("search '", 30, "p95"), ("check-in search", 30, "p95"),
           ("person page", 50, "median"), ("dashboard", 200, "median"),
           ("save a visit", 20, "median"), ("roster (60)", 50, "median"),
           ("年度 table, busiest", 200, "median"), ("monthly PDF", 2000, "median"),
           ("month 20", 500, "median"), ("年度 FY", 2000, "median"))


def target_of(case: str) -> tuple[str, float, str] | None:
    return next(((frag, ms, kind) for frag, ms, kind in TARGETS if case.startswith(frag)), None)


FIRST_WINDOW = """
import os, sys, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QTimer
from kodoku_desk.ui.app import create_application
from kodoku_desk.ui.unlock import UnlockDialog
app = create_application("ja")
dialog = UnlockDialog(sys.argv[1])
def shown():
    print("SHOWN", flush=True)
    app.quit()
QTimer.singleShot(0, shown)
dialog.show()
app.exec()
"""


def run_script(name: str, runs: int) -> None:
    print(f"\n=== {name} (--runs {runs})", flush=True)
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / name), "--runs", str(runs)],
                   check=True, cwd=ROOT)


def first_window_ms(db: Path, runs: int) -> dict:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-c", FIRST_WINDOW, str(db)],
                                stdout=subprocess.PIPE, text=True, cwd=ROOT)
        for line in proc.stdout:
            if line.startswith("SHOWN"):
                times.append((time.perf_counter() - start) * 1000)
                break
        proc.wait()
    return {"median": statistics.median(times), "max": max(times)}


def unlock_split(db: Path, runs: int) -> dict:
    from kodoku_desk.services.database import open_unlocked
    from kodoku_desk.vault import vault
    from kodoku_desk.vault.keyslots import keyslot_path, read_keyslot_file

    kdf, full, quick = [], [], []
    for _ in range(runs):
        keyfile = read_keyslot_file(keyslot_path(db))
        start = time.perf_counter()
        unlocked = vault.unlock_with_passphrase(keyfile, "admin", bm.PASSPHRASE)
        kdf.append(time.perf_counter() - start)
        for full_check, bucket in ((True, full), (False, quick)):
            start = time.perf_counter()
            session = open_unlocked(db, unlocked, full_check=full_check)
            bucket.append(time.perf_counter() - start)
            session.close()
    return {"kdf_s": statistics.median(kdf), "open_full_check_s": statistics.median(full),
            "open_after_lock_s": statistics.median(quick)}


def backup_s(db: Path) -> float | None:
    try:
        from kodoku_desk.services.backup import make_backup
    except ImportError:
        return None
    from kodoku_desk.services.database import unlock_database

    session = unlock_database(db, "admin", bm.PASSPHRASE, full_check=False)
    try:
        with tempfile.TemporaryDirectory() as folder:
            start = time.perf_counter()
            make_backup(session, Path(folder))
            return time.perf_counter() - start
    finally:
        session.close()


def table(results: dict) -> list[str]:
    lines = [f"{'figure':52} {'enc med':>8} {'enc p95':>8} {'plain':>8} {'ratio':>6} target"]
    for source, data in results["scripts"].items():
        for case, value in data.get("cases", {}).items():
            enc = value.get("encrypted", value)      # the PDF script times the encrypted file only
            plain = value.get("plain", {})
            found = target_of(case)
            target = ""
            if found:
                _frag, ms, kind = found
                met = enc.get(kind, float("inf")) < ms
                target = f"{kind} < {ms} ms {'met' if met else 'MISSED'}"
            ratio = value.get("ratio")
            plain_text = f"{plain['median']:8.1f}" if "median" in plain else f"{'-':>8}"
            lines.append(f"{case[:52]:52} {enc.get('median', 0):8.1f} {enc.get('p95', 0):8.1f} "
                         f"{plain_text} {ratio if ratio is None else round(ratio, 2)!s:>6} {target}")
        del source
    u = results["unlock"]
    lines.append(f"unlock: key derivation {u['kdf_s']:.2f} s, open with full integrity check "
                 f"{u['open_full_check_s']:.2f} s, open after a screen lock {u['open_after_lock_s']:.2f} s")
    w = results["first_window_ms"]
    lines.append(f"time to first window: median {w['median']:.0f} ms, max {w['max']:.0f} ms "
                 "(target < 1500 ms)")
    if results.get("backup_s") is not None:
        lines.append(f"backup of the large file: {results['backup_s']:.2f} s")
    memory = results.get("app_memory")
    if memory:
        met = "met" if memory["peak_mb"] < memory["target_mb"] else "MISSED"
        lines.append(f"peak RSS of the app (bench_memory.py, main window walked through on the "
                     f"dataset): {memory['peak_mb']:.0f} MB (target < {memory['target_mb']} MB {met})")
    lines.append(f"peak RSS of any benchmark process: {results['peak_rss_mb']:.0f} MB (the "
                 "harness, which holds the encrypted file and its plain copy open side by side)")
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    args = parser.parse_args()
    db = bm.dataset(20_000, 2)
    results: dict = {"scripts": {}}
    for name, result_file, runs, quick_runs in SCRIPTS:
        if not (ROOT / "benchmarks" / name).exists():
            continue
        run_script(name, quick_runs if args.quick else runs)
        path = bm.CACHE / result_file
        if path.exists():
            results["scripts"][name] = json.loads(path.read_text(encoding="utf-8"))
    print("\n=== bench_memory.py", flush=True)
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "bench_memory.py")], check=True,
                   cwd=ROOT)
    results["app_memory"] = json.loads((bm.CACHE / "results-memory.json").read_text(encoding="utf-8"))
    results["unlock"] = unlock_split(db, 1 if args.quick else 3)
    results["first_window_ms"] = first_window_ms(db, 2 if args.quick else 5)
    results["backup_s"] = backup_s(db)
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    results["peak_rss_mb"] = max(children, own) / 1024
    print()
    for line in table(results):
        print(line)
    out = bm.CACHE / "results-all.json"
    out.write_text(json.dumps(results, indent=1, ensure_ascii=False), encoding="utf-8")
    print(f"written {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
