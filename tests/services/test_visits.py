"""見守り quick entry: defaults, one-transaction save with its follow-up, validation that
writes nothing, volunteer limits, and index-only reads."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import text

from kodoku_desk.models.errors import ValidationError
from kodoku_desk.models.visit import Visit, VisitAction, Visitor
from kodoku_desk.services.access import NotPermitted
from kodoku_desk.services.visits import (FollowUpRequest, get_visit, person_visits,
                                         quick_visit_defaults, record_visit)
from kodoku_desk.store.codes_repo import add_custom
from tests.services.mimamori_support import (TODAY, assign, counts, full_scans, person,
                                             recorded_sql, user)

NOW = datetime(2026, 11, 27, 14, 35, 42)


def _visit(session, pid, /, **changes) -> Visit:
    base = quick_visit_defaults(session, pid, NOW)
    return Visit(**{**{f: getattr(base, f) for f in Visit.__dataclass_fields__}, **changes})


def _action(**changes) -> VisitAction:
    values = {"contact_type": "houkatsu", "acted_at": NOW - timedelta(minutes=5),
              "content": "地域包括支援センターに電話で相談"}
    return VisitAction(**{**values, **changes})


def _audit_actions(session) -> list[str]:
    with session.engine.connect() as conn:
        return [r[0] for r in conn.execute(text("SELECT action FROM audit_log ORDER BY seq"))]


# ---------------------------------------------------------------- defaults

@pytest.mark.parametrize("frequency, days", [
    ("daily", 1), ("weekly", 7), ("twice_monthly", 15), ("monthly", 30),
    ("as_needed", None), (None, None)])
def test_defaults_today_me_visit_met_and_next_due_from_frequency(new_db, frequency, days):
    session, _ = new_db
    pid = person(session, frequency=frequency)
    visit = quick_visit_defaults(session, pid, NOW)
    assert visit.person_id == pid
    assert visit.visit_at == datetime(2026, 11, 27, 14, 35)  # to the minute
    assert visit.visitors == (Visitor(user_id=session.user.id, visitor_kind="staff"),)
    assert (visit.method, visit.safety_check, visit.response_level) == ("visit_met", "confirmed", 0)
    assert visit.next_due == (None if days is None else TODAY + timedelta(days=days))


def test_defaults_for_a_volunteer_name_them_as_volunteer_visitor(new_db):
    session, _ = new_db
    pid = person(session)
    volunteer = user(session, "vol", "volunteer")
    assign(session, pid, volunteer.user.id)
    visit = quick_visit_defaults(volunteer, pid, NOW)
    assert visit.visitors == (Visitor(user_id=volunteer.user.id, visitor_kind="volunteer"),)


# ---------------------------------------------------------------- saving

def test_saved_visit_round_trips_with_children_and_audit(new_db):
    session, _ = new_db
    pid = person(session)
    visit = _visit(session, pid, signs=("mail_piling_up", "looks_unwell"), condition="concern",
                   condition_note="少し元気がない", response_level=2, actions=(_action(),),
                   visitors=(Visitor(user_id=session.user.id),
                             Visitor(visitor_name="民生 一郎", visitor_kind="minsei")))
    saved = record_visit(session, visit, now=NOW)
    assert saved.visit.id and saved.visit.actions[0].id and saved.visit.actions[0].visit_id
    stored = get_visit(session, saved.visit.id)
    assert stored == saved.visit
    assert stored.signs == ("looks_unwell", "mail_piling_up")  # code order
    assert [v.visitor_kind for v in stored.visitors] == ["staff", "minsei"]  # order entered
    assert stored.next_due == TODAY + timedelta(days=7)
    assert person_visits(session, pid) == [stored]
    assert _audit_actions(session)[-2:] == ["visit.create", "follow_up.open"]


def test_level_zero_opens_no_follow_up(new_db):
    session, _ = new_db
    pid = person(session)
    saved = record_visit(session, _visit(session, pid), now=NOW)
    assert saved.follow_up is None
    assert counts(session)["follow_ups"] == 0
    assert _audit_actions(session)[-1] == "visit.create"


@pytest.mark.parametrize("level, due_days, urgency", [(1, 3, "normal"), (2, 1, "high"),
                                                      (3, 0, "high")])
def test_level_one_or_more_opens_a_follow_up_with_defaults(new_db, level, due_days, urgency):
    session, _ = new_db
    pid = person(session)
    staff = user(session, "tanaka", "staff", "田中 一郎")
    assign(session, pid, staff.user.id, "primary")
    actions = () if level < 2 else (_action(result="safety_confirmed" if level == 3 else None),)
    saved = record_visit(session, _visit(session, pid, response_level=level, actions=actions),
                         now=NOW)
    fu = saved.follow_up
    assert fu is not None and fu.is_open
    assert (fu.person_id, fu.visit_id, fu.opened_on) == (pid, saved.visit.id, TODAY)
    assert fu.due_on == TODAY + timedelta(days=due_days)
    assert fu.urgency == urgency
    assert fu.assignee_id == staff.user.id  # the person's primary worker
    assert f"対応区分{level}" in fu.reason
    assert counts(session)["follow_ups"] == 1


def test_follow_up_requested_opens_one_at_level_zero_assigned_to_me(new_db):
    session, _ = new_db
    pid = person(session)
    saved = record_visit(session, _visit(session, pid, follow_up_requested=True), now=NOW)
    fu = saved.follow_up
    assert (fu.urgency, fu.due_on, fu.assignee_id) == ("normal", TODAY + timedelta(days=3),
                                                        session.user.id)
    assert "要フォロー" in fu.reason


def test_follow_up_request_overrides_defaults_and_ticks_follow_up(new_db):
    session, _ = new_db
    pid = person(session)
    staff = user(session, "tanaka", "staff")
    request = FollowUpRequest(due_on=date(2026, 12, 10), urgency="low",
                              assignee_id=staff.user.id, reason="来週もう一度電話")
    saved = record_visit(session, _visit(session, pid), now=NOW, follow_up=request)
    assert saved.visit.follow_up_requested
    fu = saved.follow_up
    assert (fu.due_on, fu.urgency, fu.assignee_id, fu.reason) == (
        date(2026, 12, 10), "low", staff.user.id, "来週もう一度電話")


def test_organisation_codes_are_accepted(new_db):
    session, _ = new_db
    pid = person(session)
    with session.engine.begin() as conn:
        add_custom(conn, "visit_method", "line_call", "LINE通話", "LINE call", session.user.id)
    saved = record_visit(session, _visit(session, pid, method="line_call"), now=NOW)
    assert get_visit(session, saved.visit.id).method == "line_call"


# ---------------------------------------------------------------- validation writes nothing

def _cases():
    return [
        ("future", dict(visit_at=NOW + timedelta(hours=1)), None, "visit_at"),
        ("level2 no action", dict(response_level=2), None, "actions"),
        ("level3 no outcome", dict(response_level=3, actions=(_action(),)), None, "actions"),
        ("unknown method", dict(method="teleport"), None, "method"),
        ("absent but confirmed", dict(method="visit_absent"), None, "safety_check"),
        ("no person", dict(person_id=None), None, "person_id"),
        ("next due before visit", dict(next_due=TODAY - timedelta(days=1)), None, "next_due"),
        ("unknown visitor", dict(visitors=(Visitor(user_id="no-such-user"),)), None, "visitors"),
        ("follow-up due in the past", dict(response_level=1),
         FollowUpRequest(due_on=TODAY - timedelta(days=2)), "follow_up.due_on"),
        ("bad urgency", dict(follow_up_requested=True), FollowUpRequest(urgency="asap"),
         "follow_up.urgency"),
    ]


@pytest.mark.parametrize("name, changes, request_, field", _cases(), ids=[c[0] for c in _cases()])
def test_invalid_visit_is_refused_and_nothing_is_written(new_db, name, changes, request_, field):
    session, _ = new_db
    pid = person(session)
    before = counts(session)
    with pytest.raises(ValidationError) as info:
        record_visit(session, _visit(session, pid, **changes), now=NOW, follow_up=request_)
    assert field in info.value.fields
    assert all(e.message_ja and e.message_en for e in info.value.errors)
    assert counts(session) == before


def test_unknown_person_is_a_validation_error(new_db):
    session, _ = new_db
    pid = person(session)
    before = counts(session)
    with pytest.raises(ValidationError) as info:
        record_visit(session, _visit(session, pid, person_id="nobody"), now=NOW)
    assert info.value.fields == ("person_id",)
    assert counts(session) == before


# ---------------------------------------------------------------- volunteers

def test_volunteer_records_for_assigned_people_only(new_db):
    session, _ = new_db
    mine, other, former = person(session), person(session, "佐藤"), person(session, "鈴木")
    volunteer = user(session, "vol", "volunteer")
    assign(session, mine, volunteer.user.id)
    assign(session, former, volunteer.user.id, end_on=TODAY - timedelta(days=1))
    saved = record_visit(volunteer, quick_visit_defaults(volunteer, mine, NOW), now=NOW)
    assert saved.visit.visitors[0].visitor_kind == "volunteer"
    before = counts(session)
    for pid in (other, former):
        visit = _visit(session, pid, visitors=(Visitor(user_id=volunteer.user.id,
                                                       visitor_kind="volunteer"),))
        with pytest.raises(NotPermitted) as info:
            record_visit(volunteer, visit, now=NOW)
        assert info.value.code == "not_permitted"
        assert "担当" in info.value.message_ja and "assigned" in str(info.value)
        with pytest.raises(NotPermitted):
            quick_visit_defaults(volunteer, pid, NOW)
        with pytest.raises(NotPermitted):
            person_visits(volunteer, pid, today=TODAY)
    assert counts(session) == before


# ---------------------------------------------------------------- speed: indexes only

def test_saving_a_visit_reads_through_indexes_only(new_db):
    session, _ = new_db
    pid = person(session)
    volunteer = user(session, "vol", "volunteer")
    assign(session, pid, volunteer.user.id)
    assign(session, pid, session.user.id, "primary")
    visit = _visit(volunteer, pid, response_level=2, actions=(_action(),),
                   signs=("mail_piling_up",))
    with recorded_sql(session) as statements:
        record_visit(volunteer, visit, now=NOW)
    assert len(statements) < 25
    assert full_scans(session, statements) == [], statements
