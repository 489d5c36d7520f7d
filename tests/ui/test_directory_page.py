"""関係機関の名簿: add through the dialog, edit, retire (and show retired), filters, volunteers."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from kodoku_desk.models.records import Organization
from kodoku_desk.services.referrals import add_organization, list_organizations
from kodoku_desk.ui import directory_page, tasks
from kodoku_desk.ui.directory_page import DirectoryPage
from kodoku_desk.ui.organization_dialog import OrganizationDialog
from kodoku_desk.ui.organizations_model import OrganizationsModel
from tests.services.mimamori_support import counts, user


@pytest.fixture
def session(new_db):
    return new_db[0]


@pytest.fixture
def page(qtbot, session, sync_tasks):
    widget = DirectoryPage(session)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    widget.refresh()
    return widget


def names(page: DirectoryPage) -> list[str]:
    return [page.proxy.data(page.proxy.index(row, OrganizationsModel.NAME))
            for row in range(page.proxy.rowCount())]


def cell(page: DirectoryPage, row: int, column: int) -> str:
    return page.proxy.data(page.proxy.index(row, column))


def drive_dialog(monkeypatch, fill):
    """Replace exec(): ``fill(dialog)`` types and saves, as a user would."""
    seen = {}

    def fake_exec(dialog):
        seen["dialog"] = dialog
        fill(dialog)
        return dialog.result()

    monkeypatch.setattr(OrganizationDialog, "exec", fake_exec)
    return seen


def test_add_edit_retire_and_show_retired(qtbot, page, session, monkeypatch):
    assert page.empty_note.isVisible() and not page.table.isVisible()
    assert "まだありません" in page.empty_note.text()

    def add(dialog):
        dialog.save()  # nothing typed: refused, nothing written
        assert dialog.errors["name"].text() == "機関名を入力してください。"
        assert dialog.errors["kind"].text() == "関係機関の種類を選んでください。"
        assert list_organizations(session) == []
        dialog.name.setText("中央地域包括支援センター")
        dialog.kind.setCurrentIndex(dialog.kind.findData("houkatsu"))
        dialog.phone.setText("03-5555-0101")
        dialog.contact_person.setText("社会福祉士 佐藤")
        dialog.council_member.setChecked(True)
        dialog.save()  # a council member needs the council's name
        assert "協議会の名称" in dialog.errors["council_name"].text()
        dialog.council_name.setText("多摩川市孤独・孤立対策地域協議会")
        dialog.note.setPlainText("受付は平日9時〜17時")
        dialog.show()
        dialog.activateWindow()
        qtbot.waitExposed(dialog)
        dialog.note.setFocus()  # Ctrl+Enter saves even from inside a text box
        qtbot.keyClick(dialog.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    seen = drive_dialog(monkeypatch, add)
    page.add_button.click()
    assert seen["dialog"].result() == QDialog.DialogCode.Accepted
    assert names(page) == ["中央地域包括支援センター"]
    assert cell(page, 0, OrganizationsModel.KIND) == "地域包括支援センター"
    assert cell(page, 0, OrganizationsModel.PHONE) == "03-5555-0101"
    assert cell(page, 0, OrganizationsModel.CONTACT) == "社会福祉士 佐藤"
    assert cell(page, 0, OrganizationsModel.COUNCIL) == "✓"
    assert cell(page, 0, OrganizationsModel.NOTE) == "受付は平日9時〜17時"
    assert page.success.text() == "「中央地域包括支援センター」を追加しました。"
    assert page.selected().name == "中央地域包括支援センター"
    [stored] = list_organizations(session)
    assert stored.council_name == "多摩川市孤独・孤立対策地域協議会"

    # edit by double-click
    def edit(dialog):
        assert dialog.name.text() == "中央地域包括支援センター"
        assert dialog.council_member.isChecked()
        dialog.contact_person.setText("主任ケアマネジャー 高橋")
        dialog.save()

    drive_dialog(monkeypatch, edit)
    page.table.doubleClicked.emit(page.proxy.index(0, 0))
    assert cell(page, 0, OrganizationsModel.CONTACT) == "主任ケアマネジャー 高橋"
    assert list_organizations(session)[0].contact_person == "主任ケアマネジャー 高橋"

    # retire: asks first; cancelling keeps it
    asked = []
    monkeypatch.setattr(directory_page.QMessageBox, "question",
                        lambda *args, **kw: asked.append(args[2])
                        or directory_page.QMessageBox.StandardButton.Cancel)
    page.table.selectRow(0)
    page.retire_button.click()
    assert "使用をやめますか" in asked[0]
    assert names(page) == ["中央地域包括支援センター"]
    monkeypatch.setattr(directory_page.QMessageBox, "question",
                        lambda *args, **kw: directory_page.QMessageBox.StandardButton.Yes)
    page.retire_button.click()
    assert names(page) == []
    assert list_organizations(session) == []
    assert page.empty_note.isVisible()

    page.show_retired.setChecked(True)
    assert names(page) == ["中央地域包括支援センター（使用停止）"]
    assert page.count_label.text() == "使用中 0 件・使用停止 1 件"
    page.table.selectRow(0)
    assert page.retire_button.text() == "使用を再開する"
    page.retire_button.click()  # re-activating needs no confirmation
    assert [o.name for o in list_organizations(session)] == ["中央地域包括支援センター"]
    assert names(page) == ["中央地域包括支援センター"]


def test_filters_by_kind_and_text(page, session):
    add_organization(session, Organization(name="中央地域包括支援センター", kind="houkatsu",
                                           contact_person="佐藤"))
    add_organization(session, Organization(name="ひまわり内科クリニック", kind="medical",
                                           phone="03-5555-0303"))
    add_organization(session, Organization(name="多摩川市社会福祉協議会", kind="shakyo"))
    page.refresh()
    # in the order of the 種類 list: 地域包括 → 社協 → 医療機関
    assert names(page) == ["中央地域包括支援センター", "多摩川市社会福祉協議会",
                           "ひまわり内科クリニック"]
    page.kind_filter.setCurrentIndex(page.kind_filter.findData("medical"))
    assert names(page) == ["ひまわり内科クリニック"]
    assert page.count_label.text() == "使用中 3 件（表示 1 件）"
    page.kind_filter.setCurrentIndex(0)
    page.search.setText("５５５")  # full-width digits match the phone number
    assert names(page) == ["ひまわり内科クリニック"]
    page.search.setText("佐藤")
    assert names(page) == ["中央地域包括支援センター"]
    page.search.setText("どこにもない")
    assert names(page) == [] and page.empty_note.text() == "条件に合う機関はありません。"


def test_volunteer_sees_a_message_instead_of_the_table(qtbot, session, sync_tasks):
    volunteer = user(session, "vol", "volunteer")
    add_organization(session, Organization(name="中央地域包括支援センター", kind="houkatsu"))
    before = counts(session)
    page = DirectoryPage(volunteer)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    assert page.denied.isVisible()
    assert "スタッフ・管理者だけ" in page.denied.text()
    assert not page.table.isVisible() and not page.add_button.isVisible()
    assert page.model.rowCount() == 0
    assert counts(session) == before


def test_closing_the_page_while_it_loads(qtbot, session):
    page = DirectoryPage(session)  # real background thread
    page.refresh()
    shiboken6.delete(page)
    qtbot.waitUntil(lambda: tasks.pending_count() == 0, timeout=10_000)  # no error raised
