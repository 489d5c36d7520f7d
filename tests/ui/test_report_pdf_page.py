"""月次報告（PDF） page: make a report, see its pages inside the app, save and print it
(both logged); changing the choice drops the shown report; volunteers get an explanation."""

from __future__ import annotations

import json
import shutil
from datetime import date

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import select

from kodoku_desk.services.printed_reports import INTERNAL
from kodoku_desk.store.schema.admin import audit_log
from kodoku_desk.ui.report_pdf_page import ReportPdfPage
from kodoku_desk.ui.reports_page import ReportsPage
from tests.services.mimamori_support import user
from tests.ui import seed

TODAY = date(2026, 11, 27)

pytestmark = pytest.mark.skipif(shutil.which("pdftoppm") is None,
                                reason="poppler-utils (pdftoppm) is not installed")


def _seed(session) -> list[str]:
    with session.engine.begin() as conn:
        people = [seed.person(conn, f"山田{i}", "太郎") for i in range(5)]
        for index, pid in enumerate(people):
            seed.visit(conn, pid, date(2026, 10, 5 + index))
    return people


def actions(session) -> list[tuple[str, dict]]:
    with session.engine.connect() as conn:
        rows = conn.execute(select(audit_log.c.action, audit_log.c.detail)
                            .where(audit_log.c.action.like("report.%"))).all()
    return [(a, json.loads(d or "{}")) for a, d in rows]


def test_only_the_pages_in_sight_are_drawn(qtbot):
    from kodoku_desk.ui.pdf_view import PdfPagesView

    view = PdfPagesView()
    qtbot.addWidget(view)
    view.resize(600, 500)
    view.show()
    image = QImage(300, 424, QImage.Format.Format_RGB32)
    image.fill(0xFFFFFF)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    view.set_pages([bytes(data)] * 12)
    qtbot.waitUntil(lambda: bool(view.drawn_pages()))
    assert 0 in view.drawn_pages() and 11 not in view.drawn_pages()
    assert len(view.drawn_pages()) <= 4
    qtbot.waitUntil(lambda: view.verticalScrollBar().maximum() > 10 * 400)   # laid out
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    assert 11 in view.drawn_pages() and 0 not in view.drawn_pages()
    assert view.pages[0].pixmap().isNull() and not view.pages[11].pixmap().isNull()
    assert all(label.size() == view.pages[0].size() for label in view.pages)


def test_make_preview_save_and_print(qtbot, new_db, sync_tasks, tmp_path, monkeypatch):
    session = new_db[0]
    _seed(session)
    page = ReportPdfPage(session, today=TODAY)
    qtbot.addWidget(page)
    page.resize(900, 700)
    page.show()
    assert page.period.period().code == "2026-10"            # last month by default
    assert not page.save_button.isEnabled() and not page.print_button.isEnabled()
    page.kind.setCurrentIndex(page.kind.findData(INTERNAL))
    page.make()
    report = page.report
    assert report is not None and report.kind == INTERNAL and report.pages >= 2
    assert len(page.pages.pages) == report.pages, page.pages.placeholder.text()
    assert all(label.height() > label.width() > 0 for label in page.pages.pages)   # A4 portrait
    assert not page.pages.pages[0].pixmap().isNull()          # the first page is in sight
    assert "月次活動報告" in page.status.text() and page.save_button.isEnabled()

    out = tmp_path / "報告.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    with qtbot.waitSignal(page.saved):
        page.choose_file()
    assert out.read_bytes() == report.pdf
    assert "保存しました" in page.status.text()

    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    with qtbot.waitSignal(page.printed) as signal:
        page.print_to(printer)
    assert signal.args == [report.pages] and printed.stat().st_size > 0
    logged = actions(session)
    assert [a for a, _ in logged] == ["report.export", "report.print"]
    assert all(d["sha256"] == report.sha256 for _, d in logged)

    page.period.set_period("month", 2026, 9)                     # another month: start again
    assert page.report is None and not page.save_button.isEnabled()


def test_volunteer_sees_an_explanation(qtbot, new_db):
    volunteer = user(new_db[0], "vol", "volunteer")
    page = ReportPdfPage(volunteer, today=TODAY)
    qtbot.addWidget(page)
    page.show()
    assert page.denied.isVisible() and not page.make_button.isVisible()
    internal = page.kind.model().item(page.kind.findData(INTERNAL))
    assert not internal.isEnabled()
    page.make()                                                  # does nothing
    assert page.report is None


def test_reports_page_has_the_pdf_tab(qtbot, new_db):
    page = ReportsPage(new_db[0])
    qtbot.addWidget(page)
    titles = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert "月次報告（PDF）" in titles
