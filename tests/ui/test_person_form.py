"""当事者の登録・編集 dialog: 和暦 input, validation next to the field, create and edit."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from kodoku_desk.models.person import Person
from kodoku_desk.services.people import get_person_detail, register_person
from kodoku_desk.store.schema.people import persons
from kodoku_desk.ui.person_form import PersonFormDialog

TODAY = date(2026, 11, 27)


def count(session) -> int:
    with session.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(persons)).scalar_one()


@pytest.fixture
def session(new_db):
    return new_db[0]


def open_form(qtbot, session, person=None) -> PersonFormDialog:
    dialog = PersonFormDialog(session, person, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_wareki_birth_date_is_read_live_and_saved(qtbot, session):
    dialog = open_form(qtbot, session)
    dialog.family_name.setText("山田")
    dialog.given_name.setText("太郎")
    dialog.family_kana.setText("やまだ")  # ひらがな is stored as カタカナ
    dialog.given_kana.setText("たろう")
    dialog.birth_date.setText("S15.3.15")
    assert dialog.birth_feedback.text().startswith("1940年3月15日（昭和15年")
    dialog.birth_date.setText("昭和99年1月1日")
    assert dialog.birth_feedback.objectName() == "FieldError"
    assert dialog.birth_feedback.text()
    dialog.birth_date.setText("S15.3.15")
    dialog.visit_frequency.setCurrentIndex(dialog.visit_frequency.findData("weekly"))
    dialog.category_boxes[next(iter(dialog.category_boxes))].setChecked(True)
    dialog.save_button.click()
    assert dialog.result() == PersonFormDialog.DialogCode.Accepted
    saved = dialog.saved_person
    assert saved.birth_date == date(1940, 3, 15)
    assert saved.family_kana == "ヤマダ" and saved.visit_frequency == "weekly"
    assert saved.person_code
    stored = get_person_detail(session, saved.id).person
    assert stored.birth_date == date(1940, 3, 15) and len(stored.support_categories) == 1


def test_empty_family_name_is_shown_under_the_field_and_nothing_saved(qtbot, session):
    before = count(session)
    dialog = open_form(qtbot, session)
    dialog.given_name.setText("太郎")
    dialog.save_button.click()
    error = dialog.errors["family_name"]
    assert error.isVisible() and "氏（姓）" in error.text() and "入力してください" in error.text()
    assert dialog.focusWidget() is dialog.family_name
    assert dialog.isVisible() and dialog.saved_person is None
    assert count(session) == before


def test_unreadable_date_is_reported_with_other_problems(qtbot, session):
    before = count(session)
    dialog = open_form(qtbot, session)
    dialog.birth_date.setText("きのう")
    dialog.postal_code.setText("12")
    dialog.save_button.click()
    assert dialog.errors["birth_date"].isVisible()
    assert dialog.errors["family_name"].isVisible()
    assert dialog.errors["postal_code"].isVisible()
    assert count(session) == before


def test_edit_changes_the_stored_record(qtbot, session):
    person = register_person(session, Person(family_name="佐藤", family_kana="サトウ",
                                             registered_on=date(2026, 1, 5)), today=TODAY)
    dialog = open_form(qtbot, session, person)
    assert dialog.family_name.text() == "佐藤"
    assert dialog.registered_on.text() == "令和8年1月5日"
    dialog.given_name.setText("花子")
    dialog.phone.setText("０３－１２３４－５６７８")
    dialog.save_button.click()
    assert dialog.result() == PersonFormDialog.DialogCode.Accepted
    stored = get_person_detail(session, person.id).person
    assert stored.given_name == "花子" and stored.phone == "03-1234-5678"
    assert stored.person_code == person.person_code
    assert count(session) == 1


def test_closing_needs_a_reason(qtbot, session):
    person = register_person(session, Person(family_name="鈴木", registered_on=date(2026, 1, 5)),
                             today=TODAY)
    dialog = open_form(qtbot, session, person)
    assert not dialog.closed_on.isEnabled()
    dialog.status.setCurrentIndex(dialog.status.findData("closed"))
    assert dialog.closed_on.isEnabled() and dialog.closed_on.text() == "令和8年11月27日"
    dialog.save_button.click()
    assert dialog.errors["closure_reason"].isVisible()
    assert get_person_detail(session, person.id).person.status == "active"


def test_cancel_asks_before_typed_input_is_lost(qtbot, session, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    asked = []

    def answer(reply):
        def question(*args, **kwargs):
            asked.append(args[2])
            return reply
        return question

    untouched = open_form(qtbot, session)
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Cancel))
    qtbot.keyClick(untouched, Qt.Key.Key_Escape)             # nothing typed: closes at once
    assert not untouched.isVisible() and asked == []

    dialog = open_form(qtbot, session)
    dialog.family_name.setText("山田")
    dialog.phone.setText("042-620-1101")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == ["入力した内容は保存されていません。破棄して閉じますか？"]
    assert dialog.isVisible() and dialog.family_name.text() == "山田"    # kept
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Discard))
    dialog.reject()                                           # キャンセル
    assert not dialog.isVisible() and count(session) == 0


def test_a_future_birth_date_is_flagged_while_typing(qtbot, session):
    dialog = open_form(qtbot, session)
    dialog.birth_date.setText("令和12年1月1日")               # 2030, after TODAY
    assert dialog.birth_feedback.objectName() == "FieldError"
    assert "未来の日付" in dialog.birth_feedback.text()
    dialog.birth_date.setText("昭和15年3月15日")
    assert dialog.birth_feedback.objectName() == "Hint"
