"""Every Alembic revision has a test here; each upgrades a real encrypted file.

`test_every_revision_has_a_test` fails when a migration is added without one
(the habit of MusicBrainz Picard's test_config_upgrade_hooks.py).
"""

from __future__ import annotations

import os
import uuid
from datetime import date

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, literal, select, text

from kodoku_desk.services.database import unlock_database
from kodoku_desk.store import migrate, settings_repo
from kodoku_desk.store.engine import open_engine
from kodoku_desk.store.schema import metadata

NOW = "2026-01-01T00:00:00+00:00"


def _person_row(code: str) -> dict:
    return {"id": str(uuid.uuid4()), "person_code": code, "kind": "client", "family_name": "山田",
            "given_name": "太郎", "family_kana": "ヤマダ", "given_kana": "タロウ",
            "search_key": "山田太郎\x1fやまだたろう", "sort_key": "やまだたろう",
            "status": "active", "created_at": NOW, "updated_at": NOW}


@pytest.fixture
def engine_at(tmp_path):
    engines = []

    def make(revision: str):
        engine = open_engine(tmp_path / f"at-{revision}.kdesk", os.urandom(32))
        migrate.upgrade(engine, revision)
        engines.append(engine)
        return engine

    yield make
    for engine in engines:
        engine.dispose()


def check_0001(engine_at):
    engine = engine_at("0001")
    with engine.begin() as conn:
        assert migrate.current_revision(conn) == "0001"
        tables = set(inspect(conn).get_table_names())
        assert {"persons", "visits", "attendance", "audit_log", "provision_records"} <= tables
        conn.execute(metadata.tables["persons"].insert(), [_person_row("P1"), _person_row("P2")])
        visit = {"id": "v1", "person_id": None, "visit_at": "2026-01-05T10:00:00",
                 "method": "visit_met", "safety_check": "confirmed", "response_level": 0,
                 "follow_up_requested": False, "created_at": NOW, "updated_at": NOW}
        pid = conn.execute(text("SELECT id FROM persons WHERE person_code='P1'")).scalar()
        conn.execute(metadata.tables["visits"].insert(), [{**visit, "person_id": pid}])
    return engine


def check_0002(engine_at):
    engine = check_0001(engine_at)
    migrate.upgrade(engine, "0002")
    with engine.connect() as conn:
        assert migrate.current_revision(conn) == "0002"
        assert conn.execute(text("SELECT count(*) FROM persons")).scalar() == 2
        assert conn.execute(text("SELECT family_name FROM persons WHERE person_code='P2'")).scalar() == "山田"
        assert conn.execute(text("SELECT count(*) FROM visits")).scalar() == 1
        names = {ix["name"] for ix in inspect(conn).get_indexes("visits")}
        assert "ix_visits_visit_at" in names
        plan = " ".join(str(r) for r in conn.execute(text(
            "EXPLAIN QUERY PLAN SELECT * FROM persons ORDER BY sort_key")))
        assert "ix_persons_sort_key" in plan


def check_0003(engine_at):
    engine = check_0001(engine_at)
    migrate.upgrade(engine, "0003")
    with engine.connect() as conn:
        names = {ix["name"] for ix in inspect(conn).get_indexes("visits")}
        assert "ix_visits_person_contact" in names and "ix_visits_person_at" not in names
        assert conn.execute(text("SELECT count(*) FROM visits")).scalar() == 1
        plan = " ".join(str(r) for r in conn.execute(text(
            "EXPLAIN QUERY PLAN SELECT max(visit_at), next_due FROM visits WHERE person_id = 'x'")))
        assert "COVERING INDEX ix_visits_person_contact" in plan


def check_0004(engine_at):
    engine = check_0001(engine_at)
    migrate.upgrade(engine, "0004")
    with engine.connect() as conn:
        inspector = inspect(conn)
        persons_ix = {ix["name"] for ix in inspector.get_indexes("persons")}
        assert "ix_persons_list" in persons_ix and "ix_persons_sort_key" not in persons_ix
        attendance_ix = {ix["name"] for ix in inspector.get_indexes("attendance")}
        assert "ix_attendance_person_session" in attendance_ix
        assert "ix_attendance_person_id" not in attendance_ix
        assert conn.execute(text("SELECT count(*) FROM persons")).scalar() == 2
        plan = " ".join(str(r) for r in conn.execute(text(
            "EXPLAIN QUERY PLAN SELECT id FROM persons WHERE instr(search_key, 'や') > 0 "
            "AND status IN ('active', 'paused') ORDER BY sort_key, person_code LIMIT 50")))
        assert "COVERING INDEX ix_persons_list" in plan and "TEMP B-TREE" not in plan
        plan = " ".join(str(r) for r in conn.execute(text(
            "EXPLAIN QUERY PLAN SELECT max(s.held_on) FROM attendance a JOIN place_sessions s "
            "ON s.id = a.session_id WHERE a.person_id = 'x' AND s.held_on <= '2026-11-27'")))
        assert "COVERING INDEX ix_attendance_person_session" in plan
        assert "COVERING INDEX ix_place_sessions_id_held" in plan


