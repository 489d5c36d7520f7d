from dataclasses import FrozenInstanceError, replace
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kodoku_desk.models.codelist import Code
from kodoku_desk.models.codes import BUILTIN_CODE_LISTS
from kodoku_desk.models.errors import ValidationError
from kodoku_desk.models.kana import key_matches
from kodoku_desk.models.person import (
    PERSON_LABELS,
    Address,
    EmergencyContact,
    Person,
    PersonKind,
)

from .problems import english, messages, problems

TODAY = date(2025, 6, 1)


def person(**changes) -> Person:
    base = Person(family_name="山田", given_name="太郎", family_kana="ヤマダ", given_kana="タロウ",
                  birth_date=date(1940, 3, 15), gender="male", registered_on=date(2024, 4, 1),
                  household_type="alone", visit_frequency="monthly")
    return replace(base, **changes)


# ------------------------------------------------------------------ valid records

def test_a_complete_person_is_valid():
    p = person(address=Address(postal_code="1600023", prefecture="東京都", municipality="新宿区"),
               phone="03-1234-5678", phone2="090-1234-5678", lg_code="131041",
               emergency=EmergencyContact(name="山田 花子", relation="長女", phone="0312345678"),
               support_categories=("elderly_alone", "loneliness"), district_code="east-1")
    assert problems(p, today=TODAY) == []


def test_a_bare_person_needs_only_a_family_name():
    assert problems(Person(family_name="山田"), today=TODAY) == []


def test_single_name_person_is_valid_without_given_name():
    assert problems(person(given_name="", given_kana=""), today=TODAY) == []


def test_person_is_frozen():
    with pytest.raises(FrozenInstanceError):
        person().family_name = "田中"  # type: ignore[misc]


# ------------------------------------------------------------------ names and kana

def test_empty_family_name_is_rejected():
    assert messages(person(family_name=""), "family_name", today=TODAY) == ["氏（姓）を入力してください。"]
    assert english(person(family_name=""), "family_name", today=TODAY) == [
        "Family name is required; enter it."]


def test_blank_family_name_is_rejected_after_normalisation():
    p = person(family_name="　 ").normalized()
    assert messages(p, "family_name", today=TODAY) == ["氏（姓）を入力してください。"]


def test_hiragana_reading_is_rejected_unless_normalised():
    p = person(family_kana="やまだ", given_kana="ﾀﾛｳ")
    assert problems(p, today=TODAY) == [("family_kana", "フリガナ（セイ）はカタカナで入力してください。")]
    assert problems(p.normalized(), today=TODAY) == []


def test_reading_with_kanji_or_latin_is_rejected():
    p = person(family_kana="山田", given_kana="taro").normalized()
    assert messages(p, "family_kana", today=TODAY) == ["フリガナ（セイ）はカタカナで入力してください。"]
    assert messages(p, "given_kana", today=TODAY) == ["フリガナ（メイ）はカタカナで入力してください。"]


def test_empty_reading_is_allowed():
    assert problems(person(family_kana="", given_kana=""), today=TODAY) == []


# ------------------------------------------------------------------ normalisation

def test_normalized_converts_readings_to_full_width_katakana():
    p = person(family_kana=" やまだ ", given_kana="ﾀﾛｳ").normalized()
    assert (p.family_kana, p.given_kana) == ("ヤマダ", "タロウ")


def test_normalized_collapses_spaces_inside_a_reading():
    p = person(family_kana="すみす　　じょん").normalized()
    assert p.family_kana == "スミス ジョン"


def test_normalized_strips_names_but_keeps_variant_kanji():
    p = person(family_name="　髙﨑 ", given_name=" 太郎\u3000").normalized()
    assert (p.family_name, p.given_name) == ("髙﨑", "太郎")


