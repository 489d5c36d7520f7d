"""支援会議用の情報提供: from the person page, keyboard only — recipient, basis, items,
reason, file — then the encrypted PDF, the one-time password, the 第三者提供記録 and the
audit entry; a missing reason or a basis the service refuses writes nothing; volunteers
are not offered it."""

from __future__ import annotations

import json
import re
import shutil
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from kodoku_desk.models.consent import Consent
from kodoku_desk.models.records import Organization
from kodoku_desk.services.consents import add_consent
from kodoku_desk.services.referrals import add_organization
from kodoku_desk.store.schema.admin import audit_log, provision_records
from kodoku_desk.ui.person_page import PersonPage
from kodoku_desk.ui.share_dialog import MINIMUM_FIELDS, ShareDialog, default_file
from tests.services.mimamori_support import TODAY, assign, person, user
from tests.services.test_printed_reports import pdf_text, read

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                reason="poppler-utils (pdftotext) is not installed")

COUNCIL = "多摩川市孤独・孤立対策地域協議会"
REASON = "令和8年12月の支援調整会議で、訪問の分担を協議するため。"


@pytest.fixture
def case(new_db):
    session = new_db[0]
    pid = person(session)
    member = add_organization(session, Organization(
        name="多摩川市 地域福祉課", kind="municipality", council_member=True, council_name=COUNCIL))
    other = add_organization(session, Organization(name="中央地域包括支援センター", kind="houkatsu",
                                                   council_member=True, council_name=COUNCIL))
    add_organization(session, Organization(name="ひまわり内科クリニック", kind="medical"))
    return session, pid, member.id, other.id


def rows(session, table) -> list[dict]:
    with session.engine.connect() as conn:
        return [dict(r) for r in conn.execute(select(table)).mappings()]


def sharing_audit(session) -> list[dict]:
    return [r for r in rows(session, audit_log) if r["action"] == "report.case_sharing"]


def open_dialog(qtbot, session, pid) -> ShareDialog:
    dialog = ShareDialog(session, pid, person_name="山田 太郎", today=TODAY)
    # closed at teardown: without asking whether to discard what the test typed
    qtbot.addWidget(dialog, before_close_func=lambda d: d.remember_initial())
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_minimum_items_are_preselected_and_the_file_name_has_no_name(qtbot, case, tmp_path):
    session, pid, _member, _other = case
    dialog = open_dialog(qtbot, session, pid)
    assert dialog.chosen_fields() == list(MINIMUM_FIELDS)
    assert dialog.basis.checkedButton() is None                       # chosen explicitly
    assert "山田" not in dialog.path.text() and dialog.path.text().endswith(".pdf")
    # only 構成機関等 are offered
    offered = [dialog.recipients.item(r).text() for r in range(dialog.recipients.count())]
    assert offered == [f"中央地域包括支援センター（{COUNCIL}）", f"多摩川市 地域福祉課（{COUNCIL}）"]
    (tmp_path / "情報提供書_20261127.pdf").write_bytes(b"")
    assert default_file(tmp_path, TODAY).name == "情報提供書_20261127_2.pdf"


