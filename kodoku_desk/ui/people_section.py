"""当事者 section: the list and one person's page in a stack, plus the dialogs they open.

The list and the person page only emit signals; this section decides what
happens: open the person, go back, log a visit (見守り quick entry), edit.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMessageBox, QStackedWidget, QWidget

from kodoku_desk.ui.assessment_dialog import AssessmentDialog
from kodoku_desk.ui.messages import error_message
from kodoku_desk.ui.people_page import PeoplePage
from kodoku_desk.ui.person_form import PersonFormDialog
from kodoku_desk.ui.person_page import PersonPage
from kodoku_desk.ui.referral_dialog import ReferralDialog, ReferralOutcomeDialog
from kodoku_desk.ui.visit_entry import VisitEntryDialog


class PeopleSection(QStackedWidget):
    """``visit_saved`` fires after a visit is stored, so other pages can refresh."""

    visit_saved = Signal()

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.list_page = PeoplePage(session)
        self.person_page = PersonPage(session)
        self.addWidget(self.list_page)
        self.addWidget(self.person_page)
        self.list_page.open_person.connect(self.open_person)
        self.list_page.person_created.connect(self.open_person)
        self.list_page.log_visit.connect(self.log_visit)
        self.person_page.log_visit.connect(self.log_visit)
        self.person_page.edit_person.connect(self.edit_person)
        self.person_page.assess.connect(self.assess)
        self.person_page.refer.connect(self.refer)
        self.person_page.edit_referral.connect(self.edit_referral)
        self.person_page.disclose.connect(self.disclose)
        self.person_page.back.connect(self.show_list)
        self.dialog = None

    def open_person(self, person_id: str) -> None:
        self.person_page.show_person(person_id)
        self.setCurrentWidget(self.person_page)

    def show_list(self) -> None:
        self.setCurrentWidget(self.list_page)
        self.list_page.refresh()
        self.list_page.focus_search()

    def _open_dialog(self, title: str, make, on_saved) -> None:
        try:
            self.dialog = make()
        except Exception as exc:  # noqa: BLE001 - e.g. NotPermitted for a volunteer
            QMessageBox.warning(self, title, error_message(exc))
            return
        self.dialog.saved.connect(on_saved)
        self.dialog.open()

    def log_visit(self, person_id: str) -> None:
        self._open_dialog(self.tr("見守りを記録"),
                          lambda: VisitEntryDialog(self.session, person_id, self),
                          self._visit_saved)

    def _person_name(self, person_id: str) -> str | None:
        data = self.person_page.data
        if data is not None and data.detail is not None and data.detail.person.id == person_id:
            return data.detail.person.full_name
        return None

    def assess(self, person_id: str) -> None:
        self._open_dialog(self.tr("アセスメント"),
                          lambda: AssessmentDialog(self.session, person_id, self),
                          lambda _saved: self.person_page.refresh())

    def refer(self, person_id: str) -> None:
        self._open_dialog(self.tr("つなぎを記録"),
                          lambda: ReferralDialog(self.session, person_id, self,
                                                 person_name=self._person_name(person_id)),
                          lambda _saved: self.person_page.refresh())

    def edit_referral(self, referral_id: str) -> None:
        person_id = self.person_page.person_id
        self._open_dialog(self.tr("つなぎの結果を記録"),
                          lambda: ReferralOutcomeDialog(self.session, referral_id, self,
                                                        person_id=person_id,
                                                        person_name=self._person_name(person_id)),
                          lambda _saved: self.person_page.refresh())

    def _visit_saved(self, _saved) -> None:
        if self.currentWidget() is self.person_page:
            self.person_page.refresh()
        else:
            self.list_page.refresh()
        self.visit_saved.emit()

    def edit_person(self, person_id: str) -> None:
        data = self.person_page.data
        if data is None or data.detail is None or data.detail.person.id != person_id:
            return
        self.dialog = PersonFormDialog(self.session, data.detail.person, self)
        self.dialog.accepted.connect(self.person_page.refresh)
        self.dialog.open()

    def disclose(self, person_id: str) -> None:
        """本人開示: the person's whole record as a PDF, written where the user chooses."""
        from PySide6.QtWidgets import QFileDialog

        from kodoku_desk.services.person_documents import person_record_pdf
        from kodoku_desk.ui.tasks import run_task

        name = self._person_name(person_id) or ""
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("本人開示（PDF）"), self.tr("本人開示_{name}.pdf").format(name=name),
            "PDF (*.pdf)")
        if not path:
            return
        session = self.session
        run_task(lambda: person_record_pdf(session, person_id, path),
                 lambda pages, error: self._disclosed(path, pages, error), owner=self)

    def _disclosed(self, path: str, pages, error) -> None:
        if error is not None:
            QMessageBox.warning(self, self.tr("本人開示（PDF）"), error_message(error))
            return
        QMessageBox.information(self, self.tr("本人開示（PDF）"), self.tr(
            "{pages}ページのPDFを保存しました。渡す前に、第三者の情報が含まれていないか確かめてください。"
            "\n{path}").format(pages=pages, path=path))
