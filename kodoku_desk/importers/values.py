"""Cell values → what a person record stores (pure functions).

Each reader takes a raw cell (text from a CSV, or str / int / float / datetime
from an XLSX) and returns the stored form, or raises :class:`ValueProblem`
with a Japanese and an English explanation.  Width and kana are folded here:
full-width digits become ASCII, half-width katakana full-width, and readings
become the full-width katakana the app stores.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta

from kodoku_desk.models import kana
from kodoku_desk.models.codelist import CodeList
from kodoku_desk.models.wareki import (ERAS, DateParseError, find_era, parse_date,
                                       parse_date_with_era)

__all__ = ["ValueProblem", "cell_text", "code_of", "codes_of", "gender_code", "read_birth_date",
           "read_date", "read_phone", "read_reading", "split_address", "split_name"]

_EXCEL_EPOCH = date(1899, 12, 30)  # serial 1 = 1900-01-01 (after Excel's 1900-02-29 bug)
_SERIAL_RANGE = (1, 80_000)  # 1900 … 2119
_SPACES = re.compile(r"[\s\u3000]+")
_LIST_SEPARATORS = re.compile(r"[、,，/／;；\n]+")
_PREFECTURE = re.compile(r"^(東京都|北海道|(?:京都|大阪)府|.{2,3}?県)")
_POSTAL_PREFIX = re.compile(r"^〒?[\s\u3000]*[0-9０-９]{3}[-－ー‐]?[0-9０-９]{4}[\s\u3000]*")
_MUNICIPALITY = re.compile(r"^(.+?郡.+?[町村]|.+?市.+?区|.+?[市区町村])")

#: Words for 性別 → gender code (compared after NFKC, lower case, without spaces).
_GENDER_WORDS = {
    "male": ("男", "男性", "おとこ", "m", "male", "man", "♂"),
    "female": ("女", "女性", "おんな", "f", "female", "woman", "♀"),
    "other": ("その他", "他", "other", "x"),
    "unanswered": ("無回答", "不明", "回答なし", "未回答", "答えたくない", "unknown", "n/a", "na"),
}
_GENDER = {w: code for code, words in _GENDER_WORDS.items() for w in words}


class ValueProblem(ValueError):
    """One cell's value cannot be used."""

    def __init__(self, message_ja: str, message_en: str) -> None:
        super().__init__(message_en)
        self.message_ja = message_ja
        self.message_en = message_en


def cell_text(value: object) -> str:
    """A cell as stripped text: integral floats without ".0", dates in ISO form, "" for None."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else str(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(" ")
    if isinstance(value, (date, time)):
        return value.isoformat()
    return str(value).strip()


def _fold(text: str) -> str:
    return _SPACES.sub("", unicodedata.normalize("NFKC", text)).lower()


def split_name(text: str) -> tuple[str, str]:
    """「山田 太郎」/「山田　太郎」 → ("山田", "太郎"); without a space all goes to the family part."""
    parts = _SPACES.split(text.strip())
    parts = [p for p in parts if p]
    if not parts:
        return "", ""
    return parts[0], " ".join(parts[1:])


def read_reading(text: str) -> str:
    """フリガナ as stored: ﾔﾏﾀﾞ / やまだ / ヤマダ → 「ヤマダ」 (problem if it is not kana)."""
    reading = " ".join(kana.to_katakana(text).split())
    if reading and not kana.is_katakana_reading(reading):
        raise ValueProblem("ふりがなはカタカナかひらがなで書いてください（漢字や英字は使えません）。",
                           "The reading must be written in katakana or hiragana.")
    return reading


def _serial_date(number: float) -> date:
    if not _SERIAL_RANGE[0] <= number <= _SERIAL_RANGE[1]:
        raise ValueProblem("日付として読み取れない数値です。", "This number is not a date.")
    return _EXCEL_EPOCH + timedelta(days=int(number))


#: Dates that read as 和暦 with the era left out: (pattern, what it looks like in Japanese
#: and English, how to write it instead).
_ERA_MISSING = (
    (re.compile(r"\d{1,2}年?(?:生まれ|生)?"), "和暦の生年", "an era year of birth",
     "「昭和15年」「S15」", '"S15"'),
    (re.compile(r"\d{1,2}[./\-年]\d{1,2}[./\-月]\d{1,2}日?"), "和暦の年", "an era year",
     "「昭和15年3月15日」「S15.3.15」", '"S15.3.15"'),
)


def read_date(value: object, era: object = None, *, from_excel: bool = False) -> date | None:
    """A 西暦 / 和暦 date, an Excel date cell or serial (``from_excel``); None when blank.

    ``era`` is the value of a separate 元号 column (「昭和」「S」), used for dates
    such as 「15/3/15」 or 「15年3月15日」.
    """
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool) and from_excel:
        if era not in (None, ""):
            raise ValueProblem("元号の列があるのに、日付がExcelの日付として入っています。",
                               "There is an era column, but the date is an Excel date value.")
        return _serial_date(float(value))
    text = cell_text(value)
    era_text = cell_text(era)
    if not text:
        if era_text:
            raise ValueProblem("元号だけが入っていて、年月日がありません。",
                               "Only the era is given, without the date.")
        return None
    try:
        return parse_date_with_era(era_text, text) if era_text else parse_date(text)
    except DateParseError as exc:
        folded = unicodedata.normalize("NFKC", text).strip()
        for pattern, what_ja, what_en, example_ja, example_en in _ERA_MISSING:
            if not era_text and pattern.fullmatch(folded):
                raise ValueProblem(
                    f"「{text}」は{what_ja}に見えますが、元号がわかりません。元号の列を選ぶか、"
                    f"{example_ja}のように元号を付けてください。",
                    f'"{text}" looks like {what_en} without an era; choose the era column or '
                    f"write e.g. {example_en}.") from None
        raise ValueProblem(exc.message_ja, exc.message_en) from None


def read_birth_date(value: object, era: object = None, *, from_excel: bool = False) -> date | None:
    return read_date(value, era, from_excel=from_excel)


_ERA_NAMES = "|".join([e.name for e in ERAS] + [e.letter for e in ERAS]
                      + [e.letter.lower() for e in ERAS])
_YEAR_ONLY = re.compile(
    rf"^(?:(?:西暦)?(?P<y>[0-9]{{4}})|(?P<era>{_ERA_NAMES})?(?P<ey>[0-9]{{1,2}}|元))"
    r"(?:年|[./-])?(?:[0-9]{1,2}月?)?(?:生まれ|生)?$")


def read_birth_year(value: object, era: object = None, *, today: date) -> int | None:
    """The 西暦 year of a birth date written as a year (and perhaps a month) only —
    「昭和15年」「S15」「1940」「1940年3月」「昭和15年生まれ」, 「15」 beside an era column,
    or a number 1868…this year in an Excel cell (as a date serial it would be a day in
    1905) — or None when ``value`` is not one (a full date, blank, anything else)."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if float(value).is_integer() and 1868 <= int(value) <= today.year and era in (None, ""):
            return int(value)
        if not float(value).is_integer() or era in (None, ""):
            return None
    text = _SPACES.sub("", unicodedata.normalize("NFKC", cell_text(value)))
    match = _YEAR_ONLY.match(cell_text(era) + text if era not in (None, "") else text)
    if not text or not match:
        return None
    if match["y"]:
        year = int(match["y"])
    else:
        found = find_era(match["era"] or "")
        if found is None:
            return None           # 「15」 alone: a 和暦 year, but of which era?
        year = found.offset + (1 if match["ey"] == "元" else int(match["ey"]))
    return year if 1868 <= year <= today.year else None


