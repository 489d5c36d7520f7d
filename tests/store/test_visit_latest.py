"""What triggers keep in step with ``visits``: visit_latest (migration 0007), each
person's latest visit and latest confirmed visit, and the visit's person and month on
each 気づき (migration 0008).  After any sequence of edits both must say exactly what
a query on the visits says."""

from __future__ import annotations

import random
import uuid

import pytest
from sqlalchemy import text

from kodoku_desk.store.schema import metadata

NOW = "2026-01-01T00:00:00+00:00"
persons, visits = metadata.tables["persons"], metadata.tables["visits"]


def _person(conn) -> str:
    pid = str(uuid.uuid4())
    conn.execute(persons.insert(), {
        "id": pid, "person_code": pid[:8], "kind": "client", "family_name": "山田",
        "given_name": "太郎", "family_kana": "ヤマダ", "given_kana": "タロウ",
        "search_key": "山田太郎", "sort_key": "やまだたろう", "status": "active",
        "created_at": NOW, "updated_at": NOW})
    return pid


def _visit(conn, pid: str, visit_at: str, safety: str, next_due: str | None) -> str:
    vid = str(uuid.uuid4())
    conn.execute(visits.insert(), {
        "id": vid, "person_id": pid, "visit_at": visit_at, "method": "visit_met",
        "safety_check": safety, "response_level": 0, "follow_up_requested": False,
        "next_due": next_due, "created_at": NOW, "updated_at": NOW})
    return vid


def _expected(conn) -> dict[str, tuple]:
    """person → (visit_at, safety_check, next_due, confirmed_at), from the visits alone
    (latest = greatest visit_at; a tie goes to the last entry of ix_visits_person_contact)."""
    out: dict[str, tuple] = {}
    for pid in conn.execute(text("SELECT DISTINCT person_id FROM visits")).scalars():
        latest = conn.execute(text(
            "SELECT visit_at, safety_check, next_due FROM visits WHERE person_id = :p "
            "ORDER BY visit_at DESC LIMIT 1"), {"p": pid}).one()
        confirmed = conn.execute(text(
            "SELECT max(visit_at) FROM visits WHERE person_id = :p "
            "AND safety_check = 'confirmed'"), {"p": pid}).scalar()
        out[pid] = (*latest, confirmed)
    return out


def _signs_out_of_step(conn) -> list:
    return conn.execute(text(
        "SELECT s.visit_id, s.sign_code FROM visit_signs AS s JOIN visits AS v ON v.id = s.visit_id "
        "WHERE s.person_id IS NOT v.person_id "
        "OR s.visit_month IS NOT substr(v.visit_at, 1, 7)")).all()


def _table(conn) -> dict[str, tuple]:
    return {r[0]: tuple(r[1:]) for r in conn.execute(text(
        "SELECT person_id, visit_at, safety_check, next_due, confirmed_at FROM visit_latest"))}


@pytest.fixture
def engine(new_db):
    session, _ = new_db
    return session.engine


def test_a_new_visit_a_change_and_a_deletion_each_update_the_row(engine):
    with engine.begin() as conn:
        pid = _person(conn)
        assert _table(conn) == {}
        first = _visit(conn, pid, "2026-03-01T10:00", "confirmed", "2026-03-08")
        assert _table(conn) == {pid: ("2026-03-01T10:00", "confirmed", "2026-03-08",
                                      "2026-03-01T10:00")}
        later = _visit(conn, pid, "2026-03-05T09:00", "not_confirmed", "2026-03-06")
        # the latest visit is the unconfirmed one; the latest confirmed stays the first
        assert _table(conn) == {pid: ("2026-03-05T09:00", "not_confirmed", "2026-03-06",
                                      "2026-03-01T10:00")}
        conn.execute(visits.update().where(visits.c.id == later).values(safety_check="confirmed"))
        assert _table(conn)[pid][3] == "2026-03-05T09:00"
        conn.execute(visits.update().where(visits.c.id == later).values(visit_at="2026-02-01T09:00"))
        assert _table(conn) == {pid: ("2026-03-01T10:00", "confirmed", "2026-03-08",
                                      "2026-03-01T10:00")}
        conn.execute(visits.delete().where(visits.c.id == first))
        assert _table(conn) == {pid: ("2026-02-01T09:00", "confirmed", "2026-03-06",
                                      "2026-02-01T09:00")}
        conn.execute(visits.delete().where(visits.c.id == later))
        assert _table(conn) == {}


def test_a_visit_moved_to_another_person_updates_both(engine):
    with engine.begin() as conn:
        a, b = _person(conn), _person(conn)
        vid = _visit(conn, a, "2026-03-01T10:00", "confirmed", None)
        _visit(conn, b, "2026-02-01T10:00", "not_confirmed", None)
        conn.execute(visits.update().where(visits.c.id == vid).values(person_id=b))
        assert _table(conn) == {b: ("2026-03-01T10:00", "confirmed", None, "2026-03-01T10:00")}


def test_deleting_a_person_leaves_no_row(engine):
    with engine.begin() as conn:
        pid, other = _person(conn), _person(conn)
        for day in range(1, 6):
            _visit(conn, pid, f"2026-03-0{day}T10:00", "confirmed", None)
        _visit(conn, other, "2026-03-01T10:00", "confirmed", None)
        conn.execute(persons.delete().where(persons.c.id == pid))   # visits go by cascade
        assert set(_table(conn)) == {other}


def test_after_random_edits_the_table_says_what_the_visits_say(engine):
    rng = random.Random(7)
    with engine.begin() as conn:
        people = [_person(conn) for _ in range(6)]
        ids: list[str] = []
        signs_added = 0
        for step in range(400):
            action = rng.random()
            if action < 0.1 and ids:
                signs_added += conn.execute(text(
                    "INSERT OR IGNORE INTO visit_signs (visit_id, sign_code, created_at, updated_at) "
                    "VALUES (:v, :s, :now, :now)"),
                    {"v": rng.choice(ids), "s": rng.choice(["mail_piling_up", "looks_unwell"]),
                     "now": NOW}).rowcount
            elif action < 0.5 or not ids:
                day = f"2026-0{rng.randint(1, 3)}-{rng.randint(10, 12)}T{rng.choice(['09', '10'])}:00"
                ids.append(_visit(conn, rng.choice(people), day,
                                  rng.choice(["confirmed", "not_confirmed"]),
                                  rng.choice([None, "2026-04-01", "2026-04-15"])))
            elif action < 0.8:
                column, value = rng.choice([
                    ("person_id", rng.choice(people)),
                    ("visit_at", f"2026-0{rng.randint(1, 3)}-11T10:00"),
                    ("safety_check", rng.choice(["confirmed", "not_confirmed"])),
                    ("next_due", rng.choice([None, "2026-05-01"])),
                    ("method", "phone")])   # not a column the table holds: no change
                conn.execute(visits.update().where(visits.c.id == rng.choice(ids))
                             .values({column: value}))
            elif action < 0.97:
                vid = ids.pop(rng.randrange(len(ids)))
                conn.execute(visits.delete().where(visits.c.id == vid))
            else:
                gone = people.pop(rng.randrange(len(people)))
                conn.execute(persons.delete().where(persons.c.id == gone))
                ids = list(conn.execute(text("SELECT id FROM visits")).scalars())
                people.append(_person(conn))
            if step % 20 == 0:
                assert _table(conn) == _expected(conn), step
                assert _signs_out_of_step(conn) == [], step
        assert _table(conn) == _expected(conn)
        assert _signs_out_of_step(conn) == []
        assert signs_added >= 20
        assert len(_table(conn)) >= 3
