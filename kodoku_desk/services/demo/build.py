"""Create an encrypted database full of plausible demo data (the steps, in order)."""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from faker import Faker
from sqlalchemy import Engine

from kodoku_desk.services import keys
from kodoku_desk.services.database import create_database
from kodoku_desk.services.demo import (
    attendance, geo, names, people, people_rows, places, records, schedule, visits,
)
from kodoku_desk.services.demo.context import Ctx, Users, stage_rng, years_before
from kodoku_desk.store import audit, settings_repo
from kodoku_desk.store.bulk import BulkWriter, open_bulk_engine
from kodoku_desk.store.codes_repo import add_custom
from kodoku_desk.vault.kdf import KdfParams
from kodoku_desk.vault.keyslots import keyslot_path

ORG_NAME = "NPO法人 ひだまり見守りネット（デモデータ）"
DEMO_USERS = (("staff", "staff", "female", 1986), ("volunteer1", "volunteer", "female", 1954),
              ("volunteer2", "volunteer", "male", 1951))
_WORDS = ("sakura", "tsubame", "hinata", "kaede", "momiji", "sora", "umi", "yama", "kawa", "hoshi",
          "tsuki", "kaze", "mori", "hana", "niji", "kumo", "yuki", "nami", "midori", "hotaru")

# Overall progress: (stage label, fraction at its start)
STAGES = {
    "prepare": ("データベースと利用者を準備しています", 0.0),
    "people": ("当事者を作成しています", 0.04),
    "places": ("居場所と参加記録を作成しています", 0.14),
    "visits": ("見守り記録を作成しています", 0.40),
    "records": ("アセスメントとつなぎを作成しています", 0.92),
    "finish": ("書き込みを完了しています", 0.96),
}
_ORDER = list(STAGES)


def readable_passphrase() -> str:
    """Four words and four digits, e.g. ``hinata-kaze-mori-umi-4821`` (not derived from the seed)."""
    words = [secrets.choice(_WORDS) for _ in range(4)]
    return "-".join(words) + f"-{secrets.randbelow(10000):04d}"


class _Progress:
    def __init__(self, callback: Callable[[str, float], None] | None) -> None:
        self.callback = callback

    def stage(self, name: str) -> Callable[[float], None]:
        label, begin = STAGES[name]
        following = _ORDER.index(name) + 1
        end = STAGES[_ORDER[following]][1] if following < len(_ORDER) else 1.0

        def report(fraction: float) -> None:
            if self.callback is not None:
                self.callback(label, begin + (end - begin) * min(max(fraction, 0.0), 1.0))
        report(0.0)
        return report


def build(out: Path, *, people_count: int, years: int, seed: int, passphrase: str,
          kdf: KdfParams | None, progress: Callable[[str, float], None] | None,
          today: date) -> tuple[list[str], dict[str, int]]:
    """Write the demo database at ``out``; return (usernames, row counts per table).

    The database and its users are created through the services; the records are
    then written by :func:`fill` with the bulk engine of :mod:`kodoku_desk.store.bulk`.
    """
    if people_count < 1 or years < 1:
        raise ValueError("people and years must be at least 1")
    report = _Progress(progress)
    step = report.stage("prepare")
    faker = Faker("ja_JP")  # users' names: a stream of their own
    faker.seed_instance(f"users:{seed}")
    user_rng = stage_rng(seed, "users")
    admin_name = names.display_name(user_rng, faker, "female", 1968)
    session, _recovery = create_database(out, org_name=ORG_NAME, admin_username="admin",
                                         admin_display_name=admin_name, passphrase=passphrase,
                                         kdf=kdf)
    try:
        user_ids = {"admin": session.user.id}
        for number, (username, role, gender, born) in enumerate(DEMO_USERS, start=1):
            step(number / (len(DEMO_USERS) + 1))
            display = names.display_name(user_rng, faker, gender, born)
            user_ids[username] = keys.add_user(session, username=username, display_name=display,
                                               role=role, passphrase=passphrase, kdf=kdf)
        data_key = bytes(session._data_key)
        session.close()
        job = {"seed": seed, "people": people_count, "years": years, "today": today.isoformat(),
               "users": user_ids}
        engine = open_bulk_engine(out, data_key)
        try:
            counts = fill(engine, job, progress or (lambda _label, _fraction: None))
        finally:
            engine.dispose()
    except BaseException:
        session.close()
        _remove(out)
        raise
    report.stage("finish")(1.0)
    counts["users"] = len(user_ids)
    return list(user_ids), counts


def fill(engine: Engine, job: dict, progress: Callable[[str, float], None]) -> dict[str, int]:
    """Write every demo record into a database that has its users."""
    seed, years, people_count = job["seed"], job["years"], job["people"]
    today = date.fromisoformat(job["today"])
    fake = Faker("ja_JP")
    fake.seed_instance(seed)
    ids = job["users"]
    users = Users(admin=ids["admin"], staff=ids["staff"],
                  volunteers=[ids["volunteer1"], ids["volunteer2"]])
    ctx = Ctx(seed=seed, today=today, start=years_before(today, years), users=users, fake=fake)
    report = _Progress(progress)
    with engine.begin() as conn:
        _settings(conn, ctx, people_count, years)
    counts = _fill(engine, ctx, report, people_count, years)
    with engine.begin() as conn:
        audit.append(conn, action="demo.generate", user_id=users.admin, username="admin",
                     detail={"seed": seed, "people": people_count, "years": years,
                             "rows": sum(counts.values())})
    return counts


def _settings(conn, ctx: Ctx, people_count: int, years: int) -> None:
    for district in geo.DISTRICTS:
        add_custom(conn, "district", district.code, district.ja, district.en, ctx.users.admin)
    settings_repo.put(conn, "demo", {"seed": ctx.seed, "people": people_count, "years": years,
                                     "today": ctx.today.isoformat(),
                                     "municipality": geo.PREFECTURE + geo.MUNICIPALITY},
                      ctx.users.admin)


def _fill(engine: Engine, ctx: Ctx, report: _Progress, people_count: int,
          years: int) -> dict[str, int]:
    n_places = schedule.place_count(people_count)
    with BulkWriter(engine) as writer:
        step = report.stage("people")
        orgs = records.write_organizations(ctx, writer)
        everyone = people.generate(ctx, people_count, n_places, years)
        step(0.5)
        people_rows.write(ctx, writer, everyone, records.agency_texts(orgs))
        step = report.stage("places")
        items = places.make_places(ctx, n_places)
        places.assign_members(ctx, items, everyone)
        places.write_places(ctx, writer, items)
        attendance.write(ctx, writer, items, step)
        visits.write(ctx, writer, everyone, report.stage("visits"))
        step = report.stage("records")
        records.write(ctx, writer, everyone, orgs)
        step(1.0)
        report.stage("finish")
    return dict(writer.counts)


def _remove(out: Path) -> None:
    """Delete a half-written demo database (only ever called on files this run created)."""
    for path in (out, Path(f"{out}-wal"), Path(f"{out}-shm"), Path(f"{out}-journal"),
                 keyslot_path(out)):
        for _ in range(3):
            try:
                path.unlink(missing_ok=True)
                break
            except PermissionError:  # Windows: a handle may linger for a moment
                time.sleep(0.2)
