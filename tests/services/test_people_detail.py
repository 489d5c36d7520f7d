"""The person record: edit, close / reopen, staff-only part, consents, assignments, family
links, and what a volunteer may see; bad input is refused and writes nothing."""

from __future__ import annotations

import dataclasses
import json
from datetime import date, timedelta

import pytest
from sqlalchemy import text

from kodoku_desk.models.errors import ValidationError
from kodoku_desk.models.person import Address, Consent, Person, PersonStaffPart
from kodoku_desk.services.access import NotFound, NotPermitted
from kodoku_desk.services.people import (add_consent, assign_worker, change_status, close_person,
                                         end_assignment, get_person_detail, link_family,
                                         open_person, register_person, reopen_person,
                                         update_person, update_staff_part, withdraw_consent)
from kodoku_desk.services.session import CurrentUser
from kodoku_desk.store import users_repo

TODAY = date(2026, 11, 27)
TABLES = ("persons", "person_categories", "person_staff", "consents", "person_assignments",
          "person_links", "audit_log")


def as_user(session, username: str, role: str, display_name: str | None = None):
    with session.engine.begin() as conn:
        user_id = users_repo.add(conn, username=username, display_name=display_name or username,
                                 role=role, created_by=session.user.id)
    return dataclasses.replace(session, user=CurrentUser(user_id, username,
                                                         display_name or username, role))


def snapshot(session) -> dict:
    """Row counts of the person tables and every person's updated_at."""
    with session.engine.connect() as conn:
        counts = {t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar() for t in TABLES}
        stamps = dict(conn.execute(text("SELECT id, updated_at FROM persons")).all())
        categories = sorted(conn.execute(text(
            "SELECT person_id, category_code FROM person_categories")).all())
    return {"counts": counts, "stamps": stamps, "categories": categories}


def audit_actions(session) -> list[tuple[str, dict | None]]:
    with session.engine.connect() as conn:
        rows = conn.execute(text("SELECT action, detail FROM audit_log ORDER BY seq")).all()
    return [(a, json.loads(d) if d else None) for a, d in rows]


@pytest.fixture
def setup(new_db):
    session, _ = new_db
    person = register_person(session, Person(
        family_name="山田", given_name="太郎", family_kana="ヤマダ", given_kana="タロウ",
        birth_date=date(1940, 3, 15), phone="03-5555-0199", visit_frequency="weekly",
        household_type="alone", registered_on=date(2026, 1, 1),
        support_categories=("elderly_alone", "loneliness")), today=TODAY)
    return session, person


# ---------------------------------------------------------------- update
def test_update_saves_normalised_fields_and_categories(setup):
    session, person = setup
    edited = dataclasses.replace(
        person, given_name=" 太朗 ", given_kana="たろう", phone="０９０－１１１１－２２２２",
        address=Address(postal_code="１２３４５６７", prefecture="東京都"),
        support_categories=("loneliness", "caregiving"))
    saved = update_person(session, edited, today=TODAY)
    assert (saved.given_name, saved.given_kana, saved.phone) == ("太朗", "タロウ", "090-1111-2222")
    assert saved.address.postal_code == "1234567"
    assert set(saved.support_categories) == {"caregiving", "loneliness"}
    assert saved.person_code == person.person_code and saved.id == person.id
    assert open_person(session, person.id) == saved
    action, detail = audit_actions(session)[-2]
    assert action == "person.update"
    assert set(detail["fields"]) == {"given_name", "phone", "address", "support_categories"}


def test_a_blank_code_keeps_the_stored_one_and_no_change_writes_nothing(setup):
    session, person = setup
    before = snapshot(session)
    same = update_person(session, dataclasses.replace(person, person_code=""), today=TODAY)
    assert same == person
    assert snapshot(session) == before


def test_the_search_key_follows_the_new_name(setup):
    from kodoku_desk.services.people_list import search_people

    session, person = setup
    update_person(session, dataclasses.replace(person, family_name="佐藤", family_kana="サトウ"),
                  today=TODAY)
    assert [r.id for r in search_people(session, "さとう", today=TODAY)] == [person.id]
    assert search_people(session, "やまだ", today=TODAY) == []


