"""「まずはサンプルデータで試す」: a separate database of invented people to try the app on.

The sample database is its own file, ``sample.kdesk`` beside the real database's
path (never the real file: a real path named ``sample.kdesk`` moves the sample to
``sample-trial.kdesk``), filled by :mod:`kodoku_desk.services.demo` with a small
dataset (:data:`SAMPLE_PEOPLE` people, one year) in a few seconds.

Everything in it is invented, so it is encrypted with a passphrase the app knows
(:data:`SAMPLE_PASSPHRASE`) and opens without asking; the main window says it is
sample data and offers to create the real database.  Nobody should type real
people into it — the banner says so — because its passphrase is no secret.  A
database made by the demo builder carries the ``demo`` setting, which is how
:func:`is_sample` recognises it; ``create_database`` never writes that key.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from kodoku_desk.services.session import Session
from kodoku_desk.store import settings_repo
from kodoku_desk.vault.kdf import KdfParams

__all__ = ["SAMPLE_FILENAME", "SAMPLE_PASSPHRASE", "SAMPLE_PEOPLE", "SAMPLE_USER",
           "is_sample", "open_sample", "sample_path"]

SAMPLE_FILENAME = "sample.kdesk"
SAMPLE_PASSPHRASE = "tsunagari-sample-data"
SAMPLE_USER = "admin"
SAMPLE_PEOPLE = 150
SAMPLE_YEARS = 1
#: The passphrase is public, so a slow KDF would protect nothing: keep the build quick.
SAMPLE_KDF = KdfParams(memory_kib=8192, time_cost=1, lanes=1)
DEMO_KEY = "demo"


def sample_path(real_db_path: Path | str) -> Path:
    """Where the sample database goes for a real database at ``real_db_path``."""
    real = Path(real_db_path)
    sample = real.with_name(SAMPLE_FILENAME)
    if sample == real:
        sample = real.with_name("sample-trial.kdesk")
    return sample


def open_sample(real_db_path: Path | str, *,
                progress: Callable[[str, float], None] | None = None,
                kdf: KdfParams | None = None) -> Session:
    """Open the sample database beside ``real_db_path``, building it first if missing.

    ``progress(stage, fraction)`` as in :func:`kodoku_desk.services.demo.create_demo_database`
    (called on the calling thread).  Never touches ``real_db_path``.
    """
    from kodoku_desk.services.database import unlock_database
    from kodoku_desk.services.demo import create_demo_database

    path = sample_path(real_db_path)
    if not path.exists():
        create_demo_database(path, people=SAMPLE_PEOPLE, years=SAMPLE_YEARS, seed=1,
                             passphrase=SAMPLE_PASSPHRASE, kdf=kdf or SAMPLE_KDF,
                             progress=progress)
    if progress is not None:
        progress("サンプルデータを開いています", 1.0)
    return unlock_database(path, SAMPLE_USER, SAMPLE_PASSPHRASE)


def is_sample(session: Session) -> bool:
    """Whether the open database is sample (demo) data rather than the organisation's own."""
    with session.engine.connect() as conn:
        return settings_repo.get(conn, DEMO_KEY) is not None
