"""The audit log screen's services: filters, paging, labels, the chain check, admins only."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import text

from kodoku_desk.services import audit_log
from kodoku_desk.services.access import NotPermitted
from kodoku_desk.services.audit_log import (
    ACTION_LABELS,
    action_label,
    list_entries,
    verify,
)
from tests.services.mimamori_support import user as signed_in

SOURCE = Path(__file__).resolve().parents[2] / "kodoku_desk"


@pytest.fixture
def admin(new_db):
    return new_db[0]


def _log(session, *entries):
    with session.engine.begin() as conn:
        for action, target in entries:
            session.audit(conn, action, target_kind="person", target_id=target)


def _set_time(session, seq: int, at: datetime) -> None:
    """Move an entry in time, re-chaining the log as an honest writer would have."""
    from kodoku_desk.store import audit

    with session.engine.begin() as conn:
        conn.execute(text("UPDATE audit_log SET at = :at WHERE seq = :seq"),
                     {"at": at.isoformat(timespec="seconds"), "seq": seq})
        prev = audit.GENESIS
        for row in conn.execute(text("SELECT * FROM audit_log ORDER BY seq")).mappings().all():
            digest = audit._digest(prev, audit._chained_fields(row))
            conn.execute(text("UPDATE audit_log SET prev_hash = :p, hash = :h WHERE seq = :s"),
                         {"p": prev, "h": digest, "s": row["seq"]})
            prev = digest


@pytest.mark.parametrize("role", ["staff", "volunteer"])
def test_only_administrators_read_or_check_the_log(admin, role):
    other = signed_in(admin, "someone", role)
    for call in (lambda: list_entries(other), lambda: verify(other),
                 lambda: audit_log.log_usernames(other)):
        with pytest.raises(NotPermitted) as caught:
            call()
        assert "監査ログ" in caught.value.message_ja


def test_newest_first_paged_and_filtered(admin):
    staff = signed_in(admin, "sato", "staff", "佐藤 二郎")
    _log(admin, ("person.create", "p-1"), ("person.open", "p-1"))
    _log(staff, ("visit.create", "v-9"), ("person.open", "p-2"), ("follow_up.open", "f-3"))
    page = list_entries(admin, limit=2)
    assert [e.action for e in page.entries] == ["follow_up.open", "person.open"]
    assert page.total == 6 and page.has_more          # database.create + 5
    rest = list_entries(admin, limit=2, offset=4)
    assert [e.action for e in rest.entries] == ["person.create", "database.create"]
    assert not rest.has_more
    mine = list_entries(admin, username="sato")
    assert [e.display_name for e in mine.entries] == ["佐藤 二郎"] * 3
    people = list_entries(admin, action_prefixes="person")
    assert [e.target_id for e in people.entries] == ["p-2", "p-1", "p-1"]
    group = next(g for g in audit_log.ACTION_GROUPS if g.key == "visit")
    assert [e.action for e in list_entries(admin, action_prefixes=group.prefixes).entries] == [
        "follow_up.open", "visit.create"]
    assert [e.action for e in list_entries(admin, target_id="p-1").entries] == [
        "person.open", "person.create"]
    assert list_entries(admin, action_prefixes="perso").total == 0   # whole words only
    assert audit_log.log_usernames(admin) == ["admin", "sato"]


def test_targets_are_named_by_person_code_or_user_name(admin):
    """The 対象 column shows the 当事者番号 (not an internal id) and a user's name; the
    filter accepts the 当事者番号."""
    from kodoku_desk.models.person import Person
    from kodoku_desk.services.people import open_person, register_person

    person = register_person(admin, Person(family_name="山田", given_name="花子"))
    open_person(admin, person.id)
    staff = signed_in(admin, "sato", "staff", "佐藤 二郎")
    with admin.engine.begin() as conn:
        admin.audit(conn, "user.role", target_kind="user", target_id=staff.user.id)
    entries = list_entries(admin).entries
    names = {(e.action, e.target_name) for e in entries}
    assert ("person.open", person.person_code) in names
    assert ("user.role", "佐藤 二郎") in names
    found = list_entries(admin, target_id=person.person_code.lower()).entries
    assert {e.action for e in found} >= {"person.create", "person.open"}
    assert all(e.target_id == person.id for e in found)


def test_period_filter_uses_local_days(admin):
    _log(admin, ("person.open", "old"), ("person.open", "new"))
    last_week = datetime.now().astimezone() - timedelta(days=7)
    _set_time(admin, 2, last_week.astimezone(timezone.utc))
    day = last_week.date()
    only_then = list_entries(admin, since=day, until=day)
    assert [e.target_id for e in only_then.entries] == ["old"]
    recent = list_entries(admin, since=date.today())
    assert "old" not in [e.target_id for e in recent.entries]
    assert "new" in [e.target_id for e in recent.entries]
    with pytest.raises(Exception, match="before its start"):
        list_entries(admin, since=date.today(), until=day)
    assert verify(admin).ok   # re-chained honestly above


def test_verify_counts_and_finds_an_edited_entry(admin):
    _log(admin, *[("person.open", f"p-{i}") for i in range(5)])
    result = verify(admin)
    assert result.ok and result.checked == 6
    assert list_entries(admin, limit=1).entries[0].action == "audit.verify"
    with admin.engine.begin() as conn:
        conn.execute(text("UPDATE audit_log SET target_id = 'p-x' WHERE seq = 4"))
    broken = verify(admin)
    assert (broken.ok, broken.broken_seq, broken.reason, broken.checked) == (False, 4, "edited", 4)
    assert broken.broken_id and broken.broken_at.tzinfo is not None


def test_verify_finds_a_deleted_entry(admin):
    _log(admin, *[("person.open", f"p-{i}") for i in range(5)])
    with admin.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_log WHERE seq = 3"))
    broken = verify(admin)
    assert (broken.broken_seq, broken.reason) == (4, "link")
    shown = list_entries(admin, before_seq=5)
    assert [e.seq for e in shown.entries] == [5, 4, 2, 1]


def test_every_action_written_by_the_app_has_a_label():
    """A new audited action needs a label for the 監査ログ screen (services/audit_log.py)."""
    found: set[str] = set()
    for path in SOURCE.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        found.update(re.findall(r"\.audit\(\s*conn,\s*\"([a-z_.]+)\"", source))
        found.update(re.findall(r"append\(\s*conn,\s*action=\"([a-z_.]+)\"", source))
        found.update(re.findall(r"\"((?:person|follow_up|unlock)\.[a-z_]+)\"\s*[,)]", source))
    found -= {"follow_up.assignee_id"}   # a field name, not an action
    assert {"person.update", "follow_up.set_due", "user.add"} <= found
    assert sorted(found - set(ACTION_LABELS)) == []
    assert action_label("visit.create") == "見守りを記録"
    assert action_label("visit.create", "en") == "Logged a visit"
    assert action_label("something.new") == "something.new"
