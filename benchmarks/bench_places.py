"""Benchmark of the 居場所 check-in and counting use cases, encrypted vs plain SQLite.

    .venv/bin/python benchmarks/bench_places.py [--people 20000] [--years 2] [--runs 20]

Uses the dataset of bench_mimamori.py (benchmarks/.cache/mimamori-<people>-<years>.kdesk,
generated once, and its plain-SQLite copy) but never writes to it: both files are
copied into a scratch directory first, and a session held today with 60 checked-in
people is added to the copies at the busiest place.  Cases:

- roster + check-in: check one more person in and reload the roster (the 61st is
  checked out again after each run, outside the timing);
- check-in search as you type (limit 8) at that place;
- the 年度 table of the busiest place, and of every place;
- one month's counts of every place;
- stopped coming, whole organisation.

Median and p95 in milliseconds; JSON in benchmarks/.cache/results-places.json.
Targets: roster + check-in < 50 ms, 年度 table < 200 ms.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import insert, text

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_mimamori as bm  # noqa: E402  (the dataset and plain-copy helpers)

from kodoku_desk.models import wareki  # noqa: E402
from kodoku_desk.services.checkin import (check_in, find_for_checkin, load_roster,  # noqa: E402
                                          undo_check_in)
from kodoku_desk.services.database import unlock_database  # noqa: E402
from kodoku_desk.services.place_counts import fiscal_year_table, period_counts  # noqa: E402
from kodoku_desk.services.session import Session  # noqa: E402
from kodoku_desk.services.stopped_coming import stopped_coming  # noqa: E402
from kodoku_desk.store.schema.places import attendance, place_sessions  # noqa: E402

ROSTER_SIZE = 60
SEARCHES = ["や", "やま", "ヤマダ", "ﾀﾛｳ"]


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


def busiest(session: Session, today: date) -> tuple[str, int]:
    """The place with the most attendance in the last 年度 before today, and that 年度."""
    fy = wareki.fiscal_year(today) - 1
    first, last = wareki.fiscal_year_range(fy)
    with session.engine.connect() as conn:
        place_id = conn.execute(text(
            "SELECT s.place_id FROM place_sessions s JOIN attendance a ON a.session_id = s.id "
            "WHERE s.held_on BETWEEN :a AND :b GROUP BY s.place_id ORDER BY count(*) DESC "
            "LIMIT 1"), {"a": first.isoformat(), "b": last.isoformat()}).scalar_one()
    return place_id, fy


def todays_session(session: Session, place_id: str, session_id: str, today: date) -> list[str]:
    """Add a session of ``place_id`` held today with ROSTER_SIZE people checked in; return
    ids of more people of that place (not checked in) to check in during the runs."""
    stamp = {"created_at": "2026-01-01T00:00:00+00:00", "updated_at": "2026-01-01T00:00:00+00:00",
             "created_by": session.user.id}
    with session.engine.begin() as conn:
        people = list(conn.execute(text(
            "SELECT DISTINCT a.person_id FROM attendance a JOIN place_sessions s "
            "ON s.id = a.session_id WHERE s.place_id = :p ORDER BY a.person_id LIMIT :n"),
            {"p": place_id, "n": ROSTER_SIZE + 20}).scalars())
        if len(people) < ROSTER_SIZE + 20:  # a small dataset: fill up with anyone
            people += [p for p in conn.execute(text(
                "SELECT id FROM persons ORDER BY id LIMIT :n"), {"n": ROSTER_SIZE + 20}).scalars()
                if p not in people][:ROSTER_SIZE + 20 - len(people)]
        conn.execute(insert(place_sessions).values(
            id=session_id, place_id=place_id, held_on=today.isoformat(), start_time="10:00",
            end_time="13:00", activity_form="shared_meal", meals_served=0, **stamp))
        conn.execute(insert(attendance), [
            {"id": str(uuid.uuid4()), "session_id": session_id, "person_id": pid,
             "category": "adult", "role": "participant",
             "checked_in_at": f"{today.isoformat()}T10:{i % 60:02d}", **stamp}
            for i, pid in enumerate(people[:ROSTER_SIZE])])
    return people[ROSTER_SIZE:]


def measure_roster(session: Session, session_id: str, extra: list[str], runs: int) -> dict:
    """check_in + load_roster, timed; the check-in is undone after each run (untimed)."""
    times = []
    for i in range(runs + 1):
        start = time.perf_counter()
        stored = check_in(session, session_id, extra[i % len(extra)], now=datetime.now())
        roster = load_roster(session, session_id)
        elapsed = (time.perf_counter() - start) * 1000
        assert len(roster.rows) == ROSTER_SIZE + 1
        undo_check_in(session, stored.id)
        if i:  # the first run warms up
            times.append(elapsed)
    times.sort()
    return {"median": statistics.median(times),
            "p95": times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]}


def cases(session: Session, place_id: str, session_id: str, fy: int, today: date) -> dict:
    month = today.replace(day=1)
    next_month = date(month.year + month.month // 12, month.month % 12 + 1, 1)
    out = {f"check-in search '{q}' (limit 8)": (
        lambda q=q: find_for_checkin(session, q, place_id, session_id=session_id, today=today))
        for q in SEARCHES}
    out["load roster (60) only"] = lambda: load_roster(session, session_id)
    out["年度 table, busiest place"] = lambda: fiscal_year_table(session, place_id, fy)
    out["年度 table, every place"] = lambda: fiscal_year_table(session, None, fy)
    out["month counts, every place"] = lambda: period_counts(session, month, next_month)
    out["stopped coming, whole org"] = lambda: stopped_coming(session, today)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=20_000)
    parser.add_argument("--years", type=int, default=2)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()

    source = bm.dataset(args.people, args.years)
    plain_source = source.with_suffix(".plain.sqlite")
    if not plain_source.exists():
        first = unlock_database(source, "admin", bm.PASSPHRASE)
        bm.drop_migration_backups(source)
        bm.plain_copy(source, first)
        first.close()
    today = date.today()
    results: dict = {"people": args.people, "runs": args.runs, "cases": {}}
    with tempfile.TemporaryDirectory(dir=bm.CACHE, prefix="scratch-places-") as scratch:
        enc_path, plain_path = scratch_copies(source, plain_source, Path(scratch))
        enc = unlock_database(enc_path, "admin", bm.PASSPHRASE, full_check=False)
        plain = bm.plain_session(plain_path, enc)
        place_id, fy = busiest(enc, today)
        session_id = str(uuid.uuid4())
        extra = {name: todays_session(s, place_id, session_id, today)
                 for name, s in (("enc", enc), ("plain", plain))}
        print(f"{'case':40} {'enc med':>8} {'enc p95':>8} {'plain med':>9} {'plain p95':>9} "
              f"{'ratio':>6}")

        def report(name: str, e: dict, p: dict) -> None:
            ratio = e["median"] / p["median"] if p["median"] else float("nan")
            results["cases"][name] = {"encrypted": e, "plain": p, "ratio": ratio}
            print(f"{name:40} {e['median']:8.1f} {e['p95']:8.1f} {p['median']:9.1f} "
                  f"{p['p95']:9.1f} {ratio:6.2f}")

        report("roster (60) + check in one more",
               measure_roster(enc, session_id, extra["enc"], args.runs),
               measure_roster(plain, session_id, extra["plain"], args.runs))
        enc_cases, plain_cases = (cases(s, place_id, session_id, fy, today) for s in (enc, plain))
        for name in enc_cases:
            runs = min(args.runs, 5) if "every place" in name else args.runs
            report(name, bm.measure(enc_cases[name], runs), bm.measure(plain_cases[name], runs))
        enc.close()
        plain.engine.dispose()
    out = bm.CACHE / "results-places.json"
    out.write_text(json.dumps(results, indent=1, ensure_ascii=False))
    print(f"written {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
