from dataclasses import replace
from datetime import date

import pytest

from kodoku_desk.models.records import Assessment, Organization, Referral

from .problems import messages, problems

TODAY = date(2025, 6, 1)


def assessment(**changes) -> Assessment:
    base = Assessment(person_id="p-1", assessed_on=date(2025, 5, 1), administered_by="u-1",
                      ucla_q1=2, ucla_q2=3, ucla_q3=4, direct_q=3, q4="6")
    return replace(base, **changes)


# ------------------------------------------------------------------ assessment

def test_complete_assessment_is_valid_and_scored():
    a = assessment()
    assert problems(a, today=TODAY) == []
    assert a.ucla_score == 9 and a.ucla_band == "7-9"
    assert a.ucla_band_label() == "7～9点（時々ある）"
    assert a.feels_lonely is True
    assert a.answered_count == 5


def test_score_only_when_all_three_items_answered():
    a = assessment(ucla_q3=None)
    assert a.ucla_score is None and a.ucla_band is None and a.ucla_band_label() is None
    assert problems(a, today=TODAY) == []
    assert assessment(ucla_q1=7).ucla_score is None  # invalid answers give no score


@pytest.mark.parametrize("field", ["ucla_q1", "ucla_q2", "ucla_q3"])
@pytest.mark.parametrize("bad", [0, 5])
def test_ucla_answers_in_range(field, bad):
    found = messages(assessment(**{field: bad}), field, today=TODAY)
    assert len(found) == 1 and found[0].endswith("）は1から4までの数で選んでください。")


def test_ucla_message_names_the_item():
    assert messages(assessment(ucla_q1=5), "ucla_q1", today=TODAY) == [
        "問1（人とのつきあいがない）は1から4までの数で選んでください。"]


def test_direct_question_in_range():
    assert messages(assessment(direct_q=6), "direct_q", today=TODAY) == [
        "孤独感（直接質問）は1から5までの数で選んでください。"]
    assert messages(assessment(direct_q="3"), "direct_q", today=TODAY) == [
        "孤独感（直接質問）の数値が正しくありません。入力し直してください。"]


def test_q4_must_be_a_contact_frequency_code():
    assert messages(assessment(q4="8"), "q4", today=TODAY) == [
        "同居していない家族や友人たちと直接会って話す頻度「8」は選択肢にありません。一覧から選んでください。"]
    assert problems(assessment(q4="unanswered"), today=TODAY) == []


def test_assessment_date_rules():
    assert messages(assessment(assessed_on=date(2025, 6, 2)), "assessed_on", today=TODAY) == [
        "実施日が未来の日付です。今日までの日付を入力してください。"]
    assert messages(assessment(assessed_on=None), "assessed_on", today=TODAY) == ["実施日を入力してください。"]


def test_at_least_one_item_answered():
    empty = Assessment(person_id="p-1", assessed_on=date(2025, 5, 1), q4="unanswered")
    assert problems(empty, today=TODAY) == [
        ("", "回答が1つもありません。少なくとも1つの設問の回答を記録してください。")]
    assert problems(replace(empty, direct_q=1), today=TODAY) == []


def test_assessment_normalized():
    a = assessment(q4=" 7 ", note=" ").normalized()
    assert a.q4 == "7" and a.note is None


# ------------------------------------------------------------------ referral

def referral(**changes) -> Referral:
    base = Referral(person_id="p-1", destination_kind="houkatsu", referred_on=date(2025, 5, 1),
                    reason="介護サービスの相談")
    return replace(base, **changes)


def test_referral_in_progress_is_valid():
    r = referral()
    assert r.outcome == "in_progress" and not r.is_settled
    assert problems(r, today=TODAY) == []


def test_referral_codes_and_required_fields():
    assert messages(referral(destination_kind=""), "destination_kind", today=TODAY) == [
        "つなぎ先の種類を選んでください。"]
    assert messages(referral(destination_kind="bank"), "destination_kind", today=TODAY) == [
        "関係機関の種類「bank」は選択肢にありません。一覧から選んでください。"]
    assert messages(referral(outcome="pending"), "outcome", today=TODAY) == [
        "つなぎの状況「pending」は選択肢にありません。一覧から選んでください。"]
    assert messages(referral(referred_on=None), "referred_on", today=TODAY) == ["紹介日を入力してください。"]


def test_referral_dates():
    assert messages(referral(referred_on=date(2025, 6, 2)), "referred_on", today=TODAY) == [
        "紹介日が未来の日付です。今日までの日付を入力してください。"]
    settled = referral(outcome="connected")
    assert messages(settled, "outcome_on", today=TODAY) == [
        "つながった・不成立のときは、結果の日付を入力してください。"]
    assert problems(replace(settled, outcome_on=date(2025, 5, 10)), today=TODAY) == []
    assert messages(replace(settled, outcome_on=date(2025, 4, 30)), "outcome_on", today=TODAY) == [
        "結果の日付が紹介日より前になっています。日付を確認してください。"]


# ------------------------------------------------------------------ organisation

def test_organization_rules():
    ok = Organization(name="中央地域包括支援センター", kind="houkatsu", phone="０３－１２３４－５６７８").normalized()
    assert ok.phone == "03-1234-5678"
    assert problems(ok) == []
    assert messages(Organization(name=" ", kind="houkatsu").normalized(), "name") == ["機関名を入力してください。"]
    assert messages(Organization(name="x", kind=""), "kind") == ["関係機関の種類を選んでください。"]
    assert messages(Organization(name="x", kind="houkatsu", phone="123"), "phone") == [
        "電話番号は市外局番から10桁または11桁の数字で入力してください（例：03-1234-5678）。"]
    member = Organization(name="x", kind="municipality", council_member=True)
    assert messages(member, "council_name") == ["地域協議会の構成機関等のときは、協議会の名称を入力してください。"]
    assert problems(replace(member, council_name="○○市孤独・孤立対策地域協議会")) == []
