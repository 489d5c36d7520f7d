"""Loneliness and isolation survey items, worded exactly as the national survey.

Source: 孤独・孤立の実態把握に関する全国調査 (内閣府; see DOMAIN.md §4).  The
app stores the raw answers (answer codes below) plus date and administrator;
scores and bands are derived here.  Do not mix these with the 5-option
Igarashi (2019) version of the three-item scale or with the 20-item UCLA
scale: their scores are not comparable.
"""

from __future__ import annotations

from .codelist import Code, CodeList

__all__ = [
    "CONTACT_FREQUENCY_ANSWERS",
    "CONTACT_FREQUENCY_HEADING",
    "DIRECT_ANSWERS",
    "DIRECT_QUESTION",
    "FEELS_LONELY_CODES",
    "INSTRUMENT_LABEL",
    "MONTHLY_OR_LESS_CODES",
    "MONTHLY_OR_LESS_LABEL",
    "UCLA_ANSWERS",
    "UCLA_BANDS",
    "UCLA_ITEMS",
    "UNANSWERED",
    "feels_lonely",
    "monthly_or_less",
    "ucla_band",
    "ucla_score",
]

#: How the instrument is named on screens, forms and exports.
INSTRUMENT_LABEL = "UCLA孤独感尺度 日本語版3項目短縮版（孤独・孤立の実態把握に関する全国調査と同一設問）"

# ---------------------------------------------------------------- 間接質問 (UCLA-3)

#: Survey 問1～3, verbatim (「つきあい」 in hiragana, as in the government version).
UCLA_ITEMS: tuple[str, str, str] = (
    "あなたは、自分には人とのつきあいがないと感じることがありますか。",
    "あなたは、自分は取り残されていると感じることがありますか。",
    "あなたは、自分は他の人たちから孤立していると感じることがありますか。",
)

#: The same four answers for each UCLA item; the code is the points (1–4).
UCLA_ANSWERS = CodeList("ucla_answer", [
    Code("1", "決してない", "Never"),
    Code("2", "ほとんどない", "Hardly ever"),
    Code("3", "時々ある", "Sometimes"),
    Code("4", "常にある", "Always"),
], ja="UCLA孤独感尺度の回答", en="UCLA loneliness scale answer")

#: Score bands (合計 3–12): code, label.
UCLA_BANDS = CodeList("ucla_band", [
    Code("3", "3点（決してない）", "3 points (never)"),
    Code("4-6", "4～6点（ほとんどない）", "4–6 points (hardly ever)"),
    Code("7-9", "7～9点（時々ある）", "7–9 points (sometimes)"),
    Code("10-12", "10～12点（常にある）", "10–12 points (always)"),
], ja="UCLA孤独感尺度 得点区分", en="UCLA loneliness score band")

# ---------------------------------------------------------------- 直接質問

DIRECT_QUESTION = "あなたはどの程度、孤独であると感じることがありますか。"

DIRECT_ANSWERS = CodeList("direct_loneliness", [
    Code("1", "決してない", "Never"),
    Code("2", "ほとんどない", "Hardly ever"),
    Code("3", "たまにある", "Occasionally"),
    Code("4", "時々ある", "Sometimes"),
    Code("5", "しばしばある・常にある", "Often / always"),
], ja="孤独感（直接質問）", en="Loneliness (direct question)")

#: Answers reported together as 「孤独感がある」 (たまにある・時々ある・しばしばある・常にある).
FEELS_LONELY_CODES = frozenset({"3", "4", "5"})

# ---------------------------------------------------------------- 問4 社会的交流

CONTACT_FREQUENCY_HEADING = "問4 同居していない家族や友人たちと直接会って話す頻度は？"

#: An explicit 「無回答」 (asked, no answer), as opposed to None (not asked / not recorded).
UNANSWERED = "unanswered"

#: Labels with full-width digits, as in the official legend.
CONTACT_FREQUENCY_ANSWERS = CodeList("contact_frequency", [
    Code("1", "週４～５回以上", "4–5 times a week or more"),
    Code("2", "週２～３回程度", "About 2–3 times a week"),
    Code("3", "週１回程度", "About once a week"),
    Code("4", "２週間に１回程度", "About once every two weeks"),
    Code("5", "月１回程度", "About once a month"),
    Code("6", "月１回未満", "Less than once a month"),
    Code("7", "全くない", "Never"),
    Code(UNANSWERED, "無回答", "No answer"),
], ja="同居していない家族や友人たちと直接会って話す頻度",
    en="Meeting non-cohabiting family or friends in person")

#: 「全くない・月1回未満・月1回程度」 = 「月に1回程度以下の人」.
MONTHLY_OR_LESS_CODES = frozenset({"5", "6", "7"})
MONTHLY_OR_LESS_LABEL = "月に1回程度以下の人"


def _ucla_points(value: int | str | None, item: int) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        raise ValueError(f"UCLA item {item}: answer must be 1-4 or None, got {value!r}")
    if isinstance(value, str):
        if value not in UCLA_ANSWERS:
            raise ValueError(f"UCLA item {item}: answer must be 1-4 or None, got {value!r}")
        return int(value)
    if not 1 <= value <= 4:
        raise ValueError(f"UCLA item {item}: answer must be 1-4 or None, got {value!r}")
    return value


def ucla_score(a1: int | str | None, a2: int | str | None, a3: int | str | None) -> int | None:
    """Sum of the three UCLA answers (3–12), or None unless all three are answered.

    Answers are the points 1–4 (as int or as the answer code ``"1"``–``"4"``);
    None means not answered — no imputation.  ValueError for anything else,
    even when another item is unanswered.
    """
    points = [_ucla_points(a, i) for i, a in enumerate((a1, a2, a3), start=1)]
    if any(p is None for p in points):
        return None
    return sum(p for p in points if p is not None)


def ucla_band(score: int) -> str:
    """Band code of a UCLA score: ``"3"``, ``"4-6"``, ``"7-9"`` or ``"10-12"``.

    Its label is ``UCLA_BANDS.label(code)``.  ValueError outside 3–12.
    """
    if isinstance(score, bool) or not isinstance(score, int) or not 3 <= score <= 12:
        raise ValueError(f"UCLA score must be an integer 3-12, got {score!r}")
    if score == 3:
        return "3"
    if score <= 6:
        return "4-6"
    if score <= 9:
        return "7-9"
    return "10-12"


def feels_lonely(direct_code: str | None) -> bool:
    """True for the direct-question answers counted as 「孤独感がある」 (codes 3–5).

    None (not answered) is False; ValueError for an unknown code.
    """
    if direct_code is None:
        return False
    if direct_code not in DIRECT_ANSWERS:
        raise ValueError(f"unknown direct-question answer {direct_code!r}")
    return direct_code in FEELS_LONELY_CODES


def monthly_or_less(q4_code: str | None) -> bool:
    """True for 「全くない・月１回未満・月１回程度」 (月に1回程度以下).

    ``"unanswered"`` (無回答) and None (not asked) are False: not known to be
    monthly or less.  ValueError for an unknown code.
    """
    if q4_code is None:
        return False
    if q4_code not in CONTACT_FREQUENCY_ANSWERS:
        raise ValueError(f"unknown contact-frequency answer {q4_code!r}")
    return q4_code in MONTHLY_OR_LESS_CODES