def _code_row(code: str, ja: str, en: str) -> dict:
    return {"id": str(uuid.uuid4()), "list_name": "referral_outcome", "code": code,
            "label_ja": ja, "label_en": en, "sensitive": False, "sort_order": 0,
            "active": True, "builtin": True, "created_at": NOW, "updated_at": NOW}


def check_0005(engine_at):
    engine = check_0001(engine_at)
    migrate.upgrade(engine, "0004")
    with engine.begin() as conn:
        conn.execute(metadata.tables["code_items"].insert(), [
            _code_row("in_progress", "調整中", "In progress"),
            _code_row("connected", "つながった", "Connected"),
            _code_row("not_connected", "連絡つかず", "No reply"),   # edited by the NPO
            _code_row("declined", "本人辞退", "Declined by the person")])
        pid = conn.execute(text("SELECT id FROM persons WHERE person_code='P1'")).scalar()
        base = {"person_id": pid, "destination_kind": "houkatsu", "referred_on": "2026-01-05",
                "created_at": NOW, "updated_at": NOW}
        conn.execute(metadata.tables["referrals"].insert(), [
            {**base, "id": "r1", "outcome": "declined", "note": "家族が反対"},
            {**base, "id": "r2", "outcome": "declined", "note": None},
            {**base, "id": "r3", "outcome": "connected", "note": "面談済み"}])
    migrate.upgrade(engine, "0005")
    with engine.connect() as conn:
        labels = dict(conn.execute(text(
            "SELECT code, label_ja FROM code_items WHERE list_name='referral_outcome'")).all())
        assert labels == {"in_progress": "紹介済み", "connected": "つながった",
                          "not_connected": "連絡つかず"}
        rows = dict((r.id, (r.outcome, r.note)) for r in conn.execute(text(
            "SELECT id, outcome, note FROM referrals")))
        assert rows == {"r1": ("not_connected", "本人辞退。家族が反対"),
                        "r2": ("not_connected", "本人辞退"), "r3": ("connected", "面談済み")}


def _plan(conn, sql: str, params: dict | None = None) -> str:
    return " ".join(str(r) for r in conn.execute(text("EXPLAIN QUERY PLAN " + sql), params or {}))


REPORT_INDEXES_0006 = {"ix_visits_month": "visits", "ix_visits_id_visit": "visits",
                       "ix_attendance_session_role": "attendance",
                       "ix_follow_ups_opened_month": "follow_ups",
                       "ix_follow_ups_closed_month": "follow_ups"}


def check_0006(engine_at):
    from kodoku_desk.store import report_queries as rq

    engine = check_0001(engine_at)
    migrate.upgrade(engine, "0006")
    with engine.connect() as conn:
        indexes = dict(conn.execute(text(   # the inspector leaves out indexes on expressions
            "SELECT name, tbl_name FROM sqlite_master WHERE type = 'index'")).all())
        assert {name: indexes.get(name) for name in REPORT_INDEXES_0006} == REPORT_INDEXES_0006
        assert conn.execute(text("SELECT count(*) FROM visits")).scalar() == 1
        months = {"m0": "2026-01", "m1": "2026-02", "start": "2026-01-01", "end": "2026-02-01"}
        # the report's reads: index only, and grouping by (month, person) without a sort
        for base, index in ((rq.VISITS_BY_MONTH, "ix_visits_month"),
                            (rq.FOLLOW_UPS_OPENED, "ix_follow_ups_opened_month"),
                            (rq.FOLLOW_UPS_CLOSED, "ix_follow_ups_closed_month")):
            plan = _plan(conn, f"SELECT col, p, count(*) FROM ({base}) GROUP BY col, p", months)
            assert f"COVERING INDEX {index}" in plan and "TEMP B-TREE" not in plan, plan
        assert conn.execute(text(rq.VISITS_BY_MONTH), months).all() == [
            (conn.execute(text("SELECT person_id FROM visits")).scalar(), "2026-01", "visit_met",
             "confirmed", 0)]
        signs = ("SELECT v.person_id FROM visit_signs AS s CROSS JOIN visits AS v "
                 "ON v.id = s.visit_id WHERE v.visit_at >= :start AND v.visit_at < :end")
        assert "COVERING INDEX ix_visits_id_visit" in _plan(conn, signs, months)
        plan = _plan(conn, "SELECT a.role, a.category FROM place_sessions s CROSS JOIN attendance a "
                           "ON a.session_id = s.id WHERE s.held_on >= '2026-01-01'")
        assert "COVERING INDEX ix_attendance_session_role" in plan