@pytest.mark.parametrize("change, field", [
    ({"family_name": "  "}, "family_name"),
    ({"family_kana": "Yamada"}, "family_kana"),
    ({"birth_date": date(1899, 12, 31)}, "birth_date"),
    ({"birth_date": TODAY + timedelta(days=1)}, "birth_date"),
    ({"phone": "12345"}, "phone"),
    ({"visit_frequency": "yearly"}, "visit_frequency"),
    ({"support_categories": ("loneliness", "no_such_code")}, "support_categories"),
    ({"status": "closed"}, "closure_reason"),
    ({"closed_on": date(2026, 5, 1)}, "closed_on"),
])
def test_bad_input_is_refused_with_a_message_and_writes_nothing(setup, change, field):
    session, person = setup
    before = snapshot(session)
    with pytest.raises(ValidationError) as info:
        update_person(session, dataclasses.replace(person, **change), today=TODAY)
    assert field in info.value.fields
    assert all(e.message_ja for e in info.value.for_field(field))
    assert snapshot(session) == before


def test_a_code_used_by_someone_else_is_refused(setup):
    session, person = setup
    other = register_person(session, Person(family_name="佐藤"), today=TODAY)
    before = snapshot(session)
    with pytest.raises(ValidationError) as info:
        update_person(session, dataclasses.replace(person, person_code=other.person_code),
                      today=TODAY)
    assert info.value.fields == ("person_code",)
    assert snapshot(session) == before


def test_unknown_person_is_not_found(setup):
    session, person = setup
    with pytest.raises(NotFound):
        update_person(session, dataclasses.replace(person, id="no-such-id"), today=TODAY)
    with pytest.raises(NotFound):
        update_person(session, dataclasses.replace(person, id=None), today=TODAY)
    assert get_person_detail(session, "no-such-id", today=TODAY) is None


# ---------------------------------------------------------------- status
def test_close_needs_a_reason_and_reopen_clears_it(setup):
    session, person = setup
    before = snapshot(session)
    with pytest.raises(ValidationError) as info:
        close_person(session, person.id, closure_reason="", today=TODAY)
    assert info.value.fields == ("closure_reason",)
    with pytest.raises(ValidationError) as info:
        close_person(session, person.id, closure_reason="moved",
                     closed_on=TODAY + timedelta(days=1), today=TODAY)
    assert "closed_on" in info.value.fields
    assert snapshot(session) == before

    closed = close_person(session, person.id, closure_reason="moved", today=TODAY)
    assert (closed.status, closed.closed_on, closed.closure_reason) == ("closed", TODAY, "moved")
    assert audit_actions(session)[-1] == ("person.status", {
        "from": "active", "to": "closed", "fields": ["status", "closed_on", "closure_reason"]})
    reopened = reopen_person(session, person.id, today=TODAY)
    assert (reopened.status, reopened.closed_on, reopened.closure_reason) == ("active", None, None)
    assert change_status(session, person.id, "paused", today=TODAY).status == "paused"
    with pytest.raises(ValidationError):
        change_status(session, person.id, "sleeping", today=TODAY)


# ---------------------------------------------------------------- volunteers
@pytest.fixture
def volunteer(setup):
    session, person = setup
    vol = as_user(session, "vol", "volunteer", "ボランティア 一")
    return session, person, vol


def test_a_volunteer_cannot_change_a_person_record(volunteer):
    session, person, vol = volunteer
    assign_worker(session, person.id, vol.user.id, "volunteer", today=TODAY)
    before = snapshot(session)
    attempts = [
        lambda: update_person(vol, dataclasses.replace(person, given_name="次郎"), today=TODAY),
        lambda: close_person(vol, person.id, closure_reason="moved", today=TODAY),
        lambda: update_staff_part(vol, PersonStaffPart(person_id=person.id, care_level="要介護1")),
        lambda: add_consent(vol, person.id, Consent(consented_on=TODAY, method="oral",
                                                    scopes=("records",)), today=TODAY),
        lambda: assign_worker(vol, person.id, vol.user.id, "primary", today=TODAY),
        lambda: link_family(vol, person.id, person.id, "本人"),
    ]
    for attempt in attempts:
        with pytest.raises(NotPermitted) as info:
            attempt()
        assert info.value.message_ja
    assert snapshot(session) == before


