"""The organisation's 年度 start month (設定 › 団体) is what the 居場所 page, its 年度
table, the export page and the command-line export use — not a fixed April."""

from __future__ import annotations

import dataclasses
import json
from datetime import date

from PySide6.QtCore import Qt

from kodoku_desk.cli import main
from kodoku_desk.models.places import PlaceSession
from kodoku_desk.services import places as svc
from kodoku_desk.services.organization import organization_settings, save_organization
from kodoku_desk.ui.export_page import ExportPage
from kodoku_desk.ui.export_period import YEAR
from tests.conftest import PASSPHRASE
from kodoku_desk.ui.places_model import SessionsModel
from tests.ui.test_places_page import SALON, TODAY, make_section, open_place, session_cells


def start_in_january(session) -> None:
    current = organization_settings(session)
    save_organization(session, dataclasses.replace(current, fiscal_year_start_month=1))


def test_place_page_and_year_table_follow_the_start_month(qtbot, new_db, sync_tasks):
    session = new_db[0]
    start_in_january(session)
    place = svc.add_place(session, SALON)
    for day in (date(2025, 12, 1), date(2026, 1, 5), date(2026, 3, 2)):
        svc.create_session(session, PlaceSession(place_id=place.id, held_on=day))
    section = make_section(qtbot, session)
    open_place(section, place.id)
    page = section.place_page
    # 2025-12 is in 年度 2025; January and March 2026 in 年度 2026 (April: both in 2025)
    assert [page.year.itemData(i) for i in range(page.year.count())] == [2026, 2025]
    page.year.setCurrentIndex(page.year.findData(2026))      # 2026-01 … 2026-12
    assert session_cells(section, SessionsModel.DATE) == ["令和8年1月5日（月）",
                                                          "令和8年3月2日（月）"]
    model = page.year_table.model
    assert model.headerData(0, Qt.Orientation.Vertical) == "1月"
    assert model.headerData(11, Qt.Orientation.Vertical) == "12月"
    assert model.data(model.index(12, model.COLUMNS.index("sessions"))) == "2"


def test_export_page_and_cli_use_the_start_month(qtbot, new_db, tmp_path, monkeypatch):
    session, _ = new_db
    start_in_january(session)
    page = ExportPage(session, today=TODAY)
    qtbot.addWidget(page)
    page.period.set_period(YEAR, 2025)
    period = page.period.period()
    assert (period.start, period.last_day) == (date(2025, 1, 1), date(2025, 12, 31))

    db = session.db_path
    session.close()
    monkeypatch.setenv("KODOKU_DESK_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "fy.json"
    assert main(["export", "--db", str(db), "--user", "admin", "--period", "FY2025",
                 "--format", "json", "--out", str(out)]) == 0
    manifest = json.loads(out.read_text(encoding="utf-8"))["manifest"]
    assert manifest["period"]["first_month"] == "2025-01"
    assert manifest["period"]["last_month"] == "2025-12"
