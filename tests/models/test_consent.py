from datetime import date

from kodoku_desk.models.person import Consent, PersonStaffPart

from .problems import messages, problems

TODAY = date(2025, 6, 1)


def consent(**changes) -> Consent:
    values = dict(person_id="p-1", consented_on=date(2024, 4, 1), method="written",
                  scopes=("records", "share_local_support"), recipients=("地域包括支援センター",))
    values.update(changes)
    return Consent(**values)


def test_valid_consent():
    assert problems(consent(), today=TODAY) == []


def test_consent_date_is_required_and_not_in_the_future():
    assert messages(consent(consented_on=None), "consented_on", today=TODAY) == ["同意日を入力してください。"]
    assert messages(consent(consented_on=date(2025, 6, 2)), "consented_on", today=TODAY) == [
        "同意日が未来の日付です。今日までの日付を入力してください。"]


def test_method_is_required_and_must_be_a_code():
    assert messages(consent(method=None), "method", today=TODAY) == ["同意の方法を選んでください。"]
    assert messages(consent(method="email"), "method", today=TODAY) == [
        "同意の方法「email」は選択肢にありません。一覧から選んでください。"]


def test_scopes_are_required_and_must_be_codes():
    assert messages(consent(scopes=()), "scopes", today=TODAY) == ["同意の範囲を1つ以上選んでください。"]
    assert messages(consent(scopes=("records", "marketing")), "scopes", today=TODAY) == [
        "同意の範囲「marketing」は選択肢にありません。一覧から選んでください。"]


def test_sensitive_flag_must_agree_with_scope():
    c = consent(includes_sensitive=True)
    assert messages(c, "includes_sensitive", today=TODAY) == [
        "「要配慮個人情報を含む」と同意の範囲「要配慮個人情報の取得」が食い違っています。どちらかを直してください。"]
    fixed = c.normalized()
    assert "sensitive_info" in fixed.scopes and fixed.includes_sensitive
    assert problems(fixed, today=TODAY) == []
    from_scope = consent(scopes=("records", "sensitive_info")).normalized()
    assert from_scope.includes_sensitive


def test_withdrawal_date_checks():
    assert messages(consent(withdrawn_on=date(2024, 3, 31)), "withdrawn_on", today=TODAY) == [
        "同意撤回日が同意日より前になっています。日付を確認してください。"]
    assert messages(consent(withdrawn_on=date(2025, 6, 2)), "withdrawn_on", today=TODAY) == [
        "同意撤回日が未来の日付です。今日までの日付を入力してください。"]


def test_covers_scope_while_in_force():
    c = consent(withdrawn_on=date(2025, 1, 1))
    assert c.covers("records", date(2024, 4, 1))
    assert c.covers("share_local_support", date(2024, 12, 31))
    assert not c.covers("records", date(2024, 3, 31))   # before consent
    assert not c.covers("records", date(2025, 1, 1))    # withdrawn that day
    assert not c.covers("council_sharing", date(2024, 6, 1))
    assert consent().covers("records", date(2030, 1, 1))
    assert not consent(consented_on=None).covers("records", TODAY)


def test_consent_normalized_cleans_lists():
    c = consent(method=" oral ", scopes=(" records", "records", ""), recipients=(" 民生委員 ", "")).normalized()
    assert c.method == "oral" and c.scopes == ("records",) and c.recipients == ("民生委員",)


def test_staff_part():
    part = PersonStaffPart(person_id="p-1", care_level=" 要介護1 ", medical_history="　").normalized()
    assert part.care_level == "要介護1" and part.medical_history is None
    assert part.has_sensitive and not part.is_empty
    assert PersonStaffPart().is_empty and not PersonStaffPart(staff_note="x").has_sensitive
    assert problems(part, today=TODAY) == []
    assert messages(PersonStaffPart(care_level="要" * 33), "care_level") == [
        "要介護度は32文字以内で入力してください（例：要介護1）。"]