def read_phone(value: object) -> str | None:
    """Phone number text; an XLSX number that lost its leading 0 gets it back."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        digits = cell_text(value)
        if digits.isdigit() and len(digits) in (9, 10):
            return "0" + digits
        return digits or None
    return cell_text(value) or None


def gender_code(text: str, codes: CodeList | None = None) -> str | None:
    """男/女/男性/女性/M/F/… → ``male`` / ``female`` / ``other`` / ``unanswered``."""
    if not text.strip():
        return None
    word = _fold(text)
    if word in _GENDER:
        return _GENDER[word]
    if codes is not None:
        found = code_of(text, codes)
        if found:
            return found
    raise ValueProblem(f"性別「{text}」を読み取れません（男・女・男性・女性・M・F・その他・無回答）。",
                       f'Cannot read gender "{text}" (use 男/女, M/F, other or no answer).')


def code_of(text: str, codes: CodeList) -> str | None:
    """The code whose code, Japanese or English label equals ``text`` (NFKC, no spaces)."""
    word = _fold(text)
    if not word:
        return None
    for code, label_ja in codes.choices("ja"):
        entry = codes[code]
        if word in (_fold(code), _fold(label_ja), _fold(entry.en)):
            return code
    return None


def one_code(text: str, codes: CodeList) -> str | None:
    """:func:`code_of`, with a problem when ``text`` is given but not in the list."""
    if not text.strip():
        return None
    found = code_of(text, codes)
    if found is None:
        raise ValueProblem(_not_in_list(text, codes), f'"{text}" is not in the list '
                           f'"{codes.title("en")}".')
    return found


def codes_of(text: str, codes: CodeList) -> tuple[str, ...]:
    """Several codes separated by 「、」「,」「/」「;」 or line breaks (e.g. 支援区分)."""
    found: list[str] = []
    unknown: list[str] = []
    for part in _LIST_SEPARATORS.split(text):
        if not part.strip():
            continue
        code = code_of(part, codes)
        if code is None:
            unknown.append(part.strip())
        elif code not in found:
            found.append(code)
    if unknown:
        raise ValueProblem(_not_in_list("、".join(unknown), codes),
                           f'{", ".join(unknown)}: not in the list "{codes.title("en")}".')
    return tuple(found)


def _not_in_list(text: str, codes: CodeList) -> str:
    labels = "・".join(label for _code, label in codes.choices("ja")[:8])
    more = "など" if len(codes.codes()) > 8 else ""
    return f"{codes.title('ja')}「{text}」は選択肢にありません（{labels}{more}）。"


def split_address(text: str) -> dict[str, str | None]:
    """One-line address → 都道府県, 市区町村 and the rest (町字 onward) as far as it is sure.

    Building names after a space go to 方書: 「東京都新宿区西新宿2-8-1 ○○ハイツ101」.
    """
    rest = _POSTAL_PREFIX.sub("", text.strip())
    parts: dict[str, str | None] = {"prefecture": None, "municipality": None, "town": None,
                                    "building": None}
    if m := _PREFECTURE.match(rest):
        parts["prefecture"], rest = m.group(1), rest[m.end():]
    if m := _MUNICIPALITY.match(rest):
        parts["municipality"], rest = m.group(1), rest[m.end():]
    main, *building = _SPACES.split(rest.strip(), maxsplit=1)
    parts["town"] = main.strip() or None
    parts["building"] = building[0].strip() if building and building[0].strip() else None
    return parts


def strings(values: Iterable[object]) -> list[str]:
    return [cell_text(v) for v in values]
