"""What happens after a worrying visit: 対応・連絡 rows and follow-ups (DOMAIN.md §2.5)."""

from __future__ import annotations

import random

from kodoku_desk.models.followup import FollowUpOutcome
from kodoku_desk.services.demo import texts
from kodoku_desk.services.demo.context import Ctx

_LEVEL2_CONTACTS = (("houkatsu", "family", "minsei_iin", "shakyo", "municipality"), (35, 25, 15, 10, 15))
_EMERGENCY = (("safety_confirmed", "ambulance", "police", "still_absent", "other"), (45, 30, 10, 10, 5))
_OUTCOMES = {
    1: ((FollowUpOutcome.WATCHING, FollowUpOutcome.RESOLVED, FollowUpOutcome.UNREACHABLE,
         FollowUpOutcome.NOT_NEEDED), (50, 35, 5, 10)),
    2: ((FollowUpOutcome.CONNECTED, FollowUpOutcome.RESOLVED, FollowUpOutcome.WATCHING,
         FollowUpOutcome.OTHER), (55, 25, 15, 5)),
    3: ((FollowUpOutcome.CONNECTED, FollowUpOutcome.RESOLVED, FollowUpOutcome.OTHER), (50, 30, 20)),
}
_DUE_DAYS = {1: 14, 2: 7, 3: 2}


def action_rows(ctx: Ctx, rng: random.Random, ids, visit_id: str, level: int, day: int,
                minute: int, stamps: dict) -> list[dict]:
    """One or two contacts for level 2; for level 3 the family, then 110/119 with the outcome."""
    rows = []

    def add(contact: str, at: int, result: str | None = None, note: str | None = None) -> None:
        at_day, at_min = (day, at) if at < 20 * 60 else (day + 1, 9 * 60 + 30 + at % 60)
        rows.append({"id": ids(), "visit_id": visit_id, "contact_type": contact,
                     "acted_at": ctx.local(at_day, at_min),
                     "content": rng.choice(texts.ACTION_CONTENT[contact]),
                     "result": result, "result_note": note, **stamps})

    if level == 2:
        contacts, weights = _LEVEL2_CONTACTS
        first = rng.choices(contacts, weights)[0]
        add(first, minute + rng.randint(20, 180))
        if rng.random() < 0.35:
            second = rng.choice([c for c in contacts if c != first])
            add(second, minute + rng.randint(60, 300))
    else:
        add("family", minute + rng.randint(5, 30))
        outcome = rng.choices(*_EMERGENCY)[0]
        contact = "fire_ambulance" if outcome in ("ambulance", "safety_confirmed") else "police"
        add(contact, minute + rng.randint(30, 120), outcome, texts.EMERGENCY_RESULT_NOTES[outcome])
        if rng.random() < 0.6:
            add("houkatsu", minute + rng.randint(150, 400))
    return rows


def follow_up_row(ctx: Ctx, rng: random.Random, ids, *, person_id: str, visit_id: str, level: int,
                  day: int, assignee: str, closer: str, reason: str | None, stamps: dict) -> dict:
    """A follow-up opened from a visit; most are closed, recent ones (and a few old ones) are open."""
    level = max(1, min(3, level))
    urgency = {1: rng.choice(("low", "normal", "normal")), 2: rng.choice(("normal", "high")),
               3: "high"}[level]
    age = ctx.today_ord - day
    still_open = (age <= 21 and rng.random() < 0.7) or rng.random() < 0.012
    row = {"id": ids(), "person_id": person_id, "visit_id": visit_id, "opened_on": ctx.ds(day),
           "due_on": ctx.ds(day + _DUE_DAYS[level]), "urgency": urgency, "assignee_id": assignee,
           "reason": reason or rng.choice(texts.FOLLOW_UP_REASONS[level]),
           "status": "open", "closed_on": None, "closed_by": None, "outcome": None,
           "outcome_note": None, **stamps}
    if not still_open:
        outcomes, weights = _OUTCOMES[level]
        outcome = rng.choices(outcomes, weights)[0].value
        closed = min(ctx.today_ord, day + rng.randint(1, 30))
        row.update(status="closed", closed_on=ctx.ds(closed), closed_by=closer, outcome=outcome,
                   outcome_note=rng.choice(texts.FOLLOW_UP_OUTCOME_NOTES[outcome]),
                   updated_at=ctx.stamp(closed, rng.randint(600, 1050)))
    return row
