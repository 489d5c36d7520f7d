import pytest
from hypothesis import given
from hypothesis import strategies as st

from kodoku_desk.models.survey import (
    CONTACT_FREQUENCY_ANSWERS,
    CONTACT_FREQUENCY_HEADING,
    DIRECT_ANSWERS,
    DIRECT_QUESTION,
    INSTRUMENT_LABEL,
    MONTHLY_OR_LESS_LABEL,
    UCLA_ANSWERS,
    UCLA_BANDS,
    UCLA_ITEMS,
    UNANSWERED,
    feels_lonely,
    monthly_or_less,
    ucla_band,
    ucla_score,
)


def test_wording_is_verbatim():
    assert INSTRUMENT_LABEL == "UCLA孤独感尺度 日本語版3項目短縮版（孤独・孤立の実態把握に関する全国調査と同一設問）"
    assert UCLA_ITEMS == (
        "あなたは、自分には人とのつきあいがないと感じることがありますか。",
        "あなたは、自分は取り残されていると感じることがありますか。",
        "あなたは、自分は他の人たちから孤立していると感じることがありますか。",
    )
    assert DIRECT_QUESTION == "あなたはどの程度、孤独であると感じることがありますか。"
    assert CONTACT_FREQUENCY_HEADING == "問4 同居していない家族や友人たちと直接会って話す頻度は？"
    assert MONTHLY_OR_LESS_LABEL == "月に1回程度以下の人"


def test_answer_lists():
    assert UCLA_ANSWERS.choices() == [("1", "決してない"), ("2", "ほとんどない"), ("3", "時々ある"), ("4", "常にある")]
    assert DIRECT_ANSWERS.choices() == [("1", "決してない"), ("2", "ほとんどない"), ("3", "たまにある"),
                                       ("4", "時々ある"), ("5", "しばしばある・常にある")]
    assert CONTACT_FREQUENCY_ANSWERS.choices() == [
        ("1", "週４～５回以上"), ("2", "週２～３回程度"), ("3", "週１回程度"), ("4", "２週間に１回程度"),
        ("5", "月１回程度"), ("6", "月１回未満"), ("7", "全くない"), ("unanswered", "無回答")]
    assert UNANSWERED == "unanswered"
    assert UCLA_BANDS.choices() == [("3", "3点（決してない）"), ("4-6", "4～6点（ほとんどない）"),
                                    ("7-9", "7～9点（時々ある）"), ("10-12", "10～12点（常にある）")]


def test_contact_frequency_labels_use_full_width_digits():
    for code in CONTACT_FREQUENCY_ANSWERS:
        assert not any("0" <= ch <= "9" for ch in code.ja)
    assert "\uff5e" in CONTACT_FREQUENCY_ANSWERS.label("1")  # full-width tilde ～


# ---------------------------------------------------------------- score

@pytest.mark.parametrize(("answers", "score"), [
    ((1, 1, 1), 3), ((4, 4, 4), 12), ((1, 2, 3), 6), (("2", "3", "4"), 9), ((4, "4", 2), 10),
])
def test_ucla_score(answers, score):
    assert ucla_score(*answers) == score


@pytest.mark.parametrize("answers", [(None, 1, 1), (1, None, 1), (1, 1, None), (None, None, None)])
def test_ucla_score_needs_all_three(answers):
    assert ucla_score(*answers) is None


@pytest.mark.parametrize("answers", [
    (0, 1, 1), (1, 5, 1), (1, 1, -1), ("0", 1, 1), ("5", 1, 1), ("", 1, 1), ("１", 1, 1), (True, 1, 1),
    (1.0, 1, 1), (None, 9, 1),  # invalid even when another answer is missing
])
def test_ucla_score_rejects_out_of_range(answers):
    with pytest.raises(ValueError):
        ucla_score(*answers)


@pytest.mark.parametrize(("score", "band"), [
    (3, "3"), (4, "4-6"), (6, "4-6"), (7, "7-9"), (9, "7-9"), (10, "10-12"), (12, "10-12"),
])
def test_ucla_band(score, band):
    assert ucla_band(score) == band


def test_ucla_band_labels():
    assert UCLA_BANDS.label(ucla_band(3)) == "3点（決してない）"
    assert UCLA_BANDS.label(ucla_band(5)) == "4～6点（ほとんどない）"
    assert UCLA_BANDS.label(ucla_band(8)) == "7～9点（時々ある）"
    assert UCLA_BANDS.label(ucla_band(11)) == "10～12点（常にある）"


@pytest.mark.parametrize("bad", [2, 13, 0, -3, True, 7.0, "7", None])
def test_ucla_band_rejects_bad_scores(bad):
    with pytest.raises(ValueError):
        ucla_band(bad)


@given(st.integers(1, 4), st.integers(1, 4), st.integers(1, 4))
def test_every_complete_answer_set_has_a_band(a, b, c):
    score = ucla_score(a, b, c)
    assert score == a + b + c
    assert ucla_band(score) in UCLA_BANDS


# ---------------------------------------------------------------- derived indicators

@pytest.mark.parametrize(("code", "expected"), [
    ("1", False), ("2", False), ("3", False), ("4", False), ("5", True), ("6", True), ("7", True),
    (UNANSWERED, False), (None, False),
])
def test_monthly_or_less(code, expected):
    assert monthly_or_less(code) is expected


@pytest.mark.parametrize("bad", ["8", "0", "無回答", "", 5])
def test_monthly_or_less_unknown_code(bad):
    with pytest.raises(ValueError):
        monthly_or_less(bad)


@pytest.mark.parametrize(("code", "expected"), [
    ("1", False), ("2", False), ("3", True), ("4", True), ("5", True), (None, False),
])
def test_feels_lonely(code, expected):
    assert feels_lonely(code) is expected


def test_feels_lonely_unknown_code():
    with pytest.raises(ValueError):
        feels_lonely("6")
