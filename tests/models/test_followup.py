from dataclasses import replace
from datetime import date

from kodoku_desk.models.visit import FollowUp, FollowUpOutcome, FollowUpStatus, Urgency

from .problems import messages, problems

TODAY = date(2025, 6, 1)


def follow_up(**changes) -> FollowUp:
    base = FollowUp(person_id="p-1", visit_id="v-1", opened_on=date(2025, 5, 20),
                    due_on=date(2025, 5, 27), urgency="high", reason="電話に出ない")
    return replace(base, **changes)


def test_open_follow_up_is_valid():
    assert problems(follow_up(), today=TODAY) == []


def test_due_date_before_opening_is_rejected():
    assert messages(follow_up(due_on=date(2025, 5, 19)), "due_on", today=TODAY) == [
        "期限が開始日より前になっています。日付を確認してください。"]


def test_opening_date_required_and_not_in_future():
    assert messages(follow_up(opened_on=None), "opened_on", today=TODAY) == ["開始日を入力してください。"]
    assert messages(follow_up(opened_on=date(2025, 6, 2), due_on=None), "opened_on", today=TODAY) == [
        "開始日が未来の日付です。今日までの日付を入力してください。"]


def test_person_required():
    assert messages(follow_up(person_id=""), "person_id", today=TODAY) == ["対象者（当事者）を選んでください。"]


def test_closing_needs_outcome_and_date():
    found = problems(follow_up(status="closed"), today=TODAY)
    assert ("outcome", "完了にするときは対応結果を選んでください。") in found
    assert ("closed_on", "完了にするときは完了日を入力してください。") in found


def test_closed_helper_gives_a_valid_record():
    closed = follow_up().closed(on=date(2025, 5, 30), outcome=FollowUpOutcome.RESOLVED, by="u-1",
                                note="家族と連絡がついた")
    assert problems(closed, today=TODAY) == []
    assert closed.status == "closed" and not closed.is_open and closed.closed_by == "u-1"


def test_closing_date_checks():
    base = dict(status="closed", outcome="resolved")
    assert messages(follow_up(closed_on=date(2025, 5, 19), **base), "closed_on", today=TODAY) == [
        "完了日が開始日より前になっています。日付を確認してください。"]
    assert messages(follow_up(closed_on=date(2025, 6, 2), **base), "closed_on", today=TODAY) == [
        "完了日が未来の日付です。今日までの日付を入力してください。"]
    assert messages(follow_up(closed_on=date(2025, 5, 30)), "closed_on", today=TODAY) == [
        "対応中のときは完了日を空欄にしてください。"]


def test_codes():
    assert messages(follow_up(urgency="urgent"), "urgency", today=TODAY) == [
        "緊急度「urgent」は選択肢にありません。一覧から選んでください。"]
    assert messages(follow_up(status="done"), "status", today=TODAY) == [
        "状況「done」は選択肢にありません。一覧から選んでください。"]
    assert messages(follow_up(outcome="fine"), "outcome", today=TODAY) == [
        "対応結果「fine」は選択肢にありません。一覧から選んでください。"]
    assert messages(follow_up(urgency=""), "urgency", today=TODAY) == ["緊急度を選んでください。"]


def test_overdue_and_enums():
    f = follow_up()
    assert not f.is_overdue(date(2025, 5, 27)) and f.is_overdue(date(2025, 5, 28))
    assert not follow_up(due_on=None).is_overdue(TODAY)
    assert not follow_up(status="closed").is_overdue(TODAY)
    assert [u.rank for u in Urgency] == [0, 1, 2]
    assert Urgency.HIGH.ja == "高" and FollowUpStatus.OPEN.label("en") == "Open"
    assert sorted([Urgency.LOW, Urgency.HIGH], key=lambda u: u.rank) == [Urgency.HIGH, Urgency.LOW]


def test_normalized():
    f = follow_up(urgency=" low ", reason="　", outcome="").normalized()
    assert f.urgency == "low" and f.reason is None and f.outcome is None
