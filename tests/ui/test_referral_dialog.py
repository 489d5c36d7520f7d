"""つなぎ: record a referral to a directory entry with Ctrl+Enter, record its outcome,
bad input shows a message next to the field and stores nothing, volunteers are refused."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from kodoku_desk.models.records import Organization
from kodoku_desk.services.referrals import add_organization, person_referrals
from kodoku_desk.ui.referral_dialog import KIND_ONLY, ReferralDialog, ReferralOutcomeDialog
from tests.services.mimamori_support import TODAY, counts, person, user

HOUKATSU = Organization(name="中央地域包括支援センター", kind="houkatsu", phone="03-5555-0101")


@pytest.fixture
def session(new_db):
    return new_db[0]


@pytest.fixture
def pid(session):
    return person(session)


@pytest.fixture
def org(session):
    return add_organization(session, HOUKATSU)


def open_dialog(qtbot, dialog):
    dialog.show()
    dialog.activateWindow()
    qtbot.waitExposed(dialog)
    return dialog


@pytest.fixture
def dialogs():
    """Dialogs closed after the test without the discard question."""
    opened = []
    yield opened
    for dialog in opened:
        dialog.done(0)
        dialog.deleteLater()


def new_referral(qtbot, session, pid, dialogs, **kw) -> ReferralDialog:
    dialog = open_dialog(qtbot, ReferralDialog(session, pid, today=TODAY, **kw))
    dialogs.append(dialog)
    return dialog


def test_defaults(qtbot, session, pid, org, dialogs):
    dialog = new_referral(qtbot, session, pid, dialogs)
    assert dialog.windowTitle() == "つなぎを記録"
    assert dialog.referred_on.text() == "令和8年11月27日"
    assert dialog.referred_on.feedback.text() == "2026年11月27日（令和8年）"
    assert dialog.status.currentData() == "in_progress"
    assert dialog.status.currentText() == "紹介済み"
    assert not dialog.outcome_on.isEnabled()
    items = [dialog.destination.itemText(i) for i in range(dialog.destination.count())]
    assert items == ["（選んでください）", "中央地域包括支援センター（地域包括支援センター）",
                     "名簿にない機関（種類だけ記録）"]
    assert not dialog.kind.isEnabled()
    assert dialog.subtitle.text() == "山田 太郎 さん"


def test_ctrl_enter_records_a_referral_to_the_organisation(qtbot, session, pid, org, dialogs):
    dialog = new_referral(qtbot, session, pid, dialogs, person_name="山田 太郎")
    dialog.destination.setCurrentIndex(dialog.destination.findData(org.id))
    assert dialog.kind.currentData() == "houkatsu" and not dialog.kind.isEnabled()
    dialog.reason.setPlainText("介護保険の申請について相談したい")
    dialog.note.setPlainText("包括に電話し、来週訪問してもらうことになった")
    dialog.reason.setFocus()
    with qtbot.waitSignal(dialog.saved) as blocker:
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == dialog.DialogCode.Accepted
    [(stored, name)] = person_referrals(session, pid)
    assert stored == blocker.args[0]
    assert name == "中央地域包括支援センター"
    assert (stored.organization_id, stored.destination_kind) == (org.id, "houkatsu")
    assert (stored.referred_on, stored.outcome, stored.outcome_on) == (TODAY, "in_progress", None)
    assert stored.reason == "介護保険の申請について相談したい"
    assert stored.note == "包括に電話し、来週訪問してもらうことになった"


def test_destination_not_in_the_directory_already_settled(qtbot, session, pid, dialogs):
    dialog = new_referral(qtbot, session, pid, dialogs, person_name="山田 太郎")
    assert "まだありません" in dialog.destination_hint.text()
    dialog.destination.setCurrentIndex(dialog.destination.findData(KIND_ONLY))
    assert dialog.kind.isEnabled()
    dialog.save()  # the kind is still missing
    assert dialog.errors["destination_kind"].text() == "つなぎ先の種類を選んでください。"
    assert person_referrals(session, pid) == []
    dialog.kind.setCurrentIndex(dialog.kind.findData("consultation"))
    dialog.referred_on.setText("R8.11.20")
    dialog.status.setCurrentIndex(dialog.status.findData("connected"))
    assert dialog.outcome_on.isEnabled() and dialog.outcome_on.text() == "令和8年11月27日"
    dialog.save()
    [(stored, name)] = person_referrals(session, pid)
    assert name is None and stored.organization_id is None
    assert (stored.destination_kind, stored.referred_on) == ("consultation", date(2026, 11, 20))
    assert (stored.outcome, stored.outcome_on) == ("connected", TODAY)


def test_future_date_and_missing_destination_are_refused(qtbot, session, pid, org, dialogs):
    dialog = new_referral(qtbot, session, pid, dialogs, person_name="山田 太郎")
    before = counts(session)
    dialog.referred_on.setText("令和8年12月1日")
    dialog.save()
    assert dialog.isVisible()
    assert dialog.errors["referred_on"].text() == \
        "紹介日が未来の日付です。今日までの日付を入力してください。"
    assert dialog.errors["organization_id"].text() == "つなぎ先を選んでください。"
    assert dialog.errors["organization_id"].isVisible()
    assert dialog.form_error.text() == "入力内容を確かめてください。保存していません。"
    assert not dialog.errors["destination_kind"].isVisible()  # said once, next to つなぎ先
    assert counts(session) == before

    dialog.destination.setCurrentIndex(dialog.destination.findData(org.id))
    dialog.referred_on.setText("きのう")  # not a date
    dialog.save()
    assert dialog.errors["referred_on"].isVisible()
    assert not dialog.errors["organization_id"].isVisible()
    assert counts(session) == before

    dialog.referred_on.setText("2026/11/27")
    dialog.save()
    assert len(person_referrals(session, pid)) == 1


def test_outcome_connected(qtbot, session, pid, org, dialogs):
    first = new_referral(qtbot, session, pid, dialogs, person_name="山田 太郎")
    first.destination.setCurrentIndex(first.destination.findData(org.id))
    first.referred_on.setText("令和8年11月1日")
    first.reason.setPlainText("介護保険の申請")
    first.save()
    [entry] = person_referrals(session, pid)

    dialog = open_dialog(qtbot, ReferralOutcomeDialog(session, entry, person_name="山田 太郎",
                                                      today=TODAY))
    dialogs.append(dialog)
    assert dialog.windowTitle() == "つなぎの結果を記録"
    assert dialog.destination_label.text() == "中央地域包括支援センター（地域包括支援センター）"
    assert dialog.referred_label.text() == "令和8年11月1日"
    assert dialog.status.currentData() == "in_progress"
    assert not dialog.outcome_on.isEnabled()
    dialog.status.setCurrentIndex(dialog.status.findData("connected"))
    assert dialog.outcome_on.text() == "令和8年11月27日"
    dialog.outcome_on.setText("令和8年10月31日")  # before the referral: refused
    dialog.save()
    assert "紹介日より前" in dialog.errors["outcome_on"].text()
    assert person_referrals(session, pid)[0].referral.outcome == "in_progress"

    dialog.outcome_on.setText("R8.11.25")
    dialog.note.setPlainText("11/25 包括の担当者が訪問し、申請の手続きを始めた")
    with qtbot.waitSignal(dialog.saved):
        qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    [(stored, _)] = person_referrals(session, pid)
    assert (stored.outcome, stored.outcome_on) == ("connected", date(2026, 11, 25))
    assert stored.note == "11/25 包括の担当者が訪問し、申請の手続きを始めた"
    assert stored.reason == "介護保険の申請"


def test_outcome_dialog_by_id(qtbot, session, pid, org, dialogs):
    first = new_referral(qtbot, session, pid, dialogs, person_name="山田 太郎")
    first.destination.setCurrentIndex(first.destination.findData(org.id))
    first.save()
    [entry] = person_referrals(session, pid)
    dialog = ReferralOutcomeDialog(session, entry.referral.id, person_id=pid, today=TODAY)
    dialogs.append(dialog)
    dialog.status.setCurrentIndex(dialog.status.findData("not_connected"))
    dialog.save()  # 結果の日付 defaults to today once settled
    [(stored, _)] = person_referrals(session, pid)
    assert (stored.outcome, stored.outcome_on) == ("not_connected", TODAY)
    missing = ReferralOutcomeDialog(session, "no-such-id", person_id=pid, today=TODAY)
    dialogs.append(missing)
    assert missing.form_error.text() == "このつなぎの記録は見つかりません。"
    assert missing.save_button.isHidden()


def test_volunteer_is_not_permitted(qtbot, session, pid, org, dialogs):
    volunteer = user(session, "vol", "volunteer")
    before = counts(session)
    dialog = new_referral(qtbot, volunteer, pid, dialogs)
    assert "スタッフ・管理者だけ" in dialog.form_error.text()
    assert dialog.form_error.isVisible()
    assert not dialog.save_button.isVisible() and not dialog.form.isVisible()
    assert dialog.cancel_button.text() == "閉じる"
    qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert counts(session) == before


def test_volunteer_cannot_record_an_outcome(qtbot, session, pid, org, dialogs):
    first = new_referral(qtbot, session, pid, dialogs, person_name="山田 太郎")
    first.destination.setCurrentIndex(first.destination.findData(org.id))
    first.save()
    [entry] = person_referrals(session, pid)
    volunteer = user(session, "vol", "volunteer")
    before = counts(session)
    dialog = ReferralOutcomeDialog(volunteer, entry.referral.id, person_id=pid, today=TODAY)
    dialogs.append(dialog)
    assert "スタッフ・管理者だけ" in dialog.form_error.text()
    dialog.save()
    listed = ReferralOutcomeDialog(volunteer, entry, today=TODAY)
    dialogs.append(listed)
    assert "スタッフ・管理者だけ" in listed.form_error.text()
    listed.save()
    assert counts(session) == before
