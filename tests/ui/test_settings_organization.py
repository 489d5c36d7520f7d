"""設定 › 団体: name, 年度の開始月 and the 地区 list (add, rename, retire a used one)."""

from __future__ import annotations

import json
from datetime import date

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import text

from kodoku_desk.models.person import Person
from kodoku_desk.services import organization
from kodoku_desk.services.database import create_database
from kodoku_desk.store import persons_repo
from kodoku_desk.ui.main_window import MainWindow
from kodoku_desk.services.people import open_person
from kodoku_desk.ui.person_form import PersonFormDialog
from kodoku_desk.ui.settings_page import SettingsPage
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.services.mimamori_support import user as signed_in


@pytest.fixture
def session(tmp_path):
    session, _ = create_database(tmp_path / "org.kdesk", org_name="NPO法人つながりの会",
                                 admin_username="admin", admin_display_name="管理 花子",
                                 passphrase=PASSPHRASE, kdf=FAST_KDF,
                                 districts=["中央地区", "東地区", "西地区"])
    with session.engine.begin() as conn:
        persons_repo.insert_person(conn, Person(family_name="山田", given_name="太郎",
                                                district_code="d002",
                                                registered_on=date(2024, 4, 1)), user_id=None)
    yield session
    session.close()


def rows(tab):
    table = tab.districts.table
    return [(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())]


def select(tab, label):
    table = tab.districts.table
    [row] = [r for r in range(table.rowCount()) if table.item(r, 0).text() == label]
    table.selectRow(row)
    return row


def test_admin_edits_the_organisation(qtbot, session, sync_tasks):
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    page = window.settings
    assert page.tab_titles()[:2] == ["利用者", "団体"]
    page.show_tab(page.organization_tab)
    window.show_page(window.pages.indexOf(page))
    tab = page.organization_tab
    assert tab.name.text() == "NPO法人つながりの会" and tab.month.currentText() == "4月"
    assert rows(tab) == [("中央地区", "まだ使われていません"), ("東地区", "使用中（1件）"),
                         ("西地区", "まだ使われていません")]

    tab.name.setText("NPO法人つながりの会 本部")
    tab.month.setCurrentIndex(tab.month.findData(1))
    # rename 中央地区 in place
    row = select(tab, "中央地区")
    tab.districts.table.item(row, 0).setText("中央・駅前地区")
    # 東地区 is used by a person: it can only be retired
    select(tab, "東地区")
    assert tab.districts.retire_button.text() == "使用をやめる"
    tab.districts.retire_button.click()
    assert ("東地区", "使用終了（1件の記録で使用）") in rows(tab)
    # 西地区 is unused: it goes off the list
    select(tab, "西地区")
    assert tab.districts.retire_button.text() == "一覧から外す"
    tab.districts.retire_button.click()
    # a new one, typed and added with Enter
    tab.districts.new_name.setText("北地区")
    qtbot.keyClick(tab.districts.new_name, Qt.Key.Key_Return)
    assert rows(tab)[-1] == ("北地区", "新規（保存すると追加されます）")
    tab.save_button.click()

    assert tab.success.isVisible() and tab.success.text().startswith("保存しました")
    saved = organization.organization_settings(session)
    assert saved.name == "NPO法人つながりの会 本部" and saved.fiscal_year_start_month == 1
    assert [(d.label, d.active) for d in saved.districts] == [
        ("中央・駅前地区", True), ("東地区", False), ("北地区", True)]
    assert window.windowTitle() == "つながりデスク — NPO法人つながりの会 本部"
    with session.engine.connect() as conn:
        detail = json.loads(conn.execute(text(
            "SELECT detail FROM audit_log WHERE action = 'settings.change' "
            "ORDER BY seq DESC LIMIT 1")).scalar())
    assert detail["districts_retired"] == 1 and detail["districts_deleted"] == 1

    # a new person is offered the active 地区 only; the person still in the retired
    # 東地区 keeps it, marked
    form = PersonFormDialog(session)
    qtbot.addWidget(form)
    assert [form.district.itemText(i) for i in range(form.district.count())] == [
        "（未選択）", "中央・駅前地区", "北地区"]
    with session.engine.connect() as conn:
        yamada_id = conn.execute(text("SELECT id FROM persons")).scalar()
    form = PersonFormDialog(session, open_person(session, yamada_id))
    qtbot.addWidget(form)
    assert [form.district.itemText(i) for i in range(form.district.count())] == [
        "（未選択）", "中央・駅前地区", "北地区", "東地区（使用終了）"]
    assert form.district.currentText() == "東地区（使用終了）"


def test_validation_messages_and_nothing_saved(qtbot, session, sync_tasks):
    page = SettingsPage(session)
    qtbot.addWidget(page)
    page.show()
    page.show_tab(page.organization_tab)
    tab = page.organization_tab
    before = organization.organization_settings(session)
    tab.name.setText("")
    tab.districts.new_name.setText("中央地区")
    tab.districts.add()
    tab.save_button.click()
    assert tab.errors["name"].text() == "団体名を入力してください。"
    assert "二つあります" in tab.errors["districts"].text()
    assert not tab.success.isVisible()
    assert organization.organization_settings(session) == before


@pytest.mark.parametrize("role", ["staff", "volunteer"])
def test_only_administrators_see_the_tab(qtbot, session, role):
    page = SettingsPage(signed_in(session, "someone", role))
    qtbot.addWidget(page)
    assert "団体" not in page.tab_titles() and page.organization_tab is None