def check_0007(engine_at):
    engine = check_0001(engine_at)          # P1 has one confirmed visit, P2 none
    migrate.upgrade(engine, "0006")
    with engine.begin() as conn:
        p1 = conn.execute(text("SELECT id FROM persons WHERE person_code='P1'")).scalar()
        later = {"id": "v2", "person_id": p1, "visit_at": "2026-01-09T10:00:00",
                 "method": "phone", "safety_check": "not_confirmed", "response_level": 0,
                 "follow_up_requested": False, "next_due": "2026-01-10",
                 "created_at": NOW, "updated_at": NOW}
        conn.execute(metadata.tables["visits"].insert(), [later])
    migrate.upgrade(engine, "0007")
    with engine.begin() as conn:
        assert migrate.current_revision(conn) == "0007"
        rows = conn.execute(text("SELECT person_id, visit_at, safety_check, next_due, "
                                 "confirmed_at FROM visit_latest")).all()
        # filled from the visits already there: the latest is v2, the latest confirmed v1
        assert rows == [(p1, "2026-01-09T10:00:00", "not_confirmed", "2026-01-10",
                         "2026-01-05T10:00:00")]
        triggers = set(conn.execute(text(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'")).scalars())
        assert {"tr_visits_latest_insert", "tr_visits_latest_delete",
                "tr_visits_latest_update", "tr_visits_latest_move"} <= triggers
        conn.execute(text("DELETE FROM visits WHERE id = 'v2'"))     # kept by the triggers
        assert conn.execute(text("SELECT visit_at, confirmed_at FROM visit_latest")).all() == [
            ("2026-01-05T10:00:00", "2026-01-05T10:00:00")]


def check_0008(engine_at):
    from kodoku_desk.store import report_queries as rq

    engine = check_0001(engine_at)          # P1 has one visit, v1, in 2026-01
    migrate.upgrade(engine, "0007")
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO visit_signs (visit_id, sign_code, created_at, updated_at) "
                          "VALUES ('v1', 'mail_piling_up', :now, :now)"), {"now": NOW})
    migrate.upgrade(engine, "0008")
    months = {"m0": "2026-01", "m1": "2026-02"}
    with engine.begin() as conn:
        p1 = conn.execute(text("SELECT id FROM persons WHERE person_code='P1'")).scalar()
        p2 = conn.execute(text("SELECT id FROM persons WHERE person_code='P2'")).scalar()
        # the sign already there got its visit's person and month
        assert conn.execute(text(rq.VISIT_SIGNS_BY_MONTH), months).all() == [
            (p1, "2026-01", "mail_piling_up")]
        plan = _plan(conn, f"SELECT * FROM ({rq.VISIT_SIGNS_BY_MONTH})", months)
        assert "COVERING INDEX ix_visit_signs_month" in plan, plan
        indexes = set(conn.execute(text(
            "SELECT name FROM sqlite_master WHERE type = 'index'")).scalars())
        assert "ix_visits_id_visit" not in indexes and "ix_visits_month" in indexes
        # a new sign takes them from its visit; a visit moved in time or to another
        # person takes its signs along
        conn.execute(text("INSERT INTO visit_signs (visit_id, sign_code, created_at, updated_at) "
                          "VALUES ('v1', 'looks_unwell', :now, :now)"), {"now": NOW})
        conn.execute(text("UPDATE visits SET visit_at = '2026-02-03T09:00:00', person_id = :p "
                          "WHERE id = 'v1'"), {"p": p2})
        assert conn.execute(text(rq.VISIT_SIGNS_BY_MONTH), months).all() == []
        assert sorted(conn.execute(text(rq.VISIT_SIGNS_BY_MONTH),
                                   {"m0": "2026-02", "m1": "2026-03"}).all()) == [
            (p2, "2026-02", "looks_unwell"), (p2, "2026-02", "mail_piling_up")]


def _place_with_session(conn, kind: str, held_on: str) -> tuple[str, str]:
    place, session = str(uuid.uuid4()), str(uuid.uuid4())
    conn.execute(metadata.tables["places"].insert(), [{
        "id": place, "name": "ふれあいサロン", "kind": kind, "active": True,
        "created_at": NOW, "updated_at": NOW}])
    conn.execute(metadata.tables["place_sessions"].insert(), [{
        "id": session, "place_id": place, "held_on": held_on, "activity_form": "in_person",
        "meals_served": 0, "created_at": NOW, "updated_at": NOW}])
    return place, session


def _attend(conn, session: str, person: str) -> None:
    conn.execute(text("INSERT INTO attendance (id, session_id, person_id, category, role, "
                      "created_at, updated_at) VALUES (:id, :s, :p, 'senior', 'participant', "
                      ":now, :now)"), {"id": str(uuid.uuid4()), "s": session, "p": person,
                                       "now": NOW})


def _one_attendance_then(engine_at, before: str, revision: str):
    """A file at ``before`` in which the first of check_0001's two persons came to one
    salon session on 2026-01-10, upgraded to ``revision``: (engine, persons, session)."""
    engine = check_0001(engine_at)
    migrate.upgrade(engine, before)
    with engine.begin() as conn:
        persons = tuple(conn.execute(text("SELECT id FROM persons ORDER BY person_code")).scalars())
        _, session = _place_with_session(conn, "salon", "2026-01-10")
        _attend(conn, session, persons[0])
    migrate.upgrade(engine, revision)
    return engine, persons, session


def check_0009(engine_at):
    from kodoku_desk.store.report_place_queries import ATTENDANCE_BY_MONTH

    engine, (p1, p2), first = _one_attendance_then(engine_at, "0008", "0009")
    months = {"m0": "2026-01", "m1": "2026-03"}

    def rows(conn) -> dict[str, tuple]:
        return {r[0]: tuple(r[1:]) for r in conn.execute(
            text(f"SELECT p, col, day, kind FROM ({ATTENDANCE_BY_MONTH})"), months)}

    with engine.begin() as conn:
        # the row already there got its session's day and place 種類
        assert rows(conn) == {p1: ("2026-01", "2026-01-10", "salon")}
        plan = _plan(conn, f"SELECT col, p, count(*) FROM ({ATTENDANCE_BY_MONTH}) GROUP BY col, p",
                     months)
        assert "COVERING INDEX ix_attendance_month" in plan and "TEMP B-TREE" not in plan, plan
        cafe, second = _place_with_session(conn, "ibasho_cafe", "2026-02-03")
        _attend(conn, second, p2)                       # a new row takes its session's
        assert rows(conn)[p2] == ("2026-02", "2026-02-03", "ibasho_cafe")
        conn.execute(text("UPDATE place_sessions SET held_on = '2026-02-20', place_id = :c "
                          "WHERE id = :s"), {"c": cafe, "s": first})   # a session moved
        assert rows(conn)[p1] == ("2026-02", "2026-02-20", "ibasho_cafe")
        conn.execute(text("UPDATE places SET kind = 'food_pantry' WHERE id = :c"), {"c": cafe})
        assert {r[2] for r in rows(conn).values()} == {"food_pantry"}
        conn.execute(text("UPDATE attendance SET session_id = :s WHERE person_id = :p"),
                     {"s": second, "p": p1})           # a row moved to another session
        assert rows(conn)[p1] == ("2026-02", "2026-02-03", "food_pantry")


def check_0010(engine_at):
    from kodoku_desk.store.contact_queries import last_attended_on

    engine, (p1, _), _ = _one_attendance_then(engine_at, "0009", "0010")
    with engine.begin() as conn:
        attendance_ix = set(conn.execute(text(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'attendance'"
        )).scalars())
        assert "ix_attendance_person_held" in attendance_ix
        assert "ix_attendance_person_session" not in attendance_ix
        # the look-back of 新規: one seek, index only
        lookback = "SELECT 1 FROM attendance WHERE person_id = :p AND held_on < :d"
        assert "COVERING INDEX ix_attendance_person_held (person_id=? AND held_on<?)" in _plan(
            conn, lookback, {"p": p1, "d": "2026-02-01"})
        assert conn.execute(text(lookback), {"p": p1, "d": "2026-02-01"}).all() == [(1,)]
        assert conn.execute(text(lookback), {"p": p1, "d": "2026-01-10"}).all() == []
        # the latest attendance up to a day (ホーム, the 当事者 list)
        query = select(last_attended_on(date(2026, 11, 27), literal(p1)))
        assert conn.execute(query).scalar() == "2026-01-10"
        assert conn.execute(select(last_attended_on(date(2026, 1, 9), literal(p1)))).scalar() is None
        plan = _plan(conn, str(query.compile(compile_kwargs={"literal_binds": True})))
        assert "COVERING INDEX ix_attendance_person_held" in plan, plan
        # a person's attendance with its sessions' days is still index only
        plan = _plan(conn, "SELECT max(s.held_on) FROM attendance a JOIN place_sessions s "
                     "ON s.id = a.session_id WHERE a.person_id = :p", {"p": p1})
        assert "COVERING INDEX ix_attendance_person_held" in plan, plan


MIGRATION_CHECKS = {"0001": check_0001, "0002": check_0002, "0003": check_0003,
                    "0004": check_0004, "0005": check_0005, "0006": check_0006,
                    "0007": check_0007, "0008": check_0008,
                    "0009": check_0009, "0010": check_0010}


def test_every_revision_has_a_test():
    assert list(MIGRATION_CHECKS) == migrate.known_revisions()


@pytest.mark.parametrize("revision", list(MIGRATION_CHECKS))
def test_migration(revision, engine_at):
    MIGRATION_CHECKS[revision](engine_at)


# SQLite cannot reflect an index on an expression (0006), so autogenerate leaves those out
@pytest.mark.filterwarnings("ignore:autogenerate skipping metadata-specified expression-based")
@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")
def test_head_matches_the_table_definitions(engine_at):
    engine = engine_at("head")
    with engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), metadata) == []


