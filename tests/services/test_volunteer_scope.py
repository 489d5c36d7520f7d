"""Volunteer scope is enforced in services/, whatever the UI shows: every call a
volunteer must not make is refused with NotPermitted (an error, never an empty
result), and nothing is written."""

from __future__ import annotations

import pytest

from kodoku_desk.models.records import Assessment, Referral
from kodoku_desk.models.report_period import Period
from kodoku_desk.services import keys, users
from kodoku_desk.services.access import NotPermitted
from kodoku_desk.services.assessments import assessment_history, record_assessment
from kodoku_desk.services.audit_log import list_entries
from kodoku_desk.services.export import prepare_export
from kodoku_desk.services.people import get_person_detail, open_person
from kodoku_desk.services.referrals import person_referrals, record_referral
from kodoku_desk.services.report_tables import build_tables
from kodoku_desk.services.visits import person_visits
from tests.conftest import FAST_KDF
from tests.services.mimamori_support import TODAY, assign, counts, person, user


@pytest.fixture
def scope(new_db):
    session = new_db[0]
    mine, other = person(session), person(session, "佐藤", "花子", kana=("サトウ", "ハナコ"))
    volunteer = user(session, "vol", "volunteer")
    assign(session, mine, volunteer.user.id)
    return session, volunteer, mine, other


def test_own_person_shows_the_visit_fields_but_no_staff_part(scope):
    _session, volunteer, mine, _other = scope
    detail = get_person_detail(volunteer, mine, today=TODAY)
    assert detail.person.full_name == "山田 太郎" and detail.staff is None


@pytest.mark.parametrize("call", [
    pytest.param(lambda v, mine, other: get_person_detail(v, other, today=TODAY),
                 id="unassigned person page"),
    pytest.param(lambda v, mine, other: open_person(v, other), id="unassigned person"),
    pytest.param(lambda v, mine, other: person_visits(v, other, today=TODAY),
                 id="unassigned person's visits"),
    pytest.param(lambda v, mine, other: assessment_history(v, mine), id="assessments"),
    pytest.param(lambda v, mine, other: record_assessment(v, Assessment(
        person_id=mine, assessed_on=TODAY, ucla_q1=1, ucla_q2=1, ucla_q3=1)),
        id="record an assessment"),
    pytest.param(lambda v, mine, other: person_referrals(v, mine), id="referrals"),
    pytest.param(lambda v, mine, other: record_referral(v, Referral(
        person_id=mine, destination_kind="houkatsu", referred_on=TODAY)),
        id="record a referral"),
    pytest.param(lambda v, mine, other: build_tables(v, Period.month(2026, 10)),
                 id="report tables"),
    pytest.param(lambda v, mine, other: prepare_export(v, Period.month(2026, 10)),
                 id="export"),
    pytest.param(lambda v, mine, other: users.list_users(v), id="list users"),
    pytest.param(lambda v, mine, other: users.add_user(
        v, username="new", display_name="新人", role="staff",
        passphrase="a long passphrase", kdf=FAST_KDF), id="add a user"),
    pytest.param(lambda v, mine, other: users.disable_user(v, "admin"), id="disable a user"),
    pytest.param(lambda v, mine, other: keys.add_user(
        v, username="new2", display_name="新人", role="admin",
        passphrase="a long passphrase", kdf=FAST_KDF), id="add an admin (keys)"),
    pytest.param(lambda v, mine, other: list_entries(v), id="audit log"),
])
def test_refused_with_an_error_and_nothing_written(scope, call):
    session, volunteer, mine, other = scope
    before = counts(session, ("persons", "assessments", "referrals", "users", "export_log"))
    with pytest.raises((NotPermitted, keys.NotAllowed)) as info:
        call(volunteer, mine, other)
    assert getattr(info.value, "message_ja", None) or info.value.code == "not_allowed"
    assert counts(session, ("persons", "assessments", "referrals", "users",
                            "export_log")) == before
