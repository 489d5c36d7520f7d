"""Person page: header, profile and the timeline; a saved visit shows at the top."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kodoku_desk.ui.person_page import PersonPage
from kodoku_desk.ui.timeline_model import EntryRole
from kodoku_desk.ui.visit_entry import VisitEntryDialog
from tests.services.mimamori_support import person


@pytest.fixture
def session(new_db):
    return new_db[0]


@pytest.fixture
def page(qtbot, session, sync_tasks):
    widget = PersonPage(session)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    return widget


def test_header_profile_and_empty_timeline(page, session):
    pid = person(session)
    page.show_person(pid)
    assert page.name_label.text() == "山田 太郎"
    assert page.kana_label.text() == "ヤマダ タロウ"
    assert "見守り：週1回" in page.facts.text()
    assert page.staff_panel.isVisible()  # admin sees the staff-only part
    assert page.model.rowCount() == 0 and page.timeline_note.isVisible()


def test_saved_visit_appears_at_the_top_after_refresh(qtbot, page, session):
    pid = person(session)
    page.show_person(pid)
    emitted = []
    page.log_visit.connect(emitted.append)
    page.activateWindow()
    qtbot.waitActive(page)
    qtbot.keyClick(page, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: emitted == [pid])  # a button shortcut animates the click

    dialog = VisitEntryDialog(session, pid, page)
    dialog.level_buttons[1].setChecked(True)
    dialog.sign_boxes["mail_piling_up"].setChecked(True)
    dialog.saved.connect(lambda _saved: page.refresh())
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    with qtbot.waitSignal(dialog.saved) as blocker:
        qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    dialog.deleteLater()
    visit_id = blocker.args[0].visit.id
    kinds = [page.model.data(page.model.index(r, 0), EntryRole).kind
             for r in range(page.model.rowCount())]
    assert "visit" in kinds and "follow_up_opened" in kinds
    visit_row = kinds.index("visit")
    entry = page.model.data(page.model.index(visit_row, 0), EntryRole)
    assert entry.record_id == visit_id
    # newest first: nothing timed is newer than the visit just logged
    assert all(not page.model.entries[r].timed for r in range(visit_row))
    text = page.model.data(page.model.index(visit_row, 2))
    assert "見守り：訪問（面会）" in text and "新聞や郵便がたまっている" in text
    assert "最後の連絡" in page.badge.text()
