"""フォローアップ: the open list (order, filters, volunteer scope), closing with an outcome,
reassigning and moving the due date; refusals change nothing."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import text

from kodoku_desk.models.errors import ValidationError
from kodoku_desk.models.visit import Visit, Visitor
from kodoku_desk.services.access import NotFound, NotPermitted
from kodoku_desk.services.followups import (close_follow_up, open_follow_ups, person_follow_ups,
                                            reassign, set_due, set_urgency)
from kodoku_desk.services.visits import FollowUpRequest, record_visit
from tests.services.mimamori_support import TODAY, assign, counts, person, user

NOW = datetime(2026, 11, 27, 10, 0)


def _open(session, pid, *, due: date | None = None, urgency: str | None = None,
          assignee: str | None = None) -> str:
    visit = Visit(person_id=pid, visit_at=NOW, visitors=(Visitor(user_id=session.user.id),),
                  method="phone", safety_check="confirmed")
    saved = record_visit(session, visit, now=NOW, follow_up=FollowUpRequest(
        due_on=due, urgency=urgency, assignee_id=assignee))
    return saved.follow_up.id


def _row(session, follow_up_id):
    with session.engine.connect() as conn:
        return dict(conn.execute(text("SELECT * FROM follow_ups WHERE id = :i"),
                                 {"i": follow_up_id}).mappings().one())


@pytest.fixture
def people(new_db):
    session, _ = new_db
    return session, person(session, "山田", "太郎"), person(session, "佐藤", "花子")


def test_open_list_is_sorted_by_urgency_then_due_date_with_names(people):
    session, yamada, sato = people
    a = _open(session, yamada, urgency="normal", due=TODAY + timedelta(days=1))
    b = _open(session, sato, urgency="high", due=TODAY + timedelta(days=5))
    c = _open(session, sato, urgency="normal", due=TODAY)
    d = _open(session, yamada, urgency="low", due=TODAY)
    e = _open(session, yamada, urgency="high", due=TODAY + timedelta(days=2))
    rows = open_follow_ups(session)
    assert [r.follow_up.id for r in rows] == [e, b, c, a, d]
    assert rows[0].person_name == "山田 太郎" and rows[1].person_name == "佐藤 花子"
    assert rows[0].person_code.startswith("P") and rows[0].assignee_name == "管理 花子"
    assert [r.follow_up.id for r in open_follow_ups(session, urgency="high")] == [e, b]


def test_filter_by_assignee_and_overdue_days(people):
    session, yamada, sato = people
    staff = user(session, "tanaka", "staff", "田中 一郎")
    mine = _open(session, yamada, assignee=staff.user.id, due=TODAY)
    _open(session, sato)
    rows = open_follow_ups(session, assignee_id=staff.user.id)
    assert [r.follow_up.id for r in rows] == [mine]
    assert rows[0].assignee_name == "田中 一郎"
    assert rows[0].days_overdue(TODAY) == 0 and rows[0].days_overdue(TODAY + timedelta(days=4)) == 4


def test_closing_needs_an_outcome_and_then_leaves_the_list(people):
    session, yamada, _ = people
    fid = _open(session, yamada)
    before = (_row(session, fid), counts(session))
    for outcome in (None, "", "   ", "solved-by-magic"):
        with pytest.raises(ValidationError) as info:
            close_follow_up(session, fid, outcome, "電話で確認", today=TODAY)
        assert info.value.fields == ("outcome",)
        assert info.value.errors[0].message_ja
    assert (_row(session, fid), counts(session)) == before
    closed = close_follow_up(session, fid, "resolved", "電話で元気を確認", today=TODAY)
    assert (closed.status, closed.outcome, closed.closed_on, closed.closed_by) == (
        "closed", "resolved", TODAY, session.user.id)
    assert _row(session, fid)["outcome_note"] == "電話で元気を確認"
    assert open_follow_ups(session) == []
    assert [f.status for f in person_follow_ups(session, yamada)] == ["closed"]
    with session.engine.connect() as conn:
        assert conn.execute(text("SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1")
                            ).scalar() == "follow_up.close"
    with pytest.raises(ValidationError):  # already closed
        close_follow_up(session, fid, "resolved", None, today=TODAY)


def test_reassign_set_due_and_urgency(people):
    session, yamada, _ = people
    staff = user(session, "tanaka", "staff")
    fid = _open(session, yamada)
    assert reassign(session, fid, staff.user.id, today=TODAY).assignee_id == staff.user.id
    assert set_due(session, fid, TODAY + timedelta(days=10), today=TODAY).due_on == \
        TODAY + timedelta(days=10)
    assert set_urgency(session, fid, "high", today=TODAY).urgency == "high"
    row = _row(session, fid)
    assert (row["assignee_id"], row["due_on"], row["urgency"]) == (
        staff.user.id, (TODAY + timedelta(days=10)).isoformat(), "high")
    before = (row, counts(session))
    with pytest.raises(ValidationError) as info:
        set_due(session, fid, TODAY - timedelta(days=1), today=TODAY)  # before it was opened
    assert info.value.fields == ("due_on",)
    with pytest.raises(ValidationError):
        reassign(session, fid, "no-such-user", today=TODAY)
    with pytest.raises(ValidationError):
        set_urgency(session, fid, "asap", today=TODAY)
    with pytest.raises(NotFound):
        close_follow_up(session, "no-such-id", "resolved", None, today=TODAY)
    assert (_row(session, fid), counts(session)) == before


def test_volunteers_see_and_change_only_their_peoples_follow_ups(people):
    session, yamada, sato = people
    volunteer = user(session, "vol", "volunteer")
    assign(session, yamada, volunteer.user.id)
    mine = _open(session, yamada)
    theirs = _open(session, sato)
    assert [r.follow_up.id for r in open_follow_ups(volunteer, today=TODAY)] == [mine]
    before = (_row(session, theirs), counts(session))
    with pytest.raises(NotPermitted):
        close_follow_up(volunteer, theirs, "resolved", None, today=TODAY)
    with pytest.raises(NotPermitted):
        set_due(volunteer, theirs, TODAY, today=TODAY)
    with pytest.raises(NotPermitted):
        person_follow_ups(volunteer, sato, today=TODAY)
    assert (_row(session, theirs), counts(session)) == before
    assert close_follow_up(volunteer, mine, "watching", None, today=TODAY).status == "closed"
