"""見守り visits over the period: a cadence per person, what was seen, and what followed.

Each client is contacted at the interval of their 見守り頻度 (a little early
more often than late); a worrying visit brings the next one forward.  A few
active people are deliberately left without contact beyond their interval
(overdue on the home page); everyone else active has a confirmed contact
within it.  The loop draws from precomputed pools, never from Faker.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from datetime import date

from kodoku_desk.models.codes import STOPPED_ATTENDING
from kodoku_desk.models.frequency import INTERVAL_DAYS
from kodoku_desk.services.demo import escalation, geo, names, texts
from kodoku_desk.services.demo.context import Ctx, Weighted, randint, weekday
from kodoku_desk.services.demo.people import Person
from kodoku_desk.store.bulk import CHUNK_ROWS
from kodoku_desk.store.schema.visits import follow_ups, visit_actions, visit_signs, visit_visitors, visits

METHODS = Weighted(("visit_met", "phone", "visit_absent", "exterior_check", "community_greeting",
                    "other"), (50, 24, 5, 5, 8, 1))
DAILY_METHODS = Weighted(("sensor", "phone", "visit_met"), (45, 45, 10))
CONCERN_LEVEL = Weighted((1, 2, 3), (80, 19.5, 0.5))
OUTSIDE_LEVEL = Weighted((1, 2, 3), (55, 40, 5))
HOURS = {"visit_met": (570, 990), "visit_absent": (570, 990), "exterior_check": (540, 1020),
         "phone": (540, 1140), "community_greeting": (480, 1020), "sensor": (420, 600),
         "other": (570, 990), "place_meeting": (0, 0)}
OUTSIDE = ("not_seen_going_out", "mail_piling_up", "laundry_left_out", "lights_off_or_on_all_night",
           "lights_on_daytime", "shutters_closed_daytime", "window_open_in_rain", "garbage_overflowing")
IN_PERSON = ("looks_unwell", "low_energy", "weight_loss", "stopped_greeting", "confused_talk",
             "bruises", "caregiver_exhausted", "messy_room", "unsuitable_clothes", "unsteady_walk",
             "cannot_prepare_meals")
BY_PHONE = ("low_energy", "confused_talk", "cannot_prepare_meals", "no_neighbour_contact")
MET = frozenset(("visit_met", "phone", "community_greeting", "place_meeting"))
ON_FOOT = frozenset(("visit_met", "visit_absent", "exterior_check", "community_greeting"))
INTAKE_NOTE = "初回訪問。支援の説明と同意の確認を行った。"
STOPPED_NOTE = "居場所に来なくなったため、様子を伺った。"


class VisitWriter:
    def __init__(self, ctx: Ctx, writer) -> None:
        self.ctx, self.writer = ctx, writer
        self.rng, self.ids = ctx.rng("visits"), ctx.ids("visits")
        self.visits: list[dict] = []
        self.visitors: list[dict] = []
        self.signs: list[dict] = []
        self.actions: list[dict] = []
        self.follow_ups: list[dict] = []
        name_rng = ctx.rng("minsei")
        self.minsei = {d.code: [names.display_name(name_rng, ctx.fake, g, 1952)
                                for g in ("female", "male", "female")] for d in geo.DISTRICTS}

    def flush(self) -> None:
        self.writer.put_all([(visits, self.visits), (visit_visitors, self.visitors),
                             (visit_signs, self.signs), (visit_actions, self.actions),
                             (follow_ups, self.follow_ups)])
        for buffer in (self.visits, self.visitors, self.signs, self.actions, self.follow_ups):
            buffer.clear()

    # ------------------------------------------------------------ one visit
    def visit(self, p: Person, day: int, interval: int | None, *, method: str | None = None,
              force_confirmed: bool = False, note: str | None = None,
              stopped_sign: bool = False) -> tuple[int, bool]:
        """Write one visit; return (response level, safety confirmed)."""
        rng, ctx, users = self.rng, self.ctx, self.ctx.users
        rnd = rng.random
        if method is None:
            method = (DAILY_METHODS if interval == 1 else METHODS)(rnd)
        if method == "place_meeting":
            minute = 600
        else:
            low, high = HOURS[method]
            minute = randint(rnd, low // 5, high // 5) * 5
        # who went, who wrote it down
        if method == "sensor":
            kind, user, by = "staff", p.primary, p.primary
        elif p.volunteer and rnd() < 0.55:
            kind, user, by = "volunteer", p.volunteer, p.volunteer
        elif method in ON_FOOT and rnd() < 0.25:
            kind, user, by = "minsei", None, p.primary
        else:
            kind = "staff"
            user = by = p.primary if rnd() < 0.85 else users.office[rnd() < 0.5]
        if force_confirmed:
            safety = "confirmed"
        elif method == "visit_absent":
            safety = "not_confirmed"
        elif method == "exterior_check":
            safety = "confirmed" if rnd() < 0.3 else "not_confirmed"
        elif method == "phone":
            safety = "confirmed" if rnd() < 0.93 else "not_confirmed"
        else:
            safety = "confirmed"
        confirmed = safety == "confirmed"
        condition, condition_note, signs, level = None, note, [], 0
        if confirmed and method in MET:
            if rnd() < 0.085 and not force_confirmed:
                condition = "concern"
                pool = BY_PHONE if method == "phone" else IN_PERSON
                signs = rng.sample(pool, k=1 if rnd() < 0.7 else 2)
                condition_note = condition_note or _pick(rnd, texts.CONDITION_CONCERN)
                level = CONCERN_LEVEL(rnd) if rnd() < 0.92 else 0
            else:
                condition = "no_change"
                if condition_note is None and rnd() < 0.3:
                    condition_note = _pick(rnd, texts.CONDITION_FINE)
        elif not confirmed:
            if method == "phone" and rnd() < 0.4:
                signs = ["phone_unanswered"]
                level = 1 if rnd() < 0.5 else 0
            elif method in ("visit_absent", "exterior_check") and rnd() < 0.15:
                signs = [_pick(rnd, OUTSIDE)]
                level = OUTSIDE_LEVEL(rnd)
        if stopped_sign:
            signs.append(STOPPED_ATTENDING)
            level = max(level, 1)
            condition_note = condition_note or STOPPED_NOTE
        visit_id = self.ids()
        if kind == "volunteer" and rnd() < 0.3:  # written up the next morning
            stamp = ctx.stamp(day + 1, randint(rnd, 600, 720))
        else:
            stamp = ctx.stamp(day, min(minute + randint(rnd, 10, 180), 1260))
        stamps = {"created_at": stamp, "updated_at": stamp, "created_by": by}
        self.visits.append({
            "id": visit_id, "person_id": p.id, "visit_at": ctx.local(day, minute), "method": method,
            "safety_check": safety, "condition": condition, "condition_note": condition_note,
            "response_level": level, "follow_up_requested": level >= 1,
            "next_due": ctx.ds(day + interval) if interval else None,
            "note": _pick(rnd, texts.VISIT_NOTES) if rnd() < 0.03 else None, **stamps})
        name = _pick(rnd, self.minsei[p.district.code]) if kind == "minsei" else None
        self.visitors.append({"id": self.ids(), "visit_id": visit_id, "user_id": user,
                              "visitor_name": name,
                              "visitor_kind": kind, **stamps})
        if kind == "volunteer" and method == "visit_met" and rnd() < 0.1:
            self.visitors.append({"id": self.ids(), "visit_id": visit_id, "user_id": p.primary,
                                  "visitor_name": None,
                                  "visitor_kind": "staff", **stamps})
        for code in dict.fromkeys(signs):
            self.signs.append({"visit_id": visit_id, "sign_code": code, **stamps})
        if level >= 2:
            self.actions += escalation.action_rows(ctx, rng, self.ids, visit_id, level, day, minute, stamps)
        if level >= 1:
            assignee = p.volunteer if level == 1 and p.volunteer and rnd() < 0.5 else p.primary
            self.follow_ups.append(escalation.follow_up_row(
                ctx, rng, self.ids, person_id=p.id, visit_id=visit_id, level=level, day=day,
                assignee=assignee, closer=assignee if level == 1 else p.primary,
                reason=texts.FOLLOW_UP_REASONS[1][3] if stopped_sign else None, stamps=stamps))
        return level, confirmed

    # ------------------------------------------------------------ one person
    def person(self, p: Person) -> None:
        ctx, rng = self.ctx, self.rng
        interval = INTERVAL_DAYS.get(p.frequency or "as_needed")
        first = max(p.registered, ctx.start_ord)
        last = min(p.end if p.end is not None else ctx.today_ord, ctx.today_ord)
        if p.overdue and interval:
            last = min(last, ctx.today_ord - interval - rng.randint(3, 20))
        if first > last:
            return
        intake = p.registered >= ctx.start_ord
        day = first if intake else first + rng.randint(0, (interval or 30) - 1)
        last_visit = last_confirmed = None
        stop_due = p.stopped_attending + rng.randint(10, 30) if p.stopped_attending else None
        while day <= last:
            if interval != 1 and _office_closed(day, p.volunteer is not None):
                day += 1
                continue
            if (day == ctx.today_ord and last_visit is not None and interval
                    and last_visit + interval == day and rng.random() < 0.6):
                break  # due today and not done yet: 今日の訪問予定
            method, visit_day = None, day
            if p.attended and interval != 1 and rng.random() < 0.5:
                i = bisect.bisect_left(p.attended, day)
                if i < len(p.attended) and p.attended[i] <= min(day + 3, last):
                    method, visit_day = "place_meeting", p.attended[i]
            stopped = stop_due is not None and visit_day >= stop_due and method is None
            level, confirmed = self.visit(p, visit_day, interval, method=method,
                                          note=INTAKE_NOTE if intake and last_visit is None else None,
                                          stopped_sign=stopped)
            if stopped:
                stop_due = None
            last_visit = visit_day
            if confirmed:
                last_confirmed = visit_day
            if method is None and not confirmed and interval != 1 and visit_day < last:
                call_day = visit_day + rng.randint(0, 1)
                if _office_closed(call_day, False):
                    call_day = visit_day
                _, reached = self.visit(p, call_day, interval, method="phone",
                                        force_confirmed=rng.random() < 0.85)
                last_visit = call_day
                if reached:
                    last_confirmed = call_day
            day = visit_day + self._gap(interval)
            if level >= 1 and interval != 1:
                day = min(day, visit_day + rng.randint(2, 7))
        if p.status == "active" and not p.overdue and interval:
            contact = max(last_confirmed or 0, p.attended[-1] if p.attended else 0)
            if ctx.today_ord - contact > interval:
                fix = max(last_visit or 0, ctx.today_ord - rng.randint(0, interval - 1))
                self.visit(p, fix, interval, method=rng.choice(("phone", "visit_met")),
                           force_confirmed=True)
        if len(self.visits) >= CHUNK_ROWS:
            self.flush()

    def _gap(self, interval: int | None) -> int:
        rnd = self.rng.random
        if interval is None:
            return randint(rnd, 20, 90)
        if interval == 1:
            return 1 if rnd() < 0.85 else 2
        if rnd() < 0.06:  # late
            return interval + randint(rnd, 1, max(1, interval // 3))
        return max(1, interval - randint(rnd, 0, interval // 4))


def _pick(rnd, items):
    return items[int(rnd() * len(items))]


def _office_closed(day: int, volunteer: bool) -> bool:
    """Sundays (volunteers visit on any day) and 年末年始 (29 December – 3 January)."""
    if not volunteer and weekday(day) == 6:
        return True
    d = date.fromordinal(day)
    return (d.month == 12 and d.day >= 29) or (d.month == 1 and d.day <= 3)


def choose_overdue(ctx: Ctx, clients: list[Person]) -> None:
    """Mark a handful of active clients (about 2%, at least 3) as deliberately overdue."""
    rng = ctx.rng("overdue")
    today = ctx.today_ord
    pool = []
    for p in clients:
        interval = INTERVAL_DAYS.get(p.frequency or "as_needed")
        if p.status != "active" or not interval:
            continue
        cutoff = today - interval - 25
        if p.registered < cutoff - 30 and (not p.attended or p.attended[-1] < cutoff):
            pool.append(p)
    wanted = min(len(pool), max(3, round(len(clients) * 0.02)))
    for p in rng.sample(pool, wanted):
        p.overdue = True


def write(ctx: Ctx, writer, people: list[Person], report: Callable[[float], None]) -> None:
    clients = sorted((p for p in people if p.is_client), key=lambda p: p.code)
    choose_overdue(ctx, clients)
    out = VisitWriter(ctx, writer)
    step = max(1, len(clients) // 50)
    for number, p in enumerate(clients, start=1):
        out.person(p)
        if number % step == 0:
            report(number / len(clients))
    out.flush()
    report(1.0)
