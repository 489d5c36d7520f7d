"""The base error of the use cases (no database import: the first window needs it)."""

from __future__ import annotations

__all__ = ["ServiceError"]


class ServiceError(Exception):
    """A use case refused: ``code`` is stable, ``message_ja`` for the UI, str() English."""

    code = "service_error"

    def __init__(self, message_ja: str, message_en: str, **details: object) -> None:
        super().__init__(message_en)
        self.message_ja = message_ja
        self.message_en = message_en
        self.details = details

    def message(self, lang: str = "ja") -> str:
        return self.message_ja if lang == "ja" else self.message_en
