from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest

from kodoku_desk.models.rows import from_row, to_row
from kodoku_desk.models.visit import Visit, VisitAction, Visitor, VisitorKind

from .problems import english, messages, problems

TODAY = date(2025, 6, 1)
NOW = datetime(2025, 6, 1, 12, 0)


def visit(**changes) -> Visit:
    base = Visit(person_id="p-1", visit_at=datetime(2025, 6, 1, 10, 30), method="visit_met",
                 safety_check="confirmed", condition="no_change",
                 visitors=(Visitor(user_id="u-1"),))
    return replace(base, **changes)


def action(**changes) -> VisitAction:
    base = VisitAction(contact_type="houkatsu", acted_at=datetime(2025, 6, 1, 11, 0),
                       content="様子を相談")
    return replace(base, **changes)


def check(v, **kwargs):
    return problems(v, today=TODAY, now=NOW, **kwargs)


def test_a_plain_visit_is_valid():
    assert check(visit()) == []


def test_person_method_and_safety_check_are_required():
    found = check(visit(person_id=None, method="", safety_check=""))
    assert ("person_id", "対象者（当事者）を選んでください。") in found
    assert ("method", "見守り方法を選んでください。") in found
    assert ("safety_check", "安否確認を選んでください。") in found


# ------------------------------------------------------------------ visit time

def test_visit_in_the_future_is_rejected():
    assert messages(visit(visit_at=NOW + timedelta(minutes=11)), "visit_at", today=TODAY, now=NOW) == [
        "訪問日時が未来になっています。現在までの日時を入力してください。"]
    assert english(visit(visit_at=NOW + timedelta(minutes=11)), "visit_at", today=TODAY, now=NOW) == [
        "The visit date and time is in the future; enter a time up to now."]


def test_ten_minutes_of_clock_skew_are_allowed():
    assert check(visit(visit_at=NOW + timedelta(minutes=10))) == []


def test_without_now_the_whole_of_today_is_allowed():
    assert problems(visit(visit_at=datetime(2025, 6, 1, 23, 59)), today=TODAY) == []
    assert messages(visit(visit_at=datetime(2025, 6, 2, 0, 11)), "visit_at", today=TODAY) != []


def test_visit_before_2000_is_rejected():
    assert messages(visit(visit_at=datetime(1999, 12, 31, 23, 59)), "visit_at", today=TODAY, now=NOW) == [
        "訪問日時が2000年より前です。年を確認してください。"]
    assert check(visit(visit_at=datetime(2000, 1, 1))) == []


def test_visit_time_of_the_wrong_type_is_reported():
    assert messages(visit(visit_at=date(2025, 6, 1)), "visit_at", today=TODAY, now=NOW) == [
        "訪問日時の日時が正しくありません。入力し直してください。"]


# ------------------------------------------------------------------ codes

@pytest.mark.parametrize(("field", "title"), [
    ("method", "見守り方法"), ("safety_check", "安否確認"), ("condition", "本人の様子")])
def test_unknown_codes_are_rejected(field, title):
    assert messages(visit(**{field: "bogus"}), field, today=TODAY, now=NOW) == [
        f"{title}「bogus」は選択肢にありません。一覧から選んでください。"]


def test_signs_must_be_known_codes():
    assert check(visit(signs=("mail_piling_up", "stopped_attending"))) == []
    assert messages(visit(signs=("mail_piling_up", "bogus")), "signs", today=TODAY, now=NOW) == [
        "気づき（異変のサイン）「bogus」は選択肢にありません。一覧から選んでください。"]


def test_absent_visit_cannot_confirm_safety():
    v = visit(method="visit_absent", safety_check="confirmed")
    assert messages(v, "safety_check", today=TODAY, now=NOW) == [
        "見守り方法が「訪問（不在）」のときは、安否確認を「本人確認できた」にできません。どちらかを直してください。"]
    assert check(visit(method="visit_absent", safety_check="not_confirmed")) == []


def test_not_confirmed_at_level_zero_is_allowed():
    assert check(visit(method="phone", safety_check="not_confirmed", response_level=0)) == []


# ------------------------------------------------------------------ response level

@pytest.mark.parametrize("level", [-1, 4])
def test_response_level_out_of_range(level):
    assert messages(visit(response_level=level), "response_level", today=TODAY, now=NOW) == [
        "対応区分は0から3までの数で選んでください。"]


def test_response_level_must_be_a_number():
    assert messages(visit(response_level=True), "response_level", today=TODAY, now=NOW) == [
        "対応区分の数値が正しくありません。入力し直してください。"]


def test_level_one_needs_no_action():
    assert check(visit(response_level=1)) == []


def test_level_two_needs_an_action():
    assert messages(visit(response_level=2), "actions", today=TODAY, now=NOW) == [
        "対応区分が2以上のときは、対応・連絡を1件以上記録してください。"]
    assert check(visit(response_level=2, actions=(action(),))) == []


def test_level_three_needs_an_outcome():
    need = "対応区分が3（緊急対応）のときは、対応・連絡の結果（安否確認済・救急搬送など）を記録してください。"
    assert messages(visit(response_level=3), "actions", today=TODAY, now=NOW) == [
        "対応区分が2以上のときは、対応・連絡を1件以上記録してください。", need]
    assert messages(visit(response_level=3, actions=(action(),)), "actions", today=TODAY, now=NOW) == [need]
    ok = visit(response_level=3, actions=(action(contact_type="fire_ambulance", result="ambulance"),
                                           action(contact_type="family")))
    assert check(ok) == []


