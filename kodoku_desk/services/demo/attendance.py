"""Sessions (開催) of every place with their attendance (参加) and walk-ins, written in chunks."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date

from kodoku_desk.services.demo import schedule, texts
from kodoku_desk.services.demo.context import Ctx, hm, randint
from kodoku_desk.services.demo.places import MEAL_FORMS, WALKINS, Member, Place, category_of
from kodoku_desk.store.bulk import CHUNK_ROWS
from kodoku_desk.store.schema.places import attendance, place_sessions, walkins


def _program(rng: random.Random, kind: str, held: date, seasonal_done: set) -> str:
    key = (held.year, held.month)
    if kind in ("salon", "kodomo_shokudo", "ibasho_cafe") and held.month in texts.SEASONAL \
            and key not in seasonal_done:
        seasonal_done.add(key)
        return texts.SEASONAL[held.month]
    return rng.choice(texts.PROGRAMS.get(kind, texts.PROGRAMS["other"]))


def _attends(rnd: Callable[[], float], m: Member, day: int) -> bool:
    if day < m.join or (m.stop is not None and day > m.stop):
        return False
    if not m.seen:  # a new member comes to the first session after joining
        m.seen = True
        return True
    return rnd() < m.chance


def _session(ctx: Ctx, rng: random.Random, ids, pl: Place, day: int, seasonal: set,
             att_rows: list[dict], walk_rows: list[dict]) -> dict:
    held = date.fromordinal(day)
    rnd = rng.random
    session_id = ids()
    form = schedule.TEMPLATES[pl.kind].form
    if pl.kind == "kodomo_shokudo" and rng.random() < 0.1:
        form = "bento_takeaway"
    by = pl.recorder
    participants = helpers = 0
    seen: set[int] = set()
    for m in pl.members:
        if not _attends(rnd, m, day):
            continue
        for p in m.people:
            if p.idx in seen or p.birth > held:
                continue
            seen.add(p.idx)
            arrive = pl.start + randint(rnd, -15, 40)
            att_rows.append({
                "id": ids(), "session_id": session_id, "person_id": p.id,
                "category": category_of(p, held, m), "role": m.role,
                "checked_in_at": ctx.local(day, arrive),
                "created_at": ctx.stamp(day, max(arrive, pl.start)),
                "updated_at": ctx.stamp(day, max(arrive, pl.start)), "created_by": by})
            if m.role == "participant":
                participants += 1
                p.attended.append(day)
            else:
                helpers += 1
    walk_total = 0
    size = 1.0 + len(pl.members) / 40
    for category, low, high in WALKINS[pl.kind]:
        count = rng.randint(low, round(high * size))
        if count:
            walk_total += count
            walk_rows.append({"session_id": session_id, "category": category, "count": count,
                              "created_at": ctx.stamp(day, pl.end), "updated_at": ctx.stamp(day, pl.end),
                              "created_by": by})
    meals = 0
    if form in MEAL_FORMS:
        meals = participants + walk_total + (helpers if form == "shared_meal" else 0) + rng.randint(0, 5)
    return {"id": session_id, "place_id": pl.id, "held_on": ctx.ds(day), "start_time": hm(pl.start),
            "end_time": hm(pl.end), "venue": pl.venue, "activity_form": form,
            "program": _program(rng, pl.kind, held, seasonal), "meals_served": meals,
            "fee_yen": pl.fee, "note": "こどもは無料" if pl.kind == "kodomo_shokudo" else None,
            "created_at": ctx.stamp(day, pl.end + 30), "updated_at": ctx.stamp(day, pl.end + 30),
            "created_by": by}


def write(ctx: Ctx, writer, items: list[Place], report: Callable[[float], None]) -> None:
    rng, ids = ctx.rng("sessions"), ctx.ids("sessions")
    sessions: list[dict] = []
    att_rows: list[dict] = []
    walk_rows: list[dict] = []

    def flush() -> None:
        writer.put_all([(place_sessions, sessions), (attendance, att_rows), (walkins, walk_rows)])
        sessions.clear(), att_rows.clear(), walk_rows.clear()

    for number, pl in enumerate(items):
        first = max(pl.founded, ctx.start_ord)
        weekly = "nth" not in pl.rule
        days = schedule.session_days(pl.rule, first, ctx.today_ord,
                                     weekly_skips_holidays=weekly and pl.kind != "kodomo_shokudo")
        seasonal: set = set()
        for day in days:
            sessions.append(_session(ctx, rng, ids, pl, day, seasonal, att_rows, walk_rows))
        if len(att_rows) >= CHUNK_ROWS:
            flush()
            report((number + 1) / len(items))
    flush()
    for pl in items:  # remember when regulars stopped, for the visit generator
        for m in pl.members:
            for person in m.people:
                person.attended.sort()
            if m.dropped:
                person = m.people[0]
                before = [d for d in person.attended if d <= m.stop]
                person.stopped_attending = before[-1] if before else m.stop
    report(1.0)
