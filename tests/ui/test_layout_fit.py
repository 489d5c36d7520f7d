"""Layout: the person page and the 設定 tabs scroll rather than squeeze or clip.

At the main window's minimum size, at 1366×768 and at 1280×800 no button is narrower
than its text needs, no field is cut below its size hint, the profile values wrap
(not clipped) and the header facts never split a name.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import (
    QAbstractSpinBox, QComboBox, QLabel, QLineEdit, QPushButton, QWidget,
)

from kodoku_desk.models.contact import Address
from kodoku_desk.models.person import Person
from kodoku_desk.services.people import register_person
from kodoku_desk.ui.main_window import PAGE_IDS, MainWindow
from kodoku_desk.ui.trend_chart import TICKS, LonelinessTrendChart

LONG_ADDRESS = Address(postal_code="1920061", prefecture="東京都", municipality="八王子市",
                       town="平岡町", chome="14", banchi="5",
                       building="ひだまりハイツ南棟 三〇二号室（裏口からお入りください）")


@pytest.fixture
def window(qtbot, new_db, sync_tasks):
    session, _ = new_db
    win = MainWindow(session)
    qtbot.addWidget(win)
    win.show()
    return win


def _person(session) -> str:
    return register_person(session, Person(
        family_name="松尾", given_name="沙織", family_kana="マツオ", given_kana="サオリ",
        visit_frequency="monthly", registered_on=date(2026, 1, 1), address=LONG_ADDRESS),
        today=date(2026, 6, 1)).id


def _settle(qtbot) -> None:
    qtbot.wait(20)


def _visible(root: QWidget, kind) -> list:
    return [w for w in root.findChildren(kind) if w.isVisibleTo(root.window()) and w.isVisible()]


def _open_person(qtbot, window, size: tuple[int, int]):
    window.resize(*size)
    window.show_page(PAGE_IDS.index("people"))
    window.open_person(_person(window.session))
    _settle(qtbot)
    return window.people.person_page


@pytest.mark.parametrize("size", ["minimum", (1280, 800), (1366, 768)])
def test_person_page_keeps_buttons_and_values_whole(qtbot, window, size):
    if size == "minimum":
        size = (window.minimumWidth(), window.minimumHeight())
    page = _open_person(qtbot, window, size)
    buttons = _visible(page, QPushButton)
    assert page.visit_button in buttons and page.back_button in buttons
    for button in buttons:
        assert button.width() >= button.sizeHint().width(), button.text()
        assert button.height() >= button.sizeHint().height(), button.text()
    for label in (page.address, page.emergency, page.consent, page.care_level):
        assert label.height() >= label.heightForWidth(label.width()), label.text()
    assert "平岡町" in page.address.text()
    # the facts: separate labels, none cut, 「担当：…」 ends with a whole name
    facts = _visible(page.facts, QLabel)
    assert facts and all(f.width() >= f.sizeHint().width() for f in facts)
    assert "担当：" in page.facts.text()


def test_person_page_stacks_the_timeline_when_narrow(qtbot, window):
    page = _open_person(qtbot, window, (window.minimumWidth(), window.minimumHeight()))
    assert page.is_stacked() and page.timeline.height() >= 300
    window.resize(1366, 768)
    _settle(qtbot)
    assert not page.is_stacked()


@pytest.mark.parametrize("size", ["minimum", (1280, 800)])
def test_settings_tabs_are_not_squeezed(qtbot, window, tmp_path, size):
    if size == "minimum":
        size = (window.minimumWidth(), window.minimumHeight())
    window.resize(*size)
    window.show_page(PAGE_IDS.index("settings"))
    settings = window.settings
    backup = settings.backup_tab
    usb = tmp_path / "usb"
    usb.mkdir()
    settings.show_tab(backup)
    _settle(qtbot)
    backup.folder.setText(str(usb))
    backup.save()            # 「保存しました。」 and, below, 「バックアップを作りました」 take room too
    backup.backup_now()
    _settle(qtbot)
    assert backup.settings_success.isVisible() and backup.result.isVisible()
    for widget in (backup.folder, backup.choose_button):
        assert widget.height() >= widget.sizeHint().height()
    rows = backup.table.verticalHeader().defaultSectionSize()
    assert backup.table.height() >= 5 * rows + backup.table.horizontalHeader().height()

    for index in range(settings.tabs.count()):
        settings.tabs.setCurrentIndex(index)
        _settle(qtbot)
        tab = settings.current_tab()
        for kind in (QPushButton, QLineEdit, QAbstractSpinBox, QComboBox):
            for widget in _visible(tab, kind):
                if widget.parent() is not None and isinstance(widget.parent(), QAbstractSpinBox):
                    continue   # a spin box's own line edit
                hint = widget.sizeHint()
                assert widget.height() >= hint.height(), (settings.tabs.tabText(index), widget)
                if isinstance(widget, QPushButton):
                    assert widget.width() >= hint.width(), (settings.tabs.tabText(index),
                                                            widget.text())


def test_trend_axis_labels_thin_out_when_short():
    assert LonelinessTrendChart.labelled_ticks(30, 14) == TICKS
    assert LonelinessTrendChart.labelled_ticks(6, 14) == (TICKS[0], TICKS[-1])
