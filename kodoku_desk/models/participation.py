"""居場所 participation rules (pure): the suggested 参加者区分, who is a regular, who stopped coming.

参加者区分 (DOMAIN.md §3.2, §7):

- 学年 by the April-1 cut (:func:`.wareki.school_stage`): 未就学児 ``preschool``,
  小学生 ``elementary``, 中学生 ``junior_high``, 高校生世代 ``high_school`` (学年
  10–12, i.e. until the March 31 after the 18th birthday's school year — always under 19);
- otherwise 高齢者 ``senior`` from 満65歳 on the session day, else 大人 ``adult``;
- 保護者 ``guardian`` is never derived from age: only when chosen.  A person who
  came to this place as 保護者 last time is suggested 保護者 again (when an adult).
- Without a birth date: the category they had last time at this place, else ``adult``.

A place's *recorded* sessions are its sessions held up to the day in question
that have at least one attendance row (a session nobody was checked in to was
not taken, or did not happen, and proves nothing about who stayed away).  Take
them newest first:

- **regular** (常連): attended at least :data:`REGULAR_MIN` (3) of the
  :data:`REGULAR_WINDOW` (4) most recent recorded sessions;
- **stopped coming** (来なくなった): missed the :data:`MISSED_SESSIONS` (2) most
  recent recorded sessions and was a regular of the 4 before those, i.e. attended
  at least 3 of sessions 3–6 (newest = 1).  Only 参加者 attendance counts.
  ``missed`` is the number of recorded sessions since their last attendance (2 or 3).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from . import wareki

__all__ = ["ADULT", "GUARDIAN", "MISSED_SESSIONS", "REGULAR_MIN", "REGULAR_WINDOW", "SENIOR",
           "SENIOR_AGE", "age_category", "is_regular", "missed_since_regular",
           "suggest_category"]

ADULT, SENIOR, GUARDIAN = "adult", "senior", "guardian"
#: 高齢者 from this 満年齢 (on the session day).
SENIOR_AGE = 65
REGULAR_WINDOW = 4
REGULAR_MIN = 3
MISSED_SESSIONS = 2


def age_category(birth_date: date | None, held_on: date) -> str | None:
    """School stage by 学年 (April-1 cut), ``senior`` from 65, else ``adult``;
    None without a birth date (or a birth date after the session day)."""
    if birth_date is None or birth_date > held_on:
        return None
    stage = wareki.school_stage(birth_date, held_on)
    if stage is not None:
        return stage
    return SENIOR if wareki.age_on(birth_date, held_on) >= SENIOR_AGE else ADULT


def suggest_category(birth_date: date | None, held_on: date,
                     last_category: str | None = None) -> str:
    """The 参加者区分 offered at check-in (see the module docstring).

    ``last_category``: the category of the person's latest attendance at this place.
    """
    by_age = age_category(birth_date, held_on)
    if by_age is None:
        return last_category or ADULT
    if last_category == GUARDIAN and by_age == ADULT:
        return GUARDIAN
    return by_age


def is_regular(attended_newest_first: Sequence[bool]) -> bool:
    """True when at least 3 of the (up to) 4 most recent recorded sessions were attended."""
    return sum(bool(x) for x in attended_newest_first[:REGULAR_WINDOW]) >= REGULAR_MIN


def missed_since_regular(attended_newest_first: Sequence[bool]) -> int | None:
    """The stopped-coming rule on one person's attendance of a place's recorded sessions,
    newest first: the number of sessions missed since their last attendance when they
    missed the 2 most recent and attended ≥ 3 of the 4 before those, else None."""
    flags = [bool(x) for x in attended_newest_first[:MISSED_SESSIONS + REGULAR_WINDOW]]
    if any(flags[:MISSED_SESSIONS]) or not is_regular(flags[MISSED_SESSIONS:]):
        return None
    return flags.index(True)
