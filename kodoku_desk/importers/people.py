"""Rows of a roster → person drafts, or the problems of each row (pure, no database).

For every non-blank row under the header, :func:`read_people` gives a
:class:`RowResult`: either a normalised, validated :class:`Person` ready to be
registered, or every problem found in that row — row number as Excel shows it,
the column's header, the cell's value and what is wrong, in Japanese and English.

A totals line at the end of a roster (「合計,7名」「以下余白」) and a name holding
digits are problems, never a person.  A row that can be registered may still carry
*warnings* (要確認), e.g. no ふりがな although the file has a ふりがな column.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping as MappingType, Sequence
import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from kodoku_desk.models.codelist import CodeList
from kodoku_desk.models.errors import ValidationError
from kodoku_desk.models.person import Address, EmergencyContact, Person

from . import values as v
from .mapping import Mapping, header_text
from .sources import SourceTable

__all__ = ["Problem", "RowResult", "is_summary_text", "read_people"]

#: What a totals / summary line of a roster says where a name would be.
_SUMMARY_WORDS = frozenset({
    "合計", "計", "小計", "総計", "累計", "総数", "集計", "人数", "総人数", "合計人数", "人員",
    "件数", "合計件数", "以下余白", "余白", "以上", "平均", "total", "subtotal", "grandtotal",
    "sum",
})
#: Summary words that never begin a name, so 「合計7名」「人数：12」 are summaries too.
_SUMMARY_PREFIXES = ("合計", "小計", "総計", "累計", "総数", "集計", "人数", "総人数", "以下余白")
_DECORATION = re.compile(r"[\s\u3000【】\[\]()（）<>＜＞〈〉《》「」『』:：*＊・.。、,=＝~〜-]+")
_KANA_FIELDS = ("full_kana", "family_kana", "given_kana")

# Person / validation field → the import fields whose column it comes from (first mapped wins).
_SOURCE_FIELDS: dict[str, tuple[str, ...]] = {
    "family_name": ("full_name", "family_name"), "given_name": ("full_name", "given_name"),
    "family_kana": ("full_kana", "family_kana"), "given_kana": ("full_kana", "given_kana"),
    "birth_date": ("birth_date", "birth_era"), "gender": ("gender",),
    "phone": ("phone",), "phone2": ("phone2",), "postal_code": ("postal_code",),
    "prefecture": ("prefecture", "address"), "municipality": ("municipality", "address"),
    "town": ("town", "address"), "banchi": ("banchi",), "building": ("building", "address"),
    "district_code": ("district",), "household_type": ("household_type",),
    "support_categories": ("support_categories",), "visit_frequency": ("visit_frequency",),
    "emergency_name": ("emergency_name",), "emergency_relation": ("emergency_relation",),
    "emergency_phone": ("emergency_phone",), "related_agencies": ("related_agencies",),
    "common_name": ("common_name",), "registered_on": ("registered_on",), "note": ("note",),
}


@dataclass(frozen=True)
class Problem:
    """What is wrong with one cell (or with the row, when ``column`` is "")."""

    row: int
    column: str
    value: str
    message_ja: str
    message_en: str

    def message(self, lang: str = "ja") -> str:
        return self.message_en if lang == "en" else self.message_ja


@dataclass(frozen=True)
class RowResult:
    """One data row: a draft person, or its problems (never both)."""

    row: int
    name: str
    kana: str
    birth_date: date | None
    person: Person | None
    problems: tuple[Problem, ...] = ()
    warnings: tuple[Problem, ...] = ()  # 要確認: registered all the same, but look at these
    birth_year: int | None = None       # only the year of birth is known (birth_date None)


    @property
    def ok(self) -> bool:
        return self.person is not None and not self.problems


def is_summary_text(text: str) -> bool:
    """Is ``text`` a totals / summary word (「合計」「計」「小計」「以下余白」「合計 7名」…)?"""
    word = _DECORATION.sub("", unicodedata.normalize("NFKC", text)).lower()
    if not word:
        return False
    return word in _SUMMARY_WORDS or word.startswith(_SUMMARY_PREFIXES)


class _Row:
    """Reads the mapped cells of one row and collects problems per column."""

    def __init__(self, number: int, cells: Sequence[object], columns: dict[str, int],
                 headers: Sequence[str]) -> None:
        self.number = number
        self.cells = cells
        self.columns = columns
        self.headers = headers
        self.problems: list[Problem] = []
        self.failed: set[str] = set()

    def raw(self, key: str) -> object:
        index = self.columns.get(key)
        if index is None or index >= len(self.cells):
            return None
        return self.cells[index]

    def text(self, key: str) -> str:
        return v.cell_text(self.raw(key))

    def column_of(self, *keys: str) -> tuple[str, str]:
        """(header, value) of the first of ``keys`` that is mapped."""
        for key in keys:
            if key in self.columns:
                if key == "birth_date" and "birth_era" in self.columns:
                    shown = f"{self.text('birth_era')} {self.text('birth_date')}".strip()
                else:
                    shown = self.text(key)
                return self.headers[self.columns[key]], shown
        return "", ""

    def add(self, keys: Sequence[str], message_ja: str, message_en: str) -> None:
        header, shown = self.column_of(*keys)
        self.problems.append(Problem(self.number, header, shown, message_ja, message_en))

    def read(self, key: str, reader: Callable[[], object], default: object = None) -> object:
        """``reader()`` with a problem recorded on ``key``'s column if it fails."""
        try:
            return reader()
        except v.ValueProblem as exc:
            self.failed.add(key)
            self.add((key,), exc.message_ja, exc.message_en)
            return default