def test_normalized_phone_and_postal_code_from_full_width_input():
    p = person(phone="０３－１２３４－５６７８", phone2="０９０１２３４５６７８",
               address=Address(postal_code="〒１６０－００２３"),
               emergency=EmergencyContact(name="花子", phone="０８０ １１１１ ２２２２")).normalized()
    assert p.phone == "03-1234-5678"
    assert p.phone2 == "090-1234-5678"
    assert p.address.postal_code == "1600023"
    assert p.address.postal_display == "160-0023"
    assert p.emergency.phone == "080-1111-2222"
    assert problems(p, today=TODAY) == []


def test_normalized_blank_optional_text_becomes_none_and_codes_are_cleaned():
    p = person(common_name="  ", note="　", gender=" female ", lg_code="１３１０４１",
               support_categories=(" loneliness", "", "loneliness", "elderly_alone")).normalized()
    assert p.common_name is None and p.note is None
    assert p.gender == "female"
    assert p.lg_code == "131041"
    assert p.support_categories == ("loneliness", "elderly_alone")


def test_normalized_is_idempotent():
    p = person(family_kana="やまだ", phone="０３１２３４５６７８").normalized()
    assert p.normalized() == p


# ------------------------------------------------------------------ birth date

def test_birth_date_before_1900_is_rejected_with_era_hint():
    assert messages(person(birth_date=date(1899, 12, 31)), "birth_date", today=TODAY) == [
        "生年月日が1900年より前です。和暦の元号（明治・大正・昭和など）を確認してください。"]


def test_birth_date_on_1900_01_01_is_accepted():
    p = person(birth_date=date(1900, 1, 1), registered_on=None)
    assert problems(p, today=date(2019, 12, 31)) == []


def test_birth_date_in_the_future_is_rejected():
    assert messages(person(birth_date=date(2025, 6, 2), registered_on=None), "birth_date",
                    today=TODAY) == ["生年月日が未来の日付です。今日までの日付を入力してください。"]


def test_birth_date_today_is_accepted():
    assert problems(person(birth_date=TODAY, registered_on=None), today=TODAY) == []


def test_age_over_120_is_rejected():
    assert messages(person(birth_date=date(1904, 6, 1)), "birth_date", today=TODAY) == [
        "生年月日から計算した年齢が120歳を超えています。生年月日と元号を確認してください。"]
    assert problems(person(birth_date=date(1904, 6, 2)), today=TODAY) == []  # still 120


def test_birth_date_of_the_wrong_type_is_reported():
    assert messages(person(birth_date="1940-03-15"), "birth_date", today=TODAY) == [
        "生年月日の日付が正しくありません。入力し直してください。"]


# ------------------------------------------------------------------ registration and closure

def test_registration_in_the_future_is_rejected():
    assert messages(person(registered_on=date(2025, 6, 2)), "registered_on", today=TODAY) == [
        "登録日が未来の日付です。今日までの日付を入力してください。"]


def test_registration_before_birth_is_rejected():
    assert messages(person(birth_date=date(2020, 1, 1), registered_on=date(2019, 1, 1)),
                    "registered_on", today=TODAY) == [
        "登録日が生年月日より前になっています。日付を確認してください。"]


def test_closed_status_needs_closing_date_and_reason():
    found = problems(person(status="closed"), today=TODAY)
    assert ("closed_on", "支援状況が「終了」のときは終了日を入力してください。") in found
    assert ("closure_reason", "支援状況が「終了」のときは終了理由を選んでください。") in found


def test_closed_person_with_date_and_reason_is_valid():
    p = person(status="closed", closed_on=date(2025, 5, 1), closure_reason="moved")
    assert problems(p, today=TODAY) == []
    assert p.is_closed


def test_closing_date_before_registration_is_rejected():
    p = person(status="closed", closed_on=date(2024, 3, 31), closure_reason="moved")
    assert messages(p, "closed_on", today=TODAY) == ["終了日が登録日より前になっています。日付を確認してください。"]


