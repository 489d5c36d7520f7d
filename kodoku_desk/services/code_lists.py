"""The organisation's code lists as stored (built-in codes, edited labels, own codes).

Validators and labels use these rather than :data:`BUILTIN_CODE_LISTS` alone, so
an organisation's own 見守り方法 or 連絡先種別 is accepted and shown with its label.
A list with no stored rows (or a malformed one) falls back to the built-in list.

A *retired* own entry (``active`` false, e.g. a 地区 that is no longer used for new
records but that people or places still carry: :mod:`kodoku_desk.services.organization`)
stays in the list, so existing records keep their label and still validate; with
labels it comes after the active entries and is marked 「（使用終了）」 / "(retired)".
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection

from kodoku_desk.models.codelist import Code, CodeList
from kodoku_desk.models.codes import BUILTIN_CODE_LISTS
from kodoku_desk.store import codes_repo

RETIRED_JA = "（使用終了）"
RETIRED_EN = " (retired)"


def is_retired_label(label: str) -> bool:
    """Is this choice label that of a retired own entry (marked by :func:`load`)?"""
    return label.endswith(RETIRED_JA) or label.endswith(RETIRED_EN)

#: Lists a 見守り record is checked against.
VISIT_LISTS = ("visit_method", "safety_check", "condition", "warning_sign", "contact_type",
               "emergency_outcome", "response_level", "visit_frequency")


def load(conn: Connection, names: Iterable[str], *, labels: bool = True) -> dict[str, CodeList]:
    """Built-in lists, each replaced by its stored version when there is one.

    ``labels=False`` is for validation only: the built-in lists plus the
    organisation's own codes, without reading the built-in rows (cheaper on
    every save; labels an organisation edited are then not applied).
    """
    names = list(dict.fromkeys(names))
    lists: dict[str, CodeList] = dict(BUILTIN_CODE_LISTS)
    stored: dict[str, list[Code]] = {}
    retired: dict[str, list[Code]] = {}
    for row in codes_repo.items_of(conn, names, custom_only=not labels):
        active = bool(row["active"]) or bool(row["builtin"])
        ja, en = row["label_ja"], row["label_en"]
        if labels and not active:
            ja, en = ja + RETIRED_JA, en + RETIRED_EN
        try:
            code = Code(row["code"], ja, en, row["grp"], bool(row["sensitive"]))
        except ValueError:
            continue
        (stored if active else retired).setdefault(row["list_name"], []).append(code)
    for name, entries in retired.items():
        stored.setdefault(name, []).extend(entries)
    for name, entries in stored.items():
        builtin = BUILTIN_CODE_LISTS.get(name)
        try:
            if labels or builtin is None:
                # without a built-in list the title comes from LIST_TITLES (地区), else the name
                lists[name] = CodeList(name, entries, ja=builtin.ja if builtin else "",
                                       en=builtin.en if builtin else "")
            else:
                lists[name] = builtin.extended(e for e in entries if e.code not in builtin)
        except ValueError:
            pass
    return lists


def label(lists: dict[str, CodeList], name: str, code: str | None, lang: str = "ja") -> str:
    """Label of ``code`` in list ``name``; the code itself when unknown, "" for None."""
    if code is None or code == "":
        return ""
    entry = lists.get(name).get(code) if name in lists else None
    return entry.label(lang) if entry is not None else str(code)


def lists_for(session, names: Iterable[str]) -> dict[str, CodeList]:
    """The organisation's lists ``names`` with labels, for a screen's choices."""
    with session.engine.connect() as conn:
        return load(conn, names)
