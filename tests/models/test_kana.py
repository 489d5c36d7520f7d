import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kodoku_desk.models.kana import (
    SEARCH_KEY_SEPARATOR,
    SORT_LAST,
    digits,
    fold_kana,
    fold_variants,
    is_katakana_reading,
    kana_sort_key,
    key_matches,
    person_search_key,
    search_key,
    to_hiragana,
    to_katakana,
    variants_of,
)

HIRAGANA = "".join(chr(c) for c in range(0x3041, 0x3097))  # ぁ .. ゖ
KATAKANA = "".join(chr(c) for c in range(0x30A1, 0x30F7))  # ァ .. ヶ
hiragana_text = st.text(alphabet=HIRAGANA + "ー", max_size=12)
kana_text = st.text(alphabet=HIRAGANA + KATAKANA + "ー", max_size=12)
name_text = st.text(alphabet=HIRAGANA + KATAKANA + "ー山田太郎髙﨑橋 　・ABCabc", max_size=12)


# ---------------------------------------------------------------- search_key

def test_search_key_brief_example():
    assert search_key("ﾔﾏﾀﾞ ﾀﾛｳ") == "やまだたろう"
    assert search_key("ヤマダ　タロウ") == "やまだたろう"
    assert search_key("やまだたろう") == "やまだたろう"


@pytest.mark.parametrize(("text", "expected"), [
    ("ヴァイオリン", "ゔぁいおりん"),
    ("ヵヶ", "ゕゖ"),
    ("キッチャ", "きっちゃ"),
    ("ｷｯﾁｬ", "きっちゃ"),
    ("ﾊﾟﾝ", "ぱん"),
    ("タ\u3099イ", "だい"),  # combining dakuten composed
    ("タ゛イ", "だい"),  # spacing dakuten treated as combining
    ("ハ゜ン", "ぱん"),
    ("コーヒー", "こーひー"),
    ("ｺｰﾋｰ", "こーひー"),
    ("ＡＢＣ def", "abcdef"),
    ("Smith John", "smithjohn"),
    ("スミス・ジョン", "すみすじょん"),
    ("ｽﾐｽ･ｼﾞｮﾝ", "すみすじょん"),
    ("Anne·Marie", "annemarie"),
    ("山田\t太郎\n", "山田太郎"),
    ("\ufeff山田\u200b太郎", "山田太郎"),  # BOM and zero-width space
    ("髙橋", "髙橋"),  # 異体字 kept
    ("山﨑", "山﨑"),
    ("１-２", "1-2"),
    ("ヽヾ", "ゝゞ"),
    ("A\u00b4", "\u00e1"),  # spacing accent: composed after the space is removed
    ("", ""),
    (None, ""),
])
def test_search_key(text, expected):
    assert search_key(text) == expected


def test_search_key_strips_the_separator():
    assert search_key("やま" + SEARCH_KEY_SEPARATOR + "だ") == "やまだ"


@given(hiragana_text)
def test_hiragana_and_katakana_give_the_same_key(h):
    assert search_key(to_katakana(h)) == search_key(h) == h


@given(st.one_of(name_text, st.text(max_size=20)))
def test_search_key_is_idempotent(text):
    assert search_key(search_key(text)) == search_key(text)


