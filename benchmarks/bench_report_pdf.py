"""Benchmark of the printed 月次活動報告 (PDF) on the DESIGN.md §8 dataset (encrypted file).

    .venv/bin/python benchmarks/bench_report_pdf.py [--people 20000] [--years 2] [--runs 3]
                                                   [--year]

Uses the dataset of bench_mimamori.py (benchmarks/.cache/mimamori-<people>-<years>.kdesk,
generated once), copied into a scratch directory first so that opening it (which may
migrate the file) never changes the cache.  Cases, each ``--runs`` times after one
warm-up run, for the last complete month before today:

- the 外部提出用 and the 内部用 report, end to end (tables of the month and of the two
  comparison months, disclosure control, PDF; 内部用 also the weekly and per-place
  counts and the lists by name);
- the parts: the report tables of the month (what :func:`build_tables` costs), the
  tables of one comparison month, and laying out each PDF from gathered numbers;
- with ``--year``: the 年度 summary (external) once.

Median and p95 of the wall time in milliseconds, and the median CPU time of the
process (less disturbed by other programs on a busy machine); JSON in
benchmarks/.cache/results-report-pdf.json.  Target (DESIGN.md §8): the monthly PDF
in under 2 s.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_mimamori as bm  # noqa: E402  (the dataset and timing helpers)

from kodoku_desk.models import wareki  # noqa: E402
from kodoku_desk.models.report_period import Period  # noqa: E402
from kodoku_desk.reports.monthly_report import write_monthly_report  # noqa: E402
from kodoku_desk.services.database import unlock_database  # noqa: E402
from kodoku_desk.services.printed_reports import monthly_report  # noqa: E402
from kodoku_desk.services.report_figures import COMPARE_KEYS, CURRENT_KEYS, gather  # noqa: E402
from kodoku_desk.services.report_tables import build_tables  # noqa: E402


def copy_dataset(source: Path, into: Path) -> Path:
    import shutil

    target = into / source.name
    for suffix in ("", ".keys", "-wal"):
        path = Path(str(source) + suffix)
        if path.exists():
            shutil.copy2(path, Path(str(target) + suffix))
    return target


def measure(fn, runs: int) -> dict:
    """bench_mimamori.measure, with the CPU time of the process beside the wall time."""
    fn()  # warm-up
    wall, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        fn()
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    wall.sort()
    return {"median": statistics.median(wall),
            "p95": wall[min(len(wall) - 1, round(0.95 * (len(wall) - 1)))],
            "cpu_median": statistics.median(cpu)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=20_000)
    parser.add_argument("--years", type=int, default=2)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--year", action="store_true", help="also time the 年度 summary once")
    args = parser.parse_args()

    source = bm.dataset(args.people, args.years)
    today = date.today()
    previous = today.replace(day=1) - timedelta(days=1)
    month = Period.month(previous.year, previous.month)
    before = Period.month((month.start - timedelta(days=1)).year,
                          (month.start - timedelta(days=1)).month)
    results: dict = {"people": args.people, "runs": args.runs, "month": month.code, "cases": {}}
    with tempfile.TemporaryDirectory(dir=bm.CACHE, prefix="scratch-report-pdf-") as scratch:
        path = copy_dataset(source, Path(scratch))
        session = unlock_database(path, "admin", bm.PASSPHRASE, full_check=False)
        external = gather(session, month, "external", today=today)
        internal = gather(session, month, "internal", today=today)
        cases = {
            f"monthly PDF external {month.code}": lambda: monthly_report(session, month, "external",
                                                                        today=today),
            f"monthly PDF internal {month.code}": lambda: monthly_report(session, month, "internal",
                                                                        today=today),
            "  part: tables of the month": lambda: build_tables(session, month,
                                                                table_keys=CURRENT_KEYS),
            "  part: tables of a comparison month": lambda: build_tables(session, before,
                                                                         table_keys=COMPARE_KEYS),
            "  part: PDF layout only, external": lambda: write_monthly_report(external),
            "  part: PDF layout only, internal": lambda: write_monthly_report(internal),
        }
        print(f"{'case':44} {'median':>8} {'p95':>8} {'cpu':>8}")
        for name, fn in cases.items():
            m = measure(fn, args.runs)
            results["cases"][name.strip()] = m
            print(f"{name:44} {m['median']:8.0f} {m['p95']:8.0f} {m['cpu_median']:8.0f}",
                  flush=True)
        report = monthly_report(session, month, "external", today=today)
        results["pages"] = report.pages
        results["bytes"] = len(report.pdf)
        print(f"external report: {report.pages} pages, {len(report.pdf):,} bytes")
        if args.year:
            fy = wareki.fiscal_year(today) - 1
            start = time.perf_counter()
            monthly_report(session, Period.year(fy), "external", today=today)
            ms = (time.perf_counter() - start) * 1000
            results["cases"][f"年度 summary FY{fy} (once)"] = {"median": ms, "p95": ms}
            print(f"{'年度 summary FY' + str(fy) + ' (once)':44} {ms:8.0f}")
        session.close()
    out = bm.CACHE / "results-report-pdf.json"
    out.write_text(json.dumps(results, indent=1, ensure_ascii=False))
    print(f"written {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
