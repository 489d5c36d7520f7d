"""Validation errors reported next to the offending input field.

Every layer that checks user input (models, services, importers) raises
:class:`ValidationError` holding one :class:`FieldError` per problem, so the UI
can show each message beside its field, in Japanese or English.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["FieldError", "ValidationError", "raise_if_errors"]


@dataclass(frozen=True, slots=True)
class FieldError:
    """One problem with one input field.

    ``field`` is the attribute / column name the UI binds to (e.g. ``"birth_date"``);
    an empty string means the problem concerns the record as a whole.
    """

    field: str
    message_ja: str
    message_en: str

    def message(self, lang: str = "ja") -> str:
        """The message in ``lang`` (``"ja"`` or ``"en"``)."""
        if lang == "ja":
            return self.message_ja
        if lang == "en":
            return self.message_en
        raise ValueError(f"unsupported language: {lang!r}")

    def __str__(self) -> str:
        return f"{self.field}: {self.message_en}" if self.field else self.message_en


class ValidationError(ValueError):
    """Bad input, carrying one or more :class:`FieldError` (never zero).

    ``str(error)`` gives the English messages (``"field: message"``, joined by
    ``"; "``), which is what ends up in logs; the UI uses :attr:`errors`.
    """

    errors: tuple[FieldError, ...]

    def __init__(self, errors: FieldError | Iterable[FieldError]) -> None:
        if isinstance(errors, FieldError):
            collected: tuple[FieldError, ...] = (errors,)
        else:
            collected = tuple(errors)
        if not collected:
            raise ValueError("ValidationError needs at least one FieldError")
        for item in collected:
            if not isinstance(item, FieldError):
                raise TypeError(f"expected FieldError, got {type(item).__name__}")
        self.errors = collected
        super().__init__(self.__str__())

    @classmethod
    def single(cls, field: str, message_ja: str, message_en: str) -> ValidationError:
        """Shortcut for an error about one field."""
        return cls(FieldError(field, message_ja, message_en))

    @property
    def fields(self) -> tuple[str, ...]:
        """Names of the fields with errors, in order, without repeats."""
        return tuple(dict.fromkeys(e.field for e in self.errors))

    def for_field(self, field: str) -> tuple[FieldError, ...]:
        """The errors about ``field``."""
        return tuple(e for e in self.errors if e.field == field)

    def messages(self, lang: str = "ja") -> tuple[str, ...]:
        """All messages in ``lang``, in order."""
        return tuple(e.message(lang) for e in self.errors)

    def __str__(self) -> str:
        return "; ".join(str(e) for e in self.errors)

    def __reduce__(self) -> tuple[type[ValidationError], tuple[tuple[FieldError, ...]]]:
        # keep picklable despite the custom __init__
        return (type(self), (self.errors,))


def raise_if_errors(errors: Iterable[FieldError]) -> None:
    """Raise :class:`ValidationError` if ``errors`` is not empty.

    Lets a validator collect every problem first and report them together.
    """
    collected = tuple(errors)
    if collected:
        raise ValidationError(collected)
