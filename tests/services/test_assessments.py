"""Assessments: raw answers stored, score only with all three UCLA items, trend for the
chart, staff only; bad input writes nothing."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import text

from kodoku_desk.models.errors import ValidationError
from kodoku_desk.models.records import Assessment
from kodoku_desk.services.access import NotPermitted
from kodoku_desk.services.assessments import (TrendPoint, assessment_history, loneliness_trend,
                                              record_assessment)
from tests.services.mimamori_support import TODAY, assign, counts, person, user


def test_raw_answers_stored_and_score_only_when_complete(new_db):
    session, _ = new_db
    pid = person(session)
    full = record_assessment(session, Assessment(
        person_id=pid, assessed_on=date(2026, 5, 1), ucla_q1=3, ucla_q2=3, ucla_q3=4,
        direct_q=4, q4="6", note="初回"), today=TODAY)
    partial = record_assessment(session, Assessment(
        person_id=pid, assessed_on=date(2026, 11, 1), ucla_q1=2, ucla_q2=None, ucla_q3=2,
        direct_q=2, q4="unanswered"), today=TODAY)
    assert full.administered_by == session.user.id
    with session.engine.connect() as conn:
        row = conn.execute(text("SELECT ucla_q1, ucla_q2, ucla_q3, direct_q, q4 FROM assessments "
                                "WHERE id = :i"), {"i": partial.id}).one()
    assert tuple(row) == (2, None, 2, 2, "unanswered")  # raw answers, 無回答 kept as NULL
    history = assessment_history(session, pid)
    assert [a.id for a in history] == [partial.id, full.id]  # newest first
    assert (history[1].ucla_score, history[1].ucla_band) == (10, "10-12")
    assert (history[0].ucla_score, history[0].ucla_band) == (None, None)
    assert history[1] == full


def test_trend_is_oldest_first_with_gaps_for_incomplete_answers(new_db):
    session, _ = new_db
    pid = person(session)
    for day, answers, direct in ((date(2026, 1, 10), (4, 4, 4), 5),
                                 (date(2026, 7, 10), (2, None, 2), 3),
                                 (date(2026, 4, 10), (2, 2, 2), 4)):
        record_assessment(session, Assessment(person_id=pid, assessed_on=day, ucla_q1=answers[0],
                                              ucla_q2=answers[1], ucla_q3=answers[2],
                                              direct_q=direct), today=TODAY)
    assert loneliness_trend(session, pid) == [
        TrendPoint(date(2026, 1, 10), 12, "10-12", 5),
        TrendPoint(date(2026, 4, 10), 6, "4-6", 4),
        TrendPoint(date(2026, 7, 10), None, None, 3),
    ]
    assert loneliness_trend(session, person(session, "佐藤")) == []


@pytest.mark.parametrize("changes, field", [
    (dict(assessed_on=TODAY + timedelta(days=1)), "assessed_on"),
    (dict(ucla_q1=5), "ucla_q1"),
    (dict(direct_q=0), "direct_q"),
    (dict(q4="8"), "q4"),
    (dict(ucla_q1=None, ucla_q2=None, ucla_q3=None, direct_q=None, q4=None), ""),
    (dict(person_id="nobody"), "person_id"),
])
def test_invalid_assessment_writes_nothing(new_db, changes, field):
    session, _ = new_db
    pid = person(session)
    values = dict(person_id=pid, assessed_on=TODAY, ucla_q1=1, ucla_q2=1, ucla_q3=1, direct_q=1)
    before = counts(session)
    with pytest.raises(ValidationError) as info:
        record_assessment(session, Assessment(**{**values, **changes}), today=TODAY)
    assert field in info.value.fields
    assert counts(session) == before


def test_volunteers_may_not_record_or_read_assessments(new_db):
    session, _ = new_db
    pid = person(session)
    record_assessment(session, Assessment(person_id=pid, assessed_on=TODAY, ucla_q1=1,
                                          ucla_q2=1, ucla_q3=1), today=TODAY)
    volunteer = user(session, "vol", "volunteer")
    assign(session, pid, volunteer.user.id)  # even for their own person
    before = counts(session)
    for call in (lambda: record_assessment(volunteer, Assessment(person_id=pid, assessed_on=TODAY,
                                                                 direct_q=3), today=TODAY),
                 lambda: assessment_history(volunteer, pid),
                 lambda: loneliness_trend(volunteer, pid)):
        with pytest.raises(NotPermitted) as info:
            call()
        assert info.value.code == "not_permitted" and "スタッフ" in info.value.message_ja
    assert counts(session) == before
    staff = user(session, "tanaka", "staff")
    assert len(assessment_history(staff, pid)) == 1
