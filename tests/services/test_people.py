"""Registering a person: normalized, validated, stored, audited; bad input writes nothing."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from kodoku_desk.models.errors import ValidationError
from kodoku_desk.models.person import Address, Person
from kodoku_desk.services.people import open_person, register_person

TODAY = date(2026, 11, 27)


def _count(session, table):
    with session.engine.connect() as conn:
        return conn.execute(text(f"SELECT count(*) FROM {table}")).scalar()


def test_register_normalizes_and_round_trips(new_db):
    session, _ = new_db
    stored = register_person(session, Person(
        family_name="髙橋", given_name="ツル", family_kana="たかはし", given_kana="ﾂﾙ",
        birth_date=date(1940, 3, 15), phone="０３－５５５５－０１９９",
        address=Address(postal_code="１２３４５６７", prefecture="東京都"),
        visit_frequency="weekly", household_type="alone", registered_on=TODAY,
        support_categories=("elderly_alone", "disability")), today=TODAY)
    assert stored.person_code == "P000001"
    assert (stored.family_kana, stored.given_kana) == ("タカハシ", "ツル")
    assert stored.family_name == "髙橋"  # 異体字 kept exactly
    assert stored.address.postal_display == "123-4567"
    assert stored.phone_digits == "0355550199"
    assert stored.support_categories == ("disability", "elderly_alone")
    assert open_person(session, stored.id) == stored
    with session.engine.connect() as conn:
        actions = [r[0] for r in conn.execute(text("SELECT action FROM audit_log ORDER BY seq"))]
    assert actions[-2:] == ["person.create", "person.open"]


@pytest.mark.parametrize("person, field", [
    (Person(family_name="", registered_on=TODAY), "family_name"),
    (Person(family_name="山田", birth_date=date(1899, 12, 31)), "birth_date"),
    (Person(family_name="山田", birth_date=date(2027, 1, 1)), "birth_date"),
    (Person(family_name="山田", family_kana="Yamada1"), "family_kana"),
])
def test_bad_input_is_refused_and_nothing_is_written(new_db, person, field):
    session, _ = new_db
    before = (_count(session, "persons"), _count(session, "audit_log"))
    with pytest.raises(ValidationError) as info:
        register_person(session, person, today=TODAY)
    assert field in info.value.fields
    assert all(e.message_ja for e in info.value.errors)
    assert (_count(session, "persons"), _count(session, "audit_log")) == before
