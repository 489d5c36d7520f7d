from dataclasses import dataclass
from datetime import date, datetime, time

import pytest

from kodoku_desk.models.rows import decode, encode, from_row, to_row


@dataclass(frozen=True, kw_only=True)
class Sample:
    id: str | None = None
    on: date | None = None
    at: datetime | None = None
    start: time | None = None
    count: int = 0
    tags: tuple[str, ...] = ()


def test_encode_and_decode():
    assert encode(date(2025, 4, 1)) == "2025-04-01"
    assert encode(datetime(2025, 4, 1, 9, 5, 59)) == "2025-04-01T09:05"
    assert encode(time(9, 5, 59)) == "09:05"
    assert encode(3) == 3 and encode(None) is None
    assert decode(datetime, "2025-04-01T09:05:00") == datetime(2025, 4, 1, 9, 5)
    assert decode(date, "2025-04-01") == date(2025, 4, 1)
    assert decode(time, "09:05") == time(9, 5)
    assert decode(date, None) is None


def test_to_row_leaves_out_tuples():
    row = to_row(Sample(id="x", on=date(2025, 1, 2), at=datetime(2025, 1, 2, 3, 4), start=time(5, 6),
                        tags=("a",)))
    assert row == {"id": "x", "on": "2025-01-02", "at": "2025-01-02T03:04", "start": "05:06", "count": 0}


def test_from_row_decodes_and_ignores_extra_columns():
    row = {"id": "x", "on": "2025-01-02", "at": "2025-01-02T03:04:00", "start": "05:06", "count": 2,
           "created_at": "2025-01-01T00:00:00+00:00"}
    assert from_row(Sample, row, tags=("a",)) == Sample(
        id="x", on=date(2025, 1, 2), at=datetime(2025, 1, 2, 3, 4), start=time(5, 6), count=2, tags=("a",))
    assert from_row(Sample, {}) == Sample()


def test_to_row_needs_a_dataclass_instance():
    with pytest.raises(TypeError):
        to_row(Sample)
    with pytest.raises(TypeError):
        to_row({"id": 1})