def test_the_staff_only_part_is_hidden_from_volunteers(volunteer):
    session, person, vol = volunteer
    update_staff_part(session, PersonStaffPart(person_id=person.id, care_level="要介護1",
                                               medical_history="高血圧"), today=TODAY)
    assign_worker(session, person.id, vol.user.id, "volunteer", today=TODAY)
    staff_view = get_person_detail(session, person.id, today=TODAY)
    assert staff_view.staff.care_level == "要介護1"
    assert staff_view.staff.medical_history == "高血圧"
    vol_view = get_person_detail(vol, person.id, today=TODAY)
    assert vol_view.staff is None
    assert vol_view.person == staff_view.person


def test_a_volunteer_opens_only_assigned_people(volunteer):
    session, person, vol = volunteer
    with pytest.raises(NotPermitted):
        get_person_detail(vol, person.id, today=TODAY)
    assignment = assign_worker(session, person.id, vol.user.id, "volunteer", today=TODAY)
    assert get_person_detail(vol, person.id, today=TODAY).person.id == person.id
    end_assignment(session, assignment.id, today=TODAY)
    with pytest.raises(NotPermitted):
        get_person_detail(vol, person.id, today=TODAY)


# ---------------------------------------------------------------- staff part
def test_staff_part_round_trip_and_empty_default(setup):
    session, person = setup
    assert get_person_detail(session, person.id, today=TODAY).staff == PersonStaffPart(
        person_id=person.id)
    saved = update_staff_part(session, PersonStaffPart(person_id=person.id, care_level=" 要支援2 ",
                                                       staff_note="家族と疎遠"), today=TODAY)
    assert (saved.care_level, saved.staff_note) == ("要支援2", "家族と疎遠")
    again = update_staff_part(session, dataclasses.replace(saved, care_level="要介護1"),
                              today=TODAY)
    assert again.care_level == "要介護1" and again.staff_note == "家族と疎遠"
    assert [a for a, _ in audit_actions(session)].count("person.staff_update") == 2
    before = snapshot(session)
    with pytest.raises(ValidationError):
        update_staff_part(session, PersonStaffPart(person_id=person.id, care_level="x" * 40))
    assert snapshot(session) == before


# ---------------------------------------------------------------- consents
def test_consents_are_validated_stored_newest_first_and_withdrawn(setup):
    session, person = setup
    before = snapshot(session)
    for bad, field in [(Consent(consented_on=TODAY, method="oral"), "scopes"),
                       (Consent(consented_on=TODAY + timedelta(days=1), method="written",
                                scopes=("records",)), "consented_on"),
                       (Consent(consented_on=TODAY, method="email", scopes=("records",)),
                        "method")]:
        with pytest.raises(ValidationError) as info:
            add_consent(session, person.id, bad, today=TODAY)
        assert field in info.value.fields
    assert snapshot(session) == before

    first = add_consent(session, person.id, Consent(
        consented_on=date(2026, 1, 1), method="written", scopes=("records", "statistics"),
        recipients=("地域包括支援センター",)), today=TODAY)
    second = add_consent(session, person.id, Consent(
        consented_on=date(2026, 10, 1), method="oral", scopes=("records",),
        includes_sensitive=True), today=TODAY)
    assert first.obtained_by == session.user.id
    assert first.recipients == ("地域包括支援センター",)
    assert second.includes_sensitive and "sensitive_info" in second.scopes  # made to agree
    detail = get_person_detail(session, person.id, today=TODAY)
    assert [c.id for c in detail.consents] == [second.id, first.id]
    assert detail.consent_in_force("sensitive_info", TODAY) == second

    with pytest.raises(ValidationError):
        withdraw_consent(session, second.id, withdrawn_on=date(2026, 9, 1), today=TODAY)
    withdrawn = withdraw_consent(session, second.id, today=TODAY)
    assert withdrawn.withdrawn_on == TODAY
    assert not withdrawn.active_on(TODAY)
    with pytest.raises(ValidationError):
        withdraw_consent(session, second.id, today=TODAY)
    with pytest.raises(ValidationError) as info:
        add_consent(session, "no-such-person", Consent(consented_on=TODAY, method="oral",
                                                       scopes=("records",)), today=TODAY)
    assert info.value.fields == ("person_id",)


