"""匿名の集計表 page: choose a month, see the controlled tables (x marked), save as XLSX;
volunteers see only an explanation."""

from __future__ import annotations

import zipfile
from datetime import date

from PySide6.QtWidgets import QFileDialog

from kodoku_desk.models.stat_table import SUPPRESSED
from kodoku_desk.ui.export_page import HIDDEN_BACKGROUND, ExportPage
from tests.services.mimamori_support import user
from tests.ui import seed

TODAY = date(2026, 11, 27)


def test_preview_then_save(qtbot, new_db, sync_tasks, tmp_path, monkeypatch):
    session = new_db[0]
    with session.engine.begin() as conn:
        people = [seed.person(conn, f"山田{i}", "太郎") for i in range(5)]
        for index, pid in enumerate(people):
            seed.visit(conn, pid, date(2026, 10, 5 + index),
                       method="phone" if index == 0 else "visit_met")
    page = ExportPage(session, today=TODAY)
    qtbot.addWidget(page)
    page.show()
    assert page.period.period().code == "2026-10"           # last month by default
    page.build()
    assert page.preview is not None and page.save_button.isEnabled()
    assert "令和8年10月" in page.status.text()
    row = next(i for i in range(page.tables.count())
               if page.tables.item(i).data(0x0100) == "contacts_by_method")
    page.tables.setCurrentRow(row)
    cells = {(r, c): page.grid.item(r, c).text() for r in range(page.grid.rowCount())
             for c in range(page.grid.columnCount()) if page.grid.item(r, c)}
    assert SUPPRESSED in cells.values()                       # 1 phone call → hidden
    hidden = next(k for k, v in cells.items() if v == SUPPRESSED)
    assert page.grid.item(*hidden).background().color() == HIDDEN_BACKGROUND
    assert "x：秘匿" in page.notes.text()

    out = tmp_path / "集計.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    page.format.setCurrentIndex(page.format.findData("xlsx"))
    with qtbot.waitSignal(page.exported):
        page.choose_file()
    with zipfile.ZipFile(out) as book:
        body = "".join(book.read(n).decode("utf-8", "replace") for n in book.namelist())
    assert "山田" not in body and "見守り" in body
    assert "保存しました" in page.status.text()


def test_volunteer_sees_an_explanation(qtbot, new_db):
    volunteer = user(new_db[0], "vol", "volunteer")
    page = ExportPage(volunteer, today=TODAY)
    qtbot.addWidget(page)
    page.show()
    assert page.denied.isVisible() and not page.build_button.isVisible()
