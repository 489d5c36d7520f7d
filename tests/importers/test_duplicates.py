"""Duplicate rules of the import: name or reading, then birth date, phone or 漢字 name."""

from __future__ import annotations

from kodoku_desk.importers.duplicates import (BIRTH, NAME, PHONE, DuplicateIndex, candidate,
                                              match)


def rec(name="石川 照子", kana="イシカワ テルコ", birth="", phones=(), ref="P1"):
    family, _, given = name.partition(" ")
    kfamily, _, kgiven = kana.partition(" ")
    return candidate(family, given, kfamily, kgiven, birth, phones, ref)


def test_same_birth_date():
    assert match(rec(birth="1941-06-02"), rec(birth="1941-06-02")) == BIRTH
    assert match(rec(birth="1941-06-02"), rec(birth="1941-06-03", phones=("0426201101",))) is None


def test_one_birth_date_missing_needs_the_phone():
    a = rec(birth="1941-06-02", phones=("0426201101",))
    assert match(a, rec(phones=("0426201101",))) == PHONE
    assert match(a, rec(phones=("0300000000",))) is None
    assert match(a, rec()) is None


def test_both_birth_dates_missing():
    assert match(rec(), rec(kana="いしかわ てるこ")) == NAME
    assert match(rec(), rec(name="石川 輝子")) is None  # same reading, other 漢字
    assert match(rec(name="石川 輝子", phones=("0426201101",)),
                 rec(phones=("0426201101",))) == PHONE


def test_name_when_a_reading_is_missing_and_variants_fold():
    assert match(rec(name="髙橋 一", kana="", birth="1950-01-01"),
                 rec(name="高橋 一", kana="タカハシ ハジメ", birth="1950-01-01")) == BIRTH
    assert match(rec(kana="イシカワ ショウコ"), rec()) is None  # both readings, different
    assert candidate("", "", "", "", None, (), "x") is None


def test_index_prefers_the_strongest_reason():
    index = DuplicateIndex([rec(ref="P1"), rec(birth="1941-06-02", ref="P2")])
    found, basis = index.find(rec(birth="1941-06-02"))
    assert (found.ref, basis) == ("P2", BIRTH)
    found, basis = index.find(rec())
    assert (found.ref, basis) == ("P1", NAME)
    assert index.find(rec(name="森 一", kana="モリ ハジメ")) is None