def test_closing_date_in_the_future_is_rejected():
    p = person(status="closed", closed_on=date(2025, 7, 1), closure_reason="moved")
    assert messages(p, "closed_on", today=TODAY) == ["終了日が未来の日付です。今日までの日付を入力してください。"]


def test_closing_fields_must_be_empty_unless_closed():
    p = person(status="active", closed_on=date(2025, 5, 1), closure_reason="moved")
    assert messages(p, "closed_on", today=TODAY) == ["支援状況が「終了」でないときは終了日を空欄にしてください。"]
    assert messages(p, "closure_reason", today=TODAY) == [
        "支援状況が「終了」でないときは終了理由を空欄にしてください。"]


def test_status_is_required():
    assert messages(person(status=""), "status", today=TODAY) == ["支援状況を選んでください。"]


# ------------------------------------------------------------------ codes

@pytest.mark.parametrize(("field", "title"), [
    ("gender", "性別"), ("household_type", "世帯類型"), ("visit_frequency", "見守り頻度"),
    ("status", "支援状況"), ("closure_reason", "終了理由")])
def test_unknown_codes_are_rejected(field, title):
    found = messages(person(**{field: "bogus"}), field, today=TODAY)
    assert f"{title}「bogus」は選択肢にありません。一覧から選んでください。" in found


def test_unknown_support_category_is_rejected():
    assert messages(person(support_categories=("loneliness", "bogus")), "support_categories",
                    today=TODAY) == ["支援区分「bogus」は選択肢にありません。一覧から選んでください。"]


def test_repeated_support_category_is_rejected():
    assert messages(person(support_categories=("loneliness", "loneliness")), "support_categories",
                    today=TODAY) == ["支援区分に同じ項目が重複しています。重複を取り除いてください。"]


def test_district_code_is_free_text():
    assert problems(person(district_code="小学校区A"), today=TODAY) == []


def test_organisation_codes_are_accepted_when_passed():
    codes = dict(BUILTIN_CODE_LISTS)
    codes["support_category"] = codes["support_category"].extended([Code("food", "食料支援", "Food")])
    p = person(support_categories=("food",))
    assert messages(p, "support_categories", today=TODAY) != []
    assert problems(p, today=TODAY, codes=codes) == []


def test_unknown_kind_is_rejected():
    assert messages(person(kind="staff"), "kind", today=TODAY) == [
        "登録の種類「staff」は選択肢にありません。一覧から選んでください。"]
    assert problems(person(kind=PersonKind.PARTICIPANT), today=TODAY) == []


# ------------------------------------------------------------------ address, phone, codes

def test_postal_code_must_have_seven_digits():
    for bad in ("160002", "16000234", "160-00x3"):
        p = person(address=Address(postal_code=bad)).normalized()
        assert messages(p, "postal_code", today=TODAY) == [
            "郵便番号は7桁の数字で入力してください（例：123-4567）。"], bad


@pytest.mark.parametrize("field", ["phone", "phone2"])
def test_phone_needs_ten_or_eleven_digits(field):
    label = PERSON_LABELS[field].ja
    for bad in ("03-123-456", "090-1234-56789"):
        assert messages(person(**{field: bad}), field, today=TODAY) == [
            f"{label}は市外局番から10桁または11桁の数字で入力してください（例：03-1234-5678）。"]


def test_emergency_phone_is_checked_and_needs_a_name():
    p = person(emergency=EmergencyContact(phone="12345"))
    found = problems(p, today=TODAY)
    assert ("emergency_phone", "緊急連絡先の電話番号は市外局番から10桁または11桁の数字で入力してください（例：03-1234-5678）。") in found
    assert ("emergency_name", "緊急連絡先の氏名を入力してください。") in found


def test_local_government_code_must_have_six_digits():
    assert messages(person(lg_code="13104"), "lg_code", today=TODAY) == [
        "全国地方公共団体コードは6桁の数字で入力してください。"]


