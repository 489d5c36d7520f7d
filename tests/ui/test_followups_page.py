"""Follow-ups page: a visit with 対応区分 1 is listed; closing it with an outcome removes it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from kodoku_desk.services.followups import open_follow_ups
from kodoku_desk.ui.followups_page import CloseFollowUpDialog, FollowUpsPage
from kodoku_desk.ui.visit_entry import VisitEntryDialog
from tests.services.mimamori_support import person


@pytest.fixture
def session(new_db):
    return new_db[0]


def log_level_one(qtbot, session, pid):
    dialog = VisitEntryDialog(session, pid)
    dialog.level_buttons[1].setChecked(True)
    with qtbot.waitSignal(dialog.saved):
        dialog.save()
    dialog.deleteLater()


@pytest.fixture
def page(qtbot, session, sync_tasks):
    widget = FollowUpsPage(session)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    return widget


def test_level_one_is_listed_and_closing_removes_it(qtbot, page, session, monkeypatch):
    pid = person(session)
    log_level_one(qtbot, session, pid)
    page.refresh()
    assert page.model.rowCount() == 1
    assert page.model.data(page.model.index(0, page.model.PERSON)) == "山田 太郎"
    assert page.model.data(page.model.index(0, page.model.URGENCY)) == "通常"
    assert "経過観察" in page.model.data(page.model.index(0, page.model.REASON))

    opened = []
    page.open_person.connect(opened.append)
    page.table.doubleClicked.emit(page.model.index(0, 0))
    assert opened == [pid]

    seen = {}

    def fake_exec(dialog):
        dialog.submit()  # no outcome yet: refused
        seen["error"] = dialog.outcome_error.text()
        seen["still_open"] = len(open_follow_ups(session))
        dialog.outcome.setCurrentIndex(dialog.outcome.findData("resolved"))
        dialog.note.setPlainText("電話で元気を確認")
        dialog.submit()
        return dialog.result()

    monkeypatch.setattr(CloseFollowUpDialog, "exec", fake_exec)
    page.table.selectRow(0)
    assert page.close_button.isEnabled()
    page.close_button.click()
    assert seen == {"error": "完了にするときは対応結果を選んでください。", "still_open": 1}
    assert page.model.rowCount() == 0
    assert open_follow_ups(session) == []
    assert page.empty_note.isVisible()


def test_filters(qtbot, page, session):
    pid = person(session)
    log_level_one(qtbot, session, pid)
    page.refresh()
    assert page.model.rowCount() == 1
    page.urgency.setCurrentIndex(page.urgency.findData("high"))
    assert page.model.rowCount() == 0
    page.urgency.setCurrentIndex(0)
    page.mine.setChecked(True)  # assignee defaults to the user who saved
    assert page.model.rowCount() == 1


def test_cancelled_dialog_keeps_the_row(qtbot, page, session, monkeypatch):
    log_level_one(qtbot, session, person(session))
    page.refresh()
    monkeypatch.setattr(CloseFollowUpDialog, "exec", lambda d: QDialog.DialogCode.Rejected)
    page.table.selectRow(0)
    page.close_button.click()
    assert page.model.rowCount() == 1
