"""来なくなった常連: the boundaries of the rule, what counts as a recorded session, who is
listed, volunteers' scope, and the SQL agreeing with the pure rule on random data."""

from __future__ import annotations

import random
from datetime import timedelta

import pytest

from kodoku_desk.models.participation import missed_since_regular
from kodoku_desk.services.stopped_coming import stopped_coming
from tests.services.mimamori_support import assign, user
from tests.services.places_support import TODAY, attend, held, person, place

# six weekly sessions, newest first: DAYS[0] is session 1
DAYS = [TODAY - timedelta(days=7 * k) for k in range(6)]


def _pattern(session, place_id, sessions, person_id, pattern: str, role="participant"):
    """``pattern``: one character per session, newest first: 'x' came, '.' did not."""
    for sid, mark in zip(sessions, pattern, strict=True):
        if mark == "x":
            attend(session, sid, person_id, role=role)


@pytest.fixture
def salon(new_db):
    session, _ = new_db
    pid = place(session)
    anchor = person(session, "毎回", "来", kana=("マイカイ", "クル"))
    sessions = [held(session, pid, day, attendees=(anchor,)) for day in DAYS]
    return session, pid, sessions


@pytest.mark.parametrize("pattern, missed", [
    ("..xxx.", 2),   # 3 of 4 before, then missed 2 → listed
    ("..xxxx", 2),
    ("...xxx", 3),   # missed 3 since the last time
    ("..x.xx", 2),
    ("..xx..", None),  # only 2 of 4: not a regular
    (".xxxxx", None),  # missed only 1
    ("x.xxxx", None),  # came back
    ("xxxxxx", None),
    ("......", None),
])
def test_rule_boundaries(salon, pattern, missed):
    session, pid, sessions = salon
    who = person(session)
    _pattern(session, pid, sessions, who, pattern)
    found = [r for r in stopped_coming(session, TODAY) if r.person_id == who]
    if missed is None:
        assert found == []
    else:
        row, = found
        assert row.missed == missed
        assert row.last_attended_on == DAYS[pattern.index("x")]
        assert (row.full_name, row.place_name, row.place_id) == ("山田 太郎", "ひだまりサロン", pid)


def test_sessions_without_attendance_and_future_sessions_do_not_count(salon):
    session, pid, sessions = salon
    who = person(session)
    _pattern(session, pid, sessions, who, "..xxx.")
    held(session, pid, TODAY - timedelta(days=1))            # nobody recorded: not taken
    held(session, pid, TODAY + timedelta(days=7), attendees=(who,))  # in the future
    assert [r.person_id for r in stopped_coming(session, TODAY)] == [who]
    assert stopped_coming(session, TODAY + timedelta(days=7)) == []  # next week they came back


def test_only_participants_active_people_and_active_places(salon):
    session, pid, sessions = salon
    volunteer_role = person(session, "手伝", kana=("テツダイ", ""))
    _pattern(session, pid, sessions, volunteer_role, "..xxxx", role="volunteer")
    closed = person(session, "終了", kana=("シュウリョウ", ""), status="closed")
    _pattern(session, pid, sessions, closed, "..xxxx")
    shut = place(session, "休止中の居場所", active=False)
    other = person(session, "別所", kana=("ベッショ", ""))
    anchor = person(session, "毎回", kana=("マイカイ", ""))
    shut_sessions = [held(session, shut, day, attendees=(anchor,)) for day in DAYS]
    _pattern(session, shut, shut_sessions, other, "..xxxx")
    assert stopped_coming(session, TODAY) == []


def test_one_row_per_place_longest_absence_first(salon):
    session, pid, sessions = salon
    cafe = place(session, "居場所カフェ")
    anchor = person(session, "常連", kana=("ジョウレン", ""))
    cafe_sessions = [held(session, cafe, day + timedelta(days=1), attendees=(anchor,))
                     for day in DAYS if day + timedelta(days=1) <= TODAY]
    cafe_sessions.append(held(session, cafe, DAYS[-1] - timedelta(days=6), attendees=(anchor,)))
    who = person(session)
    _pattern(session, pid, sessions, who, "..xxx.")
    _pattern(session, cafe, cafe_sessions, who, "...xxx")
    rows = stopped_coming(session, TODAY)
    assert [(r.place_name, r.missed) for r in rows] == [("居場所カフェ", 3), ("ひだまりサロン", 2)]


def test_volunteers_see_only_their_people(salon):
    session, pid, sessions = salon
    mine, theirs = person(session), person(session, "佐藤", kana=("サトウ", ""))
    for who in (mine, theirs):
        _pattern(session, pid, sessions, who, "..xxxx")
    volunteer = user(session, "vol", "volunteer")
    assign(session, mine, volunteer.user.id)
    assert {r.person_id for r in stopped_coming(session, TODAY)} == {mine, theirs}
    assert [r.person_id for r in stopped_coming(volunteer, TODAY)] == [mine]


def test_sql_agrees_with_the_pure_rule_on_random_attendance(new_db):
    session, _ = new_db
    rng = random.Random(4)
    expected = {}
    for p in range(5):
        pid = place(session, f"居場所{p}")
        count = rng.randint(3, 9)
        days = [TODAY - timedelta(days=5 * k + p) for k in range(count)]  # newest first
        people = [person(session, f"人{p}{i}", kana=("ヒト", "")) for i in range(8)]
        marks = {}
        for who in people:  # some drift away lately
            chance, lately = rng.uniform(0.4, 0.95), rng.choice((0.1, 0.5, 0.9))
            marks[who] = [rng.random() < (lately if k < 2 else chance) for k in range(count)]
        for k, day in enumerate(days):
            present = tuple(w for w in people if marks[w][k])
            if not present:  # an unrecorded session: the rule skips it
                for who in people:
                    marks[who][k] = None
            held(session, pid, day, attendees=present)
        for who in people:
            flags = [m for m in marks[who] if m is not None]
            missed = missed_since_regular(flags)
            if missed is not None:
                expected[who, pid] = missed
    got = {(r.person_id, r.place_id): r.missed for r in stopped_coming(session, TODAY)}
    assert got == expected
    assert expected  # the seed gives some
