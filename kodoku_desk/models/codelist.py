"""Code lists as data: stable ASCII codes with Japanese and English labels.

The database stores the ``code``; the UI shows the label in the user's
language; exports use the code or the label.  Codes never change once
released; labels may be reworded.  Organisations can add their own codes with
:meth:`CodeList.extended`.  Import from :mod:`kodoku_desk.models.codes`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

__all__ = ["Code", "CodeList", "LIST_TITLES"]

#: Titles of the lists that have no built-in entries (an organisation fills them in), so
#: that a list built from stored rows alone is still called 「地区」, not ``district``.
LIST_TITLES: dict[str, tuple[str, str]] = {
    "district": ("地区", "District"),
}

_CODE_RE = re.compile(r"[A-Za-z0-9_.\-]{1,64}")
_LANGS = ("ja", "en")


def _check_lang(lang: str) -> None:
    if lang not in _LANGS:
        raise ValueError(f"unsupported language: {lang!r} (use 'ja' or 'en')")


@dataclass(frozen=True, slots=True)
class Code:
    """One entry of a code list.

    ``group`` sorts entries into sections (e.g. warning signs by where they are
    observed).  ``sensitive`` marks 要配慮個人情報 (APPI 第2条第3項: 病歴, 障害,
    犯罪被害 …): collecting it needs prior consent and aggregates involving it
    use the stricter suppression threshold.
    """

    code: str
    ja: str
    en: str
    group: str | None = None
    sensitive: bool = False

    def __post_init__(self) -> None:
        if not isinstance(self.code, str) or not _CODE_RE.fullmatch(self.code):
            raise ValueError(f"invalid code {self.code!r}: use 1-64 ASCII letters, digits, _ . -")
        if not self.ja or not self.en:
            raise ValueError(f"code {self.code!r} needs both a Japanese and an English label")

    def label(self, lang: str = "ja") -> str:
        """The label in ``lang`` (``"ja"`` or ``"en"``)."""
        _check_lang(lang)
        return self.ja if lang == "ja" else self.en


class CodeList:
    """An ordered, immutable list of :class:`Code` with unique codes.

    ``name`` is the list's registry key (``"visit_method"``); ``ja`` / ``en``
    are its human title (「見守り方法」 / "Visit method").
    """

    __slots__ = ("_by_code", "_entries", "en", "ja", "name")

    def __init__(self, name: str, codes: Iterable[Code], *, ja: str = "", en: str = "") -> None:
        if not name:
            raise ValueError("a code list needs a name")
        entries = tuple(codes)
        by_code: dict[str, Code] = {}
        for entry in entries:
            if not isinstance(entry, Code):
                raise TypeError(f"expected Code, got {type(entry).__name__}")
            if entry.code in by_code:
                raise ValueError(f"duplicate code {entry.code!r} in code list {name!r}")
            by_code[entry.code] = entry
        known_ja, known_en = LIST_TITLES.get(name, ("", ""))
        self.name = name
        self.ja = ja or known_ja
        self.en = en or known_en
        self._entries = entries
        self._by_code = by_code

    def title(self, lang: str = "ja") -> str:
        """The list's own title in ``lang`` (:data:`LIST_TITLES`, else ``name``, when unset)."""
        _check_lang(lang)
        return (self.ja if lang == "ja" else self.en) or self.name

    def codes(self) -> tuple[str, ...]:
        """The codes in display order."""
        return tuple(self._by_code)

    def get(self, code: str) -> Code | None:
        """The entry for ``code``, or None."""
        return self._by_code.get(code)

    def __getitem__(self, code: str) -> Code:
        try:
            return self._by_code[code]
        except KeyError:
            raise KeyError(f"unknown code {code!r} in code list {self.name!r}") from None

    def label(self, code: str, lang: str = "ja") -> str:
        """Label of ``code`` in ``lang``; KeyError for an unknown code."""
        return self[code].label(lang)

    def choices(self, lang: str = "ja") -> list[tuple[str, str]]:
        """(code, label) pairs in display order, for combo boxes and checklists."""
        _check_lang(lang)
        return [(c.code, c.label(lang)) for c in self._entries]

    def in_group(self, group: str) -> tuple[Code, ...]:
        """Entries whose ``group`` is ``group``, in display order."""
        return tuple(c for c in self._entries if c.group == group)

    def groups(self) -> tuple[str, ...]:
        """Distinct non-None groups in order of first appearance."""
        return tuple(dict.fromkeys(c.group for c in self._entries if c.group is not None))

    def sensitive_codes(self) -> frozenset[str]:
        """Codes marked ``sensitive`` (要配慮個人情報)."""
        return frozenset(c.code for c in self._entries if c.sensitive)

    def extended(self, extra: Iterable[Code]) -> CodeList:
        """A new list with ``extra`` (an organisation's own codes) appended."""
        return CodeList(self.name, (*self._entries, *extra), ja=self.ja, en=self.en)

    def __contains__(self, code: object) -> bool:
        return isinstance(code, str) and code in self._by_code

    def __iter__(self) -> Iterator[Code]:
        return iter(self._entries)

    def __len__(self) -> int:
        return len(self._entries)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CodeList):
            return NotImplemented
        return (self.name, self.ja, self.en, self._entries) == (
            other.name, other.ja, other.en, other._entries)

    def __hash__(self) -> int:
        return hash((self.name, self._entries))

    def __repr__(self) -> str:
        return f"CodeList({self.name!r}, {len(self._entries)} codes)"
