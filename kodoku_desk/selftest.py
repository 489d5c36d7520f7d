"""``kodoku-desk --self-test``: a quick end-to-end check of an installed copy, no display needed.

Run after building the bundle (scripts/build_bundle.sh) and by support staff on a PC
where the app misbehaves.  Every step uses the same code as the app:

1. the libraries a bundle must carry load (SQLCipher, Argon2, cryptography, keyring,
   holidays with the Japanese calendar, openpyxl, reportlab, Alembic, platformdirs);
2. the bundled resources are there (the Japanese font; the English translation);
3. a temporary encrypted database is created (migrations run) and is not plain SQLite;
4. a person and a 見守り visit are written and read back;
5. the database is closed and unlocked again with the passphrase;
6. the health check passes (cipher_integrity_check, integrity_check, foreign keys,
   audit chain) and the records are still there;
7. a one-page PDF (the recovery sheet layout, Japanese font embedded) and a small
   spreadsheet are rendered in memory.

Everything happens in a temporary folder that is deleted at the end; the app's data
folder, settings and the system keyring are not touched.  Each step is printed
with its time; the exit code is 0 when all pass, 1 (with the failing step) otherwise.
Messages are English (logs / CLI).
"""

from __future__ import annotations

import io
import os
import platform
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TextIO

from kodoku_desk import __version__

__all__ = ["SelfTest", "run_self_test"]

PASSPHRASE = "self-test つながり 2026"
USERNAME = "selftest"


def _fast_kdf():
    """A cheap Argon2id profile: the self-test checks that things work, not the KDF cost."""
    from kodoku_desk.vault.kdf import KdfParams

    return KdfParams(memory_kib=8192, time_cost=1, lanes=1)


class StepFailed(Exception):
    """A check inside a step did not hold."""


def _require(condition: bool, message: str) -> None:
    if not condition:
        raise StepFailed(message)


@dataclass
class SelfTest:
    """The state shared by the steps: the temporary folder, the open session, the ids."""

    folder: Path
    db_path: Path = field(init=False)
    session: object | None = None
    person_id: str | None = None
    visit_id: str | None = None

    def __post_init__(self) -> None:
        self.db_path = self.folder / "selftest.kdesk"

    # ------------------------------------------------------------------------ steps
    def libraries(self) -> str:
        import alembic
        import argon2
        import cryptography
        import keyring
        import openpyxl
        import platformdirs
        import reportlab
        import sqlalchemy
        import sqlcipher3

        from kodoku_desk.models.holidays_jp import holiday_name

        _require(holiday_name(date(2026, 11, 23)) == "勤労感謝の日",
                 "the Japanese holiday calendar (holidays.countries.japan) is missing")
        _require(holiday_name(date(2026, 11, 23), "en") == "Labor Thanksgiving Day",
                 "the holiday names in English (holidays locale data) are missing")
        backend = type(keyring.get_keyring())
        backend = f"{backend.__module__}.{backend.__name__}".removeprefix("keyring.backends.")
        del argon2, platformdirs, sqlcipher3
        return (f"SQLAlchemy {sqlalchemy.__version__}, Alembic {alembic.__version__}, "
                f"cryptography {cryptography.__version__}, reportlab {reportlab.Version}, "
                f"openpyxl {openpyxl.__version__}, keyring backend {backend}")

    def resources(self) -> str:
        from kodoku_desk.paths import resources_dir
        from kodoku_desk.reports.fonts import font_path

        font = font_path()
        _require(font.is_file(), f"the Japanese font is missing: {font}")
        licence = font.parent / "IPA_Font_License_Agreement_v1.0.txt"
        _require(licence.is_file(), f"the font licence is missing: {licence}")
        qm = resources_dir() / "translations" / "kodoku_desk_en.qm"
        if not qm.is_file():
            # a bundle must carry it; a source checkout builds it with scripts/i18n.py compile
            _require(not getattr(sys, "frozen", False), f"the English translation is missing: {qm}")
            return f"font {font.name}; English translation not compiled (scripts/i18n.py compile)"
        return f"font {font.name}, English translation {qm.stat().st_size // 1024} KiB"

    def create(self) -> str:
        from kodoku_desk.services.database import create_database

        self.session, recovery_key = create_database(
            self.db_path, org_name="自己診断", admin_username=USERNAME,
            admin_display_name="自己診断", passphrase=PASSPHRASE, kdf=_fast_kdf())
        _require(bool(recovery_key), "no recovery key was made")
        with open(self.db_path, "rb") as handle:
            header = handle.read(16)
        _require(header != b"SQLite format 3\x00", "the database file is not encrypted")
        from kodoku_desk.store.migrate import head_revision

        return f"schema {head_revision()}, {self.db_path.stat().st_size // 1024} KiB, encrypted"

    def write(self) -> str:
        from kodoku_desk.models.person import Person
        from kodoku_desk.services.people import register_person
        from kodoku_desk.services.visits import quick_visit_defaults, record_visit

        person = register_person(self.session, Person(
            family_name="自己", given_name="診断", family_kana="ジコ", given_kana="シンダン",
            visit_frequency="weekly", registered_on=date.today()))
        self.person_id = person.id
        saved = record_visit(self.session, quick_visit_defaults(self.session, person.id))
        self.visit_id = saved.visit.id
        return f"person {person.person_code or person.id[:8]}, visit {saved.visit.id[:8]}"

    def _check_records(self) -> None:
        from kodoku_desk.services.people import open_person
        from kodoku_desk.services.visits import person_visits

        person = open_person(self.session, self.person_id)
        _require(person is not None, "the person was not found")
        _require(person.full_name == "自己 診断" and person.full_kana == "ジコ シンダン",
                 f"the person read back differs: {person.full_name!r}")
        visits = person_visits(self.session, self.person_id)
        _require([v.id for v in visits] == [self.visit_id],
                 f"the visit read back differs: {[v.id for v in visits]!r}")

    def read(self) -> str:
        self._check_records()
        return "person and visit match"

    def unlock(self) -> str:
        from kodoku_desk.services.database import unlock_database

        self.session.close()
        self.session = None
        self.session = unlock_database(self.db_path, USERNAME, PASSPHRASE)
        self._check_records()
        return "passphrase accepted, records still there"

    def integrity(self) -> str:
        from sqlalchemy import text

        from kodoku_desk.services.maintenance import check_database

        report = check_database(self.session)
        _require(report.ok, "; ".join(report.problems))
        with self.session.engine.connect() as conn:
            version = conn.execute(text("PRAGMA cipher_version")).scalar()
        return f"SQLCipher {version}: cipher_integrity_check, integrity_check, foreign keys, " \
               "audit chain ok"

    def pdf(self) -> str:
        from kodoku_desk.reports.fonts import GOTHIC
        from kodoku_desk.reports.recovery_sheet import (
            RecoverySheet,
            write_recovery_sheet,
        )

        out = io.BytesIO()
        sheet = RecoverySheet(key="ABCDE-FGHIJ-KLMNO-PQRST-UVWXY-Z2345-67ABC-DEFGH",
                              org_name="自己診断", db_file=self.db_path.name,
                              admin_username=USERNAME)
        write_recovery_sheet(out, sheet)
        data = out.getvalue()
        _require(data.startswith(b"%PDF"), "the PDF does not start with %PDF")
        _require(b"/Count 1" in data, "the PDF does not have exactly one page")
        _require(GOTHIC.encode() in data, "the Japanese font is not embedded in the PDF")
        return f"one A4 page, {len(data) // 1024} KiB, {GOTHIC} embedded"

    def spreadsheet(self) -> str:
        from openpyxl import Workbook, load_workbook

        book = Workbook()
        book.active.append(["地区", "人数"])
        book.active.append(["東町", 3])
        out = io.BytesIO()
        book.save(out)
        out.seek(0)
        rows = list(load_workbook(out).active.values)
        _require(rows == [("地区", "人数"), ("東町", 3)],
                 f"the spreadsheet read back differs: {rows}")
        return f"xlsx {len(out.getvalue()) // 1024} KiB"

    def close(self) -> None:
        if self.session is not None:
            self.session.close()
            self.session = None


