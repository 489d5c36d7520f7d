"""Demo data generator: one small database per module, checked the way the app reads it."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import func, select

from kodoku_desk.models import kana
from kodoku_desk.models.codes import BUILTIN_CODE_LISTS
from kodoku_desk.models.frequency import days_overdue
from kodoku_desk.models.followup import FollowUpOutcome
from kodoku_desk.models.wareki import school_stage
from kodoku_desk.services.database import unlock_database
from kodoku_desk.services.demo import create_demo_database
from kodoku_desk.store.errors import DatabaseExists
from kodoku_desk.store.schema import metadata
from kodoku_desk.store.schema.admin import users
from kodoku_desk.store.schema.people import consents, person_assignments, persons
from kodoku_desk.store.schema.places import attendance, place_sessions
from kodoku_desk.store.schema.visits import follow_ups, visit_actions, visits
from kodoku_desk.vault.keyslots import keyslot_path
from tests.conftest import FAST_KDF

TODAY = date(2025, 11, 27)
PASSPHRASE = "demo passphrase 123"
SEED = 7
FILLED_TABLES = (
    "persons", "person_staff", "person_categories", "person_assignments", "person_links", "consents",
    "organizations", "places", "place_sessions", "attendance", "walkins", "visits", "visit_visitors",
    "visit_signs", "visit_actions", "follow_ups", "assessments", "referrals",
)


def _make(path, seed=SEED, progress=None):
    return create_demo_database(path, people=60, years=1, seed=seed, passphrase=PASSPHRASE,
                                kdf=FAST_KDF, today=TODAY, progress=progress)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    stages: list[tuple[str, float]] = []
    result = _make(tmp_path_factory.mktemp("demo") / "demo.kdesk",
                   progress=lambda label, fraction: stages.append((label, fraction)))
    return result, stages


@pytest.fixture(scope="module")
def conn(demo):
    session = unlock_database(demo[0].path, "admin", PASSPHRASE)
    with session.engine.connect() as connection:
        yield connection
    session.close()


def _names(conn) -> list[tuple[str, str]]:
    return [tuple(r) for r in conn.execute(
        select(persons.c.family_name, persons.c.given_name).order_by(persons.c.person_code))]


def test_result_describes_what_was_written(demo, conn):
    result, _ = demo
    assert result.users == ["admin", "staff", "volunteer1", "volunteer2"]
    assert result.passphrase == PASSPHRASE
    assert result.path.is_file() and keyslot_path(result.path).is_file()
    for table in FILLED_TABLES:
        written = conn.execute(select(func.count()).select_from(metadata.tables[table])).scalar()
        assert written > 0, table
        assert result.counts[table] == written, table
    assert result.counts["persons"] == 60


def test_every_user_unlocks_with_the_passphrase(demo):
    roles = {}
    for username in demo[0].users:
        session = unlock_database(demo[0].path, username, PASSPHRASE)
        roles[username] = session.user.role
        assert session.user.display_name.strip() and " " in session.user.display_name
        session.close()
    assert roles == {"admin": "admin", "staff": "staff", "volunteer1": "volunteer",
                     "volunteer2": "volunteer"}


def test_progress_reports_japanese_stages_up_to_done(demo):
    _, stages = demo
    fractions = [f for _, f in stages]
    assert fractions == sorted(fractions) and fractions[-1] == pytest.approx(1.0)
    labels = list(dict.fromkeys(label for label, _ in stages))
    assert len(labels) >= 5 and all("しています" in label for label in labels)


def test_names_have_katakana_readings_and_derived_keys(conn):
    rows = conn.execute(select(persons)).mappings().all()
    for p in rows:
        assert kana.is_katakana_reading(p["family_kana"]), p["family_kana"]
        assert kana.is_katakana_reading(p["given_kana"]), p["given_kana"]
        assert p["search_key"] == kana.person_search_key(
            p["family_name"], p["given_name"], p["family_kana"], p["given_kana"],
            other_names=(p["common_name"], p["former_name"], p["romaji"]))
        assert p["sort_key"] == kana.kana_sort_key(p["family_kana"], p["given_kana"])
        assert (p["phone_digits"] or "") == kana.digits(p["phone"])
        assert p["postal_code"] is None or (len(p["postal_code"]) == 7 and p["postal_code"].isdigit())
        assert p["birth_date"] < p["registered_on"] <= TODAY.isoformat()
        assert (p["status"] == "closed") == (p["closed_on"] is not None) == (p["closure_reason"] is not None)
    codes = [p["person_code"] for p in rows]
    assert len(set(codes)) == len(codes) and all(c.startswith("P") and len(c) == 7 for c in codes)
    kinds = {p["kind"] for p in rows}
    assert kinds == {"client", "participant"}


def test_visits_are_plausible(conn):
    clients = conn.execute(select(func.count()).select_from(persons).where(
        persons.c.kind == "client")).scalar()
    count = conn.execute(select(func.count()).select_from(visits)).scalar()
    assert 10 * clients < count < 120 * clients  # one year: from monthly to (a few) daily
    first, last = conn.execute(select(func.min(visits.c.visit_at), func.max(visits.c.visit_at))).one()
    assert "2024-11-27" <= first and last[:10] <= TODAY.isoformat()
    levels = dict(conn.execute(select(visits.c.response_level, func.count()).group_by(
        visits.c.response_level)).all())
    assert levels[0] > 0.8 * count and levels.get(1, 0) > levels.get(2, 0) > 0
    assert conn.execute(select(func.count()).select_from(visits).where(
        visits.c.method == "visit_absent", visits.c.safety_check == "confirmed")).scalar() == 0
    # level 2+ has a contact row; level 3 has an emergency outcome
    without_action = conn.execute(select(func.count()).select_from(visits).where(
        visits.c.response_level >= 2,
        ~select(visit_actions.c.id).where(visit_actions.c.visit_id == visits.c.id).exists())).scalar()
    assert without_action == 0
    outcomes = BUILTIN_CODE_LISTS["emergency_outcome"]
    for (visit_id,) in conn.execute(select(visits.c.id).where(visits.c.response_level == 3)):
        results = conn.execute(select(visit_actions.c.result).where(
            visit_actions.c.visit_id == visit_id)).scalars().all()
        assert any(r in outcomes for r in results)
    flagged = conn.execute(select(func.count()).select_from(visits).where(
        visits.c.response_level >= 1)).scalar()
    assert conn.execute(select(func.count()).select_from(follow_ups)).scalar() == flagged


def test_some_follow_ups_are_open_and_closed_ones_have_an_outcome(conn):
    rows = conn.execute(select(follow_ups)).mappings().all()
    open_ = [r for r in rows if r["status"] == "open"]
    closed = [r for r in rows if r["status"] == "closed"]
    assert open_ and closed
    assert all(r["outcome"] in FollowUpOutcome.values() and r["closed_on"] >= r["opened_on"]
               for r in closed)
    assert all(r["outcome"] is None for r in open_)


def test_every_volunteer_has_assigned_people(conn):
    for username in ("volunteer1", "volunteer2"):
        user_id = conn.execute(select(users.c.id).where(users.c.username == username)).scalar()
        assigned = conn.execute(select(func.count()).select_from(person_assignments).where(
            person_assignments.c.user_id == user_id)).scalar()
        assert 1 <= assigned <= 20
    missing = conn.execute(select(func.count()).select_from(persons).where(
        persons.c.kind == "client",
        ~select(person_assignments.c.id).where(person_assignments.c.person_id == persons.c.id,
                                               person_assignments.c.assignment_role == "primary")
        .exists())).scalar()
    assert missing == 0


def test_some_active_people_are_overdue(conn):
    """The home page's rule: no confirmed visit or 居場所 attendance within the planned interval."""
    overdue = 0
    active = conn.execute(select(persons).where(persons.c.kind == "client",
                                                persons.c.status == "active")).mappings().all()
    for p in active:
        last_visit = conn.execute(select(func.max(visits.c.visit_at)).where(
            visits.c.person_id == p["id"], visits.c.safety_check == "confirmed")).scalar()
        last_attended = conn.execute(
            select(func.max(place_sessions.c.held_on))
            .select_from(attendance.join(place_sessions, place_sessions.c.id == attendance.c.session_id))
            .where(attendance.c.person_id == p["id"], attendance.c.role == "participant")).scalar()
        contacts = [date.fromisoformat(d[:10]) for d in (last_visit, last_attended) if d]
        late = days_overdue(max(contacts) if contacts else None,
                            date.fromisoformat(p["registered_on"]), p["visit_frequency"], TODAY)
        overdue += late > 0
    assert 3 <= overdue <= max(3, len(active) // 5)


def test_attendance_is_unique_and_categorised_by_school_year(conn):
    duplicates = conn.execute(
        select(attendance.c.session_id, attendance.c.person_id).group_by(
            attendance.c.session_id, attendance.c.person_id).having(func.count() > 1)).all()
    assert duplicates == []
    rows = conn.execute(select(attendance.c.category, attendance.c.role, persons.c.birth_date,
                               place_sessions.c.held_on)
                        .select_from(attendance.join(persons).join(place_sessions))).all()
    assert {r.role for r in rows} == {"participant", "volunteer", "staff"}
    for r in rows:
        stage = school_stage(date.fromisoformat(r.birth_date), date.fromisoformat(r.held_on))
        if stage is not None:
            assert r.category == stage
        else:
            assert r.category in ("guardian", "adult", "senior")


def test_consents_use_scope_codes(conn):
    scopes = BUILTIN_CODE_LISTS["consent_scope"]
    for row in conn.execute(select(consents)).mappings():
        listed = json.loads(row["scopes"])
        assert listed and all(code in scopes for code in listed)
        assert row["includes_sensitive"] == ("sensitive_info" in listed)
        assert row["method"] in ("written", "oral")


def test_same_seed_gives_the_same_data_and_another_seed_does_not(demo, conn, tmp_path):
    again = _make(tmp_path / "again.kdesk")
    other = _make(tmp_path / "other.kdesk", seed=SEED + 1)
    assert again.counts == demo[0].counts
    assert other.counts != demo[0].counts
    for result, same in ((again, True), (other, False)):
        session = unlock_database(result.path, "staff", PASSPHRASE)
        with session.engine.connect() as c:
            assert (_names(c) == _names(conn)) is same
        session.close()


def test_refuses_to_overwrite_and_leaves_the_file_as_it_was(tmp_path):
    out = tmp_path / "existing.kdesk"
    out.write_bytes(b"precious bytes \x00\x01" * 100)
    before = out.read_bytes()
    with pytest.raises(DatabaseExists):
        _make(out)
    assert out.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["existing.kdesk"]
    # a keyslot file alone also counts as an existing database
    lone = tmp_path / "lone.kdesk"
    keyslot_path(lone).write_text("{}")
    with pytest.raises(DatabaseExists):
        _make(lone)
    assert not lone.exists() and keyslot_path(lone).read_text() == "{}"
