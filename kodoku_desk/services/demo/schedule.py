"""居場所 schedules: kinds of place, their usual times, and the days sessions were held."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

import holidays

from kodoku_desk.services.demo.context import weekday

#: The first places of a small organisation, then the mix used for large ones.
FIRST_KINDS = ("salon", "kodomo_shokudo", "ibasho_cafe", "study_support", "food_pantry", "online")
MORE_KINDS = ("salon", "ibasho_cafe", "kodomo_shokudo", "salon", "study_support", "salon",
              "kodomo_shokudo", "food_pantry", "ibasho_cafe", "online")


@dataclass(frozen=True)
class Template:
    names: tuple[str, ...]        # {town} / {district} are filled in
    venues: tuple[str, ...]
    form: str                     # activity_form code
    start: int                    # minute of day
    end: int
    fees: tuple[int, ...]


TEMPLATES = {
    "salon": Template(("ふれあいいきいきサロン{town}", "{town}おしゃべりサロン", "サロン・ひだまり{town}"),
                      ("{town}町会会館", "{town}ふれあい館 和室", "{district}地区センター"),
                      "salon", 13 * 60 + 30, 15 * 60 + 30, (100, 200, 300)),
    "kodomo_shokudo": Template(("{town}みんな食堂", "こども食堂 にじいろ{town}", "{district}こども食堂"),
                               ("{town}会館 調理室", "地域交流スペース{town}", "{town}寺 本堂"),
                               "shared_meal", 17 * 60, 19 * 60 + 30, (300,)),
    "ibasho_cafe": Template(("居場所カフェ ほっと{town}", "まちなかカフェ{town}", "コミュニティカフェ{district}"),
                            ("空き店舗活用スペース{town}", "{town}団地集会所", "カフェスペース{district}"),
                            "salon", 10 * 60, 15 * 60, (100, 200)),
    "study_support": Template(("学習支援教室{town}", "まなびば{district}"),
                              ("{town}市民センター 学習室", "{district}地区センター 会議室"),
                              "study_support", 17 * 60, 19 * 60, (0,)),
    "food_pantry": Template(("フードパントリー{district}", "おすそわけ便{town}"),
                            ("{district}地区センター 倉庫前", "{town}会館"),
                            "food_pantry", 10 * 60, 12 * 60, (0,)),
    "online": Template(("オンラインおしゃべり会", "オンライン居場所「つながるば」"),
                       ("オンライン（Zoom）",), "online", 19 * 60 + 30, 21 * 60, (0,)),
}


def place_count(people: int) -> int:
    """4–6 places for a small organisation, about one per 50 people beyond that."""
    if people < 100:
        return 4
    if people < 250:
        return 5
    if people < 350:
        return 6
    return max(6, people // 50)


def kind_of(number: int) -> str:
    if number < len(FIRST_KINDS):
        return FIRST_KINDS[number]
    return MORE_KINDS[number % len(MORE_KINDS)]


def schedule_for(rng: random.Random, kind: str) -> tuple[dict, int]:
    """A schedule rule (stored as JSON in places.schedule) and the start minute.

    ``{"weekday": 3}``: every week; ``{"nth": 2, "weekday": 1}``: the 2nd Tuesday;
    ``{"nth": [2, 4], "weekday": 5}``: 2nd and 4th Saturday; ``nth`` -1 is the last one.
    Weekdays count from Monday = 0, as Python's date.weekday().
    """
    start = TEMPLATES[kind].start
    if kind == "salon":
        nth = rng.choice((1, 2, 3, 4))
        rule = {"nth": [nth, nth + 2] if nth <= 2 and rng.random() < 0.35 else nth,
                "weekday": rng.choice((1, 2, 3))}
    elif kind == "kodomo_shokudo":
        if rng.random() < 0.5:
            rule, start = {"nth": [2, 4], "weekday": 5}, 11 * 60 + 30
        else:
            rule = {"nth": [1, 3], "weekday": rng.choice((2, 4))}
    elif kind == "ibasho_cafe":
        rule = {"weekday": rng.choice((1, 3, 4))}
    elif kind == "study_support":
        rule = {"weekday": rng.choice((1, 4))}
    elif kind == "food_pantry":
        rule = {"nth": -1, "weekday": 5}
    else:
        rule = {"nth": 3, "weekday": 4}
    return rule, start


def session_days(rule: dict, first: int, last: int, *, weekly_skips_holidays: bool = True) -> list[int]:
    """Ordinals of the days in [first, last] that ``rule`` falls on.

    No sessions during 年末年始 (29 Dec – 3 Jan) and お盆 (13–16 Aug); weekly
    places also close on national holidays unless ``weekly_skips_holidays`` is False.
    """
    if first > last:
        return []
    first_date, last_date = date.fromordinal(first), date.fromordinal(last)
    jp = holidays.country_holidays("JP", years=range(first_date.year, last_date.year + 1))
    wd = rule["weekday"]
    nth = rule.get("nth")
    wanted = None if nth is None else (nth if isinstance(nth, list) else [nth])
    days = []
    ordinal = first + (wd - weekday(first)) % 7
    while ordinal <= last:
        d = date.fromordinal(ordinal)
        if _closed(d):
            ordinal += 7
            continue
        if wanted is None:
            if not (weekly_skips_holidays and d in jp):
                days.append(ordinal)
        else:
            index = (d.day - 1) // 7 + 1
            is_last = (d.day + 7) > _month_days(d)
            if index in wanted or (-1 in wanted and is_last):
                days.append(ordinal)
        ordinal += 7
    return days


def _closed(d: date) -> bool:
    return (d.month == 12 and d.day >= 29) or (d.month == 1 and d.day <= 3) or \
        (d.month == 8 and 13 <= d.day <= 16)


def _month_days(d: date) -> int:
    nxt = date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return (nxt - date(d.year, d.month, 1)).days
