"""LibreOffice (the Debian package, headless) opens the export's CSV and XLSX with the
Japanese text intact: each file is converted by ``soffice --convert-to`` and the result
is read back cell by cell and compared with what was written.

The CSV is opened as UTF-8, the character set LibreOffice's text-import dialog detects
from the file's BOM (headless conversion has no dialog, so the test passes that choice
as the import filter's options, as the dialog would).

``scripts/test.sh`` installs LibreOffice (``libreoffice-calc-nogui``) and sets
``KODOKU_TEST_TOOLS=1``; without that the test is skipped when ``soffice`` is missing,
with it a missing ``soffice`` fails the test.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from kodoku_desk.models.report_period import parse_period
from kodoku_desk.services.database import unlock_database
from kodoku_desk.services.demo import create_demo_database
from kodoku_desk.services.export import prepare_export, save_export
from tests.conftest import FAST_KDF

TODAY = date(2026, 11, 27)
PASSPHRASE = "libreoffice demo passphrase"
CSV_UTF8 = "CSV:44,34,76"          # separator ",", quote '"', character set 76 = UTF-8


def soffice() -> str:
    found = shutil.which("soffice")
    if found:
        return found
    if os.environ.get("KODOKU_TEST_TOOLS"):
        pytest.fail("soffice (LibreOffice) is missing although scripts/test.sh installs it")
    pytest.skip("LibreOffice is not installed (scripts/test.sh installs it)")


def convert(source: Path, to: str, out_dir: Path, *, infilter: str | None = None) -> Path:
    """``soffice --headless --convert-to`` with a private profile; the converted file."""
    profile = out_dir / "profile"
    command = [soffice(), f"-env:UserInstallation={profile.as_uri()}", "--headless"]
    if infilter:
        command.append(f"--infilter={infilter}")
    command += ["--convert-to", to, "--outdir", str(out_dir), str(source)]
    env = {**os.environ, "HOME": str(out_dir)}
    done = subprocess.run(command, capture_output=True, text=True, timeout=180, env=env)
    result = out_dir / f"{source.stem}.{to}"
    assert done.returncode == 0 and result.exists(), (done.stdout, done.stderr)
    return result


def sheet_text(sheet) -> list[list[str]]:
    """A sheet's cells as text (empty cells as ""), trailing empty cells dropped."""
    rows = []
    for row in sheet.iter_rows(values_only=True):
        cells = ["" if v is None else str(v) for v in row]
        while cells and cells[-1] == "":
            cells.pop()
        rows.append(cells)
    while rows and not rows[-1]:
        rows.pop()
    return rows


@pytest.fixture(scope="module")
def session(tmp_path_factory):
    path = tmp_path_factory.mktemp("lo") / "demo.kdesk"
    create_demo_database(path, people=60, years=1, seed=5, passphrase=PASSPHRASE, kdf=FAST_KDF,
                         today=TODAY)
    s = unlock_database(path, "admin", PASSPHRASE)
    yield s
    s.close()


@pytest.fixture(autouse=True)
def no_earlier_exports(session):
    """Each test exports as if first (a 年度 export would refuse a month inside it)."""
    with session.engine.begin() as conn:
        conn.execute(text("DELETE FROM export_log"))


def test_libreoffice_reads_the_xlsx_with_japanese_intact(session, tmp_path):
    from openpyxl import load_workbook

    preview = prepare_export(session, parse_period("FY2025"), today=TODAY)
    written = tmp_path / "集計_令和7年度.xlsx"
    save_export(session, preview, written, "xlsx")
    out_dir = tmp_path / "converted"            # LibreOffice re-saves it there, same name
    out_dir.mkdir()
    converted = convert(written, "xlsx", out_dir)
    original, reread = load_workbook(written), load_workbook(converted)
    assert reread.sheetnames == original.sheetnames
    assert "注記" in reread.sheetnames and len(reread.sheetnames) == len(preview.tables) + 1
    for name in original.sheetnames:
        assert sheet_text(reread[name]) == sheet_text(original[name]), name
    first_table = reread[reread.sheetnames[1]]
    title = first_table["A1"].value
    assert title.startswith(preview.tables[0].source.title_ja)
    assert any("令和7年度" in " ".join(r) for r in sheet_text(first_table))


def test_libreoffice_reads_the_csv_with_japanese_intact(session, tmp_path):
    from openpyxl import load_workbook

    preview = prepare_export(session, parse_period("2025-10"), table_keys=["contacts_by_method"],
                             today=TODAY)
    written = tmp_path / "contacts.csv"
    save_export(session, preview, written, "csv")
    expected = [row for row in csv.reader(io.StringIO(written.read_bytes().decode("utf-8-sig")))]
    while expected and not any(expected[-1]):
        expected.pop()
    out_dir = tmp_path / "converted"
    out_dir.mkdir()
    converted = convert(written, "xlsx", out_dir, infilter=CSV_UTF8)
    got = sheet_text(load_workbook(converted).active)
    for row in expected:
        while row and row[-1] == "":
            row.pop()
    assert got == expected
    assert got[0][0].startswith("見守り") and any(r and r[0] == "計" for r in got)
