"""見守り記録 page list: one day's visits across people, newest first; volunteers see
only their people; 「自分の記録だけ」 keeps the visits the user took part in."""

from __future__ import annotations

from datetime import datetime, timedelta

from kodoku_desk.models.visit import Visit, Visitor
from kodoku_desk.services.visit_log import visits_on
from kodoku_desk.services.visits import quick_visit_defaults, record_visit
from tests.services.mimamori_support import TODAY, assign, full_scans, person, recorded_sql, user

NOW = datetime(2026, 11, 27, 16, 0)


def _log(session, pid, at: datetime, **changes):
    base = quick_visit_defaults(session, pid, at)
    visit = Visit(**{**{f: getattr(base, f) for f in Visit.__dataclass_fields__}, **changes})
    return record_visit(session, visit, now=max(at, NOW)).visit


def test_visits_of_the_day_newest_first_with_labels(new_db):
    session, _ = new_db
    yamada, sato = person(session), person(session, "佐藤", "花子", kana=("サトウ", "ハナコ"))
    _log(session, yamada, datetime(2026, 11, 26, 23, 59))            # the day before
    _log(session, yamada, datetime(2026, 11, 27, 9, 30), note="元気そう")
    _log(session, sato, datetime(2026, 11, 27, 14, 0), method="phone",
         safety_check="not_confirmed", response_level=1, signs=("mail_piling_up",))
    _log(session, sato, datetime(2026, 11, 28, 0, 0))                  # the day after
    rows = visits_on(session, TODAY)
    assert [(r.person_name, r.visit_at.hour) for r in rows] == [("佐藤 花子", 14), ("山田 太郎", 9)]
    sato_row, yamada_row = rows
    assert (sato_row.method, sato_row.safety_check, sato_row.safety_confirmed) == (
        "電話", "確認できず", False)
    assert sato_row.follow_up and sato_row.response_level == 1
    assert sato_row.signs == ("新聞や郵便がたまっている",)
    assert yamada_row.note == "元気そう" and yamada_row.safety_confirmed
    assert yamada_row.visitors == (session.user.display_name,)
    assert visits_on(session, TODAY - timedelta(days=2)) == []


def test_volunteer_sees_own_people_and_mine_only_filters_by_visitor(new_db):
    session, _ = new_db
    mine, other = person(session), person(session, "佐藤")
    volunteer = user(session, "vol", "volunteer", "ボランティア 一郎")
    assign(session, mine, volunteer.user.id)
    _log(session, mine, datetime(2026, 11, 27, 10, 0))                    # by staff
    _log(volunteer, mine, datetime(2026, 11, 27, 11, 0))                  # by the volunteer
    _log(session, other, datetime(2026, 11, 27, 12, 0))
    assert len(visits_on(session, TODAY)) == 3
    assert [r.visit_at.hour for r in visits_on(volunteer, TODAY)] == [11, 10]
    assert [r.visit_at.hour for r in visits_on(volunteer, TODAY, mine_only=True)] == [11]
    together = _log(session, other, datetime(2026, 11, 27, 13, 0), visitors=(
        Visitor(user_id=session.user.id, visitor_kind="staff"),
        Visitor(visitor_name="田中", visitor_kind="minsei")))
    [row] = [r for r in visits_on(session, TODAY, mine_only=True) if r.visit_id == together.id]
    assert row.visitors == (session.user.display_name, "民生委員 田中")


def test_day_list_reads_through_indexes(new_db):
    session, _ = new_db
    pid = person(session)
    volunteer = user(session, "vol", "volunteer")
    assign(session, pid, volunteer.user.id)
    _log(session, pid, datetime(2026, 11, 27, 10, 0))
    with recorded_sql(session) as statements:
        visits_on(volunteer, TODAY, mine_only=True)
    assert full_scans(session, statements) == [], statements
