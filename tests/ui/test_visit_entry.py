"""見守り quick entry: prefilled, Ctrl+Enter saves, errors next to the fields, Esc."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from kodoku_desk.services.followups import open_follow_ups
from kodoku_desk.services.visits import person_visits
from kodoku_desk.ui.visit_entry import VisitEntryDialog
from tests.services.mimamori_support import person


@pytest.fixture
def session(new_db):
    return new_db[0]


@pytest.fixture
def dialog(qtbot, session):
    pid = person(session)
    dlg = VisitEntryDialog(session, pid)  # not qtbot.addWidget: its close would ask
    dlg.show()
    dlg.activateWindow()
    qtbot.waitExposed(dlg)
    yield dlg
    dlg.done(0)  # close without the discard question
    dlg.deleteLater()


def test_prefilled_with_defaults(dialog):
    assert dialog.name_label.text() == "山田 太郎"
    assert dialog.kana_label.text() == "ヤマダ タロウ"
    assert dialog.method.currentText() == "訪問（面会）"
    assert dialog.safety_buttons["confirmed"].isChecked()
    assert dialog.level_buttons[0].isChecked()
    assert not dialog.actions_box.isVisible()
    visit = dialog.visit()
    assert visit.next_due is not None and (visit.next_due - visit.visit_at.date()).days == 7
    assert dialog.focusWidget() is dialog.method        # ready for ↑↓ without a Tab first


def test_next_due_follows_the_date_until_edited(dialog):
    dialog.visit_at.setDateTime(dialog.visit_at.dateTime().addDays(-2))
    v = dialog.visit()
    assert (v.next_due - v.visit_at.date()).days == 7
    dialog.next_due.setDate(dialog.next_due.date().addDays(3))
    dialog.visit_at.setDateTime(dialog.visit_at.dateTime().addDays(-1))
    v = dialog.visit()
    assert (v.next_due - v.visit_at.date()).days == 11


def test_ctrl_enter_saves_with_a_sign(qtbot, dialog, session):
    dialog.sign_boxes["mail_piling_up"].setChecked(True)
    with qtbot.waitSignal(dialog.saved) as blocker:
        qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    saved = blocker.args[0]
    stored = person_visits(session, dialog.person_id)
    assert [v.id for v in stored] == [saved.visit.id]
    assert stored[0].signs == ("mail_piling_up",)
    assert dialog.result() == dialog.DialogCode.Accepted


def test_level_three_without_outcome_shows_error_and_saves_nothing(qtbot, dialog, session):
    dialog.level_buttons[3].setChecked(True)
    assert dialog.actions_box.isVisible() and len(dialog.action_rows) == 1
    row = dialog.action_rows[0]
    row.contact_type.setCurrentIndex(row.contact_type.findData("fire_ambulance"))
    row.content.setText("119番通報")
    dialog.save()
    assert dialog.isVisible()
    assert "結果" in dialog.errors["actions"].text()
    assert dialog.errors["actions"].isVisible()
    assert person_visits(session, dialog.person_id) == []
    row.result.setCurrentIndex(row.result.findData("ambulance"))
    dialog.save()
    assert not dialog.errors["actions"].isVisible()
    assert len(person_visits(session, dialog.person_id)) == 1


def test_level_one_opens_a_follow_up(dialog, session):
    dialog.level_buttons[1].setChecked(True)
    dialog.save()
    rows = open_follow_ups(session)
    assert [r.person_name for r in rows] == ["山田 太郎"]


def test_escape_without_changes_closes_without_asking(qtbot, dialog, monkeypatch):
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or
                        QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == []
    assert not dialog.isVisible()


def test_escape_after_typing_asks_first(qtbot, dialog, monkeypatch):
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or
                        QMessageBox.StandardButton.Cancel)
    dialog.condition_note.setText("元気そう")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert len(asked) == 1 and dialog.isVisible()
