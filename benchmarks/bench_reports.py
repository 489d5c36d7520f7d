"""Benchmark of the report tables (build_tables) on the DESIGN.md §8 dataset, encrypted vs plain.

    .venv/bin/python benchmarks/bench_reports.py [--people 20000] [--years 2] [--runs 5]

Uses the dataset of bench_mimamori.py (benchmarks/.cache/mimamori-<people>-<years>.kdesk,
generated once, and its plain-SQLite copy).  Both files are copied into a scratch
directory first, so that opening them (which may migrate the file) never changes the
cache; the plain copy is migrated the same way (:func:`bench_mimamori.plain_session`).  Cases, each ``--runs`` times after one
warm-up run:

- every table for the last complete month before today;
- every table for the last complete 年度 (April–March);
- per builder (one query pass each), once, for the 年度 with ``--breakdown``.

Median and p95 in milliseconds of wall-clock time, and the median of the process's CPU
time beside it (on a shared machine the wall clock also counts the other processes' turns);
JSON in benchmarks/.cache/results-reports.json.
Targets (issue 6): the full 年度 export under 2 s, a month under 500 ms.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_mimamori as bm  # noqa: E402  (the dataset, plain-copy and timing helpers)

from kodoku_desk.models import wareki  # noqa: E402
from kodoku_desk.models.report_period import Period  # noqa: E402
from kodoku_desk.services import code_lists  # noqa: E402
from kodoku_desk.services import report_tables as rt  # noqa: E402
from kodoku_desk.services.database import unlock_database  # noqa: E402
from kodoku_desk.services.report_shapes import ReportContext  # noqa: E402
from kodoku_desk.services.session import Session  # noqa: E402


def scratch_copies(encrypted: Path, plain: Path, into: Path) -> tuple[Path, Path]:
    print("copying the dataset into a scratch directory …", file=sys.stderr)
    enc = into / encrypted.name
    for suffix in ("", ".keys", "-wal"):
        source = Path(str(encrypted) + suffix)
        if source.exists():
            shutil.copy2(source, Path(str(enc) + suffix))
    copy = into / plain.name
    shutil.copy2(plain, copy)
    return enc, copy


def periods(today: date) -> dict[str, Period]:
    previous = today.replace(day=1) - timedelta(days=1)
    last_month = Period.month(previous.year, previous.month)
    fy = wareki.fiscal_year(today) - 1
    return {f"month {last_month.code}": last_month, f"年度 FY{fy}": Period.year(fy)}


def measure(fn, runs: int) -> dict:
    """:func:`bench_mimamori.measure` (wall median / p95) plus the median CPU time."""
    fn()  # warm-up
    walls, cpus = [], []
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        fn()
        walls.append((time.perf_counter() - wall) * 1000)
        cpus.append((time.process_time() - cpu) * 1000)
    walls.sort()
    return {"median": statistics.median(walls),
            "p95": walls[min(len(walls) - 1, round(0.95 * (len(walls) - 1)))],
            "cpu_median": statistics.median(cpus)}


def breakdown(session: Session, period: Period) -> dict[str, float]:
    """Milliseconds of each builder (one query pass each), run once."""
    out = {}
    with session.engine.connect() as conn:
        ctx = ReportContext(period, code_lists.load(conn, rt.LISTS))
        for _, builder in rt._BUILDERS:
            start = time.perf_counter()
            builder(conn, ctx)
            out[builder.__name__] = (time.perf_counter() - start) * 1000
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=20_000)
    parser.add_argument("--years", type=int, default=2)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--breakdown", action="store_true", help="time each builder for the 年度")
    args = parser.parse_args()

    source = bm.dataset(args.people, args.years)
    plain_source = source.with_suffix(".plain.sqlite")
    if not plain_source.exists():
        first = unlock_database(source, "admin", bm.PASSPHRASE)
        bm.plain_copy(source, first)
        first.close()
    results: dict = {"people": args.people, "runs": args.runs, "cases": {}}
    with tempfile.TemporaryDirectory(dir=bm.CACHE, prefix="scratch-reports-") as scratch:
        enc_path, plain_path = scratch_copies(source, plain_source, Path(scratch))
        enc = unlock_database(enc_path, "admin", bm.PASSPHRASE, full_check=False)
        plain = bm.plain_session(plain_path, enc)
        print(f"{'case':28} {'tables':>6} {'enc med':>8} {'enc p95':>8} {'plain med':>9} "
              f"{'plain p95':>9} {'ratio':>6} {'enc cpu':>8} {'plain cpu':>9}")
        for name, period in periods(date.today()).items():
            count = len(rt.build_tables(enc, period))
            e = measure(lambda p=period: rt.build_tables(enc, p), args.runs)
            p = measure(lambda p=period: rt.build_tables(plain, p), args.runs)
            ratio = e["median"] / p["median"] if p["median"] else float("nan")
            results["cases"][name] = {"encrypted": e, "plain": p, "ratio": ratio, "tables": count}
            print(f"{name:28} {count:6d} {e['median']:8.0f} {e['p95']:8.0f} {p['median']:9.0f} "
                  f"{p['p95']:9.0f} {ratio:6.2f} {e['cpu_median']:8.0f} {p['cpu_median']:9.0f}")
            if args.breakdown and period.kind == "fiscal_year":
                results["breakdown"] = {"encrypted": breakdown(enc, period),
                                        "plain": breakdown(plain, period)}
                for builder, ms in results["breakdown"]["encrypted"].items():
                    print(f"  {builder:26} {ms:8.0f} enc  {results['breakdown']['plain'][builder]:8.0f} plain")
        enc.close()
        plain.engine.dispose()
    out = bm.CACHE / "results-reports.json"
    out.write_text(json.dumps(results, indent=1, ensure_ascii=False))
    print(f"written {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
