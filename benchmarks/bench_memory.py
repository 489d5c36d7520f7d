"""Memory (RSS) of the app itself on the DESIGN.md §8 dataset: the real main window,
offscreen, walked through what a coordinator does in a day.

    .venv/bin/python benchmarks/bench_memory.py [--people 20000] [--years 2]

The other benchmark scripts hold the encrypted database *and* its plain-SQLite copy
open side by side (each connection with its own page cache), so their peak memory
says little about the app; this one runs only what the app runs — the Qt main
window, the two worker threads and the second report lane, on a copy of the
encrypted dataset — and reads the resident set size (``VmRSS``) after each step and
the peak (``VmHWM``) at the end.  Steps: every page of the main window; 当事者 search
as typed; a person page; the busiest 居場所 and its 年度 table; the 匿名の集計表 of the
last 年度; the 内部用 monthly PDF of the last month.  Target (DESIGN.md §8): < 300 MB.
JSON in benchmarks/.cache/results-memory.json.  Linux only (reads /proc/self/status).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_mimamori as bm  # noqa: E402  (the dataset helpers)

TARGET_MB = 300


def _status_mb(field: str) -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"{field} not in /proc/self/status")


_BUSIEST = """
import sys
sys.path.insert(0, "benchmarks")
import bench_mimamori as bm
from pathlib import Path
from sqlalchemy import text
from kodoku_desk.services.database import unlock_database
session = unlock_database(Path(sys.argv[1]), "admin", bm.PASSPHRASE, full_check=False)
with session.engine.connect() as conn:
    print(conn.execute(text(
        "SELECT person_id FROM visits GROUP BY person_id ORDER BY count(*) DESC LIMIT 1")).scalar())
    print(conn.execute(text(
        "SELECT s.place_id FROM attendance a JOIN place_sessions s ON s.id = a.session_id "
        "GROUP BY s.place_id ORDER BY count(*) DESC LIMIT 1")).scalar())
session.close()
"""


def _busiest(db: Path) -> tuple[str, str]:
    """The most visited person and the busiest 居場所, found in another process (the
    query reads every visit: in this one it would fill a page cache the app never fills)."""
    out = subprocess.run([sys.executable, "-c", _BUSIEST, str(db)], check=True, text=True,
                         capture_output=True, cwd=Path(__file__).resolve().parent.parent)
    person_id, place_id = out.stdout.split()
    return person_id, place_id


def _speed_after_the_walk(session, pool) -> dict[str, float]:
    """A few interactive figures in this process after the walk (its caches as the app's
    would be), each run on a worker thread as the app runs it: medians of 7 runs, ms."""
    from kodoku_desk.models.report_period import Period
    from kodoku_desk.services.dashboard import load_dashboard
    from kodoku_desk.services.people_list import search_people
    from kodoku_desk.services.report_tables import build_tables

    last = date.today().replace(day=1) - timedelta(days=1)
    cases = {"ホーム dashboard (this process)": lambda: load_dashboard(session),
             "search 'やま' (this process)": lambda: search_people(session, "やま", limit=200),
             "report tables, last month (this process)": lambda: build_tables(
                 session, Period.month(last.year, last.month))}
    out = {}
    for name, fn in cases.items():
        pool._executor.submit(fn).result()
        times = []
        for _ in range(7):
            start = time.perf_counter()
            pool._executor.submit(fn).result()
            times.append((time.perf_counter() - start) * 1000)
        out[name] = sorted(times)[3]
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=20_000)
    parser.add_argument("--years", type=int, default=2)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["KODOKU_DESK_HOME"] = tempfile.mkdtemp(prefix="kdesk-bench-home-")
    source = bm.dataset(args.people, args.years)

    from kodoku_desk.models import wareki
    from kodoku_desk.models.report_period import FISCAL_YEAR, MONTH
    from kodoku_desk.reports.monthly_report import INTERNAL
    from kodoku_desk.services.database import unlock_database
    from kodoku_desk.ui import tasks
    from kodoku_desk.ui.app import create_application
    from kodoku_desk.ui.main_window import PAGE_IDS, MainWindow

    steps: list[tuple[str, float]] = []

    def note(step: str) -> None:
        steps.append((step, _status_mb("VmRSS"), _status_mb("VmHWM")))
        print(f"  {step:44} {steps[-1][1]:6.0f} MB (peak so far {steps[-1][2]:4.0f} MB)",
              flush=True)

    note("Python started")
    app = create_application("ja")
    note("Qt application created")

    def settle() -> None:
        """Until every background task has finished and handed its result over."""
        for _ in range(200):
            app.processEvents()
            tasks.thread_pool().waitForDone(50)
            app.processEvents()
            if not tasks.thread_pool()._futures:
                break
        for _ in range(5):
            app.processEvents()
            time.sleep(0.01)

    with tempfile.TemporaryDirectory(dir=bm.CACHE, prefix="scratch-memory-") as scratch:
        db = Path(scratch) / source.name
        for suffix in ("", ".keys"):
            shutil.copy2(str(source) + suffix, str(db) + suffix)
        person_id, place_id = _busiest(db)
        session = unlock_database(db, "admin", bm.PASSPHRASE, full_check=False)
        note("database unlocked")
        window = MainWindow(session)
        window.resize(1366, 860)
        window.show()
        settle()
        note("main window shown (ホーム)")
        for page_id in PAGE_IDS:
            window.show_page(PAGE_IDS.index(page_id))
            settle()
        note("every page opened")
        people = window.people
        window.show_page(PAGE_IDS.index("people"))
        for query in bm.QUERIES:
            people.list_page.search.setText(query)
            settle()
        note("当事者 searched as typed")
        window.open_person(person_id)
        settle()
        note("person page (most visited person)")
        window.show_page(PAGE_IDS.index("places"))
        window.places.open_place(place_id)
        settle()
        note("busiest 居場所")
        today = date.today()
        window.show_page(PAGE_IDS.index("reports"))
        export = window.reports.export
        export.period.set_period(FISCAL_YEAR, wareki.fiscal_year(today) - 1)
        export.build()
        settle()
        note("匿名の集計表, last 年度")
        printed = window.reports.printed
        last_month = today.replace(day=1) - timedelta(days=1)
        printed.kind.setCurrentIndex(printed.kind.findData(INTERNAL))
        printed.period.set_period(MONTH, last_month.year, last_month.month)
        printed.make()
        settle()
        note("内部用 monthly PDF, last month")
        peak = _status_mb("VmHWM")
        speed = _speed_after_the_walk(session, tasks.thread_pool())
        window.close()
        settle()
        session.close()
    print(f"peak RSS (VmHWM) of the app: {peak:.0f} MB (target < {TARGET_MB} MB: "
          f"{'met' if peak < TARGET_MB else 'MISSED'})")
    out = bm.CACHE / "results-memory.json"
    for name, ms in speed.items():
        print(f"  {name:44} {ms:6.0f} ms")
    out.write_text(json.dumps({"people": args.people, "steps": steps, "peak_mb": peak,
                               "target_mb": TARGET_MB, "speed_ms": speed},
                              indent=1, ensure_ascii=False))
    print(f"written {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