# ---------------------------------------------------------------- assignments
def test_assignments_with_names_current_first(setup):
    session, person = setup
    staff = as_user(session, "suzuki", "staff", "鈴木 職員")
    vol = as_user(session, "vol", "volunteer", "ボランティア 一")
    old = assign_worker(session, person.id, staff.user.id, "backup",
                        start_on=date(2026, 1, 1), today=TODAY)
    end_assignment(session, old.id, end_on=date(2026, 6, 1), today=TODAY)
    assign_worker(session, person.id, vol.user.id, "volunteer", today=TODAY)
    primary = assign_worker(session, person.id, staff.user.id, "primary", today=TODAY)
    assert (primary.worker_name, primary.start_on, primary.end_on) == ("鈴木 職員", TODAY, None)
    detail = get_person_detail(session, person.id, today=TODAY)
    assert [(a.worker_name, a.role, a.end_on) for a in detail.assignments] == [
        ("鈴木 職員", "primary", None), ("ボランティア 一", "volunteer", None),
        ("鈴木 職員", "backup", date(2026, 6, 1))]
    assert [a.role for a in detail.current_assignments(TODAY)] == ["primary", "volunteer"]
    assert ("person.assign" in [a for a, _ in audit_actions(session)])


def test_assignment_errors_write_nothing(setup):
    session, person = setup
    vol = as_user(session, "vol", "volunteer")
    assignment = assign_worker(session, person.id, vol.user.id, "volunteer", today=TODAY)
    before = snapshot(session)
    cases = [
        (lambda: assign_worker(session, person.id, vol.user.id, "backup", today=TODAY), "user_id"),
        (lambda: assign_worker(session, person.id, "no-such-user", today=TODAY), "user_id"),
        (lambda: assign_worker(session, person.id, vol.user.id, "boss", today=TODAY), "role"),
        (lambda: assign_worker(session, "no-such-person", vol.user.id, today=TODAY), "person_id"),
        (lambda: end_assignment(session, assignment.id, end_on=TODAY - timedelta(days=1),
                                today=TODAY), "end_on"),
    ]
    for attempt, field in cases:
        with pytest.raises(ValidationError) as info:
            attempt()
        assert field in info.value.fields
    assert snapshot(session) == before
    end_assignment(session, assignment.id, today=TODAY)
    with pytest.raises(ValidationError):
        end_assignment(session, assignment.id, today=TODAY)
    with pytest.raises(NotFound):
        end_assignment(session, "no-such-assignment", today=TODAY)
    # once ended, the worker may be assigned again
    assert assign_worker(session, person.id, vol.user.id, "volunteer", today=TODAY).end_on is None


# ---------------------------------------------------------------- family links
def test_family_links_both_ways_and_scoped_for_volunteers(volunteer):
    session, person, vol = volunteer
    wife = register_person(session, Person(family_name="山田", given_name="花子",
                                           family_kana="ヤマダ", given_kana="ハナコ"), today=TODAY)
    son = register_person(session, Person(family_name="山田", given_name="一郎",
                                          family_kana="ヤマダ", given_kana="イチロウ"), today=TODAY)
    link_family(session, person.id, wife.id, "妻")
    link_family(session, son.id, person.id, "父")
    with pytest.raises(ValidationError):
        link_family(session, wife.id, person.id, "夫")  # already linked
    with pytest.raises(ValidationError):
        link_family(session, person.id, son.id, " ")
    family = get_person_detail(session, person.id, today=TODAY).family
    assert [(f.full_name, f.relation, f.reverse) for f in family] == [
        ("山田 一郎", "父", True), ("山田 花子", "妻", False)]
    assert family[1].person_code == wife.person_code

    assign_worker(session, person.id, vol.user.id, "volunteer", today=TODAY)
    assign_worker(session, wife.id, vol.user.id, "volunteer", today=TODAY)
    assert [f.person_id for f in get_person_detail(vol, person.id, today=TODAY).family] == [
        wife.id]


def test_opening_the_page_is_audited(setup):
    session, person = setup
    get_person_detail(session, person.id, today=TODAY)
    assert audit_actions(session)[-1] == ("person.open", None)
