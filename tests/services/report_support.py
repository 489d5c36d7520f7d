"""A small hand-built dataset for the report-table tests (rows inserted directly), and
helpers to read a StatTable back as plain lists.

The period is 2025Q3 (令和7年度 第3四半期, 2025-10 … 2025-12; 基準日 2025-12-31).
Every name, phone number and note below is private text that must never reach a table
(:data:`PRIVATE_TEXT`).  The expected tables are written out in the tests.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import insert

from kodoku_desk.models.person import Address, EmergencyContact, Person
from kodoku_desk.models.stat_table import StatTable
from kodoku_desk.store import codes_repo, persons_repo
from kodoku_desk.store.schema.admin import organizations
from kodoku_desk.store.schema.places import attendance, place_sessions, places, walkins
from kodoku_desk.store.schema.records import assessments, referrals
from kodoku_desk.store.schema.visits import follow_ups, visit_signs, visits

STAMP = {"created_at": "2026-01-01T00:00:00+00:00", "updated_at": "2026-01-01T00:00:00+00:00",
         "created_by": None}

PRIVATE_TEXT = [
    "青木", "花子", "アオキ", "馬場", "ババ", "千葉", "チバ", "土井", "江藤", "藤田", "フジタ", "林",
    "ハヤシ", "五十嵐", "宮本", "ミヤモト", "渡辺", "090-1111-2222", "0311112222", "03-9999-0000",
    "桜町", "ひばりが丘", "ひだまりサロン", "こども食堂みらい", "あおば包括", "郵便受けに新聞が三日分",
    "長男と連絡がつかない", "夜間の徘徊が心配", "主治医に相談済み", "本人希望で見送り",
    "折り紙教室", "雨天のため室内", "本人の聞き取りメモ", "民生委員 佐藤",
]


def _id() -> str:
    return str(uuid.uuid4())


def _person(conn, family: str, kana: str, *, kind: str = "client", gender: str | None = None,
            household: str | None = None, district: str | None = None,
            birth: date | None = None, registered: date | None = None, status: str = "active",
            closed: date | None = None, categories: tuple[str, ...] = (),
            phone: str | None = "090-1111-2222") -> str:
    return persons_repo.insert_person(conn, Person(
        kind=kind, family_name=family, given_name="花子", family_kana=kana, given_kana="ハナコ",
        gender=gender, household_type=household, district_code=district, birth_date=birth,
        registered_on=registered, status=status, closed_on=closed,
        closure_reason="moved" if status == "closed" else None, support_categories=categories,
        phone=phone, address=Address(town="桜町", building="ひばりが丘"),
        emergency=EmergencyContact(name="渡辺", phone="03-9999-0000"),
        note="夜間の徘徊が心配"), user_id=None)


def _visit(conn, person: str, at: str, method: str, safety: str = "confirmed", level: int = 0,
           signs: tuple[str, ...] = ()) -> str:
    vid = _id()
    conn.execute(insert(visits).values(
        id=vid, person_id=person, visit_at=at, method=method, safety_check=safety,
        condition="concern", condition_note="郵便受けに新聞が三日分", response_level=level,
        follow_up_requested=False, note="長男と連絡がつかない", **STAMP))
    for sign in signs:
        conn.execute(insert(visit_signs).values(visit_id=vid, sign_code=sign, **STAMP))
    return vid


def _follow_up(conn, person: str, opened: str, urgency: str, *, closed: str | None = None,
               outcome: str | None = None) -> None:
    conn.execute(insert(follow_ups).values(
        id=_id(), person_id=person, opened_on=opened, urgency=urgency,
        reason="長男と連絡がつかない", status="closed" if closed else "open", closed_on=closed,
        outcome=outcome, outcome_note="主治医に相談済み" if closed else None, **STAMP))


def _referral(conn, person: str, kind: str, on: str, outcome: str = "in_progress",
              outcome_on: str | None = None, org: str | None = None) -> None:
    conn.execute(insert(referrals).values(
        id=_id(), person_id=person, organization_id=org, destination_kind=kind, referred_on=on,
        reason="夜間の徘徊が心配", outcome=outcome, outcome_on=outcome_on,
        note="本人希望で見送り", **STAMP))


def _assessment(conn, person: str, on: str, ucla: tuple, direct: int | None, q4: str | None,
                created: str = "2026-01-01T00:00:00+00:00") -> None:
    conn.execute(insert(assessments).values(
        id=_id(), person_id=person, assessed_on=on, ucla_q1=ucla[0], ucla_q2=ucla[1],
        ucla_q3=ucla[2], direct_q=direct, q4=q4, note="本人の聞き取りメモ",
        created_at=created, updated_at=created, created_by=None))


def _session(conn, place: str, day: str, *, meals: int = 0, walkin: dict | None = None,
             people: tuple[tuple[str, str, str], ...] = ()) -> None:
    sid = _id()
    conn.execute(insert(place_sessions).values(
        id=sid, place_id=place, held_on=day, start_time="10:00", end_time="12:00",
        venue="桜町", activity_form="salon", program="折り紙教室", meals_served=meals,
        note="雨天のため室内", **STAMP))
    for person, category, role in people:
        conn.execute(insert(attendance).values(id=_id(), session_id=sid, person_id=person,
                                               category=category, role=role, **STAMP))
    for category, count in (walkin or {}).items():
        conn.execute(insert(walkins).values(session_id=sid, category=category, count=count,
                                            **STAMP))


def seed(session) -> dict[str, str]:
    """The dataset described in tests/services/test_report_tables.py; returns person ids."""
    with session.engine.begin() as conn:
        codes_repo.add_custom(conn, "district", "chuo", "中央地区", "Chuo", None)
        codes_repo.add_custom(conn, "district", "higashi", "東地区", "Higashi", None)
        org = _id()
        conn.execute(insert(organizations).values(id=org, name="あおば包括", kind="houkatsu",
                                                  phone="0311112222", **STAMP))
        p = {
            "A": _person(conn, "青木", "アオキ", gender="female", household="alone",
                         district="chuo", birth=date(1940, 5, 10), registered=date(2024, 4, 1),
                         categories=("elderly_alone", "illness")),
            "B": _person(conn, "馬場", "ババ", gender="male", household="elderly_only",
                         district="higashi", birth=date(1955, 12, 31),
                         registered=date(2025, 11, 15), categories=("elderly_alone",)),
            "C": _person(conn, "千葉", "チバ", gender="female", household="with_family",
                         district="chuo", birth=date(2015, 4, 2), registered=date(2025, 1, 10),
                         status="closed", closed=date(2025, 11, 30), categories=("child_rearing",)),
            "D": _person(conn, "土井", "ドイ", registered=date(2023, 6, 1), status="closed",
                         closed=date(2025, 6, 30)),
            "E": _person(conn, "江藤", "エトウ", gender="male", household="alone",
                         district="higashi", birth=date(1990, 4, 1), registered=date(2026, 1, 5)),
            "F": _person(conn, "藤田", "フジタ", gender="female", household="alone", district="nishi",
                         birth=date(2007, 4, 1), registered=date(2025, 10, 1), status="closed",
                         closed=date(2025, 10, 31)),
            "H": _person(conn, "林", "ハヤシ", gender="female", household="alone", district="chuo",
                         birth=date(1935, 1, 1), registered=date(2025, 12, 31), status="paused",
                         categories=("disability", "elderly_alone")),
            "G": _person(conn, "五十嵐", "イガラシ", kind="participant"),
            "V": _person(conn, "宮本", "ミヤモト", kind="participant"),
            "W": _person(conn, "渡辺", "ワタナベ", kind="participant"),
        }
        a, b, c, h = p["A"], p["B"], p["C"], p["H"]
        # 見守り (and two visits just outside the period)
        _visit(conn, a, "2025-09-30T23:00", "visit_met", signs=("bad_smell",))
        _visit(conn, a, "2025-10-05T10:00", "visit_met", signs=("low_energy",))
        _visit(conn, a, "2025-10-20T14:00", "phone")
        _visit(conn, a, "2025-11-03T10:00", "visit_absent", "not_confirmed", 1,
               signs=("mail_piling_up", "lights_on_daytime"))
        _visit(conn, a, "2025-12-10T10:00", "visit_met", level=2, signs=("looks_unwell",))
        _visit(conn, a, "2026-01-01T00:00", "visit_met")
        _visit(conn, b, "2025-11-20T10:00", "visit_met")
        _visit(conn, b, "2025-11-25T10:00", "visit_met")
        _visit(conn, b, "2025-12-01T10:00", "phone", "not_confirmed", 1, signs=("phone_unanswered",))
        _visit(conn, c, "2025-10-07T16:00", "phone")
        _visit(conn, h, "2025-12-31T18:00", "sensor")
        # フォローアップ
        _follow_up(conn, a, "2025-10-05", "high", closed="2025-10-20", outcome="resolved")
        _follow_up(conn, a, "2025-11-03", "normal")
        _follow_up(conn, b, "2025-12-01", "normal", closed="2025-12-15", outcome="connected")
        _follow_up(conn, c, "2025-09-01", "low", closed="2025-10-10", outcome="watching")
        _follow_up(conn, h, "2025-12-20", "low", closed="2026-01-05", outcome="resolved")
        _follow_up(conn, c, "2025-08-01", "low", closed="2025-11-20")   # no outcome recorded
        # つなぎ
        _referral(conn, a, "houkatsu", "2025-10-10", "connected", "2025-11-01", org=org)
        _referral(conn, a, "shakyo", "2025-11-05")
        _referral(conn, b, "houkatsu", "2025-12-05", "connected", "2026-01-10", org=org)
        _referral(conn, c, "medical", "2025-10-15", "not_connected", "2025-10-30")
        _referral(conn, h, "houkatsu", "2025-09-20")
        # 居場所
        salon, kodomo = _id(), _id()
        conn.execute(insert(places).values(id=salon, name="ひだまりサロン", kind="salon",
                                           active=True, **STAMP))
        conn.execute(insert(places).values(id=kodomo, name="こども食堂みらい", kind="kodomo_shokudo",
                                           active=True, **STAMP))
        g, v, w = p["G"], p["V"], p["W"]
        _session(conn, salon, "2025-09-13", people=((a, "senior", "participant"),))
        _session(conn, salon, "2025-10-11", meals=10, walkin={"senior": 2},
                 people=((a, "senior", "participant"), (g, "adult", "participant"),
                         (v, "adult", "volunteer")))
        _session(conn, salon, "2025-11-08",
                 people=((a, "senior", "participant"), (g, "guardian", "participant")))
        _session(conn, kodomo, "2025-11-22", meals=20, walkin={"elementary": 3, "guardian": 1},
                 people=((c, "elementary", "participant"), (g, "adult", "participant"),
                         (v, "adult", "volunteer")))
        _session(conn, kodomo, "2025-12-20", meals=15,
                 people=((c, "elementary", "participant"), (v, "adult", "volunteer"),
                         (w, "adult", "staff")))
        _session(conn, salon, "2026-01-10", people=((a, "senior", "participant"),))
        # 孤独感
        _assessment(conn, a, "2025-04-01", (3, 3, 3), 4, "6")
        _assessment(conn, a, "2025-10-01", (2, 2, 2), 3, "unanswered")
        _assessment(conn, a, "2026-01-15", (1, 1, 1), 1, "1")
        _assessment(conn, b, "2025-11-01", (4, 4, 4), 5, "7")
        _assessment(conn, b, "2025-12-01", (4, 4, None), 5, "5")
        _assessment(conn, c, "2025-10-10", (2, 2, 2), 2, "3")
        _assessment(conn, h, "2025-12-20", (1, 1, 1), 1, None, created="2025-12-20T09:00:00+00:00")
        _assessment(conn, h, "2025-12-20", (1, 2, 1), 2, None, created="2025-12-20T10:00:00+00:00")
    return p


Pair = tuple[int, int]


def grid(table: StatTable) -> dict[str, list[Pair]]:
    """label → [(value, persons) of each cell …, row total]; 「計」 → column totals + grand."""
    out = {label: [(c.value, c.persons) for c in row] + [(total.value, total.persons)]
           for label, row, total in zip(table.row_labels, table.cells,
                                                 table.row_totals, strict=True)}
    out["計"] = [(c.value, c.persons) for c in table.col_totals] + [
        (table.grand_total.value, table.grand_total.persons)]
    return out


def same(*values: int) -> list[Pair]:
    """Cells whose value is also the number of persons: same(1, 0, 2) → [(1, 1), (0, 0), (2, 2)]."""
    return [(v, v) for v in values]
