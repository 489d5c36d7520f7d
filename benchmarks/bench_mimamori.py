"""Benchmark of the 見守り use cases on the DESIGN.md §8 dataset, encrypted vs plain SQLite.

    .venv/bin/python benchmarks/bench_mimamori.py [--people 20000] [--years 2] [--runs 50]

The dataset is generated once (about 2.5 minutes) and cached in benchmarks/.cache/;
a plain-SQLite copy is exported from it with sqlcipher_export. Each query runs
``--runs`` times after one warm-up run; the table shows median and p95 in
milliseconds for the encrypted file, the plain copy, and their ratio. Results
are also written as JSON (benchmarks/.cache/results-mimamori.json) to compare
between commits. Not part of the test suite.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import create_engine, event, text

from kodoku_desk.models.person_list import PeopleFilter
from kodoku_desk.services.assessments import loneliness_trend
from kodoku_desk.services.dashboard import load_dashboard
from kodoku_desk.services.database import unlock_database
from kodoku_desk.services.demo import create_demo_database
from kodoku_desk.services.people import get_person_detail
from kodoku_desk.services.people_list import search_people
from kodoku_desk.services.session import Session
from kodoku_desk.services.timeline import person_timeline
from kodoku_desk.services.visit_log import visits_on
from kodoku_desk.services.visits import quick_visit_defaults, record_visit
from kodoku_desk.store import migrate
from kodoku_desk.store.engine import CONNECTION_PRAGMAS, open_raw
from kodoku_desk.store.sqlite_config import memory_statistics_off

CACHE = Path(__file__).resolve().parent / ".cache"
PASSPHRASE = "benchmark passphrase"
QUERIES = ["や", "やま", "ヤマダ", "ﾔﾏﾀﾞ", "山田", "090", ""]


def dataset(people: int, years: int) -> Path:
    path = CACHE / f"mimamori-{people}-{years}.kdesk"
    if not path.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        print(f"generating {path.name} (once) …", file=sys.stderr)
        create_demo_database(path, people=people, years=years, seed=7, passphrase=PASSPHRASE)
    return path


def drop_migration_backups(encrypted: Path) -> None:
    """Delete the copies that unlocking the cached dataset made before migrating it in
    place (``<name>.pre-migration-*``, 1.5 GB each): the dataset can be generated again,
    and the benchmarks want it at the app's current schema."""
    for copy in encrypted.parent.glob(f"{encrypted.name}.pre-migration-*"):
        print(f"deleting {copy.name} (a benchmark dataset's pre-migration copy)", file=sys.stderr)
        copy.unlink()


def plain_copy(encrypted: Path, session: Session) -> Path:
    plain = encrypted.with_suffix(".plain.sqlite")
    if not plain.exists():
        print("exporting a plain SQLite copy …", file=sys.stderr)
        conn = open_raw(encrypted, session._data_key)
        conn.execute(f"ATTACH DATABASE '{plain}' AS plaintext KEY ''")
        conn.execute("SELECT sqlcipher_export('plaintext')")
        conn.execute("DETACH DATABASE plaintext")
        conn.close()
    return plain


def plain_session(plain: Path, encrypted_session: Session) -> Session:
    """A session on the plain copy, upgraded to the app's schema first (like the
    encrypted file when it is unlocked), with the app's connection PRAGMAs and, like
    the app's driver, SQLite's memory statistics off (:mod:`kodoku_desk.store.sqlite_config`)."""
    import _sqlite3

    if not memory_statistics_off(_sqlite3):
        print("note: memory statistics stay on in the plain SQLite library", file=sys.stderr)
    engine = create_engine(f"sqlite:///{plain}")
    pragmas = [p for p in CONNECTION_PRAGMAS if "cipher" not in p]

    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn, _record):
        dbapi_conn.isolation_level = None
        for pragma in pragmas:
            dbapi_conn.execute(pragma)

    @event.listens_for(engine, "begin")
    def _begin(conn):
        conn.exec_driver_sql("BEGIN")

    migrate.upgrade(engine)   # the schema the encrypted file was just migrated to
    return Session(plain, encrypted_session.keys_path, engine, encrypted_session.user,
                   encrypted_session.db_id, b"plain", None)


def measure(fn, runs: int) -> dict:
    fn()  # warm-up
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return {"median": statistics.median(times),
            "p95": times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]}


def cases(session: Session, person_ids: list[str]) -> dict:
    rng = random.Random(1)
    picks = iter(rng.choice(person_ids) for _ in range(100_000))
    out = {f"search '{q}' (limit 200)": (lambda q=q: search_people(session, q, limit=200))
           for q in QUERIES}
    out["search overdue only"] = lambda: search_people(
        session, "", filters=PeopleFilter(overdue_only=True), limit=200)
    out["person page (detail + timeline + trend)"] = lambda: (
        get_person_detail(session, (pid := next(picks))), person_timeline(session, pid),
        loneliness_trend(session, pid))
    out["見守り記録: one day's visits"] = lambda: visits_on(session, date.today())
    out["dashboard"] = lambda: load_dashboard(session)

    def save_visit():
        pid = next(picks)
        record_visit(session, quick_visit_defaults(session, pid, datetime.now()))
    out["save a visit"] = save_visit
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=20_000)
    parser.add_argument("--years", type=int, default=2)
    parser.add_argument("--runs", type=int, default=50)
    args = parser.parse_args()

    path = dataset(args.people, args.years)
    start = time.perf_counter()
    enc = unlock_database(path, "admin", PASSPHRASE)
    unlock_s = time.perf_counter() - start
    drop_migration_backups(path)
    plain = plain_session(plain_copy(path, enc), enc)
    with enc.engine.connect() as conn:
        ids = [r[0] for r in conn.execute(text(
            "SELECT id FROM persons WHERE kind = 'client' AND status = 'active'"))]

    results = {"unlock_s": round(unlock_s, 3), "people": args.people, "runs": args.runs,
               "cases": {}}
    enc_cases, plain_cases = cases(enc, ids), cases(plain, ids)
    print(f"{'case':40} {'enc med':>8} {'enc p95':>8} {'plain med':>9} {'plain p95':>9} {'ratio':>6}")
    for name in enc_cases:
        e = measure(enc_cases[name], args.runs)
        p = measure(plain_cases[name], args.runs)
        ratio = e["median"] / p["median"] if p["median"] else float("nan")
        results["cases"][name] = {"encrypted": e, "plain": p, "ratio": ratio}
        print(f"{name:40} {e['median']:8.1f} {e['p95']:8.1f} {p['median']:9.1f} "
              f"{p['p95']:9.1f} {ratio:6.2f}")
    print(f"unlock (KDF + integrity check + open): {unlock_s:.2f} s")
    enc.close()
    plain.engine.dispose()
    out = CACHE / "results-mimamori.json"
    out.write_text(json.dumps(results, indent=1, ensure_ascii=False))
    print(f"written {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