def test_every_problem_is_reported_at_once():
    p = Person(family_name="", family_kana="やまだ", birth_date=date(1800, 1, 1), gender="x",
               phone="1", address=Address(postal_code="1"))
    with pytest.raises(ValidationError) as info:
        p.validate(today=TODAY)
    assert info.value.fields == ("family_name", "family_kana", "birth_date", "gender", "phone",
                                 "postal_code")


# ------------------------------------------------------------------ derived values

def test_full_name_and_kana():
    p = person()
    assert p.full_name == "山田 太郎"
    assert p.full_kana == "ヤマダ タロウ"
    assert person(given_name="", given_kana="").full_name == "山田"


def test_search_key_matches_kana_kanji_and_other_names():
    p = person(common_name="ジョン", romaji="Yamada Taro")
    for query in ("やまだ", "ヤマダ", "ﾔﾏﾀﾞ", "山田", "たろう", "ジョン", "yamada"):
        assert key_matches(p.search_key, query), query
    assert not key_matches(p.search_key, "たなか")


def test_sort_key_orders_by_reading():
    names = [person(family_kana=k) for k in ("ワタナベ", "アベ", "サトウ")]
    assert [p.family_kana for p in sorted(names, key=lambda p: p.sort_key)] == [
        "アベ", "サトウ", "ワタナベ"]


def test_phone_digits_and_age():
    p = person(phone="03-1234-5678", phone2="０９０(1234)5678")
    assert p.phone_digits == "0312345678"
    assert p.phone2_digits == "09012345678"
    assert p.age_on(date(2025, 3, 14)) == 84
    assert p.age_on(date(2025, 3, 15)) == 85
    assert p.age_on(date(1900, 1, 1)) is None
    assert person(birth_date=None).age_on(TODAY) is None


def test_sensitive_categories():
    p = person(support_categories=("loneliness", "illness", "crime_dv"))
    assert p.sensitive_categories() == ("illness", "crime_dv")


# ------------------------------------------------------------------ rows

def test_row_round_trip_flattens_address_and_emergency_contact():
    p = person(id="p-1", person_code="P0001", phone="03-1234-5678",
               address=Address(postal_code="1600023", prefecture="東京都", building="ハイツ101"),
               emergency=EmergencyContact(name="山田 花子", relation="長女", phone="0312345678"),
               support_categories=("loneliness",))
    row = p.to_row()
    assert row["birth_date"] == "1940-03-15"
    assert row["postal_code"] == "1600023" and row["building"] == "ハイツ101"
    assert row["emergency_name"] == "山田 花子" and row["emergency_relation"] == "長女"
    assert row["search_key"] == p.search_key and row["sort_key"] == p.sort_key
    assert row["phone_digits"] == "0312345678" and row["phone2_digits"] is None
    assert "address" not in row and "support_categories" not in row
    row.update(created_at="2025-01-01T00:00:00+00:00", updated_at="x", created_by=None)
    assert Person.from_row(row, support_categories=["loneliness"]) == p


# ------------------------------------------------------------------ properties

HIRAGANA = "".join(chr(c) for c in range(0x3041, 0x3097))
PHONE_CHARS = "0123456789０１２３４５６７８９-－ー（）() 　"


@given(st.text(alphabet=HIRAGANA + "ー 　", min_size=1).filter(lambda t: t.strip(" 　ー")))
def test_any_hiragana_reading_becomes_valid_katakana(reading):
    p = person(family_kana=reading).normalized()
    assert messages(p, "family_kana", today=TODAY) == []


@given(st.text(alphabet=PHONE_CHARS, max_size=20), st.text(alphabet=PHONE_CHARS, max_size=12))
def test_normalized_is_idempotent_for_any_phone_and_postal_input(phone, postal):
    p = person(phone=phone, address=Address(postal_code=postal)).normalized()
    assert p.normalized() == p
    assert p.phone_digits == "".join(ch for ch in phone.translate(str.maketrans(
        "０１２３４５６７８９", "0123456789")) if ch.isdigit())