def _empty(row: Sequence[object]) -> bool:
    return all(v.cell_text(c) == "" for c in row)


def read_people(table: SourceTable, header_row: int, mapping: Mapping, *,
                codes: MappingType[str, CodeList], today: date) -> list[RowResult]:
    """Every non-blank row under ``header_row`` as a :class:`RowResult`."""
    headers = [header_text(c) for c in (table.rows[header_row] if table.rows else [])]
    headers += [""] * (len(mapping) - len(headers))
    headers = [h or f"列{i + 1}" for i, h in enumerate(headers)]
    columns = {key: i for i, key in enumerate(mapping) if key}
    results = []
    for index in range(header_row + 1, len(table.rows)):
        cells = table.rows[index]
        if _empty(cells):
            continue
        row = _Row(index + 1, cells, columns, headers)
        results.append(_read_row(row, codes, today, table.kind == "xlsx"))
    return results


def _names(row: _Row) -> tuple[str, str, str, str]:
    if "full_name" in row.columns:
        family, given = v.split_name(row.text("full_name"))
    else:
        family, given = row.text("family_name"), row.text("given_name")
    if "full_kana" in row.columns:
        reading = row.read("full_kana", lambda: v.read_reading(row.text("full_kana")), "")
        family_kana, given_kana = v.split_name(reading)
    else:
        family_kana = row.read("family_kana", lambda: v.read_reading(row.text("family_kana")), "")
        given_kana = row.read("given_kana", lambda: v.read_reading(row.text("given_kana")), "")
    return family, given, family_kana, given_kana


def _code(row: _Row, key: str, codes: MappingType[str, CodeList], list_name: str) -> str | None:
    text = row.text(key)
    if not text:
        return None
    code_list = codes.get(list_name)
    if code_list is None:
        row.failed.add(key)
        row.add((key,), f"「{text}」を選べる選択肢がまだ登録されていません。設定で選択肢を登録してから取り込んでください。",
                f'"{text}": this organisation has no such list yet; add the choices in '
                "Settings first.")
        return None
    return row.read(key, lambda: v.one_code(text, code_list))


def _address(row: _Row) -> Address:
    parts: dict[str, str | None] = {}
    if "address" in row.columns and row.text("address"):
        parts = v.split_address(row.text("address"))
    for key in ("prefecture", "municipality", "town", "banchi", "building"):
        if key in row.columns and row.text(key):
            parts[key] = row.text(key)
    return Address(postal_code=row.text("postal_code") or None, **parts)


_NAME_KEYS = ("full_name", "family_name", "given_name")


def _name_text(row: _Row) -> str:
    if "full_name" in row.columns:
        return row.text("full_name")
    return " ".join(t for t in (row.text("family_name"), row.text("given_name")) if t)


def _summary_row(row: _Row) -> RowResult | None:
    """A totals line (「合計,7名」, 「以下余白」) as one problem, or None for an ordinary row."""
    name = _name_text(row)
    first = next((v.cell_text(c) for c in row.cells if v.cell_text(c)), "")
    if not (is_summary_text(name) or is_summary_text(first)):
        return None
    row.add(_NAME_KEYS, "合計などの集計行のようです。取り込みません。",
            "This looks like a totals line (合計 etc.); it is not imported.")
    return RowResult(row=row.number, name=name, kana="", birth_date=None, person=None,
                     problems=tuple(row.problems))


