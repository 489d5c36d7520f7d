"""Likely duplicates among imported rows and people already registered (pure, no database).

Two records are *possibly the same person* when their names agree — the same
ふりがな, or, when either has no ふりがな, the same 漢字 name — and

* both have a birth date and it is the same (:data:`BIRTH`), or
* at least one has no birth date and they share a phone number (:data:`PHONE`), or
* neither has a birth date and the 漢字 name is the same too (:data:`NAME`).

Names are compared as :func:`~kodoku_desk.models.kana.search_key` (width, kana and
spaces folded) with common 異体字 folded (髙橋 = 高橋).  Two different birth dates
are never a duplicate.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from kodoku_desk.models.kana import fold_variants, search_key

__all__ = ["BIRTH", "NAME", "PHONE", "Candidate", "DuplicateIndex", "candidate", "match"]

BIRTH, PHONE, NAME = "birth_date", "phone", "name"
_RANK = {BIRTH: 0, PHONE: 1, NAME: 2}
_MIN_PHONE_DIGITS = 6


@dataclass(frozen=True)
class Candidate:
    reading: str           # normalised ふりがな ("" without one)
    name: str              # normalised 漢字 name with 異体字 folded ("" without one)
    birth: str             # ISO date or ""
    phones: frozenset[str]  # phone numbers as digits
    ref: object            # person code, or row number of the file


def candidate(family_name: str | None, given_name: str | None, family_kana: str | None,
              given_kana: str | None, birth: str | None, phones: Iterable[str | None],
              ref: object) -> Candidate | None:
    """The comparable form of one record; None when it has neither name nor reading."""
    reading = search_key((family_kana or "") + (given_kana or ""))
    name = fold_variants(search_key((family_name or "") + (given_name or "")))
    if not reading and not name:
        return None
    digits = frozenset(p for p in phones if p and len(p) >= _MIN_PHONE_DIGITS)
    return Candidate(reading, name, (birth or "")[:10], digits, ref)


def match(a: Candidate, b: Candidate) -> str | None:
    """Why ``a`` and ``b`` may be the same person (:data:`BIRTH` / :data:`PHONE` /
    :data:`NAME`), or None."""
    if a.reading and b.reading:
        same_name = a.reading == b.reading
    else:
        same_name = bool(a.name) and a.name == b.name
    if not same_name:
        return None
    if a.birth and b.birth:
        return BIRTH if a.birth == b.birth else None
    if a.phones & b.phones:
        return PHONE
    if not a.birth and not b.birth and a.name and a.name == b.name:
        return NAME
    return None


class DuplicateIndex:
    """Records looked up by reading and by name; :meth:`find` gives the best match."""

    def __init__(self, records: Iterable[Candidate] = ()) -> None:
        self._by_reading: dict[str, list[Candidate]] = defaultdict(list)
        self._by_name: dict[str, list[Candidate]] = defaultdict(list)
        for record in records:
            self.add(record)

    def add(self, record: Candidate) -> None:
        if record.reading:
            self._by_reading[record.reading].append(record)
        if record.name:
            self._by_name[record.name].append(record)

    def find(self, record: Candidate) -> tuple[Candidate, str] | None:
        """A record that may be ``record`` (the strongest reason; the first added among equals)."""
        best: tuple[Candidate, str] | None = None
        seen: set[int] = set()
        pools = (self._by_reading.get(record.reading, ()) if record.reading else (),
                 self._by_name.get(record.name, ()) if record.name else ())
        for pool in pools:
            for other in pool:
                if id(other) in seen:
                    continue
                seen.add(id(other))
                basis = match(record, other)
                if basis is not None and (best is None or _RANK[basis] < _RANK[best[1]]):
                    best = (other, basis)
                    if basis == BIRTH:
                        return best
        return best
