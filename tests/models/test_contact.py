from datetime import date

import pytest

from kodoku_desk.models.contact import Address, EmergencyContact, normalize_phone, normalize_postal_code

from .problems import messages, problems

TODAY = date(2025, 6, 1)


@pytest.mark.parametrize(("typed", "stored"), [
    ("０３－１２３４－５６７８", "03-1234-5678"),
    ("03ー1234ー5678", "03-1234-5678"),          # katakana long-vowel mark typed for a dash
    ("03 1234 5678", "0312345678"),              # landline: hyphens not guessed
    ("０９０１２３４５６７８", "090-1234-5678"),  # bare mobile gets hyphens
    ("05012345678", "050-1234-5678"),
    ("0120123456", "0120-123-456"),
    ("03(1234)5678", "03(1234)5678"),
    ("  ", None),
    (None, None),
])
def test_normalize_phone(typed, stored):
    assert normalize_phone(typed) == stored


@pytest.mark.parametrize(("typed", "stored"), [
    ("〒１２３－４５６７", "1234567"),
    ("123-4567", "1234567"),
    ("123 4567", "1234567"),
    ("1234567", "1234567"),
    ("12a-4567", "12a4567"),  # kept so that validation can report it
    ("", None),
    (None, None),
])
def test_normalize_postal_code(typed, stored):
    assert normalize_postal_code(typed) == stored


def test_postal_display():
    assert Address(postal_code="1234567").postal_display == "123-4567"
    assert Address(postal_code="12a4567").postal_display == "12a4567"
    assert Address().postal_display == ""


def test_one_line_in_japanese_order():
    a = Address(postal_code="1600023", prefecture="東京都", municipality="新宿区", town="西新宿",
                chome="二丁目", banchi="8番1号", building="つながりハイツ101")
    assert a.one_line() == "〒160-0023 東京都新宿区西新宿二丁目8番1号 つながりハイツ101"
    assert a.one_line(postal=False) == "東京都新宿区西新宿二丁目8番1号 つながりハイツ101"
    assert Address(municipality="新宿区").one_line() == "新宿区"
    assert Address().one_line() == ""


def test_address_normalized_and_empty():
    a = Address(postal_code=" １２３４５６７ ", prefecture=" 東京都 ", building="　").normalized()
    assert a == Address(postal_code="1234567", prefecture="東京都")
    assert Address().is_empty and Address(building=" ").normalized().is_empty
    assert not a.is_empty


def test_address_validate_postal_code():
    assert problems(Address(postal_code="1234567"), today=TODAY) == []
    assert messages(Address(postal_code="123456"), "postal_code") == [
        "郵便番号は7桁の数字で入力してください（例：123-4567）。"]


def test_emergency_contact():
    e = EmergencyContact(name=" 山田 花子 ", relation="", phone="０３１２３４５６７８").normalized()
    assert e == EmergencyContact(name="山田 花子", phone="0312345678")
    assert e.phone_digits == "0312345678"
    assert problems(e) == []
    assert EmergencyContact().is_empty
    assert messages(EmergencyContact(phone="0312345678"), "emergency_name") == [
        "緊急連絡先の氏名を入力してください。"]
