"""Plain conversion between domain dataclasses and table rows (no database here).

Dataclass field names equal the column names, so a repository can do
``Visit.from_row(mapping)`` / ``visit.to_row()`` without a mapping table.  Dates
are stored as ISO text: ``date`` → ``2024-04-01``, ``datetime`` →
``2024-04-01T10:30`` (local time, minutes; seconds are dropped), ``time`` →
``10:30``.  Tuple fields (visitors, signs, actions, support categories …)
live in child tables or JSON columns and are left to the repository: they are
not in :func:`to_row` and are passed to :func:`from_row` as keyword arguments.
"""

from __future__ import annotations

import typing
from collections.abc import Mapping
from dataclasses import fields, is_dataclass
from datetime import date, datetime, time
from functools import cache
from typing import Any

__all__ = ["decode", "encode", "from_row", "to_row"]


def encode(value: object) -> object:
    """Column value for a field value (ISO text for dates and times)."""
    if isinstance(value, datetime):
        return value.replace(second=0, microsecond=0).isoformat(timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.strftime("%H:%M")
    return value


def decode(kind: type, value: object) -> object:
    """Field value of type ``kind`` from a column value (None stays None)."""
    if value is None or not isinstance(value, str):
        return value
    if kind is datetime:
        return datetime.fromisoformat(value)
    if kind is date:
        return date.fromisoformat(value[:10])
    if kind is time:
        return time.fromisoformat(value)
    return value


@cache
def _temporal_fields(cls: type) -> dict[str, type]:
    """Fields of ``cls`` annotated with date, datetime or time (optionally ``| None``)."""
    hints = typing.get_type_hints(cls)
    found: dict[str, type] = {}
    for name, hint in hints.items():
        options = typing.get_args(hint) or (hint,)
        for option in options:
            if option in (datetime, date, time):
                found[name] = option
                break
    return found


def to_row(obj: Any, *, exclude: tuple[str, ...] = ()) -> dict[str, object]:
    """Column values of a flat dataclass: tuples and nested dataclasses left out."""
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError(f"expected a dataclass instance, got {type(obj).__name__}")
    row: dict[str, object] = {}
    for f in fields(obj):
        value = getattr(obj, f.name)
        if f.name in exclude or isinstance(value, tuple) or is_dataclass(value):
            continue
        row[f.name] = encode(value)
    return row


def from_row[T](cls: type[T], row: Mapping[str, object], **extra: object) -> T:
    """An instance of dataclass ``cls`` from a row mapping plus ``extra`` fields.

    Keys that are not fields (``created_at`` …) are ignored; missing fields
    take their defaults.
    """
    temporal = _temporal_fields(cls)
    names = {f.name for f in fields(cls)}  # type: ignore[arg-type]
    values: dict[str, object] = {}
    for key, value in row.items():
        if key in names:
            values[key] = decode(temporal[key], value) if key in temporal else value
    values.update(extra)
    return cls(**values)