def _check_name(row: _Row, family: str, given: str) -> None:
    name = unicodedata.normalize("NFKC", family + given)
    if any(ch.isdigit() for ch in name):
        for key in _NAME_KEYS:
            row.failed.add(key)
        row.add(_NAME_KEYS, "氏名に数字が入っています。人数や番号の行ではありませんか。"
                "人の名前でない行は取り込みません。",
                "The name contains digits; is this a count or number line? Rows that are "
                "not a person's name are not imported.")


def _note(row: _Row, birth_year: int | None) -> str | None:
    """The row's 備考, and the birth year when only the year (or year and month) is known:
    the date is left empty rather than made up, and the year is kept where staff see it."""
    note = row.text("note")
    if birth_year:
        _header, shown = row.column_of("birth_date")
        kept = f"生年：{birth_year}年（名簿の記載「{shown}」。月日が不明のため生年月日は空欄）"
        note = f"{note}\n{kept}" if note else kept
    return note or None


def _warnings(row: _Row, person: Person, birth_year: int | None = None) -> tuple[Problem, ...]:
    """要確認 notes on a row that can be registered."""
    found = []
    if birth_year:
        header, shown = row.column_of("birth_date")
        found.append(Problem(row.number, header, shown,
                             f"生年（{birth_year}年）だけで月日がありません。生年月日は空欄で取り込み、"
                             "生年は備考に残します。月日がわかったら生年月日を入れてください。",
                             f"Only the year of birth ({birth_year}) is given: the date of birth "
                             "is left empty and the year is kept in the note; enter the date "
                             "when it is known."))
    has_kana_column = any(k in row.columns for k in _KANA_FIELDS)
    if has_kana_column and person.full_name and not (person.family_kana or person.given_kana):
        header, shown = row.column_of(*_KANA_FIELDS)
        found.append(Problem(row.number, header, shown,
                             "ふりがなが空です。このまま取り込めますが、読みでは検索できず、"
                             "五十音順の最後に並びます。あとでふりがなを入れてください。",
                             "No reading (furigana): the person can be imported, but cannot be "
                             "found by reading and sorts last; add the reading later."))
    return tuple(found)


def _read_row(row: _Row, codes: MappingType[str, CodeList], today: date,
              from_excel: bool) -> RowResult:
    summary = _summary_row(row)
    if summary is not None:
        return summary
    family, given, family_kana, given_kana = _names(row)
    _check_name(row, family, given)
    birth_year = v.read_birth_year(row.raw("birth_date"), row.raw("birth_era"), today=today)
    birth = None if birth_year else row.read("birth_date", lambda: v.read_birth_date(
        row.raw("birth_date"), row.raw("birth_era"), from_excel=from_excel))
    registered = row.read("registered_on", lambda: v.read_date(
        row.raw("registered_on"), from_excel=from_excel))
    gender_list = codes.get("gender")
    gender = row.read("gender", lambda: v.gender_code(row.text("gender"), gender_list))
    categories = ()
    if row.text("support_categories") and codes.get("support_category") is not None:
        categories = row.read("support_categories", lambda: v.codes_of(
            row.text("support_categories"), codes["support_category"]), ())
    person = Person(
        family_name=family, given_name=given, family_kana=family_kana, given_kana=given_kana,
        common_name=row.text("common_name") or None, birth_date=birth, gender=gender,
        address=_address(row), district_code=_code(row, "district", codes, "district"),
        phone=v.read_phone(row.raw("phone")), phone2=v.read_phone(row.raw("phone2")),
        emergency=EmergencyContact(name=row.text("emergency_name") or None,
                                   relation=row.text("emergency_relation") or None,
                                   phone=v.read_phone(row.raw("emergency_phone"))),
        related_agencies=row.text("related_agencies") or None,
        household_type=_code(row, "household_type", codes, "household_type"),
        visit_frequency=_code(row, "visit_frequency", codes, "visit_frequency"),
        support_categories=tuple(categories), registered_on=registered or today,
        note=_note(row, birth_year),
    ).normalized()
    try:
        person.validate(today=today, codes=codes)
    except ValidationError as exc:
        for error in exc.errors:
            keys = _SOURCE_FIELDS.get(error.field, ())
            if any(k in row.failed for k in keys):
                continue  # already reported with the cell's own message
            if error.field == "registered_on" and "registered_on" not in row.columns:
                continue  # the default (today) only clashes with a birth date reported above
            row.add(keys, error.message_ja, error.message_en)
    problems = tuple(row.problems)
    return RowResult(row=row.number, name=person.full_name, kana=person.full_kana,
                     birth_date=birth, person=None if problems else person, problems=problems,
                     warnings=() if problems else _warnings(row, person, birth_year),
                     birth_year=birth_year)
