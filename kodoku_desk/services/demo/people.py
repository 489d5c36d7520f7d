"""当事者 and 居場所 participants: who they are (in memory, before any row is written).

Segments: older clients (most of the caseload, many living alone), younger
adult clients (ひきこもり, 生活困窮), young people, families (a guardian — sometimes
a client — with children who come to こども食堂 and 学習支援), older and adult
participants who only come to a 居場所, and helpers who volunteer or run one.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date

from kodoku_desk.services.demo import geo, names
from kodoku_desk.services.demo.context import Ctx, years_before

ELDER, ADULT, YOUTH, GUARDIAN, CHILD, SENIOR_P, ADULT_P, HELPER = (
    "elder", "adult", "youth", "guardian", "child", "senior_p", "adult_p", "helper")


@dataclass(slots=True, eq=False)
class Person:
    idx: int
    id: str
    kind: str
    segment: str
    family: str
    given: str
    family_kana: str
    given_kana: str
    birth: date
    gender: str
    district: geo.District
    address: geo.Address
    registered: int
    status: str = "active"
    closed: int | None = None          # closed_on (ordinal)
    closure_reason: str | None = None
    paused: int | None = None          # visits stop after this day
    frequency: str | None = None
    household: str | None = None
    categories: list[str] = field(default_factory=list)
    primary: str | None = None         # user id of the primary worker
    volunteer: str | None = None       # user id of the assigned volunteer
    guardian: Person | None = None
    spouse: Person | None = None
    romaji: str | None = None
    common_name: str | None = None
    former_name: str | None = None
    phone: str | None = None
    phone2: str | None = None
    code: str = ""
    overdue: bool = False
    attended: list[int] = field(default_factory=list)  # ordinals attended as participant
    stopped_attending: int | None = None                # last session before they stopped

    @property
    def is_client(self) -> bool:
        return self.kind == "client"

    @property
    def end(self) -> int | None:
        """Last day of active support (closure or pause), None while active."""
        return self.closed if self.closed is not None else self.paused

    def age_on(self, day: date) -> int:
        return day.year - self.birth.year - ((day.month, day.day) < (self.birth.month, self.birth.day))


def plan_segments(rng: random.Random, n: int, n_places: int) -> list[str]:
    """Segment of each person to generate, in generation order (families kept together)."""
    helpers = min(max(2, n_places * 3 // 2), max(2, n // 10))
    rest = n - helpers
    guardians = max(1, round(rest * 0.05))
    seniors = round(rest * 0.08)
    adults_p = round(rest * 0.02)
    plan: list[str] = []
    for _ in range(guardians):
        plan.append(GUARDIAN)
        plan.extend([CHILD] * rng.choice((1, 1, 2, 2, 3)))
    plan.extend([SENIOR_P] * seniors + [ADULT_P] * adults_p + [HELPER] * helpers)
    clients = n - len(plan)
    plan.extend(rng.choices((ELDER, ADULT, YOUTH), (82, 14, 4), k=max(0, clients)))
    return plan[:n]


def _birth(rng: random.Random, ctx: Ctx, segment: str) -> date:
    today = ctx.today
    if segment in (ELDER, SENIOR_P):
        age = rng.choices((rng.randint(65, 74), rng.randint(75, 84), rng.randint(85, 94),
                           rng.randint(95, 101)), (25, 45, 27, 3))[0]
        if segment == SENIOR_P:
            age = min(age, rng.randint(65, 88))
    elif segment == CHILD:
        age = rng.randint(1, 17)
    elif segment == YOUTH:
        age = rng.randint(16, 24)
    elif segment == GUARDIAN:
        age = rng.randint(27, 49)
    elif segment == HELPER:
        age = rng.choice((rng.randint(19, 23), rng.randint(35, 64), rng.randint(60, 76)))
    else:
        age = rng.randint(25, 64)
    born = years_before(today, age).toordinal() - rng.randint(1, 364)
    return date.fromordinal(born)


def _gender(rng: random.Random, segment: str) -> str:
    if rng.random() < 0.006:
        return rng.choice(("other", "unanswered"))
    female_share = {ELDER: 0.66, SENIOR_P: 0.72, GUARDIAN: 0.85, HELPER: 0.65}.get(segment, 0.5)
    return "female" if rng.random() < female_share else "male"


def new_person(ctx: Ctx, rng: random.Random, ids, idx: int, segment: str,
               family_of: Person | None = None, sibling_names: tuple[str, ...] = ()) -> Person:
    """One person with name, birth, address, phones; the caller sets the support details.

    ``family_of``: a household member whose surname, address (and landline) are shared —
    the guardian of a child, or the spouse of an older client.
    """
    fake = ctx.fake
    gender = _gender(rng, segment)
    birth = _birth(rng, ctx, segment)
    if family_of is not None and segment == ELDER:  # spouse: other gender, similar age
        gender = "male" if family_of.gender == "female" else "female"
        birth = date.fromordinal(family_of.birth.toordinal() + rng.randint(-6 * 365, 4 * 365))
    elif family_of is not None and segment == CHILD:  # born when the parent was 20–45
        oldest = min(17, family_of.age_on(ctx.today) - 20)
        youngest = max(1, family_of.age_on(ctx.today) - 45)
        age = rng.randint(min(youngest, max(oldest, 1)), max(oldest, 1))
        birth = date.fromordinal(years_before(ctx.today, age).toordinal() - rng.randint(1, 364))
    romaji = common = former = None
    if family_of is not None:
        family, family_kana = family_of.family, family_of.family_kana
        district, addr = family_of.district, family_of.address
    else:
        district = rng.choice(geo.DISTRICTS)
        addr = geo.address(rng, fake, district)
        family, family_kana = names.family_name(rng, fake)
    given, given_kana = names.given_name(rng, fake, gender, birth.year)
    if family_of is not None and segment == CHILD:  # siblings get different names
        taken = {family_of.given, *sibling_names}
        while given in taken:
            given, given_kana = names.given_name(rng, fake, gender, birth.year)
    if family_of is None and segment in (ADULT, GUARDIAN, ADULT_P) and rng.random() < 0.04:
        family, given, family_kana, given_kana, romaji, common, sex = rng.choice(names.FOREIGN)
        gender = sex
    if gender == "female" and segment in (ELDER, SENIOR_P, GUARDIAN) and rng.random() < 0.04:
        former = names.family_name(rng, fake)[0]
    kind = "participant" if segment in (GUARDIAN, CHILD, SENIOR_P, ADULT_P, HELPER) else "client"
    person = Person(idx, ids(), kind, segment, family, given, family_kana, given_kana, birth,
                    gender, district, addr, registered=0, romaji=romaji, common_name=common,
                    former_name=former)
    if segment in (ELDER, SENIOR_P):
        person.phone = geo.landline(rng) if rng.random() < 0.85 else geo.mobile(rng)
        person.phone2 = geo.mobile(rng) if rng.random() < 0.35 else None
    elif segment != CHILD:
        person.phone = geo.mobile(rng)
        if rng.random() < 0.1:
            person.phone2 = geo.landline(rng)
    if family_of is not None and segment == ELDER:  # spouse: same landline
        person.phone = family_of.phone
    return person


FREQUENCIES = ("daily", "weekly", "twice_monthly", "monthly", "as_needed")
_FREQ_WEIGHTS = {ELDER: (4, 33, 32, 22, 9), ADULT: (0, 20, 28, 37, 15), YOUTH: (0, 15, 25, 40, 20),
                 GUARDIAN: (0, 5, 25, 45, 25)}
_HOUSEHOLDS = {ELDER: (("alone", "elderly_only", "alone_daytime", "with_family", "other"),
                       (58, 22, 12, 6, 2)),
               ADULT: (("alone", "with_family", "other"), (45, 45, 10)),
               YOUTH: (("with_family",), (1,)),
               GUARDIAN: (("with_family",), (1,))}
_CATEGORY_ODDS = {
    ELDER: (("loneliness", 0.4), ("illness", 0.25), ("dementia_concern", 0.12), ("disability", 0.08),
            ("financial_hardship", 0.08), ("caregiving", 0.06)),
    ADULT: (("hikikomori", 0.4), ("financial_hardship", 0.35), ("loneliness", 0.4), ("illness", 0.15),
            ("disability", 0.12), ("crime_dv", 0.04)),
    YOUTH: (("hikikomori", 0.6), ("loneliness", 0.4), ("other", 0.1)),
    GUARDIAN: (("single_parent", 0.6), ("child_rearing", 0.7), ("financial_hardship", 0.5),
               ("crime_dv", 0.05), ("loneliness", 0.2)),
}
_CLOSURE = {ELDER: (("deceased", "institution", "moved", "improved", "own_wish", "unreachable", "other"),
                    (20, 25, 15, 10, 15, 5, 10)),
            "*": (("improved", "moved", "own_wish", "unreachable", "other"), (40, 25, 20, 10, 5))}


def set_support(ctx: Ctx, rng: random.Random, p: Person, years: int,
                registered: int | None = None) -> None:
    """Registration, plan, household, categories and status of a client or participant."""
    start, today = ctx.start_ord, ctx.today_ord
    seg = p.segment
    if registered is None:
        if rng.random() < min(0.45, 0.15 * years):
            registered = rng.randint(start, today - 3)
        else:
            registered = rng.randint(start - 8 * 365, start - 1)
    p.registered = max(registered, p.birth.toordinal() + 30)
    if not p.is_client:
        p.household = rng.choice((None, None, "alone", "with_family")) if seg != CHILD else "with_family"
        return
    p.frequency = rng.choices(FREQUENCIES, _FREQ_WEIGHTS[seg])[0]
    households, weights = _HOUSEHOLDS[seg]
    p.household = rng.choices(households, weights)[0]
    cats = ["elderly_alone"] if seg == ELDER and p.household in ("alone", "alone_daytime") else []
    if seg == ELDER and p.household == "elderly_only" and rng.random() < 0.3:
        cats.append("caregiving")
    cats += [code for code, odds in _CATEGORY_ODDS[seg] if rng.random() < odds and code not in cats]
    if p.romaji:
        cats.append("foreign_language")
    p.categories = cats or ["loneliness"]
    roll = rng.random()
    first_day = max(p.registered, start) + 30
    if roll < 0.05 * years and first_day < today - 10:
        reasons, weights = _CLOSURE.get(seg, _CLOSURE["*"])
        p.status, p.closed = "closed", rng.randint(first_day, today - 10)
        p.closure_reason = rng.choices(reasons, weights)[0]
    elif roll > 0.97 and first_day < today - 30:
        p.status, p.paused = "paused", rng.randint(max(first_day, today - 150), today - 20)


def assign_workers(ctx: Ctx, rng: random.Random, people: list[Person]) -> None:
    """Primary worker for every client; each volunteer gets 10–20 active older clients."""
    users = ctx.users
    for p in people:
        if p.is_client:
            p.primary = users.staff if rng.random() < 0.7 else users.admin
    for number, volunteer in enumerate(users.volunteers):
        wanted = rng.randint(10, 20)
        home = {d.code for d in geo.DISTRICTS[2 * number:2 * number + 2]}
        pool = [p for p in people if p.is_client and p.status == "active" and p.volunteer is None
                and p.segment == ELDER and p.frequency != "daily"]
        pool.sort(key=lambda p: (p.district.code not in home, p.idx))
        for p in pool[:wanted]:
            p.volunteer = volunteer


def generate(ctx: Ctx, n: int, n_places: int, years: int) -> list[Person]:
    rng, ids = ctx.rng("people"), ctx.ids("people")
    people: list[Person] = []
    guardian: Person | None = None
    siblings: list[str] = []
    for seg in plan_segments(rng, n, n_places):
        idx = len(people)
        if seg == CHILD and guardian is not None:
            p = new_person(ctx, rng, ids, idx, seg, family_of=guardian,
                           sibling_names=tuple(siblings))
            siblings.append(p.given)
            p.guardian = guardian
            p.registered = max(guardian.registered, p.birth.toordinal() + 30)
            p.household = "with_family"
        else:
            spouse_of = None
            if (seg == ELDER and people and people[-1].segment == ELDER
                    and people[-1].household == "elderly_only" and people[-1].spouse is None
                    and rng.random() < 0.35):
                spouse_of = people[-1]
            p = new_person(ctx, rng, ids, idx, seg, family_of=spouse_of)
            if seg == GUARDIAN:
                guardian, siblings = p, []
                if rng.random() < 0.3:  # some parents are clients themselves
                    p.kind = "client"
            set_support(ctx, rng, p, years,
                        registered=spouse_of.registered if spouse_of is not None else None)
            if spouse_of is not None:
                p.spouse, spouse_of.spouse, p.household = spouse_of, p, "elderly_only"
                p.categories = [c for c in p.categories if c != "elderly_alone"] or ["loneliness"]
        people.append(p)
    assign_workers(ctx, rng, people)
    ordered = sorted(people, key=lambda p: (p.registered, p.idx))
    for number, p in enumerate(ordered, start=1):
        p.code = f"P{number:06d}"
    return people
