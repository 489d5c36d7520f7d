"""Anonymized export end to end on a generated database: every format is written, logged,
and contains no name, ふりがな, phone number, birth date or note from the database;
overlapping periods are refused table by table; volunteers cannot export."""

from __future__ import annotations

import csv
import io
import json
import sys
import zipfile
from datetime import date

import pytest
from sqlalchemy import select, text

from kodoku_desk.models.report_period import Period, parse_period
from kodoku_desk.services.access import NotPermitted
from kodoku_desk.services.database import unlock_database
from kodoku_desk.services.demo import create_demo_database
from kodoku_desk.services.export import NothingToExport, prepare_export, save_export
from kodoku_desk.store.schema.people import persons
from kodoku_desk.store.schema.visits import visits
from tests.conftest import FAST_KDF
from tests.services.mimamori_support import user

TODAY = date(2026, 11, 27)
PASSPHRASE = "export demo passphrase"


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("export") / "demo.kdesk"
    create_demo_database(path, people=80, years=1, seed=3, passphrase=PASSPHRASE, kdf=FAST_KDF,
                         today=TODAY)
    return path


@pytest.fixture
def session(demo_path):
    s = unlock_database(demo_path, "admin", PASSPHRASE)
    with s.engine.begin() as conn:
        conn.execute(text("DELETE FROM export_log"))
    yield s
    s.close()


def secrets(session) -> set[str]:
    """Everything personal in the database that must never reach an export file."""
    found: set[str] = set()
    with session.engine.connect() as conn:
        for r in conn.execute(select(persons)).mappings():
            found |= {f"{r['family_name']} {r['given_name']}", f"{r['family_name']}{r['given_name']}"}
            if r["family_kana"]:
                found.add(f"{r['family_kana']}{r['given_kana'] or ''}")
            for phone in (r.get("phone"), r.get("phone2")):
                if phone and len(phone) >= 6:
                    found.add(phone)
            if r["birth_date"]:
                found.add(str(r["birth_date"]))
        for (note,) in conn.execute(select(visits.c.note).where(visits.c.note.is_not(None))):
            if len(note) >= 6:
                found.add(note[:20])
    return {s for s in found if s.strip()}


def file_text(path, fmt: str) -> str:
    data = path.read_bytes()
    if fmt == "json":
        return data.decode("utf-8")
    if data[:2] == b"PK":                      # zip of CSVs, or XLSX (zip of XML)
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "\n".join(archive.read(n).decode("utf-8", "replace")
                             for n in archive.namelist())
    return data.decode("utf-8-sig")


@pytest.mark.parametrize("fmt, suffix", [("csv", "zip"), ("xlsx", "xlsx"), ("json", "json")])
def test_every_format_is_anonymous_and_logged(session, tmp_path, fmt, suffix):
    preview = prepare_export(session, parse_period("FY2025"), today=TODAY)
    assert preview.tables, preview.left_out
    out = tmp_path / f"集計.{suffix}"
    digest = save_export(session, preview, out, fmt)
    body = file_text(out, fmt)
    leaked = sorted(s for s in secrets(session) if s in body)
    assert leaked == []
    assert "令和7年度" in body and "x：秘匿" in body
    with session.engine.connect() as conn:
        [row] = conn.execute(text(
            "SELECT period_start, period_end, tables, file_sha256, file_name FROM export_log"))
    assert (row[0], row[1]) == ("2025-04-01", "2026-03-31")
    assert json.loads(row[2]) == preview.table_keys and row[3] == digest and row[4] == out.name


def test_csv_single_table_has_bom_and_marks(session, tmp_path):
    period = Period.month(2026, 10)
    preview = prepare_export(session, period, table_keys=["contacts_by_method"], today=TODAY)
    out = tmp_path / "contacts.csv"
    save_export(session, preview, out, "csv")
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0][0].startswith(preview.tables[0].source.title_ja)
    assert any(r and r[0] == "計" for r in rows)


def test_overlapping_period_is_refused_but_the_same_period_is_not(session, tmp_path):
    keys = ["contacts_by_method"]
    october = prepare_export(session, Period.month(2026, 10), table_keys=keys, today=TODAY)
    save_export(session, october, tmp_path / "oct.csv", "csv")
    again = prepare_export(session, Period.month(2026, 10), table_keys=keys, today=TODAY)
    assert again.table_keys == keys and again.left_out == []
    quarter = prepare_export(session, parse_period("2026Q3"), table_keys=keys, today=TODAY)
    assert quarter.tables == [] and [x.key for x in quarter.left_out] == keys
    assert "期間が重なる" in quarter.left_out[0].reason_ja
    with pytest.raises(NothingToExport):
        save_export(session, quarter, tmp_path / "q3.csv", "csv")
    assert not (tmp_path / "q3.csv").exists()


def test_volunteer_cannot_export(session, tmp_path):
    volunteer = user(session, "vol9", "volunteer")
    with pytest.raises(NotPermitted):
        prepare_export(volunteer, Period.month(2026, 10), today=TODAY)


def test_export_path_imports_no_network_module():
    network = {"socket", "ssl", "http.client", "urllib.request", "requests", "smtplib", "ftplib"}
    import kodoku_desk.reports.export_files  # noqa: F401
    import kodoku_desk.services.export  # noqa: F401

    loaded_by_us = {name for name in network if name in sys.modules}
    # the interpreter itself may have loaded socket; our modules must not need it
    for module in ("kodoku_desk.services.export", "kodoku_desk.reports.export_files",
                   "kodoku_desk.models.disclosure"):
        source = open(sys.modules[module].__file__, encoding="utf-8").read()
        assert not any(f"import {n}" in source for n in network), module
    assert loaded_by_us <= set(sys.modules)


def test_a_missing_folder_gives_a_clear_message_and_logs_nothing(session, tmp_path):
    from kodoku_desk.services.errors import FileNotSaved
    from kodoku_desk.ui.messages import error_message

    preview = prepare_export(session, Period.month(2026, 10), table_keys=["contacts_by_method"],
                             today=TODAY)
    gone = tmp_path / "usb" / "集計.xlsx"                  # the USB stick was pulled out
    with pytest.raises(FileNotSaved) as caught:
        save_export(session, preview, gone, "xlsx")
    assert "保存先のフォルダー" in error_message(caught.value)
    assert "Errno" not in error_message(caught.value)
    with session.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM export_log")).scalar() == 0
    assert not (tmp_path / "usb").exists()