def test_unlock_upgrades_an_old_file_after_copying_it(new_db, db_path):
    from tests.conftest import PASSPHRASE

    session, _ = new_db
    with session.engine.begin() as conn:
        conn.execute(metadata.tables["persons"].insert(), [_person_row("P7")])
        # Pretend the file was written at revision 0001: undo 0010 … 0002.
        conn.execute(text("DROP INDEX ix_attendance_person_held"))    # 0010
        for trigger in ("tr_attendance_session_insert", "tr_attendance_session_update",
                        "tr_place_sessions_attendance_follow", "tr_places_attendance_kind"):
            conn.execute(text(f"DROP TRIGGER {trigger}"))
        conn.execute(text("DROP INDEX ix_attendance_month"))
        for column in ("held_on", "place_kind"):
            conn.execute(text(f"ALTER TABLE attendance DROP COLUMN {column}"))
        for trigger in ("tr_visit_signs_visit_insert", "tr_visit_signs_visit_update",
                        "tr_visits_signs_follow"):
            conn.execute(text(f"DROP TRIGGER {trigger}"))
        conn.execute(text("DROP INDEX ix_visit_signs_month"))
        for column in ("person_id", "visit_month"):
            conn.execute(text(f"ALTER TABLE visit_signs DROP COLUMN {column}"))
        for trigger in ("insert", "delete", "update", "move"):
            conn.execute(text(f"DROP TRIGGER tr_visits_latest_{trigger}"))
        conn.execute(text("DROP TABLE visit_latest"))
        conn.execute(text("CREATE INDEX ix_visits_id_visit ON visits (id)"))   # gone in 0008
        for name in (*REPORT_INDEXES_0006, "ix_persons_list", "ix_place_sessions_id_held"):
            conn.execute(text(f"DROP INDEX {name}"))
        conn.execute(text("CREATE INDEX ix_attendance_person_id ON attendance (person_id)"))
        conn.execute(text("DROP INDEX ix_visits_person_contact"))
        conn.execute(text("CREATE INDEX ix_visits_person_at ON visits (person_id, visit_at)"))
        for name in ("ix_persons_district_status", "ix_visits_person_at",
                     "ix_visits_visit_at", "ix_place_sessions_place_held",
                     "ix_place_sessions_held", "ix_follow_ups_status_due"):
            conn.execute(text(f"DROP INDEX {name}"))
        conn.execute(text("UPDATE alembic_version SET version_num='0001'"))
    session.close()
    session = unlock_database(db_path, "admin", PASSPHRASE)
    try:
        with session.engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.head_revision()
            assert conn.execute(text("SELECT count(*) FROM persons")).scalar() == 1
            assert settings_repo.get(conn, "org_name") == "テストNPO"
    finally:
        session.close()
    copies = list(db_path.parent.glob("*.pre-migration-0001-*"))
    assert any(c.name.endswith(".keys") for c in copies)
    assert any(not c.name.endswith((".keys", "-wal")) for c in copies)
