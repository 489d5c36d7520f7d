"""How the 当事者 list reads a search box text (models.person_list.parse_query)."""

from __future__ import annotations

import pytest

from kodoku_desk.models.person_list import PeopleFilter, QueryKind, SearchQuery, parse_query


@pytest.mark.parametrize("text", ["", "   ", "\u3000", "・", None])
def test_blank_lists_everyone(text):
    assert parse_query(text) == SearchQuery(QueryKind.ALL)


@pytest.mark.parametrize("text", ["やまだ", "ヤマダ", "ﾔﾏﾀﾞ", "ヤマダ　タロウ", " やまだ "])
def test_kana_in_any_form_gives_the_same_name_key(text):
    query = parse_query(text)
    assert query.kind is QueryKind.NAME
    assert query.text.startswith("やまだ")


def test_kanji_and_latin_are_name_queries():
    assert parse_query("山田") == SearchQuery(QueryKind.NAME, "山田")
    assert parse_query("Yamada") == SearchQuery(QueryKind.NAME, "yamada")
    assert parse_query("p") == SearchQuery(QueryKind.NAME, "p")  # a romanised name, not a code


@pytest.mark.parametrize("text, digits", [
    ("090", "090"), ("０９０", "090"), ("090-1234", "0901234"), ("０３－５５５５", "035555"),
    ("(03) 5555", "035555"), ("０９０ー１２", "09012"), ("03　55", "0355"),
])
def test_digits_are_phone_queries(text, digits):
    assert parse_query(text) == SearchQuery(QueryKind.PHONE, digits)


@pytest.mark.parametrize("text", ["0", "09", "０９", "0-9"])
def test_too_few_digits_match_nobody_yet(text):
    assert parse_query(text).kind is QueryKind.TOO_SHORT


@pytest.mark.parametrize("text, exact, prefix", [
    ("p12", "P000012", "P12"), ("Ｐ１２", "P000012", "P12"), ("P-12", "P000012", "P12"),
    ("P000012", "P000012", "P000012"), ("p0001", "P000001", "P0001"),
    ("P1234567", None, "P1234567"),
])
def test_p_and_digits_are_person_codes(text, exact, prefix):
    query = parse_query(text)
    assert (query.kind, query.code_exact, query.code_prefix) == (QueryKind.CODE, exact, prefix)


def test_mixed_text_is_a_name_query():
    assert parse_query("山田090").kind is QueryKind.NAME


def test_default_filter_hides_closed_and_participants():
    f = PeopleFilter()
    assert f.statuses == ("active", "paused") and f.kinds == ("client",)
    assert not f.overdue_only and f.district_code is None and f.worker_id is None
