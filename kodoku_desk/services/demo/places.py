"""居場所: places, who belongs where, and the sessions with attendance and walk-ins.

Members are regulars (come most times), occasional visitors, families that
come together (the parent counted as 保護者), volunteers and one staff member
per place.  A few regulars stop coming; the visit generator notices them.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from datetime import date

from kodoku_desk.models.wareki import school_stage
from kodoku_desk.services.demo import geo, schedule
from kodoku_desk.services.demo.context import Ctx, hm
from kodoku_desk.services.demo.people import (
    ADULT, ADULT_P, CHILD, ELDER, GUARDIAN, HELPER, SENIOR_P, YOUTH, Person,
)
from kodoku_desk.store.schema.places import places as places_table


@dataclass(eq=False)
class Member:
    people: list[Person]
    role: str                      # participant / volunteer / staff
    chance: float                  # probability of coming to a session
    join: int
    stop: int | None = None
    guardian: Person | None = None  # counted as 保護者
    seen: bool = False              # has come at least once
    dropped: bool = False           # a regular who stopped coming


@dataclass(eq=False)
class Place:
    id: str
    name: str
    kind: str
    district: geo.District
    rule: dict
    venue: str
    start: int
    end: int
    fee: int
    recorder: str
    founded: int
    members: list[Member] = field(default_factory=list)


def make_places(ctx: Ctx, n: int) -> list[Place]:
    rng, ids = ctx.rng("places"), ctx.ids("places")
    users = ctx.users
    recorders = [users.volunteers[0], users.volunteers[-1], users.staff, users.staff, users.admin]
    out, used = [], set()
    for number in range(n):
        kind = schedule.kind_of(number)
        tpl = schedule.TEMPLATES[kind]
        district = geo.DISTRICTS[number % len(geo.DISTRICTS)]
        town = rng.choice(district.towns).name
        fill = {"town": town, "district": district.ja.replace("地区", "")}
        name = rng.choice(tpl.names).format(**fill)
        while name in used:
            name = f"{name}（{len(used) + 1}）"
        used.add(name)
        rule, start = schedule.schedule_for(rng, kind)
        founded = ctx.start_ord - rng.randint(60, 5 * 365)
        if number >= 4 and rng.random() < 0.2:
            founded = rng.randint(ctx.start_ord, ctx.today_ord - 90)
        out.append(Place(ids(), name, kind, district, rule, rng.choice(tpl.venues).format(**fill),
                         start, start + (tpl.end - tpl.start), rng.choice(tpl.fees),
                         recorders[number % len(recorders)], founded))
    return out


def write_places(ctx: Ctx, writer, items: list[Place]) -> None:
    writer.put(places_table, place_rows(ctx, items))


def place_rows(ctx: Ctx, items: list[Place]) -> list[dict]:
    rows = []
    for pl in items:
        stamp = ctx.stamp(pl.founded, 10 * 60)
        rows.append({"id": pl.id, "name": pl.name, "kind": pl.kind, "district_code": pl.district.code,
                     "schedule": json.dumps(pl.rule), "default_venue": pl.venue,
                     "default_start": hm(pl.start), "default_end": hm(pl.end), "active": True,
                     "created_at": stamp, "updated_at": stamp, "created_by": ctx.users.admin})
    return rows


# (kind, probability) per segment; families are handled separately
_INTERESTS = {
    ELDER: (("salon", 0.5), ("ibasho_cafe", 0.3)),
    SENIOR_P: (("salon", 0.8), ("ibasho_cafe", 0.45), ("kodomo_shokudo", 0.12)),
    ADULT: (("ibasho_cafe", 0.35), ("online", 0.25), ("food_pantry", 0.25)),
    YOUTH: (("study_support", 0.4), ("online", 0.3), ("ibasho_cafe", 0.15)),
    ADULT_P: (("ibasho_cafe", 0.6), ("online", 0.2), ("kodomo_shokudo", 0.2)),
}


def _pick(rng: random.Random, by_kind: dict[str, list[Place]], kind: str, p: Person) -> Place | None:
    options = by_kind.get(kind) or by_kind.get("ibasho_cafe") or by_kind.get("salon")
    if not options:
        return None
    local = [pl for pl in options if pl.district is p.district]
    return rng.choice(local or options)


def _member(ctx: Ctx, rng: random.Random, pl: Place, people: list[Person], role: str = "participant",
            guardian: Person | None = None) -> Member:
    head = people[0]
    join = max(head.registered, pl.founded)
    if head.is_client and head.registered >= ctx.start_ord:
        join += rng.randint(0, 60)  # introduced to the place after intake
    if role == "staff":
        chance = 0.95
    elif role == "volunteer":
        chance = rng.uniform(0.55, 0.85)
    elif rng.random() < 0.6:
        chance = rng.uniform(0.7, 0.95)
    else:
        chance = rng.uniform(0.12, 0.45)
    member = Member(people, role, chance, join, head.end, guardian)
    pl.members.append(member)
    return member


def assign_members(ctx: Ctx, items: list[Place], people: list[Person]) -> None:
    rng = ctx.rng("members")
    by_kind: dict[str, list[Place]] = {}
    for pl in items:
        by_kind.setdefault(pl.kind, []).append(pl)
    children: dict[int, list[Person]] = {}
    for p in people:
        if p.segment == CHILD and p.guardian is not None:
            children.setdefault(p.guardian.idx, []).append(p)
    helpers = [p for p in people if p.segment == HELPER]
    for number, pl in enumerate(items):  # one staff member per place, then volunteers
        if helpers:
            _member(ctx, rng, pl, [helpers[number % len(helpers)]], role="staff")
    for p in people:
        if p.segment == GUARDIAN:
            kids = children.get(p.idx, [])
            pl = _pick(rng, by_kind, "kodomo_shokudo", p)
            if pl is not None and rng.random() < 0.85:
                _member(ctx, rng, pl, [p, *kids], guardian=p)
            needy = bool({"single_parent", "financial_hardship"} & set(p.categories))
            pl = _pick(rng, by_kind, "food_pantry", p)
            if pl is not None and pl.kind == "food_pantry" and rng.random() < (0.45 if needy else 0.2):
                _member(ctx, rng, pl, [p], guardian=p)
            for kid in kids:
                if 6 <= kid.age_on(ctx.today) <= 18 and rng.random() < 0.5:
                    pl = _pick(rng, by_kind, "study_support", kid)
                    if pl is not None and pl.kind == "study_support":
                        _member(ctx, rng, pl, [kid])
        elif p.segment == HELPER:
            kind = rng.choice(("kodomo_shokudo", "study_support", "salon"))
            pl = _pick(rng, by_kind, kind, p)
            if pl is not None and not any(p in m.people for m in pl.members):
                _member(ctx, rng, pl, [p], role="volunteer")
        else:
            chosen = set()
            for kind, odds in _INTERESTS.get(p.segment, ()):
                pl = _pick(rng, by_kind, kind, p) if rng.random() < odds else None
                if pl is not None and pl.id not in chosen:
                    chosen.add(pl.id)
                    role = "volunteer" if kind == "kodomo_shokudo" and rng.random() < 0.5 else "participant"
                    _member(ctx, rng, pl, [p], role=role)
    _drop_outs(ctx, rng, items)


def _drop_outs(ctx: Ctx, rng: random.Random, items: list[Place]) -> None:
    """About 5% of regulars stop coming during the period; at least two older clients do."""
    lo, hi = ctx.start_ord + 90, ctx.today_ord - 45
    if lo >= hi:
        return
    stopped = 0
    candidates = []
    for pl in items:
        for m in pl.members:
            if m.role != "participant" or m.chance < 0.7 or m.stop is not None or len(m.people) > 1:
                continue
            if m.join > lo:
                continue
            if rng.random() < 0.05:
                m.stop, m.dropped = rng.randint(lo, hi), True
                stopped += m.people[0].is_client
            elif m.people[0].segment == ELDER and m.people[0].status == "active":
                candidates.append(m)
    for m in candidates[:max(0, 2 - stopped)]:
        m.stop, m.dropped = rng.randint(lo, hi), True


def category_of(p: Person, held: date, m: Member) -> str:
    stage = school_stage(p.birth, held)
    if stage is not None:
        return stage
    if m.guardian is p and m.role == "participant":
        return "guardian"
    return "senior" if p.age_on(held) >= 65 else "adult"


WALKINS = {
    "salon": (("senior", 0, 3),),
    "kodomo_shokudo": (("preschool", 0, 3), ("elementary", 1, 6), ("junior_high", 0, 2),
                       ("guardian", 1, 4), ("adult", 0, 2), ("senior", 0, 2)),
    "ibasho_cafe": (("adult", 0, 3), ("senior", 0, 3)),
    "study_support": (("elementary", 0, 1), ("junior_high", 0, 2)),
    "food_pantry": (("guardian", 2, 8), ("adult", 1, 5)),
    "online": (("adult", 0, 2),),
}
MEAL_FORMS = ("shared_meal", "bento_takeaway", "food_pantry", "delivery")
