"""The 'stopped coming' rule (:mod:`kodoku_desk.models.participation`) in one SELECT.

Per active place, not per person:

1. ``cut``: the day of the place's 6th latest *recorded* session up to today
   (a session with at least one attendance row), walking
   ``ix_place_sessions_place_held`` backwards and probing
   ``uq_attendance_session_id_person_id`` — a handful of index reads per place;
2. ``win``: those 6 sessions, numbered newest first (``rn`` 1 … 6);
3. ``cand``: people at session 3 or 4 (anyone who came to ≥ 3 of sessions 3–6
   came to one of them) who came to neither session 1 nor 2 — attendance index only;
4. ``stopped``: for each candidate, their 参加者 rows in sessions 3–6 (index
   probes by session and person): at least 3 → stopped coming.

Then their names and places, for active people only.  The text is SQL rather than
SQLAlchemy Core because the join order matters and has to be fixed: ``CROSS JOIN``
makes SQLite keep the order written (without it, and without ANALYZE statistics,
newer SQLite versions chose to scan every attendance row — 10× slower).
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from sqlalchemy import Connection, text

from kodoku_desk.models.participation import MISSED_SESSIONS, REGULAR_MIN, REGULAR_WINDOW
from kodoku_desk.store import assignments_repo

__all__ = ["StoppedRecord", "stopped_coming"]

WINDOW = MISSED_SESSIONS + REGULAR_WINDOW
#: Sessions of which a regular must have attended at least one (3 and 4).
MUST_HIT = tuple(range(MISSED_SESSIONS + 1, MISSED_SESSIONS + REGULAR_WINDOW - REGULAR_MIN + 2))


class StoppedRecord(NamedTuple):
    person_id: str
    person_code: str
    family_name: str
    given_name: str
    family_kana: str
    given_kana: str
    place_id: str
    place_name: str
    last_attended_on: str
    missed: int


_HITS = """(SELECT {value} FROM win w3 CROSS JOIN attendance a3
            WHERE w3.place_id = cand.place_id AND w3.rn > :missed
              AND a3.session_id = w3.id AND a3.person_id = cand.person_id
              AND a3.role = 'participant')"""

_SQL = text(f"""
WITH cut AS MATERIALIZED (
  SELECT p.id AS place_id,
         coalesce((SELECT s.held_on FROM place_sessions s
                   WHERE s.place_id = p.id AND s.held_on <= :today
                     AND EXISTS (SELECT 1 FROM attendance a WHERE a.session_id = s.id)
                   ORDER BY s.held_on DESC LIMIT 1 OFFSET :window - 1), '') AS since
  FROM places p WHERE p.active = 1),
win AS MATERIALIZED (
  SELECT id, place_id, held_on, rn FROM (
    SELECT s.id, s.place_id, s.held_on,
           row_number() OVER (PARTITION BY s.place_id
                              ORDER BY s.held_on DESC, s.start_time DESC, s.id DESC) AS rn
    FROM cut CROSS JOIN place_sessions s
    WHERE s.place_id = cut.place_id AND s.held_on >= cut.since AND s.held_on <= :today
      AND EXISTS (SELECT 1 FROM attendance a WHERE a.session_id = s.id))
  WHERE rn <= :window),
cand AS MATERIALIZED (
  SELECT DISTINCT w.place_id, a.person_id FROM win w CROSS JOIN attendance a
  WHERE a.session_id = w.id AND w.rn IN ({", ".join(map(str, MUST_HIT))})
    AND NOT EXISTS (SELECT 1 FROM win w2 CROSS JOIN attendance a2
                    WHERE w2.place_id = w.place_id AND w2.rn <= :missed
                      AND a2.session_id = w2.id AND a2.person_id = a.person_id)),
stopped AS MATERIALIZED (
  SELECT place_id, person_id, last_rn FROM (
    SELECT cand.place_id, cand.person_id, {_HITS.format(value="count(*)")} AS hits,
           {_HITS.format(value="min(w3.rn)")} AS last_rn
    FROM cand)
  WHERE hits >= :regular)
SELECT p.id, p.person_code, p.family_name, p.given_name, p.family_kana, p.given_kana,
       pl.id, pl.name, last.held_on, stopped.last_rn - 1
FROM stopped CROSS JOIN persons p CROSS JOIN places pl CROSS JOIN win last
WHERE p.id = stopped.person_id AND p.status = 'active' AND pl.id = stopped.place_id
  AND last.place_id = stopped.place_id AND last.rn = stopped.last_rn
""")


def stopped_coming(conn: Connection, today: date,
                   scope_user_id: str | None = None) -> list[StoppedRecord]:
    """Active people who stopped coming to an active place (unsorted); ``scope_user_id``:
    only the people currently assigned to that user."""
    rows = [StoppedRecord(*row) for row in conn.execute(_SQL, {
        "today": today.isoformat(), "window": WINDOW, "missed": MISSED_SESSIONS,
        "regular": REGULAR_MIN})]
    if scope_user_id is None or not rows:
        return rows
    mine = set(conn.execute(assignments_repo.assigned_person_ids(scope_user_id, today))
               .scalars())
    return [r for r in rows if r.person_id in mine]