def test_needs_follow_up():
    assert not visit().needs_follow_up
    assert visit(response_level=1).needs_follow_up
    assert visit(follow_up_requested=True).needs_follow_up


# ------------------------------------------------------------------ action rows

def test_action_problems_carry_the_row_number():
    v = visit(response_level=2, actions=(action(), action(contact_type="", acted_at=None, result="bogus")))
    assert messages(v, "actions", today=TODAY, now=NOW) == [
        "対応・連絡（2件目）：連絡先種別を選んでください。",
        "対応・連絡（2件目）：対応日時を入力してください。",
        "対応・連絡（2件目）：緊急対応の結果「bogus」は選択肢にありません。一覧から選んでください。"]
    assert english(v, "actions", today=TODAY, now=NOW)[0] == (
        "Actions and contacts (row 2): Contacted party is required; choose one from the list.")


def test_action_time_checks():
    late = visit(response_level=2, actions=(action(acted_at=NOW + timedelta(minutes=30)),))
    assert messages(late, "actions", today=TODAY, now=NOW) == [
        "対応・連絡（1件目）：対応日時が未来になっています。現在までの日時を入力してください。"]
    early = visit(response_level=2, actions=(action(acted_at=datetime(2025, 5, 31, 23, 0)),))
    assert messages(early, "actions", today=TODAY, now=NOW) == [
        "対応・連絡（1件目）：対応日時が訪問日より前になっています。日付を確認してください。"]
    same_day = visit(response_level=2, actions=(action(acted_at=datetime(2025, 6, 1, 8, 0)),))
    assert check(same_day) == []


def test_action_unknown_contact_type():
    v = visit(response_level=2, actions=(action(contact_type="mayor"),))
    assert messages(v, "actions", today=TODAY, now=NOW) == [
        "対応・連絡（1件目）：連絡先種別「mayor」は選択肢にありません。一覧から選んでください。"]


def test_action_validates_on_its_own():
    assert problems(action(), today=TODAY, now=NOW) == []
    assert messages(action(contact_type=""), "contact_type", today=TODAY) == ["連絡先種別を選んでください。"]


# ------------------------------------------------------------------ visitors

def test_visitor_rows():
    assert check(visit(visitors=(Visitor(visitor_name="民生委員 佐藤", visitor_kind=VisitorKind.MINSEI),))) == []
    v = visit(visitors=(Visitor(user_id="u-1"), Visitor(visitor_kind="boss")))
    assert messages(v, "visitors", today=TODAY, now=NOW) == [
        "訪問者（2件目）：訪問者は職員・ボランティアを選ぶか、氏名を入力してください。",
        "訪問者（2件目）：訪問者の種別「boss」は選択肢にありません。一覧から選んでください。"]


def test_visit_without_visitors_is_allowed():
    assert check(visit(visitors=())) == []


# ------------------------------------------------------------------ next due

def test_next_due_before_the_visit_is_rejected():
    assert messages(visit(next_due=date(2025, 5, 31)), "next_due", today=TODAY, now=NOW) == [
        "次回予定日が訪問日より前になっています。日付を確認してください。"]
    assert check(visit(next_due=date(2025, 6, 1))) == []


def test_suggested_next_due():
    assert visit().suggested_next_due("weekly") == date(2025, 6, 8)
    assert visit().suggested_next_due("as_needed") is None
    assert visit().suggested_next_due(None) is None
    assert visit().suggested_next_due("bogus") is None


# ------------------------------------------------------------------ normalisation and rows

def test_normalized_visit():
    v = visit(visit_at=datetime(2025, 6, 1, 10, 30, 45, 123), method=" phone ", note="　",
              signs=("mail_piling_up", " mail_piling_up", ""),
              actions=(action(acted_at=datetime(2025, 6, 1, 11, 0, 5), content=" "),),
              visitors=(Visitor(user_id=" u-1 ", visitor_name=""),)).normalized()
    assert v.visit_at == datetime(2025, 6, 1, 10, 30)
    assert v.method == "phone" and v.note is None
    assert v.signs == ("mail_piling_up",)
    assert v.actions[0].acted_at == datetime(2025, 6, 1, 11, 0) and v.actions[0].content is None
    assert v.visitors == (Visitor(user_id="u-1"),)
    assert v.normalized() == v


def test_every_problem_at_once():
    v = Visit(visit_at=datetime(2030, 1, 1), method="x", safety_check="", response_level=9,
              next_due=date(2020, 1, 1))
    fields = [f for f, _ in check(v)]
    assert fields == ["person_id", "visit_at", "method", "safety_check", "response_level", "next_due"]


def test_visit_row_round_trip():
    v = visit(id="v-1", next_due=date(2025, 7, 1), follow_up_requested=True)
    row = to_row(v)
    assert row["visit_at"] == "2025-06-01T10:30" and row["next_due"] == "2025-07-01"
    assert "visitors" not in row and "signs" not in row and "actions" not in row
    assert from_row(Visit, row, visitors=v.visitors) == v
    a = action(id="a-1", visit_id="v-1")
    assert from_row(VisitAction, to_row(a)) == a