STEPS: tuple[tuple[str, str], ...] = (
    ("libraries", "libraries load"),
    ("resources", "bundled resources"),
    ("create", "create an encrypted database"),
    ("write", "write a person and a visit"),
    ("read", "read them back"),
    ("unlock", "close and unlock with the passphrase"),
    ("integrity", "cipher_integrity_check and health check"),
    ("pdf", "render a one-page PDF"),
    ("spreadsheet", "write and read an xlsx"),
)


def _isolated_home(folder: Path) -> Callable[[], None]:
    """Point the app's data folder at ``folder`` (failed-unlock notes …); returns the undo."""
    previous = os.environ.get("KODOKU_DESK_HOME")
    os.environ["KODOKU_DESK_HOME"] = str(folder)

    def restore() -> None:
        if previous is None:
            os.environ.pop("KODOKU_DESK_HOME", None)
        else:
            os.environ["KODOKU_DESK_HOME"] = previous
    return restore


def run_self_test(out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run every step, printing one line each; 0 when all pass, 1 at the first failure."""
    out = out or sys.stdout
    err = err or sys.stderr
    kind = "bundle" if getattr(sys, "frozen", False) else "source"
    print(f"kodoku-desk {__version__} self-test ({kind}; Python {platform.python_version()}, "
          f"{platform.system()} {platform.machine()})", file=out, flush=True)
    started = time.perf_counter()
    folder = Path(tempfile.mkdtemp(prefix="kodoku-selftest-"))
    restore_home = _isolated_home(folder / "home")
    test = SelfTest(folder)
    failed: str | None = None
    try:
        for name, title in STEPS:
            step_start = time.perf_counter()
            try:
                detail = getattr(test, name)()
            except Exception as exc:  # noqa: BLE001 - report any failure with its step
                ms = (time.perf_counter() - step_start) * 1000
                print(f"  FAIL {title:<42} {ms:8.1f} ms  {type(exc).__name__}: {exc}",
                      file=out, flush=True)
                traceback.print_exc(file=err)
                failed = title
                break
            ms = (time.perf_counter() - step_start) * 1000
            print(f"  ok   {title:<42} {ms:8.1f} ms  {detail}", file=out, flush=True)
    finally:
        test.close()
        restore_home()
        shutil.rmtree(folder, ignore_errors=True)
    if folder.exists():
        print(f"  FAIL {'remove the temporary folder':<42} {folder}", file=out)
        failed = failed or "remove the temporary folder"
    else:
        print(f"  ok   {'remove the temporary folder':<42}", file=out)
    total = time.perf_counter() - started
    if failed:
        print(f"self-test FAILED at step: {failed} ({total:.2f} s)", file=out, flush=True)
        return 1
    print(f"self-test passed in {total:.2f} s", file=out, flush=True)
    return 0
