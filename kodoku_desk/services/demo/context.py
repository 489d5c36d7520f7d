"""Shared state of one demo-data run: seeded randomness, dates, users, stamps, ids.

Dates inside the generator are proleptic ordinals (``date.toordinal()``) so the
hot loops do integer arithmetic and look ISO strings up in a table.  Every
random choice comes from a :class:`random.Random` seeded from the run's seed
and the stage name, so a stage's output does not change when another stage
draws more or fewer numbers.
"""

from __future__ import annotations

import bisect
import itertools
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from faker import Faker

#: Japan Standard Time is UTC+9 all year (no summer time).
JST_OFFSET_HOURS = 9


def stage_rng(seed: int, stage: str) -> random.Random:
    """A Random for one stage, independent of the others (string seeds are stable)."""
    return random.Random(f"kodoku-demo:{seed}:{stage}")


class Ids:
    """UUID text ids drawn from a seeded Random (version 4 layout, deterministic).

    Same text as ``str(uuid.UUID(int=bits, version=4))``, five times faster.
    """

    __slots__ = ("_bits",)

    def __init__(self, rng: random.Random) -> None:
        self._bits = rng.getrandbits

    def __call__(self) -> str:
        h = f"{self._bits(128):032x}"
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{_VARIANT[h[16]]}{h[17:20]}-{h[20:]}"


# RFC 4122 variant: the two top bits of the 17th hex digit are 10.
_VARIANT = {c: "89ab"[int(c, 16) & 3] for c in "0123456789abcdef"}


@dataclass
class Users:
    admin: str
    staff: str
    volunteers: list[str]
    names: dict[str, str] = field(default_factory=dict)  # user id → display name

    @property
    def office(self) -> list[str]:
        """Users who enter records in the office (staff and the coordinator)."""
        return [self.staff, self.admin]


@dataclass
class Ctx:
    seed: int
    today: date
    start: date
    users: Users
    fake: Faker
    _dates: dict[int, str] = field(default_factory=dict, repr=False)

    @property
    def today_ord(self) -> int:
        return self.today.toordinal()

    @property
    def start_ord(self) -> int:
        return self.start.toordinal()

    def rng(self, stage: str) -> random.Random:
        return stage_rng(self.seed, stage)

    def ids(self, stage: str) -> Ids:
        return Ids(stage_rng(self.seed, "ids:" + stage))

    def ds(self, ordinal: int) -> str:
        """ISO date text of an ordinal (cached)."""
        text = self._dates.get(ordinal)
        if text is None:
            text = self._dates[ordinal] = date.fromordinal(ordinal).isoformat()
        return text

    def stamp(self, ordinal: int, minute_of_day: int) -> str:
        """``created_at``-style UTC text for a local (JST) day and minute of day."""
        minutes = minute_of_day - JST_OFFSET_HOURS * 60
        day = ordinal
        if minutes < 0:
            minutes += 24 * 60
            day -= 1
        return f"{self.ds(day)}T{minutes // 60:02d}:{minutes % 60:02d}:00+00:00"

    def local(self, ordinal: int, minute_of_day: int) -> str:
        """Local ``YYYY-MM-DDTHH:MM`` (visit_at, checked_in_at, acted_at)."""
        return f"{self.ds(ordinal)}T{minute_of_day // 60:02d}:{minute_of_day % 60:02d}"


def weekday(ordinal: int) -> int:
    """Monday = 0 … Sunday = 6, as date.weekday()."""
    return (ordinal - 1) % 7


def years_before(day: date, years: int) -> date:
    """The same calendar day ``years`` earlier (28 February for 29 February)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def add_days(day: date, days: int) -> date:
    return day + timedelta(days=days)


def hm(minute_of_day: int) -> str:
    return f"{minute_of_day // 60:02d}:{minute_of_day % 60:02d}"


def randint(rnd: Callable[[], float], low: int, high: int) -> int:
    """``random.randint`` for hot loops: ``rnd`` is a bound ``Random.random``."""
    return low + int(rnd() * (high - low + 1))


class Weighted:
    """A weighted choice for hot loops: ``Weighted(items, weights)(rng.random)``."""

    __slots__ = ("_cumulative", "_items", "_total")

    def __init__(self, items: Sequence, weights: Sequence[float]) -> None:
        self._items = tuple(items)
        self._cumulative = list(itertools.accumulate(weights))
        self._total = self._cumulative[-1]

    def __call__(self, rnd: Callable[[], float]):
        return self._items[bisect.bisect(self._cumulative, rnd() * self._total)]
