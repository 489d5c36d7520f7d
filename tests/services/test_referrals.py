"""つなぎ and the organisation directory: staff only, outcome codes from the code list,
bad input writes nothing."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from kodoku_desk.models.errors import ValidationError
from kodoku_desk.models.records import Organization, Referral
from kodoku_desk.services.access import NotFound, NotPermitted
from kodoku_desk.services.referrals import (add_organization, list_organizations,
                                            person_referrals, record_referral,
                                            update_organization, update_referral_outcome)
from tests.services.mimamori_support import TODAY, assign, counts, person, user

HOUKATSU = Organization(name="地域包括支援センター 中央", kind="houkatsu", phone="03-5555-0101",
                        council_member=True, council_name="多摩川市孤独・孤立対策地域協議会")


def test_directory_add_list_filter_and_retire(new_db):
    session, _ = new_db
    houkatsu = add_organization(session, HOUKATSU)
    clinic = add_organization(session, Organization(name="ひまわり内科クリニック", kind="medical"))
    assert houkatsu.id and houkatsu.phone == "03-5555-0101"
    assert [o.id for o in list_organizations(session)] == [houkatsu.id, clinic.id]
    assert list_organizations(session, kind="medical") == [clinic]
    update_organization(session, Organization(**{**{f: getattr(clinic, f)
                                                     for f in Organization.__dataclass_fields__},
                                                  "active": False}))
    assert list_organizations(session) == [houkatsu]
    assert [o.name for o in list_organizations(session, active_only=False)] == [
        "地域包括支援センター 中央", "ひまわり内科クリニック"]


@pytest.mark.parametrize("org, field", [
    (Organization(name="", kind="houkatsu"), "name"),
    (Organization(name="どこか", kind="spaceship"), "kind"),
    (Organization(name="どこか", kind="npo", council_member=True), "council_name"),
])
def test_invalid_organisation_writes_nothing(new_db, org, field):
    session, _ = new_db
    before = counts(session)
    with pytest.raises(ValidationError) as info:
        add_organization(session, org)
    assert field in info.value.fields
    assert counts(session) == before


def test_referral_kind_from_organisation_and_outcome_update(new_db):
    session, _ = new_db
    pid = person(session)
    org = add_organization(session, HOUKATSU)
    referral = record_referral(session, Referral(
        person_id=pid, organization_id=org.id, referred_on=date(2026, 11, 1),
        reason="介護保険の申請について相談"), today=TODAY)
    assert (referral.destination_kind, referral.outcome, referral.outcome_on) == (
        "houkatsu", "in_progress", None)
    done = update_referral_outcome(session, referral.id, "connected", today=TODAY)
    assert (done.outcome, done.outcome_on) == ("connected", TODAY)
    [(stored, name)] = person_referrals(session, pid)
    assert stored == done and name == "地域包括支援センター 中央"
    without_org = record_referral(session, Referral(
        person_id=pid, destination_kind="consultation", referred_on=TODAY,
        outcome="not_connected", outcome_on=TODAY), today=TODAY)
    assert person_referrals(session, pid)[0].referral.id == without_org.id


@pytest.mark.parametrize("changes, field", [
    (dict(destination_kind=""), "destination_kind"),
    (dict(referred_on=TODAY + timedelta(days=1)), "referred_on"),
    (dict(outcome="maybe"), "outcome"),
    (dict(outcome="connected"), "outcome_on"),
    (dict(organization_id="no-such-org"), "organization_id"),
    (dict(person_id="nobody"), "person_id"),
])
def test_invalid_referral_writes_nothing(new_db, changes, field):
    session, _ = new_db
    pid = person(session)
    values = dict(person_id=pid, destination_kind="houkatsu", referred_on=TODAY)
    before = counts(session)
    with pytest.raises(ValidationError) as info:
        record_referral(session, Referral(**{**values, **changes}), today=TODAY)
    assert field in info.value.fields
    assert counts(session) == before


def test_outcome_update_is_validated(new_db):
    session, _ = new_db
    pid = person(session)
    referral = record_referral(session, Referral(person_id=pid, destination_kind="houkatsu",
                                                 referred_on=TODAY), today=TODAY)
    with pytest.raises(ValidationError) as info:
        update_referral_outcome(session, referral.id, "somewhere", today=TODAY)
    assert info.value.fields == ("outcome",)
    with pytest.raises(ValidationError) as info:
        update_referral_outcome(session, referral.id, "connected",
                                outcome_on=TODAY - timedelta(days=3), today=TODAY)
    assert info.value.fields == ("outcome_on",)
    with pytest.raises(NotFound):
        update_referral_outcome(session, "no-such-id", "connected", today=TODAY)
    assert person_referrals(session, pid)[0].referral.outcome == "in_progress"


def test_volunteers_have_no_access(new_db):
    session, _ = new_db
    pid = person(session)
    org = add_organization(session, HOUKATSU)
    referral = record_referral(session, Referral(person_id=pid, destination_kind="houkatsu",
                                                 referred_on=TODAY), today=TODAY)
    volunteer = user(session, "vol", "volunteer")
    assign(session, pid, volunteer.user.id)
    before = counts(session)
    calls = [lambda: add_organization(volunteer, HOUKATSU),
             lambda: update_organization(volunteer, org),
             lambda: list_organizations(volunteer),
             lambda: record_referral(volunteer, Referral(person_id=pid, destination_kind="npo",
                                                         referred_on=TODAY), today=TODAY),
             lambda: update_referral_outcome(volunteer, referral.id, "connected", today=TODAY),
             lambda: person_referrals(volunteer, pid)]
    for call in calls:
        with pytest.raises(NotPermitted):
            call()
    assert counts(session) == before
