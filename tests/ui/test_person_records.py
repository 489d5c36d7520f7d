"""Person page, staff part: アセスメント and つなぎ open from the page, the loneliness trend
shows after saving, a referral's outcome is recorded from the timeline; volunteers see
none of it."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from kodoku_desk.models.records import Assessment
from kodoku_desk.services.assessments import record_assessment
from kodoku_desk.models.records import Organization
from kodoku_desk.services.referrals import add_organization, person_referrals
from kodoku_desk.ui.assessment_dialog import AssessmentDialog
from kodoku_desk.ui.people_section import PeopleSection
from kodoku_desk.ui.referral_dialog import ReferralDialog, ReferralOutcomeDialog
from kodoku_desk.ui.timeline_model import EntryRole
from tests.services.mimamori_support import assign, person, user


@pytest.fixture
def section(qtbot, new_db, sync_tasks):
    session = new_db[0]
    widget = PeopleSection(session)
    qtbot.addWidget(widget)
    widget.resize(1280, 860)
    widget.show()
    return widget


def kinds(page) -> list[str]:
    return [page.model.data(page.model.index(r, 0), EntryRole).kind
            for r in range(page.model.rowCount())]


def test_assessment_from_the_page_updates_trend_and_timeline(qtbot, section):
    session = section.session
    pid = person(session)
    record_assessment(session, Assessment(person_id=pid, assessed_on=date(2026, 5, 1),
                                          ucla_q1=3, ucla_q2=3, ucla_q3=3))
    section.open_person(pid)
    page = section.person_page
    assert page.assess_button.isVisible() and page.refer_button.isVisible()
    assert page.trend_panel.isVisible() and "9点" in page.trend_summary.text()
    qtbot.mouseClick(page.assess_button, Qt.MouseButton.LeftButton)
    dialog = section.dialog
    assert isinstance(dialog, AssessmentDialog) and dialog.isVisible()
    for choice, value in zip(dialog.ucla, (2, 2, 1), strict=True):
        choice.button(value).setChecked(True)
    with qtbot.waitSignal(dialog.saved):
        qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(page.data.trend) == 2)
    assert page.trend_summary.text().startswith("最新 5点")
    assert kinds(page)[0] == "assessment"


def test_volunteer_sees_no_staff_records(qtbot, new_db, sync_tasks):
    session = new_db[0]
    pid = person(session)
    volunteer = user(session, "vol", "volunteer")
    assign(session, pid, volunteer.user.id)
    widget = PeopleSection(volunteer)
    qtbot.addWidget(widget)
    widget.show()
    widget.open_person(pid)
    page = widget.person_page
    qtbot.waitUntil(lambda: page.data is not None)
    assert not page.assess_button.isVisible() and not page.refer_button.isVisible()
    assert not page.trend_panel.isVisible() and page.data.trend == ()


def test_referral_recorded_and_its_outcome_set_from_the_timeline(qtbot, section):
    session = section.session
    pid = person(session)
    org = add_organization(session, Organization(name="地域包括支援センター 中央",
                                                 kind="houkatsu"))
    section.open_person(pid)
    page = section.person_page
    qtbot.mouseClick(page.refer_button, Qt.MouseButton.LeftButton)
    dialog = section.dialog
    assert isinstance(dialog, ReferralDialog)
    dialog.destination.setCurrentIndex(dialog.destination.findData(org.id))
    dialog.reason.setPlainText("介護保険の申請")
    with qtbot.waitSignal(dialog.saved):
        qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: kinds(page)[:1] == ["referral"])
    entry = page.model.data(page.model.index(0, 0), EntryRole)
    assert "状況：紹介済み" in entry.detail_ja

    page.timeline.doubleClicked.emit(page.model.index(0, 2))
    outcome = section.dialog
    assert isinstance(outcome, ReferralOutcomeDialog) and outcome.isVisible()
    outcome.status.setCurrentIndex(outcome.status.findData("connected"))
    outcome.note.setPlainText("包括の担当者が訪問した")
    with qtbot.waitSignal(outcome.saved):
        qtbot.keyClick(outcome, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    [stored] = person_referrals(session, pid)
    assert (stored.referral.outcome, stored.referral.note) == ("connected", "包括の担当者が訪問した")
    assert stored.referral.outcome_on == date.today()
    qtbot.waitUntil(lambda: "状況：つながった" in
                    page.model.data(page.model.index(0, 0), EntryRole).detail_ja)


def test_disclosure_pdf_from_the_person_page(qtbot, section, tmp_path, monkeypatch):
    import subprocess

    from PySide6.QtWidgets import QFileDialog, QMessageBox

    session = section.session
    pid = person(session)
    section.open_person(pid)
    page = section.person_page
    assert page.disclose_button.isVisible()
    out = tmp_path / "開示.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
    qtbot.mouseClick(page.disclose_button, Qt.MouseButton.LeftButton)
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "山田" in text and shown and "保存しました" in shown[0]
