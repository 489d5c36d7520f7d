"""Loneliness assessments (staff only): record the raw answers, read the history and trend.

The items are the national survey's (DOMAIN.md §4, :mod:`kodoku_desk.models.survey`):
UCLA 3-item short version, the direct question and 問4.  Raw answers are stored;
the score (3–12) and band exist only when all three UCLA items are answered.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import NamedTuple

from kodoku_desk.models.records import Assessment
from kodoku_desk.services import code_lists
from kodoku_desk.services.access import person_or_error, require_staff
from kodoku_desk.services.session import Session
from kodoku_desk.store import records_repo

__all__ = ["TrendPoint", "assessment_history", "loneliness_trend", "record_assessment"]

_WHAT = ("アセスメント（孤独感の評価）", "loneliness assessments")


class TrendPoint(NamedTuple):
    """One point of the per-person chart: score/band None when an item is unanswered."""

    assessed_on: date
    score: int | None
    band: str | None      # UCLA band code ("3", "4-6", "7-9", "10-12")
    direct_q: int | None  # 直接質問 1–5


def record_assessment(session: Session, assessment: Assessment, *,
                      today: date | None = None) -> Assessment:
    """Validate and store one administration (実施者 defaults to the signed-in user)."""
    require_staff(session, *_WHAT)
    today = today or date.today()
    assessment = assessment.normalized()
    if assessment.administered_by is None:
        assessment = replace(assessment, administered_by=session.user.id)
    with session.engine.begin() as conn:
        if assessment.person_id:
            person_or_error(conn, assessment.person_id)
        codes = code_lists.load(conn, ["contact_frequency"], labels=False)
        assessment.validate(today=today, codes=codes)
        stored = records_repo.insert_assessment(conn, assessment, session.user.id)
        session.audit(conn, "assessment.create", target_kind="assessment", target_id=stored.id,
                      detail={"person_id": stored.person_id, "answered": stored.answered_count})
    return stored


def assessment_history(session: Session, person_id: str) -> list[Assessment]:
    """The person's assessments, newest first (``ucla_score`` / ``ucla_band`` on each)."""
    require_staff(session, *_WHAT)
    with session.engine.connect() as conn:
        return records_repo.assessments_for_person(conn, person_id)


def loneliness_trend(session: Session, person_id: str) -> list[TrendPoint]:
    """Oldest first, for a small chart."""
    return [TrendPoint(a.assessed_on, a.ucla_score, a.ucla_band, a.direct_q)
            for a in reversed(assessment_history(session, person_id))]
