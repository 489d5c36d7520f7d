"""Helpers for the validation tests: run ``validate`` and list what it reports."""

from __future__ import annotations

import pytest

from kodoku_desk.models.errors import ValidationError


def problems(obj, **kwargs) -> list[tuple[str, str]]:
    """(field, Japanese message) of every error ``obj.validate(**kwargs)`` raises; [] if valid."""
    try:
        obj.validate(**kwargs)
    except ValidationError as error:
        assert all(e.message_en for e in error.errors)
        return [(e.field, e.message_ja) for e in error.errors]
    return []


def messages(obj, field: str, **kwargs) -> list[str]:
    """Japanese messages about ``field``."""
    return [m for f, m in problems(obj, **kwargs) if f == field]


def english(obj, field: str, **kwargs) -> list[str]:
    """English messages about ``field``."""
    with pytest.raises(ValidationError) as info:
        obj.validate(**kwargs)
    return [e.message_en for e in info.value.for_field(field)]