def test_share_with_the_keyboard(qtbot, case, tmp_path, sync_tasks):
    session, pid, member, _other = case
    add_consent(session, pid, Consent(consented_on=date(2026, 4, 1), method="written",
                                      scopes=("council_sharing",)), today=TODAY)
    dialog = open_dialog(qtbot, session, pid)
    out = tmp_path / "情報提供書.pdf"
    assert dialog.search.hasFocus()
    # Japanese arrives through the input method, which QTest cannot type: set the text as
    # the IME would commit it, and use keys for everything else.
    dialog.search.setText("地域福祉")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Down)                     # into the list
    assert dialog.recipients.hasFocus() and dialog.recipient_id() == member
    qtbot.keyClick(dialog.recipients, Qt.Key.Key_Return)               # chosen: next step
    assert dialog.basis_buttons["consent"].hasFocus()
    assert not dialog.form_error.isVisible()                           # Enter did not create
    qtbot.keyClick(dialog.basis_buttons["consent"], Qt.Key.Key_Space)
    assert dialog.basis.checkedButton() is dialog.basis_buttons["consent"]
    qtbot.keyClick(dialog.field_boxes["recent_contacts"], Qt.Key.Key_Space)
    dialog.summary.insertPlainText("週1回の電話で見守り中。")
    dialog.request.insertPlainText("訪問の分担をお願いします。")
    dialog.reason.insertPlainText(REASON)
    dialog.path.setText(str(out))
    dialog.path.setFocus()
    qtbot.keyClick(dialog.path, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    shown = dialog.password_dialog
    assert shown is not None and shown.isVisible(), dialog.form_error.text()
    password = shown.password_label.text().replace(" ", "")
    assert re.fullmatch(r"[A-Z2-9]{12}", password)
    assert "電話" in shown.instructions.text() and "保存されず" in shown.instructions.text()
    qtbot.mouseClick(shown.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == password

    data = out.read_bytes()
    assert pdf_text(data).returncode != 0                               # no password, no text
    body = re.sub(r"\s+", "", read(data, password))
    assert "山田太郎" in body and "多摩川市地域福祉課" in body and "訪問の分担をお願いします。" in body
    assert "電話番号" not in body                                        # not chosen

    record = rows(session, provision_records)[-1]
    assert record["organization_id"] == member and record["legal_basis"] == "consent"
    assert record["note"] == REASON
    audit = sharing_audit(session)[-1]
    detail = json.loads(audit["detail"])
    assert audit["target_id"] == pid
    assert detail["recipient"] == member and detail["basis"] == "consent"
    assert "recent_contacts" in detail["items"]
    assert password not in json.dumps(rows(session, audit_log), ensure_ascii=False)

    qtbot.keyClick(shown.close_button, Qt.Key.Key_Space)               # close: forgotten
    assert not shown.isVisible() and shown.password_label.text() == ""
    assert dialog.result() == ShareDialog.DialogCode.Accepted


def test_enter_in_the_search_chooses_and_never_creates(qtbot, case):
    session, pid, _member, other = case
    dialog = open_dialog(qtbot, session, pid)
    dialog.search.setText("センター")                                 # one entry left
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert dialog.recipient_id() == other and dialog.basis_buttons["consent"].hasFocus()
    dialog.search.setText("")                                         # two entries: into the list
    dialog.search.setFocus()
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert dialog.recipients.hasFocus()
    assert dialog.isVisible() and not dialog.form_error.isVisible()
    assert all(not label.isVisible() for label in dialog.errors.values())


def test_missing_reason_blocks_and_writes_nothing(qtbot, case, tmp_path, sync_tasks):
    session, pid, member, _other = case
    dialog = open_dialog(qtbot, session, pid)
    out = tmp_path / "x.pdf"
    dialog.select_recipient(member)
    dialog.basis_buttons["life"].setChecked(True)
    dialog.summary.setPlainText("長期不在。")
    dialog.request.setPlainText("所在の確認をお願いします。")
    dialog.path.setText(str(out))
    qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.errors["reason"].isVisible()
    assert "提供の理由を記入してください" in dialog.errors["reason"].text()
    assert dialog.reason.hasFocus() and dialog.password_dialog is None
    assert not out.exists() and not rows(session, provision_records) and not sharing_audit(session)


def test_a_basis_the_service_refuses_is_shown_under_it(qtbot, case, tmp_path, sync_tasks):
    session, pid, _member, other = case                                 # no consent recorded
    dialog = open_dialog(qtbot, session, pid)
    out = tmp_path / "x.pdf"
    dialog.select_recipient(other)
    dialog.basis_buttons["consent"].setChecked(True)
    for code in ("summary", "request"):
        dialog.field_boxes[code].setChecked(False)
    assert not dialog.summary.isEnabled()
    dialog.reason.setPlainText(REASON)
    dialog.path.setText(str(out))
    dialog.save()
    assert "同意の記録" in dialog.errors["basis"].text() and dialog.errors["basis"].isVisible()
    assert not out.exists() and not rows(session, provision_records) and not sharing_audit(session)
    assert dialog.password_dialog is None and dialog.isVisible()


def test_only_staff_see_the_button(qtbot, case, sync_tasks):
    session, pid, _member, _other = case
    volunteer = user(session, "vol", "volunteer", "見守り 次郎")
    assign(session, pid, volunteer.user.id)
    for who, offered in ((session, True), (volunteer, False)):
        page = PersonPage(who)
        qtbot.addWidget(page)
        page.resize(1280, 800)
        page.show()
        page.show_person(pid)
        assert page.name_label.text() == "山田 太郎"
        assert page.share_button.isVisible() is offered
        assert page.share_button.text() == "支援会議用の情報提供…"
    page.open_share_dialog()                                            # volunteer: nothing
    assert page.share_dialog is None


def test_the_person_page_opens_the_dialog(qtbot, case, sync_tasks):
    session, pid, _member, _other = case
    page = PersonPage(session)
    qtbot.addWidget(page)
    page.show()
    page.show_person(pid)
    qtbot.mouseClick(page.share_button, Qt.MouseButton.LeftButton)
    dialog = page.share_dialog
    assert isinstance(dialog, ShareDialog) and dialog.isVisible()
    assert "山田 太郎" in dialog.subtitle.text()
    dialog.reject()


def test_a_volunteer_opening_it_anyway_sees_only_an_explanation(qtbot, case):
    session, pid, _member, _other = case
    volunteer = user(session, "vol", "volunteer")
    dialog = ShareDialog(volunteer, pid, today=TODAY)
    qtbot.addWidget(dialog)
    assert not dialog.save_button.isVisibleTo(dialog) and dialog.form_error.text()
