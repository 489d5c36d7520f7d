"""アセスメント entry: verbatim items, live score, Ctrl+Enter saves the raw answers,
partial answers store no score, bad dates store nothing, volunteers are refused."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from kodoku_desk.models import survey
from kodoku_desk.services.access import NotPermitted
from kodoku_desk.services.assessments import assessment_history
from kodoku_desk.ui import i18n
from kodoku_desk.ui.assessment_dialog import AssessmentDialog
from tests.services.mimamori_support import TODAY, assign, person, user


@pytest.fixture
def session(new_db):
    return new_db[0]


def _open(qtbot, session, pid):
    dlg = AssessmentDialog(session, pid, today=TODAY)  # not qtbot.addWidget: its close would ask
    dlg.show()
    dlg.activateWindow()
    qtbot.waitExposed(dlg)
    return dlg


@pytest.fixture
def dialog(qtbot, session):
    dlg = _open(qtbot, session, person(session))
    yield dlg
    dlg.done(0)  # close without the discard question
    dlg.deleteLater()


def click(qtbot, choice, value) -> None:
    button = choice.button(value)
    choice.window().scroll.ensureWidgetVisible(button)  # as the user scrolls to it
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton,  # on the circle or its label
                     pos=QPoint(12, button.height() // 2))
    assert button.isChecked()


def texts(dialog) -> list[str]:
    return [label.text() for label in dialog.findChildren(QLabel)]


def test_items_are_shown_verbatim_and_start_unanswered(dialog):
    shown = "\n".join(texts(dialog))
    for item in survey.UCLA_ITEMS:
        assert item in shown
    for text in (survey.DIRECT_QUESTION, survey.CONTACT_FREQUENCY_HEADING,
                 survey.INSTRUMENT_LABEL):
        assert text in shown
    assert dialog.windowTitle() == "アセスメント（孤独感の評価）"
    assert dialog.name_label.text() == "山田 太郎"
    assert [c.button(None).text() for c in dialog.ucla] == ["無回答"] * 3
    assert [b.text() for _, b in dialog.ucla[0].buttons][:4] == [
        "1 決してない", "2 ほとんどない", "3 時々ある", "4 常にある"]
    assert dialog.direct.button(None).isChecked()
    assert dialog.q4.button(None).text() == "聞いていない（記録しない）"
    assert dialog.q4.button("unanswered").text() == "無回答"
    assert dialog.q4.value() is None
    assert dialog.assessed_on.text() == "令和8年11月27日"
    assert dialog.score_label.text() == "3問すべてに回答があるときだけ得点を出します"


def test_score_appears_when_all_three_are_answered(qtbot, dialog):
    click(qtbot, dialog.ucla[0], 3)
    click(qtbot, dialog.ucla[1], 2)
    assert dialog.score_label.text() == "3問すべてに回答があるときだけ得点を出します"
    click(qtbot, dialog.ucla[2], 2)
    assert dialog.score_label.text() == "合計 7点（7～9点（時々ある））"
    click(qtbot, dialog.ucla[2], 4)
    assert dialog.score_label.text() == "合計 9点（7～9点（時々ある））"
    click(qtbot, dialog.ucla[1], None)
    assert dialog.score_label.text() == "3問すべてに回答があるときだけ得点を出します"


def test_digit_and_arrow_keys_choose_answers(qtbot, dialog):
    dialog.ucla[0].setFocus()
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_3)
    assert dialog.ucla[0].value() == 3
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Right)
    assert dialog.ucla[0].value() == 4
    dialog.q4.setFocus()
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_6)
    assert dialog.q4.value() == "6"


def test_ctrl_enter_saves_the_raw_answers(qtbot, dialog, session):
    for choice, value in zip(dialog.ucla, (3, 2, 2), strict=True):
        click(qtbot, choice, value)
    click(qtbot, dialog.direct, 4)
    click(qtbot, dialog.q4, "6")
    dialog.note.setPlainText("自宅で聞き取り")
    dialog.note.setFocus()
    with qtbot.waitSignal(dialog.saved) as blocker:
        qtbot.keyClick(dialog.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    saved = blocker.args[0]
    stored = assessment_history(session, dialog.person_id)
    assert [a.id for a in stored] == [saved.id]
    a = stored[0]
    assert (a.ucla_q1, a.ucla_q2, a.ucla_q3, a.direct_q, a.q4) == (3, 2, 2, 4, "6")
    assert (a.ucla_score, a.ucla_band) == (7, "7-9")
    assert a.assessed_on == TODAY and a.administered_by == session.user.id
    assert a.note == "自宅で聞き取り"
    assert dialog.result() == dialog.DialogCode.Accepted


def test_partial_answers_store_no_score_and_wareki_date(qtbot, dialog, session):
    dialog.assessed_on.setText("R8.10.1")
    assert "2026年10月1日" in dialog.date_feedback.text()
    click(qtbot, dialog.ucla[0], 2)
    click(qtbot, dialog.ucla[2], 2)
    click(qtbot, dialog.q4, "unanswered")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    (a,) = assessment_history(session, dialog.person_id)
    assert a.assessed_on == date(2026, 10, 1)
    assert (a.ucla_q1, a.ucla_q2, a.ucla_q3, a.direct_q, a.q4) == (2, None, 2, None, "unanswered")
    assert a.ucla_score is None and a.ucla_band is None


def test_future_date_is_refused_and_nothing_is_stored(qtbot, dialog, session):
    dialog.assessed_on.setText(f"{TODAY + timedelta(days=1):%Y/%m/%d}")
    assert "未来の日付は保存できません" in dialog.date_feedback.text()
    click(qtbot, dialog.ucla[0], 1)
    dialog.save()
    assert dialog.isVisible()
    error = dialog.errors["assessed_on"]
    assert error.isVisible() and "未来の日付" in error.text()
    assert dialog.errors[""].text() == "入力内容を確かめてください。保存していません。"
    assert assessment_history(session, dialog.person_id) == []
    dialog.assessed_on.setText("令和8年11月27日")
    dialog.save()
    assert not error.isVisible()
    assert len(assessment_history(session, dialog.person_id)) == 1


def test_unreadable_date_and_no_answers_are_both_reported(dialog, session):
    dialog.assessed_on.setText("あした")
    dialog.save()
    assert "あした" in dialog.errors["assessed_on"].text()
    assert "回答が1つもありません" in dialog.errors[""].text()
    assert dialog.isVisible()
    assert assessment_history(session, dialog.person_id) == []


def test_nothing_answered_is_refused(dialog, session):
    dialog.save()
    assert dialog.errors[""].isVisible()
    assert "回答が1つもありません" in dialog.errors[""].text()
    assert assessment_history(session, dialog.person_id) == []


def test_volunteer_cannot_open(qtbot, session):
    pid = person(session)
    volunteer = user(session, "vol", "volunteer", "見守り 一郎")
    assign(session, pid, volunteer.user.id)
    with pytest.raises(NotPermitted) as caught:
        AssessmentDialog(volunteer, pid, today=TODAY)
    assert "スタッフ・管理者だけ" in caught.value.message_ja


def test_volunteer_cannot_save(qtbot, dialog, session):
    dialog.session = user(session, "vol", "volunteer")  # e.g. signed in again as a volunteer
    click(qtbot, dialog.ucla[0], 2)
    dialog.save()
    assert "スタッフ・管理者だけ" in dialog.errors[""].text()
    assert dialog.isVisible()
    assert assessment_history(session, dialog.person_id) == []


def test_escape_asks_only_after_changes(qtbot, dialog, monkeypatch):
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or
                        QMessageBox.StandardButton.Cancel)
    click(qtbot, dialog.ucla[0], 2)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert len(asked) == 1 and dialog.isVisible()
    click(qtbot, dialog.ucla[0], None)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert len(asked) == 1 and not dialog.isVisible()


def test_english_answer_labels_keep_the_japanese_items(qtbot, qapp, session,
                                                       compiled_translations):
    i18n.install(qapp, "en")
    dlg = _open(qtbot, session, person(session))
    try:
        assert [b.text() for _, b in dlg.ucla[0].buttons][:4] == [
            "1 Never", "2 Hardly ever", "3 Sometimes", "4 Always"]
        assert dlg.q4.button("7").text() == "Never"
        assert survey.UCLA_ITEMS[0] in "\n".join(texts(dlg))
        assert dlg.assessed_on.text() == "2026/11/27"
        for choice, value in zip(dlg.ucla, (4, 4, 3), strict=True):
            click(qtbot, choice, value)
        assert "11" in dlg.score_label.text() and "10–12 points" in dlg.score_label.text()
    finally:
        dlg.done(0)
        dlg.deleteLater()
