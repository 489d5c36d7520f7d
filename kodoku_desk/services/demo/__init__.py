"""Demo data: a new encrypted database filled with plausible, internally consistent records.

``create_demo_database(out)`` makes a database with the users ``admin``,
``staff``, ``volunteer1`` and ``volunteer2`` (one passphrase for all) and
fills every kind of record — 当事者 with consents and assignments, 見守り
visits with warning signs, escalations and follow-ups, 居場所 sessions with
attendance and walk-ins, assessments, agencies and referrals — for ``years``
years up to ``today``.  The same seed (and today) gives the same data.  At the
benchmark size of DESIGN.md §8 (``people=20000``) it writes about a million
visits and half a million attendance rows.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from kodoku_desk.services.demo.build import readable_passphrase
from kodoku_desk.vault.kdf import KdfParams

__all__ = ["DemoResult", "create_demo_database"]


@dataclass
class DemoResult:
    path: Path
    passphrase: str                 # for every demo user; print it, it is not stored anywhere
    users: list[str]                # usernames: admin, staff, volunteer1, volunteer2
    counts: dict[str, int] = field(default_factory=dict)  # rows written per table


def create_demo_database(out: Path, *, people: int = 200, years: int = 2, seed: int = 1,
                         passphrase: str | None = None, kdf: KdfParams | None = None,
                         progress: Callable[[str, float], None] | None = None,
                         today: date | None = None) -> DemoResult:
    """Create ``out`` (and its keyslot file) with demo data; never overwrites an existing file.

    ``passphrase``: for all four users; a readable one is generated when None.
    ``kdf``: Argon2id parameters for the keyslots (default: calibrated on this machine).
    ``progress(stage, fraction)`` is called between chunks with a Japanese stage
    label and the overall fraction done (0.0–1.0), on the calling thread.
    Raises :class:`kodoku_desk.store.errors.DatabaseExists` if ``out`` or its
    keyslot file exists; a run that fails half-way removes what it wrote.
    """
    from kodoku_desk.services.demo.build import build

    out = Path(out)
    passphrase = passphrase if passphrase is not None else readable_passphrase()
    users, counts = build(out, people_count=people, years=years, seed=seed, passphrase=passphrase,
                          kdf=kdf, progress=progress, today=today or date.today())
    return DemoResult(path=out, passphrase=passphrase, users=users, counts=counts)
