"""当事者 list: one row per person, the filters, and how a search box query is read.

:func:`parse_query` decides what the text typed into the search box means
(pure, so the rule is unit-tested without a database):

* empty or blank (after dropping spaces and 「・」) → every person (subject to the filters);
* 「P」 + digits, any width or case (「p12」「Ｐ１２」「P-12」) → person code: the code
  whose number equals the digits (``P000012``) **or** any code that begins with
  the text as typed (「P0001」 → ``P000100``–``P000199``);
* only digits and phone punctuation (hyphens, 「ー」, brackets, spaces), any
  width → phone number: with at least :data:`MIN_PHONE_DIGITS` digits, people
  whose 電話番号 or 電話番号2 digits contain them (「０９０」「03-55」);
  fewer digits match nobody yet;
* anything else → 氏名 / フリガナ / 通称 / 旧姓 / ローマ字: the query's
  :func:`.kana.search_key` must occur in the person's search key, so
  「やまだ」「ヤマダ」「ﾔﾏﾀﾞ」「山田」「yamada」 all find 山田 太郎 (ヤマダ タロウ).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from . import kana
from .labels import LabeledEnum

__all__ = ["DEFAULT_KINDS", "DEFAULT_STATUSES", "MIN_PHONE_DIGITS", "PeopleFilter", "PersonRow",
           "QueryKind", "SearchQuery", "parse_query"]

#: A phone query needs this many digits before it matches anyone.
MIN_PHONE_DIGITS = 3
#: Statuses listed unless a filter asks for others (終了 hidden).
DEFAULT_STATUSES: tuple[str, ...] = ("active", "paused")
#: Kinds listed unless a filter asks for others (居場所 participants hidden).
DEFAULT_KINDS: tuple[str, ...] = ("client",)

_CODE_RE = re.compile(r"P[-\s]?(\d+)")
_PHONE_PUNCTUATION = frozenset("-‐‑‒–—―−ー()+ 　")


class QueryKind(LabeledEnum):
    ALL = ("all", "すべて", "Everyone")
    NAME = ("name", "氏名・フリガナ", "Name or reading")
    PHONE = ("phone", "電話番号", "Phone number")
    CODE = ("code", "当事者番号", "Person number")
    TOO_SHORT = ("too_short", "桁数が足りません", "Too few digits")


@dataclass(frozen=True, slots=True)
class SearchQuery:
    """What a search box text asks for: ``text`` is the name search key, the phone
    digits, or ``P`` + the code digits."""

    kind: QueryKind
    text: str = ""
    code_exact: str | None = None   # CODE: the code whose number equals the digits
    code_prefix: str | None = None  # CODE: codes beginning with this (case-insensitive)


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def parse_query(query: str | None, *, code_digits: int = 6) -> SearchQuery:
    """Read a search box text (see the module docstring).  ``code_digits``: width of
    the number in generated person codes (``P000012``)."""
    folded = _nfkc(query or "").strip()
    if not kana.search_key(folded) and not any(ch.isdigit() for ch in folded):
        return SearchQuery(QueryKind.ALL)
    match = _CODE_RE.fullmatch(folded.upper())
    if match:
        number = match.group(1)
        exact = f"P{int(number):0{code_digits}d}" if len(number) <= code_digits else None
        return SearchQuery(QueryKind.CODE, "P" + number, exact, "P" + number)
    if any(ch.isdigit() for ch in folded) and all(
            ch.isdigit() or ch in _PHONE_PUNCTUATION for ch in folded):
        digits = kana.digits(folded)
        if len(digits) < MIN_PHONE_DIGITS:
            return SearchQuery(QueryKind.TOO_SHORT, digits)
        return SearchQuery(QueryKind.PHONE, digits)
    return SearchQuery(QueryKind.NAME, kana.search_key(folded))


@dataclass(frozen=True, slots=True, kw_only=True)
class PeopleFilter:
    """Filters of the 当事者 list; ``None`` / empty means "any".

    ``statuses`` and ``kinds`` default to active + paused clients; pass
    ``statuses=("active", "paused", "closed")`` to include 終了 and
    ``kinds=("client", "participant")`` to include 居場所 participants.
    ``worker_id``: people currently assigned to that user.  ``overdue_only``:
    people with no contact within their planned interval (the ホーム rule).
    """

    statuses: tuple[str, ...] = DEFAULT_STATUSES
    kinds: tuple[str, ...] = DEFAULT_KINDS
    district_code: str | None = None
    worker_id: str | None = None
    support_category: str | None = None
    overdue_only: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class PersonRow:
    """One line of the 当事者 list."""

    id: str
    person_code: str
    kind: str
    full_name: str                 # 「山田 太郎」
    full_kana: str                 # 「ヤマダ タロウ」
    birth_date: date | None
    age: int | None                # 満年齢 today
    district_code: str | None
    phone: str | None
    status: str
    visit_frequency: str | None
    last_contact: date | None      # latest confirmed visit or 居場所 attendance
    days_overdue: int              # 0 when not overdue
    workers: tuple[str, ...] = ()  # display names of the assigned workers, primary first

    @property
    def is_overdue(self) -> bool:
        return self.days_overdue > 0
