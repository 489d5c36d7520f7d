from datetime import date

import pytest

from kodoku_desk.models.checks import Checker, clean, clean_codes, clean_opt
from kodoku_desk.models.errors import ValidationError
from kodoku_desk.models.labels import Label

NAME = Label("氏（姓）", "Family name")


def test_clean_helpers():
    assert clean("\u3000山田 ") == "山田" and clean(None) == ""
    assert clean_opt(" ") is None and clean_opt(" x ") == "x"
    assert clean_codes([" a", "", None, "a", "b "]) == ("a", "b")


def test_checker_collects_then_raises_once():
    c = Checker()
    c.required("family_name", "", NAME)
    c.not_future("birth_date", date(2030, 1, 1), date(2025, 1, 1), Label("生年月日", "Date of birth"))
    assert c.has("family_name") and not c.has("given_name")
    with pytest.raises(ValidationError) as info:
        c.raise_if_any()
    assert info.value.fields == ("family_name", "birth_date")


def test_checker_without_errors_does_not_raise():
    Checker().raise_if_any()


def test_unknown_list_name_is_a_programming_error():
    with pytest.raises(KeyError):
        Checker().code("x", "a", "no_such_list")