@given(name_text, st.data())
def test_substring_of_a_name_is_found(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert search_key(text[start:end]) in search_key(text)


@given(st.text(max_size=30))
def test_search_key_has_no_whitespace(text):
    key = search_key(text)
    assert not any(ch.isspace() for ch in key)
    assert "・" not in key
    assert not any("\u30a1" <= ch <= "\u30f6" for ch in key)  # no katakana left


def test_to_hiragana_keeps_spaces():
    assert to_hiragana("ヤマダ タロウ") == "やまだ たろう"
    assert to_hiragana("ﾔﾏﾀﾞ") == "やまだ"


# ---------------------------------------------------------------- person_search_key

YAMADA = person_search_key("山田", "太郎", "ヤマダ", "タロウ")


def test_person_search_key_exact():
    assert YAMADA == "\x1f山田太郎\x1fやまだたろう\x1f"


@pytest.mark.parametrize("query", [
    "山田", "太郎", "田太", "山田　太郎", "やまだ", "ヤマダ", "ﾔﾏﾀﾞ", "やまだた", "ヤマダ　タ",
    "たろう", "ﾀﾛｳ", "だたろ", "", "  ",
])
def test_person_search_key_matches(query):
    assert key_matches(YAMADA, query)


@pytest.mark.parametrize("query", [
    "やまだじろう", "山田たろう", "太郎やまだ", "太郎\x1fやまだ", "山本", "やまだ たろうさん"])
def test_person_search_key_does_not_match(query):
    assert not key_matches(YAMADA, query)


def test_person_search_key_prefix_search():
    assert SEARCH_KEY_SEPARATOR + search_key("ヤマ") in YAMADA
    assert SEARCH_KEY_SEPARATOR + search_key("タロウ") not in YAMADA


def test_person_search_key_missing_parts():
    assert person_search_key("山田", None, None, None) == "\x1f山田\x1f"
    assert person_search_key(None, None, "ヤマダ", "") == "\x1fやまだ\x1f"
    assert person_search_key(None, None, None, None) == ""
    assert person_search_key("", "", " ", "　") == ""


def test_person_search_key_deduplicates_kana_names():
    assert person_search_key("スミス", "ジョン", "スミス", "ジョン") == "\x1fすみすじょん\x1f"


def test_person_search_key_other_names():
    key = person_search_key("山田", "花子", "ヤマダ", "ハナコ", other_names=["佐藤", None, "Hanako YAMADA"])
    assert key == "\x1f山田花子\x1fやまだはなこ\x1f佐藤\x1fhanakoyamada\x1f"
    assert key_matches(key, "さとう") is False
    assert key_matches(key, "佐藤")
    assert key_matches(key, "hanako")


@given(name_text, name_text, kana_text, kana_text, st.data())
def test_any_fragment_of_name_or_reading_matches(fam, giv, fk, gk, data):
    key = person_search_key(fam, giv, fk, gk)
    for whole in (fam + giv, fk + gk):
        start = data.draw(st.integers(0, len(whole)))
        end = data.draw(st.integers(start, len(whole)))
        assert key_matches(key, whole[start:end])


# ---------------------------------------------------------------- folding and sorting

@pytest.mark.parametrize(("text", "expected"), [
    ("ガッコウ", "かつこう"),
    ("ヴ", "う"),
    ("ぱぴぷぺぽ", "はひふへほ"),
    ("ばびぶべぼ", "はひふへほ"),
    ("ぁぃぅぇぉっゃゅょゎゕゖ", "あいうえおつやゆよわかけ"),
    ("ヷ", "わ"),
    ("コーヒー", "こーひー"),
    ("ジョン・スミス", "しよんすみす"),
    ("山田", "山田"),
])
def test_fold_kana(text, expected):
    assert fold_kana(text) == expected


def test_kana_sort_key_exact():
    assert kana_sort_key("ヤマダ", "タロウ") == "やまた\x1fたろう\x1eやまだ\x1fたろう"
    assert kana_sort_key("ﾔﾏﾀﾞ", "ﾀﾛｳ") == kana_sort_key("やまだ", "たろう") == kana_sort_key("ヤマダ ", "タロウ")
    assert kana_sort_key(None, "") == SORT_LAST
    assert kana_sort_key("", "タロウ") == "\x1fたろう\x1e\x1fたろう"


GOJUON = [
    ("アベ", "タロウ"),
    ("イトウ", "ジロウ"),
    ("カトウ", "ユキ"),
    ("ガトウ", "ユキ"),  # same folded reading: 清音 before 濁音
    ("カドタ", "ケン"),  # かとう < かとた: dakuten does not decide before the folded reading
    ("キッカワ", "アキ"),
    ("キツカワ", "アキ"),  # small っ before つ
    ("ハシモト", "ミキ"),
    ("ハタ", "ケン"),
    ("ハハ", "ケイ"),
    ("ババ", "ケイ"),
    ("パパ", "ケイ"),
    ("ヤマ", "ダイスケ"),  # family reading first: やま < やまだ
    ("ヤマダ", "アキ"),
    ("ヤマダ", "タロウ"),
    ("ワタナベ", "ユウ"),
    (None, None),  # no reading: last
]


@given(st.permutations(GOJUON))
def test_sorting_by_kana_sort_key_gives_gojuon_order(shuffled):
    assert sorted(shuffled, key=lambda p: kana_sort_key(*p)) == GOJUON


def test_gojuon_order_mixed_input_forms():
    people = [("ﾜﾀﾅﾍﾞ", "ﾕｳ"), ("あべ", "たろう"), ("ヤマダ", "タロウ")]
    random.Random(1).shuffle(people)
    ordered = sorted(people, key=lambda p: kana_sort_key(*p))
    assert ordered == [("あべ", "たろう"), ("ヤマダ", "タロウ"), ("ﾜﾀﾅﾍﾞ", "ﾕｳ")]


@given(kana_text, kana_text, kana_text, kana_text)
def test_kana_sort_key_orders_like_folded_then_exact_tuple(f1, g1, f2, g2):
    def as_tuple(f, g):
        return (fold_kana(f), fold_kana(g), search_key(f), search_key(g))

    k1, k2 = kana_sort_key(f1, g1), kana_sort_key(f2, g2)
    if not (f1 or g1) or not (f2 or g2):
        return  # SORT_LAST case covered above
    assert (k1 < k2) == (as_tuple(f1, g1) < as_tuple(f2, g2))
    assert (k1 == k2) == (as_tuple(f1, g1) == as_tuple(f2, g2))


# ---------------------------------------------------------------- digits

@pytest.mark.parametrize(("text", "expected"), [
    ("０９０-１２３４-５６７８", "09012345678"),
    ("(03) 1234-5678", "0312345678"),
    ("０３－１２３４－５６７８ 内線１２", "0312345678" + "12"),
    ("なし", ""),
    ("", ""),
    (None, ""),
])
def test_digits(text, expected):
    assert digits(text) == expected


@given(st.text(max_size=30))
def test_digits_only_ascii_digits(text):
    assert set(digits(text)) <= set("0123456789")


# ---------------------------------------------------------------- フリガナ

@pytest.mark.parametrize("text", [
    "ヤマダ", "ヤマダ タロウ", "ヤマダ　タロウ", "ｶﾞｰﾃﾞﾝ", "ヴァン", "スミス・ジョン", "コーヒー", "キッチャ", "ヶ",
])
def test_is_katakana_reading_true(text):
    assert is_katakana_reading(text) is True


@pytest.mark.parametrize("text", [
    "", None, "   ", "　", "ーー", "やまだ", "ヤマだ", "山田", "ヤマダ1", "Yamada", "ヤマダ\tタロウ", "ヤマダ-タロウ",
])
def test_is_katakana_reading_false(text):
    assert is_katakana_reading(text) is False


@pytest.mark.parametrize(("text", "expected"), [
    ("やまだ　たろう", "ヤマダ タロウ"),
    ("ﾔﾏﾀﾞ ﾀﾛｳ", "ヤマダ タロウ"),
    ("ゔぁいおりん", "ヴァイオリン"),
    ("きっぷ", "キップ"),
    ("こーひー", "コーヒー"),
    ("わ゛", "ヷ"),
    ("は\u309a", "パ"),
    ("ゝゞ", "ヽヾ"),
    ("ヤマダ", "ヤマダ"),
    ("山田", "山田"),
    ("", ""),
    (None, ""),
])
def test_to_katakana(text, expected):
    assert to_katakana(text) == expected


@given(hiragana_text)
def test_to_katakana_round_trip(h):
    kata = to_katakana(h)
    assert to_hiragana(kata) == h
    assert is_katakana_reading(kata) == any(ch != "ー" for ch in h)


# ---------------------------------------------------------------- 異体字 (search only)
@pytest.mark.parametrize(("variant", "standard"), [
    ("髙橋", "高橋"), ("山﨑", "山崎"), ("齋藤", "斎藤"), ("齊藤", "斎藤"), ("渡邊", "渡辺"),
    ("渡邉", "渡辺"), ("濱田", "浜田"), ("澤田", "沢田"), ("櫻井", "桜井"), ("廣瀬", "広瀬"),
    ("德永", "徳永"), ("眞鍋", "真鍋"), ("國分", "国分"), ("嶋田", "島田"), ("小嶌", "小島"),
    ("冨田", "富田"), ("藪内", "薮内"), ("𠮷田", "吉田")])
def test_fold_variants(variant, standard):
    assert fold_variants(variant) == fold_variants(standard) == standard
    assert len(fold_variants(variant)) == len(variant)


def test_search_key_itself_keeps_the_characters_as_written():
    assert search_key("髙橋 﨑子") == "髙橋﨑子"


def test_variants_of_lists_only_what_the_query_needs():
    assert variants_of("たかはし") == []
    assert variants_of("髙橋") == [("髙", "高")]
    assert set(variants_of("斎藤")) == {("齋", "斎"), ("齊", "斎"), ("斉", "斎")}
    # folding only those in the key equals folding the whole key
    key = "髙橋﨑子澤"
    query = fold_variants("高橋崎")
    partial = key
    for variant, standard in variants_of(query):
        partial = partial.replace(variant, standard)
    assert (query in partial) == (query in fold_variants(key)) is True
